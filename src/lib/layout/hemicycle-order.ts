/**
 * The order in which seated people take the seats of a hemicycle (seat 0 = the left end): grouped
 * by party, so that each group is one contiguous wedge.
 *
 Groups come from the layout's `LayoutGroups` (`groupOrder` and `groupsAtStep` of
 * `model/group-at.ts`: a person's group at the step; groups in seat order, the largest over the term
 * first). Without them (a caller that passes none), a person's group is the `on_behalf_of_id` of
 * their current membership and groups are ranked by size over the term (`groupRanks`). People
 * without a group come last; within a group, the seat plan's order (region in pre-order, then cell
 * index, then person id).
 *
 * Vacant seats stay where their member sat (`seatingPlan`): a vacancy belongs to the departed
 * member whose seat it is — someone who left a post that nobody holds now (exact, for data with
 * posts), else, for data without posts, the most recent departures (a guess) — and takes that
 * member's group and seat-plan cell. Vacancies that no departure explains come last (right end).
 *
 * Stability: the seat plan's cell indexes are stable over the term, so the order within a group
 * does not change from step to step. A death or a resignation turns that very seat hollow and
 * nobody moves. With posts (constituencies), a by-election won by the same group puts the winner
 * in that seat; without posts, the winner takes the lowest free cell of the plan, which may be
 * another vacancy's (seats between the two then move by one). Blocks shift only when a group's
 * size (members + vacancies) changes: a change of party, a by-election won by another group.
 */
import type { Membership } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { SeatPlan } from './seat-plan.ts';
import { naturalCompare } from './natural-compare.ts';
import type { LayoutGroups } from './groups.ts';

/** Rank and group lookups: from the layout's groups when it has any, else from the memberships. */
function groupLookups(snapshot: Snapshot, groups: LayoutGroups | undefined): { ranks: Map<string, number>; groupOf: (pid: string) => string | null } {
  if (groups && groups.order.length > 0) {
    return { ranks: new Map(groups.order.map((g, i) => [g, i] as const)), groupOf: (pid) => groups.at.get(pid) ?? null };
  }
  const ranks = snapshot.membershipById ? groupRanks(snapshot.membershipById) : new Map<string, number>();
  // No membership names a group (the ranks come from the same memberships): nobody has one.
  if (ranks.size === 0) return { ranks, groupOf: () => null };
  return { ranks, groupOf: (pid) => seatGroup(snapshot, pid) };
}

const rankCache = new WeakMap<ReadonlyMap<string, Membership>, Map<string, number>>();

/**
 * Rank of every group (0 = largest over the term), from the timeline's memberships.
 * @returns group id → rank; empty when the memberships name no group
 */
export function groupRanks(memberships: ReadonlyMap<string, Membership>): Map<string, number> {
  let ranks = rankCache.get(memberships);
  if (ranks) return ranks;
  const people = new Map<string, Set<string>>();
  for (const m of memberships.values()) {
    const g = m.on_behalf_of_id;
    if (typeof g !== 'string' || g === '') continue;
    let s = people.get(g);
    if (!s) people.set(g, (s = new Set()));
    s.add(m.person_id);
  }
  const ids = [...people.keys()].sort((a, b) => people.get(b)!.size - people.get(a)!.size || naturalCompare(a, b));
  ranks = new Map(ids.map((g, i) => [g, i] as const));
  rankCache.set(memberships, ranks);
  return ranks;
}

/**
 * A seated person's group at the snapshot: the `on_behalf_of_id` of the first active membership
 * naming one, or null.
 */
export function seatGroup(snapshot: Snapshot, personId: string): string | null {
  const seat = snapshot.seats.get(personId);
  const byId = snapshot.membershipById;
  if (!seat || !byId) return null;
  for (const id of seat.membership_ids) {
    const g = byId.get(id)?.on_behalf_of_id;
    if (typeof g === 'string' && g !== '') return g;
  }
  return null;
}

const lastGroupCache = new WeakMap<ReadonlyMap<string, Membership>, Map<string, string>>();

/** The group of each person's last membership (dataset order) that names one. */
function lastGroups(memberships: ReadonlyMap<string, Membership>): Map<string, string> {
  let out = lastGroupCache.get(memberships);
  if (out) return out;
  out = new Map();
  for (const m of memberships.values()) {
    const g = m.on_behalf_of_id;
    if (typeof g === 'string' && g !== '') out.set(m.person_id, g);
  }
  lastGroupCache.set(memberships, out);
  return out;
}

const naturalCache = new WeakMap<ReadonlyMap<string, Membership>, Map<string, number>>();

/**
 * Each person id of the memberships → its place in `naturalCompare` order (a total order: only
 * equal ids compare 0), so that sorting by it orders as `naturalCompare` does, at a number's cost.
 * Made once per timeline.
 */
function naturalRanks(memberships: ReadonlyMap<string, Membership>): Map<string, number> {
  let out = naturalCache.get(memberships);
  if (out) return out;
  const ids = [...new Set([...memberships.values()].map((m) => m.person_id))].sort(naturalCompare);
  out = new Map(ids.map((id, i) => [id, i] as const));
  naturalCache.set(memberships, out);
  return out;
}

/** A vacant seat: the group it belongs to (null: none known) and where in the seat plan it stands. */
export interface VacantSeat {
  group: string | null;
  /** The post nobody holds (data with posts), else null. */
  post: string | null;
  /** The departed member's last cell (region in plan order, cell index); Infinity when unknown. */
  region: number;
  index: number;
}

/**
 * The `count` vacant seats (see the file comment): departed people of the house whose last posts
 * nobody holds now, most recent first; then, while vacancies remain, departed people without a
 * post, most recent first; each vacancy stands in the departed member's last cell, in their last
 * group. Vacancies no departure explains have no group and no cell (they come last).
 * @param house the organizations of the hemicycle (a departure from elsewhere leaves no seat here)
 * @returns `count` vacant seats, in no particular order ([] when count ≤ 0)
 */
export function vacantSeatsOf(snapshot: Snapshot, plan: SeatPlan, count: number, house: ReadonlySet<string>): VacantSeat[] {
  const out: VacantSeat[] = [];
  if (count <= 0) return out;
  const groups = snapshot.membershipById ? lastGroups(snapshot.membershipById) : new Map<string, string>();
  const regionRank = new Map(plan.regions.map((r, i) => [r.org, i] as const));
  const natural = snapshot.membershipById ? naturalRanks(snapshot.membershipById) : null;
  const byName = natural
    ? (a: string, b: string) => {
        const x = natural.get(a);
        const y = natural.get(b);
        return x !== undefined && y !== undefined ? x - y : naturalCompare(a, b);
      }
    : naturalCompare;
  const recent = [...snapshot.departed.values()]
    .filter((d) => house.has(d.organization_id))
    .sort((a, b) => b.step - a.step || byName(a.person_id, b.person_id));
  const vacancyOf = (d: (typeof recent)[number], post: string | null): VacantSeat => {
    const last = d.step > 0 ? plan.placeAt(d.person_id, d.step - 1) : null;
    const seat = last?.kind === 'seat' ? last : null;
    return {
      group: groups.get(d.person_id) ?? null,
      post,
      region: seat ? (regionRank.get(seat.region) ?? Infinity) : Infinity,
      index: seat ? seat.index : Infinity,
    };
  };
  const usedPosts = new Set<string>();
  for (const d of recent) {
    if (out.length === count) return out;
    if (d.last_post_ids.length === 0) continue;
    const open = d.last_post_ids.filter((p) => !usedPosts.has(p) && (snapshot.postHolders.get(p)?.length ?? 0) === 0);
    if (open.length === 0) continue;
    open.forEach((p) => usedPosts.add(p));
    out.push(vacancyOf(d, open[0]!));
  }
  for (const d of recent) {
    if (out.length === count) return out;
    if (d.last_post_ids.length === 0) out.push(vacancyOf(d, null));
  }
  while (out.length < count) out.push({ group: null, post: null, region: Infinity, index: Infinity });
  return out;
}

/**
 * Who sits in each seat of a hemicycle of `seatCount` seats: person ids, or null for a vacant
 * seat, group by group; within a group, seats with a post in the posts' order (so a vacant post
 * stands where its holder sat, and whoever wins it in a by-election for the same group sits there
 * again), then seats without a post in the seat plan's cell order (a vacancy in its member's last
 * cell; see the file comment). Longer than `seatCount`
 * when more people sit than there are seats (the extra ones are the last).
 * @param house the organizations of the hemicycle (for the departures that leave seats empty)
 * @param groups the layout's groups (seat order and who sits for which); absent: from the memberships
 */
export function seatingPlan(
  snapshot: Snapshot,
  plan: SeatPlan,
  step: number,
  seatCount: number,
  house: ReadonlySet<string>,
  groups?: LayoutGroups,
): (string | null)[] {
  const { ranks, groupOf } = groupLookups(snapshot, groups);
  const rankOf = (g: string | null) => (g === null ? Number.MAX_SAFE_INTEGER : (ranks.get(g) ?? Number.MAX_SAFE_INTEGER - 1));
  const regionRank = new Map(plan.regions.map((r, i) => [r.org, i] as const));
  const postRank = new Map([...snapshot.postHolders.keys()].map((p, i) => [p, i] as const));
  // Within a group: seats with a post in the posts' order (a vacant post where its holder sat),
  // then seats without a post in the plan's cell order.
  type Row = { pid: string | null; g: number; a: number; b: number; c: number; vacant: number };
  const rows: Row[] = [...snapshot.seats.values()].map((seat) => {
    const pid = seat.person_id;
    const g = rankOf(groupOf(pid));
    const post = seat.post_ids.find((p) => postRank.has(p));
    if (post !== undefined) return { pid, g, a: 0, b: postRank.get(post)!, c: 0, vacant: 0 };
    const place = plan.placeAt(pid, step);
    return { pid, g, a: 1, b: place?.kind === 'seat' ? (regionRank.get(place.region) ?? 0) : 0, c: place?.index ?? 0, vacant: 0 };
  });
  for (const v of vacantSeatsOf(snapshot, plan, seatCount - rows.length, house)) {
    const g = rankOf(v.group);
    if (v.post !== null && postRank.has(v.post)) rows.push({ pid: null, g, a: 0, b: postRank.get(v.post)!, c: 0, vacant: 1 });
    else rows.push({ pid: null, g, a: 1, b: v.region, c: v.index, vacant: 1 });
  }
  rows.sort((x, y) => x.g - y.g || x.a - y.a || x.b - y.b || x.c - y.c || x.vacant - y.vacant || naturalCompare(x.pid ?? '', y.pid ?? ''));
  return rows.map((x) => x.pid);
}

/**
 * The seated people of `snapshot` in seating order (see the file comment).
 * @param plan the seat plan of the same timeline (for the order within a group)
 * @param step the snapshot's step
 * @returns person ids, every seated person once
 */
export function seatingOrder(snapshot: Snapshot, plan: SeatPlan, step: number, groups?: LayoutGroups): string[] {
  const { ranks, groupOf } = groupLookups(snapshot, groups);
  const regionRank = new Map(plan.regions.map((r, i) => [r.org, i] as const));
  const rows = [...snapshot.seats.keys()].map((pid) => {
    const g = groupOf(pid);
    const place = plan.placeAt(pid, step);
    return {
      pid,
      g: g === null ? Number.MAX_SAFE_INTEGER : (ranks.get(g) ?? Number.MAX_SAFE_INTEGER - 1),
      r: place?.kind === 'seat' ? (regionRank.get(place.region) ?? 0) : 0,
      i: place?.index ?? 0,
    };
  });
  rows.sort((a, b) => a.g - b.g || a.r - b.r || a.i - b.i || naturalCompare(a.pid, b.pid));
  return rows.map((x) => x.pid);
}
