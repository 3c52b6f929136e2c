/**
 * Checks a dataset for everything that would make the picture wrong: broken ids, bad dates,
 * impossible nesting, over-full bodies, stated counts that the memberships contradict.
 * Each problem is data (`model/problems.ts`): a stable code, a JSON pointer to the place (RFC 6901)
 * and the parameters a sentence names; `formatProblem` in `src/lib/i18n/problems.ts` renders it as
 * a sentence naming what was found and what is expected, in vi or en.
 */
import { END_CAUSES, START_CAUSES, type Dataset, type LangString } from './types.ts';
import { DateError, isAfter, mayCoincide, parseDate, parseDateRange, tryParseDate, type PartialDate } from './dates.ts';
import { buildTimeline, type Timeline } from './steps.ts';
import { checkClaims } from './claims.ts';
import { firstUncovered, mergeIntervals, type MembershipSpan, type StepInterval } from './spans.ts';
import type { Problem, ProblemCode } from './problems.ts';

export { PROBLEM_CODES, type Problem, type ProblemCode } from './problems.ts';

/** The record collections of a dataset, in the order they are checked. */
const COLLECTIONS = [
  'sources',
  'organizations',
  'persons',
  'posts',
  'memberships',
  'events',
  'claims',
  'annotations',
  'notes',
] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Reference kinds, named in messages. */
type RefKind = 'person' | 'organization' | 'post' | 'event' | 'source';
const KIND_COLLECTION: Record<RefKind, Collection> = {
  person: 'persons',
  organization: 'organizations',
  post: 'posts',
  event: 'events',
  source: 'sources',
};

type AnyRecord = Record<string, unknown>;

/**
 * Validates `dataset` and returns its problems: structural ones first (fields, ids, references,
 * dates, nesting), then those found on the timeline (membership spans, nesting per step, posts,
 * seats, claims), then warnings about provenance. An empty array means the dataset is sound;
 * the built-in dataset gives `[]`. Never throws for a value shaped like `Dataset`; a missing
 * collection is reported (`missing-field`) and treated as empty.
 * Cost: O((records + steps · organizations) · log).
 */
export function validateDataset(dataset: Dataset): Problem[] {
  const out: Problem[] = [];
  const add = (severity: Problem['severity'], code: ProblemCode, pointer: string, params: Problem['params']): void => {
    out.push({ severity, code, pointer, params });
  };
  const raw = dataset as unknown as AnyRecord;
  const list = (c: Collection): AnyRecord[] => {
    const v = raw[c];
    if (Array.isArray(v)) return v as AnyRecord[];
    if (v !== undefined || c !== 'notes') add('error', 'missing-field', `/${c}`, { field: c, expected: 'list' });
    return [];
  };
  const lists = Object.fromEntries(COLLECTIONS.map((c) => [c, list(c)])) as Record<Collection, AnyRecord[]>;
  const safe: Dataset = { ...dataset };
  for (const c of COLLECTIONS) (safe as unknown as AnyRecord)[c] = lists[c];

  // Required text fields and ids.
  const required: Partial<Record<Collection, string[]>> = {
    memberships: ['person_id', 'organization_id'],
    posts: ['organization_id'],
    events: ['date'],
    claims: ['organization_id', 'date'],
    annotations: ['date'],
  };
  const ids: Record<Collection, Map<string, number>> = {} as Record<Collection, Map<string, number>>;
  for (const c of COLLECTIONS) {
    ids[c] = new Map();
    lists[c].forEach((r, i) => {
      for (const f of ['id', ...(required[c] ?? [])]) {
        if (typeof r[f] !== 'string' || r[f] === '') add('error', 'missing-field', `/${c}/${i}/${f}`, { field: f, expected: 'text' });
      }
      const id = r.id;
      if (typeof id !== 'string' || id === '') return;
      const first = ids[c].get(id);
      if (first !== undefined) add('error', 'duplicate-id', `/${c}/${i}/id`, { id, collection: c, first: `/${c}/${first}/id` });
      else ids[c].set(id, i);
    });
  }

  // References.
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
    ref('event', m.start_event_id, `/memberships/${i}/start_event_id`);
    ref('event', m.end_event_id, `/memberships/${i}/end_event_id`);
  });
  lists.claims.forEach((c, i) => {
    ref('organization', c.organization_id, `/claims/${i}/organization_id`);
    ref('event', c.event_id, `/claims/${i}/event_id`);
  });
  lists.annotations.forEach((a, i) => ref('organization', a.organization_id, `/annotations/${i}/organization_id`));
  for (const c of COLLECTIONS) {
    lists[c].forEach((r, i) => {
      const cites = r.citations;
      if (!Array.isArray(cites)) return;
      cites.forEach((cite: unknown, j) => {
        const sid = (cite as AnyRecord | null)?.source_id;
        if (typeof sid !== 'string' || sid === '') add('error', 'missing-field', `/${c}/${i}/citations/${j}/source_id`, { field: 'source_id', expected: 'text' });
        else ref('source', sid, `/${c}/${i}/citations/${j}/source_id`);
      });
    });
  }

  // Enumerated values and numbers.
  const oneOf = (value: unknown, allowed: readonly string[], pointer: string, field: string): void => {
    if (value === undefined || value === null) return;
    if (typeof value === 'string' && allowed.includes(value)) return;
    add('error', 'unknown-value', pointer, { field, value: String(value), allowed: allowed.join(', ') });
  };
  lists.memberships.forEach((m, i) => {
    oneOf(m.start_cause, START_CAUSES, `/memberships/${i}/start_cause`, 'start_cause');
    oneOf(m.end_cause, END_CAUSES, `/memberships/${i}/end_cause`, 'end_cause');
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

  // Dates.
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

  // Posts in the membership's organization.
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

  // Events in date order.
  const eventDates = lists.events.map((e) => tryParseDate(typeof e.date === 'string' ? e.date : null));
  for (let i = 0; i + 1 < eventDates.length; i++) {
    const a = eventDates[i];
    const b = eventDates[i + 1];
    if (a && b && isAfter(a, b)) {
      add('error', 'events-out-of-order', `/events/${i + 1}/date`, {
        event: String(lists.events[i]!.id),
        date: a.text,
        next: String(lists.events[i + 1]!.id),
        next_date: b.text,
      });
    }
  }

  // Timeline-based checks.
  const timeline = buildTimeline(safe);
  for (const cycle of timeline.orgTree.cycles) {
    const last = cycle[cycle.length - 2]!;
    add('error', 'parent-cycle', `/organizations/${timeline.orgTree.order.get(last)}/parent_id`, { org: last, cycle: cycle.join(' → ') });
  }
  checkMembershipDates(timeline, lists.events, eventDates, add);
  checkNesting(timeline, add);
  checkPosts(timeline, add);
  checkSeats(timeline, add);
  for (const c of checkClaims(timeline)) {
    if (c.date === null || typeof c.claim.count !== 'number') continue;
    if (c.step < 0) {
      const first = timeline.steps[0];
      add('warning', 'claim-before-steps', `/claims/${c.index}/date`, {
        claim: c.claim.id,
        date: c.date.text,
        first: first ? first.date.text : '',
      });
    }
    if (!c.holds) {
      add('error', 'claim-mismatch', `/claims/${c.index}/count`, {
        claim: c.claim.id,
        org: c.claim.organization_id,
        date: c.claim.date,
        stated: c.stated,
        computed: c.computed,
        ...stepParams(timeline, c.step, 'step'),
      });
    }
  }

  // Provenance.
  for (const c of COLLECTIONS) {
    lists[c].forEach((r, i) => {
      if (r.certainty === 'inferred' && !hasText(r.basis)) {
        add('warning', 'inferred-without-basis', `/${c}/${i}/basis`, { collection: c, id: String(r.id ?? '') });
      }
    });
  }
  lists.sources.forEach((s, i) => {
    if (s.report_date_certainty === 'inferred' && !hasText(s.report_date_basis)) {
      add('warning', 'inferred-without-basis', `/sources/${i}/report_date_basis`, { collection: 'sources', id: String(s.id ?? '') });
    }
  });
  return out;
}

type Add = (severity: Problem['severity'], code: ProblemCode, pointer: string, params: Problem['params']) => void;

function hasText(s: unknown): boolean {
  if (typeof s === 'string') return s.trim() !== '';
  if (!s || typeof s !== 'object') return false;
  return Object.values(s as LangString).some((v) => typeof v === 'string' && v.trim() !== '');
}

/** `{prefix}` = index, `{prefix}_label_vi|en` = the step's label, `{prefix}_date` = its dateLabel. */
function stepParams(timeline: Timeline, index: number, prefix: string): Record<string, string | number> {
  const s = timeline.steps[index];
  if (!s) return { [prefix]: index, [`${prefix}_label_vi`]: '', [`${prefix}_label_en`]: '', [`${prefix}_date`]: '' };
  const vi = s.label.vi ?? s.label.en ?? s.dateLabel;
  const en = s.label.en ?? s.label.vi ?? s.dateLabel;
  return { [prefix]: index, [`${prefix}_label_vi`]: vi, [`${prefix}_label_en`]: en, [`${prefix}_date`]: s.dateLabel };
}

/** end-before-start, empty-membership, event-date-mismatch, ambiguous-date. */
function checkMembershipDates(
  timeline: Timeline,
  events: readonly AnyRecord[],
  eventDates: readonly (PartialDate | null)[],
  add: Add,
): void {
  const eventIndex = new Map<string, number>();
  events.forEach((e, i) => {
    if (typeof e.id === 'string' && !eventIndex.has(e.id)) eventIndex.set(e.id, i);
  });
  for (const sp of timeline.spans) {
    const m = sp.membership;
    const i = sp.index;
    const start = tryParseDate(m.start_date);
    const end = tryParseDate(m.end_date);
    let reported = false;
    if (start && end && isAfter(start, end)) {
      add('error', 'end-before-start', `/memberships/${i}/end_date`, { membership: m.id, start: start.text, end: end.text });
      reported = true;
    }
    if (!reported && sp.startStep !== null && sp.endStep !== null && sp.endStep <= sp.startStep) {
      add('error', 'empty-membership', `/memberships/${i}`, {
        membership: m.id,
        ...stepParams(timeline, sp.startStep, 'start'),
        ...stepParams(timeline, sp.endStep, 'end'),
      });
    }
    for (const side of ['start', 'end'] as const) {
      const d = side === 'start' ? start : end;
      const eventId = side === 'start' ? m.start_event_id : m.end_event_id;
      const via = side === 'start' ? sp.startVia : sp.endVia;
      if (!d) continue;
      if (eventId !== undefined && via === 'event') {
        const ed = eventDates[eventIndex.get(eventId)!];
        if (ed && !mayCoincide(d, ed)) {
          add('error', 'event-date-mismatch', `/memberships/${i}/${side}_date`, {
            membership: m.id,
            field: `${side}_date`,
            date: d.text,
            event_field: `${side}_event_id`,
            event: eventId,
            event_date: ed.text,
          });
        }
      } else if (via === 'auto') {
        const same = events.filter((_, j) => {
          const ed = eventDates[j];
          return ed && ed.year === d.year && ed.month === d.month && ed.day === d.day;
        });
        if (same.length > 1) {
          add('warning', 'ambiguous-date', `/memberships/${i}/${side}_date`, {
            membership: m.id,
            field: `${side}_date`,
            date: d.text,
            event_field: `${side}_event_id`,
            events: same.map((e) => String(e.id)).join(', '),
          });
        }
      }
    }
  }
}

/** not-in-parent: per person and child body, the first step they are in it but not in its parent. */
function checkNesting(timeline: Timeline, add: Add): void {
  const byPersonOrg = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    if (!sp.live) continue;
    const key = `${sp.membership.person_id}\u0000${sp.membership.organization_id}`;
    const l = byPersonOrg.get(key);
    if (l) l.push(sp);
    else byPersonOrg.set(key, [sp]);
  }
  const n = timeline.steps.length;
  const iv = (sp: MembershipSpan): StepInterval => ({ start: sp.start, end: Math.min(sp.end, n) });
  for (const [key, spans] of byPersonOrg) {
    const [person, org] = key.split('\u0000') as [string, string];
    const parent = timeline.orgTree.parent.get(org) ?? null;
    if (parent === null) continue;
    const cover = mergeIntervals((byPersonOrg.get(`${person}\u0000${parent}`) ?? []).map(iv));
    let first: number | null = null;
    for (const m of mergeIntervals(spans.map(iv))) {
      first = firstUncovered(m, cover);
      if (first !== null) break;
    }
    if (first === null) continue;
    const at = first;
    const culprit = spans.find((sp) => sp.start <= at && at < sp.end) ?? spans[0]!;
    add('error', 'not-in-parent', `/memberships/${culprit.index}/organization_id`, {
      person,
      org,
      parent,
      ...stepParams(timeline, at, 'step'),
    });
  }
}

/** post-overlap and post-held-twice: two live memberships of one post active at one step. */
function checkPosts(timeline: Timeline, add: Add): void {
  const byPost = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    const p = sp.membership.post_id;
    if (!sp.live || typeof p !== 'string' || p === '') continue;
    const l = byPost.get(p);
    if (l) l.push(sp);
    else byPost.set(p, [sp]);
  }
  for (const [post, spans] of byPost) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
    let reach: MembershipSpan | null = null;
    for (const sp of sorted) {
      if (reach && sp.start < reach.end && sp.end > sp.start) {
        const a = reach.membership.person_id;
        const b = sp.membership.person_id;
        const base = { post, ...stepParams(timeline, sp.start, 'step') };
        if (a === b) add('error', 'post-held-twice', `/memberships/${sp.index}/post_id`, { ...base, person: a, other_membership: reach.membership.id });
        else add('error', 'post-overlap', `/memberships/${sp.index}/post_id`, { ...base, person: a, other: b });
      }
      if (!reach || sp.end > reach.end) reach = sp;
    }
  }
}

/** over-seats: the first step of each run of steps at which an organization has more members than seats. */
function checkSeats(timeline: Timeline, add: Add): void {
  const counts = timeline.countSeries;
  const orgs = timeline.dataset.organizations ?? [];
  for (const org of timeline.orgIdsInTreeOrder) {
    const o = timeline.organizationById.get(org);
    const seats = o?.seats;
    if (typeof seats !== 'number') continue;
    const series = counts.get(org) ?? [];
    for (let k = 0; k < series.length; k++) {
      const c = series[k]!;
      if (c > seats && (k === 0 || series[k - 1]! <= seats)) {
        add('error', 'over-seats', `/organizations/${orgs.indexOf(o!)}/seats`, {
          org,
          count: c,
          seats,
          ...stepParams(timeline, k, 'step'),
        });
      }
    }
  }
}
