/**
 * The stages of `buildTimeline` (`steps.ts`), each a pure function of the previous stages'
 * results: event dates → membership sides resolved to events or implicit date steps → the
 * ordered step items → step indexes → membership spans → changes per step → steps.
 * The rules are stated in `steps.ts`'s module comment.
 */
import type { Change, Step } from './timeline-types.ts';
import type { Dataset, LangString, Membership, Organization, Person, Post, TimelineEvent } from './types.ts';
import { compareDates, formatDate, isAfter, lowerBound, tryParseDate, upperBound, type PartialDate } from './dates.ts';
import type { MembershipSpan, SpanVia } from './spans.ts';
import { byId } from './by-id.ts';

/** The date used for ordering an event when no event of the dataset has a date: year 0. */
export const FALLBACK_DATE: PartialDate = { text: '0000', year: 0, month: null, day: null, precision: 'year', uncertain: false };

/** Key of a date as written to its precision: "1999--" for 1999, "1999-6-" for 6/1999. */
export const dateKey = (d: PartialDate): string => `${d.year}-${d.month ?? ''}-${d.day ?? ''}`;

/** Where one side (start or end) of a membership goes: a listed event, an implicit date step, or nowhere (open). */
export type SideRef = { kind: 'event'; event: number; via: SpanVia } | { kind: 'auto'; key: string } | { kind: 'none' };

/** One future step: a listed event or an implicit `auto-<date>` one. */
export interface StepItem {
  event: TimelineEvent;
  date: PartialDate;
  /** Index in dataset.events, or -1 for an implicit step. */
  eventIndex: number;
  /** `dateKey` of an implicit step's date; null for a listed event. */
  autoKey: string | null;
}

/** The events' dates and lookups, from `readEventDates`. */
export interface EventDates {
  /** Each event's date as parsed, null when it does not parse. */
  parsed: (PartialDate | null)[];
  /** Each event's date for ordering: its own, else the previous good one, else the next, else `FALLBACK_DATE`. */
  ordering: PartialDate[];
  /** Index in `events` of each id (first occurrence). */
  indexById: Map<string, number>;
  /** Indices of the events with a parseable date, by `dateKey`, in list order. */
  byDateKey: Map<string, number[]>;
}

/**
 * Stage 1: the events' dates (a bad date borrows the previous good one, else the next, else year
 * 0) and their lookups by id and by date. O(events) (O(events²) only if most dates are bad).
 */
export function readEventDates(events: readonly TimelineEvent[]): EventDates {
  const parsed = events.map((e) => tryParseDate(e.date));
  const ordering: PartialDate[] = [];
  let prev: PartialDate | null = null;
  for (let i = 0; i < events.length; i++) {
    const p: PartialDate | null = parsed[i] ?? null;
    if (p) prev = p;
    ordering.push(p ?? prev ?? parsed.slice(i + 1).find((x): x is PartialDate => x !== null) ?? FALLBACK_DATE);
  }
  const indexById = new Map<string, number>();
  const byDateKey = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (!indexById.has(e.id)) indexById.set(e.id, i);
    const d = parsed[i];
    if (d) {
      const k = dateKey(d);
      const list = byDateKey.get(k);
      if (list) list.push(i);
      else byDateKey.set(k, [i]);
    }
  });
  return { parsed, ordering, indexById, byDateKey };
}

/**
 * True when a membership certainly ends before it starts (both dates given, the end's last
 * possible day before the start's first: `isAfter`). Such a membership is set aside: it is not
 * drawn and makes no step (the `end-before-start` finding lists it; the dataset keeps it).
 */
export function endsBeforeStart(m: Pick<Membership, 'start_date' | 'end_date'>): boolean {
  const start = tryParseDate(m.start_date);
  const end = tryParseDate(m.end_date);
  return start !== null && end !== null && isAfter(start, end);
}

/** The longest gap, in days, between a membership that ends with `changed_group` and the same person's next one that starts with it, read as one change of group. */
export const GROUP_CHANGE_GAP_DAYS = 31;

/**
 * A change of group written as two memberships: one ending with cause `changed_group` and the same
 * person's next membership of the same body starting with it, up to `GROUP_CHANGE_GAP_DAYS` later
 * (member lists often end the old one the day before: "11.2.2008" then "12.2.2008"). The person
 * never left the seat, so for placing on the steps the first one ends when the second starts.
 * Returns the memberships to place by (the same objects, except a copy of each first one with the
 * second's start as its `end_date` and no `end_event_id`); the dataset is not changed.
 * O(memberships · log).
 */
export function bridgeGroupChanges(memberships: readonly Membership[]): readonly Membership[] {
  const starts = new Map<string, { m: Membership; day: number }[]>();
  for (const m of memberships) {
    if (m.start_cause !== 'changed_group') continue;
    const d = tryParseDate(m.start_date);
    if (!d) continue;
    const key = `${m.person_id}\u0000${m.organization_id}`;
    const list = starts.get(key) ?? [];
    list.push({ m, day: lowerBound(d) });
    starts.set(key, list);
  }
  if (starts.size === 0) return memberships;
  return memberships.map((m) => {
    if (m.end_cause !== 'changed_group') return m;
    const end = tryParseDate(m.end_date);
    if (!end) return m;
    const day = upperBound(end);
    const next = (starts.get(`${m.person_id}\u0000${m.organization_id}`) ?? [])
      .filter((x) => x.m !== m && x.day >= day && x.day - day <= GROUP_CHANGE_GAP_DAYS)
      .sort((a, b) => a.day - b.day)[0];
    if (!next || next.m.start_date === m.end_date) return m;
    const copy: Membership = { ...m, end_date: next.m.start_date! };
    delete copy.end_event_id;
    return copy;
  });
}

/** Each membership's sides, and the dates that need an implicit step, from `resolveSides`. */
export interface ResolvedSides {
  /** Parallel to the memberships. */
  sides: { start: SideRef; end: SideRef }[];
  /** Dates needing an implicit step, by `dateKey`, in order of first use. */
  autoDates: Map<string, PartialDate>;
}

/**
 * Stage 2: places each membership side at an event: by its event id when known (`via: 'event'`);
 * else by its date at the one event with that date (`via: 'date'`); when several events share the
 * date, an end goes to the first of them (`via: 'date'`: departures come as early as the date
 * allows) and a start to an implicit step after them (`auto`: arrivals as late); a date no event
 * has goes to an implicit step for the date (`auto`); else nowhere (`none`: no usable id or date).
 * So at one date, a membership that ends there is never counted together with one that starts
 * there (unless both name their events, whose listed order then decides). A membership for which
 * `stepless` is true (a membership of a group, which is no seat) makes no implicit step: a date of
 * no single event leaves that side `none`. O(memberships).
 */
export function resolveSides(
  memberships: readonly Membership[],
  events: Pick<EventDates, 'indexById' | 'byDateKey'>,
  stepless?: (m: Membership) => boolean,
): ResolvedSides {
  const autoDates = new Map<string, PartialDate>();
  const resolve = (eventId: string | undefined, date: string | undefined, side: 'start' | 'end', makesStep: boolean): SideRef => {
    if (eventId !== undefined && eventId !== null) {
      const e = events.indexById.get(eventId);
      if (e !== undefined) return { kind: 'event', event: e, via: 'event' };
    }
    const d = tryParseDate(date);
    if (!d) return { kind: 'none' };
    const k = dateKey(d);
    const matches = events.byDateKey.get(k);
    if (matches && (matches.length === 1 || side === 'end')) return { kind: 'event', event: matches[0]!, via: 'date' };
    if (!makesStep) return { kind: 'none' };
    if (!autoDates.has(k)) autoDates.set(k, d);
    return { kind: 'auto', key: k };
  };
  const sides = memberships.map((m) => {
    const makesStep = !stepless?.(m);
    return { start: resolve(m.start_event_id, m.start_date, 'start', makesStep), end: resolve(m.end_event_id, m.end_date, 'end', makesStep) };
  });
  return { sides, autoDates };
}

/**
 * Stage 3: the steps in order: the listed events in listed order, with each implicit date step
 * (sorted by date) inserted before the first event dated after it. Implicit steps get the id
 * `auto-<date>` (`-2`, `-3`… when taken) and the formatted date as label in vi and en.
 * O((events + dates) · log).
 */
export function mergeSteps(
  events: readonly TimelineEvent[],
  ordering: readonly PartialDate[],
  autoDates: ReadonlyMap<string, PartialDate>,
): StepItem[] {
  const autos = [...autoDates.entries()].sort((a, b) => compareDates(a[1], b[1]));
  const usedIds = new Set(events.map((e) => e.id));
  const items: StepItem[] = [];
  let pos = 0;
  const pushEvent = (i: number): void => {
    items.push({ event: events[i]!, date: ordering[i]!, eventIndex: i, autoKey: null });
  };
  for (const [key, d] of autos) {
    while (pos < events.length && compareDates(ordering[pos]!, d) <= 0) pushEvent(pos++);
    let id = `auto-${d.text}`;
    for (let n = 2; usedIds.has(id); n++) id = `auto-${d.text}-${n}`;
    usedIds.add(id);
    items.push({
      event: { id, date: d.text, label: { vi: formatDate(d, 'vi'), en: formatDate(d, 'en') }, classification: 'auto' },
      date: d,
      eventIndex: -1,
      autoKey: key,
    });
  }
  while (pos < events.length) pushEvent(pos++);
  return items;
}

/** Where each event and implicit date went on the step axis, from `indexSteps`. */
export interface StepIndexes {
  /** Step of each listed event (by index in dataset.events). */
  ofEventIndex: Map<number, number>;
  /** Step of each implicit date (by `dateKey`). */
  ofAuto: Map<string, number>;
  /** Step of each event id: the listed ones (first occurrence) and the implicit `auto-…` ones. */
  byEventId: Map<string, number>;
}

/** Stage 4: the step index of every event (by position and by id) and implicit date. O(steps). */
export function indexSteps(items: readonly StepItem[], eventIndexById: ReadonlyMap<string, number>): StepIndexes {
  const ofEventIndex = new Map<number, number>();
  const ofAuto = new Map<string, number>();
  items.forEach((it, s) => {
    if (it.eventIndex >= 0) ofEventIndex.set(it.eventIndex, s);
    else ofAuto.set(it.autoKey!, s);
  });
  const byEventId = new Map<string, number>();
  for (const [id, i] of eventIndexById) byEventId.set(id, ofEventIndex.get(i)!);
  for (const it of items) if (it.eventIndex < 0) byEventId.set(it.event.id, ofAuto.get(it.autoKey!)!);
  return { ofEventIndex, ofAuto, byEventId };
}

/**
 * Stage 5: each membership's span on the step axis, parallel to `memberships`: active at
 * [start, end) (no start = from step 0, no end = to `nSteps`); `placeable` when its organization
 * is known; `live` when placeable and it ends after it starts (or has no start). O(memberships).
 */
export function placeSpans(
  memberships: readonly Membership[],
  sides: ResolvedSides['sides'],
  indexes: Pick<StepIndexes, 'ofEventIndex' | 'ofAuto'>,
  organizationById: ReadonlyMap<string, Organization>,
  nSteps: number,
): MembershipSpan[] {
  const stepOf = (ref: SideRef): number | null =>
    ref.kind === 'event' ? indexes.ofEventIndex.get(ref.event)! : ref.kind === 'auto' ? indexes.ofAuto.get(ref.key)! : null;
  const viaOf = (ref: SideRef): SpanVia => (ref.kind === 'event' ? ref.via : ref.kind);
  return memberships.map((m, index) => {
    const side = sides[index]!;
    const startStep = stepOf(side.start);
    const endStep = stepOf(side.end);
    const start = startStep ?? 0;
    const end = endStep ?? nSteps;
    const placeable = organizationById.has(m.organization_id);
    return {
      index,
      membership: m,
      start,
      end,
      startStep,
      endStep,
      startVia: viaOf(side.start),
      endVia: viaOf(side.end),
      placeable,
      live: placeable && (startStep === null || end > start),
    };
  });
}

/** Stage 6: the changes at each step of live spans: ends first, then starts, each in dataset order. O(memberships + steps). */
export function changesPerStep(spans: readonly MembershipSpan[], nSteps: number): Change[][] {
  const changes: Change[][] = Array.from({ length: nSteps }, () => []);
  const change = (kind: 'start' | 'end', sp: MembershipSpan): Change => ({
    kind,
    membership_id: sp.membership.id,
    person_id: sp.membership.person_id,
    organization_id: sp.membership.organization_id,
    post_id: sp.membership.post_id ?? null,
    cause: (kind === 'start' ? sp.membership.start_cause : sp.membership.end_cause) ?? null,
  });
  for (const sp of spans) if (sp.live && sp.endStep !== null) changes[sp.endStep]!.push(change('end', sp));
  for (const sp of spans) if (sp.live && sp.startStep !== null) changes[sp.startStep]!.push(change('start', sp));
  return changes;
}

/**
 * Stage 7: the `Step` records: index, event, date, a label unique per language (" (n)" on the
 * n-th repeat), a unique `dateLabel` ("1999 (1)", "1999 (2)" when dates repeat) and the changes.
 */
export function makeSteps(items: readonly StepItem[], changes: readonly Change[][]): Step[] {
  const steps: Step[] = items.map((it, index) => ({
    index,
    event: it.event,
    date: it.date,
    label: uniqueLabel(items, index),
    dateLabel: '',
    changes: changes[index]!,
  }));
  assignDateLabels(steps);
  return steps;
}

/** The lookups of a timeline, from `datasetLookups`. */
export interface DatasetLookups {
  organizationById: Map<string, Organization>;
  personById: Map<string, Person>;
  postById: Map<string, Post>;
  membershipById: Map<string, Membership>;
  /** Dataset position of each post id (first occurrence). */
  postOrder: Map<string, number>;
}

/** The records of `dataset` by id (`byId`: first occurrence wins) and the posts' dataset order. A missing collection counts as empty. O(records). */
export function datasetLookups(dataset: Dataset): DatasetLookups {
  const postOrder = new Map<string, number>();
  (dataset.posts ?? []).forEach((p, i) => {
    if (!postOrder.has(p.id)) postOrder.set(p.id, i);
  });
  return {
    organizationById: byId(dataset.organizations ?? []),
    personById: byId(dataset.persons ?? []),
    postById: byId(dataset.posts ?? []),
    membershipById: byId(dataset.memberships ?? []),
    postOrder,
  };
}

/** Dataset persons first (dataset order), then ids referenced only by memberships (first appearance). */
export function personOrder(persons: readonly Person[], memberships: readonly Membership[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of persons) if (!seen.has(p.id)) (seen.add(p.id), out.push(p.id));
  for (const m of memberships) if (!seen.has(m.person_id)) (seen.add(m.person_id), out.push(m.person_id));
  return out;
}

/** The event label, with " (n)" appended in each language to the n-th repeat of a label (n ≥ 2). */
function uniqueLabel(items: readonly StepItem[], index: number): LangString {
  const label = items[index]!.event.label ?? {};
  const out: LangString = {};
  for (const [lang, text] of Object.entries(label)) {
    if (typeof text !== 'string') continue;
    let n = 1;
    for (let j = 0; j < index; j++) if (items[j]!.event.label?.[lang] === text) n++;
    out[lang] = n === 1 ? text : `${text} (${n})`;
  }
  return out;
}

/** `dateLabel` = formatted date; when several steps share one, each gets " (n)": "1999 (1)", "1999 (2)". */
function assignDateLabels(steps: Step[]): void {
  const groups = new Map<string, Step[]>();
  for (const s of steps) {
    const f = formatDate(s.date);
    const g = groups.get(f);
    if (g) g.push(s);
    else groups.set(f, [s]);
  }
  for (const [f, g] of groups) {
    g.forEach((s, i) => {
      s.dateLabel = g.length === 1 ? f : `${f} (${i + 1})`;
    });
  }
}
