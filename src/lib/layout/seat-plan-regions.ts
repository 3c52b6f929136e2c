/**
 * The seat plan's regions: one per organization of the tree, in pre-order (parents before
 * children, siblings in dataset order), with the number of cells of each one's own area and of its
 * whole subtree (the capacity rule is in `seat-plan.ts`).
 */
import type { OrgTree } from '../model/org-tree.ts';
import type { RegionPlan } from './seat-plan-types.ts';

/**
 * Builds the regions and their capacities (counts of cells).
 * @param orgSeats the seats of each organization (null: none).
 * @param seatOccupancy the most people ever seated directly in each organization at one step (absent: 0).
 * @param need the cells the own area of a body with seats needs for its people and vacant seats.
 * @returns the regions in pre-order, and the same regions by organization id.
 * @throws Error when someone is seated (`seatOccupancy`) in an organization the tree does not know.
 */
export function planRegions(
  tree: OrgTree,
  orgSeats: ReadonlyMap<string, number | null>,
  seatOccupancy: ReadonlyMap<string, number>,
  need: (org: string) => number,
): { regions: RegionPlan[]; region: Map<string, RegionPlan> } {
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
      maxOccupancy: seatOccupancy.get(id) ?? 0,
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
    r.capacity = r.seats !== null ? Math.max(need(r.org), r.maxOccupancy) : r.maxOccupancy;
    r.totalCapacity = r.capacity + childTotal;
  }

  // People seated in an organization the tree does not know: refuse, with a clear message.
  for (const org of seatOccupancy.keys()) {
    if (!region.has(org)) {
      throw new Error(`planSeats: a person is seated in organization "${org}", which is not in the organizations list.`);
    }
  }
  return { regions, region };
}
