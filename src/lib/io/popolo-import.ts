/**
 * Popolo JSON → our dataset (see `popolo.ts` for the mapping), one function per stage:
 * `detectPopoloLanguage` → normalise and check the Popolo shape → `mapPeopleAndBodies` →
 * `mapEvents` → `mapMemberships` → `quietEventsToAnnotations` → `mapAnnotations` →
 * `assemblePopoloDataset` → our schema and
 * `validateDataset`, pointers mapped back to the file; `computeExtras` keeps what the export
 * would not give back.
 */
import * as v from 'valibot';
import type { Annotation, Dataset, LangString, Membership, Organization, Person, Post, TimelineEvent } from '../model/types.ts';
import { compareDates, tryParseDate } from '../model/dates.ts';
import { validateDataset } from '../model/validate.ts';
import type { Problem } from '../model/problems.ts';
import { byId } from '../model/by-id.ts';
import { isHexColor } from '../model/groups.ts';
import { fromModelProblem, hasErrors, makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import { isVietnameseLanguage, isVietnameseText, normalizeValue } from './normalize.ts';
import { checkShape, DATE_PATTERN, issuesToProblems } from './schema.ts';
import { arr, isObj, jsonEqual, lsOf, NS, nsOf, pick, PROVENANCE, str, TERM, type Obj, type PopoloExtras } from './popolo-shared.ts';
import { buildPopolo } from './popolo-export.ts';
import { readEventDates, resolveSides } from '../model/timeline-stages.ts';
import { fileBoundsProblems } from './bounds.ts';
import { problemNamer } from './problem-names.ts';

const tag = (t: Record<string, string | number>): string => JSON.stringify(t);
const pText = v.pipe(v.string(tag({ e: 'text' })), v.minLength(1, tag({ e: 'text' })));
const pString = v.string(tag({ e: 'string' }));
const pDate = v.pipe(v.string(tag({ date: 'date' })), v.regex(DATE_PATTERN, tag({ date: 'date' })));
const pNullableText = v.nullable(v.string(tag({ e: 'text-or-null' })));
const pOtherNames = v.array(v.looseObject({ name: pString, lang: v.optional(pString) }, tag({ e: 'object' })), tag({ e: 'array' }));
const pList = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item, tag({ e: 'array' })));

/** The Popolo fields this importer reads, checked for shape; any other field is allowed and kept. */
const popoloSchema = v.looseObject(
  {
    persons: pList(v.looseObject({ id: pText, name: pString, other_names: v.optional(pOtherNames) }, tag({ e: 'object' }))),
    organizations: pList(
      v.looseObject(
        {
          id: pText,
          name: pString,
          other_names: v.optional(pOtherNames),
          classification: v.optional(pString),
          parent_id: v.optional(pNullableText),
          seats: v.optional(v.pipe(v.number(tag({ count: 'seats' })), v.integer(tag({ count: 'seats' })), v.minValue(0, tag({ count: 'seats' })))),
        },
        tag({ e: 'object' }),
      ),
    ),
    posts: pList(v.looseObject({ id: pText, label: pString, organization_id: pText }, tag({ e: 'object' }))),
    memberships: pList(
      v.looseObject(
        {
          id: v.optional(pText),
          person_id: pText,
          organization_id: v.optional(pText),
          post_id: v.optional(pNullableText),
          role: v.optional(pString),
          start_date: v.optional(pDate),
          end_date: v.optional(pDate),
          legislative_period_id: v.optional(pText),
          on_behalf_of_id: v.optional(pText),
        },
        tag({ e: 'object' }),
      ),
    ),
    events: pList(
      v.looseObject(
        {
          id: pText,
          name: v.optional(pString),
          classification: v.optional(pString),
          start_date: v.optional(pDate),
          end_date: v.optional(pDate),
          organization_id: v.optional(pNullableText),
        },
        tag({ e: 'object' }),
      ),
    ),
    [NS]: v.optional(v.looseObject({}, tag({ e: 'object' }))),
  },
  tag({ e: 'object' }),
);

/** Our record pointer → where its fields are in the Popolo file. */
interface Origin {
  base: string;
  /** our field → Popolo key (relative to base); fields not listed are under `base/committee_history`. */
  fields: Record<string, string>;
}


/** A label from a Popolo string field, or the full label kept under NS. */
function takeLabel(r: Obj, ns: Obj, popoloKey: string, nsKey: string, dl: string): LangString | undefined {
  const full = lsOf(ns[nsKey]);
  if (full) return full;
  const s = str(r[popoloKey]);
  return s === undefined ? undefined : { [dl]: s };
}

/** A name from Popolo `name` and the `other_names` that give it in a language. */
function takeName(r: Obj, dl: string): LangString {
  const out: LangString = {};
  for (const o of arr(r.other_names)) {
    const lang = str(o.lang);
    const name = str(o.name);
    if (!lang || name === undefined || (o.note !== undefined && o.note !== 'multilingual')) continue;
    if (o.start_date !== undefined || o.end_date !== undefined) continue;
    if (!(lang in out)) out[lang] = name;
  }
  const name = str(r.name) ?? '';
  if (!Object.values(out).includes(name)) {
    // The primary name in the default language, or, when that is taken by another name, as "und" (undetermined, BCP 47).
    if (!(dl in out)) out[dl] = name;
    else if (!('und' in out)) out.und = name;
  }
  return out;
}

/** Copies the NS fields named in `keys` onto `target`. */
function fromNs<T extends object>(target: T, ns: Obj, keys: readonly string[]): T {
  for (const k of keys) if (ns[k] !== undefined) (target as Obj)[k] = ns[k];
  return target;
}

const slug = (file: string): string =>
  file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'popolo';

/** The language of a Popolo object: ours if we wrote the file (`committee_history.language`), else "vi" when a person's or organization's name looks Vietnamese, else undefined. */
export function detectPopoloLanguage(obj: Obj): string | undefined {
  const rawNs = isObj(obj[NS]) ? obj[NS] : undefined;
  if (rawNs) return str(rawNs.language);
  const names = [...arr(obj.persons), ...arr(obj.organizations)].map((r) => str(r.name) ?? '');
  return names.some(isVietnameseText) ? 'vi' : undefined;
}

/** Where each record of the dataset being built came from in the file, by our record pointer ("/persons/3"). */
export type Origins = Map<string, Origin>;

/**
 * Persons, organizations and posts: Popolo `name` + `other_names` → `name` by language (`dl`
 * for the plain name), our other fields from `committee_history`; a post's `seats` as `postSeats`
 * reads it (`null`, any number of holders, when the file gives none). Records their origins.
 */
export function mapPeopleAndBodies(src: Obj, dl: string, origins: Origins): { persons: Person[]; organizations: Organization[]; posts: Post[] } {
  const persons: Person[] = arr(src.persons).map((r, i) => {
    origins.set(`/persons/${i}`, { base: `/persons/${i}`, fields: { id: 'id', name: 'name' } });
    const p: Person = { id: str(r.id)!, name: takeName(r, dl) };
    return fromNs(p, nsOf(r), ['anonymous', ...PROVENANCE]);
  });
  const organizations: Organization[] = arr(src.organizations).map((r, i) => {
    origins.set(`/organizations/${i}`, {
      base: `/organizations/${i}`,
      fields: { id: 'id', name: 'name', classification: 'classification', parent_id: 'parent_id', seats: 'seats', color: str(r.color) !== undefined ? 'color' : 'colour' },
    });
    const o: Organization = { id: str(r.id)!, name: takeName(r, dl) };
    const n = nsOf(r);
    // The shapes were checked by popoloSchema (classification a text, parent_id a text or null, seats a count).
    if (n.short_name !== undefined) o.short_name = n.short_name as LangString;
    if (r.classification !== undefined) o.classification = r.classification as string;
    if (r.parent_id !== undefined) o.parent_id = r.parent_id as string | null;
    if (r.seats !== undefined) o.seats = r.seats as number;
    const color = groupColor(r);
    if (color !== undefined) o.color = color;
    return fromNs(o, n, PROVENANCE);
  });
  const posts: Post[] = arr(src.posts).map((r, i) => {
    origins.set(`/posts/${i}`, { base: `/posts/${i}`, fields: { id: 'id', organization_id: 'organization_id', label: 'label', seats: 'seats' } });
    const n = nsOf(r);
    const p: Post = { id: str(r.id)!, organization_id: str(r.organization_id)!, label: takeLabel(r, n, 'label', 'label', dl) ?? { [dl]: str(r.id)! } };
    const seats = postSeats(r, n);
    if (seats !== undefined) p.seats = seats;
    return fromNs(p, n, ['short_label', ...PROVENANCE]);
  });
  distinctNames(organizations, dl);
  return { persons, organizations, posts };
}

/**
 * How many people may hold a Popolo post at once: the post's own `seats` when it is a number (not a
 * Popolo field, but some files have it), else ours under NS (written by our export; 1, our format's
 * default, is left absent), else `null`: any number, since a Popolo post says nothing about it and
 * many are held by several people at once (Kenya's "Women's Representative", nominated seats).
 */
function postSeats(r: Obj, n: Obj): number | null | undefined {
  if (typeof r.seats === 'number') return r.seats;
  if (typeof n.seats === 'number') return n.seats === 1 ? undefined : n.seats;
  return null;
}

/**
 * A Popolo organization's colour (`color`, else `colour`) when it is `#rrggbb`; anything else is not
 * read (and stays among the kept Popolo fields, so the export gives it back).
 */
function groupColor(r: Obj): string | undefined {
  for (const k of ['color', 'colour']) {
    const c = str(r[k]);
    if (isHexColor(c)) return c;
  }
  return undefined;
}

/**
 * Bodies and parties told apart by name: where the name in the default language, taken from the
 * file's `other_names` (a Wikidata label, say), is the same for several organizations while the
 * file's own `name`s differ (EveryPolitician's Pakistan file: four parties labelled "Pakistan Muslim
 * League", named PML(N), PML-F, PML, PML-Z), each of them takes its own `name` (kept under `und` by
 * `takeName`) in that language. The other names stay among the kept Popolo fields. In place.
 */
export function distinctNames(organizations: Organization[], dl: string): void {
  const byLabel = new Map<string, Organization[]>();
  for (const o of organizations) {
    const l = o.name[dl];
    if (l === undefined) continue;
    byLabel.set(l, [...(byLabel.get(l) ?? []), o]);
  }
  for (const list of byLabel.values()) {
    if (list.length < 2) continue;
    for (const o of list) {
      const own = o.name.und;
      if (own === undefined || own === '') continue;
      o.name[dl] = own;
      delete o.name.und;
    }
  }
}

/**
 * `popolo-bad-color` (a warning) for each organization's `color` or `colour` that is not `#rrggbb`
 * (`groupColor` does not read it: the group takes a palette colour; the value stays among the kept
 * Popolo fields, so the export gives it back). In file order.
 */
export function colorProblems(src: Obj, file: string): ImportProblem[] {
  const out: ImportProblem[] = [];
  arr(src.organizations).forEach((r, i) => {
    for (const k of ['color', 'colour']) {
      if (r[k] === undefined) continue;
      const c = r[k];
      if (isHexColor(c)) continue;
      out.push(makeProblem('warning', 'popolo-bad-color', file, { pointer: `/organizations/${i}/${k}` }, { value: typeof c === 'string' ? c : JSON.stringify(c) ?? String(c) }));
    }
  });
  return out;
}

/** A term event (`classification: "legislative period"`) of the file, by id. */
export interface PopoloTerm {
  /** Index in the file's `events`. */
  index: number;
  r: Obj;
}

/** The file's events sorted into terms, steps and the rest, from `mapEvents`. */
export interface MappedEvents {
  terms: Map<string, PopoloTerm>;
  /** Terms with a start date, as annotations dated "start/end", with their index in the file. */
  termAnnotations: { a: Annotation; index: number }[];
  /** Our events (steps), sorted by date (equal dates keep the file's order). */
  events: TimelineEvent[];
  /** The index in the file's `events` of each of `events`. */
  eventIndexes: number[];
  /** Events our export wrote as annotations (`committee_history.record: "annotation"`), as annotations, with their index in the file. */
  eventAnnotations: { a: Annotation; index: number }[];
  /** Events with no `start_date`, kept verbatim for export. */
  unmapped: Obj[];
  problems: ImportProblem[];
}

/**
 * Events: terms (→ annotations "start/end"), dated events (→ our events, the steps, sorted by
 * date), and events without `start_date` (kept verbatim, each with a `popolo-event-kept`
 * warning). Records the origins of our events.
 */
export function mapEvents(src: Obj, dl: string, file: string, origins: Origins): MappedEvents {
  const problems: ImportProblem[] = [];
  const terms = new Map<string, PopoloTerm>();
  const termAnnotations: { a: Annotation; index: number }[] = [];
  const stepEvents: { e: TimelineEvent; index: number }[] = [];
  const eventAnnotations: { a: Annotation; index: number }[] = [];
  const unmapped: Obj[] = [];
  arr(src.events).forEach((r, j) => {
    const n = nsOf(r);
    const id = str(r.id)!;
    const isTerm = r.classification === TERM && n.record !== 'event';
    if (isTerm) terms.set(id, { index: j, r });
    const start = str(r.start_date);
    if (start === undefined) {
      unmapped.push(r);
      problems.push(makeProblem('warning', 'popolo-event-kept', file, { pointer: `/events/${j}` }, { id }));
      return;
    }
    const label = takeLabel(r, n, 'name', 'label', dl) ?? { [dl]: id };
    if (isTerm) {
      const end = str(r.end_date);
      const a: Annotation = { id, date: str(n.date) ?? (end === undefined ? start : `${start}/${end}`), label, classification: TERM };
      if (typeof r.organization_id === 'string') a.organization_id = r.organization_id;
      termAnnotations.push({ a: fromNs(a, n, PROVENANCE), index: j });
    } else if (n.record === 'annotation') {
      eventAnnotations.push({ a: eventAsAnnotation(r, n, label), index: j });
    } else {
      const e: TimelineEvent = { id, date: str(n.date) ?? start, label };
      if (r.classification !== undefined) e.classification = r.classification as string;
      const description = takeLabel(r, n, 'description', 'description', dl);
      if (description) e.description = description;
      stepEvents.push({ e: fromNs(e, n, PROVENANCE), index: j });
    }
  });
  // Steps in date order (same dates keep the listed order; a file we wrote is in order already).
  stepEvents.sort((a, b) => {
    const da = tryParseDate(a.e.date);
    const db = tryParseDate(b.e.date);
    return (da && db ? compareDates(da, db) : 0) || a.index - b.index;
  });
  stepEvents.forEach((x, k) =>
    origins.set(`/events/${k}`, { base: `/events/${x.index}`, fields: { id: 'id', date: 'start_date', label: 'name', classification: 'classification' } }),
  );
  return { terms, termAnnotations, events: stepEvents.map((x) => x.e), eventIndexes: stepEvents.map((x) => x.index), eventAnnotations, unmapped, problems };
}

/** A Popolo event as an annotation: its id, date (`start_date`, or "start/end" when it ends on another date), name, classification, body and our provenance. */
function eventAsAnnotation(r: Obj, n: Obj, label: LangString): Annotation {
  const start = str(r.start_date)!;
  const end = str(r.end_date);
  const a: Annotation = { id: str(r.id)!, date: str(n.date) ?? (end === undefined || end === start ? start : `${start}/${end}`), label };
  if (typeof r.classification === 'string') a.classification = r.classification;
  if (typeof r.organization_id === 'string') a.organization_id = r.organization_id;
  return fromNs(a, n, PROVENANCE);
}

/** The events of `mapEvents` split by `quietEventsToAnnotations`. */
export interface SplitEvents {
  /** The steps that stay. */
  events: TimelineEvent[];
  /** The file's events that are annotations: terms, events our export marked, and (plain files) events that change no membership, in file order. */
  annotations: { a: Annotation; index: number }[];
  /** Ids of the annotations that were events other than terms (for the export, `PopoloExtras.annotation_events`). */
  fromEvents: string[];
}

/**
 * Events that change no membership become annotations ("things on the time axis that change no
 * membership"), so that a parliament's file listing every general election since 1918 but
 * holding members for two terms gets no empty steps. Only in a plain Popolo file (`plain`): in
 * a file we wrote, every event is a step on purpose. An event changes a membership when some
 * membership's start or end is placed at it (by event id, or by its date when no other event
 * shares the date: `resolveSides`, as the timeline places them). The events that stay keep their
 * order; the origins of `/events/k` are set again for them. Nothing is dropped: the annotations
 * keep id, date, name, classification and body, and the export writes them back as events.
 */
export function quietEventsToAnnotations(ev: MappedEvents, memberships: readonly Membership[], plain: boolean, origins: Origins): SplitEvents {
  const quiet = new Set<number>();
  if (plain) {
    const dates = readEventDates(ev.events);
    const { sides } = resolveSides(memberships, dates);
    const used = new Set<number>();
    for (const side of sides) for (const ref of [side.start, side.end]) if (ref.kind === 'event') used.add(ref.event);
    ev.events.forEach((_, k) => {
      if (!used.has(k)) quiet.add(k);
    });
  }
  const events: TimelineEvent[] = [];
  const made: { a: Annotation; index: number }[] = [];
  ev.events.forEach((e, k) => {
    const index = ev.eventIndexes[k]!;
    if (quiet.has(k)) {
      const a: Annotation = { id: e.id, date: e.date, label: e.label };
      if (e.classification !== undefined) a.classification = e.classification;
      made.push({ a: { ...a, ...pick(e, PROVENANCE) }, index });
      return;
    }
    origins.set(`/events/${events.length}`, { base: `/events/${index}`, fields: { id: 'id', date: 'start_date', label: 'name', classification: 'classification' } });
    events.push(e);
  });
  for (let k = events.length; k < ev.events.length; k++) origins.delete(`/events/${k}`);
  const fromEvents = [...ev.eventAnnotations, ...made].sort((x, y) => x.index - y.index);
  const annotations = [...ev.termAnnotations, ...fromEvents].sort((x, y) => x.index - y.index);
  return { events, annotations, fromEvents: fromEvents.map((x) => x.a.id) };
}


/**
 * Memberships: ids `m1`, `m2`… for those without (skipping ids in use); the organization from
 * the post when absent (`popolo-membership-incomplete` error when neither gives one); a
 * membership with a `legislative_period_id` and no start or end date takes the term's, marked
 * inferred with a basis naming the term (an end taken from the term has the cause `term_end`) (one `dates-from-term` warning per term, after the
 * memberships; `unknown-term` warning for a term not among the events). `legislative_period_id`
 * is kept in our field when it names a dated term (one of the term annotations), else only among
 * the kept Popolo fields. Records the origins.
 */
export function mapMemberships(
  src: Obj,
  terms: ReadonlyMap<string, PopoloTerm>,
  posts: readonly Post[],
  dl: string,
  file: string,
  origins: Origins,
): { memberships: Membership[]; problems: ImportProblem[]; startFromTerm: Map<number, { term: string; name: string }> } {
  const problems: ImportProblem[] = [];
  const startFromTerm = new Map<number, { term: string; name: string }>();
  const postById = byId(posts);
  const usedIds = new Set(arr(src.memberships).map((r) => str(r.id)).filter((x): x is string => x !== undefined));
  let next = 1;
  const fromTerm = new Map<string, number>();
  const memberships: Membership[] = arr(src.memberships).map((r, i) => {
    const n = nsOf(r);
    let id = str(r.id);
    if (id === undefined) {
      while (usedIds.has(`m${next}`)) next++;
      id = `m${next++}`;
      usedIds.add(id);
    }
    const postId = r.post_id;
    const m: Membership = {
      id,
      person_id: str(r.person_id)!,
      organization_id: str(r.organization_id) ?? (typeof postId === 'string' ? postById.get(postId)?.organization_id : undefined) ?? '',
    };
    if (m.organization_id === '') problems.push(makeProblem('error', 'popolo-membership-incomplete', file, { pointer: `/memberships/${i}` }, { key: 'organization_id' }));
    if (postId !== undefined) m.post_id = postId as string | null;
    const group = str(r.on_behalf_of_id);
    if (group !== undefined) m.on_behalf_of_id = group;
    const role = takeLabel(r, n, 'role', 'role', dl);
    if (role) m.role = role;
    // An uncertain date is written bare in Popolo's field and whole under NS (`putPopoloDate`): NS first.
    let start = str(n.start_date) ?? str(r.start_date);
    let end = str(n.end_date) ?? str(r.end_date);
    const termId = str(r.legislative_period_id);
    if (termId !== undefined && !isObj(r[NS]) && (start === undefined || end === undefined)) {
      const t = terms.get(termId);
      if (!t) problems.push(makeProblem('warning', 'unknown-term', file, { pointer: `/memberships/${i}/legislative_period_id` }, { term: termId }));
      else {
        const ts = str(t.r.start_date);
        const te = str(t.r.end_date);
        const filled: ('start' | 'end')[] = [];
        if (start === undefined && ts !== undefined) {
          start = ts;
          filled.push('start');
          startFromTerm.set(i, { term: termId, name: str(t.r.name) ?? termId });
        }
        if (end === undefined && te !== undefined) {
          end = te;
          filled.push('end');
          // It ends because the term does: the end date is the term's.
          m.end_cause = 'term_end';
        }
        if (filled.length > 0) {
          m.certainty = 'inferred';
          m.basis = termBasis(filled, str(t.r.name) ?? termId, ts, te);
          fromTerm.set(termId, (fromTerm.get(termId) ?? 0) + 1);
        }
      }
    }
    if (start !== undefined) m.start_date = start;
    if (end !== undefined) m.end_date = end;
    // The term, when it is one of ours (a dated term event, an annotation); else it stays among the kept Popolo fields.
    if (termId !== undefined && str(terms.get(termId)?.r.start_date) !== undefined) m.legislative_period_id = termId;
    origins.set(`/memberships/${i}`, {
      base: `/memberships/${i}`,
      fields: {
        id: 'id',
        person_id: 'person_id',
        organization_id: 'organization_id',
        post_id: 'post_id',
        role: 'role',
        start_date: 'start_date',
        end_date: 'end_date',
        legislative_period_id: 'legislative_period_id',
        on_behalf_of_id: 'on_behalf_of_id',
      },
    });
    return fromNs(m, n, ['start_event_id', 'end_event_id', 'start_cause', 'end_cause', 'end_destination', 'end_destination_wikidata', 'post_certainty', 'post_basis', ...PROVENANCE]);
  });
  for (const [term, count] of fromTerm) {
    const t = terms.get(term)!;
    problems.push(makeProblem('warning', 'dates-from-term', file, { pointer: `/events/${t.index}` }, { term, name: str(t.r.name) ?? term, count }));
  }
  return { memberships, problems, startFromTerm };
}

/**
 * Annotations: those from the file's events first (terms, and events that became annotations:
 * `quietEventsToAnnotations`; file order), then ours from `committee_history.annotations`;
 * `committee_history.annotation_order` restores our order. Records the origins.
 */
export function mapAnnotations(termAnnotations: MappedEvents['termAnnotations'], ns: Obj | undefined, origins: Origins): Annotation[] {
  const nsAnnotations: unknown[] = ns && Array.isArray(ns.annotations) ? ns.annotations : [];
  let annotations: { a: unknown; ptr: Origin }[] = [
    ...termAnnotations.map((x) => ({
      a: x.a,
      ptr: { base: `/events/${x.index}`, fields: { id: 'id', date: 'start_date', label: 'name', classification: 'classification', organization_id: 'organization_id' } },
    })),
    ...nsAnnotations.map((a, k) => ({ a, ptr: { base: `/${NS}/annotations/${k}`, fields: isObj(a) ? allFields(a) : {} } })),
  ];
  if (ns && Array.isArray(ns.annotation_order)) {
    const pos = new Map(ns.annotation_order.map((id: unknown, i: number) => [String(id), i] as const));
    annotations = annotations
      .map((x, i) => ({ x, k: isObj(x.a) && pos.has(String(x.a.id)) ? pos.get(String(x.a.id))! : pos.size + i }))
      .sort((a, b) => a.k - b.k)
      .map((y) => y.x);
  }
  annotations.forEach((x, k) => origins.set(`/annotations/${k}`, x.ptr));
  // Our annotations are checked against our schema right after (checkShape).
  return annotations.map((x) => x.a as Annotation);
}

/** The parts of a dataset mapped from a Popolo file. */
export interface PopoloParts {
  persons: Person[];
  organizations: Organization[];
  posts: Post[];
  memberships: Membership[];
  events: TimelineEvent[];
  annotations: Annotation[];
}

/**
 * The dataset (before our schema check): id from the file's name, title from the legislature's
 * name (else the file's name, else "Popolo"), our top-level fields from `committee_history` when
 * present (else `language`), `sources`, `claims`, `notes` and `alternatives` (the readings) from
 * it. Records the origins of sources, claims, notes and alternatives.
 */
export function assemblePopoloDataset(
  file: string,
  ns: Obj | undefined,
  language: string | undefined,
  dl: string,
  parts: PopoloParts,
  origins: Origins,
  topAlternatives?: unknown[],
): Obj {
  const dataset: Obj = {
    format: 'committee-history',
    format_version: 1,
    id: slug(file),
    title: { [dl]: (parts.organizations.find((o) => o.classification === 'legislature')?.name[dl] ?? file.replace(/^.*[\\/]/, '')) || 'Popolo' },
  };
  if (ns) fromNs(dataset, ns, ['format', 'format_version', 'id', 'title', 'description', 'language', '$schema']);
  else if (language !== undefined) dataset.language = language;
  Object.assign(dataset, {
    sources: ns && ns.sources !== undefined ? ns.sources : [],
    organizations: parts.organizations,
    persons: parts.persons,
    posts: parts.posts,
    memberships: parts.memberships,
    events: parts.events,
    claims: ns && ns.claims !== undefined ? ns.claims : [],
    annotations: parts.annotations,
  });
  if (ns && ns.notes !== undefined) dataset.notes = ns.notes;
  if (ns && ns.alternatives !== undefined) dataset.alternatives = ns.alternatives;
  else if (topAlternatives !== undefined) dataset.alternatives = topAlternatives;
  for (const c of ['sources', 'claims', 'notes', 'alternatives'] as const) {
    const l = dataset[c];
    const base = c === 'alternatives' && dataset.alternatives === topAlternatives ? '' : `/${NS}`;
    if (Array.isArray(l)) l.forEach((r: unknown, k: number) => origins.set(`/${c}/${k}`, { base: `${base}/${c}/${k}`, fields: isObj(r) ? allFields(r) : {} }));
  }
  return dataset;
}

/**
 * Imports a parsed Popolo JSON object (`obj`, from the file named `file`): normalises every string
 * (as `normalizeValue`; Ð→Đ only in Vietnamese text, so Icelandic names keep Ð), checks the shape
 * of the Popolo fields it reads (errors with JSON pointers into the file), maps the records (see the
 * module comment; stages `mapPeopleAndBodies`, `mapEvents`, `mapMemberships`, `mapAnnotations`,
 * `assemblePopoloDataset`), checks the result against our schema and with `validateDataset`, and
 * maps each problem's pointer back to the place in the file. Warnings: `eth-replaced`,
 * `dates-from-term` (one per term), `unknown-term`, `popolo-event-kept`. Errors give `ok: false`.
 * Never throws.
 */
export function importPopolo(obj: unknown, file: string): ImportResult {
  if (!isObj(obj)) {
    return { ok: false, problems: [makeProblem('error', 'unknown-format', file, { pointer: '' }, { found_kind: obj === null ? 'null' : Array.isArray(obj) ? 'array' : typeof obj })] };
  }
  const bounds = fileBoundsProblems(obj, file);
  if (hasErrors(bounds)) return { ok: false, problems: bounds };
  const language = detectPopoloLanguage(obj);
  const norm = normalizeValue(obj, { file, vietnamese: isVietnameseLanguage(language) });
  const problems: ImportProblem[] = [...bounds, ...norm.warnings];
  const shape = v.safeParse(popoloSchema, norm.value);
  if (!shape.success) return { ok: false, problems: [...issuesToProblems(shape.issues, file, popoloSchema), ...problems] };
  const src = norm.value as Obj; // the normalised file itself (its shape checked above), kept as read for computeExtras
  const ns = isObj(src[NS]) ? src[NS] : undefined;
  const dl = (ns && str(ns.default_lang)) || (isVietnameseLanguage(language) ? 'vi' : 'en');
  const origins: Origins = new Map();

  const bodies = mapPeopleAndBodies(src, dl, origins);
  problems.push(...colorProblems(src, file));
  const ev = mapEvents(src, dl, file, origins);
  problems.push(...ev.problems);
  const ms = mapMemberships(src, ev.terms, bodies.posts, dl, file, origins);
  problems.push(...ms.problems);
  const split = quietEventsToAnnotations(ev, ms.memberships, ns === undefined, origins);
  const annotations = mapAnnotations(split.annotations, ns, origins);
  // Readings written at the file's top level (not under committee_history) are read too, never dropped.
  const topAlternatives = ns?.alternatives === undefined && Array.isArray(src.alternatives) ? (src.alternatives as unknown[]) : undefined;
  const dataset = assemblePopoloDataset(file, ns, language, dl, { ...bodies, memberships: ms.memberships, events: split.events, annotations }, origins, topAlternatives);

  // Our schema and our semantic checks, with pointers mapped back to the file.
  const toFile = (pointer: string): string => mapPointer(pointer, origins, ns !== undefined);
  const ours = checkShape(dataset, file);
  const relocate = (p: ImportProblem): ImportProblem => (p.pointer === undefined ? p : makeProblem(p.severity, p.code, p.file, { pointer: toFile(p.pointer) }, p.params));
  problems.push(...ours.problems.map(relocate));
  if (!ours.ok) return { ok: false, problems };
  const result = ours.dataset;

  // Keep what the export would not give back (it writes the annotations that were events back as events).
  if (split.fromEvents.length > 0) result.popolo = { annotation_events: split.fromEvents } satisfies PopoloExtras;
  const extras = computeExtras(src, result, ev.unmapped, topAlternatives !== undefined);
  if (extras || split.fromEvents.length > 0) result.popolo = { ...extras, ...(split.fromEvents.length > 0 ? { annotation_events: split.fromEvents } : {}) };

  // Ids this importer made (memberships without one) are not in the file: the sentence names those by person and body.
  const madeUp = new Set(arr(src.memberships).flatMap((r, i) => (str(r.id) === undefined && ms.memberships[i] ? [ms.memberships[i]!.id] : [])));
  const names = problemNamer(result, madeUp);
  problems.push(...validateDataset(result).map((p) => relocate(termSlip(p, ms.startFromTerm, file, names) ?? fromModelProblem(p, file, names))));
  if (hasErrors(problems)) return { ok: false, problems };
  return { ok: true, dataset: result, problems, format: 'popolo' };
}

/**
 * The slip of the issue's real files: a membership that ends a few days before its legislative
 * period begins, so the start taken from the period falls after its end. Said as `end-before-term`
 * (what happened and that the end date may belong to the previous term) instead of the model's
 * `end-before-start` ("the dates may be swapped"). Null for any other problem.
 */
function termSlip(
  p: Problem,
  startFromTerm: ReadonlyMap<number, { term: string; name: string }>,
  file: string,
  names: (params: Problem['params']) => Problem['params'],
): ImportProblem | null {
  if (p.code !== 'end-before-start') return null;
  const m = /^\/memberships\/(\d+)\//.exec(p.pointer);
  const t = m ? startFromTerm.get(Number(m[1])) : undefined;
  if (!t) return null;
  return makeProblem(p.severity, 'end-before-term', file, { pointer: p.pointer }, { ...names(p.params), term: t.term, name: t.name });
}

/** Every field of a NS record maps to itself under its base. */
const allFields = (r: object): Record<string, string> => Object.fromEntries(Object.keys(r).map((k) => [k, k]));

/** Maps a pointer into the dataset to the place in the Popolo file it came from. */
function mapPointer(pointer: string, origins: Map<string, Origin>, hasNs: boolean): string {
  const parts = pointer.split('/').slice(1);
  if (parts.length >= 2) {
    const o = origins.get(`/${parts[0]}/${parts[1]}`);
    if (o) {
      if (parts.length === 2) return o.base;
      const field = parts[2]!;
      const rest = parts.slice(3).map((x) => `/${x}`).join('');
      const key = o.fields[field];
      return key !== undefined ? `${o.base}/${key}${rest}` : `${o.base}/${NS}/${field}${rest}`;
    }
  }
  if (parts.length >= 1 && ['format', 'format_version', 'id', 'title', 'description', 'language', 'sources', 'claims', 'notes', 'alternatives'].includes(parts[0]!)) {
    return hasNs ? `/${NS}${pointer}` : '';
  }
  return pointer;
}

/** The basis of a membership whose dates come from its term. */
function termBasis(filled: ('start' | 'end')[], term: string, start: string | undefined, end: string | undefined): LangString {
  const both = filled.length === 2;
  const whichEn = both ? 'dates' : filled[0] === 'start' ? 'start date' : 'end date';
  const whichVi = both ? 'ngày bắt đầu và kết thúc' : filled[0] === 'start' ? 'ngày bắt đầu' : 'ngày kết thúc';
  const span = `${start ?? '…'}–${end ?? '…'}`;
  return {
    vi: `Tệp không ghi ${whichVi} của bản ghi thành viên này; lấy theo nhiệm kỳ “${term}” (${span}).`,
    en: `The file gives no ${whichEn} for this membership; taken from the legislative period “${term}” (${span}).`,
  };
}

/** The fields of `raw` whose value `built` does not repeat, keys sorted (so the result does not depend on key order); null if none. */
function diffRecord(raw: Obj, built: Obj): Obj | null {
  const keys = Object.keys(raw)
    .filter((k) => !jsonEqual(raw[k], built[k]))
    .sort();
  return keys.length === 0 ? null : Object.fromEntries(keys.map((k) => [k, raw[k]]));
}

/**
 * The Popolo fields of `src` (the normalised file) that exporting `dataset` would not give back as
 * they were, by record id; unknown top-level keys; the original event order; unmapped events.
 * Undefined when there is nothing to keep (a file we wrote ourselves).
 */
function computeExtras(src: Obj, dataset: Dataset, unmapped: Obj[], readTopAlternatives = false): PopoloExtras | undefined {
  const built = buildPopolo(dataset);
  const x: PopoloExtras = {};
  const records: PopoloExtras['records'] = {};
  for (const coll of ['persons', 'organizations', 'posts', 'memberships'] as const) {
    const raw = arr(src[coll]);
    const out = built[coll] as Obj[];
    raw.forEach((r, i) => {
      const b = out[i];
      if (!b) return;
      const diff = diffRecord(r, b);
      if (diff) (records[coll] ??= {})[String(b.id)] = diff;
    });
  }
  const builtEvents = new Map((built.events as Obj[]).map((e) => [String(e.id), e] as const));
  for (const r of arr(src.events)) {
    if (unmapped.includes(r)) continue;
    const b = builtEvents.get(String(r.id));
    if (!b) continue;
    const diff = diffRecord(r, b);
    if (diff) (records.events ??= {})[String(r.id)] = diff;
  }
  if (Object.keys(records).length > 0) x.records = records;
  if (unmapped.length > 0) x.events_unmapped = unmapped;
  const originalOrder = arr(src.events).map((r) => String(r.id));
  const exportOrder = [...(built.events as Obj[]).map((e) => String(e.id)), ...unmapped.map((r) => String(r.id))];
  if (!jsonEqual(originalOrder, exportOrder)) x.events_order = originalOrder;
  const top: Obj = {};
  for (const [k, val] of Object.entries(src)) {
    if (['persons', 'organizations', 'posts', 'memberships', 'events', NS].includes(k) || (readTopAlternatives && k === 'alternatives')) continue;
    top[k] = val;
  }
  if (Object.keys(top).length > 0) x.top = top;
  return Object.keys(x).length > 0 ? x : undefined;
}

