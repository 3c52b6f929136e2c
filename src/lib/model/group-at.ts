/**
 * Which group (party, parliamentary group) each member sits for at each step, and the order of
 * the groups. Pure; computed once per timeline and kept (a `WeakMap` keyed by the timeline).
 *
 * Rules (also in `data/README.md`, "Groups"):
 * - A person's group at step k is read only while they hold a seat at k (a live membership of a
 *   body that is active at k); not seated → no group (`null`).
 * - First source: the `on_behalf_of_id` of their seat memberships active at k (the one that
 *   started last wins; on a tie, the first in dataset order).
 * - Else: their memberships *of a group* (`organization_id` is a group: a party membership kept
 *   beside the seat, as some Popolo files have) active at k, placed on the steps by their dates
 *   (a start at or before the step's date, an end after it); the one that started last wins.
 *   Such memberships are never seats.
 * - Else `null` (the member is drawn as before, without a group colour).
 */
import type { Timeline } from './steps.ts';
import { groupIds } from './groups.ts';
import { compareDates, tryParseDate, type PartialDate } from './dates.ts';

/** One stretch of steps [start, end) during which a person sits for `group`. */
export interface GroupInterval {
  start: number;
  end: number;
  group: string;
}

/** The groups of one timeline, from `groupIndex`. */
export interface GroupIndex {
  /** The dataset's group ids (`groupIds`). */
  readonly groups: ReadonlySet<string>;
  /**
   * Per person with a group, the stretches of steps [start, end) during which they are seated and
   * sit for one group, in step order, never overlapping (where none: no run). Only people with some group.
   */
  readonly byPerson: ReadonlyMap<string, readonly GroupInterval[]>;
  /** Group ids in seat order (see `groupOrder`). */
  readonly order: readonly string[];
  /** Per person with a group, the group they hold longest (ties: the one held first). */
  readonly mainGroup: ReadonlyMap<string, string>;
  /** True when the dataset has groups and every seated person sits for one at every step they are seated. */
  readonly everySeatHasGroup: boolean;
}

/** The group of `runs` (a person's `GroupIndex.byPerson` entry) at `step`, or null. O(log runs). */
export function groupInRuns(runs: readonly GroupInterval[] | undefined, step: number): string | null {
  if (!runs) return null;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (step < r.start) hi = mid - 1;
    else if (step >= r.end) lo = mid + 1;
    else return r.group;
  }
  return null;
}

const cache = new WeakMap<Timeline, GroupIndex>();

/**
 * The group index of `timeline`, built on first use and kept. Cost, once per timeline: nothing for a
 * dataset without groups; else O(memberships + seated people × steps) time (one person's steps at a
 * time) and O(runs) memory.
 */
export function groupIndex(timeline: Timeline): GroupIndex {
  let idx = cache.get(timeline);
  if (!idx) {
    idx = buildIndex(timeline);
    cache.set(timeline, idx);
  }
  return idx;
}

/**
 * The group (an organization id) that `personId` sits for at `step`, or `null` when they are not
 * seated then or sit for no group. See the module comment for the rules.
 * Example: in `tests/fixtures/popolo-house.json`, `groupAt(tl, 'ann', 0)` → `"party/red"`.
 * @throws {RangeError} when `step` is not an integer in [0, steps.length).
 */
export function groupAt(timeline: Timeline, personId: string, step: number): string | null {
  checkStep(timeline, step);
  return groupInRuns(groupIndex(timeline).byPerson.get(personId), step);
}

/**
 * Every seated person's group at `step`, as a map person id → group id (people without a group are
 * absent). O(people with a group).
 * @throws {RangeError} when `step` is not an integer in [0, steps.length).
 */
export function groupsAtStep(timeline: Timeline, step: number): Map<string, string> {
  checkStep(timeline, step);
  const out = new Map<string, string>();
  for (const [p, runs] of groupIndex(timeline).byPerson) {
    const g = groupInRuns(runs, step);
    if (g) out.set(p, g);
  }
  return out;
}

/**
 * The group ids in seat order: the group with most distinct members over the whole term first,
 * ties by id (code-unit order). Only groups someone sits for at some step; `[]` for a dataset
 * without groups. The same for every step, so a group keeps its place and its palette colour.
 */
export function groupOrder(timeline: Timeline): string[] {
  return [...groupIndex(timeline).order];
}

/**
 * Members sitting for each group at each step, groups in `groupOrder`: `series.get("red")[i]`.
 * Empty for a dataset without groups. O(runs + groups × steps).
 */
export function groupCountSeries(timeline: Timeline): Map<string, number[]> {
  const idx = groupIndex(timeline);
  const n = timeline.steps.length;
  const delta = new Map<string, number[]>(idx.order.map((g) => [g, new Array<number>(n + 1).fill(0)]));
  for (const runs of idx.byPerson.values()) {
    for (const r of runs) {
      const d = delta.get(r.group)!;
      d[r.start]! += 1;
      d[r.end]! -= 1;
    }
  }
  const out = new Map<string, number[]>();
  for (const [g, d] of delta) {
    let c = 0;
    out.set(g, d.slice(0, n).map((x) => (c += x)));
  }
  return out;
}

function checkStep(timeline: Timeline, step: number): void {
  const n = timeline.steps.length;
  if (!Number.isInteger(step) || step < 0 || step >= n) {
    throw new RangeError(`Step index ${step} is out of range; expected an integer from 0 to ${n - 1}.`);
  }
}

/** First step whose date is at or after `d` (steps.length when none): where a dated side falls. */
function stepOnOrAfter(dates: readonly PartialDate[], d: PartialDate): number {
  let i = 0;
  while (i < dates.length && compareDates(dates[i]!, d) < 0) i++;
  return i;
}

interface Candidate extends GroupInterval {
  /** Dataset position, for ties. */
  order: number;
}

function buildIndex(timeline: Timeline): GroupIndex {
  const groups = groupIds(timeline.dataset);
  const n = timeline.steps.length;
  const empty: GroupIndex = { groups, byPerson: new Map(), order: [], mainGroup: new Map(), everySeatHasGroup: false };
  if (groups.size === 0) return empty;
  // Per person: their live seat spans and their group candidates (from seats, from group memberships).
  const seats = new Map<string, GroupInterval[]>();
  const fromSeat = new Map<string, Candidate[]>();
  const fromGroup = new Map<string, Candidate[]>();
  const push = <T>(map: Map<string, T[]>, p: string, c: T): void => {
    const list = map.get(p);
    if (list) list.push(c);
    else map.set(p, [c]);
  };
  const dates = timeline.steps.map((s) => s.date);
  for (const sp of timeline.spans) {
    const m = sp.membership;
    if (groups.has(m.organization_id)) {
      const s = tryParseDate(m.start_date);
      const e = tryParseDate(m.end_date);
      const start = s ? stepOnOrAfter(dates, s) : 0;
      const end = e ? stepOnOrAfter(dates, e) : n;
      if (end > start) push(fromGroup, m.person_id, { start, end, group: m.organization_id, order: sp.index });
      continue;
    }
    if (!sp.live) continue;
    const g = m.on_behalf_of_id;
    push(seats, m.person_id, { start: sp.start, end: Math.min(sp.end, n), group: typeof g === 'string' ? g : '' });
    if (typeof g === 'string' && g !== '') push(fromSeat, m.person_id, { start: sp.start, end: sp.end, group: g, order: sp.index });
  }
  const byPerson = new Map<string, GroupInterval[]>();
  let everySeatHasGroup = true;
  // One person at a time, on arrays of the step count that are dropped after: memory O(runs).
  for (const [p, seatSpans] of seats) {
    const row = new Array<string | null>(n).fill(null);
    const cover = new Uint8Array(n);
    for (const sp of seatSpans) for (let k = Math.max(0, sp.start); k < sp.end; k++) cover[k] = 1;
    const fill = (list: Candidate[] | undefined): void => {
      if (!list) return;
      // Later starts win: apply in order of start, then dataset order, each overwriting what is before it.
      const sorted = [...list].sort((a, b) => a.start - b.start || b.order - a.order);
      const own = new Array<string | null>(n).fill(null);
      for (const c of sorted) for (let k = Math.max(0, c.start); k < c.end && k < n; k++) own[k] = c.group;
      for (let k = 0; k < n; k++) if (row[k] === null && cover[k] && own[k] !== null) row[k] = own[k]!;
    };
    fill(fromSeat.get(p));
    fill(fromGroup.get(p));
    const runs: GroupInterval[] = [];
    for (let k = 0; k < n; k++) {
      const g = row[k] ?? null;
      if (cover[k] && g === null) everySeatHasGroup = false;
      if (g === null) continue;
      const last = runs[runs.length - 1];
      if (last && last.group === g && last.end === k) last.end = k + 1;
      else runs.push({ start: k, end: k + 1, group: g });
    }
    if (runs.length > 0) byPerson.set(p, runs);
  }
  if (byPerson.size === 0) return empty;
  const members = new Map<string, Set<string>>();
  const mainGroup = new Map<string, string>();
  for (const [p, runs] of byPerson) {
    const steps = new Map<string, number>();
    for (const r of runs) {
      steps.set(r.group, (steps.get(r.group) ?? 0) + r.end - r.start);
      let set = members.get(r.group);
      if (!set) members.set(r.group, (set = new Set()));
      set.add(p);
    }
    let best: string | null = null;
    for (const [g, c] of steps) if (best === null || c > steps.get(best)!) best = g; // Map order = first held
    mainGroup.set(p, best!);
  }
  const order = [...members.keys()].sort((a, b) => members.get(b)!.size - members.get(a)!.size || (a < b ? -1 : a > b ? 1 : 0));
  return { groups, byPerson, order, mainGroup, everySeatHasGroup };
}
