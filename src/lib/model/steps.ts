/**
 * From a dataset to a timeline: the ordered steps, each membership's place on them, and the
 * snapshot after any step (computed on demand by `snapshots.ts`).
 *
 * Rules: the steps are the dataset's `events` in listed order (every listed event
 * is a step, whether or not a membership refers to it); a membership without an event id is
 * placed by its date at the one event with the same date, else at an implicit step
 * `auto-<date>` inserted in date order; a dataset without events gets one step per distinct
 * membership date, sorted. Active at steps [start, end).
 */
import type { Dataset, Lang, Membership, Organization, Person, Post } from './types.ts';
import type { Snapshot, Step } from './timeline-types.ts';
import { formatDate } from './dates.ts';
import { buildOrgTree, treeOrder, type OrgTree } from './org-tree.ts';
import type { MembershipSpan } from './spans.ts';
import { bridgeGroupChanges, changesPerStep, datasetLookups, endsBeforeStart, indexSteps, makeSteps, mergeSteps, personOrder, placeSpans, readEventDates, resolveSides } from './timeline-stages.ts';
import { SnapshotEngine, type PersonChange } from './snapshots.ts';
import { countSeriesOf, type CountSeries } from './counts.ts';
import { buildSearchIndex, type SearchIndex } from './search.ts';
import { groupIds } from './groups.ts';

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
  /**
   * The work that the first far `snapshotAt` would do at once (the checkpoints), in small parts,
   * for a caller that pauses between them (`flowsModelPaced`); the snapshots are the same with or
   * without it.
   */
  snapshotWork(): Generator<void>;
  /**
   * The people whose seat or departure may differ between step `index - 1` and step `index` (a
   * membership of theirs starts or ends at `index`), sorted by person id (code units), each with
   * their seat and departure at both steps; every other person is in the same state at both. Costs
   * O(those people's memberships), builds no snapshot. `stepDiff` of `diff.ts` reads it.
   * @throws {RangeError} unless `index` is an integer in [1, steps.length)
   */
  changesAround(index: number): PersonChange[];
  /** Depth of each organization in the `parent_id` tree (0 = root). */
  readonly orgDepth: ReadonlyMap<string, number>;
  /** Direct children of each organization, dataset order. */
  readonly orgChildren: ReadonlyMap<string, readonly string[]>;
  /** The tree of the bodies (parents, roots, cycles cut; groups left out), as the snapshots use it. */
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
  /** Organization ids, parents before children (bch, btv, tt). Bodies only: never a group. */
  readonly orgIdsInTreeOrder: readonly string[];
  /**
   * The dataset's groups (`groupIds`: parties, parliamentary groups, `on_behalf_of_id` targets).
   * They are not bodies: not in the organization tree, the count series or the snapshots, and a
   * membership *of* a group (`organization_id` a group) is no seat (its span is not `placeable`)
   * and makes no implicit step. `model/group-at.ts` reads who sits for which group.
   */
  readonly groupIds: ReadonlySet<string>;
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

/**
 * Builds the timeline of `dataset`. Tolerant of invalid data (which `validateDataset` reports):
 * unparseable dates count as absent (an event with a bad date takes its neighbour's date for
 * ordering), unknown event ids fall back to the date, memberships of unknown organizations are
 * kept in `spans` but left out of snapshots, parent cycles are cut.
 * Cost: O((memberships + events) · log) time and memory; snapshots are computed on demand.
 * @throws nothing for data that conforms to `types.ts`.
 */
export function buildTimeline(dataset: Dataset): Timeline {
  const work = timelineWork(dataset);
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/**
 * `buildTimeline`, a stage at a time: `pause()` is awaited between its stages (the page paints and
 * takes input in between), so that a large dataset (10,000 people over 1,500 steps: about 0.1 s of
 * work in all) never holds the page at once. The same timeline as `buildTimeline`.
 * @param pause awaited between stages; rejecting stops the work with its reason
 * @throws what `pause` rejects with
 */
export async function buildTimelinePaced(dataset: Dataset, pause: () => Promise<void>): Promise<Timeline> {
  const work = timelineWork(dataset);
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
    await pause();
  }
}

/** The work of `buildTimeline`, yielding between its larger stages. */
function* timelineWork(dataset: Dataset): Generator<void, Timeline> {
  const events = dataset.events ?? [];
  const memberships = dataset.memberships ?? [];

  const groups = groupIds(dataset);
  const eventDates = readEventDates(events);
  // A membership of a group is no seat, and one that ends before it starts is set aside: neither makes a step.
  // A change of group written with a gap of a day or so is placed as one change (`bridgeGroupChanges`).
  const { sides, autoDates } = resolveSides(bridgeGroupChanges(memberships), eventDates, (m) => groups.has(m.organization_id) || endsBeforeStart(m));
  const items = mergeSteps(events, eventDates.ordering, autoDates);
  const indexes = indexSteps(items, eventDates.indexById);
  yield;

  const orgTree = buildOrgTree((dataset.organizations ?? []).filter((o) => !groups.has(o.id)));
  const { organizationById, personById, postById, membershipById, postOrder } = datasetLookups(dataset);
  const bodyById = new Map([...organizationById].filter(([id]) => !groups.has(id)));
  yield;

  const spans = placeSpans(memberships, sides, indexes, bodyById, items.length);
  for (const sp of spans) if (sp.live && endsBeforeStart(sp.membership)) sp.live = false;
  const changes = changesPerStep(spans, items.length);
  yield;
  const steps = makeSteps(items, changes);
  yield;
  const stepIndexByEvent = indexes.byEventId;
  const valueTexts = new Map<string, string[]>();

  const orgIds = treeOrder(orgTree);
  const countSeries = countSeriesOf(spans, orgIds, steps.length);
  yield;
  const personIds = personOrder(dataset.persons ?? [], memberships);
  const engine = new SnapshotEngine({
    steps,
    spans,
    orgTree,
    orgIds,
    organizationById: bodyById,
    personIds,
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
    snapshotWork: () => engine.checkpointWork(),
    changesAround: (index: number) => engine.changesAround(index),
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
    groupIds: groups,
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
