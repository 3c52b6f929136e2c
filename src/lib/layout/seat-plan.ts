/**
 * The seat plan: computed ONCE per dataset over the whole timeline, it gives every seated person a
 * stable cell index in the region (organization) of their innermost body, and every departed person a
 * stable slot in the tray of their end cause. So positions are deterministic, and a member keeps their
 * place from step to step unless their innermost body changes.
 *
 * Rules:
 * - Regions are organizations. A person sits in the region of their innermost organization.
 * - Steps are walked in order. At each step, everyone who leaves a region (or tray) frees their index
 *   first; then the newcomers of each region, sorted by the dataset order of their first post and then
 *   by person id (natural order), take the lowest free index.
 * - Vacancies belong to organizations with seats and are drawn in their OWN area only: an
 *   organization without seats has no vacancies, so its empty cells stay blank. At a step, an
 *   organization with seats draws (seats − its members, people of its whole subtree) − (the vacant
 *   seats drawn by the nearest organizations with seats below it), in its lowest free own cells.
 * - Capacity of a region (the number of cells drawn in its own area): for an organization with `seats`,
 *   the most, over all steps, of (people seated directly in it + the vacant seats it draws): when no
 *   body is over-full, seats − (the seats of the nearest bodies with seats below it) − (the fewest
 *   people ever seated, at one step, in the seatless bodies between), e.g. the BTV's 11 − 1 = 10;
 *   for an organization without seats, the most people ever seated in it. (With lowest-free-index allocation, every index used by a person is below the
 *   maximum occupancy; the vacant seats take the lowest free cells, so they fit too.)
 *
 * Cost: O(changes · log) after the first step, when `steps` (with their `changes`) are given: only the
 * people named in a step's changes are looked at. Without `steps`, each step is diffed in O(members).
 *
 * Pure TS: no Svelte, no DOM.
 */
import { END_CAUSES, type Membership, type Organization } from '../model/types.ts';
import type { Snapshot, Step } from '../model/timeline-types.ts';
import { buildOrgTree, type OrgTree } from '../model/org-tree.ts';

/** The fields of an organization the plan needs. */
export type PlanOrganization = Pick<Organization, 'id' | 'parent_id' | 'seats'>;

/** Snapshots as an array, or as a function of the step index plus the number of steps. */
export type SnapshotSource =
  | { snapshots: readonly Snapshot[] }
  | { stepCount: number; snapshotAt: (step: number) => Snapshot };

/**
 * A timeline as `model/steps.ts` builds it (only what the plan reads). With `spans`, the plan reads
 * the memberships' places on the step axis and never builds a whole snapshot (near-linear);
 * without, it reads `snapshotAt(i).seats` / `.departed` at every step.
 */
export interface TimelineLike {
  dataset: { organizations: readonly PlanOrganization[]; posts?: readonly { id: string }[] };
  steps: readonly Pick<Step, 'index' | 'changes'>[];
  snapshotAt(step: number): Snapshot;
  spans?: readonly SpanLike[];
}

export type SeatPlanInput = {
  organizations: readonly PlanOrganization[];
  /** Dataset posts, in dataset order: newcomers are ordered by their first post's position. */
  posts?: readonly { id: string }[];
  /**
   * The timeline's steps. When given, only the people named in `steps[i].changes` are looked at for
   * step i > 0 (fast path), and the start causes of newcomers decide the entry trays.
   */
  steps?: readonly Pick<Step, 'index' | 'changes'>[];
} & SnapshotSource;

/** One region (organization) of the chart. */
export interface RegionPlan {
  org: string;
  parent: string | null;
  depth: number;
  /** Child regions in dataset order. */
  children: string[];
  /** The organization's seats, or null when it has none. */
  seats: number | null;
  /** Nearest organization with seats, itself included (null when none up the tree). */
  seatOrg: string | null;
  /** Most people ever seated directly in this region at one step. */
  maxOccupancy: number;
  /**
   * Number of cells of its own area (see the file comment): enough for the people seated directly
   * in it and, for a body with seats, all the vacant seats it draws, at every step.
   */
  capacity: number;
  /** Cells of this region and all its descendants. */
  totalCapacity: number;
}

/** A tray: where departed people rest (exit), or where newcomers come from (entry). */
export interface TrayPlan {
  /** `exit:<cause>` or `entry:<cause>`. */
  id: string;
  kind: 'exit' | 'entry';
  cause: string;
  /** Slots needed: most people in it at one step (exit), most newcomers with this cause at one step (entry). */
  capacity: number;
  /** First step at which the cause appears. */
  firstStep: number;
}

/** Where a person is at a step, as planned. */
export type Placement =
  | { kind: 'seat'; region: string; index: number }
  | { kind: 'tray'; cause: string; index: number };

/** An entry of a person's history: from `step` on, they are at `place` (null = nowhere). */
export interface PlanEntry {
  step: number;
  place: Placement | null;
  /**
   * For a seat: the start cause with which the person came into the dataset's bodies for this
   * stretch of seats (they were nowhere or in a tray just before); null at step 0 or when unknown.
   */
  arrival: string | null;
  /** A seat taken at `step` > 0 by someone not seated at the step before (a newcomer, whatever the cause). */
  joined: boolean;
}

export interface SeatPlan {
  stepCount: number;
  /** Regions in pre-order (parents before children, siblings in dataset order). */
  regions: RegionPlan[];
  region: ReadonlyMap<string, RegionPlan>;
  /** Exit trays in order of first appearance (ties: END_CAUSES order of the cause string). */
  exitTrays: TrayPlan[];
  /** Entry trays (start causes other than `elected`), in order of first appearance. */
  entryTrays: TrayPlan[];
  /** Each person's placements over time, in step order. */
  history: ReadonlyMap<string, readonly PlanEntry[]>;
  /** Where `personId` is at `step` (binary search in their history). */
  placeAt(personId: string, step: number): Placement | null;
  /** The history entry in force for `personId` at `step`, or null. */
  entryAt(personId: string, step: number): PlanEntry | null;
}

/** Natural order of ids: digit runs compare as numbers ("m2" < "m10"); code-point order otherwise. */
export function naturalCompare(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d < 0 ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lowest-free-index allocator: a min-heap of freed indices below `next`. */
class Allocator {
  private heap: number[] = [];
  private next = 0;
  private occupied = 0;
  maxOccupancy = 0;

  take(): number {
    let i: number;
    if (this.heap.length > 0) i = this.popMin();
    else i = this.next++;
    this.occupied++;
    if (this.occupied > this.maxOccupancy) this.maxOccupancy = this.occupied;
    return i;
  }

  free(i: number): void {
    this.occupied--;
    const h = this.heap;
    h.push(i);
    let k = h.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (h[p]! <= h[k]!) break;
      [h[p], h[k]] = [h[k]!, h[p]!];
      k = p;
    }
  }

  private popMin(): number {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < h.length && h[l]! < h[m]!) m = l;
        if (r < h.length && h[r]! < h[m]!) m = r;
        if (m === k) break;
        [h[m], h[k]] = [h[k]!, h[m]!];
        k = m;
      }
    }
    return top;
  }
}

/** Exit trays follow the order of end causes in the format (`END_CAUSES`). */
const END_ORDER: readonly string[] = END_CAUSES;
const START_ORDER = ['elected', 'by_election', 'appointed', 'promoted', 'unknown'];

function causeRank(order: readonly string[], cause: string): number {
  const i = order.indexOf(cause);
  return i < 0 ? order.length : i;
}

type PlaceKey = string; // "s:<region>" | "t:<cause>"

function keyOf(p: { kind: 'seat'; region: string } | { kind: 'tray'; cause: string }): PlaceKey {
  return p.kind === 'seat' ? `s:${p.region}` : `t:${p.cause}`;
}

/**
 * Plans seats and tray slots for a whole timeline.
 * @throws Error when there are no steps.
 */
export function planSeats(source: SeatPlanInput | TimelineLike): SeatPlan {
  const organizations = 'dataset' in source ? source.dataset.organizations : source.organizations;
  const posts = ('dataset' in source ? source.dataset.posts : source.posts) ?? [];
  // buildOrgTree reads only `id` and `parent_id`.
  const tree = buildOrgTree(organizations as readonly Organization[]);
  const postRank = new Map<string, number>();
  posts.forEach((p, i) => {
    if (!postRank.has(p.id)) postRank.set(p.id, i);
  });
  const states: StateSource =
    'dataset' in source
      ? source.spans
        ? spanSource(source.steps.length, source.spans, tree, postRank)
        : snapshotSource({ stepCount: source.steps.length, snapshotAt: (i) => source.snapshotAt(i) }, source.steps, postRank)
      : snapshotSource(source, source.steps, postRank);
  const stepCount = states.stepCount;
  if (!Number.isInteger(stepCount) || stepCount < 1) {
    throw new Error(`planSeats: the timeline has no steps (stepCount = ${String(stepCount)}); at least one is needed.`);
  }
  const orgSeats = new Map<string, number | null>();
  for (const o of organizations) {
    if (!orgSeats.has(o.id)) orgSeats.set(o.id, typeof o.seats === 'number' && o.seats >= 0 ? o.seats : null);
  }

  const allocators = new Map<PlaceKey, Allocator>();
  const alloc = (k: PlaceKey): Allocator => {
    let a = allocators.get(k);
    if (!a) {
      a = new Allocator();
      allocators.set(k, a);
    }
    return a;
  };
  const history = new Map<string, PlanEntry[]>();
  const current = new Map<string, Placement>();
  const vac = vacancyTracker(tree, orgSeats);
  const exitFirst = new Map<string, number>();
  const entryFirst = new Map<string, number>();
  const entryMax = new Map<string, number>();

  for (let step = 0; step < stepCount; step++) {
    const at = states.step(step, current);
    const arrivals: { pid: string; key: PlaceKey; target: NonNullable<Target>; rank: number; arrival: string | null; joined: boolean }[] = [];
    const entrants = new Map<string, number>();
    for (const pid of at.candidates) {
      const target = at.target(pid);
      const cur = current.get(pid);
      if (cur && target && keyOf(cur) === keyOf(target)) continue;
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
    for (const [cause, n] of entrants) {
      if (!entryFirst.has(cause)) entryFirst.set(cause, step);
      entryMax.set(cause, Math.max(entryMax.get(cause) ?? 0, n));
    }
    arrivals.sort((a, b) => (a.rank !== b.rank ? (a.rank < b.rank ? -1 : 1) : naturalCompare(a.pid, b.pid)));
    for (const a of arrivals) {
      const index = alloc(a.key).take();
      const place: Placement =
        a.target.kind === 'seat'
          ? { kind: 'seat', region: a.target.region, index }
          : { kind: 'tray', cause: a.target.cause, index };
      current.set(a.pid, place);
      if (place.kind === 'seat') vac.seat(place.region, +1);
      pushHistory(history, a.pid, step, place, a.arrival, a.joined);
    }
    vac.endStep();
  }

  // Regions and capacities.
  const regions: RegionPlan[] = [];
  const region = new Map<string, RegionPlan>();
  const visit = (id: string, seatOrg: string | null) => {
    const seats = orgSeats.get(id) ?? null;
    const own = seats !== null ? id : seatOrg;
    const r: RegionPlan = {
      org: id,
      parent: tree.parent.get(id) ?? null,
      depth: tree.depth.get(id) ?? 0,
      children: [...(tree.children.get(id) ?? [])],
      seats,
      seatOrg: own,
      maxOccupancy: allocators.get(`s:${id}`)?.maxOccupancy ?? 0,
      capacity: 0,
      totalCapacity: 0,
    };
    regions.push(r);
    region.set(id, r);
    for (const c of r.children) visit(c, own);
  };
  for (const root of tree.roots) visit(root, null);
  for (let i = regions.length - 1; i >= 0; i--) {
    const r = regions[i]!;
    const childTotal = r.children.reduce((s, c) => s + (region.get(c)?.totalCapacity ?? 0), 0);
    r.capacity = r.seats !== null ? Math.max(vac.need(r.org), r.maxOccupancy) : r.maxOccupancy;
    r.totalCapacity = r.capacity + childTotal;
  }

  // People seated in an organization the tree does not know: refuse, with a clear message.
  for (const k of allocators.keys()) {
    if (k.startsWith('s:') && !region.has(k.slice(2))) {
      throw new Error(`planSeats: a person is seated in organization "${k.slice(2)}", which is not in the organizations list.`);
    }
  }

  const exitTrays: TrayPlan[] = [...exitFirst.entries()]
    .sort((a, b) => a[1] - b[1] || causeRank(END_ORDER, a[0]) - causeRank(END_ORDER, b[0]) || naturalCompare(a[0], b[0]))
    .map(([cause, firstStep]) => ({
      id: `exit:${cause}`,
      kind: 'exit' as const,
      cause,
      capacity: allocators.get(`t:${cause}`)?.maxOccupancy ?? 0,
      firstStep,
    }));
  const entryTrays: TrayPlan[] = [...entryFirst.entries()]
    .sort((a, b) => a[1] - b[1] || causeRank(START_ORDER, a[0]) - causeRank(START_ORDER, b[0]) || naturalCompare(a[0], b[0]))
    .map(([cause, firstStep]) => ({
      id: `entry:${cause}`,
      kind: 'entry' as const,
      cause,
      capacity: entryMax.get(cause) ?? 0,
      firstStep,
    }));

  const entryAt = (personId: string, step: number): PlanEntry | null => {
    const h = history.get(personId);
    if (!h || h.length === 0 || h[0]!.step > step) return null;
    let lo = 0;
    let hi = h.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (h[mid]!.step <= step) lo = mid;
      else hi = mid - 1;
    }
    return h[lo]!;
  };
  const placeAt = (personId: string, step: number): Placement | null => entryAt(personId, step)?.place ?? null;

  return { stepCount, regions, region, exitTrays, entryTrays, history, placeAt, entryAt };
}

function lastArrival(history: Map<string, PlanEntry[]>, pid: string): string | null {
  const h = history.get(pid);
  return h && h.length > 0 ? h[h.length - 1]!.arrival : null;
}

function pushHistory(
  history: Map<string, PlanEntry[]>,
  pid: string,
  step: number,
  place: Placement | null,
  arrival: string | null,
  joined: boolean,
): void {
  let h = history.get(pid);
  if (!h) {
    h = [];
    history.set(pid, h);
  }
  const last = h[h.length - 1];
  if (last && last.step === step) {
    last.place = place;
    last.arrival = arrival;
    last.joined = joined;
  } else h.push({ step, place, arrival, joined });
}

/**
 * Follows, step by step, how many cells each organization with seats needs in its own area: the
 * people seated directly in it plus the vacant seats it draws (see the file comment). Only the
 * organizations above a seat taken or freed at a step are recomputed (all of them at the first step).
 */
function vacancyTracker(tree: OrgTree, orgSeats: ReadonlyMap<string, number | null>) {
  const seatsOf = (o: string) => orgSeats.get(o) ?? null;
  /** People seated directly in a region, and in its whole subtree. */
  const direct = new Map<string, number>();
  const subtree = new Map<string, number>();
  /** Vacant seats drawn by a body with seats and by the bodies with seats below it. */
  const drawnTotal = new Map<string, number>();
  const need = new Map<string, number>();
  /** The nearest bodies with seats below a body (through seatless ones). */
  const nearest = new Map<string, string[]>();
  const nearestOf = (o: string): string[] => {
    let list = nearest.get(o);
    if (list) return list;
    list = [];
    const walk = (q: string) => {
      for (const c of tree.children.get(q) ?? []) {
        if (seatsOf(c) !== null) list!.push(c);
        else walk(c);
      }
    };
    walk(o);
    nearest.set(o, list);
    return list;
  };
  const known = (o: string) => tree.depth.has(o);
  let dirty = new Set<string>();
  let first = true;
  return {
    /** A person takes (+1) or frees (−1) a seat in `region`. */
    seat(region: string, delta: number): void {
      if (!known(region)) return;
      direct.set(region, (direct.get(region) ?? 0) + delta);
      for (let o: string | null | undefined = region; o !== null && o !== undefined; o = tree.parent.get(o)) {
        subtree.set(o, (subtree.get(o) ?? 0) + delta);
        if (seatsOf(o) !== null) dirty.add(o);
      }
    },
    /** Recomputes the bodies touched at this step, deepest first. */
    endStep(): void {
      const list = first ? [...tree.depth.keys()].filter((o) => seatsOf(o) !== null) : [...dirty];
      first = false;
      dirty = new Set();
      list.sort((a, b) => (tree.depth.get(b) ?? 0) - (tree.depth.get(a) ?? 0));
      for (const o of list) {
        const below = nearestOf(o).reduce((s, c) => s + (drawnTotal.get(c) ?? 0), 0);
        const vacancies = Math.max(0, seatsOf(o)! - (subtree.get(o) ?? 0));
        const own = Math.max(0, vacancies - below);
        drawnTotal.set(o, own + below);
        need.set(o, Math.max(need.get(o) ?? 0, (direct.get(o) ?? 0) + own));
      }
    },
    /** Cells the body's own area needs to hold its people and its vacant seats at every step. */
    need(o: string): number {
      return need.get(o) ?? 0;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Where each person is at a step, from snapshots or from membership spans.

/** Where a person should be at a step: a region (seat) or a tray, with the arrival sort rank. */
type Target = { kind: 'seat'; region: string; rank: number } | { kind: 'tray'; cause: string; rank: number } | null;

interface StepStates {
  /** People who may have changed place at this step (everyone at step 0). */
  candidates: Iterable<string>;
  target(pid: string): Target;
  /** Start cause of a newcomer at this step (null when unknown). */
  startCause(pid: string): string | null;
}

interface StateSource {
  stepCount: number;
  /** Called for steps 0, 1, 2... in order; `current` is where everyone was after the previous step. */
  step(step: number, current: ReadonlyMap<string, Placement>): StepStates;
}

function rankOf(postIds: readonly string[], postRank: ReadonlyMap<string, number>): number {
  let r = Number.POSITIVE_INFINITY;
  for (const id of postIds) {
    const k = postRank.get(id);
    if (k !== undefined && k < r) r = k;
  }
  return r;
}

/** From snapshots: candidates from `Step.changes` (or a full diff without steps). */
function snapshotSource(
  src: SnapshotSource,
  steps: readonly Pick<Step, 'index' | 'changes'>[] | undefined,
  postRank: ReadonlyMap<string, number>,
): StateSource {
  const stepCount = 'snapshots' in src ? src.snapshots.length : src.stepCount;
  const snapshotAt = 'snapshots' in src ? (i: number) => src.snapshots[i]! : (i: number) => src.snapshotAt(i);
  const byIndex = steps ? new Map(steps.map((s, i) => [typeof s.index === 'number' ? s.index : i, s] as const)) : null;
  return {
    stepCount,
    step(step, current) {
      const snap = snapshotAt(step);
      const info = byIndex?.get(step);
      let candidates: Iterable<string>;
      if (step === 0) candidates = [...snap.seats.keys(), ...snap.departed.keys()];
      else if (info) candidates = new Set(info.changes.map((c) => c.person_id));
      else {
        const ids = new Set<string>();
        for (const [pid, seat] of snap.seats) {
          const cur = current.get(pid);
          if (!cur || cur.kind !== 'seat' || cur.region !== seat.innermost) ids.add(pid);
        }
        for (const [pid, dep] of snap.departed) {
          const cur = current.get(pid);
          if (!cur || cur.kind !== 'tray' || cur.cause !== dep.cause) ids.add(pid);
        }
        for (const pid of current.keys()) if (!snap.seats.has(pid) && !snap.departed.has(pid)) ids.add(pid);
        candidates = ids;
      }
      // Start changes of this step by person (for the causes of newcomers).
      const starts = new Map<string, { organization_id: string; cause: string }[]>();
      for (const c of info?.changes ?? []) {
        if (c.kind !== 'start' || c.cause === null) continue;
        const list = starts.get(c.person_id);
        if (list) list.push({ organization_id: c.organization_id, cause: c.cause });
        else starts.set(c.person_id, [{ organization_id: c.organization_id, cause: c.cause }]);
      }
      return {
        candidates,
        target(pid) {
          const seat = snap.seats.get(pid);
          if (seat) return { kind: 'seat', region: seat.innermost, rank: rankOf(seat.post_ids, postRank) };
          const dep = snap.departed.get(pid);
          return dep ? { kind: 'tray', cause: dep.cause, rank: rankOf(dep.last_post_ids, postRank) } : null;
        },
        startCause(pid) {
          const list = starts.get(pid);
          if (!list || list.length === 0) return null;
          const outermost = snap.seats.get(pid)?.organizations[0];
          return (list.find((c) => c.organization_id === outermost) ?? list[0]!).cause;
        },
      };
    },
  };
}

/** A membership placed on the step axis (what `model/spans.ts` gives; only these fields are read). */
export interface SpanLike {
  membership: Pick<Membership, 'person_id' | 'organization_id' | 'post_id' | 'start_cause' | 'end_cause'>;
  start: number;
  end: number;
  startStep: number | null;
  endStep: number | null;
  live: boolean;
}

/**
 * From membership spans, with the model's rules (model/snapshots.ts): a person is seated while a
 * live membership is active ([start, end)); their innermost body is the deepest of those
 * organizations (ties: dataset order); not seated, they have departed at the last step where one
 * of their memberships ended, with the end cause of the outermost of the memberships that ended
 * there. Only the people with a start or end at a step are looked at: O(memberships + changes).
 */
function spanSource(
  stepCount: number,
  spans: readonly SpanLike[],
  tree: OrgTree,
  postRank: ReadonlyMap<string, number>,
): StateSource {
  const own = new Map<string, SpanLike[]>();
  const touched: Set<string>[] = Array.from({ length: stepCount }, () => new Set<string>());
  for (const sp of spans) {
    if (!sp.live) continue;
    const p = sp.membership.person_id;
    const list = own.get(p);
    if (list) list.push(sp);
    else own.set(p, [sp]);
    if (sp.startStep !== null && sp.startStep >= 0 && sp.startStep < stepCount) touched[sp.startStep]!.add(p);
    if (sp.endStep !== null && sp.endStep >= 0 && sp.endStep < stepCount) touched[sp.endStep]!.add(p);
  }
  const n = tree.order.size;
  const depth = (o: string) => tree.depth.get(o) ?? 0;
  const order = (o: string) => tree.order.get(o) ?? n;
  const rankOrg = (o: string) => depth(o) * (n + 1) + order(o);
  const postsOf = (list: readonly SpanLike[]) =>
    list.map((sp) => sp.membership.post_id).filter((x): x is string => typeof x === 'string' && x !== '');
  return {
    stepCount,
    step(k) {
      return {
        candidates: k === 0 ? own.keys() : touched[k]!,
        target(pid) {
          const list = own.get(pid) ?? [];
          const active: SpanLike[] = [];
          let lastEnd = -1;
          for (const sp of list) {
            if (sp.start <= k && k < sp.end) active.push(sp);
            else if (sp.endStep !== null && sp.end <= k && sp.end > lastEnd) lastEnd = sp.end;
          }
          if (active.length > 0) {
            let inner = active[0]!.membership.organization_id;
            for (const sp of active) {
              const o = sp.membership.organization_id;
              if (depth(o) > depth(inner) || (depth(o) === depth(inner) && order(o) < order(inner))) inner = o;
            }
            return { kind: 'seat', region: inner, rank: rankOf(postsOf(active), postRank) };
          }
          if (lastEnd < 0) return null;
          const ended = list.filter((sp) => sp.endStep === lastEnd);
          let outer = ended[0]!.membership;
          for (const sp of ended) if (rankOrg(sp.membership.organization_id) < rankOrg(outer.organization_id)) outer = sp.membership;
          return { kind: 'tray', cause: outer.end_cause ?? 'unknown', rank: rankOf(postsOf(ended), postRank) };
        },
        startCause(pid) {
          let best: SpanLike | null = null;
          for (const sp of own.get(pid) ?? []) {
            if (sp.startStep !== k || !(sp.start <= k && k < sp.end)) continue;
            if (!best || rankOrg(sp.membership.organization_id) < rankOrg(best.membership.organization_id)) best = sp;
          }
          return best?.membership.start_cause ?? null;
        },
      };
    },
  };
}
