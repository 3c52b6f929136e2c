/**
 * From a dataset to a timeline: the ordered steps, each membership's place on them, and the
 * snapshot after any step (computed on demand by `snapshots.ts`).
 *
 * Rules (DESIGN §2-§3): the steps are the dataset's `events` in listed order (every listed event
 * is a step, whether or not a membership refers to it); a membership without an event id is
 * placed by its date at the one event with the same date, else at an implicit step
 * `auto-<date>` inserted in date order; a dataset without events gets one step per distinct
 * membership date, sorted. Active at steps [start, end).
 */
import type { Dataset, Lang, LangString, Membership, Organization, Person, Post, TimelineEvent } from './types.ts';
import type { Change, Snapshot, Step } from './timeline-types.ts';
import { compareDates, formatDate, tryParseDate, type PartialDate } from './dates.ts';
import { buildOrgTree, treeOrder, type OrgTree } from './org-tree.ts';
import type { MembershipSpan, SpanVia } from './spans.ts';
import { SnapshotEngine } from './snapshots.ts';
import { byId } from './by-id.ts';
import { countSeriesOf, type CountSeries } from './counts.ts';
import { buildSearchIndex, type SearchIndex } from './search.ts';

/** A dataset turned into steps, with lookups and on-demand snapshots. Build with `buildTimeline`. */
export interface Timeline {
  readonly dataset: Dataset;
  /** The steps in order; `steps[i].index === i`. Never empty unless the dataset has no events and no dated memberships. */
  readonly steps: readonly Step[];
  /**
   * The state after step `index` (0-based). Computed incrementally and cached (a few recent
   * snapshots plus periodic checkpoints), so scrubbing costs O(changes between stops + members).
   * Treat the result as read-only.
   * @throws {RangeError} when `index` is not an integer in [0, steps.length).
   */
  snapshotAt(index: number): Snapshot;
  /** Depth of each organization in the `parent_id` tree (0 = root). */
  readonly orgDepth: ReadonlyMap<string, number>;
  /** Direct children of each organization, dataset order. */
  readonly orgChildren: ReadonlyMap<string, readonly string[]>;
  /** The whole organization tree (parents, roots, cycles cut), as the snapshots use it. */
  readonly orgTree: OrgTree;
  /**
   * Members of each organization (tree order) after each step: `countSeries.get("bch")[i]` =
   * `snapshotAt(i).counts.bch`. Computed once by `buildTimeline` (the snapshots read their counts
   * from it); treat the arrays as read-only.
   */
  readonly countSeries: CountSeries;
  /**
   * The folded search texts of every person for `searchMembers`, built on the first call per
   * `diacritics` mode and kept by the timeline.
   */
  searchIndex(diacritics: boolean): SearchIndex;
  /** Organization ids, parents before children (bch, btv, tt). */
  readonly orgIdsInTreeOrder: readonly string[];
  /** Each membership's place on the step axis, parallel to `dataset.memberships`. */
  readonly spans: readonly MembershipSpan[];
  /** Step index of each event id (first occurrence). */
  readonly stepIndexByEvent: ReadonlyMap<string, number>;
  /** Lookups by id (first occurrence wins on duplicates). */
  readonly personById: ReadonlyMap<string, Person>;
  readonly organizationById: ReadonlyMap<string, Organization>;
  readonly postById: ReadonlyMap<string, Post>;
  readonly membershipById: ReadonlyMap<string, Membership>;
  /** Dataset position of each post id (first occurrence). */
  readonly postOrder: ReadonlyMap<string, number>;
  /**
   * Text for the slider's `aria-valuetext` in `lang`: the step's formatted date when no other
   * step shares it ("6/1996"), otherwise the date plus the label's part after its last "·"
   * ("1999 · nghỉ hưu"), falling back to `dateLabel` ("1999 (1)") when that is not unique.
   * @throws {RangeError} for an index out of range.
   */
  valueText(index: number, lang: Lang): string;
}

const FALLBACK_DATE: PartialDate = { text: '0000', year: 0, month: null, day: null, precision: 'year', uncertain: false };

const dateKey = (d: PartialDate): string => `${d.year}-${d.month ?? ''}-${d.day ?? ''}`;

type SideRef = { kind: 'event'; event: number; via: SpanVia } | { kind: 'auto'; key: string } | { kind: 'none' };

interface StepItem {
  event: TimelineEvent;
  date: PartialDate;
  /** Index in dataset.events, or -1 for an implicit step. */
  eventIndex: number;
  autoKey: string | null;
}

/**
 * Builds the timeline of `dataset`. Tolerant of invalid data (which `validateDataset` reports):
 * unparseable dates count as absent (an event with a bad date takes its neighbour's date for
 * ordering), unknown event ids fall back to the date, memberships of unknown organizations are
 * kept in `spans` but left out of snapshots, parent cycles are cut.
 * Cost: O((memberships + events) · log) time and memory; snapshots are computed on demand.
 * @throws nothing for data that conforms to `types.ts`.
 */
export function buildTimeline(dataset: Dataset): Timeline {
  const events = dataset.events ?? [];
  const memberships = dataset.memberships ?? [];

  // Event dates (a bad date borrows the previous good one, else the next, else year 0).
  const parsed = events.map((e) => tryParseDate(e.date));
  const eventDates: PartialDate[] = [];
  let prev: PartialDate | null = null;
  for (let i = 0; i < events.length; i++) {
    const p: PartialDate | null = parsed[i] ?? null;
    if (p) prev = p;
    eventDates.push(p ?? prev ?? parsed.slice(i + 1).find((x): x is PartialDate => x !== null) ?? FALLBACK_DATE);
  }
  const eventIndexById = new Map<string, number>();
  const eventsByKey = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (!eventIndexById.has(e.id)) eventIndexById.set(e.id, i);
    if (parsed[i]) {
      const k = dateKey(parsed[i]!);
      const list = eventsByKey.get(k);
      if (list) list.push(i);
      else eventsByKey.set(k, [i]);
    }
  });

  // Resolve each membership side to an event or an implicit date step.
  const autoDates = new Map<string, PartialDate>();
  const resolve = (eventId: string | undefined, date: string | undefined): SideRef => {
    if (eventId !== undefined && eventId !== null) {
      const e = eventIndexById.get(eventId);
      if (e !== undefined) return { kind: 'event', event: e, via: 'event' };
    }
    const d = tryParseDate(date);
    if (!d) return { kind: 'none' };
    const k = dateKey(d);
    const matches = eventsByKey.get(k);
    if (matches && matches.length === 1) return { kind: 'event', event: matches[0]!, via: 'date' };
    if (!autoDates.has(k)) autoDates.set(k, d);
    return { kind: 'auto', key: k };
  };
  const sides = memberships.map((m) => ({
    start: resolve(m.start_event_id, m.start_date),
    end: resolve(m.end_event_id, m.end_date),
  }));

  // Merge implicit steps into the listed events: each goes before the first event dated after it.
  const autos = [...autoDates.entries()].sort((a, b) => compareDates(a[1], b[1]));
  const usedIds = new Set(events.map((e) => e.id));
  const items: StepItem[] = [];
  let pos = 0;
  const pushEvent = (i: number): void => {
    items.push({ event: events[i]!, date: eventDates[i]!, eventIndex: i, autoKey: null });
  };
  for (const [key, d] of autos) {
    while (pos < events.length && compareDates(eventDates[pos]!, d) <= 0) pushEvent(pos++);
    let id = `auto-${d.text}`;
    for (let n = 2; usedIds.has(id); n++) id = `auto-${d.text}-${n}`;
    usedIds.add(id);
    const text = formatDate(d);
    items.push({
      event: { id, date: d.text, label: { vi: text, en: text }, classification: 'auto' },
      date: d,
      eventIndex: -1,
      autoKey: key,
    });
  }
  while (pos < events.length) pushEvent(pos++);

  const stepOfEventIndex = new Map<number, number>();
  const stepOfAuto = new Map<string, number>();
  items.forEach((it, s) => {
    if (it.eventIndex >= 0) stepOfEventIndex.set(it.eventIndex, s);
    else stepOfAuto.set(it.autoKey!, s);
  });
  const stepIndexByEvent = new Map<string, number>();
  for (const [id, i] of eventIndexById) stepIndexByEvent.set(id, stepOfEventIndex.get(i)!);
  for (const it of items) if (it.eventIndex < 0) stepIndexByEvent.set(it.event.id, stepOfAuto.get(it.autoKey!)!);

  const stepOf = (ref: SideRef): number | null =>
    ref.kind === 'event' ? stepOfEventIndex.get(ref.event)! : ref.kind === 'auto' ? stepOfAuto.get(ref.key)! : null;
  const viaOf = (ref: SideRef): SpanVia => (ref.kind === 'event' ? ref.via : ref.kind);

  // Organizations, lookups.
  const orgTree = buildOrgTree(dataset.organizations ?? []);
  const organizationById = byId(dataset.organizations ?? []);
  const personById = byId(dataset.persons ?? []);
  const postById = byId(dataset.posts ?? []);
  const membershipById = byId(memberships);
  const postOrder = new Map<string, number>();
  (dataset.posts ?? []).forEach((p, i) => {
    if (!postOrder.has(p.id)) postOrder.set(p.id, i);
  });

  // Spans.
  const nSteps = items.length;
  const spans: MembershipSpan[] = memberships.map((m, index) => {
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

  // Changes per step: ends first, then starts, each in dataset order.
  const changes: Change[][] = items.map(() => []);
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

  const steps: Step[] = items.map((it, index) => ({
    index,
    event: it.event,
    date: it.date,
    label: uniqueLabel(items, index),
    dateLabel: '',
    changes: changes[index]!,
  }));
  assignDateLabels(steps);
  const valueTexts = new Map<string, string[]>();

  const orgIds = treeOrder(orgTree);
  const countSeries = countSeriesOf(spans, orgIds, steps.length);
  const engine = new SnapshotEngine({
    steps,
    spans,
    orgTree,
    orgIds,
    organizationById,
    personIds: personOrder(dataset.persons ?? [], memberships),
    postIds: [...postOrder.keys()],
    postOrder,
    countSeries,
    membershipById,
  });
  const searchIndexes = new Map<boolean, SearchIndex>();

  const timeline: Timeline = {
    dataset,
    steps,
    snapshotAt: (index: number) => engine.at(index),
    orgDepth: orgTree.depth,
    orgChildren: orgTree.children,
    orgTree,
    countSeries,
    searchIndex(diacritics: boolean): SearchIndex {
      let index = searchIndexes.get(diacritics);
      if (!index) {
        index = buildSearchIndex(timeline, diacritics);
        searchIndexes.set(diacritics, index);
      }
      return index;
    },
    orgIdsInTreeOrder: orgIds,
    spans,
    stepIndexByEvent,
    personById,
    organizationById,
    postById,
    membershipById,
    postOrder,
    valueText(index: number, lang: Lang): string {
      checkIndex(index, steps.length);
      let texts = valueTexts.get(lang);
      if (!texts) {
        texts = computeValueTexts(steps, lang);
        valueTexts.set(lang, texts);
      }
      return texts[index]!;
    },
  };
  return timeline;
}

/** @throws {RangeError} unless `index` is an integer in [0, length). */
export function checkIndex(index: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`Step index ${index} is out of range; expected an integer from 0 to ${length - 1}.`);
  }
}

/** Dataset persons first (dataset order), then ids referenced only by memberships (first appearance). */
function personOrder(persons: readonly Person[], memberships: readonly Membership[]): string[] {
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

function computeValueTexts(steps: readonly Step[], lang: Lang): string[] {
  const counts = new Map<string, number>();
  for (const s of steps) counts.set(formatDate(s.date, lang), (counts.get(formatDate(s.date, lang)) ?? 0) + 1);
  const texts = steps.map((s) => {
    const f = formatDate(s.date, lang);
    if (counts.get(f) === 1) return f;
    const label = s.label[lang] ?? s.label.vi ?? s.label.en ?? '';
    const cut = label.lastIndexOf('·');
    const tail = cut >= 0 ? label.slice(cut + 1).trim() : '';
    return tail ? `${f} · ${tail}` : s.dateLabel;
  });
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  return texts.map((t, i) => (seen.get(t)! > 1 ? steps[i]!.dateLabel : t));
}
