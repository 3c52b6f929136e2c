/**
 * The snapshot engine: a cursor that moves step by step, forwards or backwards, updating only
 * the people whose memberships start or end at the steps it crosses, and turns its state into a
 * `Snapshot` on demand.
 *
 * Scalability (the app must load and scrub 10,000 members over 1,500 steps; see
 * `tests/model/scale.test.ts`): `counts` and `vacancies` come from the per-step count series that
 * `buildTimeline` computes once (`Timeline.countSeries`, O(memberships · log + organizations ·
 * steps)), so a snapshot read only for its counts costs O(organizations). The other fields are built together on first access: the cursor moves
 * from its step to the snapshot's, costing O(changes between), then O(people + active
 * memberships + posts) to build them. The cursor state is O(active memberships + departed
 * people); a few recent snapshots are cached (LRU). The first jump of more than
 * `CHECKPOINT_EVERY / 2` steps sweeps the whole timeline once and keeps the cursor state every `CHECKPOINT_EVERY` steps
 * (checkpoints: O(people · steps / CHECKPOINT_EVERY) references, 10,000 people × 1,500 steps ≈
 * 3.8 MB), so that any later jump starts from the nearest checkpoint and crosses at most
 * `CHECKPOINT_EVERY / 2` steps. Seat and Departure objects are shared between snapshots: treat
 * snapshots as read-only.
 */
import type { Membership, Organization } from './types.ts';
import type { Departure, Seat, Snapshot, Step } from './timeline-types.ts';
import type { OrgTree } from './org-tree.ts';
import type { MembershipSpan } from './spans.ts';
import { isInferred } from './certainty.ts';

export type { MembershipLookup } from './timeline-types.ts';

/** Inputs of the engine, prepared by `buildTimeline`. */
export interface EngineInput {
  steps: readonly Step[];
  spans: readonly MembershipSpan[];
  orgTree: OrgTree;
  /** Organization ids in tree order. */
  orgIds: readonly string[];
  organizationById: ReadonlyMap<string, Organization>;
  /** Person ids in display order (dataset order, then unknown ids). */
  personIds: readonly string[];
  /** Post ids in dataset order. */
  postIds: readonly string[];
  postOrder: ReadonlyMap<string, number>;
  /** Members of each organization (of `orgIds`) at each step, from `countSeriesOf`; read-only. */
  countSeries: ReadonlyMap<string, readonly number[]>;
  /** The memberships by id (first occurrence), attached to every snapshot for `diff`'s start causes. */
  membershipById: ReadonlyMap<string, Membership>;
}

const CACHE_SIZE = 8;
/** Steps between two checkpoints of the cursor state (see the module comment). */
export const CHECKPOINT_EVERY = 64;

/** One person at one step: seated, or departed, or neither (not arrived yet). */
export interface PersonState {
  seat: Seat | undefined;
  departed: Departure | undefined;
}

/** One person's state at the step before and at the step (`SnapshotEngine.changesAround`). */
export interface PersonChange {
  person_id: string;
  before: PersonState;
  after: PersonState;
}

/** The cursor state at a step: seat and departure by person position. */
interface CursorState {
  seatAt: (Seat | undefined)[];
  departedAt: (Departure | undefined)[];
}

/** The snapshot fields built together on first access (`members` and `postHolders` follow from `seats`, each on its first access). */
type Placed = Pick<Snapshot, 'seats' | 'departed'>;

/** Computes snapshots of one timeline; see the module comment for costs. */
export class SnapshotEngine {
  private readonly input: EngineInput;
  /** Live span indices per person, dataset order. */
  private readonly spansOf = new Map<string, number[]>();
  /** People with a start or end at each step. */
  private readonly touched: string[][];
  /** Cursor state: the step it is at, and each seated / departed person there. */
  private step = -1;
  /** Position of each person id in `input.personIds`. */
  private readonly posOf = new Map<string, number>();
  /** Seat / departure of the person at each position, at the cursor's step. */
  private seatAt: (Seat | undefined)[];
  private departedAt: (Departure | undefined)[];
  private readonly cache = new Map<number, Snapshot>();
  /** The cursor state at steps 0, CHECKPOINT_EVERY, 2·CHECKPOINT_EVERY…; empty until the first long jump. */
  private checkpoints: CursorState[] = [];

  constructor(input: EngineInput) {
    this.input = input;
    const touched = input.steps.map(() => new Set<string>());
    for (const sp of input.spans) {
      if (!sp.live) continue;
      const p = sp.membership.person_id;
      const list = this.spansOf.get(p);
      if (list) list.push(sp.index);
      else this.spansOf.set(p, [sp.index]);
      if (sp.startStep !== null) touched[sp.startStep]!.add(p);
      if (sp.endStep !== null) touched[sp.endStep]!.add(p);
    }
    this.touched = touched.map((s) => [...s]);
    input.personIds.forEach((p, i) => this.posOf.set(p, i));
    this.seatAt = new Array<Seat | undefined>(input.personIds.length).fill(undefined);
    this.departedAt = new Array<Departure | undefined>(input.personIds.length).fill(undefined);
  }

  /**
   * The snapshot after step `index`.
   * @throws {RangeError} when `index` is not an integer in [0, steps.length).
   */
  at(index: number): Snapshot {
    const n = this.input.steps.length;
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new RangeError(`Step index ${index} is out of range; expected an integer from 0 to ${n - 1}.`);
    }
    const hit = this.cache.get(index);
    if (hit) {
      this.cache.delete(index);
      this.cache.set(index, hit);
      return hit;
    }
    const counts: Record<string, number> = {};
    const vacancies: Record<string, number | null> = {};
    for (const id of this.input.orgIds) {
      const c = this.input.countSeries.get(id)?.[index] ?? 0;
      counts[id] = c;
      const s = this.input.organizationById.get(id)?.seats;
      vacancies[id] = typeof s === 'number' ? s - c : null;
    }
    const engine = this;
    let placed: Placed | null = null;
    let members: Map<string, Set<string>> | null = null;
    let postHolders: Map<string, string[]> | null = null;
    const load = (): Placed => (placed ??= this.heavyAt(index));
    const snap: Snapshot = {
      step: index,
      get seats() {
        return load().seats;
      },
      get members() {
        return (members ??= engine.membersOf(load().seats));
      },
      get departed() {
        return load().departed;
      },
      counts,
      vacancies,
      get postHolders() {
        return (postHolders ??= engine.postHoldersOf(load().seats));
      },
    };
    // Not enumerable: invisible to toEqual, spread and structuredClone (a clone has no lookup).
    Object.defineProperty(snap, 'membershipById', { value: this.input.membershipById, enumerable: false });
    this.cache.set(index, snap);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return snap;
  }

  /**
   * Moves the cursor to step `k`: from where it is, or from the nearest checkpoint when that is
   * nearer; the first jump of more than CHECKPOINT_EVERY / 2 steps builds the checkpoints.
   */
  private moveTo(k: number): void {
    if (this.step < 0) {
      this.step = k;
      for (const p of this.spansOf.keys()) this.update(p);
      return;
    }
    if (Math.abs(k - this.step) <= CHECKPOINT_EVERY / 2) return this.cross(k);
    if (this.checkpoints.length === 0) this.buildCheckpoints();
    const c = Math.min(this.checkpoints.length - 1, Math.round(k / CHECKPOINT_EVERY));
    if (Math.abs(k - c * CHECKPOINT_EVERY) < Math.abs(k - this.step)) {
      const state = this.checkpoints[c]!;
      this.seatAt = state.seatAt.slice();
      this.departedAt = state.departedAt.slice();
      this.step = c * CHECKPOINT_EVERY;
    }
    this.cross(k);
  }

  /** Moves the cursor to step `k` step by step, updating the people touched by the steps crossed. */
  private cross(k: number): void {
    const dirty = new Set<string>();
    if (k > this.step) for (let s = this.step + 1; s <= k; s++) for (const p of this.touched[s]!) dirty.add(p);
    else for (let s = this.step; s > k; s--) for (const p of this.touched[s]!) dirty.add(p);
    this.step = k;
    for (const p of dirty) this.update(p);
  }

  /**
   * The checkpoints' sweep (what the first long jump does) ahead of it, in parts: yields after the
   * cursor's first placing and after each checkpoint, for a caller that pauses between parts (10,000
   * people over 1,500 steps: about 25 parts of a few ms, not one of 30-100 ms). The snapshots are the
   * same with or without it; nothing to do when the checkpoints are built (a long jump meanwhile
   * builds them at once; a timeline of at most CHECKPOINT_EVERY / 2 steps never needs them).
   */
  *checkpointWork(): Generator<void> {
    const n = this.input.steps.length;
    if (this.checkpoints.length > 0 || n <= CHECKPOINT_EVERY / 2) return;
    if (this.step < 0) {
      this.moveTo(0);
      yield;
    }
    const built: CursorState[] = [];
    for (let c = 0; c < n; c += CHECKPOINT_EVERY) {
      this.cross(c);
      built.push({ seatAt: this.seatAt.slice(), departedAt: this.departedAt.slice() });
      yield;
    }
    if (this.checkpoints.length === 0) this.checkpoints = built;
  }

  /** Sweeps the cursor from step 0 to the last checkpoint, keeping its state every CHECKPOINT_EVERY steps. */
  private buildCheckpoints(): void {
    const n = this.input.steps.length;
    this.cross(0);
    for (let c = 0; c < n; c += CHECKPOINT_EVERY) {
      this.cross(c);
      this.checkpoints.push({ seatAt: this.seatAt.slice(), departedAt: this.departedAt.slice() });
    }
  }

  /** Recomputes person `p`'s seat or departure at the cursor's step from their spans. */
  private update(p: string): void {
    const pos = this.posOf.get(p);
    if (pos === undefined) return;
    const st = this.stateOf(p, this.step);
    this.seatAt[pos] = st.seat;
    this.departedAt[pos] = st.departed;
  }

  /** Person `p`'s seat, or else departure, at step `k`, from their spans (the cursor does not move). */
  private stateOf(p: string, k: number): PersonState {
    const { spans } = this.input;
    const own = this.spansOf.get(p) ?? [];
    const active: number[] = [];
    let lastEnd = -1;
    for (const i of own) {
      const sp = spans[i]!;
      if (sp.start <= k && k < sp.end) active.push(i);
      else if (sp.endStep !== null && sp.end <= k && sp.end > lastEnd) lastEnd = sp.end;
    }
    if (active.length > 0) return { seat: this.seat(p, active), departed: undefined };
    // Not seated: departed at the last step at which one of their memberships ended, if any
    // (at that step every membership they had ended: none started in between, or it would be active now).
    return { seat: undefined, departed: lastEnd < 0 ? undefined : this.departure(p, lastEnd, own.filter((i) => spans[i]!.endStep === lastEnd)) };
  }

  /**
   * The people whose state may differ between step `k - 1` and step `k` (a membership of theirs
   * starts or ends at `k`), in code-unit order of their ids, with their state at both steps; every
   * other person is in the same state at both. O(people changing at `k` · their memberships); the
   * cursor does not move.
   * @throws {RangeError} unless `k` is an integer in [1, steps.length)
   */
  changesAround(k: number): PersonChange[] {
    const n = this.input.steps.length;
    if (!Number.isInteger(k) || k < 1 || k >= n) {
      throw new RangeError(`Step index ${k} has no previous step; expected an integer from 1 to ${n - 1}.`);
    }
    const ids = this.touched[k]!.filter((p) => this.posOf.has(p)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return ids.map((person_id) => ({ person_id, before: this.stateOf(person_id, k - 1), after: this.stateOf(person_id, k) }));
  }

  private seat(person: string, active: number[]): Seat {
    const { spans, orgTree, postOrder } = this.input;
    const orgs: string[] = [];
    const posts: string[] = [];
    let inferred = false;
    for (const i of active) {
      const m = spans[i]!.membership;
      if (!orgs.includes(m.organization_id)) orgs.push(m.organization_id);
      const post = m.post_id;
      if (typeof post === 'string' && post !== '' && !posts.includes(post)) posts.push(post);
      if (isInferred(m)) inferred = true;
    }
    orgs.sort((a, b) => orgRank(orgTree, a) - orgRank(orgTree, b));
    let innermost = orgs[0]!;
    for (const o of orgs) if ((orgTree.depth.get(o) ?? 0) > (orgTree.depth.get(innermost) ?? 0)) innermost = o;
    return {
      person_id: person,
      organizations: orgs,
      innermost,
      post_ids: sortPosts(posts, postOrder),
      membership_ids: active.map((i) => spans[i]!.membership.id),
      inferred,
    };
  }

  /** The departure of `person` at step `k`, from the memberships that ended there (all they had). */
  private departure(person: string, k: number, ended: number[]): Departure {
    const { spans, orgTree, postOrder } = this.input;
    let outer = spans[ended[0]!]!.membership;
    for (const i of ended) {
      const m = spans[i]!.membership;
      if (orgRank(orgTree, m.organization_id) < orgRank(orgTree, outer.organization_id)) outer = m;
    }
    return {
      person_id: person,
      cause: outer.end_cause ?? 'unknown',
      step: k,
      organization_id: outer.organization_id,
      destination: outer.end_destination ?? null,
      last_post_ids: sortPosts(
        ended.map((i) => spans[i]!.membership.post_id).filter((x): x is string => typeof x === 'string' && x !== ''),
        postOrder,
      ),
      inferred: ended.some((i) => isInferred(spans[i]!.membership)),
    };
  }

  /** Seats and departed at step `k` (moves the cursor there). */
  private heavyAt(k: number): Placed {
    this.moveTo(k);
    const { personIds } = this.input;
    const seats = new Map<string, Seat>();
    const departed = new Map<string, Departure>();
    const { seatAt, departedAt } = this;
    for (let i = 0; i < personIds.length; i++) {
      const seat = seatAt[i];
      if (seat) {
        seats.set(personIds[i]!, seat);
        continue;
      }
      const dep = departedAt[i];
      if (dep) departed.set(personIds[i]!, dep);
    }
    return { seats, departed };
  }

  /** Direct members per organization (every body, tree order), each set in person order, from the seats. */
  private membersOf(seats: ReadonlyMap<string, Seat>): Map<string, Set<string>> {
    const members = new Map<string, Set<string>>();
    for (const id of this.input.orgIds) members.set(id, new Set());
    for (const [person, seat] of seats) for (const o of seat.organizations) members.get(o)?.add(person);
    return members;
  }

  /** Holders of each post (the dataset's posts first, in order, then unknown ones as met), in person order, from the seats. */
  private postHoldersOf(seats: ReadonlyMap<string, Seat>): Map<string, string[]> {
    const postHolders = new Map<string, string[]>();
    for (const id of this.input.postIds) postHolders.set(id, []);
    for (const [person, seat] of seats) {
      for (const p of seat.post_ids) {
        const holders = postHolders.get(p);
        if (holders) holders.push(person);
        else postHolders.set(p, [person]);
      }
    }
    return postHolders;
  }

}

/** Sort key for organizations: outermost first, then dataset order. */
export function orgRank(tree: OrgTree, id: string): number {
  const depth = tree.depth.get(id) ?? 0;
  const order = tree.order.get(id) ?? tree.order.size;
  return depth * (tree.order.size + 1) + order;
}

/** Distinct post ids in dataset order (unknown ids last, by id). */
export function sortPosts(ids: readonly string[], postOrder: ReadonlyMap<string, number>): string[] {
  const unique = [...new Set(ids)];
  return unique.sort((a, b) => {
    const pa = postOrder.get(a);
    const pb = postOrder.get(b);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
