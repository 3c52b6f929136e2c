/**
 * The poster: every step of a dataset side by side as small multiples, in one standalone SVG for
 * print (A3 landscape proportions, white background).
 *
 * Each cell is the step's chart drawing from `viewTree` (the same drawing as the screen and the
 * single-step export: bodies, trays, vacant seats, members), scaled into the cell, under a caption
 * with the step's date and its counts ("1998 · BCH 34 → 30, BTV 10 → 9") and what happened. The
 * poster has one title, one legend (the chart's own legend, drawn once) and one source line, and
 * the chart's stylesheet once. Ids stay unique: any id inside a cell is prefixed with the cell's
 * step (`s2-…`). The same safety rules as the single SVG hold (everything goes through the same
 * escaping serialiser; no script, event handler, link, external reference or `foreignObject`).
 *
 * A long term is drawn on sheets (`posterPages`: at most `POSTER_PANELS` panels a sheet, every
 * step on one): `posterTree`/`posterSvg` draw one sheet when given its page, and the sheet's steps
 * line and title say which steps and which sheet it is. The app makes sheets a cell at a time with
 * `poster-sheets.ts` (`posterFrame` and `posterCellEl` are its parts); without a page, every step
 * is on one sheet (the command line's `--poster`).
 *
 * Pure: no DOM.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { SOURCE_FONT, type Scene } from '../layout/scene.ts';
import { fitText, textWidth, wrapText, lineSeparator } from '../layout/text.ts';
import { num, scaleNum } from '../layout/round.ts';
import { POSTER_WORDS } from '../i18n/file-words.ts';
import { CHART_CSS, FONT_STACK } from '../draw/chart-css.ts';
import { rootClass, type DrawOptions } from '../draw/chart-tree.ts';
import { hasClass, type ChartTree, type SvgEl } from '../draw/svg-el.ts';
import { viewTree } from '../draw/view-tree.ts';
import { captionText, datasetTitle, sourceText, stepCaption, type StepCaption } from '../view/caption.ts';
import { readingCaption, readingLines } from '../view/readings.ts';
import { svgDocument } from './svg.ts';
import { printCss, printDrawing } from './print-drawing.ts';
import type { PosterPage } from './poster-pages.ts';

export { POSTER_PANELS, posterPages, type PosterPage } from './poster-pages.ts';

/** Poster size in units: A3 landscape proportions (420 × 297 mm, 4 units per mm). */
export const POSTER_W = 1680;
export const POSTER_H = 1188;
const MARGIN = 36;
const GAP_X = 24;
const GAP_Y = 20;
const TITLE_FONT = 26;
const SUB_FONT = 14;
const STEP_FONT = 14;
const DESC_FONT = 11;
const DESC_LINE = 14;
/** Lines of what happened under each step's line: room enough for a whole sentence, as the sheet has the height. */
const DESC_LINES = 5;
/**
 * Size of the texts over each cell's drawing (body and tray titles, labels), poster units: 10
 * units of 0.25 mm = 7.09 pt on A3 (`print-drawing.ts` sets them over the scaled drawing).
 */
export const POSTER_LABEL_FONT = 10;
/** Caption above each cell's drawing: the step line and up to DESC_LINES lines of what happened. */
const CELL_CAPTION_H = 22 + DESC_LINES * DESC_LINE + 4;

/** The poster's own rules, added to the chart's stylesheet (same simple `.cmv-` class selectors). */
const POSTER_CSS = [
  `.cmv-poster-title{font-size:${TITLE_FONT}px;font-weight:700}`,
  `.cmv-poster-sub{font-size:${SUB_FONT}px;fill:#3D434A}`,
  `.cmv-poster-frame{fill:none;stroke:#D0D7DE;stroke-width:1}`,
  `.cmv-poster-step{font-size:${STEP_FONT}px;font-weight:700}`,
  `.cmv-poster-counts{font-size:${STEP_FONT}px;font-weight:400}`,
  `.cmv-poster-desc{font-size:${DESC_FONT}px;fill:#333A40}`,
].join('\n');

/** One cell of the grid, in poster units. */
export interface PosterCell {
  step: number;
  /** Top-left of the cell (its caption starts here). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Scale of the chart drawing inside the cell. */
  scale: number;
}

/**
 * The grid chosen for `n` charts of size `cw` × `ch` in the area `w` × `h`: of the grids with at
 * least as many columns as rows (the sheet is landscape: five steps are one row of five or three
 * and two, never 2 + 2 + 1), the one giving the largest charts.
 */
export function posterGrid(n: number, cw: number, ch: number, w: number, h: number): { cols: number; rows: number; scale: number } {
  let best = { cols: Math.max(1, n), rows: 1, scale: 0 };
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const rows = Math.ceil(n / cols);
    if (cols < rows) continue;
    const cellW = (w - (cols - 1) * GAP_X) / cols;
    const cellH = (h - (rows - 1) * GAP_Y) / rows - CELL_CAPTION_H;
    const scale = Math.min(cellW / cw, cellH / ch);
    if (scale > best.scale + 1e-9) best = { cols, rows, scale };
  }
  return best;
}

/** A deep copy of an element with every `id` prefixed (ids must stay unique on the poster). */
function prefixed(el: SvgEl, prefix: string): SvgEl {
  const attrs = { ...el.attrs };
  if (attrs.id !== undefined) attrs.id = `${prefix}${attrs.id}`;
  return { tag: el.tag, attrs, children: el.children.map((c) => (typeof c === 'string' ? c : prefixed(c, prefix))) };
}

/** A `<text>` with a `<tspan>` per line (lines read with a space between them). */
function linesEl(cls: string, x: number, y: number, lineH: number, lines: readonly string[]): SvgEl {
  return {
    tag: 'text',
    attrs: { class: cls, x: num(x), y: num(y) },
    children: lines.map((l, i) => ({
      tag: 'tspan',
      attrs: { x: num(x), y: num(y + i * lineH) },
      children: [i + 1 < lines.length ? l + lineSeparator(l, lines[i + 1]!) : l],
    })),
  };
}

/** One step's cell: its caption (step · counts, then what happened), frame and the chart drawing scaled into it. */
function posterCell(timeline: Timeline, v: { scene: Scene; tree: ChartTree }, cap: StepCaption, cell: PosterCell, chartH: number): SvgEl {
  const { step: i, x: cx, y: cy, w: cellW, scale: s } = cell;
  const stepText = fitText(cap.step, cellW * 0.5, STEP_FONT, 'bold');
  const countsW = cellW - textWidth(`${stepText} · `, STEP_FONT, 'bold');
  const counts = cap.counts ? fitText(cap.counts, countsW, STEP_FONT) : '';
  const descLines = cap.description ? wrapText(cap.description, cellW, DESC_FONT, DESC_LINES).lines : [];
  const prefix = `s${i}-`;
  // The chart drawing without its own background, caption, legend, source line and small text; its texts set again at a size that reads on A3.
  const drawing = printDrawing(timeline, v, cx, cy + CELL_CAPTION_H, s, POSTER_LABEL_FONT, prefix);
  return {
    tag: 'g',
    attrs: { class: 'cmv-poster-cell', 'data-step': String(i) },
    children: [
      {
        tag: 'text',
        attrs: { class: 'cmv-text cmv-poster-caption', x: num(cx), y: num(cy + 16) },
        children: [
          { tag: 'tspan', attrs: { class: 'cmv-poster-step' }, children: [counts ? `${stepText} · ` : stepText] },
          ...(counts ? [{ tag: 'tspan', attrs: { class: 'cmv-poster-counts' }, children: [counts] }] : []),
        ],
      },
      ...(descLines.length ? [linesEl('cmv-text cmv-poster-desc', cx, cy + 22 + DESC_LINE - 2, DESC_LINE, descLines)] : []),
      { tag: 'rect', attrs: { class: 'cmv-poster-frame', x: num(cx), y: num(cy + CELL_CAPTION_H), width: num(cellW), height: num(chartH * s) }, children: [] },
      { tag: 'g', attrs: { class: 'cmv-poster-chart' }, children: [drawing.el] },
    ],
  };
}

/**
 * The cells of `n` charts (all of the size of `chart`) between `top` and `bottom`: the grid of
 * `posterGrid` for `slots` charts (default `n`; a page of a long poster keeps the grid of a full
 * page), centred across the inner width and, when it is shorter, down the free height.
 */
function placeCells(n: number, chart: { w: number; h: number }, top: number, bottom: number, slots = n): PosterCell[] {
  const innerW = POSTER_W - 2 * MARGIN;
  const grid = posterGrid(slots, chart.w, chart.h, innerW, bottom - top);
  const s = grid.scale;
  const cellW = chart.w * s;
  const cellH = CELL_CAPTION_H + chart.h * s;
  const gridW = grid.cols * cellW + (grid.cols - 1) * GAP_X;
  const gridH = grid.rows * cellH + (grid.rows - 1) * GAP_Y;
  const x0 = MARGIN + (innerW - gridW) / 2;
  // The height left over is shared out above, between and below the rows, so the sheet is filled.
  const share = Math.max(0, bottom - top - gridH) / (grid.rows + 1);
  const y0 = top + share;
  // A last row with fewer cells is centred under the others.
  const lastRow = Math.floor((n - 1) / grid.cols);
  const inLast = n - lastRow * grid.cols;
  const shift = (i: number) => (Math.floor(i / grid.cols) === lastRow ? ((grid.cols - inLast) * (cellW + GAP_X)) / 2 : 0);
  return Array.from({ length: n }, (_, i) => ({
    step: i,
    x: x0 + shift(i) + (i % grid.cols) * (cellW + GAP_X),
    y: y0 + Math.floor(i / grid.cols) * (cellH + GAP_Y + share),
    w: cellW,
    h: cellH,
    scale: s,
  }));
}

/** A step's drawing as `viewTree` gives it. */
export type PosterView = { scene: Scene; tree: ChartTree };

/** The parts of a poster sheet around its cells (`posterFrame`). */
export interface PosterFrame {
  /** The root element's attributes. */
  root: Record<string, string>;
  /** Title, desc, styles, background, the heading (title and the steps line). */
  head: SvgEl[];
  /** One cell per step of the sheet, in order. */
  cells: PosterCell[];
  /** The captions of the sheet's steps, in order. */
  captions: StepCaption[];
  /** The chart height every cell is drawn for (units, before scaling). */
  chartH: number;
  /** One legend (the chart's own, from the sheet's last step) and the source line. */
  tail: SvgEl[];
  /** The timeline drawn (which members each step changed, who is named: `print-drawing.ts`). */
  timeline: Timeline;
}

/**
 * A sheet of the poster without its cells' drawings: head (title, desc, styles, background),
 * heading (title and the steps line, which on a sheet of a long poster names its steps and page),
 * where each cell goes, and the tail (legend, source line).
 * @param page the sheet (`posterPages`); one sheet of every step gives the poster of the whole term
 * @param first the drawing of the sheet's first step (its chart size sizes every cell), null when there is none
 * @param last the drawing of the sheet's last step (its legend is drawn once), null when there is none
 */
export function posterFrame(timeline: Timeline, lang: Lang, opts: DrawOptions, page: PosterPage, first: PosterView | null, last: PosterView | null): PosterFrame {
  const n = timeline.steps.length;
  const count = page.to - page.from;
  const words = POSTER_WORDS[lang] ?? POSTER_WORDS.en;
  const title = datasetTitle(timeline, lang);
  const source = sourceText(timeline, lang);
  const steps =
    page.pages > 1
      ? words.page(page.from + 1, page.to, n, timeline.valueText(page.from, lang), timeline.valueText(page.to - 1, lang), page.index + 1, page.pages)
      : n > 0
        ? words.steps(n, timeline.valueText(0, lang), timeline.valueText(n - 1, lang))
        : '';
  const sub = steps;
  // With readings, the source line at the bottom also names the reading shown (as each chart does).
  const reading = readingCaption(timeline.dataset, opts.reading ?? null, lang);
  const innerW = POSTER_W - 2 * MARGIN;
  const captions = Array.from({ length: count }, (_, k) => stepCaption(timeline, page.from + k, lang));
  const titleText = page.pages > 1 ? `${title} — ${words.poster}, ${words.sheet(page.index + 1, page.pages)}` : `${title} — ${words.poster}`;

  // Head: title, description (every step's caption), styles, background.
  const head: SvgEl[] = [
    { tag: 'title', attrs: { id: 'cmv-poster-title' }, children: [titleText] },
    {
      tag: 'desc',
      attrs: { id: 'cmv-poster-desc' },
      children: [
        [title, steps, ...readingLines(timeline.dataset, opts.reading ?? null, lang), ...captions.map((c) => `${c.step}: ${captionText(c.counts, c.description)}`), source]
          .filter((s) => s.trim() !== '')
          .join('\n'),
      ],
    },
    { tag: 'style', attrs: {}, children: [`${CHART_CSS}\n${POSTER_CSS}\n${printCss(POSTER_LABEL_FONT)}`] },
    { tag: 'rect', attrs: { class: 'cmv-bg', x: '0', y: '0', width: num(POSTER_W), height: num(POSTER_H), fill: '#FFFFFF' }, children: [] },
  ];

  // Heading: the title and the line under it.
  let y = MARGIN + TITLE_FONT;
  head.push({ tag: 'text', attrs: { class: 'cmv-text cmv-poster-title', x: num(MARGIN), y: num(y) }, children: [fitText(title, innerW, TITLE_FONT, 'bold')] });
  if (sub) {
    y += SUB_FONT + 10;
    head.push({ tag: 'text', attrs: { class: 'cmv-text cmv-poster-sub', x: num(MARGIN), y: num(y) }, children: [fitText(sub, innerW, SUB_FONT)] });
  }
  const gridTop = y + 20;

  // Footer: the source line at the bottom, the legend above it.
  const bottom = [source, reading].filter((x) => x !== '').join(' ');
  const srcLines = bottom ? wrapText(bottom, innerW, SOURCE_FONT, 2).lines : [];
  const srcTop = POSTER_H - MARGIN - srcLines.length * 13;
  const legend = last ? last.scene.legend : null;
  const legendEl = last ? last.tree.over.find((e) => hasClass(e, 'cmv-legend')) : undefined;
  const lk = legend ? Math.min(1, innerW / legend.w) : 1;
  const legendTop = legend && legendEl ? srcTop - 12 - legend.h * lk : srcTop;

  // The grid of cells (a sheet of a long poster keeps the grid of a full sheet).
  const cells = count > 0 && first ? placeCells(count, first.scene.chart, gridTop, legendTop - 18, Math.max(count, page.panels)).map((c) => ({ ...c, step: page.from + c.step })) : [];

  // One legend (the chart's own), then the source line.
  const tail: SvgEl[] = [];
  if (legend && legendEl) {
    tail.push({
      tag: 'g',
      attrs: { class: 'cmv-poster-legend', transform: `translate(${num(MARGIN - legend.x * lk)},${num(legendTop - legend.y * lk)}) scale(${scaleNum(lk)})` },
      children: [prefixed(legendEl, 'legend-')],
    });
  }
  if (srcLines.length) tail.push(linesEl('cmv-text cmv-source', MARGIN, srcTop + 10, 13, srcLines));

  const root: Record<string, string> = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${POSTER_W} ${POSTER_H}`,
    width: '420mm',
    height: '297mm',
    class: rootClass('cmv-chart cmv-poster', opts),
    lang,
    role: 'img',
    'aria-labelledby': 'cmv-poster-title cmv-poster-desc',
    'font-family': FONT_STACK,
  };
  return { root, head, cells, captions, chartH: first ? first.scene.chart.h : 0, tail, timeline };
}

/** One step's cell on a sheet (`posterFrame`'s cell `k`, drawn from the step's `viewTree`). */
export function posterCellEl(frame: PosterFrame, k: number, view: PosterView): SvgEl {
  return posterCell(frame.timeline, view, frame.captions[k]!, frame.cells[k]!, frame.chartH);
}

/** The sheet of every step (the whole term's poster). */
function wholeTerm(n: number): PosterPage {
  return { index: 0, pages: 1, from: 0, to: n, panels: n };
}

/**
 * The poster's layout and drawing (root attributes and the elements inside the root): head
 * (title, desc, styles, background), heading (title and the steps line), the grid of cells, one
 * legend (the chart's own, from the last step) and the source line.
 * @param opts `statedOnly`: the root gets `cmv-stated-only` (inferred parts greyed out)
 * @param page the sheet to draw (`posterPages`); default: every step on one sheet, however many
 */
export function posterTree(
  timeline: Timeline,
  plan: SeatPlan,
  lang: Lang,
  opts: DrawOptions = {},
  page: PosterPage = wholeTerm(timeline.steps.length),
): { root: Record<string, string>; els: SvgEl[]; cells: PosterCell[] } {
  const views = Array.from({ length: page.to - page.from }, (_, k) => viewTree(timeline, plan, page.from + k, lang, { layout: opts.layout ?? 'auto', statedOnly: opts.statedOnly ?? false }));
  const frame = posterFrame(timeline, lang, opts, page, views[0] ?? null, views[views.length - 1] ?? null);
  const els = [...frame.head, ...frame.cells.map((_, k) => posterCellEl(frame, k, views[k]!)), ...frame.tail];
  return { root: frame.root, els, cells: frame.cells };
}

/**
 * The poster as a standalone SVG document: every step of the timeline as small multiples (or one
 * sheet of a long poster, `page`). The app draws a long term sheet by sheet (`poster-pages.ts`).
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param lang language of every text
 * @param opts `statedOnly`: the root gets `cmv-stated-only` (inferred parts greyed out)
 * @param page the sheet to draw (`posterPages`); default: every step on one sheet
 */
export function posterSvg(timeline: Timeline, plan: SeatPlan, lang: Lang, opts: DrawOptions = {}, page?: PosterPage): string {
  const { root, els } = posterTree(timeline, plan, lang, opts, page);
  return svgDocument(root, els);
}
