/**
 * The scene: what `layoutScene` returns, in abstract units (1 unit = 1 CSS px at 100 % zoom).
 * Shared by the on-screen chart and the SVG export, so both draw the same thing.
 * Pure types and constants: no Svelte, no DOM.
 */

/** Shapes of nodes. Seated members are circles; departed members show their end cause by shape. */
export type ShapeName = 'circle' | 'cross' | 'triangle' | 'square' | 'diamond';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A body drawn as a rounded box; nested bodies are drawn inside their parent's box. */
export interface SceneBox extends Rect {
  /** `box:<org id>` */
  id: string;
  org: string;
  /** 0 for an outermost body. */
  depth: number;
  /** Pre-order position of the organization: the palette index of its colour. */
  colorIndex: number;
  /** "Ban Chấp hành … · 32/35" (members/seats; just members when the body has no seats). */
  title: string;
  members: number;
  seats: number | null;
}

/** A person: seated in a body, or departed and resting in the tray of their end cause. */
export interface SceneNode {
  /** Stable across steps and across seated/departed: the person id (so a leaver moves to the tray). */
  key: string;
  person_id: string;
  kind: 'seated' | 'departed';
  /** Innermost body (seated); null for departed. */
  org: string | null;
  /** End cause (departed); null for seated. */
  cause: string | null;
  /** Palette index: of the innermost body (seated), -1 for departed (they are coloured by cause). */
  colorIndex: number;
  /** Centre of the shape. The label starts at x + LABEL_DX. */
  x: number;
  y: number;
  shape: ShapeName;
  /** The role label wrapped into at most 2 lines (ellipsis when cut). */
  label: string[];
  /** The full label, unwrapped (for tooltips and accessible names). */
  title: string;
  /** True when the seat (or the departure) rests on inference. */
  inferred: boolean;
  post_ids: string[];
  /**
   * Seated: the start cause with which they came in after the first step (e.g. "by_election"), which
   * names the entry tray they come from and go back to; null for those seated from the start.
   */
  entry_cause: string | null;
}

/** An empty elected seat, attributed to the nearest body with seats. */
export interface SceneVacant {
  /** `vacant:<region>:<cell index>`: stable across steps. */
  key: string;
  /** The body the vacancy belongs to (nearest body with seats). */
  org: string;
  /** The region (body frame) the cell is drawn in: `org` itself or a seatless body inside it. */
  region: string;
  x: number;
  y: number;
}

/** A tray: exit trays (right) hold departed people by end cause; entry trays (left) are where newcomers come from. */
export interface SceneTray extends Rect {
  /** `exit:<cause>` / `entry:<cause>` */
  id: string;
  kind: 'exit' | 'entry';
  cause: string;
  /** "Chuyển công tác · 4" (exit trays show how many they hold). */
  title: string;
  /** `title` wrapped to at most 2 lines for the tray's header. */
  titleLines: string[];
  /** People in it at this step. */
  count: number;
}

export interface LegendItem {
  /** `org:<id>`, `vacant`, `cause:<cause>`, `inferred`: the keys of `SvgMeta.legendItems`. */
  key: string;
  kind: 'org' | 'vacant' | 'cause' | 'inferred';
  /** Shape drawn (for `vacant` and `inferred`: a circle, drawn hollow / with the inferred mark). */
  shape: ShapeName;
  org?: string;
  cause?: string;
  colorIndex: number;
  /** Default label in the scene's language (an export may override it). */
  label: string;
  /** Centre of the symbol; the label starts at x + 14. */
  x: number;
  y: number;
  /** Width available for symbol and label. */
  w: number;
}

export interface SceneLegend extends Rect {
  title: string;
  items: LegendItem[];
}

export interface Scene {
  width: number;
  height: number;
  step: number;
  lang: string;
  /** Area reserved at the top for the caption (title, step, what happened). */
  caption: Rect;
  /** Area of the chart proper (boxes and trays). */
  chart: Rect;
  boxes: SceneBox[];
  nodes: SceneNode[];
  vacant: SceneVacant[];
  trays: SceneTray[];
  legend: SceneLegend;
  /** Area reserved at the bottom for the source line. */
  source: Rect;
}

// Geometry, in units. Exported so the on-screen component draws exactly like the export.
export const CELL_W = 120;
export const CELL_H = 46;
export const GAP_X = 8;
export const GAP_Y = 6;
export const PITCH_X = CELL_W + GAP_X;
export const PITCH_Y = CELL_H + GAP_Y;
/** Shape centre from the cell's left edge. */
export const SHAPE_DX = 13;
/** Shape radius (circle); other shapes have the same visual size. */
export const SHAPE_R = 8.5;
/** Label start relative to the shape centre. */
export const LABEL_DX = 14;
/** Room for the label, in units. */
export const LABEL_W = CELL_W - SHAPE_DX - LABEL_DX - 3;
export const LABEL_FONT = 10.5;
export const LABEL_LINE = 12;

/** Baselines (relative to the shape centre) of 1 or 2 label lines, centred on the shape. */
export function labelBaselines(lineCount: number): number[] {
  const base = Math.round(LABEL_FONT * 0.35 * 10) / 10;
  return lineCount <= 1 ? [base] : [base - LABEL_LINE / 2, base + LABEL_LINE / 2];
}
/** Inside padding of boxes and trays. */
export const BOX_PAD = 10;
/** Height of a box's header (title). */
export const BOX_HEADER = 28;
export const BOX_TITLE_FONT = 12.5;
/** Height of a tray's header (two-line title). */
export const TRAY_HEADER = 38;
export const TRAY_TITLE_FONT = 11;
/** Gap between sibling boxes, and between a box block and the cells beside it. */
export const GAP_BOX = 10;
export const MIN_BOX_W = 140;
export const MARGIN = 20;
export const COL_GAP = 28;
export const CAPTION_H = 62;
export const LEGEND_ROW = 24;
export const LEGEND_TITLE_H = 26;
export const LEGEND_ITEM_W = 250;
export const LEGEND_FONT = 11;
export const SOURCE_H = 30;
export const SOURCE_FONT = 10;
export const DEFAULT_WIDTH = 1200;
