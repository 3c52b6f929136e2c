/**
 * Over capacity, a stage of `layoutScene`: a body with seats that has more people seated in it (its
 * own area and the bodies inside it) than seats at a step is over capacity, and that many of its
 * people sit in seats marked as over capacity (`SceneNode.overCapacity`; the drawing rings them in
 * red and adds a legend item). Nothing is refused or hidden: the data says so, the chart shows it.
 *
 * Who is marked: bodies deepest first; a body's excess is its people minus its seats minus those
 * already marked inside it; the marked ones are its unmarked people in its own area and the seatless
 * bodies in it (not inside another body with seats) first, each area from the highest cell index down
 * (the seat plan gives newcomers the lowest free cell, so the highest cells are the surplus), then
 * anyone else inside it. Deterministic: same plan and step, same marks.
 */
import type { SeatPlan, RegionPlan } from './seat-plan.ts';
import type { SceneNode } from './scene.ts';

/**
 * Sets `overCapacity` on the seated `nodes` of `step` (see the module comment); departed nodes and
 * the others get `false`. Mutates and returns `nodes`. O(nodes · depth + regions).
 */
export function markOverCapacity(nodes: SceneNode[], plan: SeatPlan, step: number): SceneNode[] {
  for (const n of nodes) n.overCapacity = false;
  const seated = nodes.filter((n) => n.kind === 'seated' && n.org !== null);
  if (seated.length === 0 || !plan.regions.some((r) => r.seats !== null)) return nodes;
  const byRegion = new Map<string, SceneNode[]>();
  for (const n of seated) {
    const l = byRegion.get(n.org!);
    if (l) l.push(n);
    else byRegion.set(n.org!, [n]);
  }
  const cell = (n: SceneNode): number => {
    const p = plan.placeAt(n.person_id, step);
    return p && p.kind === 'seat' ? p.index : -1;
  };
  const byCellDown = (a: SceneNode, b: SceneNode): number => cell(b) - cell(a) || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);
  for (let i = plan.regions.length - 1; i >= 0; i--) {
    const r = plan.regions[i]!;
    if (r.seats === null) continue;
    const zone: SceneNode[] = [];
    const rest: SceneNode[] = [];
    const walk = (q: RegionPlan, inZone: boolean): void => {
      const own = [...(byRegion.get(q.org) ?? [])].sort(byCellDown);
      (inZone ? zone : rest).push(...own);
      for (const c of q.children) {
        const cr = plan.region.get(c);
        if (cr) walk(cr, inZone && cr.seats === null);
      }
    };
    walk(r, true);
    const all = [...zone, ...rest];
    const marked = all.filter((n) => n.overCapacity).length;
    let excess = all.length - r.seats - marked;
    for (const n of all) {
      if (excess <= 0) break;
      if (n.overCapacity) continue;
      n.overCapacity = true;
      excess--;
    }
  }
  return nodes;
}

const overCache = new WeakMap<SeatPlan, boolean>();

/**
 * True when some body with seats has, at some step, more people seated in it (its own area and the
 * bodies inside it) than seats: then the legend explains the over-capacity mark at every step (the
 * legend is the same for the whole timeline). Memoised per plan. O(history entries · depth).
 */
export function planHasOverCapacity(plan: SeatPlan): boolean {
  let v = overCache.get(plan);
  if (v !== undefined) return v;
  v = false;
  if (plan.regions.some((r) => r.seats !== null)) {
    // Per step, the seat changes: +1 into a region, −1 out of it.
    const deltas: Map<string, number>[] = Array.from({ length: plan.stepCount }, () => new Map());
    const add = (step: number, region: string, d: number): void => {
      if (step < 0 || step >= plan.stepCount) return;
      const m = deltas[step]!;
      m.set(region, (m.get(region) ?? 0) + d);
    };
    for (const h of plan.history.values()) {
      let prev: string | null = null;
      for (const e of h) {
        const now = e.place && e.place.kind === 'seat' ? e.place.region : null;
        if (now === prev) continue;
        if (prev !== null) add(e.step, prev, -1);
        if (now !== null) add(e.step, now, +1);
        prev = now;
      }
    }
    const subtree = new Map<string, number>();
    outer: for (const m of deltas) {
      const touched = new Set<string>();
      for (const [region, d] of m) {
        for (let q: RegionPlan | undefined = plan.region.get(region); q; q = q.parent === null ? undefined : plan.region.get(q.parent)) {
          subtree.set(q.org, (subtree.get(q.org) ?? 0) + d);
          if (q.seats !== null) touched.add(q.org);
        }
      }
      for (const o of touched) {
        if ((subtree.get(o) ?? 0) > plan.region.get(o)!.seats!) {
          v = true;
          break outer;
        }
      }
    }
  }
  overCache.set(plan, v);
  return v;
}
