/**
 * The small chart of member counts over the term: one stepped line per body, one per group (party)
 * when the dataset has groups, the stated claims as marks at the step they are checked against.
 * Pure geometry in px.
 */
import { linearScale, stepAfterPath } from './linear.ts';
import type { Timeline } from '../model/steps.ts';
import { checkClaims } from '../model/claims.ts';
import { countsByStep } from '../model/counts.ts';
import { groupCountSeries } from '../model/group-at.ts';
import { groupPaletteIndex, isHexColor } from '../model/groups.ts';
import { r1 } from './round.ts';

export interface CountSeries {
  width: number;
  height: number;
  /** x of each step. */
  stepX: number[];
  /** The steps whose number is written under the axis (`stepTicks`): every k-th, so that labels never overlap. */
  ticks: number[];
  /** One line per organization; `colorIndex` is the chart's palette index of the body (`orgColor` of `draw/palette.ts`). */
  lines: { org: string; d: string; colorIndex: number; labelY: number }[];
  /**
   * One line per group (party) when the dataset has groups, in `groupOrder`: the group's id, its
   * members at each step, and its colour (the data's `color`, else the palette index `colorIndex` of
   * `groupColor` in `draw/palette.ts`, as in the chart). Empty without groups.
   */
  groupLines: { group: string; d: string; color: string | null; colorIndex: number; labelY: number }[];
  claimMarks: { id: string; x: number; y: number; holds: boolean }[];
}

/** The least room, in px, between two step numbers under the axis. */
export const TICK_GAP = 24;

/**
 * The steps (0-based) whose number the axis writes, for `n` steps over `span` px: every k-th step
 * from the first, k the smallest of 1, 2, 5, 10, 20, 50… that leaves `TICK_GAP` px between labels,
 * and the last step when it is far enough from the one before. `[]` for no steps.
 */
export function stepTicks(n: number, span: number, gap = TICK_GAP): number[] {
  if (n <= 0) return [];
  const per = n > 1 ? Math.max(span, 1) / (n - 1) : Infinity;
  let k = 1;
  while (k * per < gap) k = nextNice(k);
  const out: number[] = [];
  for (let i = 0; i < n; i += k) out.push(i);
  const last = n - 1;
  if (out[out.length - 1] !== last) {
    if ((last - out[out.length - 1]!) * per >= gap) out.push(last);
    else if (out.length > 1) out[out.length - 1] = last;
  }
  return out;
}

/** 1 → 2 → 5 → 10 → 20 → 50 → 100 … */
function nextNice(k: number): number {
  const p = 10 ** Math.floor(Math.log10(k));
  const m = k / p;
  return m < 2 ? 2 * p : m < 5 ? 5 * p : 10 * p;
}

/**
 * @param timeline the model's timeline
 * @param size chart size in px
 * @returns paths and marks; counts are read from `snapshotAt` for every step (linear in steps)
 */
export function countSeries(timeline: Timeline, size: { width: number; height: number }): CountSeries {
  const { width, height } = size;
  const orgs = timeline.dataset.organizations.filter((o) => !timeline.groupIds.has(o.id));
  const n = timeline.steps.length;
  const byOrg = countsByStep(timeline);
  const byGroup = groupCountSeries(timeline);
  const counts = timeline.steps.map((_, i) => Object.fromEntries(orgs.map((o) => [o.id, byOrg.get(o.id)?.[i] ?? 0])));
  const max = Math.max(1, ...orgs.map((o) => o.seats ?? 0), ...[...byOrg.values()].map((v) => Math.max(0, ...v)));
  const x = linearScale([0, Math.max(1, n - 1)], [12, width - 70]);
  const y = linearScale([0, max], [height - 18, 6]);
  const stepX = timeline.steps.map((_, i) => r1(x(i)));
  // The chart's palette index of a body is its pre-order position (as `SceneBox.colorIndex`).
  const treeIndex = new Map(timeline.orgIdsInTreeOrder.map((id, i) => [id, i] as const));
  const lines = orgs.map((o, k) => {
    const pts: [number, number][] = counts.map((c, i) => [x(i), y(c[o.id] ?? 0)]);
    pts.push([x(Math.max(1, n - 1)) + 10, y(counts[n - 1]?.[o.id] ?? 0)]);
    const d = stepAfterPath(pts);
    return { org: o.id, d, colorIndex: treeIndex.get(o.id) ?? k, labelY: r1(y(counts[n - 1]?.[o.id] ?? 0) + 3) };
  });
  const orgById = timeline.organizationById;
  const palette = groupPaletteIndex(timeline.dataset, timeline.groupIds);
  const groupLines = [...byGroup].map(([group, series]) => {
    const pts: [number, number][] = series.map((c, i) => [x(i), y(c)]);
    pts.push([x(Math.max(1, n - 1)) + 10, y(series[n - 1] ?? 0)]);
    const c = orgById.get(group)?.color;
    const color = isHexColor(c) ? c : null;
    return { group, d: stepAfterPath(pts), color, colorIndex: color === null ? (palette.get(group) ?? 0) : -1, labelY: r1(y(series[n - 1] ?? 0) + 3) };
  });
  const claimMarks = checkClaims(timeline).map((c) => ({
    id: c.claim.id,
    x: r1(x(c.step)),
    y: r1(y(c.claim.count)),
    holds: c.holds,
  }));
  return { width, height, stepX, ticks: stepTicks(n, width - 82), lines, groupLines, claimMarks };
}

