/**
 * The checks of `validateDataset` (`validate.ts`) on a dataset's readings (`Dataset.alternatives`,
 * see `readings.ts` and `data/README.md`, "Readings"). Two stages:
 *
 * 1. `checkAlternatives` (records): the list and its ids (`missing-field`, `duplicate-id`: alternative
 *    ids unique among alternatives, reading ids unique among all the dataset's readings, a reading's
 *    membership ids unique in the reading and never the id of a dataset membership it does not
 *    replace), exactly one default reading per alternative (`default-reading-count`), a default that
 *    lists no records of its own (`default-reading-records`), every other reading listing its
 *    memberships (`missing-field`, an empty list allowed), the references (`unknown-reference`:
 *    `event_id`, each `replaces` id, and the persons, organizations, posts, events, groups and
 *    sources the reading's memberships, persons and posts name; the reading's own persons and posts
 *    count), their values and dates (`unknown-value`, `bad-date`), posts of the membership's body
 *    (`post-organization-mismatch`), the provenance warnings (`inferred-without-basis`), and a
 *    warning for a reading that tells the same as the default or an earlier reading (`same-reading`:
 *    the same memberships but for their ids and provenance, persons and posts). Pointers name the
 *    place in the file: `/alternatives/0/readings/2/memberships/1/person_id`.
 * 2. `checkReadingTimelines` (timeline): every reading that passed stage 1 is applied
 *    (`applyReading`) and its claims checked (`checkClaims`): a claim the dataset's own records keep
 *    and the reading breaks is `reading-claim-mismatch`, an error naming the reading. A claim the
 *    records already break is reported once, as the dataset's `claim-mismatch` finding, not again
 *    for every reading. The findings of the timeline (two holders of a post, a member of the BTV who
 *    is not in the BCH, …) that a reading adds are reported as findings, naming the reading.
 *
 * All of stage 1 are errors but `inferred-without-basis` and `same-reading`: a reading is offered as a reading of the
 * source, so one that is malformed or contradicts a stated count refuses the file (issue 12); what
 * a reading adds on the timeline is a finding, as it is for the dataset's own records. Never throws
 * for any value in `alternatives`.
 */
import type { Dataset, Membership } from './types.ts';
import type { PartialDate } from './dates.ts';
import type { Problem } from './problems.ts';
import {
  checkDates,
  checkIds,
  checkPostOrganizations,
  checkProvenance,
  checkReferences,
  checkValues,
  problemSink,
  type AnyRecord,
  type IdIndex,
  type Lists,
} from './validate-records.ts';
import { applyReading } from './readings.ts';
import { buildTimeline, type Timeline } from './steps.ts';
import { checkClaims } from './claims.ts';
import { checkMembershipDates, checkNesting, checkPersonOverlaps, checkPosts, checkSeats, stepParams } from './validate-timeline.ts';

const isRecord = (x: unknown): x is AnyRecord => typeof x === 'object' && x !== null && !Array.isArray(x);
const records = (x: unknown): AnyRecord[] => (Array.isArray(x) ? x.map((r: unknown) => (isRecord(r) ? r : {})) : []);
const text = (x: unknown): x is string => typeof x === 'string' && x !== '';

/** The result of stage 1: its problems, and the readings sound enough to be applied (by id). */
export interface AlternativesCheck {
  problems: Problem[];
  /** Ids of the non-default readings with no error of their own or of their alternative. */
  applicable: string[];
}

/** Lists with only the given collections filled (the others empty). */
function onlyLists(part: Partial<Lists>): Lists {
  return {
    sources: [],
    organizations: [],
    persons: [],
    posts: [],
    memberships: [],
    events: [],
    claims: [],
    annotations: [],
    notes: [],
    ...part,
  };
}

/** `problem` with its pointer (and a `first` param that is a pointer) moved under `prefix`. */
function under(prefix: string, problem: Problem): Problem {
  const params = { ...problem.params };
  if (typeof params.first === 'string' && params.first.startsWith('/')) params.first = `${prefix}${params.first}`;
  return { ...problem, pointer: `${prefix}${problem.pointer}`, params };
}

/**
 * Stage 1 (see the file's comment). `lists` and `ids` are the dataset's records and their ids as
 * `readCollections` and `checkIds` of `validate-records.ts` read them. Returns [] problems and no
 * readings when the dataset has no `alternatives`.
 */
export function checkAlternatives(dataset: Dataset, lists: Lists, ids: IdIndex): AlternativesCheck {
  const { out, add } = problemSink();
  const applicable: string[] = [];
  const raw: unknown = Reflect.get(dataset, 'alternatives');
  if (raw === undefined) return { problems: [], applicable };
  if (!Array.isArray(raw)) {
    add('error', 'missing-field', '/alternatives', { field: 'alternatives', expected: 'list' });
    return { problems: out, applicable };
  }
  const alternativeIds = new Map<string, number>();
  const readingIds = new Map<string, string>();
  const membershipIndex = ids.memberships;
  records(raw).forEach((alt, a) => {
    const at = `/alternatives/${a}`;
    const before = out.length;
    const altId = alt.id;
    if (!text(altId)) add('error', 'missing-field', `${at}/id`, { field: 'id', expected: 'text' });
    else if (alternativeIds.has(altId)) add('error', 'duplicate-id', `${at}/id`, { id: altId, collection: 'alternatives', first: `/alternatives/${alternativeIds.get(altId)}/id` });
    else alternativeIds.set(altId, a);
    if (alt.event_id !== undefined && !(text(alt.event_id) && ids.events.has(alt.event_id))) {
      add('error', 'unknown-reference', `${at}/event_id`, { id: String(alt.event_id), kind: 'event', collection: 'events' });
    }
    const replaces = new Set<string>();
    if (!Array.isArray(alt.replaces)) add('error', 'missing-field', `${at}/replaces`, { field: 'replaces', expected: 'list' });
    else {
      alt.replaces.forEach((id: unknown, k) => {
        if (text(id) && membershipIndex.has(id)) replaces.add(id);
        else add('error', 'unknown-reference', `${at}/replaces/${k}`, { id: String(id), kind: 'membership', collection: 'memberships' });
      });
    }
    out.push(...checkReferences(onlyLists({ notes: [{ citations: alt.citations }] }), ids).map((p) => ({ ...p, pointer: p.pointer.replace(/^\/notes\/0/, at) })));
    if (!Array.isArray(alt.readings)) {
      add('error', 'missing-field', `${at}/readings`, { field: 'readings', expected: 'list' });
      return;
    }
    const readings = records(alt.readings);
    const defaults = readings.filter((r) => r.default === true).length;
    if (defaults !== 1) add('error', 'default-reading-count', `${at}/readings`, { alternative: text(altId) ? altId : '', count: defaults, readings: readings.length });
    const altSound = out.length === before;
    // The event must be where the readings differ: some record of the default set or of a reading starts or ends there.
    if (altSound && text(alt.event_id)) {
      const ev = lists.events.find((e) => e.id === alt.event_id);
      const date = ev && text(ev.date) ? ev.date : null;
      const touches = (m: AnyRecord) =>
        m.start_event_id === alt.event_id || m.end_event_id === alt.event_id || (date !== null && (m.start_date === date || m.end_date === date));
      const all = [...lists.memberships.filter((m) => text(m.id) && replaces.has(m.id)), ...readings.flatMap((r) => records(r.memberships))];
      if (all.length > 0 && !all.some(touches)) add('warning', 'alternative-event', `${at}/event_id`, { alternative: text(altId) ? altId : '', event: alt.event_id });
    }
    const told = new Map<string, string>();
    const defaultSet = altSound ? readingSignature(lists.memberships.filter((m) => text(m.id) && replaces.has(m.id)), [], []) : null;
    const labelled = new Map<string, string>();
    readings.forEach((reading, r) => {
      const rat = `${at}/readings/${r}`;
      const start = out.length;
      // A name of its own: not empty in every language, not the same as another reading's of this alternative.
      if (text(reading.id)) {
        const label = reading.label !== null && typeof reading.label === 'object' ? Object.values(reading.label as Record<string, unknown>).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
        const key = JSON.stringify(label);
        if (label.length === 0) add('warning', 'reading-label', `${rat}/label`, { alternative: text(altId) ? altId : '', reading: reading.id });
        else if (labelled.has(key)) add('warning', 'reading-label', `${rat}/label`, { alternative: text(altId) ? altId : '', reading: reading.id, other_reading: labelled.get(key)! });
        else labelled.set(key, reading.id);
      }
      const rid = reading.id;
      if (!text(rid)) add('error', 'missing-field', `${rat}/id`, { field: 'id', expected: 'text' });
      else if (readingIds.has(rid)) add('error', 'duplicate-id', `${rat}/id`, { id: rid, collection: 'readings', first: readingIds.get(rid)! });
      else readingIds.set(rid, `${rat}/id`);
      const reading_ = text(rid) ? rid : '';
      if (reading.default === true) {
        for (const field of ['memberships', 'persons', 'posts'] as const) {
          if (reading[field] !== undefined) {
            add('error', 'default-reading-records', `${rat}/${field}`, { alternative: text(altId) ? altId : '', reading: reading_, field });
          }
        }
        return;
      }
      if (!Array.isArray(reading.memberships)) add('error', 'missing-field', `${rat}/memberships`, { field: 'memberships', expected: 'list' });
      for (const field of ['persons', 'posts'] as const) {
        if (reading[field] !== undefined && !Array.isArray(reading[field])) add('error', 'missing-field', `${rat}/${field}`, { field, expected: 'list' });
      }
      out.push(...checkReadingRecords(reading, rat, lists, ids, replaces));
      if (!altSound || out.slice(start).some((p) => p.severity === 'error') || !text(rid)) return;
      applicable.push(rid);
      const sig = readingSignature(records(reading.memberships), records(reading.persons), records(reading.posts));
      const defaultId = readings.find((x) => x.default === true)?.id;
      const other = sig === defaultSet ? (text(defaultId) ? defaultId : '') : told.get(sig);
      if (other !== undefined) add('warning', 'same-reading', rat, { alternative: text(altId) ? altId : '', reading: rid, other_reading: other });
      else told.set(sig, rid);
    });
  });
  return { problems: out, applicable };
}

/** The fields that make a membership what it is (its id aside). */
const MEMBERSHIP_FIELDS = ['person_id', 'organization_id', 'post_id', 'role', 'on_behalf_of_id', 'legislative_period_id', 'start_date', 'start_event_id', 'start_cause', 'end_date', 'end_event_id', 'end_cause'];

/**
 * What a reading says, as one string: its memberships without their ids and provenance (sorted), and
 * its persons and posts (sorted by id). Two readings with the same signature tell the same story.
 */
function readingSignature(memberships: readonly AnyRecord[], persons: readonly AnyRecord[], posts: readonly AnyRecord[]): string {
  const ms = memberships.map((m) => JSON.stringify(MEMBERSHIP_FIELDS.map((f) => m[f] ?? null))).sort();
  const byId = (list: readonly AnyRecord[]): string[] => list.map((x) => JSON.stringify(x)).sort();
  return JSON.stringify([ms, byId(persons), byId(posts)]);
}

/** The records of one non-default reading, checked as the dataset's own are, with pointers under `at`. */
function checkReadingRecords(reading: AnyRecord, at: string, lists: Lists, ids: IdIndex, replaces: ReadonlySet<string>): Problem[] {
  const own = onlyLists({ memberships: records(reading.memberships), persons: records(reading.persons), posts: records(reading.posts) });
  const { ids: ownIds, problems: idProblems } = checkIds(own);
  const out: Problem[] = idProblems.map((p) => under(at, p));
  own.memberships.forEach((m, j) => {
    const id = m.id;
    const k = text(id) ? ids.memberships.get(id) : undefined;
    if (k !== undefined && !replaces.has(id as string)) {
      out.push({ severity: 'error', code: 'duplicate-id', pointer: `${at}/memberships/${j}/id`, params: { id: id as string, collection: 'memberships', first: `/memberships/${k}/id` } });
    }
  });
  const merged: IdIndex = {
    ...ids,
    persons: new Map([...ids.persons, ...ownIds.persons]),
    posts: new Map([...ids.posts, ...ownIds.posts]),
  };
  const ownPostIds = new Set(own.posts.map((p) => p.id));
  const posts = [...own.posts, ...lists.posts.filter((p) => !ownPostIds.has(p.id))];
  out.push(
    ...checkReferences(own, merged).map((p) => under(at, p)),
    ...checkValues(own).map((p) => under(at, p)),
    ...checkDates(own).map((p) => under(at, p)),
    ...checkPostOrganizations({ ...own, posts }).map((p) => under(at, p)),
    ...checkProvenance(own).map((p) => under(at, p)),
  );
  return out;
}

/** The timeline checks whose findings a reading may add (those of `validateDataset` but cycles and claims). */
export function timelineFindings(timeline: Timeline, events: readonly AnyRecord[], eventDates: readonly (PartialDate | null)[]): Problem[] {
  return [...checkMembershipDates(timeline, events, eventDates), ...checkNesting(timeline), ...checkPosts(timeline), ...checkPersonOverlaps(timeline), ...checkSeats(timeline)];
}

/** A problem's identity across datasets: its code and params (ids, counts, step labels), not its pointer. */
const signature = (p: Problem): string => `${p.code} ${JSON.stringify(Object.entries(p.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;

/**
 * Stage 2 (see the file's comment): each reading of `applicable`, in file order, is applied and its
 * timeline built once, then
 * - `reading-claim-mismatch` (an error) for each claim that `base` (the dataset's own timeline)
 *   keeps and the reading breaks, in claim order. Params: the reading, its alternative, the claim,
 *   its body, date, the stated and computed counts and the step (`stepParams`). Pointer: the
 *   reading (`/alternatives/a/readings/r`);
 * - the findings of the timeline checks (`timelineFindings`: membership dates, nesting, posts,
 *   overlaps, seats) that the reading adds, those the dataset's own records (`baseFindings`) do not
 *   have (same code and params), with `reading` and `alternative` added to their params (the
 *   sentence then starts "Under reading …") and their pointers into the file: a membership of the
 *   reading at `/alternatives/a/readings/r/memberships/j`, one of the dataset at `/memberships/k`.
 * Cost: one timeline per reading.
 */
export function checkReadingTimelines(
  dataset: Dataset,
  base: Timeline,
  baseFindings: readonly Problem[],
  applicable: readonly string[],
  events: readonly AnyRecord[],
  eventDates: readonly (PartialDate | null)[],
): Problem[] {
  const { out, add } = problemSink();
  if (applicable.length === 0) return out;
  const kept = checkClaims(base).map((c) => c.holds);
  const known = new Set(baseFindings.map(signature));
  const own = new Map<Membership, string>();
  dataset.memberships.forEach((m, k) => own.set(m, `/memberships/${k}`));
  const want = new Set(applicable);
  (dataset.alternatives ?? []).forEach((alt, a) => {
    alt.readings.forEach((reading, r) => {
      if (!want.has(reading.id)) return;
      want.delete(reading.id);
      const at = `/alternatives/${a}/readings/${r}`;
      const applied = applyReading(dataset, reading.id);
      const timeline = buildTimeline(applied);
      for (const c of checkClaims(timeline)) {
        if (c.holds || !kept[c.index] || c.date === null) continue;
        add('error', 'reading-claim-mismatch', at, {
          reading: reading.id,
          alternative: alt.id,
          claim: c.claim.id,
          org: c.claim.organization_id,
          date: c.claim.date,
          stated: c.stated,
          computed: c.computed,
          ...stepParams(timeline, c.step, 'step'),
        });
      }
      // The reading's records by id (applyReading copies those it marks inferred), the dataset's by identity.
      const placeById = new Map<string, string>();
      (reading.memberships ?? []).forEach((m, j) => placeById.set(m.id, `${at}/memberships/${j}`));
      for (const p of timelineFindings(timeline, events, eventDates)) {
        if (known.has(signature(p))) continue;
        const m = /^\/memberships\/(\d+)(.*)$/.exec(p.pointer);
        const record = m ? applied.memberships[Number(m[1])] : undefined;
        const base = record ? (own.get(record) ?? placeById.get(record.id)) : undefined;
        const pointer = m && base !== undefined ? `${base}${m[2]!}` : p.pointer;
        out.push({ ...p, pointer, params: { ...p.params, reading: reading.id, alternative: alt.id } });
      }
    });
  });
  return out;
}
