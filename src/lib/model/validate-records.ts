/**
 * The record checks of `validateDataset` (`validate.ts`), one function per stage, run in this
 * order: collections present → required fields and unique ids → references → enumerated values
 * and numbers → dates → posts in their membership's organization → events in date order →
 * provenance. Each returns its problems in check order; none throws for any input.
 */
import { END_CAUSES, START_CAUSES, type Dataset } from './types.ts';
import { DateError, isAfter, parseDate, parseDateRange, tryParseDate, type PartialDate } from './dates.ts';
import type { Problem, ProblemCode } from './problems.ts';

/** The record collections of a dataset, in the order they are checked. */
const COLLECTIONS = ['sources', 'organizations', 'persons', 'posts', 'memberships', 'events', 'claims', 'annotations', 'notes'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A record read field by field, whatever its type says (the checks expect invalid data). */
export type AnyRecord = Record<string, unknown>;
/** Every collection's records, in dataset order (a missing collection is empty). */
export type Lists = Record<Collection, AnyRecord[]>;
/** The position of each id in its collection (first occurrence). */
export type IdIndex = Record<Collection, Map<string, number>>;

/** Adds one problem. */
export type AddProblem = (severity: Problem['severity'], code: ProblemCode, pointer: string, params: Problem['params']) => void;

/** A problem list and the function that appends to it. */
export function problemSink(): { out: Problem[]; add: AddProblem } {
  const out: Problem[] = [];
  return { out, add: (severity, code, pointer, params) => out.push({ severity, code, pointer, params }) };
}

/** Reference kinds, named in problems. */
type RefKind = 'person' | 'organization' | 'group' | 'post' | 'event' | 'term' | 'source';
const KIND_COLLECTION: Record<RefKind, Collection> = {
  person: 'persons',
  organization: 'organizations',
  group: 'organizations',
  post: 'posts',
  event: 'events',
  term: 'annotations',
  source: 'sources',
};

const isRecord = (x: unknown): x is AnyRecord => typeof x === 'object' && x !== null;

/**
 * Stage 1: the collections as records, and a dataset whose collections are all arrays (for
 * `buildTimeline`). A collection that is absent or not an array is `missing-field` (expected
 * "list"), except an absent `notes`, which is optional; it is then treated as empty. An item that
 * is not an object is read as `{}` (its fields are reported missing).
 */
export function readCollections(dataset: Dataset): { lists: Lists; safe: Dataset; problems: Problem[] } {
  const { out, add } = problemSink();
  const list = (c: Collection): AnyRecord[] => {
    const v: unknown = Reflect.get(dataset, c);
    if (Array.isArray(v)) return v.map((r: unknown) => (isRecord(r) ? r : {}));
    if (v !== undefined || c !== 'notes') add('error', 'missing-field', `/${c}`, { field: c, expected: 'list' });
    return [];
  };
  const lists: Lists = {
    sources: list('sources'),
    organizations: list('organizations'),
    persons: list('persons'),
    posts: list('posts'),
    memberships: list('memberships'),
    events: list('events'),
    claims: list('claims'),
    annotations: list('annotations'),
    notes: list('notes'),
  };
  const arrayOr = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
  const safe: Dataset = {
    ...dataset,
    sources: arrayOr(dataset.sources),
    organizations: arrayOr(dataset.organizations),
    persons: arrayOr(dataset.persons),
    posts: arrayOr(dataset.posts),
    memberships: arrayOr(dataset.memberships),
    events: arrayOr(dataset.events),
    claims: arrayOr(dataset.claims),
    annotations: arrayOr(dataset.annotations),
    notes: arrayOr(dataset.notes),
  };
  return { lists, safe, problems: out };
}

/** Text fields each collection's records must have besides `id`. */
const REQUIRED: Partial<Record<Collection, string[]>> = {
  memberships: ['person_id', 'organization_id'],
  posts: ['organization_id'],
  events: ['date'],
  claims: ['organization_id', 'date'],
  annotations: ['date'],
};

/**
 * Stage 2: `missing-field` for an empty or non-text `id` or required field, `duplicate-id` for a
 * repeated id (params name the first use); returns each collection's ids by position.
 */
export function checkIds(lists: Lists): { ids: IdIndex; problems: Problem[] } {
  const { out, add } = problemSink();
  const ids = {} as IdIndex;
  for (const c of COLLECTIONS) {
    const seen = new Map<string, number>();
    ids[c] = seen;
    lists[c].forEach((r, i) => {
      for (const f of ['id', ...(REQUIRED[c] ?? [])]) {
        if (typeof r[f] !== 'string' || r[f] === '') add('error', 'missing-field', `/${c}/${i}/${f}`, { field: f, expected: 'text' });
      }
      const id = r.id;
      if (typeof id !== 'string' || id === '') return;
      const first = seen.get(id);
      if (first !== undefined) add('error', 'duplicate-id', `/${c}/${i}/id`, { id, collection: c, first: `/${c}/${first}/id` });
      else seen.set(id, i);
    });
  }
  return { ids, problems: out };
}

/**
 * Stage 3: `unknown-reference` for every id that names no record of its kind (parents, posts'
 * and memberships' organizations, persons, posts, events, claims' and annotations' organizations (and annotations' persons)
 * and events, citations' sources); a citation without `source_id` is `missing-field`.
 */
export function checkReferences(lists: Lists, ids: IdIndex): Problem[] {
  const { out, add } = problemSink();
  const ref = (kind: RefKind, value: unknown, pointer: string): void => {
    if (value === undefined || value === null || value === '') return;
    if (typeof value === 'string' && ids[KIND_COLLECTION[kind]].has(value)) return;
    add('error', 'unknown-reference', pointer, { id: String(value), kind, collection: KIND_COLLECTION[kind] });
  };
  lists.organizations.forEach((o, i) => ref('organization', o.parent_id, `/organizations/${i}/parent_id`));
  lists.posts.forEach((p, i) => ref('organization', p.organization_id, `/posts/${i}/organization_id`));
  lists.memberships.forEach((m, i) => {
    ref('person', m.person_id, `/memberships/${i}/person_id`);
    ref('organization', m.organization_id, `/memberships/${i}/organization_id`);
    ref('post', m.post_id, `/memberships/${i}/post_id`);
    ref('group', m.on_behalf_of_id, `/memberships/${i}/on_behalf_of_id`);
    ref('term', m.legislative_period_id, `/memberships/${i}/legislative_period_id`);
    ref('event', m.start_event_id, `/memberships/${i}/start_event_id`);
    ref('event', m.end_event_id, `/memberships/${i}/end_event_id`);
  });
  lists.claims.forEach((c, i) => {
    ref('organization', c.organization_id, `/claims/${i}/organization_id`);
    ref('event', c.event_id, `/claims/${i}/event_id`);
  });
  lists.annotations.forEach((a, i) => {
    ref('organization', a.organization_id, `/annotations/${i}/organization_id`);
    ref('person', a.person_id, `/annotations/${i}/person_id`);
  });
  for (const c of COLLECTIONS) {
    lists[c].forEach((r, i) => {
      const cites = r.citations;
      if (!Array.isArray(cites)) return;
      cites.forEach((cite: unknown, j) => {
        const sid = isRecord(cite) ? cite.source_id : undefined;
        if (typeof sid !== 'string' || sid === '') add('error', 'missing-field', `/${c}/${i}/citations/${j}/source_id`, { field: 'source_id', expected: 'text' });
        else ref('source', sid, `/${c}/${i}/citations/${j}/source_id`);
      });
    });
  }
  return out;
}

/**
 * Stage 4: `unknown-value` for a start or end cause or a certainty outside its list,
 * `bad-number` for seats (optional) or a claim's count that is not a whole number ≥ 0.
 */
export function checkValues(lists: Lists): Problem[] {
  const { out, add } = problemSink();
  const oneOf = (value: unknown, allowed: readonly string[], pointer: string, field: string): void => {
    if (value === undefined || value === null) return;
    if (typeof value === 'string' && allowed.includes(value)) return;
    add('error', 'unknown-value', pointer, { field, value: String(value), allowed: allowed.join(', ') });
  };
  lists.memberships.forEach((m, i) => {
    oneOf(m.start_cause, START_CAUSES, `/memberships/${i}/start_cause`, 'start_cause');
    oneOf(m.end_cause, END_CAUSES, `/memberships/${i}/end_cause`, 'end_cause');
    oneOf(m.post_certainty, ['stated', 'inferred'], `/memberships/${i}/post_certainty`, 'post_certainty');
  });
  for (const c of COLLECTIONS) {
    lists[c].forEach((r, i) => oneOf(r.certainty, ['stated', 'inferred'], `/${c}/${i}/certainty`, 'certainty'));
  }
  const count = (value: unknown, pointer: string, field: string, optional: boolean): void => {
    if (optional && (value === undefined || value === null)) return;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return;
    add('error', 'bad-number', pointer, { field, value: value === undefined ? '' : String(value) });
  };
  lists.organizations.forEach((o, i) => count(o.seats, `/organizations/${i}/seats`, 'seats', true));
  lists.claims.forEach((c, i) => count(c.count, `/claims/${i}/count`, 'count', false));
  return out;
}

/**
 * Stage 5: `bad-date` (params: value, the `DateError` reason, expected "date" or
 * "date-or-interval") for sources' page and report dates (intervals allowed), memberships' start
 * and end, events' dates, claims' and annotations' dates (intervals allowed). An empty `date` is
 * left to the required-field check.
 */
export function checkDates(lists: Lists): Problem[] {
  const { out, add } = problemSink();
  const date = (value: unknown, pointer: string, interval: boolean): void => {
    if (value === undefined || value === null || (typeof value === 'string' && value === '' && pointer.endsWith('/date'))) return;
    try {
      if (interval) parseDateRange(String(value));
      else parseDate(String(value));
    } catch (e) {
      const reason = e instanceof DateError ? e.reason : 'format';
      add('error', 'bad-date', pointer, { value: String(value), reason, expected: interval ? 'date-or-interval' : 'date' });
    }
  };
  lists.sources.forEach((s, i) => {
    date(s.page_date, `/sources/${i}/page_date`, true);
    date(s.report_date, `/sources/${i}/report_date`, true);
  });
  lists.memberships.forEach((m, i) => {
    date(m.start_date, `/memberships/${i}/start_date`, false);
    date(m.end_date, `/memberships/${i}/end_date`, false);
  });
  lists.events.forEach((e, i) => date(e.date, `/events/${i}/date`, false));
  lists.claims.forEach((c, i) => date(c.date, `/claims/${i}/date`, true));
  lists.annotations.forEach((a, i) => date(a.date, `/annotations/${i}/date`, true));
  return out;
}

/** Stage 6: `post-organization-mismatch` when a membership's post belongs to another organization than the membership's. */
export function checkPostOrganizations(lists: Lists): Problem[] {
  const { out, add } = problemSink();
  const postOrg = new Map<string, unknown>();
  for (const p of lists.posts) if (typeof p.id === 'string' && !postOrg.has(p.id)) postOrg.set(p.id, p.organization_id);
  lists.memberships.forEach((m, i) => {
    if (typeof m.post_id !== 'string' || !postOrg.has(m.post_id)) return;
    const po = postOrg.get(m.post_id);
    if (typeof po === 'string' && typeof m.organization_id === 'string' && po !== m.organization_id) {
      add('error', 'post-organization-mismatch', `/memberships/${i}/post_id`, {
        membership: String(m.id),
        post: m.post_id,
        post_org: po,
        org: m.organization_id,
      });
    }
  });
  return out;
}

/**
 * Stage 7: `events-out-of-order` for each event listed right after one dated later. Returns the
 * events' parsed dates (null when a date does not parse) for the timeline checks.
 */
export function checkEventOrder(events: readonly AnyRecord[]): { eventDates: (PartialDate | null)[]; problems: Problem[] } {
  const { out, add } = problemSink();
  const eventDates = events.map((e) => tryParseDate(typeof e.date === 'string' ? e.date : null));
  for (let i = 0; i + 1 < eventDates.length; i++) {
    const a = eventDates[i];
    const b = eventDates[i + 1];
    if (a && b && isAfter(a, b)) {
      add('error', 'events-out-of-order', `/events/${i + 1}/date`, {
        event: String(events[i]!.id),
        date: a.text,
        next: String(events[i + 1]!.id),
        next_date: b.text,
      });
    }
  }
  return { eventDates, problems: out };
}

/**
 * Last stage: `inferred-without-basis` warnings for every record marked `certainty: "inferred"`
 * without a non-blank `basis`, and for sources whose `report_date_certainty` is inferred without
 * `report_date_basis`, and for memberships whose `post_certainty` is inferred without `post_basis`.
 */
export function checkProvenance(lists: Lists): Problem[] {
  const { out, add } = problemSink();
  for (const c of COLLECTIONS) {
    lists[c].forEach((r, i) => {
      if (r.certainty === 'inferred' && !hasText(r.basis)) {
        add('warning', 'inferred-without-basis', `/${c}/${i}/basis`, { collection: c, id: String(r.id ?? '') });
      }
    });
  }
  lists.memberships.forEach((m, i) => {
    if (m.post_certainty === 'inferred' && m.certainty !== 'inferred' && !hasText(m.post_basis)) {
      add('warning', 'inferred-without-basis', `/memberships/${i}/post_basis`, { collection: 'memberships', id: String(m.id ?? '') });
    }
  });
  lists.sources.forEach((s, i) => {
    if (s.report_date_certainty === 'inferred' && !hasText(s.report_date_basis)) {
      add('warning', 'inferred-without-basis', `/sources/${i}/report_date_basis`, { collection: 'sources', id: String(s.id ?? '') });
    }
  });
  return out;
}

/**
 * `person-without-membership` (a finding) for each person whom no membership names: they are
 * kept in the dataset but appear nowhere in the chart.
 */
export function checkPersonsWithoutMembership(lists: Lists): Problem[] {
  const { out, add } = problemSink();
  const named = new Set<unknown>(lists.memberships.map((m) => m.person_id));
  lists.persons.forEach((p, i) => {
    if (typeof p.id === 'string' && p.id !== '' && !named.has(p.id)) add('warning', 'person-without-membership', `/persons/${i}`, { person: p.id });
  });
  return out;
}

/** A non-blank string, or a label with some non-blank text. */
function hasText(s: unknown): boolean {
  if (typeof s === 'string') return s.trim() !== '';
  if (!isRecord(s)) return false;
  return Object.values(s).some((v) => typeof v === 'string' && v.trim() !== '');
}
