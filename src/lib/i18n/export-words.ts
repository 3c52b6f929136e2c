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
    /** The note on which members carry a label. */
    labels: string;
    /** The note of a stated-only file: what is greyed. */
    statedOnly: string;
    /** "Figure", after the dataset's title in the file's `<title>`. */
    figure: string;
  }
> = {
  vi: {
    labels: 'Chỉ ghi nhãn người giữ chức vụ và người thay đổi ở bước này.',
    statedOnly: 'Chỉ hiện điều nguồn nêu rõ: phần suy ra (nguồn không nêu rõ) được làm mờ.',
    figure: 'Hình',
  },
  en: {
    labels: 'Labels only on post holders and on the members who changed at this step.',
    statedOnly: 'Stated facts only: what rests on inference (not stated by the source) is greyed out.',
    figure: 'Figure',
  },
};

/** A count in Vietnamese digits grouping (1.500). */
export function viNum(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** A count in English digit grouping (1,500). */
export function enNum(n: number): string {
  return n.toLocaleString('en');
}
