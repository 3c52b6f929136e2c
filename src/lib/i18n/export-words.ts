/**
 * The words of the chart and of the exported files that `strings.ts` does not hold: the legend's
 * "new" mark, the poster's title line, the ZIP's README and the step summary of datasets whose
 * events carry no description. Vietnamese is NFC with one tone-mark style (ủy, hòa).
 */
import type { Lang } from '../model/types.ts';

/** Words of the chart's legend that `STRINGS` lacks. */
export const CHART_WORDS: Record<Lang, { legendNew: string; legendOverCapacity: string }> = {
  vi: { legendNew: 'Mới vào ở bước này', legendOverCapacity: 'Vượt số lượng' },
  en: { legendNew: 'New at this step', legendOverCapacity: 'Over the seat count' },
};

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

function viNum(n: number): string {
  return n.toLocaleString('vi-VN');
}

function enNum(n: number): string {
  return n.toLocaleString('en');
}

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

/** Words of the step summary ("Vào: A, B (bầu bổ sung). Rời: C (nghỉ hưu).", `view/caption.ts`). */
export const SUMMARY_WORDS: Record<
  Lang,
  { enter: string; exit: string; move: string; role: string; start: string; more: (n: number) => string }
> = {
  vi: { enter: 'Vào', exit: 'Rời', move: 'Chuyển', role: 'Đổi chức vụ', start: 'Thành phần ban đầu', more: (n) => `và ${n} người khác` },
  en: { enter: 'Joined', exit: 'Left', move: 'Moved', role: 'Changed post', start: 'Initial membership', more: (n) => `and ${n} more` },
};

/** Words of the figure preset (`export/figure.ts`) and of stated-only files. */
export const FIGURE_WORDS: Record<
  Lang,
  {
    /** The headline: the period and how the first bodies' member counts went from the first step to the last. */
    headline: (period: string, bodies: readonly { name: string; from: number; to: number }[]) => string;
    /** The note on which members carry a label. */
    labels: string;
    /** The note of a stated-only file: what is greyed. */
    statedOnly: string;
    /** "Figure", after the dataset's title in the file's `<title>`. */
    figure: string;
  }
> = {
  vi: {
    headline: (period, bodies) =>
      `${period}: ${bodies
        .map((b, i) => {
          const what = i === 0 ? ' ủy viên' : '';
          return b.from === b.to ? `${b.name} giữ ${viNum(b.from)}${what}` : `${b.name} từ ${viNum(b.from)} ${b.to < b.from ? 'xuống' : 'lên'} ${viNum(b.to)}${what}`;
        })
        .join('; ')}`,
    labels: 'Chỉ ghi nhãn người giữ chức vụ và người thay đổi ở bước này.',
    statedOnly: 'Chỉ hiện điều nguồn nêu rõ: phần suy ra (nguồn không nêu rõ) được làm mờ.',
    figure: 'Hình',
  },
  en: {
    headline: (period, bodies) =>
      `${period}: ${bodies
        .map((b, i) => {
          const what = i === 0 ? ' members' : '';
          return b.from === b.to ? `the ${b.name} kept its ${enNum(b.from)}${what}` : `${i === 0 ? 'the' : 'its'} ${b.name} went from ${enNum(b.from)} to ${enNum(b.to)}${what}`;
        })
        .join(', ')}`,
    labels: 'Labels only on post holders and on the members who changed at this step.',
    statedOnly: 'Stated facts only: what rests on inference (not stated by the source) is greyed out.',
    figure: 'Figure',
  },
};
