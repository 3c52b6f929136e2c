/**
 * A step's chart drawn for print at a small scale with type that stays readable: the figure preset
 * (`figure.ts`) and the poster's cells (`poster.ts`) use it.
 *
 * The chart's own drawing (`viewTree`: boxes, trays, vacant seats, members) is scaled down as it
 * is, without any of its text (at print scale its 10-unit labels would come out at 2–4 pt). Over
 * it, in the target's units (unscaled), the texts are set again at a given size `font`: each body's
 * title, each tray's title (re-wrapped to the tray's width), a compact tray's count, and labels on
 * the members that matter at this step only: those holding a post or with a name of their own
 * (`named`), and those the step changed (`changedAt`). A label is fitted into its member's cell
 * (at most `LABEL_LINES_PRINT` lines, one where the rows are too close for two; cut with an ellipsis), so labels do not run into each other;
 * the member's full label stays in its `<title>`.
 *
 * Pure: no DOM.
 */
import type { Timeline } from '../model/steps.ts';
import type { Lang } from '../model/types.ts';
import { pick } from '../i18n/strings.ts';
import { BOX_PAD, CELL_W, LABEL_DX, PITCH_Y, SHAPE_DX, SHAPE_R, type Scene, type SceneNode } from '../layout/scene.ts';
import { fitText, lineSeparator, textWidth, wrapText } from '../layout/text.ts';
import { num, scaleNum } from '../layout/round.ts';
import { hasClass, type ChartTree, type SvgEl } from '../draw/svg-el.ts';

/** A step's drawing as `viewTree` gives it. */
export interface PrintView {
  scene: Scene;
  tree: ChartTree;
}

/** At most this many lines in a member's label on print. */
export const LABEL_LINES_PRINT = 2;

/** Line height of print labels and tray titles, as a multiple of the font size. */
const LINE = 1.1;

/** The stylesheet rules of the print texts, for a font size `font` (target units). */
export function printCss(font: number): string {
  return [
    `.cmv-print-box{font-size:${num(font)}px;font-weight:700}`,
    `.cmv-print-tray{font-size:${num(font)}px;font-weight:700;fill:#3D434A}`,
    `.cmv-print-label{font-size:${num(font)}px;fill:#1F2328}`,
    `.cmv-print-label-departed{font-size:${num(font)}px;fill:#4A4F55}`,
  ].join('\n');
}

/**
 * The people the step changed: whoever entered, left, moved or changed post between the step
 * before and this one (`timeline.changesAround`); none at step 0.
 */
export function changedAt(timeline: Timeline, step: number): Set<string> {
  if (step <= 0) return new Set();
  return new Set(timeline.changesAround(step).map((c) => c.person_id));
}

/**
 * Whether a member is named on print: a seated member holding a post (the label is the post's), or a
 * person whose name is their own (not `anonymous`).
 */
export function named(timeline: Timeline, n: SceneNode): boolean {
  if (n.kind === 'seated' && n.post_ids.length > 0) return true;
  return timeline.personById.get(n.person_id)?.anonymous !== true;
}

/**
 * How many lines of its title a tray has room for on print (1 or 2): above its first member's shape
 * and, when that member is `labelled`, the upper line of a two-line label beside it; else (an empty
 * tray) within its height. The
 * print font is larger, for the tray's width, than the chart's, so a title on one line on screen may
 * need two here (a tester saw "Chuyển công tác · 3" wrap over the first member's label).
 */
function trayTitleLines(scene: Scene, t: Scene['trays'][number], labelled: (n: SceneNode) => boolean, Y: (u: number) => number, s: number, font: number, lineH: number): number {
  const inside = scene.nodes.filter((n) => n.kind === 'departed' && t.id === `exit:${n.cause}` && n.x >= t.x && n.x <= t.x + t.w);
  let bottom = Y(t.y + t.h) - 2;
  for (const n of inside) bottom = Math.min(bottom, Y(n.y) - Math.max((n.r ?? SHAPE_R) * s, labelled(n) ? lineH / 2 + font * 0.8 : 0) - 1);
  // Line k's baseline is at Y(t.y) + font + 1 + k·lineH; its descent about a quarter of the font.
  const room = 1 + Math.floor((bottom - (Y(t.y) + 1 + font * 1.25)) / lineH);
  return Math.max(1, Math.min(2, room));
}

/**
 * A tray's title in at most `maxLines` lines of `w` units: wrapped; when it does not fit, its cause
 * cut with "…" and its count kept ("Chuyển công t… · 3"): the count is what the tray says.
 */
function trayTitle(title: string, w: number, font: number, maxLines: number): string[] {
  const wrapped = wrapText(title, w, font, maxLines, 'bold');
  if (!wrapped.truncated) return wrapped.lines;
  const at = title.lastIndexOf(' · ');
  if (at < 0) return wrapped.lines;
  const count = title.slice(at);
  const cause = title.slice(0, at);
  const lines = wrapText(cause, w, font, maxLines, 'bold').lines;
  if (lines.length === 0) return wrapped.lines;
  // The last line holds the rest of the cause after the lines above it, fitted with "…" beside the count.
  let from = 0;
  for (const l of lines.slice(0, -1)) from = cause.indexOf(l.replace(/-$/, ''), from) + l.replace(/-$/, '').length;
  const end = fitText(cause.slice(from).trim(), w - textWidth(count, font, 'bold'), font, 'bold');
  if (!end) return wrapped.lines;
  lines[lines.length - 1] = end + count;
  return lines;
}

/** A deep copy without any `<text>` (and with every `id` prefixed, so ids stay unique on a sheet). */
function withoutText(el: SvgEl, prefix: string): SvgEl | null {
  if (el.tag === 'text') return null;
  const attrs = { ...el.attrs };
  if (attrs.id !== undefined) attrs.id = `${prefix}${attrs.id}`;
  const children: SvgEl['children'] = [];
  for (const c of el.children) {
    if (typeof c === 'string') children.push(c);
    else {
      const k = withoutText(c, prefix);
      if (k) children.push(k);
    }
  }
  return { tag: el.tag, attrs, children };
}

/** A `<text>` with a `<tspan>` per line (lines read with a space between them). */
function lines(cls: string, x: number, y: number, lineH: number, ls: readonly string[]): SvgEl {
  return {
    tag: 'text',
    attrs: { class: `cmv-text ${cls}`, x: num(x), y: num(y) },
    children: ls.map((l, i) => ({
      tag: 'tspan',
      attrs: { x: num(x), y: num(y + i * lineH) },
      children: [i + 1 < ls.length ? l + lineSeparator(l, ls[i + 1]!) : l],
    })),
  };
}

/** Which members got a label, and the drawing. */
export interface PrintDrawing {
  /** The drawing: a `<g class="cmv-print-chart">` placed at (x, y), its chart scaled by `scale`. */
  el: SvgEl;
  /** The person ids labelled, in scene order. */
  labelled: string[];
  /** Height of the drawing in target units (`scene.chart.h × scale`). */
  h: number;
}

/**
 * The chart of a step for print.
 * @param timeline the model's timeline (which members the step changed, who is named)
 * @param view the step's drawing (`viewTree`)
 * @param x left of the drawing, target units
 * @param y top of the drawing, target units
 * @param scale target units per chart unit
 * @param font size of every text, target units
 * @param prefix prefix of any id inside the drawing (ids must stay unique in one file)
 */
export function printDrawing(timeline: Timeline, view: PrintView, x: number, y: number, scale: number, font: number, prefix = ''): PrintDrawing {
  const { scene, tree } = view;
  const c = scene.chart;
  const s = scale;
  const X = (u: number) => x + (u - c.x) * s;
  const Y = (u: number) => y + (u - c.y) * s;
  const lineH = font * LINE;

  // The drawing, scaled, without its text, background or caption.
  const under = tree.under.filter((e) => !hasClass(e, 'cmv-bg') && !hasClass(e, 'cmv-caption')).map((e) => withoutText(e, prefix)).filter((e): e is SvgEl => e !== null);
  const nodes = tree.nodes.map((n) => withoutText(n.el, prefix)).filter((e): e is SvgEl => e !== null);
  const drawing: SvgEl = {
    tag: 'g',
    attrs: { class: 'cmv-print-scaled', transform: `translate(${num(x - c.x * s)},${num(y - c.y * s)}) scale(${scaleNum(s)})` },
    children: [...under, { tag: 'g', attrs: { class: 'cmv-nodes' }, children: nodes }],
  };

  // The texts, at `font`, in target units.
  const texts: SvgEl[] = [];
  const changed = changedAt(timeline, scene.step);
  /** Whether a member carries a label on print: one the step changed, or one named (`named`). */
  const isLabelled = (n: SceneNode): boolean => n.label.length > 0 && (changed.has(n.person_id) || named(timeline, n));
  for (const box of scene.boxes) {
    const title = fitText(box.title, box.w * s - 2 * BOX_PAD * s, font, 'bold');
    if (title) texts.push({ tag: 'text', attrs: { class: 'cmv-text cmv-print-box', 'data-box': box.org, x: num(X(box.x + BOX_PAD)), y: num(Y(box.y) + font + 1) }, children: [title] });
  }
  for (const t of scene.trays) {
    const w = t.w * s - 2 * BOX_PAD * s;
    const ls = trayTitle(t.titleLines.join(' '), w, font, trayTitleLines(scene, t, isLabelled, Y, s, font, lineH));
    if (ls.length) {
      const el = lines('cmv-print-tray', X(t.x + BOX_PAD), Y(t.y) + font + 1, lineH, ls);
      el.attrs['data-tray'] = t.id;
      texts.push(el);
    }
    if (t.compact) texts.push({ tag: 'text', attrs: { class: 'cmv-text cmv-print-tray', x: num(X(t.x + BOX_PAD) + font * 1.6), y: num(Y(t.y) + font * 2.4 + 1) }, children: [String(t.count)] });
  }
  const labelled: string[] = [];
  // A label runs from the shape to the right edge of its member's cell.
  const room = (CELL_W - SHAPE_DX - LABEL_DX) * s - 2;
  // Two lines where a row of members has the height for them, else one.
  const labelLines = PITCH_Y * s >= LABEL_LINES_PRINT * lineH ? LABEL_LINES_PRINT : 1;
  for (const n of scene.nodes) {
    if (room <= font || !isLabelled(n)) continue;
    const ls = printLabel(timeline, n, room, font, labelLines, scene.lang as Lang);
    if (ls.length === 0) continue;
    const first = Y(n.y) + font * 0.35 - ((ls.length - 1) * lineH) / 2;
    const el = lines(n.kind === 'seated' ? 'cmv-print-label' : 'cmv-print-label-departed', X(n.x) + LABEL_DX * s, first, lineH, ls);
    el.attrs['data-label-for'] = n.person_id;
    texts.push(el);
    labelled.push(n.person_id);
  }
  return {
    el: { tag: 'g', attrs: { class: 'cmv-print-chart', 'data-step': String(scene.step) }, children: [drawing, { tag: 'g', attrs: { class: 'cmv-print-texts' }, children: texts }] },
    labelled,
    h: c.h * s,
  };
}

/**
 * A member's label on print: the full label when it fits `maxLines` lines of `room`, else the short
 * label of the post they hold (the built-in's "UVTV tổ chức" for "Ủy viên Thường vụ phụ trách tổ
 * chức", which says what changed where the full one would be cut), else the full label cut with an
 * ellipsis.
 */
function printLabel(timeline: Timeline, n: SceneNode, room: number, font: number, maxLines: number, lang: Lang): string[] {
  const full = wrapText(n.title, room, font, maxLines);
  if (!full.truncated) return full.lines;
  for (const id of n.post_ids) {
    const short = pick(timeline.postById.get(id)?.short_label, lang);
    if (!short || short === n.title) continue;
    const w = wrapText(short, room, font, maxLines);
    if (!w.truncated) return w.lines;
  }
  return full.lines;
}
