/**
 * Vietnamese and English templates of the problem codes the XLSX importer (`xlsx-import.ts`)
 * reports itself, registered in the shared registry of `problems.ts` at module load (the page
 * loads it with the other import words, `state/import-words.ts`). Every other problem of a
 * workbook is the CSV importer's (`csv-messages.ts`).
 */
import { registerTemplates, type ImportProblem, type ImportTemplates } from './problems.ts';

const s = (p: ImportProblem, k: string): string => String(p.params[k] ?? '');

const TEMPLATES: Record<string, ImportTemplates> = {
  /** params: value (the day the cell holds, YYYY-MM-DD). */
  'xlsx-date-cell': {
    en: (p) =>
      `the cell is an Excel date, read as the day ${s(p, 'value')}; a year or a month typed into a cell that is not formatted as Text becomes a full day (the 1st of the month or of January), so the source's precision may be lost.`,
    vi: (p) =>
      `ô này là kiểu ngày của Excel, được đọc là ngày ${s(p, 'value')}; một năm hay một tháng gõ vào ô không định dạng Văn bản (Text) sẽ thành một ngày cụ thể (mùng 1 của tháng hoặc của tháng Giêng), nên độ chính xác của nguồn có thể bị mất.`,
  },
  /** params: value (the cell), why (`seats`, `parent`, `group`, `color`, `unknown-body`, `group-color`); the field is the bodies sheet's column. */
  'xlsx-body-cell-ignored': {
    en: (p) =>
      `in the bodies sheet, “${s(p, 'value')}” was not taken: ${
        ({
          seats: 'the seats come from the memberships sheet, which gives another number',
          parent: 'the parent body comes from the memberships sheet, which gives another one',
          group: 'this body has members; as a party it would be a group, and its memberships would leave the chart',
          color: 'a colour is written #RRGGBB, for example #0072B2',
          'unknown-body': 'no membership names this body',
          'group-color': 'the group colour comes from the memberships sheet, which gives another one',
        } as Record<string, string>)[s(p, 'why')] ?? ''
      }.`,
    vi: (p) =>
      `trong trang cơ quan, “${s(p, 'value')}” không được dùng: ${
        ({
          seats: 'số lượng lấy từ trang thành viên, nơi ghi một số khác',
          parent: 'cơ quan cấp trên lấy từ trang thành viên, nơi ghi một cơ quan khác',
          group: 'cơ quan này có ủy viên; nếu là đảng phái, nó thành một nhóm và các lần giữ chức của nó sẽ rời sơ đồ',
          color: 'màu được ghi dạng #RRGGBB, ví dụ #0072B2',
          'unknown-body': 'không dòng thành viên nào ghi cơ quan này',
          'group-color': 'màu nhóm lấy từ trang thành viên, nơi ghi một màu khác',
        } as Record<string, string>)[s(p, 'why')] ?? ''
      }.`,
  },
  /** params: reason (the reader's message, in English). */
  'xlsx-unreadable': {
    en: (p) => `the file could not be read as an Excel workbook (.xlsx) (${s(p, 'reason')}); expected an .xlsx file saved by Excel, LibreOffice or Google Sheets.`,
    vi: (p) => `không đọc được tệp dưới dạng sổ làm việc Excel (.xlsx) (${s(p, 'reason')}); cần một tệp .xlsx được lưu từ Excel, LibreOffice hoặc Google Sheets.`,
  },
};

registerTemplates(TEMPLATES);

/** Every code the XLSX importer reports itself. */
export const XLSX_PROBLEM_CODES: readonly string[] = Object.keys(TEMPLATES);
