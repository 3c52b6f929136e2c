/**
 * The words of the chart and of the exported files that `strings.ts` does not hold: the legend's
 * "new" mark, the figure's words and the step summary of datasets whose events carry no
 * description (the poster's and the ZIP README's are in `file-words.ts`). Vietnamese is NFC with one tone-mark style (ủy, hòa).
 */
import type { Lang } from '../model/types.ts';

/** Words of the chart's legend that `STRINGS` lacks. */
export const CHART_WORDS: Record<Lang, { legendNew: string; legendOverCapacity: string }> = {
  vi: { legendNew: 'Mới vào ở bước này', legendOverCapacity: 'Vượt số lượng' },
  en: { legendNew: 'New at this step', legendOverCapacity: 'Over the seat count' },
};

/** Words of the step summary ("Vào: A, B (bầu bổ sung). Rời: C (nghỉ hưu).", `view/caption.ts`). */
export interface SummaryWords { enter: string; exit: string; move: string; role: string; start: string; more: (n: number) => string }

/* English: `en/export-words.ts`, given by `provideEnglish` (`english.ts`). */
export const SUMMARY_WORDS = {
  vi: { enter: 'Vào', exit: 'Rời', move: 'Chuyển', role: 'Đổi chức vụ', start: 'Thành phần ban đầu', more: (n) => `và ${n} người khác` },
} as Record<Lang, SummaryWords>;

/** Words of the figure preset (`export/figure.ts`) and of stated-only files. */
export interface FigureWords {
  /** The note on which members carry a label. */
  labels: string;
  /** The note of a stated-only file: what is greyed. */
  statedOnly: string;
  /** "Figure", after the dataset's title in the file's `<title>`. */
  figure: string;
}

/* English: `en/export-words.ts`, given by `provideEnglish` (`english.ts`). */
export const FIGURE_WORDS = {
  vi: {
    labels: 'Chỉ ghi nhãn người có tên, người giữ chức vụ và người thay đổi ở bước này.',
    statedOnly: 'Chỉ hiện điều nguồn nêu rõ: phần suy ra (nguồn không nêu rõ) được làm mờ.',
    figure: 'Hình',
  },
} as Record<Lang, FigureWords>;

/** A count in Vietnamese digits grouping (1.500). */
export function viNum(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** A count in English digit grouping (1,500). */
export function enNum(n: number): string {
  return n.toLocaleString('en');
}
