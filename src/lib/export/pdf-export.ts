/**
 * The PDF exports, for the app and the command line alike: the view of a step, the figure preset of
 * a step and the poster, each drawn as its SVG (`svgForView`, `figureSvg`, the poster's sheets) and
 * converted by `svgToPdf`, named by `filename.ts` (`….pdf`). The poster is one PDF with one A3 page
 * per sheet (`posterPages`: a term of more than `POSTER_PANELS` steps has several), made a panel at
 * a time with the pacing of `posterSheet`, then a page at a time.
 *
 * The fonts are an input (`PdfFonts`: `pdf-fonts-node.ts` or `pdf-fonts-browser.ts`). No DOM.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { figureSvg } from './figure.ts';
import { exportFileName, figureFileName, posterFileName } from './filename.ts';
import { decodeXml, uncoveredChars, usedChars } from './fonts.ts';
import { pacer, type Pacing } from './pace.ts';
import { svgToPdf, type PdfFonts, type PdfOptions } from './pdf.ts';
import { posterPages } from './poster-pages.ts';
import { posterSheet } from './poster-sheets.ts';
import { svgForView } from './svg.ts';
import { datasetTitle } from '../view/caption.ts';
import { POSTER_WORDS } from '../i18n/file-words.ts';

/** A PDF made: its file name and bytes, how many pages it has, and the characters its fonts lack. */
export interface PdfFile {
  name: string;
  bytes: Uint8Array;
  pages: number;
  /** Characters of the drawing that the embedded fonts do not draw (`uncoveredChars`): blank in the PDF. */
  missing: string[];
}

/** The characters of `svgs` that the embedded fonts lack. */
function missingChars(svgs: readonly string[]): string[] {
  const all = new Set<string>();
  for (const svg of svgs) for (const c of uncoveredChars(usedChars(svg))) all.add(c);
  return [...all];
}

/** The text of the SVG's first `<title>` (the drawing's title: dataset and step), '' without one. */
export function svgTitle(svg: string): string {
  const m = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg);
  return m ? decodeXml(m[1]!).trim() : '';
}

/** What every PDF export takes besides the drawing's inputs. */
export interface PdfExportOptions extends DrawOptions, Pacing {
  fonts: PdfFonts;
  /** The creation date written in the file (default: now). */
  date?: Date;
  /**
   * What turns the SVG pages into the PDF (default `svgToPdf`, in this thread; the page passes
   * `pdfInWorker` of `pdf-worker-client.ts`, so that the work never blocks it).
   */
  convert?: (svgs: readonly string[], opts: PdfOptions) => Promise<Uint8Array>;
}

/** One SVG page as a PDF named `name`, titled by the SVG's own title. */
async function onePage(svg: string, name: string, lang: Lang, options: PdfExportOptions): Promise<PdfFile> {
  const step = pacer(options);
  await step();
  const bytes = await (options.convert ?? svgToPdf)([svg], { title: svgTitle(svg), lang, fonts: options.fonts, date: options.date, step });
  return { name, bytes, pages: 1, missing: missingChars([svg]) };
}

/**
 * The view of a step as a PDF: the drawing of the SVG export, its page the drawing's size in CSS px
 * at 0.75 pt (1440 px = 1080 pt = 381 mm across); `<dataset>_s<step>-<label>_<lang>.pdf`.
 * @throws what `svgToPdf` throws; Error when the step cannot be drawn
 */
export function viewPdf(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang, options: PdfExportOptions): Promise<PdfFile> {
  const draw: DrawOptions = { statedOnly: options.statedOnly, layout: options.layout, reading: options.reading };
  const svg = svgForView(timeline, plan, step, lang, draw);
  return onePage(svg, exportFileName(timeline.dataset.id, step, timeline.valueText(step, lang), lang, 'pdf'), lang, options);
}

/**
 * The figure preset of a step as a PDF, 170 mm wide (`figure.ts`); `…_<lang>_figure.pdf`.
 * @throws what `svgToPdf` throws; Error when the step cannot be drawn
 */
export function figurePdf(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang, options: PdfExportOptions): Promise<PdfFile> {
  const draw: DrawOptions = { statedOnly: options.statedOnly, layout: options.layout, reading: options.reading };
  const svg = figureSvg(timeline, plan, step, lang, draw);
  return onePage(svg, figureFileName(timeline.dataset.id, step, timeline.valueText(step, lang), lang, 'pdf'), lang, options);
}

/**
 * The poster as one PDF, one A3 landscape page per sheet (`posterPages`), the same sheets as the SVG
 * poster; `<dataset>_poster_<lang>.pdf`. `progress(done, steps)` is called after each step's panel.
 * @throws `signal.reason` when the signal is aborted (nothing is returned); what `pause` or `svgToPdf` throw
 */
export async function posterPdf(timeline: Timeline, plan: SeatPlan, lang: Lang, options: PdfExportOptions): Promise<PdfFile> {
  const opts: DrawOptions = { statedOnly: options.statedOnly ?? false, layout: options.layout ?? 'auto', reading: options.reading ?? null };
  const step = pacer(options);
  const n = timeline.steps.length;
  const pages = posterPages(n);
  let done = 0;
  const sheets: string[] = [];
  for (const page of pages) {
    const sheet = await posterSheet(timeline, plan, lang, opts, page, step, () => options.progress?.(++done, n));
    sheets.push(sheet.text);
    await step();
  }
  const title = `${datasetTitle(timeline, lang)} — ${POSTER_WORDS[lang].poster}`;
  const bytes = await (options.convert ?? svgToPdf)(sheets, { title, lang, fonts: options.fonts, date: options.date, step });
  return { name: posterFileName(timeline.dataset.id, lang, 'pdf'), bytes, pages: pages.length, missing: missingChars(sheets) };
}
