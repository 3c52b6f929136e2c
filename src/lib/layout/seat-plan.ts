/**
 * The seat plan: computed ONCE per dataset over the whole timeline, it gives every seated person a
 * stable cell index in the region (organization) of their innermost body, and every departed person a
 * stable slot in the tray of their end cause. So positions are deterministic, and a member keeps their
 * place from step to step unless their innermost body changes.
 *
 * Rules:
 * - Regions are organizations. A person sits in the region of their innermost organization.
 * - Steps are walked in order. At each step, everyone who leaves a region (or tray) frees their index
 *   first; then the newcomers of each region, sorted by their main group's place in `groupOrder`
 *   (when the dataset has groups: the group they sit for longest, ties the first; so each group
 *   sits together, and keeps its block over the term), then by the dataset order of their first post
 *   and then by person id (natural order), take the lowest free index; except that a person holding a
 *   post of that region takes the post's own place when it is free (`postSlots`: the region's posts
 *   in dataset order are its cells 0, 1, 2…; the Secretary's is the Standing Office's first), and one
 *   who stays in the region moves into it when it is free (a promotion).
 * - Groups (parties, `model/groups.ts`) are no regions: they have no box and no cells.
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
 * Stages, each in its own module: the input (`seat-plan-input.ts`: the organization tree, the seats,
 * and where each person is at each step, `seat-plan-states.ts`), the walk over the steps
 * (`seat-plan-walk.ts`, with the lowest-free-index allocator `seat-plan-allocator.ts` and the vacancy
 * tracker `seat-plan-vacancies.ts`), the regions and their capacities (`seat-plan-regions.ts`), the
 * trays (`seat-plan-trays.ts`) and the lookups in each person's history (`seat-plan-history.ts`).
 * The types are in `seat-plan-types.ts`, re-exported here.
 *
 * Pure TS: no Svelte, no DOM.
 */
import type { SeatPlan, SeatPlanInput, TimelineLike } from './seat-plan-types.ts';
import type { OrgTree } from '../model/org-tree.ts';
import { readPlanInput } from './seat-plan-input.ts';
import { walkSteps, walkStepsIter, type SeatWalk } from './seat-plan-walk.ts';
import { planRegions } from './seat-plan-regions.ts';
import { planTrays } from './seat-plan-trays.ts';
import { historyLookup } from './seat-plan-history.ts';

export type {
  PlanEntry,
  PlanOrganization,
  Placement,
  RegionPlan,
  SeatPlan,
  SeatPlanInput,
  SnapshotSource,
  SpanLike,
  TimelineLike,
  TrayPlan,
} from './seat-plan-types.ts';
export { naturalCompare } from './natural-compare.ts';

/**
 * Plans seats and tray slots for a whole timeline.
 * @throws Error when there are no steps, or when someone is seated in an organization that is not in the organizations list.
 */
export function planSeats(source: SeatPlanInput | TimelineLike): SeatPlan {
  const { tree, orgSeats, states, stepCount, groupRank } = readPlanInput(source);
  const walk = walkSteps(states, tree, orgSeats, groupRank);
  return finishPlan(stepCount, tree, orgSeats, walk);
}

/** The stages after the walk: regions and capacities, trays, history lookups. */
function finishPlan(stepCount: number, tree: OrgTree, orgSeats: ReadonlyMap<string, number | null>, walk: SeatWalk): SeatPlan {
  const { regions, region } = planRegions(tree, orgSeats, walk.seatOccupancy, walk.need);
  const { exitTrays, entryTrays } = planTrays(walk);
  const { entryAt, placeAt } = historyLookup(walk.history);
  return { stepCount, regions, region, exitTrays, entryTrays, history: walk.history, placeAt, entryAt };
}

/**
 * `planSeats` in slices, for a long history on a page that must stay responsive: the walk over
 * the steps stops every `sliceMs` milliseconds (of `now`) and awaits `pause()` (e.g. a yield to
 * the page's event loop, which may throw to cancel) before going on. Same result as `planSeats`.
 * @param sliceMs the longest stretch of work between two pauses, ms (default 12)
 * @throws what `planSeats` throws, and whatever `pause` throws (the plan is then abandoned)
 */
export async function planSeatsPaced(
  source: SeatPlanInput | TimelineLike,
  pause: () => Promise<void>,
  sliceMs = 12,
  now: () => number = () => performance.now(),
): Promise<SeatPlan> {
  const { tree, orgSeats, states, stepCount, groupRank } = readPlanInput(source);
  const it = walkStepsIter(states, tree, orgSeats, groupRank);
  let t0 = now();
  for (;;) {
    const r = it.next();
    if (r.done) return finishPlan(stepCount, tree, orgSeats, r.value);
    if (now() - t0 >= sliceMs) {
      await pause();
      t0 = now();
    }
  }
}
