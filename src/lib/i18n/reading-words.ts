/**
 * Words of the readings (the ways a source allows to read an inferred part of a dataset, e.g. who
 * took which post at the 1999 by-election): the picker, the table of the readings side by side, the
 * line that names the reading in exported files, and the URL notice. Vietnamese and English.
 */
import type { Lang } from '../model/types.ts';

/** The words of one language. */
export interface ReadingWords {
  /** The picker's label: "Cách hiểu: <what is read several ways>" (`alternative` is the data's label). */
  pickerLabel: (alternative: string) => string;
  /** An option of the picker, numbered as the table's columns, the default one marked: "1. <label> (mặc định)". */
  option: (label: string, isDefault: boolean, n: number) => string;
  /** The summary of the disclosure that gives why there are readings and the shown reading's reasoning. */
  basisSummary: string;
  /** The side-by-side table's summary (a `<details>`): "<n> cách hiểu, đặt cạnh nhau". */
  tableSummary: (n: number) => string;
  /** The table's caption: what each cell says. */
  tableCaption: (alternative: string) => string;
  /** The first column's heading. */
  post: string;
  /** A column's heading: the reading's number. */
  column: (n: number) => string;
  /** Said beside the default reading's number. */
  defaultMark: string;
  /** Said beside the number of the reading on screen. */
  shownMark: string;
  /** A column heading button's accessible name, its visible text first: "Cách 3: <label>". */
  choose: (n: number, label: string) => string;
  /** The cells: the holder was new to both bodies. */
  newcomer: string;
  /** The holder came from a body (its short name, "BCH" or "BTV"). */
  from: (body: string) => string;
  /** A post a reading does not fill at the event. */
  none: string;
  /** What the drawing writes under the chart, after the source line: "Cách hiểu (mặc định): <reading label>". */
  caption: (reading: string, isDefault: boolean) => string;
  /** What a file's description and the ZIP's README say: "Cách hiểu (mặc định): <reading label> (<what is read several ways>)". */
  line: (alternative: string, reading: string, isDefault: boolean) => string;
  /** URL notice for an unknown `reading=` value (`v` already made displayable). */
  bad: (v: string) => string;
}

export const READING_WORDS = {
  vi: {
    pickerLabel: (a) => `Cách hiểu: ${a}`,
    option: (l, d, n) => `${n}. ${l}${d ? ' (mặc định)' : ''}`,
    basisSummary: 'Vì sao có nhiều cách hiểu, và lý do của cách hiểu này',
    tableSummary: (n) => `So sánh ${n} cách hiểu`,
    tableCaption: (a) => `${a}: mỗi ô cho biết người nhận chức vụ là người mới hay từ đâu lên.`,
    post: 'Chức vụ',
    column: (n) => `Cách ${n}`,
    defaultMark: 'mặc định',
    shownMark: 'đang xem',
    choose: (n, l) => `Cách ${n}: ${l}`,
    newcomer: 'người mới',
    from: (b) => `từ ${b}`,
    none: '—',
    caption: (r, d) => `Cách hiểu${d ? ' (mặc định)' : ''}: ${r}`,
    line: (a, r, d) => `Cách hiểu${d ? ' (mặc định)' : ''}: ${r} (${a})`,
    bad: (v) => `Tham số “reading=${v}” không hợp lệ: bộ dữ liệu không có cách hiểu này. Đã chọn cách hiểu mặc định.`,
  },
} as Record<Lang, ReadingWords>;
/* English: `en/reading-words.ts`, given by `provideEnglish` (`english.ts`). */
