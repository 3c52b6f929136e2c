/**
 * Every step at once: a ZIP with one standalone SVG per step (named by `exportFileName`, the same
 * file as the single-step export) and a README.txt naming the dataset, its source and the steps.
 * Written piece by piece (`ZipWriter` of `zip-stream.ts`, fflate's streaming ZIP), a step at a
 * time, paced (`pace.ts`) so the page stays responsive, with progress and cancel. No DOM (runs in
 * the browser and in node).
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { README_WORDS } from '../i18n/file-words.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { captionText, datasetTitle, sourceText, stepCaption } from '../view/caption.ts';
import { readingLines } from '../view/readings.ts';
import { exportFileName, statedOnlyName, zipFileName } from './filename.ts';
import { pacer, type Pacing } from './pace.ts';
import { viewTree } from '../draw/view-tree.ts';
import { treeToSvg } from './svg.ts';
import { ZipWriter } from './zip-stream.ts';

/** The README's line (two lines, CRLF between) for step `i` and its file `name`. */
function readmeStepLine(timeline: Timeline, i: number, lang: Lang, name: string): string {
  const c = stepCaption(timeline, i, lang);
  return `${i + 1}. ${c.step} — ${captionText(c.counts, c.description)}\r\n   ${name}`;
}

/**
 * The README around its step lines (one per step, `readmeStepLine`); with readings, the reading shown
 * (`reading`, null for the default) is named under the source.
 */
function readmeWith(timeline: Timeline, lang: Lang, stepLines: readonly string[], reading: string | null = null): string {
  const w = README_WORDS[lang] ?? README_WORDS.en;
  const ds = timeline.dataset;
  const lines = [
    w.head,
    '',
    `${w.dataset}: ${datasetTitle(timeline, lang)} (${ds.id})`,
    sourceText(timeline, lang) || `${w.source}: —`,
    ...readingLines(timeline.dataset, reading, lang),
    '',
    `${w.steps}:`,
    ...stepLines,
    '',
    w.files,
    '',
  ];
  // Control characters from the dataset's texts are dropped (the README is plain text).
  return lines.join('\r\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/**
 * The README.txt of the ZIP (CRLF line ends, so it reads well in any editor).
 * @param reading the reading shown (a `Reading.id`), null for the default readings
 */
export function zipReadme(timeline: Timeline, lang: Lang, names: readonly string[], reading: string | null = null): string {
  return readmeWith(timeline, lang, timeline.steps.map((_, i) => readmeStepLine(timeline, i, lang, names[i] ?? '')), reading);
}

/** Options of `allStepsZip`: the drawing's options, the files' date, the last step of each SVG, and the pacing. */
export interface ZipOptions extends DrawOptions, Pacing {
  /** The files' date in the ZIP (default: now). */
  mtime?: Date;
  /**
   * A last step applied to each SVG file, e.g. embedding the fonts (default: none). The same one
   * the single-step export uses, so a file of the ZIP is the file that export gives.
   */
  finish?: (svg: string) => string | Promise<string>;
}

/** A ZIP made by `allStepsZip`. */
export interface ZipResult {
  /** The archive's file name (`zipFileName`). */
  name: string;
  /** The archive's bytes in order (a `Blob`'s parts; `joinBytes` of `zip-stream.ts` joins them). */
  parts: Uint8Array[];
  /** The names of the files inside, in order: one SVG per step, then README.txt. */
  files: string[];
}

/**
 * The ZIP of every step, made a step at a time: each step's SVG is drawn, finished (`finish`) and
 * compressed in pieces, with a pacing checkpoint between pieces; `progress(done, steps)` is called
 * after each step's file.
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param lang language of every text
 * @param options the files' date, the last step applied to each SVG, `statedOnly`, `layout`, `reading`, pacing
 * @returns the ZIP's name, bytes and the names of the files inside
 * @throws `signal.reason` when the signal is aborted (nothing is returned), or what `pause` or
 *   `finish` throw
 */
export async function allStepsZip(
  timeline: Timeline,
  plan: SeatPlan,
  lang: Lang,
  options: ZipOptions = {},
): Promise<ZipResult> {
  const { mtime = new Date(), finish, statedOnly = false, layout = 'auto', reading = null } = options;
  const step = pacer(options);
  const id = timeline.dataset.id;
  const n = timeline.steps.length;
  const zip = new ZipWriter();
  const names: string[] = [];
  const stepLines: string[] = [];
  try {
    for (let i = 0; i < n; i++) {
      await step();
      const name = statedOnlyName(exportFileName(id, i, timeline.valueText(i, lang), lang, 'svg'), statedOnly);
      names.push(name);
      stepLines.push(readmeStepLine(timeline, i, lang, name));
      // Drawing and serialising are two pieces (each well under a long task for 2,000 members).
      const { tree } = viewTree(timeline, plan, i, lang, { statedOnly, layout, reading });
      await step();
      const svg = treeToSvg(tree);
      await step();
      await zip.addText(name, finish ? await finish(svg) : svg, mtime, step);
      options.progress?.(i + 1, n);
    }
    await zip.addText('README.txt', `\uFEFF${readmeWith(timeline, lang, stepLines, reading)}`, mtime, step);
    return { name: statedOnlyName(zipFileName(id, lang), statedOnly), parts: zip.end(), files: [...names, 'README.txt'] };
  } catch (e) {
    zip.abort();
    throw e;
  }
}
