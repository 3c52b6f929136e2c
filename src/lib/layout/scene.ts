/**
 * The scene: what `layoutScene` returns, in abstract units (1 unit = 1 CSS px at 100 % zoom).
 * Shared by the on-screen chart and the SVG export, so both draw the same thing.
 * Pure types and constants: no Svelte, no DOM.
 */
import { r1 } from './round.ts';
import type { SceneGroup } from './groups.ts';

export type { SceneGroup } from './groups.ts';

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
  /**
   * The label wrapped into at most LABEL_LINES lines (ellipsis when cut): a seated person holding a
   * post shows the post's label, anyone else (and every departed person) their name.
   */
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
  /** Seated, and not seated at the previous step: came in at this step (drawn with the "new" mark). */
  isNew: boolean;
  /** Radius the shape is drawn with, in units (absent: SHAPE_R). Hemicycle seats and tray dots are smaller. */
  r?: number;
  /**
   * Seated in a seat beyond the body's seat count: the body has more members than seats at this step
   * (`markOverCapacity` of `over-capacity.ts` says who; the hemicycle seats them in an extra outer
   * row); drawn with a red ring and `data-over-capacity="true"`. False for the departed.
   */
  overCapacity: boolean;
  /**
   * Seated: the group (party) the person sits for at the step, an organization id; absent when
   * none (then the node has its body's colour, as in a dataset without groups).
   */
  group?: string;
  /**
   * What the step did to this member (`changes.ts`): absent for those it did not touch. Drawn, once
   * the motion ends, as a ring in the change's colour and a short tag, with `data-changed="true"`.
   */
  change?: SceneChange;
  /** The step touched other members and not this one: drawn dimmed (absent: false). */
  dim?: boolean;
}

/** How a step touched a member (`SceneNode.change`). */
export interface SceneChange {
  /** `exit`: left (now in a tray); `enter`: came in; `post`: moved to another body or post. */
  kind: 'exit' | 'enter' | 'post';
  /** End cause (exit), start cause (enter), null (post or unknown). */
  cause: string | null;
  /** The short tag in the scene's language ("nghỉ hưu", "→ Bí thư"). */
  tag: string;
}

/**
 * A post that nobody holds at the step but someone held earlier in the term, drawn as a labelled
 * placeholder in the post's own place in its body ("Bí thư — khuyết"): in a body with seats it is one
 * of the body's vacant seats.
 */
export interface SceneVacantPost {
  /** `post:<post id>`: stable across steps. */
  key: string;
  post_id: string;
  /** The body the post belongs to (the region it is drawn in). */
  org: string;
  /**
   * The body with seats whose vacancy the placeholder stands for (the nearest at or above `org`);
   * absent when there is none.
   */
  seatOrg?: string;
  x: number;
  y: number;
  /** The placeholder's label wrapped in at most LABEL_LINES lines. */
  label: string[];
  /** The whole label. */
  title: string;
}

/**
 * An empty elected seat of a body with seats, drawn in that body's own area (never in a seatless body
 * inside it: a body without seats has no vacancies).
 */
export interface SceneVacant {
  /** `vacant:<region>:<cell index>`: stable across steps. */
  key: string;
  /** The body the vacancy belongs to (nearest body with seats). */
  org: string;
  /** The region (body frame) the cell is drawn in: `org` itself (a seatless body inside it only for inconsistent data). */
  region: string;
  x: number;
  y: number;
  /** Radius of the hollow circle, in units (absent: SHAPE_R). */
  r?: number;
}

/** A tray: exit trays (right) hold departed people by end cause; entry trays (left) are where newcomers come from. */
export interface SceneTray extends Rect {
  /** `exit:<cause>` / `entry:<cause>` */
  id: string;
  kind: 'exit' | 'entry';
  cause: string;
  /**
   * "Chuyển công tác · 4": exit trays show how many they hold; entry trays, empty at rest (newcomers
   * pass through them), show only their cause ("Bầu bổ sung").
   */
  title: string;
  /** `title` wrapped to at most 2 lines for the tray's header. */
  titleLines: string[];
  /** Exit tray: people in it at this step. Entry tray: people who came in through it at this step. */
  count: number;
  /**
   * Hemicycle layout: the tray holds too many people to draw one node each; it is drawn as one block
   * with the cause's shape and `count` (the page lists the names). Absent: false.
   */
  compact?: boolean;
}

export interface LegendItem {
  /** `org:<id>`, `group:<id>`, `vacant`, `cause:<cause>`, `new`, `over`, `inferred`: the keys of `SvgMeta.legendItems`. */
  key: string;
  kind: 'org' | 'group' | 'vacant' | 'cause' | 'new' | 'inferred' | 'over';
  /** Shape drawn (for `vacant`, `new` and `inferred`: a circle, drawn hollow / with the new or inferred mark). */
  shape: ShapeName;
  org?: string;
  /** The group's id (`kind: 'group'`). */
  group?: string;
  cause?: string;
  colorIndex: number;
  /** Default label in the scene's language (an export may override it). */
  label: string;
  /**
   * A group's label in two parts, `label` = `name` + `tail` ("Fine Gael" + ": 50 members"): when the
   * label is too long for its place, the name is shortened and the count kept.
   */
  parts?: { name: string; tail: string };
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
  /** Area reserved at the top for the caption (title; step and what happened, up to CAPTION_LINES lines). */
  caption: Rect;
  /** Area of the chart proper (boxes and trays). */
  chart: Rect;
  boxes: SceneBox[];
  nodes: SceneNode[];
  vacant: SceneVacant[];
  /** Vacant posts drawn as placeholders (`SceneVacantPost`); absent or empty when none. */
  vacantPosts?: SceneVacantPost[];
  trays: SceneTray[];
  legend: SceneLegend;
  /**
   * The groups (parties) in seat order with their member counts at the step and colours; absent for
   * a dataset without groups.
   */
  groups?: SceneGroup[];
  /** Area reserved at the bottom for the source line. */
  source: Rect;
  /** The layout drawn (`layout/hemicycle-mode.ts`); absent: `nested`. */
  layout?: 'hemicycle' | 'nested';
}

// Geometry, in units. Exported so the on-screen component draws exactly like the export.
// Sized so that every label of the built-in dataset (role labels and the names of departed people,
// up to "Director of the District construction and economic-development company") fits whole in
// LABEL_LINES lines, in both languages, at the default width, measured in Be Vietnam Pro (`text.ts`).
export const CELL_W = 172;
export const CELL_H = 48;
export const GAP_X = 8;
export const GAP_Y = 6;
export const PITCH_X = CELL_W + GAP_X;
export const PITCH_Y = CELL_H + GAP_Y;
/** Shape centre from the cell's left edge. */
export const SHAPE_DX = 13;
/** Shape radius (circle); other shapes have the same visual size. */
export const SHAPE_R = 8.5;
/** Label start relative to the shape centre. */
export const LABEL_DX = 15;
/** Room for the label, in units. */
export const LABEL_W = CELL_W - SHAPE_DX - LABEL_DX - 3;
export const LABEL_FONT = 10;
const LABEL_LINE = 12;
/** Most lines of a node label (what does not fit ends with an ellipsis; the full text is the node's `<title>`). */
export const LABEL_LINES = 3;

/** Baselines (relative to the shape centre) of 1 to LABEL_LINES label lines, centred on the shape. */
export function labelBaselines(lineCount: number): number[] {
  const base = r1(LABEL_FONT * 0.35);
  const n = Math.max(1, lineCount);
  return Array.from({ length: n }, (_, i) => r1(base + (i - (n - 1) / 2) * LABEL_LINE));
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
/** Caption: the title line, then the step label and what happened in up to CAPTION_LINES lines. */
export const CAPTION_LINES = 3;
export const CAPTION_FONT = 12.5;
export const CAPTION_LINE = 17;
/** Baseline of the title, and of the first step/caption line, from the caption area's top. */
export const CAPTION_TITLE_Y = 15;
export const CAPTION_TEXT_Y = 36;
export const CAPTION_H = CAPTION_TEXT_Y + (CAPTION_LINES - 1) * CAPTION_LINE + 10;
export const LEGEND_ROW = 24;
export const LEGEND_TITLE_H = 26;
export const LEGEND_ITEM_W = 250;
export const LEGEND_FONT = 11;
export const SOURCE_H = 30;
export const SOURCE_FONT = 10;
export const DEFAULT_WIDTH = 1440;
