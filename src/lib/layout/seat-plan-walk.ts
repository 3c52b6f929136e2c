/**
 * The seat plan's walk over the steps (the rules are in `seat-plan.ts`): at each step, everyone who
 * leaves a place (a region's cells or a tray's slots) frees their index first; then the arrivals,
 * sorted by the dataset order of their first post and then by natural person id, take the lowest
 * free index of their place. The walk writes each person's history and counts, for the later
 * stages, the most people ever in each place, the cells each body with seats needs, and when each
 * tray is first used.
 */
import type { OrgTree } from '../model/org-tree.ts';
import { Allocator } from './seat-plan-allocator.ts';
import { lastArrival, pushHistory } from './seat-plan-history.ts';
import type { StateSource, StepStates, Target } from './seat-plan-states.ts';
import type { Placement, PlanEntry } from './seat-plan-types.ts';
import { vacancyTracker, type VacancyTracker } from './seat-plan-vacancies.ts';
import { naturalCompare } from './natural-compare.ts';

/** What the walk over every step leaves behind. Counts are people; steps are indices from 0. */
export interface SeatWalk {
  /** Each person's entries, in step order. */
  history: Map<string, PlanEntry[]>;
  /** Most people seated directly in a region at one step, by organization id (in order of the first seat taken there). */
  seatOccupancy: Map<string, number>;
  /** Most people in an exit tray at one step, by end cause. */
  trayOccupancy: Map<string, number>;
  /** Cells the own area of a body with seats needs for its people and the vacant seats it draws (0 for others). */
  need: (org: string) => number;
  /** First step at which someone goes to the exit tray of each end cause. */
  exitFirst: Map<string, number>;
  /** First step at which newcomers arrive with each start cause other than `elected`. */
  entryFirst: Map<string, number>;
  /** Most newcomers with each of those start causes at one step. */
  entryMax: Map<string, number>;
}

type PlaceKey = string; // "s:<region>" | "t:<cause>"

function keyOf(p: { kind: 'seat'; region: string } | { kind: 'tray'; cause: string }): PlaceKey {
  return p.kind === 'seat' ? `s:${p.region}` : `t:${p.cause}`;
}

/** Someone who comes to a new place at a step; the index is given by `takePlaces`. */
interface Arrival {
  pid: string;
  key: PlaceKey;
  target: NonNullable<Target>;
  rank: number;
  arrival: string | null;
  joined: boolean;
}

/** The walk's running state: where everyone is after the last step walked, and what it wrote. */
interface Walk {
  /** Seat order of each person's group (`PlanInput.groupRank`); absent: no group order. */
  groupRank?: ReadonlyMap<string, number>;
  allocators: Map<PlaceKey, Allocator>;
  history: Map<string, PlanEntry[]>;
  current: Map<string, Placement>;
  vac: VacancyTracker;
  exitFirst: Map<string, number>;
}

/**
 * Walks the steps 0 … `states.stepCount` − 1 in order, placing everyone `states` names.
 * @param orgSeats the seats of each organization (null: none), for the vacant seats.
 * @param groupRank the seat order of each person's group (`PlanInput.groupRank`): arrivals are
 *   sorted by it first, so that a group's members sit together; people without one come last.
 * @throws nothing of its own (an organization the tree does not know is refused by `planRegions`).
 */
export function walkSteps(
  states: StateSource,
  tree: OrgTree,
  orgSeats: ReadonlyMap<string, number | null>,
  groupRank?: ReadonlyMap<string, number>,
): SeatWalk {
  const it = walkStepsIter(states, tree, orgSeats, groupRank);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * `walkSteps` one step at a time: yields the index of each step once it is walked, and returns
 * the same `SeatWalk` at the end (for a caller that pauses between steps, `planSeatsPaced`).
 */
export function* walkStepsIter(
  states: StateSource,
  tree: OrgTree,
  orgSeats: ReadonlyMap<string, number | null>,
  groupRank?: ReadonlyMap<string, number>,
): Generator<number, SeatWalk, void> {
  const walk: Walk = { allocators: new Map(), history: new Map(), current: new Map(), vac: vacancyTracker(tree, orgSeats), exitFirst: new Map() };
  if (groupRank && groupRank.size > 0) walk.groupRank = groupRank;
  const entryFirst = new Map<string, number>();
  const entryMax = new Map<string, number>();
  const stepCount = states.stepCount;
  for (let step = 0; step < stepCount; step++) {
    const { arrivals, entrants } = leavePlaces(walk, step, states.step(step, walk.current));
    for (const [cause, n] of entrants) {
      if (!entryFirst.has(cause)) entryFirst.set(cause, step);
      entryMax.set(cause, Math.max(entryMax.get(cause) ?? 0, n));
    }
    takePlaces(walk, step, arrivals);
    walk.vac.endStep();
    yield step;
  }
  const seatOccupancy = new Map<string, number>();
  const trayOccupancy = new Map<string, number>();
  for (const [k, a] of walk.allocators) (k.startsWith('s:') ? seatOccupancy : trayOccupancy).set(k.slice(2), a.maxOccupancy);
  const vac = walk.vac;
  return { history: walk.history, seatOccupancy, trayOccupancy, need: (o) => vac.need(o), exitFirst: walk.exitFirst, entryFirst, entryMax };
}

/**
 * First half of a step: everyone named by `at` whose place changes frees their index (and goes
 * nowhere, or becomes an arrival); newcomers to a seat (step > 0) carry their start cause, counted
 * by cause in `entrants` unless it is `elected`.
 */
function leavePlaces(walk: Walk, step: number, at: StepStates): { arrivals: Arrival[]; entrants: Map<string, number> } {
  const { allocators, history, current, vac, exitFirst } = walk;
  const arrivals: Arrival[] = [];
  const entrants = new Map<string, number>();
  for (const pid of at.candidates) {
    const target = at.target(pid);
    const cur = current.get(pid);
    // Same place: stays in their cell, unless their post has a place of its own there that is free
    // (a promotion moves the person into the post's place).
    if (cur && target && keyOf(cur) === keyOf(target) && !(cur.kind === 'seat' && target.kind === 'seat' && reseats(walk, cur, target))) continue;
    if (!cur && !target) continue;
    let arrival: string | null = null;
    if (cur) {
      allocators.get(keyOf(cur))!.free(cur.index);
      if (cur.kind === 'seat') vac.seat(cur.region, -1);
      current.delete(pid);
      if (!target) pushHistory(history, pid, step, null, null, false);
      // Moving between bodies keeps the cause of the arrival.
      if (cur.kind === 'seat' && target?.kind === 'seat') arrival = lastArrival(history, pid);
    }
    if (!target) continue;
    // Newcomers (not seated at the previous step) come from an entry tray keyed by start cause.
    if (step > 0 && target.kind === 'seat' && (!cur || cur.kind !== 'seat')) {
      const cause = at.startCause(pid);
      arrival = cause;
      if (cause !== null && cause !== 'elected') entrants.set(cause, (entrants.get(cause) ?? 0) + 1);
    }
    const joined = step > 0 && target.kind === 'seat' && (!cur || cur.kind !== 'seat');
    arrivals.push({ pid, key: keyOf(target), target, rank: target.rank, arrival: target.kind === 'seat' ? arrival : null, joined });
    if (target.kind === 'tray' && !exitFirst.has(target.cause)) exitFirst.set(target.cause, step);
  }
  return { arrivals, entrants };
}

/** Whether someone staying in a region moves into the place of a post they now hold (free, and not where they sit). */
function reseats(walk: Walk, cur: Placement & { kind: 'seat' }, target: NonNullable<Target> & { kind: 'seat' }): boolean {
  if (target.slot === undefined || target.slot === cur.index) return false;
  return walk.allocators.get(keyOf(cur))?.isFree(target.slot) === true;
}

/**
 * Second half of a step: the arrivals, by group rank (when there are groups), then rank, then
 * natural person id, take the place of their post when it has one and it is free (`Target.slot`),
 * else the lowest free index of their place.
 */
function takePlaces(walk: Walk, step: number, arrivals: Arrival[]): void {
  const { allocators, history, current, vac, groupRank } = walk;
  const g = (pid: string): number => groupRank?.get(pid) ?? Number.MAX_SAFE_INTEGER;
  arrivals.sort((a, b) => g(a.pid) - g(b.pid) || (a.rank !== b.rank ? (a.rank < b.rank ? -1 : 1) : naturalCompare(a.pid, b.pid)));
  for (const a of arrivals) {
    let allocator = allocators.get(a.key);
    if (!allocator) {
      allocator = new Allocator();
      allocators.set(a.key, allocator);
    }
    const slot = a.target.kind === 'seat' ? a.target.slot : undefined;
    const index = slot !== undefined && allocator.isFree(slot) ? allocator.takeAt(slot) : allocator.take();
    const place: Placement =
      a.target.kind === 'seat'
        ? { kind: 'seat', region: a.target.region, index }
        : { kind: 'tray', cause: a.target.cause, index };
    current.set(a.pid, place);
    if (place.kind === 'seat') vac.seat(place.region, +1);
    pushHistory(history, a.pid, step, place, a.arrival, a.joined);
  }
}
