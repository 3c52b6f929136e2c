/**
 * The small chart of member counts over the term: one stepped line per organization, the stated
 * claims as marks at the step they are checked against. Pure geometry in px.
 */
import { scaleLinear } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';
import type { Timeline } from '../model/steps.ts';
import { checkClaims } from '../model/claims.ts';
import { countsByStep } from '../model/counts.ts';
import { r1 } from './round.ts';

export interface CountSeries {
  width: number;
  height: number;
  /** x of each step. */
  stepX: number[];
  /** One line per organization; `colorIndex` is the chart's palette index of the body (`orgColor` of `draw/palette.ts`). */
  lines: { org: string; d: string; colorIndex: number; labelY: number }[];
  claimMarks: { id: string; x: number; y: number; holds: boolean }[];
}

/**
 * @param timeline the model's timeline
 * @param size chart size in px
 * @returns paths and marks; counts are read from `snapshotAt` for every step (linear in steps)
 */
export function countSeries(timeline: Timeline, size: { width: number; height: number }): CountSeries {
  const { width, height } = size;
  const orgs = timeline.dataset.organizations;
  const n = timeline.steps.length;
  const byOrg = countsByStep(timeline);
  const counts = timeline.steps.map((_, i) => Object.fromEntries(orgs.map((o) => [o.id, byOrg.get(o.id)?.[i] ?? 0])));
  const max = Math.max(1, ...orgs.map((o) => o.seats ?? 0), ...[...byOrg.values()].map((v) => Math.max(0, ...v)));
  const x = scaleLinear().domain([0, Math.max(1, n - 1)]).range([12, width - 70]);
  const y = scaleLinear().domain([0, max]).range([height - 18, 6]);
  const stepX = timeline.steps.map((_, i) => r1(x(i)));
  // The chart's palette index of a body is its pre-order position (as `SceneBox.colorIndex`).
  const treeIndex = new Map(timeline.orgIdsInTreeOrder.map((id, i) => [id, i] as const));
  const lines = orgs.map((o, k) => {
    const pts: [number, number][] = counts.map((c, i) => [x(i), y(c[o.id] ?? 0)]);
    pts.push([x(Math.max(1, n - 1)) + 10, y(counts[n - 1]?.[o.id] ?? 0)]);
    const d = line().curve(curveStepAfter)(pts) ?? '';
    return { org: o.id, d, colorIndex: treeIndex.get(o.id) ?? k, labelY: r1(y(counts[n - 1]?.[o.id] ?? 0) + 3) };
  });
  const claimMarks = checkClaims(timeline).map((c) => ({
    id: c.claim.id,
    x: r1(x(c.step)),
    y: r1(y(c.claim.count)),
    holds: c.holds,
  }));
  return { width, height, stepX, lines, claimMarks };
}

