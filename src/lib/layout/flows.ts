/**
 * The flows model: who went where over the whole term, column by column, for the alluvial view.
 *
 * Columns (`flows-periods.ts`): the state after the first step, then the state after each period.
 * In each column the seated people are grouped by their innermost body (`Seat.innermost`): a body
 * node per body with people. Between two consecutive columns every person seated in the first goes
 * somewhere: to a body node of the next column, or out, to an exit node of the next column named by
 * the departure's end cause (`Departure.cause`). People seated in the next column who were not in
 * the first come in from an entry node of the first column, named by their start cause (`diff`'s
 * `enter` cause: by-election, elected…); people who came and went inside one period go from an
 * entry node straight to an exit node. A band joins two nodes and lists its people.
 *
 * So the people of a column's body nodes are exactly the people seated after its step: the body
 * nodes' sizes add up to the counts of that step (`Timeline.countSeries`; a body's count is the sum
 * of its own node and its descendants' nodes).
 *
 * Cost: one snapshot per column (O(people)) and one `diff` per pair of columns (O(people seated));
 * O(people × columns + memberships) in all, whatever the number of steps. Pure: no words, no DOM.
 */
import type { Timeline } from '../model/steps.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { MembershipSpan } from '../model/spans.ts';
import { diff } from '../model/diff.ts';
import { flowColumns, MAX_PERIODS, type FlowColumnSpec } from './flows-periods.ts';

export { MAX_PERIODS, type FlowPeriod, type FlowColumnSpec } from './flows-periods.ts';

/** What a node stands for. */
export type FlowState =
  /** Seated, innermost in `org` (a body id). */
  | { kind: 'body'; org: string }
  /** Left during the period that ends at the column, by `cause` (an end cause). */
  | { kind: 'exit'; cause: string }
  /** Came in during the period after the column, by `cause` (a start cause, `unknown` when none). */
  | { kind: 'entry'; cause: string };

/** A node: a state in a column, with its people. */
export interface FlowNode {
  /** `body:<column>:<org>`, `exit:<column>:<cause>`, `entry:<column>:<cause>`. */
  id: string;
  /** 0-based column. */
  column: number;
  state: FlowState;
  /** Person ids, in the order met (the timeline's person order within each band). */
  people: string[];
}

/** A band: the people who go from one node to a node of the next column. */
export interface FlowBand {
  /** `<from id>><to id>`. */
  id: string;
  from: string;
  to: string;
  /** The column of `from` (the band ends in column + 1). */
  column: number;
  people: string[];
  /** Those of `people` whose place at the band's end rests on inference (`Seat.inferred`, `Departure.inferred`). */
  inferred: string[];
}

/** One column of the view. */
export interface FlowColumn extends FlowColumnSpec {
  index: number;
}

/** The flows of a timeline. */
export interface FlowsModel {
  columns: FlowColumn[];
  /** Every node: by column, then bodies in tree order, then exits, then entries (each in cause order). */
  nodes: FlowNode[];
  bands: FlowBand[];
  /** True when columns stand for periods of several steps (the view says so). */
  grouped: boolean;
  /** Bodies in tree order (the node order and the colours). */
  orgIds: readonly string[];
}

/** Order of causes in a column: the format's order (`types.ts`), unknown ones last. */
const END_ORDER = ['term_end', 'removed_from_roll', 'expelled', 'transfer', 'retirement', 'resignation', 'death', 'dismissed', 'promoted', 'changed_group', 'unknown'];
const START_ORDER = ['elected', 'by_election', 'appointed', 'promoted', 'changed_group', 'unknown'];

/**
 * The flows of `timeline` over its whole term.
 * @param maxPeriods at most this many periods after the start column (default `MAX_PERIODS`, 12)
 * @returns an empty model (no column) for a timeline without steps
 * @throws RangeError when `maxPeriods` is not an integer ≥ 1 (from `flowColumns`)
 */
export function flowsModel(timeline: Timeline, maxPeriods = MAX_PERIODS): FlowsModel {
  const work = flowsWork(timeline, maxPeriods);
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/**
 * `flowsModel`, a column at a time: `pause()` is awaited after each column (the page paints and
 * takes input in between), so that a long history (10,000 people over 1,500 steps: a few hundred
 * milliseconds of work) never holds the page at once.
 * @param pause awaited between columns; rejecting stops the work with its reason
 * @throws what `pause` rejects with; RangeError as `flowsModel`
 */
export async function flowsModelPaced(timeline: Timeline, pause: () => Promise<void>, maxPeriods = MAX_PERIODS): Promise<FlowsModel> {
  const work = flowsWork(timeline, maxPeriods);
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
    await pause();
  }
}

/**
 * The work of `flowsModel`, yielding after each part of the snapshots' checkpoints
 * (`Timeline.snapshotWork`), after each column's snapshot and after each pair of columns.
 */
function* flowsWork(timeline: Timeline, maxPeriods: number): Generator<void, FlowsModel> {
  const specs = flowColumns(timeline.steps, maxPeriods);
  const columns: FlowColumn[] = specs.map((s, index) => ({ ...s, index }));
  const grouped = specs.some((s) => s.firstStep !== s.lastStep);
  const orgIds = timeline.orgIdsInTreeOrder;
  const orgRank = new Map(orgIds.map((id, i) => [id, i]));
  const nodes = new Map<string, FlowNode>();
  const bands = new Map<string, FlowBand>();
  const node = (column: number, state: FlowState): FlowNode => {
    const id = `${state.kind}:${column}:${state.kind === 'body' ? state.org : state.cause}`;
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, column, state, people: [] }));
    return n;
  };
  const flow = (a: FlowNode, b: FlowNode, person: string, inferred: boolean) => {
    const id = `${a.id}>${b.id}`;
    let band = bands.get(id);
    if (!band) bands.set(id, (band = { id, from: a.id, to: b.id, column: a.column, people: [], inferred: [] }));
    band.people.push(person);
    if (inferred) band.inferred.push(person);
    if (a.state.kind !== 'body') a.people.push(person);
    if (b.state.kind !== 'body') b.people.push(person);
  };

  // The snapshots' checkpoints in parts first: the first far snapshot would make them at once.
  yield* timeline.snapshotWork();
  const snaps: Snapshot[] = [];
  for (const col of columns) {
    const s = timeline.snapshotAt(col.lastStep);
    snaps.push(s);
    for (const [person, seat] of s.seats) node(col.index, { kind: 'body', org: seat.innermost }).people.push(person);
    yield;
  }
  let spansOf: Map<string, MembershipSpan[]> | null = null;
  for (let c = 0; c + 1 < columns.length; c++) {
    const a = snaps[c]!;
    const b = snaps[c + 1]!;
    const moved = new Map<string, { to: FlowNode; from: FlowNode }>();
    for (const t of diff(a, b)) {
      if (t.kind === 'enter') moved.set(t.person_id, { from: node(c, { kind: 'entry', cause: t.cause ?? 'unknown' }), to: node(c + 1, { kind: 'body', org: t.to }) });
      else if (t.kind === 'exit') moved.set(t.person_id, { from: node(c, { kind: 'body', org: t.from }), to: node(c + 1, { kind: 'exit', cause: t.cause ?? 'unknown' }) });
      else if (t.kind === 'move') moved.set(t.person_id, { from: node(c, { kind: 'body', org: t.from }), to: node(c + 1, { kind: 'body', org: t.to }) });
    }
    // Whether a person's place at the band's end (a seat in `b`, or their departure) rests on inference.
    const inferredAt = (person: string) => (b.seats.get(person) ?? b.departed.get(person))?.inferred === true;
    // Everyone seated in `a`, in the timeline's person order; then those who came in.
    for (const [person, seat] of a.seats) {
      const m = moved.get(person);
      if (m) flow(m.from, m.to, person, inferredAt(person));
      else flow(node(c, { kind: 'body', org: seat.innermost }), node(c + 1, { kind: 'body', org: b.seats.get(person)!.innermost }), person, inferredAt(person));
    }
    for (const person of b.seats.keys()) {
      if (a.seats.has(person)) continue;
      const m = moved.get(person);
      if (m) flow(m.from, m.to, person, inferredAt(person));
    }
    // Came and went inside the period: departed at the end of it, by a departure after the column's step.
    const after = columns[c]!.lastStep;
    for (const [person, dep] of b.departed) {
      if (dep.step <= after || a.seats.has(person)) continue;
      spansOf ??= spansByPerson(timeline);
      const cause = startCauseIn(spansOf.get(person) ?? [], after, dep.step);
      flow(node(c, { kind: 'entry', cause }), node(c + 1, { kind: 'exit', cause: dep.cause }), person, dep.inferred);
    }
    yield;
  }

  const kindRank = { body: 0, exit: 1, entry: 2 } as const;
  const stateRank = (s: FlowState) =>
    s.kind === 'body' ? (orgRank.get(s.org) ?? orgIds.length) : rankIn(s.kind === 'exit' ? END_ORDER : START_ORDER, s.cause);
  const sorted = [...nodes.values()].sort(
    (x, y) =>
      x.column - y.column ||
      kindRank[x.state.kind] - kindRank[y.state.kind] ||
      stateRank(x.state) - stateRank(y.state) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  const order = new Map(sorted.map((n, i) => [n.id, i]));
  const bandList = [...bands.values()].sort((x, y) => order.get(x.from)! - order.get(y.from)! || order.get(x.to)! - order.get(y.to)!);
  return { columns, nodes: sorted, bands: bandList, grouped, orgIds };
}

function rankIn(order: readonly string[], cause: string): number {
  const i = order.indexOf(cause);
  return i < 0 ? order.length : i;
}

/** Each person's placed memberships, dataset order (built once, for the people who came and went inside a period). */
function spansByPerson(timeline: Timeline): Map<string, MembershipSpan[]> {
  const out = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    if (!sp.live) continue;
    const p = sp.membership.person_id;
    const list = out.get(p);
    if (list) list.push(sp);
    else out.set(p, [sp]);
  }
  return out;
}

/** The start cause of the earliest of `spans` that starts in steps (after, until]; `unknown` when none says. */
function startCauseIn(spans: readonly MembershipSpan[], after: number, until: number): string {
  let best: { step: number; cause: string } | null = null;
  for (const sp of spans) {
    if (sp.startStep === null || sp.startStep <= after || sp.startStep > until) continue;
    if (!best || sp.startStep < best.step) best = { step: sp.startStep, cause: sp.membership.start_cause ?? 'unknown' };
  }
  return best?.cause ?? 'unknown';
}
