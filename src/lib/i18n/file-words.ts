/**
 * The words of the poster and of the ZIP's README (files only: they load with the exports, not with
 * the page). Vietnamese is NFC with one tone-mark style (ủy, hòa).
 */
import type { Lang } from '../model/types.ts';
import { enNum, viNum } from './export-words.ts';

/** Words of the poster (`export/poster.ts`). */
export const POSTER_WORDS: Record<
  Lang,
  {
    steps: (n: number, first: string, last: string) => string;
    poster: string;
    /** The steps line of one sheet of a long poster: steps `from`–`to` (1-based) of `n`, their dates, the sheet. */
    page: (from: number, to: number, n: number, first: string, last: string, page: number, pages: number) => string;
    /** "sheet 2 of 13", after the poster's title. */
    sheet: (page: number, pages: number) => string;
  }
> = {
  vi: {
    steps: (n, first, last) => (n === 1 ? `1 bước: ${first}` : `${n} bước, từ ${first} đến ${last}`),
    poster: 'Áp phích',
    page: (from, to, n, first, last, page, pages) =>
      `${from === to ? `Bước ${viNum(from)}: ${first}` : `Bước ${viNum(from)}–${viNum(to)}, từ ${first} đến ${last}`} (trong ${viNum(n)} bước) · tờ ${viNum(page)}/${viNum(pages)}`,
    sheet: (page, pages) => `tờ ${viNum(page)}/${viNum(pages)}`,
  },
  en: {
    steps: (n, first, last) => (n === 1 ? `1 step: ${first}` : `${n} steps, from ${first} to ${last}`),
    poster: 'Poster',
    page: (from, to, n, first, last, page, pages) =>
      `${from === to ? `Step ${enNum(from)}: ${first}` : `Steps ${enNum(from)}–${enNum(to)}, from ${first} to ${last}`} (of ${enNum(n)} steps) · sheet ${enNum(page)} of ${enNum(pages)}`,
    sheet: (page, pages) => `sheet ${enNum(page)} of ${enNum(pages)}`,
  },
};


/** Words of the README.txt inside the ZIP of every step (`export/zip.ts`). */
export const README_WORDS: Record<Lang, { head: string; dataset: string; source: string; steps: string; files: string }> = {
  vi: {
    head: 'Sơ đồ nhân sự qua từng bước',
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
};
