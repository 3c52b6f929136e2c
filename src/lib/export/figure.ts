/**
 * The "figure" export preset: one step as a figure for print at column width (`FIGURE_MM` = 170 mm
 * wide), with every text at least `FIGURE_FONT` units = 7.4 pt at that width.
 *
 * From the top: a headline (the dataset's story, `figureHeadline`: how its first bodies' member
 * counts went from the first step to the last), one line of step summary (the step, its counts and
 * what happened, fitted to one line), the chart (`printDrawing`: the drawing scaled to the width,
 * labels only on post holders, named people and the members the step changed), a legend (the
 * chart's own symbols, its labels set again), notes (which members are labelled; in a stated-only
 * file, what is greyed; the reading shown) and the source line.
 *
 * Units: `FIGURE_W` units across = `FIGURE_MM` mm, so 1 unit = 0.25 mm and 7 pt (2.47 mm) is 9.88 units.
 *
 * Pure: no DOM.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { fitText, lineSeparator, textWidth, wrapText } from '../layout/text.ts';
import { num, scaleNum } from '../layout/round.ts';
import { pick } from '../i18n/strings.ts';
import { FIGURE_WORDS } from '../i18n/export-words.ts';
import { CHART_CSS, FONT_STACK } from '../draw/chart-css.ts';
import { rootClass, type DrawOptions } from '../draw/chart-tree.ts';
import { hasClass, type SvgEl } from '../draw/svg-el.ts';
import { viewTree } from '../draw/view-tree.ts';
import { captionText, datasetTitle, sourceText, stepCaption } from '../view/caption.ts';
import { readingCaption } from '../view/readings.ts';
import { storyHeadline } from '../view/story.ts';
import { checkClaims } from '../model/claims.ts';
import { printCss, printDrawing, type PrintView } from './print-drawing.ts';
import { svgDocument } from './svg.ts';

/** The figure's width in mm (a full text column). */
export const FIGURE_MM = 170;
/** The figure's width in units (4 units a mm). */
export const FIGURE_W = 680;
/** Units per mm. */
const UNITS_PER_MM = FIGURE_W / FIGURE_MM;
/** The smallest text: 10.5 units = 2.625 mm = 7.4 pt. */
export const FIGURE_FONT = 10.5;
const HEAD_FONT = 15;
const STEP_FONT = 11.5;
const MARGIN = 16;
const LINE = 1.25;

/** Points in a mm. */
export const PT_PER_MM = 72 / 25.4;

/**
 * The headline: the dataset's story, the same sentence as the page's headline (`storyHeadline`:
 * "<period>: the <first body> went from A to B members, its <next> from C to D", the period ending
 * at the last step or the date of the last stated count). '' for a timeline with no step.
 */
export function figureHeadline(timeline: Timeline, lang: Lang): string {
  return storyHeadline(timeline, checkClaims(timeline), lang);
}

/** A `<text>` with a `<tspan>` per line. */
function linesEl(cls: string, x: number, y: number, lineH: number, ls: readonly string[]): SvgEl {
  return {
    tag: 'text',
    attrs: { class: `cmv-text ${cls}`, x: num(x), y: num(y) },
    children: ls.map((l, i) => ({ tag: 'tspan', attrs: { x: num(x), y: num(y + i * lineH) }, children: [i + 1 < ls.length ? l + lineSeparator(l, ls[i + 1]!) : l] })),
  };
}

/** The text directly or deeply inside an element. */
function textIn(el: SvgEl): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textIn(c))).join('');
}

/** A copy without any `<text>`. */
function noText(el: SvgEl): SvgEl {
  return { tag: el.tag, attrs: { ...el.attrs }, children: el.children.filter((c) => typeof c === 'string' || c.tag !== 'text').map((c) => (typeof c === 'string' ? c : noText(c))) };
}

/** The legend's items (symbol without text, label) in the chart's legend of `view`. */
function legendItems(view: PrintView): { symbol: SvgEl; label: string }[] {
  const legend = view.tree.over.find((e) => hasClass(e, 'cmv-legend'));
  if (!legend) return [];
  const out: { symbol: SvgEl; label: string }[] = [];
  const walk = (el: SvgEl) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (hasClass(c, 'cmv-legend-item')) {
        const text = c.children.find((k): k is SvgEl => typeof k !== 'string' && k.tag === 'text');
        const label = view.scene.legend.items.find((it) => it.key === c.attrs['data-legend'])?.label ?? (text ? textIn(text) : '');
        out.push({ symbol: { tag: 'g', attrs: {}, children: noText(c).children }, label });
      } else walk(c);
    }
  };
  walk(legend);
  return out;
}

/** The figure's parts, for the tests: the labelled people and the figure's height in units. */
export interface FigureInfo {
  svg: string;
  labelled: string[];
  width: number;
  height: number;
}

/**
 * The figure of a step as a standalone SVG document (before font embedding), 170 mm wide.
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param step 0-based step index
 * @param lang language of every text
 * @param opts `statedOnly` (inferred parts greyed, and a note says so), `layout`, `reading`
 * @throws Error when the plan was built from another timeline (from `layoutScene`)
 */
export function figureInfo(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang, opts: DrawOptions = {}): FigureInfo {
  const words = FIGURE_WORDS[lang];
  const view = viewTree(timeline, plan, step, lang, { layout: opts.layout ?? 'auto', reading: opts.reading ?? null, statedOnly: opts.statedOnly ?? false });
  const innerW = FIGURE_W - 2 * MARGIN;
  const f = FIGURE_FONT;
  const els: SvgEl[] = [];
  let y = MARGIN;

  // Headline (two lines at most), then one line of step summary.
  const headline = figureHeadline(timeline, lang);
  const head = headline ? wrapText(headline, innerW, HEAD_FONT, 2, 'bold').lines : [];
  if (head.length) {
    y += HEAD_FONT;
    els.push(linesEl('cmv-figure-headline', MARGIN, y, HEAD_FONT * LINE, head));
    y += (head.length - 1) * HEAD_FONT * LINE;
  }
  const cap = stepCaption(timeline, step, lang);
  const summary = fitText(`${cap.step}: ${captionText(cap.counts, cap.description)}`, innerW, STEP_FONT);
  y += STEP_FONT * 1.6;
  els.push(linesEl('cmv-figure-step', MARGIN, y, STEP_FONT, [summary]));
  y += 10;

  // The chart, across the width.
  const scale = innerW / view.scene.chart.w;
  const drawing = printDrawing(timeline, view, MARGIN, y, scale, f, 'fig-');
  els.push(drawing.el);
  y += drawing.h + 10;

  // The legend: the chart's symbols, its labels at the figure's size, in rows.
  const items = legendItems(view);
  const k = Math.max(scale, 0.5);
  let lx = MARGIN;
  let ly = y + f;
  const legend: SvgEl[] = [];
  for (const it of items) {
    const label = fitText(it.label, innerW - 16, f);
    const w = 14 + textWidth(label, f) + 14;
    if (lx > MARGIN && lx + w > MARGIN + innerW) {
      lx = MARGIN;
      ly += f * 1.6;
    }
    legend.push({
      tag: 'g',
      attrs: { class: 'cmv-figure-legend-item', transform: `translate(${num(lx + 6)},${num(ly - f * 0.35)}) scale(${scaleNum(k)})` },
      children: it.symbol.children,
    });
    legend.push({ tag: 'text', attrs: { class: 'cmv-text cmv-figure-note', x: num(lx + 14), y: num(ly) }, children: [label] });
    lx += w;
  }
  if (legend.length) {
    els.push({ tag: 'g', attrs: { class: 'cmv-figure-legend' }, children: legend });
    y = ly + f * 0.6;
  }

  // Notes and the source line.
  const reading = readingCaption(timeline.dataset, opts.reading ?? null, lang);
  const notes = [words.labels, opts.statedOnly ? words.statedOnly : '', reading].filter((s) => s.trim() !== '');
  for (const note of notes) {
    const ls = wrapText(note, innerW, f, 3).lines;
    y += f * LINE;
    els.push(linesEl(`cmv-figure-note${note === words.statedOnly ? ' cmv-stated-only-note' : ''}`, MARGIN, y, f * LINE, ls));
    y += (ls.length - 1) * f * LINE;
  }
  const source = sourceText(timeline, lang);
  if (source) {
    const ls = wrapText(source, innerW, f, 3).lines;
    y += f * LINE + 2;
    els.push(linesEl('cmv-figure-source', MARGIN, y, f * LINE, ls));
    y += (ls.length - 1) * f * LINE;
  }
  const H = Math.ceil(y + MARGIN);

  const title = `${datasetTitle(timeline, lang)} — ${words.figure}: ${cap.step}`;
  const css = [
    CHART_CSS,
    printCss(f),
    `.cmv-figure-headline{font-size:${HEAD_FONT}px;font-weight:700}`,
    `.cmv-figure-step{font-size:${STEP_FONT}px;fill:#333A40}`,
    `.cmv-figure-note{font-size:${f}px;fill:#333A40}`,
    `.cmv-figure-source{font-size:${f}px;fill:#57606A}`,
  ].join('\n');
  const head0: SvgEl[] = [
    { tag: 'title', attrs: { id: 'cmv-figure-title' }, children: [title] },
    { tag: 'desc', attrs: { id: 'cmv-figure-desc' }, children: [[headline, summary, ...notes, source].filter((s) => s.trim() !== '').join('\n')] },
    { tag: 'style', attrs: {}, children: [css] },
    { tag: 'rect', attrs: { class: 'cmv-bg', x: '0', y: '0', width: num(FIGURE_W), height: num(H), fill: '#FFFFFF' }, children: [] },
  ];
  const root: Record<string, string> = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${FIGURE_W} ${H}`,
    width: `${FIGURE_MM}mm`,
    height: `${num(H / UNITS_PER_MM)}mm`,
    class: rootClass('cmv-chart cmv-figure', opts),
    lang,
    role: 'img',
    'aria-labelledby': 'cmv-figure-title cmv-figure-desc',
    'font-family': FONT_STACK,
    'data-step': String(step),
  };
  return { svg: svgDocument(root, [...head0, ...els]), labelled: drawing.labelled, width: FIGURE_W, height: H };
}

/** `figureInfo(…).svg`: the figure of a step as a standalone SVG document (before font embedding). */
export function figureSvg(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang, opts: DrawOptions = {}): string {
  return figureInfo(timeline, plan, step, lang, opts).svg;
}
