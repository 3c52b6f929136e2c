/**
 * Vietnamese and English templates of the problems the workbook's record sheets report
 * (`xlsx-sheets-import.ts`), registered in the shared registry of `problems.ts` at module load.
 * The location (the workbook, `› <sheet>`, the row, the column) is added by `formatImportProblem`;
 * the "how to fix" sentences are in `i18n/problem-fixes.ts`.
 */
import { registerTemplates, type ImportProblem, type ImportTemplates } from './problems.ts';

const s = (p: ImportProblem, k: string): string => String(p.params[k] ?? '');

const EXPECTED: Record<string, { en: string; vi: string }> = {
  int: { en: 'a whole number such as 35', vi: 'một số nguyên, ví dụ 35' },
  'null-int': { en: 'a whole number such as 2, or null for any number', vi: 'một số nguyên, ví dụ 2, hoặc null nếu không giới hạn' },
  bool: { en: 'true or false', vi: 'true hoặc false' },
  json: { en: 'a JSON object, as the export writes it', vi: 'một đối tượng JSON, như khi xuất' },
  certainty: { en: 'stated or inferred', vi: 'stated (nêu rõ) hoặc inferred (suy luận)' },
};

const TEMPLATES: Record<string, ImportTemplates> = {
  /** params: sheet, value (the cell), expected (`int`, `null-int`, `bool`, `json`, `certainty`). */
  'xlsx-cell-ignored': {
    en: (p) => `in the ${s(p, 'sheet')} sheet, “${s(p, 'value')}” cannot be read and was left out; expected ${EXPECTED[s(p, 'expected')]?.en ?? s(p, 'expected')}.`,
    vi: (p) => `trong trang ${s(p, 'sheet')}, không đọc được “${s(p, 'value')}” nên ô này bị bỏ qua; cần ${EXPECTED[s(p, 'expected')]?.vi ?? s(p, 'expected')}.`,
  },
  /** params: sheet, why (`missing`: a required column empty; `unknown-record`: a citation or reading of no record; `unaligned`), column, value. */
  'xlsx-row-ignored': {
    en: (p) =>
      ({
        missing: `in the ${s(p, 'sheet')} sheet, this row has no ${s(p, 'column')} and was left out.`,
        'unknown-record': `in the ${s(p, 'sheet')} sheet, this row belongs to “${s(p, 'value')}”, which no other sheet has; the row was left out.`,
        unaligned: `the rows of the memberships sheet could not be matched with their ids; every row was read as a new record, without its id and other languages.`,
      })[s(p, 'why')] ?? `in the ${s(p, 'sheet')} sheet, this row was left out.`,
    vi: (p) =>
      ({
        missing: `trong trang ${s(p, 'sheet')}, hàng này không có ${s(p, 'column')} nên bị bỏ qua.`,
        'unknown-record': `trong trang ${s(p, 'sheet')}, hàng này thuộc về “${s(p, 'value')}”, không có ở trang nào khác; hàng bị bỏ qua.`,
        unaligned: `không khớp được các hàng của trang thành viên với mã của chúng; mọi hàng được đọc như bản ghi mới, không có mã và ngôn ngữ thứ hai.`,
      })[s(p, 'why')] ?? `trong trang ${s(p, 'sheet')}, hàng này bị bỏ qua.`,
  },
};

registerTemplates(TEMPLATES);

/** Every code the record sheets report themselves. */
export const XLSX_SHEET_PROBLEM_CODES: readonly string[] = Object.keys(TEMPLATES);
