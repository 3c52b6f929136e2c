/**
 * `layoutScene`: a pure function of (organizations, posts, persons, snapshot, seat plan, step,
 * language, options) → positioned items in abstract units (see `scene.ts`).
 *
 * Picture: the bodies are NESTED ROUNDED BOXES (the BCH box holds the BTV box at its top, which holds
 * the Standing Office box at its top-left; any depth works). Each body's own cells form a grid; a
 * small child box sits at the top-left with the parent's cells flowing to its right and then below,
 * a large child box spans the parent's width as a band. Exit trays (one per end cause of the whole
 * timeline) stand in a column to the right; entry trays (start causes other than `elected`) to the
 * left. Caption area on top, legend and source line at the bottom.
 *
 * Vacant seats are drawn in the own area of the body with seats they belong to (the seat plan gives
 * that area enough cells at every step), never in a seatless body inside it: the Standing Office has
 * no seats, so no vacancies; its empty cell stays blank.
 *
 * `scene.nodes` is in reading order (seated by y then x, then departed tray by tray), which is the
 * order of the on-screen chart's keyboard focus.
 *
 * Geometry depends only on the seat plan and the width, never on the step: boxes and trays keep
 * their places, a person keeps their cell while their innermost body stays the same. Language only
 * changes text. All numbers are rounded to 0.1.
 */
import type { Lang, LangString, Organization, Person, Post } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import { END_CAUSE_LABELS, START_CAUSE_LABELS, STRINGS } from '../i18n/strings.ts';
import type { RegionPlan, SeatPlan, TrayPlan } from './seat-plan.ts';
import {
  BOX_HEADER,
  BOX_PAD,
  BOX_TITLE_FONT,
  CAPTION_H,
  CELL_H,
  CELL_W,
  COL_GAP,
  DEFAULT_WIDTH,
  GAP_BOX,
  GAP_X,
  GAP_Y,
  LABEL_FONT,
  LABEL_LINES,
  LABEL_W,
  LEGEND_ITEM_W,
  LEGEND_ROW,
  LEGEND_TITLE_H,
  MARGIN,
  MIN_BOX_W,
  PITCH_X,
  PITCH_Y,
  SHAPE_DX,
  SOURCE_H,
  TRAY_HEADER,
  TRAY_TITLE_FONT,
  type LegendItem,
  type Rect,
  type Scene,
  type SceneBox,
  type SceneNode,
  type SceneTray,
  type SceneVacant,
  type ShapeName,
} from './scene.ts';
import { fitText, wrapText } from './text.ts';

export * from './scene.ts';

/** Texts the layout writes; defaults come from `i18n/strings.ts` in the scene's language. */
export interface LayoutStrings {
  /** Tray title for a cause. */
  causeLabel: (kind: 'exit' | 'entry', cause: string) => string;
  legendTitle: string;
  /** Legend label for a seated member of a body (given the body's short name). */
  legendSeated: (orgShortName: string) => string;
  legendVacant: string;
  /** Legend label of the "new at this step" mark. */
  legendNew: string;
  legendInferred: string;
}

/** Texts of the layout that `i18n/strings.ts` does not have (yet). */
const LAYOUT_TEXTS: Record<Lang, { legendNew: string }> = {
  vi: { legendNew: 'Mới vào ở bước này' },
  en: { legendNew: 'New at this step' },
};

export interface LayoutOptions {
  /** Total width of the scene in units (default 1200). The scene grows wider if the tree needs it. */
  width?: number;
  strings?: Partial<LayoutStrings>;
}

/** The explicit form of the input. */
export interface LayoutParts {
  organizations: readonly Organization[];
  posts: readonly Post[];
  persons: readonly Person[];
  snapshot: Snapshot;
  plan: SeatPlan;
  /** Defaults to `snapshot.step`. */
  step?: number;
  lang: Lang;
  options?: LayoutOptions;
}

/** A timeline as `model/steps.ts` builds it (only what the layout reads). */
export interface LayoutTimeline {
  dataset: { organizations: readonly Organization[]; posts: readonly Post[]; persons: readonly Person[] };
  snapshotAt(step: number): Snapshot;
}

/** The same input, with the parts taken from a timeline: the snapshot is `timeline.snapshotAt(step)`. */
export interface LayoutFromTimeline {
  timeline: LayoutTimeline;
  plan: SeatPlan;
  step: number;
  lang: Lang;
  options?: LayoutOptions;
}

export type LayoutInput = LayoutParts | LayoutFromTimeline;

function toParts(input: LayoutInput): LayoutParts & { step: number } {
  if ('timeline' in input) {
    const d = input.timeline.dataset;
    return {
      organizations: d.organizations,
      posts: d.posts,
      persons: d.persons,
      snapshot: input.timeline.snapshotAt(input.step),
      plan: input.plan,
      step: input.step,
      lang: input.lang,
      ...(input.options ? { options: input.options } : {}),
    };
  }
  return { ...input, step: input.step ?? input.snapshot.step };
}

/** Round to 0.1 (and never write -0). */
export function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

function pickLang(s: LangString | undefined | null, lang: Lang): string {
  if (!s) return '';
  return s[lang] ?? s[lang === 'vi' ? 'en' : 'vi'] ?? Object.values(s).find((v) => typeof v === 'string') ?? '';
}

/** Shape of a node: seated = circle; departed by end cause. */
export function shapeFor(kind: 'seated' | 'departed', cause: string | null): ShapeName {
  if (kind === 'seated') return 'circle';
  switch (cause) {
    case 'removed_from_roll':
      return 'cross';
    case 'transfer':
      return 'triangle';
    case 'retirement':
      return 'square';
    default:
      return 'diamond';
  }
}

function defaultStrings(lang: Lang): LayoutStrings {
  const s = STRINGS[lang];
  return {
    causeLabel: (kind, cause) => {
      const table = (kind === 'exit' ? END_CAUSE_LABELS : START_CAUSE_LABELS) as Record<string, Record<Lang, string>>;
      return table[cause]?.[lang] ?? cause;
    },
    legendTitle: s.legend,
    legendSeated: (name) => `${s.legendSeated}: ${name}`,
    legendVacant: s.legendVacant,
    legendNew: (LAYOUT_TEXTS[lang] ?? LAYOUT_TEXTS.en).legendNew,
    legendInferred: s.legendInferred,
  };
}

// ---------------------------------------------------------------------------------------------
// Geometry (depends on the plan and the width only; cached per plan).

interface RegionGeom {
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

interface TrayGeom {
  plan: TrayPlan;
  x: number;
  y: number;
  w: number;
  h: number;
  cols: number;
}

interface Geometry {
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

function compactWidths(plan: SeatPlan): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = plan.regions.length - 1; i >= 0; i--) {
    const r = plan.regions[i]!;
    const ownCols = r.capacity > 0 ? Math.min(6, Math.max(1, Math.ceil(Math.sqrt(r.capacity / 2)))) : 0;
    let kids = 0;
    r.children.forEach((c, k) => {
      kids += (out.get(c) ?? MIN_BOX_W) + (k > 0 ? GAP_BOX : 0);
    });
    const inner = Math.max(kids, ownCols * PITCH_X - GAP_X, CELL_W);
    out.set(r.org, Math.max(MIN_BOX_W, inner + 2 * BOX_PAD));
  }
  return out;
}

function minWidths(plan: SeatPlan): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = plan.regions.length - 1; i >= 0; i--) {
    const r = plan.regions[i]!;
    let inner = CELL_W;
    for (const c of r.children) inner = Math.max(inner, out.get(c) ?? MIN_BOX_W);
    out.set(r.org, Math.max(MIN_BOX_W, inner + 2 * BOX_PAD));
  }
  return out;
}

function trayDims(capacity: number, cols: number): { h: number } {
  const rows = Math.max(1, Math.ceil(capacity / cols));
  return { h: TRAY_HEADER + rows * PITCH_Y - GAP_Y + BOX_PAD };
}

function trayColsFor(capacity: number): number {
  return capacity <= 6 ? 1 : Math.min(4, Math.ceil(capacity / 6));
}

function buildGeometry(plan: SeatPlan, requestedWidth: number): Geometry {
  const compact = compactWidths(plan);
  const minW = minWidths(plan);
  const roots = plan.regions.filter((r) => r.parent === null || !plan.region.has(r.parent));

  const colWidth = (trays: readonly TrayPlan[]) =>
    trays.length === 0
      ? 0
      : Math.max(...trays.map((t) => trayColsFor(t.kind === 'entry' ? 1 : t.capacity) * PITCH_X - GAP_X + 2 * BOX_PAD));
  const entryW = colWidth(plan.entryTrays);
  const exitW = colWidth(plan.exitTrays);
  const sideW = (entryW > 0 ? entryW + COL_GAP : 0) + (exitW > 0 ? exitW + COL_GAP : 0);
  const needMain = Math.max(MIN_BOX_W, ...roots.map((r) => minW.get(r.org) ?? MIN_BOX_W));
  const mainW = Math.max(needMain, requestedWidth - 2 * MARGIN - sideW);
  const width = mainW + sideW + 2 * MARGIN;

  const caption: Rect = { x: MARGIN, y: MARGIN, w: width - 2 * MARGIN, h: CAPTION_H };
  const chartTop = MARGIN + CAPTION_H + 10;
  const mainX = MARGIN + (entryW > 0 ? entryW + COL_GAP : 0);

  const regions = new Map<string, RegionGeom>();
  const order: RegionGeom[] = [];
  const colorIndex = new Map(plan.regions.map((r, i) => [r.org, i] as const));

  /** Lays out region `r` with its box at (x, y) and width w; returns its height. */
  const place = (r: RegionPlan, x: number, y: number, w: number): RegionGeom => {
    const g: RegionGeom = {
      org: r.org,
      depth: r.depth,
      colorIndex: colorIndex.get(r.org) ?? 0,
      x,
      y,
      w,
      h: 0,
      cells: new Float64Array(2 * r.capacity),
    };
    regions.set(r.org, g);
    order.push(g);
    const iw = w - 2 * BOX_PAD;
    const cx = x + BOX_PAD;
    const cy = y + BOX_HEADER;
    const kids = r.children.map((c) => plan.region.get(c)).filter((c): c is RegionPlan => c !== undefined);
    let blockW = 0;
    let blockH = 0;
    let side = false;
    if (kids.length > 0) {
      const cws = kids.map((k) => Math.min(iw, compact.get(k.org) ?? MIN_BOX_W));
      const sumW = cws.reduce((s, v) => s + v, 0) + GAP_BOX * (kids.length - 1);
      const colsBeside = Math.floor((iw - sumW - GAP_BOX + GAP_X) / PITCH_X);
      // Small children (narrow, and few cells next to the parent's own) sit at the top-left with the
      // parent's cells beside them; otherwise they form bands across the parent's width.
      const kidCells = kids.reduce((s, k) => s + k.totalCapacity, 0);
      side = r.capacity > 0 && sumW <= iw * 0.5 && colsBeside >= 1 && kidCells * 3 <= r.capacity;
      if (side) {
        let kx = cx;
        const gs = kids.map((k, i) => {
          const kg = place(k, kx, cy, cws[i]!);
          kx += cws[i]! + GAP_BOX;
          return kg;
        });
        blockW = sumW;
        blockH = Math.max(...gs.map((kg) => kg.h));
        for (const kg of gs) kg.h = blockH;
      } else {
        // Rows of children; a child alone in its row spans the width (a band).
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
            gs.push(place(kids[k]!, kx, ky, kw));
            kx += kw + GAP_BOX;
          }
          const rowH = Math.max(...gs.map((kg) => kg.h));
          for (const kg of gs) kg.h = rowH;
          ky += rowH + GAP_BOX;
          i = j;
        }
        blockW = iw;
        blockH = ky - GAP_BOX - cy;
      }
    }
    // Own cells.
    const n = r.capacity;
    const colsFull = Math.max(1, Math.floor((iw + GAP_X) / PITCH_X));
    let contentH = blockH;
    // Columns are spread to use the full width of their area (pitch ≥ PITCH_X).
    const pitchFull = (iw + GAP_X) / colsFull;
    if (side) {
      const bx = cx + blockW + GAP_BOX;
      const besideW = iw - blockW - GAP_BOX;
      const colsB = Math.max(1, Math.floor((besideW + GAP_X) / PITCH_X));
      const pitchB = Math.max(PITCH_X, (besideW + GAP_X) / colsB);
      const rowsB = Math.max(1, Math.ceil(blockH / PITCH_Y));
      const beside = colsB * rowsB;
      const fullY = cy + Math.max(rowsB * PITCH_Y, blockH + GAP_BOX);
      for (let i = 0; i < n; i++) {
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
      for (let i = 0; i < n; i++) {
        const py = y0 + Math.floor(i / colsFull) * PITCH_Y;
        g.cells[2 * i] = cx + (i % colsFull) * pitchFull;
        g.cells[2 * i + 1] = py;
        contentH = Math.max(contentH, py + CELL_H - cy);
      }
    }
    g.h = BOX_HEADER + contentH + BOX_PAD;
    return g;
  };

  let y = chartTop;
  for (const root of roots) {
    const g = place(root, mainX, y, mainW);
    y += g.h + GAP_BOX * 2;
  }
  let chartBottom = roots.length > 0 ? y - GAP_BOX * 2 : chartTop;

  const trays: TrayGeom[] = [];
  const column = (list: readonly TrayPlan[], x: number, w: number) => {
    let ty = chartTop;
    const cols = Math.max(1, Math.floor((w - 2 * BOX_PAD + GAP_X) / PITCH_X));
    for (const t of list) {
      // Entry trays are empty at rest (newcomers only pass through): one row is enough.
      const { h } = trayDims(t.kind === 'entry' ? 1 : t.capacity, cols);
      trays.push({ plan: t, x, y: ty, w, h, cols });
      ty += h + 12;
    }
    if (list.length > 0) chartBottom = Math.max(chartBottom, ty - 12);
  };
  column(plan.entryTrays, MARGIN, entryW);
  column(plan.exitTrays, mainX + mainW + COL_GAP, exitW);

  const chart: Rect = { x: MARGIN, y: chartTop, w: width - 2 * MARGIN, h: chartBottom - chartTop };
  const legendCols = Math.max(1, Math.floor((width - 2 * MARGIN) / LEGEND_ITEM_W));
  const legendRect = { x: MARGIN, y: chartBottom + 18, w: width - 2 * MARGIN };
  return { width, caption, chart, legendRect, legendCols, regions, order, trays };
}

function geometryFor(plan: SeatPlan, width: number): Geometry {
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

// ---------------------------------------------------------------------------------------------
// Labels

/**
 * A node's label. Seated: the label of the posts held (with the name first for a named person), else
 * the person's name. Departed: the person's name (for an anonymous person it says who they were, e.g.
 * "Bí thư Quận ủy (đến 1999)", where the post's label would now name their successor too), else the
 * posts' label. Falls back to the short post label when the full one does not fit, then to the id.
 */
function nodeLabel(
  kind: 'seated' | 'departed',
  personId: string,
  postIds: readonly string[],
  persons: ReadonlyMap<string, Person>,
  posts: ReadonlyMap<string, Post>,
  lang: Lang,
): { lines: string[]; title: string } {
  const person = persons.get(personId);
  const name = person ? pickLang(person.name, lang) : '';
  const ps = postIds.map((id) => posts.get(id)).filter((p): p is Post => p !== undefined);
  const full = ps.map((p) => pickLang(p.label, lang)).filter((s) => s !== '').join('; ');
  const short = ps.map((p) => pickLang(p.short_label ?? p.label, lang)).filter((s) => s !== '').join(', ');
  const named = person !== undefined && person.anonymous !== true && name !== '';
  const candidates: string[] = [];
  let title: string;
  if (ps.length === 0 || full === '' || (kind === 'departed' && name !== '')) {
    title = name || full || personId;
    candidates.push(title);
  } else if (named) {
    title = `${name} · ${full}`;
    candidates.push(title, `${name} · ${short}`);
  } else {
    title = full;
    candidates.push(full, short);
  }
  let wrapped = wrapText(candidates[0]!, LABEL_W, LABEL_FONT, LABEL_LINES);
  for (let i = 1; i < candidates.length && wrapped.truncated; i++) {
    wrapped = wrapText(candidates[i]!, LABEL_W, LABEL_FONT, LABEL_LINES);
  }
  return { lines: wrapped.lines, title };
}

const newcomersCache = new WeakMap<SeatPlan, boolean>();

/** True when someone joins after the first step (then the legend explains the "new" mark at every step). */
function planHasNewcomers(plan: SeatPlan): boolean {
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

function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const x of list) if (!m.has(x.id)) m.set(x.id, x);
  return m;
}

// ---------------------------------------------------------------------------------------------

/**
 * Lays out one step.
 * @throws Error when the snapshot and the plan disagree (plan built from another timeline).
 */
export function layoutScene(inputArg: LayoutInput): Scene {
  const input = toParts(inputArg);
  const { snapshot, plan, lang, step } = input;
  const strings: LayoutStrings = { ...defaultStrings(lang), ...(input.options?.strings ?? {}) };
  const geo = geometryFor(plan, input.options?.width ?? DEFAULT_WIDTH);
  const orgs = byId(input.organizations);
  const persons = byId(input.persons);
  const posts = byId(input.posts);

  // Boxes.
  const boxes: SceneBox[] = geo.order.map((g) => {
    const org = orgs.get(g.org);
    const r = plan.region.get(g.org)!;
    const members = snapshot.counts[g.org] ?? snapshot.members.get(g.org)?.size ?? 0;
    const countText = r.seats !== null ? `${members}/${r.seats}` : `${members}`;
    const room = g.w - 2 * BOX_PAD;
    const name = pickLang(org?.name, lang) || g.org;
    const shortName = pickLang(org?.short_name, lang) || name;
    let title = `${name} · ${countText}`;
    if (fitText(title, room, BOX_TITLE_FONT, 'bold') !== title) {
      title = `${shortName} · ${countText}`;
      if (fitText(title, room, BOX_TITLE_FONT, 'bold') !== title) {
        title = `${fitText(shortName, room - 40, BOX_TITLE_FONT, 'bold')} · ${countText}`;
      }
    }
    return {
      id: `box:${g.org}`,
      org: g.org,
      depth: g.depth,
      colorIndex: g.colorIndex,
      x: r1(g.x),
      y: r1(g.y),
      w: r1(g.w),
      h: r1(g.h),
      title,
      members,
      seats: r.seats,
    };
  });

  // Seated nodes.
  const nodes: SceneNode[] = [];
  const occupied = new Map<string, Set<number>>();
  for (const [pid, seat] of snapshot.seats) {
    const entry = plan.entryAt(pid, step);
    const place = entry?.place ?? null;
    if (!place || place.kind !== 'seat' || place.region !== seat.innermost) {
      throw new Error(
        `layoutScene: person "${pid}" sits in "${seat.innermost}" at step ${step} but the seat plan ` +
          `places them ${place ? (place.kind === 'seat' ? `in "${place.region}"` : `in the "${place.cause}" tray`) : 'nowhere'}; ` +
          'build the plan from the same timeline.',
      );
    }
    const g = geo.regions.get(place.region)!;
    let occ = occupied.get(place.region);
    if (!occ) occupied.set(place.region, (occ = new Set()));
    occ.add(place.index);
    const label = nodeLabel('seated', pid, seat.post_ids, persons, posts, lang);
    const isNew = entry !== null && entry.step === step && entry.joined === true;
    nodes.push({
      key: pid,
      person_id: pid,
      kind: 'seated',
      org: seat.innermost,
      cause: null,
      colorIndex: g.colorIndex,
      x: r1(g.cells[2 * place.index]! + SHAPE_DX),
      y: r1(g.cells[2 * place.index + 1]! + CELL_H / 2),
      shape: 'circle',
      label: label.lines,
      title: label.title,
      inferred: seat.inferred,
      post_ids: [...seat.post_ids],
      entry_cause: entry?.arrival ?? null,
      isNew,
    });
  }

  // Trays and departed nodes.
  const trayByCause = new Map<string, TrayGeom>();
  for (const t of geo.trays) if (t.plan.kind === 'exit') trayByCause.set(t.plan.cause, t);
  const trayCounts = new Map<string, number>();
  for (const [pid, dep] of snapshot.departed) {
    const place = plan.placeAt(pid, step);
    const t = trayByCause.get(dep.cause);
    if (!place || place.kind !== 'tray' || place.cause !== dep.cause || !t) {
      throw new Error(
        `layoutScene: person "${pid}" has left ("${dep.cause}") at step ${step} but the seat plan has no tray slot ` +
          'for them; build the plan from the same timeline.',
      );
    }
    trayCounts.set(dep.cause, (trayCounts.get(dep.cause) ?? 0) + 1);
    const label = nodeLabel('departed', pid, dep.last_post_ids, persons, posts, lang);
    const col = place.index % t.cols;
    const row = Math.floor(place.index / t.cols);
    nodes.push({
      key: pid,
      person_id: pid,
      kind: 'departed',
      org: null,
      cause: dep.cause,
      colorIndex: -1,
      x: r1(t.x + BOX_PAD + col * PITCH_X + SHAPE_DX),
      y: r1(t.y + TRAY_HEADER + row * PITCH_Y + CELL_H / 2),
      shape: shapeFor('departed', dep.cause),
      label: label.lines,
      title: label.title,
      inferred: dep.inferred,
      post_ids: [...dep.last_post_ids],
      entry_cause: null,
      isNew: false,
    });
  }
  // Reading order (the keyboard's focus order on screen): seated people by y then x; then the
  // departed, tray by tray (top to bottom), each tray by y then x.
  const trayRank = new Map(geo.trays.filter((t) => t.plan.kind === 'exit').map((t, i) => [t.plan.cause, i] as const));
  const rankOf = (n: SceneNode) => (n.kind === 'seated' ? -1 : (trayRank.get(n.cause ?? '') ?? geo.trays.length));
  nodes.sort((a, b) => rankOf(a) - rankOf(b) || a.y - b.y || a.x - b.x || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  // Newcomers at this step, by the start cause that names their entry tray.
  const entrants = new Map<string, number>();
  for (const n of nodes) if (n.isNew && n.entry_cause !== null) entrants.set(n.entry_cause, (entrants.get(n.entry_cause) ?? 0) + 1);

  const trays: SceneTray[] = geo.trays.map((t) => {
    const count = t.plan.kind === 'exit' ? (trayCounts.get(t.plan.cause) ?? 0) : (entrants.get(t.plan.cause) ?? 0);
    const name = strings.causeLabel(t.plan.kind, t.plan.cause);
    const title = t.plan.kind === 'exit' || count > 0 ? `${name} · ${count}` : name;
    return {
      id: t.plan.id,
      kind: t.plan.kind,
      cause: t.plan.cause,
      x: r1(t.x),
      y: r1(t.y),
      w: r1(t.w),
      h: r1(t.h),
      title,
      titleLines: wrapText(title, t.w - 2 * BOX_PAD, TRAY_TITLE_FONT, 2, 'bold').lines,
      count,
    };
  });

  // Vacant seats: per body with seats, (its vacancies − those drawn by the bodies with seats below it),
  // in the lowest free cells of its OWN area (the seat plan sized it for that at every step). A body
  // without seats has no vacancies: its empty cells stay blank. Only when the snapshot disagrees with
  // the plan (more vacancies than own free cells) do the rest go to empty cells of seatless bodies
  // inside, so the number drawn always equals the vacancies.
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
    let want = Math.max(0, Math.max(0, vac) - below);
    let drawn = 0;
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
  vacant.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  // Legend (items fixed for the whole timeline).
  const items: Omit<LegendItem, 'x' | 'y' | 'w'>[] = [];
  for (const g of geo.order) {
    const org = orgs.get(g.org);
    const shortName = pickLang(org?.short_name, lang) || pickLang(org?.name, lang) || g.org;
    items.push({ key: `org:${g.org}`, kind: 'org', shape: 'circle', org: g.org, colorIndex: g.colorIndex, label: strings.legendSeated(shortName) });
  }
  if (plan.regions.some((r) => r.seats !== null)) {
    items.push({ key: 'vacant', kind: 'vacant', shape: 'circle', colorIndex: -1, label: strings.legendVacant });
  }
  if (planHasNewcomers(plan)) {
    items.push({ key: 'new', kind: 'new', shape: 'circle', colorIndex: -1, label: strings.legendNew });
  }
  for (const t of plan.exitTrays) {
    items.push({
      key: `cause:${t.cause}`,
      kind: 'cause',
      shape: shapeFor('departed', t.cause),
      cause: t.cause,
      colorIndex: -1,
      label: strings.causeLabel('exit', t.cause),
    });
  }
  items.push({ key: 'inferred', kind: 'inferred', shape: 'circle', colorIndex: -1, label: strings.legendInferred });
  const lr = geo.legendRect;
  const itemW = lr.w / geo.legendCols;
  const legendItems: LegendItem[] = items.map((it, i) => ({
    ...it,
    x: r1(lr.x + (i % geo.legendCols) * itemW + 22),
    y: r1(lr.y + LEGEND_TITLE_H + Math.floor(i / geo.legendCols) * LEGEND_ROW + LEGEND_ROW / 2),
    w: r1(itemW - 28),
  }));
  const legendRows = Math.ceil(items.length / geo.legendCols);
  const legendH = LEGEND_TITLE_H + legendRows * LEGEND_ROW + 6;
  const source: Rect = { x: MARGIN, y: lr.y + legendH + 12, w: lr.w, h: SOURCE_H };
  const height = source.y + source.h + MARGIN;

  const rect = (q: Rect): Rect => ({ x: r1(q.x), y: r1(q.y), w: r1(q.w), h: r1(q.h) });
  return {
    width: r1(geo.width),
    height: r1(height),
    step,
    lang,
    caption: rect(geo.caption),
    chart: rect(geo.chart),
    boxes,
    nodes,
    vacant,
    trays,
    legend: { ...rect({ x: lr.x, y: lr.y, w: lr.w, h: legendH }), title: strings.legendTitle, items: legendItems },
    source: rect(source),
  };
}

/**
 * Where a node enters from (a newcomer, by start cause) or exits to (by end cause, or a newcomer
 * going back when scrubbing backwards): the first slot of the tray of that cause. Without such a
 * tray: the chart's left edge (entry) or right edge (exit), half-way down.
 *
 * Given a node instead of a cause: a seated node uses its `entry_cause` (entry tray), a departed
 * node its end cause (exit tray).
 */
export function entryPoint(
  scene: Scene,
  causeOrNode: string | null | Pick<SceneNode, 'kind' | 'cause' | 'entry_cause'>,
  kind: 'entry' | 'exit' = 'entry',
): { x: number; y: number } {
  let cause: string | null;
  if (causeOrNode !== null && typeof causeOrNode === 'object') {
    kind = causeOrNode.kind === 'departed' ? 'exit' : 'entry';
    cause = causeOrNode.kind === 'departed' ? causeOrNode.cause : causeOrNode.entry_cause;
  } else cause = causeOrNode;
  const t = scene.trays.find((q) => q.kind === kind && q.cause === cause);
  if (t) return { x: r1(t.x + BOX_PAD + SHAPE_DX), y: r1(t.y + TRAY_HEADER + CELL_H / 2) };
  const c = scene.chart;
  return kind === 'entry' ? { x: r1(c.x), y: r1(c.y + c.h / 2) } : { x: r1(c.x + c.w), y: r1(c.y + c.h / 2) };
}
