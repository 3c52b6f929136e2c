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
 * Stability: the seat plan's cell indexes are stable over the term, so the order within a group
 * does not change from step to step; a member keeps their seat unless a group before theirs (or
 * their own, before them) grows or shrinks at that step, which shifts the blocks after it.
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
