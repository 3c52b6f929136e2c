/**
 * Every step at once: a ZIP with one standalone SVG per step (named by `exportFileName`, the same
 * file as the single-step export) and a README.txt naming the dataset, its source and the steps.
 * Built with fflate's `zipSync`; no DOM (runs in the browser and in node).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { README_WORDS } from '../i18n/export-words.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { captionText, datasetTitle, sourceText, stepCaption } from '../view/caption.ts';
import { exportFileName, zipFileName } from './filename.ts';
import { svgForView } from './svg.ts';

/** The README.txt of the ZIP (CRLF line ends, so it reads well in any editor). */
export function zipReadme(timeline: Timeline, lang: Lang, names: readonly string[]): string {
  const w = README_WORDS[lang] ?? README_WORDS.en;
  const ds = timeline.dataset;
  const lines = [
    w.head,
    '',
    `${w.dataset}: ${datasetTitle(timeline, lang)} (${ds.id})`,
    sourceText(timeline, lang) || `${w.source}: —`,
    '',
    `${w.steps}:`,
    ...timeline.steps.map((_, i) => {
      const c = stepCaption(timeline, i, lang);
      return `${i + 1}. ${c.step} — ${captionText(c.counts, c.description)}\r\n   ${names[i] ?? ''}`;
    }),
    '',
    w.files,
    '',
  ];
  // Control characters from the dataset's texts are dropped (the README is plain text).
  return lines.join('\r\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** Options of `allStepsZip`. */
export interface ZipOptions extends DrawOptions {
  /** The files' date in the ZIP (default: now). */
  mtime?: Date;
  /**
   * A last step applied to each SVG file, e.g. embedding the fonts (default: none). The same one
   * the single-step export uses, so a file of the ZIP is the file that export gives.
   */
  finish?: (svg: string) => string | Promise<string>;
}

/**
 * The ZIP of every step.
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param lang language of every text
 * @param options the files' date, the last step applied to each SVG, and `statedOnly`
 * @returns the ZIP bytes, its file name and the names of the files inside
 */
export async function allStepsZip(
  timeline: Timeline,
  plan: SeatPlan,
  lang: Lang,
  { mtime = new Date(), finish, statedOnly = false, layout = 'auto' }: ZipOptions = {},
): Promise<{ name: string; data: Uint8Array; files: string[] }> {
  const id = timeline.dataset.id;
  const files: Zippable = {};
  const names: string[] = [];
  for (let i = 0; i < timeline.steps.length; i++) {
    const name = exportFileName(id, i, timeline.valueText(i, lang), lang, 'svg');
    names.push(name);
    const svg = svgForView(timeline, plan, i, lang, { statedOnly, layout });
    files[name] = [strToU8(finish ? await finish(svg) : svg), { level: 6, mtime }];
  }
  files['README.txt'] = [strToU8(`\uFEFF${zipReadme(timeline, lang, names)}`), { level: 6, mtime }];
  return { name: zipFileName(id, lang), data: zipSync(files), files: [...names, 'README.txt'] };
}
