/**
 * The words of the PDF exports in the Download menu (`state/exports.svelte.ts`): each entry's button,
 * the note under it, the progress bar's label. Vietnamese is NFC with one tone-mark style (ủy, hòa).
 */
import type { Lang } from '../model/types.ts';

/** Words of the PDF entries. */
export interface PdfWords {
  /** The view of the step. */
  view: string;
  /** Said under the view's entry. */
  viewNote: string;
  /** The figure for print. */
  figure: string;
  /** The poster. */
  poster: string;
  /** Said under the poster's entry: `pages` A3 pages. */
  posterNote: (pages: number) => string;
  /** The progress bar while a PDF is made. */
  working: string;
  /** Said after the file's name when the fonts lack some characters of the drawing (`list`: the characters, quoted). */
  missing: (n: number, list: string) => string;
}

export const PDF_WORDS: Record<Lang, PdfWords> = {
  vi: {
    view: 'Xuất PDF',
    viewNote: 'Phông chữ nhúng sẵn, chọn và tìm được chữ',
    figure: 'Hình để in (PDF)',
    poster: 'Áp phích (PDF)',
    posterNote: (pages) => (pages === 1 ? 'Một trang A3 ngang' : `${pages.toLocaleString('vi-VN')} trang A3 ngang trong một tệp, mỗi trang một tờ`),
    working: 'Đang tạo tệp PDF…',
    missing: (n, list) => `Phông chữ của tệp không có ${n.toLocaleString('vi-VN')} ký tự (${list}): các ký tự này bị bỏ trống trong PDF; tệp SVG hiện được chúng bằng phông của máy.`,
  },
  en: {
    view: 'Export PDF',
    viewNote: 'Fonts embedded; the text can be selected and searched',
    figure: 'Figure for print (PDF)',
    poster: 'Poster (PDF)',
    posterNote: (pages) => (pages === 1 ? 'One A3 landscape page' : `${pages.toLocaleString('en')} A3 landscape pages in one file, a page per sheet`),
    working: 'Making the PDF…',
    missing: (n, list) => `The file's fonts lack ${n === 1 ? 'one character' : `${n.toLocaleString('en')} characters`} (${list}): ${n === 1 ? 'it is' : 'they are'} left blank in the PDF; an SVG file shows ${n === 1 ? 'it' : 'them'} with the computer's own fonts.`,
  },
};
