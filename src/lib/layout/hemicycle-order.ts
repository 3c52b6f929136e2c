/**
 * The order in which seated people take the seats of a hemicycle (seat 0 = the left end): grouped
 * by party, so that each group is one contiguous wedge.
 *
 * Interim rule, kept in ONE function (`seatingOrder`) so that it can be swapped for
 * `groupOrder(timeline)` / `groupAt(timeline, personId, step)` of `model/group-at.ts` once that
 * lands: a person's group is the `on_behalf_of_id` of their current membership (the first of their
 * active memberships that names one); groups are ranked by size over the term (distinct people who
 * ever sat for them, most first), ties by id; people without a group come last; within a group, the
 * seat plan's order (region in pre-order, then cell index, then person id).
 *
 * Vacant seats stay with the group that lost them (`seatingPlan`): each group's block is its
 * members, then its vacant seats. A vacancy belongs to the group of the departed member whose seat
 * it is: someone who left a post that nobody holds now (exact, for data with posts), else, for data
 * without posts, the most recent departures (a guess). Vacancies that no departure explains come
 * last (the right end).
 *
 * Stability: the seat plan's cell indexes are stable over the term, so the order within a group
 * does not change from step to step. A death or a resignation turns the seat hollow at the end of
 * its group's block (only that group's seats after it move up by one); a by-election won by the
 * same group gives the block back as it was. Blocks after a group shift only when the group's
 * size (members + vacancies) changes: a change of party, a by-election won by another group.
 */
import type { Membership } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { SeatPlan } from './seat-plan.ts';
import { naturalCompare } from './natural-compare.ts';

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

/**
 * Which group each of `count` vacant seats belongs to (see the file comment): departed people of
 * the house whose last posts nobody holds now, most recent first; then, while vacancies remain,
 * departed people without a post, most recent first; null for a vacancy no departure explains.
 * @param house the organizations of the hemicycle (a departure from elsewhere leaves no seat here)
 * @returns `count` group ids (or null), in no particular order
 */
export function vacancyGroups(snapshot: Snapshot, count: number, house: ReadonlySet<string>): (string | null)[] {
  const out: (string | null)[] = [];
  if (count <= 0) return out;
  const groups = snapshot.membershipById ? lastGroups(snapshot.membershipById) : new Map<string, string>();
  const recent = [...snapshot.departed.values()]
    .filter((d) => house.has(d.organization_id))
    .sort((a, b) => b.step - a.step || naturalCompare(a.person_id, b.person_id));
  const usedPosts = new Set<string>();
  for (const d of recent) {
    if (out.length === count) return out;
    if (d.last_post_ids.length === 0) continue;
    const open = d.last_post_ids.filter((p) => !usedPosts.has(p) && (snapshot.postHolders.get(p)?.length ?? 0) === 0);
    if (open.length === 0) continue;
    open.forEach((p) => usedPosts.add(p));
    out.push(groups.get(d.person_id) ?? null);
  }
  for (const d of recent) {
    if (out.length === count) return out;
    if (d.last_post_ids.length === 0) out.push(groups.get(d.person_id) ?? null);
  }
  while (out.length < count) out.push(null);
  return out;
}

/**
 * Who sits in each seat of a hemicycle of `seatCount` seats: person ids, or null for a vacant
 * seat, group by group (members, then the group's vacancies; see the file comment). Longer than
 * `seatCount` when more people sit than there are seats (the extra ones are the last).
 * @param house the organizations of the hemicycle (for the departures that leave seats empty)
 */
export function seatingPlan(snapshot: Snapshot, plan: SeatPlan, step: number, seatCount: number, house: ReadonlySet<string>): (string | null)[] {
  const people = seatingOrder(snapshot, plan, step);
  const vac = vacancyGroups(snapshot, seatCount - people.length, house);
  if (vac.length === 0) return people;
  const ranks = snapshot.membershipById ? groupRanks(snapshot.membershipById) : new Map<string, number>();
  const rankOf = (g: string | null) => (g === null ? Number.MAX_SAFE_INTEGER : (ranks.get(g) ?? Number.MAX_SAFE_INTEGER - 1));
  const open = new Map<number, number>();
  for (const g of vac) open.set(rankOf(g), (open.get(rankOf(g)) ?? 0) + 1);
  const out: (string | null)[] = [];
  const flush = (upTo: number) => {
    for (const r of [...open.keys()].sort((a, b) => a - b)) {
      if (r > upTo) break;
      for (let k = open.get(r)!; k > 0; k--) out.push(null);
      open.delete(r);
    }
  };
  for (const pid of people) {
    // Before the first member of a later group: the vacancies of every group up to the previous one.
    flush(rankOf(seatGroup(snapshot, pid)) - 1);
    out.push(pid);
  }
  flush(Number.POSITIVE_INFINITY);
  return out;
}

/**
 * The seated people of `snapshot` in seating order (see the file comment).
 * @param plan the seat plan of the same timeline (for the order within a group)
 * @param step the snapshot's step
 * @returns person ids, every seated person once
 */
export function seatingOrder(snapshot: Snapshot, plan: SeatPlan, step: number): string[] {
  const ranks = snapshot.membershipById ? groupRanks(snapshot.membershipById) : new Map<string, number>();
  const regionRank = new Map(plan.regions.map((r, i) => [r.org, i] as const));
  const rows = [...snapshot.seats.keys()].map((pid) => {
    const g = seatGroup(snapshot, pid);
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
