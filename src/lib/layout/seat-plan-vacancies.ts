/**
 * The seat plan's vacancy tracker (see the file comment of `seat-plan.ts`): how many cells each
 * organization with seats needs in its own area, for its people and the vacant seats it draws.
 */
import type { OrgTree } from '../model/org-tree.ts';

/** What `vacancyTracker` gives: fed seat by seat and step by step, read at the end. */
export interface VacancyTracker {
  /** A person takes (+1) or frees (−1) a seat in `region` (ignored for an organization the tree does not know). */
  seat(region: string, delta: number): void;
  /** Ends a step: recomputes the bodies touched at it, deepest first (every body with seats at the first step). */
  endStep(): void;
  /** Cells (a count) the body's own area needs to hold its people and its vacant seats at every step so far; 0 for a seatless or unknown body. */
  need(o: string): number;
}

/**
 * Follows, step by step, how many cells each organization with seats needs in its own area: the
 * people seated directly in it plus the vacant seats it draws (see `seat-plan.ts`). Only the
 * organizations above a seat taken or freed at a step are recomputed (all of them at the first step).
 */
export function vacancyTracker(tree: OrgTree, orgSeats: ReadonlyMap<string, number | null>): VacancyTracker {
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
