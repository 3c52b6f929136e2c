/**
 * The poster as the app makes it: bounded, and made a panel at a time.
 *
 * A term of at most `POSTER_PANELS` steps is one sheet with every step (the same file as
 * `posterSvg`). A longer term is drawn on sheets of `POSTER_PANELS` consecutive steps each, every
 * step on a sheet, each sheet a standalone SVG saying which steps it shows and which sheet it is,
 * all in one ZIP (`posterSheetFileName` inside `posterFileName(…, 'zip')`).
 *
 * Each sheet is written in parts (`svgOpen`, `svgEls`, `SVG_CLOSE` of `svg.ts`): a step's drawing,
 * its cell, the cell's serialisation, with a pacing checkpoint (`pace.ts`) after each, so the page stays
 * responsive; the characters the sheet draws are gathered part by part for the font embedding.
 *
 * Pure: no DOM.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { viewTree } from '../draw/view-tree.ts';
import { usedChars, type Glyphs, type Weight } from './fonts.ts';
import { posterFileName, posterSheetFileName } from './filename.ts';
import { pacer, type Pacing } from './pace.ts';
import { posterCellEl, posterFrame, type PosterView } from './poster.ts';
import { POSTER_PANELS, posterPages, type PosterPage } from './poster-pages.ts';
import { SVG_CLOSE, svgEls, svgOpen } from './svg.ts';
import { ZipWriter } from './zip-stream.ts';

/** Options of `posterExport`: the drawing's, the last step of each sheet, the ZIP's date, the pacing. */
export interface PosterOptions extends DrawOptions, Pacing {
  /**
   * A last step applied to each sheet, e.g. embedding the fonts; `glyphs` are the characters the
   * sheet draws by weight (the same set as `usedChars(svg)`, gathered while the sheet was written,
   * so the finish need not read the whole text again). Default: none.
   */
  finish?: (svg: string, glyphs: Glyphs) => string | Promise<string>;
  /** The sheets' date in the ZIP of a long poster (default: now). */
  mtime?: Date;
  /** Panels per sheet (default `POSTER_PANELS`). */
  panels?: number;
}

/** What `posterExport` made: one SVG (a short term), or a ZIP of sheets (a long one). */
export type PosterResult =
  | { kind: 'svg'; name: string; text: string; sheets: 1; steps: number }
  | { kind: 'zip'; name: string; parts: Uint8Array[]; files: string[]; sheets: number; steps: number };

/** Adds the characters of `more` to `into`, per weight, keeping the order of first use. */
function addGlyphs(into: Record<Weight, Set<string>>, more: Glyphs): void {
  for (const w of [400, 700] as const) for (const ch of more[w]) into[w].add(ch);
}

/**
 * One sheet of the poster as a standalone SVG, written a cell at a time (`step` is awaited after
 * each step's drawing and each cell's serialisation; `panelDone` after each cell).
 * @returns the sheet's text (the same as `posterSvg(…, page)`) and the characters it draws
 * @throws what `step` throws (a cancel)
 */
export async function posterSheet(
  timeline: Timeline,
  plan: SeatPlan,
  lang: Lang,
  opts: DrawOptions,
  page: PosterPage,
  step: () => Promise<void>,
  panelDone: () => void = () => {},
): Promise<{ text: string; glyphs: Glyphs }> {
  // Stated only: the legend (drawn once, from the sheet's last step) says what is greyed.
  const drawOpts = { layout: opts.layout ?? 'auto', statedOnly: opts.statedOnly ?? false };
  const count = page.to - page.from;
  const view = (k: number): PosterView => viewTree(timeline, plan, page.from + k, lang, drawOpts);
  const first = count > 0 ? view(0) : null;
  await step();
  const last = count > 1 ? view(count - 1) : first;
  if (count > 1) await step();
  const frame = posterFrame(timeline, lang, opts, page, first, last);

  const head = svgEls(frame.head);
  // The sheet's stylesheet, read with each part so the weight of each class is known.
  const style = svgEls(frame.head.filter((e) => e.tag === 'style'));
  const glyphs: Record<Weight, Set<string>> = { 400: new Set(), 700: new Set() };
  addGlyphs(glyphs, usedChars(head));
  const parts = [svgOpen(frame.root), head];
  for (let k = 0; k < count; k++) {
    const v = k === 0 ? first! : k === count - 1 ? last! : view(k);
    if (k > 0 && k < count - 1) await step();
    const el = posterCellEl(frame, k, v);
    await step();
    const cell = svgEls([el]);
    addGlyphs(glyphs, usedChars(`${style}\n${cell}`));
    parts.push(cell);
    panelDone();
    await step();
  }
  if (frame.tail.length > 0) {
    const tail = svgEls(frame.tail);
    addGlyphs(glyphs, usedChars(`${style}\n${tail}`));
    parts.push(tail);
  }
  parts.push(SVG_CLOSE);
  return { text: parts.join('\n'), glyphs: { 400: [...glyphs[400]].join(''), 700: [...glyphs[700]].join('') } };
}

/**
 * The poster of the whole term, bounded and paced: one sheet when the term has at most `panels`
 * steps, else a ZIP of sheets of `panels` steps (`posterPages`). `progress(done, steps)` is called
 * after each step's panel.
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param lang language of every text
 * @param options `statedOnly`, `layout`, `reading` (named in each sheet's heading), the last step of each sheet, the ZIP's date, panels, pacing
 * @throws `signal.reason` when the signal is aborted (nothing is returned), or what `pause` or
 *   `finish` throw
 */
export async function posterExport(timeline: Timeline, plan: SeatPlan, lang: Lang, options: PosterOptions = {}): Promise<PosterResult> {
  const { finish, mtime = new Date(), panels = POSTER_PANELS } = options;
  const opts: DrawOptions = { statedOnly: options.statedOnly ?? false, layout: options.layout ?? 'auto', reading: options.reading ?? null };
  const step = pacer(options);
  const n = timeline.steps.length;
  const pages = posterPages(n, panels);
  const id = timeline.dataset.id;
  let done = 0;
  const panelDone = () => options.progress?.(++done, n);
  const finished = async (page: PosterPage): Promise<string> => {
    const sheet = await posterSheet(timeline, plan, lang, opts, page, step, panelDone);
    await step();
    const text = finish ? await finish(sheet.text, sheet.glyphs) : sheet.text;
    await step();
    return text;
  };
  if (pages.length === 1) {
    const text = await finished(pages[0]!);
    return { kind: 'svg', name: posterFileName(id, lang), text, sheets: 1, steps: n };
  }
  const zip = new ZipWriter();
  const files: string[] = [];
  try {
    for (const page of pages) {
      const name = posterSheetFileName(id, lang, page.index + 1, page.pages);
      await zip.addText(name, await finished(page), mtime, step);
      files.push(name);
    }
    return { kind: 'zip', name: posterFileName(id, lang, 'zip'), parts: zip.end(), files, sheets: pages.length, steps: n };
  } catch (e) {
    zip.abort();
    throw e;
  }
}
