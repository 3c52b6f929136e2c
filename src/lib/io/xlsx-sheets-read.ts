/**
 * Reading the workbook's sheets as text (`xlsx-sheets-import.ts` joins them into a dataset): the
 * sheets by name, a record sheet's rows by column name with their row numbers and the warnings of
 * cells and rows left out (`SheetReader`), the memberships sheet's rows that the CSV importer made
 * memberships of (`membershipLines`), and small helpers for ids and labels.
 */
import type { Lang, LangString } from '../model/types.ts';
import { isHexColor } from '../model/groups.ts';
import { certaintyOf, columnOf } from './csv-columns.ts';
import { makeProblem, type ImportProblem } from './problems.ts';
import { readFields, type FieldSpec } from './xlsx-sheets-codec.ts';
import './xlsx-sheets-messages.ts';

/** A sheet as text cells (row 1 first). */
export interface TextSheet {
  name: string;
  rows: string[][];
  /** Whether the cell at row `i`, column `j` (0-based) is one Excel holds as a date (read as `YYYY-MM-DD`). */
  isDate?: (i: number, j: number) => boolean;
}

/** A sheet's or a header's name as compared: trimmed, lower case, spaces and hyphens as `_`. */
export const sheetKey = (s: string): string => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
/** True when every cell of a row is blank. */
export const blank = (r: readonly string[]): boolean => r.every((c) => c.trim() === '');

/** The sheet named `name` (case, spaces and hyphens aside), if any. */
export function sheetNamed(sheets: readonly TextSheet[], name: string): TextSheet | undefined {
  return sheets.find((s) => sheetKey(s.name) === name);
}

/** A record read from a sheet, with the sheet's row number (1 = the header). */
export interface Located<T> {
  record: T;
  line: number;
}

/** Reads the record sheets into records with their rows; collects the warnings of cells and rows left out. */
export class SheetReader {
  readonly warnings: ImportProblem[] = [];
  constructor(
    private readonly sheets: readonly TextSheet[],
    private readonly file: string,
    readonly langs: readonly string[],
  ) {}

  /** The file name a problem of `sheet` names: `book.xlsx › events` (the memberships sheet: `book.xlsx`, as the CSV importer's problems). */
  where(sheet: string): string {
    return sheet === 'memberships' ? this.file : `${this.file} › ${sheet}`;
  }

  warn(code: string, sheet: string, line: number, field: string | undefined, params: ImportProblem['params']): void {
    this.warnings.push(makeProblem('warning', code, this.where(sheet), { line, ...(field ? { field } : {}) }, { sheet, ...params }));
  }

  /** The rows of `sheet` as (get cell by column, line), blank rows skipped. */
  rows(sheet: string): { get: (col: string) => string; line: number }[] {
    const s = sheetNamed(this.sheets, sheet);
    if (!s || s.rows.length === 0) return [];
    const header = s.rows[0]!.map(sheetKey);
    const idx = new Map<string, number>();
    header.forEach((h, j) => {
      if (h !== '' && !idx.has(h)) idx.set(h, j);
    });
    return s.rows.slice(1).flatMap((r, k) => {
      if (blank(r)) return [];
      const get = (col: string): string => {
        const j = idx.get(col);
        return j === undefined ? '' : (r[j] ?? '').trim();
      };
      // A date cell (a date typed into a cell not formatted as Text) is read as its day, with the memberships sheet's warning.
      header.forEach((h, j) => {
        if (s.isDate?.(k + 1, j)) this.warn('xlsx-date-cell', sheet, k + 2, h, { value: (r[j] ?? '').trim() });
      });
      return [{ get, line: k + 2 }];
    });
  }

  /**
   * Values that a sheet's cells may write in words, and those the format would refuse: a certainty
   * (`stated`, `inferred`, or `nêu rõ`, `suy luận`…) is read as its code, any other is left out
   * with `xlsx-cell-ignored`; a colour that is no `#RRGGBB` is left out with `xlsx-body-cell-ignored`
   * (the group takes a palette colour). In place.
   */
  checkValues(record: Record<string, unknown>, sheet: string, line: number): void {
    for (const k of ['certainty', 'post_certainty', 'report_date_certainty']) {
      const v = record[k];
      if (typeof v !== 'string') continue;
      const c = certaintyOf(v);
      if (c) record[k] = c;
      else {
        this.warn('xlsx-cell-ignored', sheet, line, k, { value: v, expected: 'certainty' });
        delete record[k];
      }
    }
    if (typeof record.color === 'string' && !isHexColor(record.color)) {
      this.warn('xlsx-body-cell-ignored', sheet, line, 'color', { value: record.color, why: 'color' });
      delete record.color;
    }
  }

  /** The records of a sheet by `fields`; a row without `required` cells is left out with `xlsx-row-ignored`. */
  records<T>(sheet: string, fields: readonly FieldSpec[], required: readonly string[] = ['id']): (Located<T> & { get: (col: string) => string })[] {
    const out: (Located<T> & { get: (col: string) => string })[] = [];
    for (const { get, line } of this.rows(sheet)) {
      const missing = required.find((c) => get(c) === '');
      if (missing !== undefined) {
        this.warn('xlsx-row-ignored', sheet, line, missing, { why: 'missing', column: missing });
        continue;
      }
      const { record, bad } = readFields(fields, get, this.langs);
      for (const b of bad) this.warn('xlsx-cell-ignored', sheet, line, b.col, { value: b.value, expected: b.expected });
      this.checkValues(record, sheet, line);
      out.push({ record: record as T, line, get });
    }
    return out;
  }
}

/** Hands out ids not yet taken: `id`, `id-2`, `id-3`… */
export function idTaker(taken: Iterable<string>): (base: string) => string {
  const used = new Set(taken);
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** A row of the memberships sheet: its line, its cells by the workbook's column (`get`) and by the CSV's (`csv`). */
export interface MembershipLine {
  line: number;
  body: string;
  get: (col: string) => string;
  csv: (col: string) => string;
}

/** The memberships sheet's rows that the CSV importer made memberships of, in order (its rules: not blank, no comment row, a person and a body). */
export function membershipLines(rows: readonly string[][]): MembershipLine[] {
  const headerAt = rows.findIndex((r) => !blank(r));
  if (headerAt < 0) return [];
  const header = rows[headerAt]!;
  const byCsv = new Map<string, number>();
  const byName = new Map<string, number>();
  header.forEach((h, j) => {
    const c = columnOf(h);
    if (c && !byCsv.has(c)) byCsv.set(c, j);
    const k = sheetKey(h);
    if (!byName.has(k)) byName.set(k, j);
  });
  const person = byCsv.get('person');
  const body = byCsv.get('body');
  const out: MembershipLine[] = [];
  rows.forEach((r, i) => {
    if (i <= headerAt || blank(r)) return;
    if ((r[0] ?? '').trim().startsWith('#') && r.slice(1).every((c) => c.trim() === '')) return;
    if (person === undefined || (r[person] ?? '').trim() === '') return;
    if (body !== undefined && (r[body] ?? '').trim() === '') return;
    const get = (col: string): string => {
      const j = byName.get(col);
      return j === undefined ? '' : (r[j] ?? '').trim();
    };
    const csv = (c: string): string => {
      const j = byCsv.get(c);
      return j === undefined ? '' : (r[j] ?? '').trim();
    };
    out.push({ line: i + 1, body: csv('body'), get, csv });
  });
  return out;
}

/** A label with `text` in `lang` and the other languages of `others` (empty ones left out; all of them when `text` is undefined); undefined when empty. */
export function joinLabel(text: string | undefined, lang: Lang, others: Record<string, string>): LangString | undefined {
  const ls: LangString = {};
  for (const [l, v] of Object.entries(others)) if (v !== '' && (text === undefined || l !== lang)) ls[l] = v;
  if (text !== undefined && text !== '') ls[lang] = text;
  return Object.keys(ls).length > 0 ? ls : undefined;
}

/** Sets or removes a field (undefined removes it). */
export function put<T extends object>(o: T, key: string, value: unknown): void {
  if (value === undefined) delete (o as Record<string, unknown>)[key];
  else (o as Record<string, unknown>)[key] = value;
}
