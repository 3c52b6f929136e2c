/**
 * Legend stage of `layoutScene`: the legend's items (fixed for the whole timeline: one per body
 * unless every member has a group colour, one per group (party) in seat order with its members at
 * the step in its label, vacant seat, the "new" mark when anyone joins after the first step, the
 * over-capacity mark when some body has more people than seats at some step, one per end cause, the
 * "inferred" mark) laid out in a grid of `geo.legendCols` columns, and the source line under it.
 */
import type { Organization } from '../model/types.ts';
import type { SeatPlan } from './seat-plan.ts';
import type { Geometry } from './geometry.ts';
import type { LayoutStrings } from './words.ts';
import { LEGEND_ROW, LEGEND_TITLE_H, MARGIN, SOURCE_H, type LegendItem, type Rect, type SceneLegend } from './scene.ts';
import { shapeFor } from './nodes.ts';
import { r1 } from './round.ts';
import { planHasOverCapacity } from './over-capacity.ts';
import type { SceneGroup } from './groups.ts';

const newcomersCache = new WeakMap<SeatPlan, boolean>();

/** True when someone joins after the first step (then the legend explains the "new" mark at every step). Memoised per plan. */
export function planHasNewcomers(plan: SeatPlan): boolean {
  let v = newcomersCache.get(plan);
  if (v === undefined) {
    v = false;
    for (const h of plan.history.values()) {
      if (h.some((e) => e.joined === true)) {
        v = true;
        break;
      }
    }
    newcomersCache.set(plan, v);
  }
  return v;
}

/** The legend's items in order, without their positions. */
export function legendEntries(
  geo: { readonly order: readonly Pick<Geometry['order'][number], 'org' | 'colorIndex'>[] },
  plan: SeatPlan,
  orgs: ReadonlyMap<string, Organization>,
  words: LayoutStrings,
  groups: readonly SceneGroup[] = [],
  everySeatHasGroup = false,
): Omit<LegendItem, 'x' | 'y' | 'w'>[] {
  const items: Omit<LegendItem, 'x' | 'y' | 'w'>[] = [];
  // When every member has a group colour, the bodies' colours would explain no node.
  for (const g of everySeatHasGroup ? [] : geo.order) {
    const org = orgs.get(g.org);
    const shortName = words.label(org?.short_name) || words.label(org?.name) || g.org;
    items.push({ key: `org:${g.org}`, kind: 'org', shape: 'circle', org: g.org, colorIndex: g.colorIndex, label: words.legendSeated(shortName, org?.short_name) });
  }
  // The groups with members at the step (the legend keeps room for the most at one step: `placeLegend`).
  for (const g of groups) {
    if (g.count === 0) continue;
    const label = words.legendGroup(g.label, g.count);
    const tail = label.startsWith(g.label) ? label.slice(g.label.length) : '';
    items.push({
      key: `group:${g.id}`,
      kind: 'group',
      shape: 'circle',
      group: g.id,
      colorIndex: g.colorIndex,
      label,
      ...(tail !== '' ? { parts: { name: g.label, tail } } : {}),
    });
  }
  if (plan.regions.some((r) => r.seats !== null)) {
    items.push({ key: 'vacant', kind: 'vacant', shape: 'circle', colorIndex: -1, label: words.legendVacant });
  }
  if (planHasNewcomers(plan)) {
    items.push({ key: 'new', kind: 'new', shape: 'circle', colorIndex: -1, label: words.legendNew });
  }
  if (planHasOverCapacity(plan)) {
    items.push({ key: 'over', kind: 'over', shape: 'circle', colorIndex: -1, label: words.legendOverCapacity });
  }
  for (const t of plan.exitTrays) {
    items.push({
      key: `cause:${t.cause}`,
      kind: 'cause',
      shape: shapeFor('departed', t.cause),
      cause: t.cause,
      colorIndex: -1,
      label: words.causeLabel('exit', t.cause),
    });
  }
  items.push({ key: 'inferred', kind: 'inferred', shape: 'circle', colorIndex: -1, label: words.legendInferred });
  return items;
}

/** Slots the legend keeps for groups: the most groups present at one step of the term (`LayoutGroups.present`), at least those of this step. */
export function legendReserve(entries: readonly { kind: string }[], groups: { present?: number }, groupCount: number): number {
  return Math.max(entries.filter((e) => e.kind === 'group').length, groups.present ?? groupCount);
}

/**
 * The legend laid out under the chart, row by row (item x at its shape's centre, 22 units into its
 * column), and the source line's area under it (not rounded; `layoutScene` rounds rectangles). The
 * groups (first in `items`) take `reserve` slots, some left empty at a step with fewer groups (the
 * groups present vary by step), so that the other items and the legend's height do not move.
 */
export function placeLegend(
  geo: Pick<Geometry, 'legendRect' | 'legendCols'>,
  items: readonly Omit<LegendItem, 'x' | 'y' | 'w'>[],
  title: string,
  reserve = 0,
): { legend: SceneLegend; source: Rect } {
  const lr = geo.legendRect;
  const itemW = lr.w / geo.legendCols;
  // The groups come first (after the bodies), in `reserve` slots (some empty at a step with fewer groups), so that the
  // items after them keep their places from step to step.
  const nGroups = items.filter((it) => it.kind === 'group').length;
  const slots = Math.max(reserve, nGroups);
  // Items after the groups (or after where they would be, when none is present) move by the empty slots.
  const afterGroups = (i: number): boolean => {
    const firstOther = items.findIndex((it) => it.kind !== 'org' && it.kind !== 'group');
    return i >= (firstOther < 0 ? items.length : firstOther);
  };
  const legendItems: LegendItem[] = items.map((it, i) => {
    const k = afterGroups(i) ? i + slots - nGroups : i;
    return {
      ...it,
      x: r1(lr.x + (k % geo.legendCols) * itemW + 22),
      y: r1(lr.y + LEGEND_TITLE_H + Math.floor(k / geo.legendCols) * LEGEND_ROW + LEGEND_ROW / 2),
      w: r1(itemW - 28),
    };
  });
  const legendRows = Math.ceil((items.length - nGroups + slots) / geo.legendCols);
  const legendH = LEGEND_TITLE_H + legendRows * LEGEND_ROW + 6;
  const source: Rect = { x: MARGIN, y: lr.y + legendH + 12, w: lr.w, h: SOURCE_H };
  return { legend: { x: r1(lr.x), y: r1(lr.y), w: r1(lr.w), h: r1(legendH), title, items: legendItems }, source };
}
