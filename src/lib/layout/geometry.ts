/**
 * Geometry stage of `layoutScene`: where every body's box, every own cell of a body and every tray
 * stands, and where the caption, chart and legend areas are. Depends only on the seat plan and the
 * requested width, never on the step, so boxes and trays keep their places and a person keeps their
 * cell while their innermost body stays the same. Cached per plan and width (pure memoisation).
 *
 * Picture: the bodies are nested rounded boxes (the BCH box holds the BTV box at its top, which holds
 * the Standing Office box at its top-left; any depth works). Each body's own cells form a grid; small
 * child boxes sit at the top-left with the parent's cells flowing to their right and then below,
 * large child boxes span the parent's width as bands. Exit trays stand in a column to the right,
 * entry trays to the left; at a width too narrow for those columns (a phone: `traysBeside`), every
 * tray stands below the bodies, exits first, across the width (`placeTrayGrid`). Units are the scene's (1 unit = 1 CSS px at 100 % zoom); not rounded here.
 */
import type { RegionPlan, SeatPlan, TrayPlan } from './seat-plan.ts';
import {
  BOX_HEADER,
  BOX_PAD,
  CAPTION_H,
  CELL_H,
  CELL_W,
  COL_GAP,
  GAP_BOX,
  GAP_X,
  GAP_Y,
  LABEL_DX,
  LABEL_W,
  LEGEND_ITEM_W,
  MARGIN,
  MIN_BOX_W,
  PITCH_X,
  PITCH_Y,
  SHAPE_DX,
  TRAY_HEADER,
  type Rect,
} from './scene.ts';

/** A body's box and the top-left corners of its own cells. */
export interface RegionGeom {
  org: string;
  depth: number;
  colorIndex: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Top-left corners of the own cells, x0,y0,x1,y1,... by cell index. */
  cells: Float64Array;
}

/** A tray's box and its number of slot columns. */
export interface TrayGeom {
  plan: TrayPlan;
  x: number;
  y: number;
  w: number;
  h: number;
  cols: number;
}

/** The size of a member's cell: `CELL_W` wide, narrower on a phone (`cellWidthFor`). */
export interface CellMetrics {
  cellW: number;
  /** `cellW + GAP_X`: from one cell's left edge to the next one's. */
  pitchX: number;
  /** Room for a label in the cell: `cellW - SHAPE_DX - LABEL_DX - 3`. */
  labelW: number;
}

/** The cells of the exports and the desktop (`CELL_W`, `PITCH_X`, `LABEL_W`). */
export const WIDE_CELLS: CellMetrics = { cellW: CELL_W, pitchX: PITCH_X, labelW: LABEL_W };
/** The narrowest cell on a phone, in units (its label wraps in lines of 69 units). */
export const NARROW_CELL_W = 100;

/**
 * The cells below a narrow chart (trays below the bodies): as wide as lets a body one level down
 * (inside two box paddings) hold two columns, between `NARROW_CELL_W` and `CELL_W`. At 296 units
 * (a 360-px phone) 104; at 320 (390 px) 116; from about 448 the desktop's 172.
 * @param mainW the bodies' width, in units
 */
export function cellWidthFor(mainW: number): CellMetrics {
  const cellW = Math.max(NARROW_CELL_W, Math.min(CELL_W, Math.floor((mainW - 4 * BOX_PAD + GAP_X) / 2) - GAP_X));
  return { cellW, pitchX: cellW + GAP_X, labelW: cellW - SHAPE_DX - LABEL_DX - 3 };
}

/** The whole geometry of a plan at a width. */
export interface Geometry {
  /** The cells' size (`WIDE_CELLS`, or narrower on a phone). */
  cells: CellMetrics;
  width: number;
  caption: Rect;
  chart: Rect;
  legendRect: { x: number; y: number; w: number };
  legendCols: number;
  regions: Map<string, RegionGeom>;
  /** Regions in pre-order. */
  order: RegionGeom[];
  trays: TrayGeom[];
}

const geometryCache = new WeakMap<SeatPlan, Map<string, Geometry>>();

/** Width of each body's box when laid out compactly (about square own grid, children side by side), by org id. */
function compactWidths(plan: SeatPlan, m: CellMetrics): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = plan.regions.length - 1; i >= 0; i--) {
    const r = plan.regions[i]!;
    const ownCols = r.capacity > 0 ? Math.min(6, Math.max(1, Math.ceil(Math.sqrt(r.capacity / 2)))) : 0;
    let kids = 0;
    r.children.forEach((c, k) => {
      kids += (out.get(c) ?? MIN_BOX_W) + (k > 0 ? GAP_BOX : 0);
    });
    const inner = Math.max(kids, ownCols * m.pitchX - GAP_X, m.cellW);
    out.set(r.org, Math.max(MIN_BOX_W, inner + 2 * BOX_PAD));
  }
  return out;
}

/** Smallest width of each body's box (one cell wide, children stacked), by org id. */
function minWidths(plan: SeatPlan, m: CellMetrics): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = plan.regions.length - 1; i >= 0; i--) {
    const r = plan.regions[i]!;
    let inner = m.cellW;
    for (const c of r.children) inner = Math.max(inner, out.get(c) ?? MIN_BOX_W);
    out.set(r.org, Math.max(MIN_BOX_W, inner + 2 * BOX_PAD));
  }
  return out;
}

/** Height of a tray holding `capacity` slots in `cols` columns. */
export function trayHeight(capacity: number, cols: number): number {
  const rows = Math.max(1, Math.ceil(capacity / cols));
  return TRAY_HEADER + rows * PITCH_Y - GAP_Y + BOX_PAD;
}

/** Slot columns of a tray of `capacity`: one up to 6 slots, then one more per 6, at most 4. */
export function trayColsFor(capacity: number): number {
  return capacity <= 6 ? 1 : Math.min(4, Math.ceil(capacity / 6));
}

/** Width of a column of trays (0 without trays). Entry trays count one slot: newcomers only pass through. */
function trayColumnWidth(trays: readonly TrayPlan[], m: CellMetrics): number {
  return trays.length === 0
    ? 0
    : Math.max(...trays.map((t) => trayColsFor(t.kind === 'entry' ? 1 : t.capacity) * m.pitchX - GAP_X + 2 * BOX_PAD));
}

/** What `placeRegion` shares down the tree. */
interface PlaceContext {
  plan: SeatPlan;
  m: CellMetrics;
  compact: Map<string, number>;
  colorIndex: Map<string, number>;
  regions: Map<string, RegionGeom>;
  order: RegionGeom[];
}

/**
 * Places the child boxes of a region inside its inner area (top-left (cx, cy), width iw). Small
 * children (narrow, and few cells next to the parent's own) sit at the top-left with the parent's
 * cells beside them (`side`); otherwise they form rows across the width, a child alone in its row
 * spanning it (a band).
 */
function placeChildren(ctx: PlaceContext, r: RegionPlan, cx: number, cy: number, iw: number): { side: boolean; blockW: number; blockH: number } {
  const kids = r.children.map((c) => ctx.plan.region.get(c)).filter((c): c is RegionPlan => c !== undefined);
  if (kids.length === 0) return { side: false, blockW: 0, blockH: 0 };
  const cws = kids.map((k) => Math.min(iw, ctx.compact.get(k.org) ?? MIN_BOX_W));
  const sumW = cws.reduce((s, v) => s + v, 0) + GAP_BOX * (kids.length - 1);
  const colsBeside = Math.floor((iw - sumW - GAP_BOX + GAP_X) / ctx.m.pitchX);
  const kidCells = kids.reduce((s, k) => s + k.totalCapacity, 0);
  const side = r.capacity > 0 && sumW <= iw * 0.5 && colsBeside >= 1 && kidCells * 3 <= r.capacity;
  if (side) {
    let kx = cx;
    const gs = kids.map((k, i) => {
      const kg = placeRegion(ctx, k, kx, cy, cws[i]!);
      kx += cws[i]! + GAP_BOX;
      return kg;
    });
    const blockH = Math.max(...gs.map((kg) => kg.h));
    for (const kg of gs) kg.h = blockH;
    return { side, blockW: sumW, blockH };
  }
  let i = 0;
  let ky = cy;
  while (i < kids.length) {
    let j = i;
    let rowW = 0;
    while (j < kids.length && (j === i || rowW + GAP_BOX + cws[j]! <= iw)) {
      rowW += (j > i ? GAP_BOX : 0) + cws[j]!;
      j++;
    }
    const n = j - i;
    const extra = (iw - rowW) / n;
    let kx = cx;
    const gs: RegionGeom[] = [];
    for (let k = i; k < j; k++) {
      const kw = n === 1 ? iw : cws[k]! + extra;
      gs.push(placeRegion(ctx, kids[k]!, kx, ky, kw));
      kx += kw + GAP_BOX;
    }
    const rowH = Math.max(...gs.map((kg) => kg.h));
    for (const kg of gs) kg.h = rowH;
    ky += rowH + GAP_BOX;
    i = j;
  }
  return { side, blockW: iw, blockH: ky - GAP_BOX - cy };
}

/**
 * Writes the top-left corners of a region's own cells into `g.cells`: beside the child block and
 * then below it (`side`), or in rows under the child bands. Columns are spread to use the full width
 * of their area (pitch ≥ PITCH_X).
 * @returns the height of the content under the box header (children and cells)
 */
function placeOwnCells(g: RegionGeom, capacity: number, cx: number, cy: number, iw: number, block: { side: boolean; blockW: number; blockH: number }, m: CellMetrics): number {
  const { side, blockW, blockH } = block;
  const PITCH_X = m.pitchX;
  const colsFull = Math.max(1, Math.floor((iw + GAP_X) / PITCH_X));
  const pitchFull = (iw + GAP_X) / colsFull;
  let contentH = blockH;
  if (side) {
    const bx = cx + blockW + GAP_BOX;
    const besideW = iw - blockW - GAP_BOX;
    const colsB = Math.max(1, Math.floor((besideW + GAP_X) / PITCH_X));
    const pitchB = Math.max(PITCH_X, (besideW + GAP_X) / colsB);
    const rowsB = Math.max(1, Math.ceil(blockH / PITCH_Y));
    const beside = colsB * rowsB;
    const fullY = cy + Math.max(rowsB * PITCH_Y, blockH + GAP_BOX);
    for (let i = 0; i < capacity; i++) {
      let px: number;
      let py: number;
      if (i < beside) {
        px = bx + (i % colsB) * pitchB;
        py = cy + Math.floor(i / colsB) * PITCH_Y;
      } else {
        const j = i - beside;
        px = cx + (j % colsFull) * pitchFull;
        py = fullY + Math.floor(j / colsFull) * PITCH_Y;
      }
      g.cells[2 * i] = px;
      g.cells[2 * i + 1] = py;
      contentH = Math.max(contentH, py + CELL_H - cy);
    }
  } else {
    const y0 = cy + (blockH > 0 ? blockH + GAP_BOX : 0);
    for (let i = 0; i < capacity; i++) {
      const py = y0 + Math.floor(i / colsFull) * PITCH_Y;
      g.cells[2 * i] = cx + (i % colsFull) * pitchFull;
      g.cells[2 * i + 1] = py;
      contentH = Math.max(contentH, py + CELL_H - cy);
    }
  }
  return contentH;
}

/** Lays out region `r` (and, recursively, its children) with its box at (x, y) and width `w`. */
function placeRegion(ctx: PlaceContext, r: RegionPlan, x: number, y: number, w: number): RegionGeom {
  const g: RegionGeom = {
    org: r.org,
    depth: r.depth,
    colorIndex: ctx.colorIndex.get(r.org) ?? 0,
    x,
    y,
    w,
    h: 0,
    cells: new Float64Array(2 * r.capacity),
  };
  ctx.regions.set(r.org, g);
  ctx.order.push(g);
  const iw = w - 2 * BOX_PAD;
  const cx = x + BOX_PAD;
  const cy = y + BOX_HEADER;
  const block = placeChildren(ctx, r, cx, cy, iw);
  g.h = BOX_HEADER + placeOwnCells(g, r.capacity, cx, cy, iw, block, ctx.m) + BOX_PAD;
  return g;
}

/**
 * A column of trays at x, width w, from `top` down (12 units apart). Entry trays are empty at rest
 * (newcomers only pass through): one row is enough.
 * @returns the trays and the bottom of the last one (`top` without trays)
 */
function placeTrayColumn(list: readonly TrayPlan[], x: number, w: number, top: number, m: CellMetrics): { trays: TrayGeom[]; bottom: number } {
  const trays: TrayGeom[] = [];
  let ty = top;
  const cols = Math.max(1, Math.floor((w - 2 * BOX_PAD + GAP_X) / m.pitchX));
  for (const t of list) {
    const h = trayHeight(t.kind === 'entry' ? 1 : t.capacity, cols);
    trays.push({ plan: t, x, y: ty, w, h, cols });
    ty += h + 12;
  }
  return { trays, bottom: list.length > 0 ? ty - 12 : top };
}

/**
 * Whether the trays stand in columns beside the bodies (entry left, exit right) at a requested
 * width: only when, with both columns taken off, the bodies still get at least one cell's pitch
 * more than their narrowest layout (`needMain`). Otherwise (a phone) the trays go below the chart.
 * @param requestedWidth the scene's requested width, in units
 * @param sideW the two tray columns with their gaps, in units (0 without trays)
 * @param needMain the narrowest width of the bodies, in units
 */
export function traysBeside(requestedWidth: number, sideW: number, needMain: number): boolean {
  return sideW === 0 || requestedWidth - 2 * MARGIN - sideW >= needMain + PITCH_X;
}

/** The geometry of a plan at a requested width (the scene grows wider only when the bodies' narrowest layout needs it). */
export function buildGeometry(plan: SeatPlan, requestedWidth: number): Geometry {
  const roots = plan.regions.filter((r) => r.parent === null || !plan.region.has(r.parent));
  const needOf = (w: Map<string, number>) => Math.max(MIN_BOX_W, ...roots.map((r) => w.get(r.org) ?? MIN_BOX_W));

  let m = WIDE_CELLS;
  let entryW = trayColumnWidth(plan.entryTrays, m);
  let exitW = trayColumnWidth(plan.exitTrays, m);
  const sideW = (entryW > 0 ? entryW + COL_GAP : 0) + (exitW > 0 ? exitW + COL_GAP : 0);
  const beside = traysBeside(requestedWidth, sideW, needOf(minWidths(plan, m)));
  if (!beside) {
    // A phone: the trays go below and the cells narrow so that a body holds two columns.
    m = cellWidthFor(requestedWidth - 2 * MARGIN);
    entryW = trayColumnWidth(plan.entryTrays, m);
    exitW = trayColumnWidth(plan.exitTrays, m);
  }
  const compact = compactWidths(plan, m);
  const needMain = needOf(minWidths(plan, m));
  const mainW = beside ? Math.max(needMain, requestedWidth - 2 * MARGIN - sideW) : Math.max(needMain, requestedWidth - 2 * MARGIN);
  const width = mainW + (beside ? sideW : 0) + 2 * MARGIN;

  const caption: Rect = { x: MARGIN, y: MARGIN, w: width - 2 * MARGIN, h: CAPTION_H };
  const chartTop = MARGIN + CAPTION_H + 10;
  const mainX = MARGIN + (beside && entryW > 0 ? entryW + COL_GAP : 0);

  const ctx: PlaceContext = {
    plan,
    m,
    compact,
    colorIndex: new Map(plan.regions.map((r, i) => [r.org, i] as const)),
    regions: new Map(),
    order: [],
  };
  let y = chartTop;
  for (const root of roots) {
    const g = placeRegion(ctx, root, mainX, y, mainW);
    y += g.h + GAP_BOX * 2;
  }
  let chartBottom = roots.length > 0 ? y - GAP_BOX * 2 : chartTop;

  let trays: TrayGeom[];
  if (beside) {
    const entry = placeTrayColumn(plan.entryTrays, MARGIN, entryW, chartTop, m);
    const exit = placeTrayColumn(plan.exitTrays, mainX + mainW + COL_GAP, exitW, chartTop, m);
    chartBottom = Math.max(chartBottom, entry.bottom, exit.bottom);
    trays = [...entry.trays, ...exit.trays];
  } else {
    // Below the bodies, across the whole width: the exit trays (where leavers rest), then the entry trays.
    const top = chartBottom + (roots.length > 0 ? GAP_BOX * 2 : 0);
    const below = placeTrayGrid([...plan.exitTrays, ...plan.entryTrays], MARGIN, mainW, top, m);
    chartBottom = Math.max(chartBottom, below.bottom);
    trays = below.trays;
  }

  const chart: Rect = { x: MARGIN, y: chartTop, w: width - 2 * MARGIN, h: chartBottom - chartTop };
  const legendCols = Math.max(1, Math.floor((width - 2 * MARGIN) / LEGEND_ITEM_W));
  const legendRect = { x: MARGIN, y: chartBottom + 18, w: width - 2 * MARGIN };
  return { cells: m, width, caption, chart, legendRect, legendCols, regions: ctx.regions, order: ctx.order, trays };
}

/**
 * Trays below the chart (narrow widths): side by side in rows when two or more fit across `w`
 * (each as wide as its slots need, widened to share the row), else one under the other, each the
 * full width. A row is as tall as its tallest tray.
 * @returns the trays and the bottom of the last row (`top` without trays)
 */
function placeTrayGrid(list: readonly TrayPlan[], x: number, w: number, top: number, m: CellMetrics): { trays: TrayGeom[]; bottom: number } {
  const trays: TrayGeom[] = [];
  const need = (t: TrayPlan) => trayColsFor(t.kind === 'entry' ? 1 : t.capacity) * m.pitchX - GAP_X + 2 * BOX_PAD;
  let ty = top;
  let i = 0;
  while (i < list.length) {
    let j = i;
    let rowW = 0;
    while (j < list.length && (j === i || rowW + GAP_BOX + need(list[j]!) <= w)) {
      rowW += (j > i ? GAP_BOX : 0) + Math.min(w, need(list[j]!));
      j++;
    }
    const n = j - i;
    const extra = (w - rowW) / n;
    let tx = x;
    let rowH = 0;
    for (let k = i; k < j; k++) {
      const t = list[k]!;
      const tw = Math.min(w, need(t)) + extra;
      const cols = Math.max(1, Math.floor((tw - 2 * BOX_PAD + GAP_X) / m.pitchX));
      const h = trayHeight(t.kind === 'entry' ? 1 : t.capacity, cols);
      trays.push({ plan: t, x: tx, y: ty, w: tw, h, cols });
      tx += tw + GAP_BOX;
      rowH = Math.max(rowH, h);
    }
    for (const g of trays.slice(trays.length - n)) g.h = rowH;
    ty += rowH + 12;
    i = j;
  }
  return { trays, bottom: list.length > 0 ? ty - 12 : top };
}

/** `buildGeometry`, memoised per plan and width. */
export function geometryFor(plan: SeatPlan, width: number): Geometry {
  let byWidth = geometryCache.get(plan);
  if (!byWidth) {
    byWidth = new Map();
    geometryCache.set(plan, byWidth);
  }
  const k = String(width);
  let g = byWidth.get(k);
  if (!g) {
    g = buildGeometry(plan, width);
    byWidth.set(k, g);
  }
  return g;
}
