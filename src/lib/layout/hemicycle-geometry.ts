/**
 * Geometry of the hemicycle layout (see `hemicycle-scene.ts`): where the house's box, its seats,
 * the seats kept for members beyond the seat count, the trays, the caption and the legend stand.
 * Depends only on the seat plan, the organizations and the width, never on the step, so seats and
 * trays keep their places. Memoised per plan and width. Units are the scene's (1 unit = 1 CSS px
 * at 100 % zoom); not rounded here.
 *
 * Picture: the caption at the top; under it the house's box holding the hemicycle (its base line
 * at the bottom of the box), the entry trays in a narrow column on its left and the exit trays on
 * its right (TRAY_COL_W each, so the trays never take more than about a quarter of the width);
 * then the legend and the source line. People in a tray are small dots; a tray holding more than
 * COMPACT_AT people is drawn as one block with the count instead (`hemicycle-scene.ts`).
 */
import type { Organization } from '../model/types.ts';
import type { RegionPlan, SeatPlan, TrayPlan } from './seat-plan.ts';
import type { TrayGeom } from './geometry.ts';
import { hemicycle, type HemicycleSeat } from './hemicycle.ts';
import { bodySize, rootBodies } from './hemicycle-mode.ts';
import { BOX_HEADER, BOX_PAD, CAPTION_H, COL_GAP, LEGEND_ITEM_W, MARGIN, SHAPE_R, TRAY_HEADER, type Rect } from './scene.ts';

/** Default width of a hemicycle scene: fits a 1400-pixel window at 100 %. */
export const HEMICYCLE_WIDTH = 1360;
/** Width of a column of trays. */
export const TRAY_COL_W = 190;
/** Radius and pitch of a person's dot in a tray. */
export const DOT_R = 4.5;
export const DOT_PITCH = 13;
/** A tray holding more people than this shows one block with their number instead of a dot each. */
export const COMPACT_AT = 40;
/** Height of a compact tray's block (its shape and count). */
export const COMPACT_BLOCK_H = 30;
/** Smallest and largest outer radius of the hemicycle, and the seat radius aimed at in between. */
const R_MIN = 200;
const R_MAX = 470;
const SEAT_TARGET = 9.5;

/** The geometry of a hemicycle scene. */
export interface HemicycleGeometry {
  width: number;
  caption: Rect;
  chart: Rect;
  legendRect: { x: number; y: number; w: number };
  legendCols: number;
  /** The house: the largest root body (its box holds the hemicycle). */
  house: { org: string; colorIndex: number; x: number; y: number; w: number; h: number };
  /** The root bodies seated in the hemicycle (not groups), in plan order. */
  bodies: RegionPlan[];
  /** The bodies and every organization inside them. */
  houseOrgs: ReadonlySet<string>;
  /** Seats of the hemicycle: the bodies' seats (members at most, for a body without seats). */
  seatCount: number;
  /** Centre of the base line and outer radius of the seats' hemicycle. */
  cx: number;
  cy: number;
  radius: number;
  /** Seats, left to right, in scene units. */
  seats: HemicycleSeat[];
  /** Seats in extra outer rows for members beyond `seatCount` (as many as the plan may need). */
  extra: HemicycleSeat[];
  /** Radius a seated node is drawn with (≤ SHAPE_R; seats never overlap). */
  nodeR: number;
  trays: TrayGeom[];
  /** Palette index of each region (its pre-order position, as in the nested layout). */
  colorIndex: Map<string, number>;
}

const cache = new WeakMap<SeatPlan, Map<string, HemicycleGeometry>>();

/**
 * Seats in extra rows outside a hemicycle whose rows have seat radius `rho` (outer radius 1): row j
 * has its centres at 1 + ρ + 2jρ; each row is spread over the half circle like the others.
 * @returns `count` seats, in unit coordinates, left to right; and the rows used
 */
export function extraSeats(count: number, rho: number): { seats: HemicycleSeat[]; rows: number } {
  const seats: HemicycleSeat[] = [];
  let j = 0;
  let left = count;
  while (left > 0) {
    const R = 1 + rho + 2 * j * rho;
    const cap = Math.max(1, Math.floor((Math.PI * R) / (2 * rho)));
    const m = Math.min(left, cap);
    const margin = Math.asin(Math.min(1, rho / R));
    const step = m > 1 ? (Math.PI - 2 * margin) / (m - 1) : 0;
    for (let s = 0; s < m; s++) {
      const angle = m === 1 ? Math.PI / 2 : Math.PI - margin - s * step;
      seats.push({ x: R * Math.cos(angle), y: -R * Math.sin(angle), row: 1000 + j, angle });
    }
    left -= m;
    j++;
  }
  return { seats: seats.sort((a, b) => b.angle - a.angle || a.row - b.row), rows: j };
}

/** Height of a tray column entry: header, rows of dots (entry trays: one), padding. */
function trayHeightFor(t: TrayPlan, cols: number): number {
  const slots = t.kind === 'entry' ? 1 : Math.min(t.capacity, COMPACT_AT);
  const rows = Math.max(1, Math.ceil(slots / cols));
  const body = t.kind === 'exit' && t.capacity > COMPACT_AT ? Math.max(rows * DOT_PITCH, COMPACT_BLOCK_H) : rows * DOT_PITCH;
  return TRAY_HEADER + body + BOX_PAD;
}

function trayColumn(list: readonly TrayPlan[], x: number, top: number): { trays: TrayGeom[]; bottom: number } {
  const cols = Math.max(1, Math.floor((TRAY_COL_W - 2 * BOX_PAD) / DOT_PITCH));
  const trays: TrayGeom[] = [];
  let y = top;
  for (const t of list) {
    const h = trayHeightFor(t, cols);
    trays.push({ plan: t, x, y, w: TRAY_COL_W, h, cols });
    y += h + 12;
  }
  return { trays, bottom: list.length > 0 ? y - 12 : top };
}

/** The geometry of a plan's hemicycle at a width (see the file comment). */
export function buildHemicycleGeometry(
  plan: SeatPlan,
  organizations: readonly Pick<Organization, 'id' | 'classification'>[],
  width: number,
): HemicycleGeometry {
  const bodies = rootBodies(plan, organizations);
  const house = bodies.reduce<RegionPlan | undefined>((best, r) => (best === undefined || bodySize(r) > bodySize(best) ? r : best), undefined);
  const seatCount = bodies.reduce((s, r) => s + bodySize(r), 0);
  const inBodies = new Set<string>();
  const walk = (r: RegionPlan) => {
    inBodies.add(r.org);
    for (const c of r.children) {
      const cr = plan.region.get(c);
      if (cr) walk(cr);
    }
  };
  bodies.forEach(walk);
  const mostSeated = plan.regions.filter((r) => inBodies.has(r.org)).reduce((s, r) => s + r.maxOccupancy, 0);
  const reserve = Math.max(0, mostSeated - seatCount);

  const h = hemicycle(seatCount);
  const rho = h.rows.length > 0 ? (seatCount <= 3 ? 0.25 : 1 / (4 * h.rows.length - 2)) : 0.25;
  const extraUnit = extraSeats(reserve, rho);
  const f = 1 + 2 * extraUnit.rows * rho;

  const entryW = plan.entryTrays.length > 0 ? TRAY_COL_W + COL_GAP : 0;
  const exitW = plan.exitTrays.length > 0 ? TRAY_COL_W + COL_GAP : 0;
  const mainX = MARGIN + entryW;
  const mainW = Math.max(2 * R_MIN * f + 2 * BOX_PAD, width - 2 * MARGIN - entryW - exitW);
  const fullWidth = mainW + entryW + exitW + 2 * MARGIN;
  const iw = mainW - 2 * BOX_PAD;
  const total = Math.min(iw / 2, R_MAX, Math.max(R_MIN, (SEAT_TARGET / rho) * f));
  const radius = total / f;

  const chartTop = MARGIN + CAPTION_H + 10;
  const cx = mainX + mainW / 2;
  const cy = chartTop + BOX_HEADER + 6 + total;
  const houseH = cy + h.seatRadius * radius + BOX_PAD - chartTop;
  const scale = (s: HemicycleSeat): HemicycleSeat => ({ x: cx + s.x * radius, y: cy + s.y * radius, row: s.row, angle: s.angle });

  const entry = trayColumn(plan.entryTrays, MARGIN, chartTop);
  const exit = trayColumn(plan.exitTrays, mainX + mainW + COL_GAP, chartTop);
  const chartBottom = Math.max(chartTop + houseH, entry.bottom, exit.bottom);
  const colorIndex = new Map(plan.regions.map((r, i) => [r.org, i] as const));

  return {
    width: fullWidth,
    caption: { x: MARGIN, y: MARGIN, w: fullWidth - 2 * MARGIN, h: CAPTION_H },
    chart: { x: MARGIN, y: chartTop, w: fullWidth - 2 * MARGIN, h: chartBottom - chartTop },
    legendRect: { x: MARGIN, y: chartBottom + 18, w: fullWidth - 2 * MARGIN },
    legendCols: Math.max(1, Math.floor((fullWidth - 2 * MARGIN) / LEGEND_ITEM_W)),
    house: { org: house?.org ?? '', colorIndex: colorIndex.get(house?.org ?? '') ?? 0, x: mainX, y: chartTop, w: mainW, h: houseH },
    bodies,
    houseOrgs: inBodies,
    seatCount,
    cx,
    cy,
    radius,
    seats: h.seats.map(scale),
    extra: extraUnit.seats.map(scale),
    nodeR: Math.min(SHAPE_R, 0.85 * h.seatRadius * radius),
    trays: [...entry.trays, ...exit.trays],
    colorIndex,
  };
}

/** `buildHemicycleGeometry`, memoised per plan and width. */
export function hemicycleGeometryFor(
  plan: SeatPlan,
  organizations: readonly Pick<Organization, 'id' | 'classification'>[],
  width: number,
): HemicycleGeometry {
  let byWidth = cache.get(plan);
  if (!byWidth) cache.set(plan, (byWidth = new Map()));
  const k = String(width);
  let g = byWidth.get(k);
  if (!g) byWidth.set(k, (g = buildHemicycleGeometry(plan, organizations, width)));
  return g;
}
