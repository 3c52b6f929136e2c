/**
 * Every step at once: a ZIP with one standalone SVG per step (named by `exportFileName`, the same
 * file as the single-step export) and a README.txt naming the dataset, its source and the steps.
 * Built with fflate's `zipSync`; no DOM (runs in the browser and in node).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { pick } from '../i18n/strings.ts';
import { exportFileName, slug } from './filename.ts';
import { countsText, sourceText, svgForView } from './view-svg.ts';

/** Name of the ZIP: `<dataset id>_all-steps_<lang>.zip`. */
export function zipFileName(datasetId: string, lang: string): string {
  return `${slug(datasetId) || 'dataset'}_all-steps_${slug(lang)}.zip`;
}

/** Name of the poster: `<dataset id>_poster_<lang>.svg`. */
export function posterFileName(datasetId: string, lang: string): string {
  return `${slug(datasetId) || 'dataset'}_poster_${slug(lang)}.svg`;
}

const README = {
  vi: {
    head: 'Sơ đồ tổ chức qua từng bước',
    dataset: 'Bộ dữ liệu',
    source: 'Nguồn',
    steps: 'Các bước (mỗi bước một tệp SVG)',
    files: 'Mỗi tệp SVG là toàn bộ sơ đồ ở một bước, mở được bằng trình duyệt, Inkscape, Illustrator hoặc Word.',
  },
  en: {
    head: 'Organization chart, step by step',
    dataset: 'Dataset',
    source: 'Source',
    steps: 'Steps (one SVG file each)',
    files: 'Each SVG file is the whole chart at one step; it opens in a browser, Inkscape, Illustrator or Word.',
  },
} as const;

/** The README.txt of the ZIP (CRLF line ends, so it reads well in any editor). */
export function zipReadme(timeline: Timeline, lang: Lang, names: readonly string[]): string {
  const w = README[lang] ?? README.en;
  const ds = timeline.dataset;
  const lines = [
    w.head,
    '',
    `${w.dataset}: ${pick(ds.title, lang) || ds.id} (${ds.id})`,
    sourceText(timeline, lang) || `${w.source}: —`,
    '',
    `${w.steps}:`,
    ...timeline.steps.map((s, i) => {
      const desc = pick(s.event.description, lang);
      return `${i + 1}. ${timeline.valueText(i, lang)} — ${countsText(timeline, i, lang)}${desc ? ` — ${desc}` : ''}\r\n   ${names[i] ?? ''}`;
    }),
    '',
    w.files,
    '',
  ];
  // Control characters from the dataset's texts are dropped (the README is plain text).
  return lines.join('\r\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** Options of `allStepsZip`. */
export interface ZipOptions {
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
 * @returns the ZIP bytes, its file name and the names of the files inside
 */
export async function allStepsZip(
  timeline: Timeline,
  plan: SeatPlan,
  lang: Lang,
  { mtime = new Date(), finish }: ZipOptions = {},
): Promise<{ name: string; data: Uint8Array; files: string[] }> {
  const id = timeline.dataset.id;
  const files: Zippable = {};
  const names: string[] = [];
  for (let i = 0; i < timeline.steps.length; i++) {
    const name = exportFileName(id, i, timeline.valueText(i, lang), lang, 'svg');
    names.push(name);
    const svg = svgForView(timeline, plan, i, lang);
    files[name] = [strToU8(finish ? await finish(svg) : svg), { level: 6, mtime }];
  }
  files['README.txt'] = [strToU8(`\uFEFF${zipReadme(timeline, lang, names)}`), { level: 6, mtime }];
  return { name: zipFileName(id, lang), data: zipSync(files), files: [...names, 'README.txt'] };
}
