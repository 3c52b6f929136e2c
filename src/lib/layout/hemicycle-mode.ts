/**
 * Which layout a scene uses: the nested boxes (`nested`, small committees such as the built-in
 * District 6 one) or the hemicycle (`hemicycle`, houses). `auto` picks the hemicycle when the
 * largest outermost body that is not a group has more than `HEMICYCLE_THRESHOLD` seats (or, when it
 * has no seats, more than that many members at once: its cells over the term).
 */
import type { Organization } from '../model/types.ts';
import { isGroupClassification } from '../model/groups.ts';
import type { RegionPlan, SeatPlan } from './seat-plan.ts';

/** The layouts a scene can use. */
export type LayoutMode = 'hemicycle' | 'nested';
/** What a caller asks for: a layout, or `auto`. */
export type LayoutChoice = 'auto' | LayoutMode;
export const LAYOUT_CHOICES: readonly LayoutChoice[] = ['auto', 'hemicycle', 'nested'];
/** Above this many seats (or members), `auto` draws a hemicycle. */
export const HEMICYCLE_THRESHOLD = 60;

/** Seats of a body, or (without seats) the cells of its whole subtree: the most members it held. */
export function bodySize(r: RegionPlan): number {
  return r.seats ?? r.totalCapacity;
}

/**
 * The outermost bodies of the plan that are not groups (parties are affiliations, never bodies),
 * in plan order.
 */
export function rootBodies(plan: SeatPlan, organizations: readonly Pick<Organization, 'id' | 'classification'>[]): RegionPlan[] {
  const groups = new Set(organizations.filter((o) => isGroupClassification(o)).map((o) => o.id));
  return plan.regions.filter((r) => (r.parent === null || !plan.region.has(r.parent)) && !(groups.has(r.org) && r.totalCapacity === 0));
}

/**
 * The layout to draw.
 * @param choice `auto` (default), or a forced layout (returned as is)
 * @returns `hemicycle` when forced, or under `auto` when the largest root body has more than
 *   `HEMICYCLE_THRESHOLD` seats (members when it has no seats); `nested` otherwise
 */
export function chooseLayout(
  plan: SeatPlan,
  organizations: readonly Pick<Organization, 'id' | 'classification'>[],
  choice: LayoutChoice = 'auto',
): LayoutMode {
  if (choice !== 'auto') return choice;
  const biggest = Math.max(0, ...rootBodies(plan, organizations).map(bodySize));
  return biggest > HEMICYCLE_THRESHOLD ? 'hemicycle' : 'nested';
}
