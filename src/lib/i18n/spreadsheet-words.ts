/**
 * The words of the spreadsheet features, in Vietnamese and English: the Download menu's workbook
 * entry and CSV separator, and the import panel's paste box. Kept out of `strings.ts` and
 * `ui-words.ts` so that the page's first load does not carry them: only the Download panel's state
 * (`state/exports.svelte.ts`) and the import panel, both loaded on first use, import this module.
 */
import type { Lang } from '../model/types.ts';

export interface SpreadsheetWords {
  /** The Download menu's workbook entry and the sentence under it. */
  xlsx: string;
  xlsxNote: string;
  /** The CSV entry's separator option and its two choices. */
  separator: string;
  comma: string;
  semicolon: string;
  /** The import panel's paste box: its label, the hint under it, its button. */
  pasteLabel: string;
  pasteHelp: string;
  pasteImport: string;
  /** The name a pasted table is imported under (the file's name without `.tsv`, so the dataset's title). */
  pastedName: string;
}

export const SPREADSHEET_WORDS: Record<Lang, SpreadsheetWords> = {
  vi: {
    xlsx: 'Bảng tính (XLSX)',
    xlsxNote: 'Trang thành viên để sửa và một trang cho mỗi loại bản ghi, đủ hai ngôn ngữ; ngày giữ dạng văn bản nên Excel không đổi',
    separator: 'Dấu phân cách',
    comma: 'dấu phẩy (,)',
    semicolon: 'dấu chấm phẩy (;)',
    pasteLabel: 'Dán bảng từ Excel hoặc Google Sheets',
    pasteHelp: 'Chép các hàng trong bảng tính, kể cả hàng tiêu đề, rồi dán vào ô này.',
    pasteImport: 'Nhập bảng đã dán',
    pastedName: 'Bảng dán vào',
  },
  en: {
    xlsx: 'Spreadsheet (XLSX)',
    xlsxNote: 'A memberships sheet to edit and a sheet per kind of record, both languages; dates kept as text, so Excel leaves them alone',
    separator: 'Separator',
    comma: 'comma (,)',
    semicolon: 'semicolon (;)',
    pasteLabel: 'Paste a table from Excel or Google Sheets',
    pasteHelp: 'Copy the rows in the spreadsheet, header row included, and paste them in this box.',
    pasteImport: 'Import the pasted table',
    pastedName: 'Pasted table',
  },
};
