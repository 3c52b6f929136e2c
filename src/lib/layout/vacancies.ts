/**
 * Vacancies stage of `layoutScene`: the vacant seats of every body with seats.
 *
 * Per body with seats: (its vacancies − those drawn by the bodies with seats below it), in the lowest
 * free cells of its OWN area (the seat plan sizes that area for this at every step). A body without
 * seats has no vacancies: its empty cells stay blank (the Standing Office has no seats, so no
 * vacancies). Only when the snapshot disagrees with the plan (more vacancies than own free cells) do
 * the rest go to empty cells of seatless bodies inside it, so the number drawn always equals the
 * vacancies.
 */
import type { Snapshot } from '../model/timeline-types.ts';
import type { RegionPlan, SeatPlan } from './seat-plan.ts';
import type { Geometry } from './geometry.ts';
import { CELL_H, SHAPE_DX, type SceneVacant } from './scene.ts';
import { r1 } from './round.ts';

/**
 * @param occupied per region, the cell indexes seated people (and vacant posts' placeholders) occupy
 * @param placeholders per region, the vacant posts drawn there (`vacant-posts.ts`): each is one of the
 *   vacancies of the nearest body with seats above or at it, drawn with its post's name
 * @returns the vacant seats, sorted by key (`vacant:<region>:<cell index>`)
 */
export function vacantSeats(
  plan: SeatPlan,
  snapshot: Snapshot,
  geo: Geometry,
  occupied: ReadonlyMap<string, ReadonlySet<number>>,
  placeholders: ReadonlyMap<string, number> = new Map(),
): SceneVacant[] {
  const vacant: SceneVacant[] = [];
  const drawnTotal = new Map<string, number>();
  for (let i = plan.regions.length - 1; i >= 0; i--) {
    const r = plan.regions[i]!;
    if (r.seats === null) continue;
    // Zone: this region, then the seatless descendants reached without crossing another body with seats.
    const zone: RegionPlan[] = [];
    let below = 0;
    const walk = (q: RegionPlan) => {
      zone.push(q);
      for (const c of q.children) {
        const cr = plan.region.get(c);
        if (!cr) continue;
        if (cr.seats !== null) below += drawnTotal.get(cr.org) ?? 0;
        else walk(cr);
      }
    };
    walk(r);
    const vac = snapshot.vacancies[r.org] ?? r.seats - (snapshot.counts[r.org] ?? 0);
    const named = zone.reduce((n, q) => n + (placeholders.get(q.org) ?? 0), 0);
    let want = Math.max(0, Math.max(0, vac) - below - named);
    let drawn = Math.min(named, Math.max(0, vac - below));
    for (const q of zone) {
      if (want === 0) break;
      const g = geo.regions.get(q.org)!;
      const occ = occupied.get(q.org);
      for (let k = 0; k < q.capacity && want > 0; k++) {
        if (occ?.has(k)) continue;
        vacant.push({
          key: `vacant:${q.org}:${k}`,
          org: r.org,
          region: q.org,
          x: r1(g.cells[2 * k]! + SHAPE_DX),
          y: r1(g.cells[2 * k + 1]! + CELL_H / 2),
        });
        want--;
        drawn++;
      }
    }
    drawnTotal.set(r.org, drawn + below);
  }
  return vacant.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
