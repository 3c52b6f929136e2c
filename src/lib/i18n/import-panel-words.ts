/**
 * The import panel's words (`ImportPanel.svelte`, loaded with the data tools when they are first
 * near the viewport), Vietnamese and English. They left `strings.ts` (the page's first load) so that
 * the first load has room for the "loading English" status (issue 14).
 */
import type { Lang } from '../model/types.ts';
import { displayValue } from './display-value.ts';

/** The words of the import panel. */
export interface ImportPanelWords {
  importTitle: string;
  importHelp: string;
  chooseFile: string;
  dropHere: string;
  csvOptions: string;
  delimiter: string;
  /** The choice that lets the reader detect (delimiter, date order, encoding). */
  auto: string;
  dateOrder: string;
  dayFirst: string;
  monthFirst: string;
  encoding: string;
  /** The CSV template's button. */
  template: string;
  /** The report of a refused file: its name and its number of errors. */
  importRefused: (f: string, n: number) => string;
  /** The report of a loaded file: its name and its number of findings. */
  importOk: (f: string, n: number) => string;
}

/** The words by language. */
export const IMPORT_PANEL_WORDS: Record<Lang, ImportPanelWords> = {
  vi: {
    importTitle: 'Nhập dữ liệu của bạn',
    importHelp: 'JSON (định dạng của ứng dụng), Popolo JSON, CSV hoặc bảng tính Excel (XLSX) (mỗi dòng một lần giữ chức). Kéo thả tệp vào đây hoặc chọn tệp.',
    chooseFile: 'Chọn tệp',
    dropHere: 'Thả tệp vào đây',
    csvOptions: 'Tùy chọn CSV',
    delimiter: 'Dấu phân cách',
    auto: 'tự nhận',
    dateOrder: 'Thứ tự ngày',
    dayFirst: 'ngày/tháng/năm',
    monthFirst: 'tháng/ngày/năm',
    encoding: 'Bảng mã',
    template: 'Tải tệp CSV mẫu',
    importRefused: (f: string, n: number) => `Không nhập được “${displayValue(f, Infinity)}”: ${n} lỗi. Bộ dữ liệu đang xem vẫn giữ nguyên.`,
    importOk: (f: string, n: number) => (n ? `Đã nhập “${displayValue(f, Infinity)}”, có ${n} điều cần xem lại (xem bên dưới).` : `Đã nhập “${displayValue(f, Infinity)}”.`),
  },
  en: {
    importTitle: 'Load your own data',
    importHelp: 'JSON (this app’s format), Popolo JSON, CSV or an Excel workbook (XLSX) (one row per membership). Drop a file here or choose one.',
    chooseFile: 'Choose a file',
    dropHere: 'Drop the file here',
    csvOptions: 'CSV options',
    delimiter: 'Delimiter',
    auto: 'detect',
    dateOrder: 'Date order',
    dayFirst: 'day/month/year',
    monthFirst: 'month/day/year',
    encoding: 'Encoding',
    template: 'Download a CSV template',
    importRefused: (f: string, n: number) => `“${displayValue(f, Infinity)}” was not loaded: ${n} error(s). The dataset on screen is unchanged.`,
    importOk: (f: string, n: number) => (n ? `Loaded “${displayValue(f, Infinity)}” with ${n} ${n === 1 ? 'finding' : 'findings'}, listed below.` : `Loaded “${displayValue(f, Infinity)}”.`),
  },
};
