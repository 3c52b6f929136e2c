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
  /** No params: a zip archive that cannot be unpacked, or a part of the workbook that cannot be read. */
  'xlsx-unreadable': {
    en: () => 'the workbook is damaged: a part of it cannot be unpacked or read (it may have been cut short while copying or downloading).',
    vi: () => 'sổ làm việc bị hỏng: có phần không giải nén hoặc không đọc được (có thể tệp bị cắt ngang khi sao chép hay tải về).',
  },
  /** params: max (MiB). */
  'xlsx-too-large': {
    en: (p) => `the workbook would unpack to more than ${s(p, 'max')} MB, more than a list of memberships needs (it may hold pictures or other large parts).`,
    vi: (p) => `sổ làm việc khi giải nén sẽ lớn hơn ${s(p, 'max')} MB, quá mức cần cho một danh sách thành viên (có thể chứa hình ảnh hay phần lớn khác).`,
  },
  /** No params. */
  'xlsx-empty-file': {
    en: () => 'the file is empty (0 bytes); expected an Excel workbook (.xlsx).',
    vi: () => 'tệp trống (0 byte); cần một sổ làm việc Excel (.xlsx).',
  },
  /** No params. */
  'xlsx-encrypted': {
    en: () => 'the workbook is protected by a password, so it cannot be read here.',
    vi: () => 'sổ làm việc được bảo vệ bằng mật khẩu, nên không đọc được ở đây.',
  },
  /** No params. */
  'xlsx-old-xls': {
    en: () => 'this is an Excel 97–2003 workbook (.xls); only the .xlsx format is read.',
    vi: () => 'đây là sổ làm việc Excel 97–2003 (.xls); chỉ đọc được định dạng .xlsx.',
  },
  /** No params. */
  'xlsx-ods': {
    en: () => 'this is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice); expected an Excel workbook (.xlsx).',
    vi: () => 'đây là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice); cần một sổ làm việc Excel (.xlsx).',
  },
  /** No params. */
  'xlsx-not-xlsx': {
    en: () => 'the file is a zip archive but holds no Excel workbook (it may be a Word document or another archive); expected an .xlsx file.',
    vi: () => 'tệp là một tệp nén zip nhưng không chứa sổ làm việc Excel (có thể là văn bản Word hay một tệp nén khác); cần một tệp .xlsx.',
  },
  /** No params. */
  'xlsx-not-zip': {
    en: () => 'the file is not an Excel workbook: an .xlsx file starts as a zip archive, and this one does not (it may be a CSV or a web page renamed .xlsx).',
    vi: () => 'tệp không phải sổ làm việc Excel: tệp .xlsx bắt đầu như một tệp nén zip, còn tệp này thì không (có thể là tệp CSV hay trang web được đổi tên thành .xlsx).',
  },
  /** params: sheets (the workbook's sheet names, joined by “, ”). */
  'xlsx-no-memberships': {
    en: (p) =>
      `no sheet holds memberships: none is named “memberships” (or “thành viên”), and no sheet (${s(p, 'sheets') || 'none'}) has a first row with a “person” column.`,
    vi: (p) =>
      `không trang nào chứa danh sách thành viên: không trang nào tên “thành viên” (hoặc “memberships”), và không trang nào (${s(p, 'sheets') || 'không có'}) có hàng đầu với cột “người” (person).`,
  },
  /** No params; the sheet is the problem's. */
  'xlsx-empty-sheet': {
    en: () => 'the memberships sheet is empty; expected a first row naming the columns, then one row per membership.',
    vi: () => 'trang thành viên trống; cần hàng đầu ghi tên các cột, rồi mỗi hàng một lần giữ chức.',
  },
  /** params: value (the formula, “=…”, or ''), dropped (1 when the row was left out). */
  'xlsx-formula-no-value': {
    en: (p) =>
      `the cell holds a formula${s(p, 'value') ? ` (${s(p, 'value')})` : ''} with no value saved with it (the file was written by a program, not saved by a spreadsheet), so it is read as empty${s(p, 'dropped') === '1' ? '; its row has no person then, so the row was left out' : ''}.`,
    vi: (p) =>
      `ô chứa công thức${s(p, 'value') ? ` (${s(p, 'value')})` : ''} mà không kèm giá trị đã tính (tệp do một chương trình ghi ra, không được lưu từ bảng tính), nên được đọc là ô trống${s(p, 'dropped') === '1' ? '; khi đó hàng không có tên người, nên hàng bị bỏ qua' : ''}.`,
  },
  /** params: kind (`error`, `type`, `value`), value (what the cell holds), dropped (1 when the row was left out). */
  'xlsx-cell-unreadable': {
    en: (p) =>
      `${
        ({
          error: `the cell holds the spreadsheet error ${s(p, 'value')} (a formula that failed)`,
          type: `the cell has a type the .xlsx format does not have (“${s(p, 'value')}”)`,
          value: `the cell's value${s(p, 'value') ? ` “${s(p, 'value')}”` : ''} does not fit its type`,
        } as Record<string, string>)[s(p, 'kind')] ?? 'the cell cannot be read'
      }, so it is read as empty${s(p, 'dropped') === '1' ? '; its row has no person then, so the row was left out' : ''}.`,
    vi: (p) =>
      `${
        ({
          error: `ô chứa lỗi bảng tính ${s(p, 'value')} (một công thức tính không được)`,
          type: `ô có kiểu không thuộc định dạng .xlsx (“${s(p, 'value')}”)`,
          value: `giá trị của ô${s(p, 'value') ? ` “${s(p, 'value')}”` : ''} không khớp với kiểu của ô`,
        } as Record<string, string>)[s(p, 'kind')] ?? 'ô không đọc được'
      }, nên được đọc là ô trống${s(p, 'dropped') === '1' ? '; khi đó hàng không có tên người, nên hàng bị bỏ qua' : ''}.`,
  },
  /** params: value (the merged value), rows (the rows it was copied to, e.g. “3–5”), column (letters). */
  'xlsx-merged-filled': {
    en: (p) => `merged cells: “${s(p, 'value')}” was taken for column ${s(p, 'column')} of every row the range covers (rows ${s(p, 'rows')}), as the merge shows it.`,
    vi: (p) => `ô gộp: “${s(p, 'value')}” được dùng cho cột ${s(p, 'column')} của mọi hàng vùng gộp phủ (hàng ${s(p, 'rows')}), đúng như ô gộp hiển thị.`,
  },
  /** params: value (the merged value), columns (the columns the range spans, e.g. “B–D”). */
  'xlsx-merged-across': {
    en: (p) => `merged cells across columns ${s(p, 'columns')}: “${s(p, 'value')}” is read in the first column only; the other columns of the range are read as empty.`,
    vi: (p) => `ô gộp qua các cột ${s(p, 'columns')}: “${s(p, 'value')}” chỉ được đọc ở cột đầu; các cột còn lại của vùng gộp được đọc là ô trống.`,
  },
};

registerTemplates(TEMPLATES);

/** Every code the XLSX importer reports itself. */
export const XLSX_PROBLEM_CODES: readonly string[] = Object.keys(TEMPLATES);
