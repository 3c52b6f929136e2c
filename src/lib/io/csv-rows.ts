/**
 * The first stages of the CSV import (`importCsvText` in `csv.ts`): text → records with their
 * physical lines → the file's language → the header mapped to columns → data rows with their
 * cells normalised. Problems go to a `CsvLog`, in the order they are found.
 */
import type { Lang } from '../model/types.ts';
import { isVietnameseText, normalizeText } from './normalize.ts';
import { makeProblem, type ImportProblem } from './problems.ts';
import { columnOf, REQUIRED_COLUMNS, type CsvColumn } from './csv-columns.ts';
import { undoDoubleEncoding } from './csv-decode.ts';
import { parseRecords, scanCsv, type CsvDelimiter } from './csv-parse.ts';
import { unescapeFormula } from './csv-export.ts';
import './csv-messages.ts';

/** Where a row is: 1-based physical line where it starts, 1-based data row (the header is row 0). */
export interface RowRef {
  line: number;
  row: number;
}

/** One data row, its cells normalised (empty cells absent), by column. */
export interface Row extends RowRef {
  cells: Partial<Record<CsvColumn, string>>;
}

/** The place of a CSV problem: line, row and field, each optional. */
export type CsvWhere = Partial<RowRef> & { field?: string };

/** The problems of one CSV file, in the order found (`initial` ones first). */
export class CsvLog {
  readonly problems: ImportProblem[];
  /** @param file the file's name, used in every problem */
  constructor(
    readonly file: string,
    initial: readonly ImportProblem[] = [],
  ) {
    this.problems = [...initial];
  }
  /** Adds an error (the import will be refused). */
  err(code: string, where: CsvWhere, params: ImportProblem['params'] = {}): void {
    this.problems.push(makeProblem('error', code, this.file, where, params));
  }
  /** Adds a warning. */
  warn(code: string, where: CsvWhere, params: ImportProblem['params'] = {}): void {
    this.problems.push(makeProblem('warning', code, this.file, where, params));
  }
  /** The file's name without folders and extension (`"data/au-reps.csv"` → `"au-reps"`): the body's name when the file has no body column. */
  fileStem(): string {
    return this.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || this.file;
  }
  /** True when any problem so far is an error. */
  hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

/** Columns whose cells are text (names, labels, notes): Ð→Đ is reported there. */
const TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['person', 'body', 'parent_body', 'post', 'role', 'destination', 'basis', 'note', 'source', 'group']);

/** The records of a file, from `readRecords`. */
export interface CsvRecords {
  /** Every record, blank ones included, cells as written. */
  records: string[][];
  /** The 1-based physical line where each record starts. */
  lines: number[];
  /** Index of the header: the first record with a non-blank cell. */
  headerIndex: number;
}

const blank = (r: readonly string[]): boolean => r.every((c) => c.trim() === '');

/**
 * Stage 1: the records with their lines. Quoting errors (`csv-unclosed-quote`,
 * `csv-text-after-quote`, each at its line) or a file without a non-blank record (`csv-empty`)
 * are logged and give null.
 * @param text the file's text without byte-order mark
 */
export function readRecords(text: string, delimiter: CsvDelimiter, log: CsvLog): CsvRecords | null {
  const structure = scanCsv(text, delimiter);
  for (const qp of structure.problems) {
    log.err(qp.kind === 'unclosed' ? 'csv-unclosed-quote' : 'csv-text-after-quote', { line: qp.line });
  }
  if (structure.problems.length > 0) return null;
  const records = parseRecords(text, delimiter);
  const lines = records.map((_, i) => structure.lines[i] ?? i + 1);
  const headerIndex = records.findIndex((r) => !blank(r));
  if (headerIndex < 0) {
    log.err('csv-empty', {});
    return null;
  }
  return { records, lines, headerIndex };
}

/** Stage 2: the language of the texts: `given` when set, else "vi" if any cell is Vietnamese text, else "en". */
export function detectLanguage(records: readonly (readonly string[])[], given?: Lang): Lang {
  return given ?? (records.some((r) => r.some((c) => isVietnameseText(c))) ? 'vi' : 'en');
}

/** A cell normalised (NFC, white space; Ð→Đ when the file is Vietnamese or the cell is). */
export type CellNormalizer = (cell: string) => { text: string; replacedEth: boolean };

/** The cell normaliser for a file in `lang`. */
export function cellNormalizer(lang: Lang): CellNormalizer {
  return (cell) => normalizeText(cell, { vietnamese: lang === 'vi' || isVietnameseText(cell) });
}

/** The header mapped to columns, from `mapHeader`. */
export interface CsvHeader {
  /** The column of each header cell; null for an unnamed, unknown or repeated one (ignored). */
  columns: (CsvColumn | null)[];
  /** The header text of each column found, as written (normalised). */
  headerText: Map<CsvColumn, string>;
  /** The 1-based physical line of the header. */
  line: number;
  /** The number of header cells. */
  width: number;
}

/**
 * Stage 3: each header cell to a column (English or Vietnamese names, `columnOf`). Logs, at the
 * header's line: `csv-unknown-column` as a warning (a column the app does not read, such as a
 * spreadsheet's own counter or a state: the rest of the file still loads, and the warning names
 * it); `csv-no-body-column` as a warning when there is no body column but a person column (the
 * rows are then one body named after the file, `importCsvText`); as errors `csv-unnamed-column`
 * (an empty header over data), `csv-duplicate-column` and `csv-missing-column` for a missing
 * person column.
 */
export function mapHeader(recs: CsvRecords, norm: CellNormalizer, log: CsvLog): CsvHeader {
  const { records, headerIndex } = recs;
  const header = records[headerIndex]!;
  const line = recs.lines[headerIndex]!;
  const columns: (CsvColumn | null)[] = [];
  const headerText = new Map<CsvColumn, string>();
  const firstCol = new Map<CsvColumn, number>();
  header.forEach((raw, j) => {
    const h = norm(raw).text;
    if (h === '') {
      columns.push(null);
      const data = records.slice(headerIndex + 1).find((r) => (r[j] ?? '').trim() !== '');
      if (data) log.err('csv-unnamed-column', { line }, { index: j + 1, value: norm(data[j]!).text });
      return;
    }
    const c = columnOf(h);
    if (c === null) {
      log.warn('csv-unknown-column', { line, field: h }, { column: h });
      columns.push(null);
      return;
    }
    if (firstCol.has(c)) {
      log.err('csv-duplicate-column', { line, field: h }, { column: h, canonical: c, first: firstCol.get(c)! + 1 });
      columns.push(null);
      return;
    }
    firstCol.set(c, j);
    headerText.set(c, h);
    columns.push(c);
  });
  for (const c of REQUIRED_COLUMNS) {
    if (firstCol.has(c)) continue;
    if (c === 'body' && firstCol.has('person')) log.warn('csv-no-body-column', { line }, { body: log.fileStem() });
    else log.err('csv-missing-column', { line }, { column: c });
  }
  return { columns, headerText, line, width: header.length };
}

/** The header text of column `c` (its canonical name when absent), for problem locations. */
export function fieldName(header: Pick<CsvHeader, 'headerText'>, c: CsvColumn): string {
  return header.headerText.get(c) ?? c;
}

/**
 * Stage 4: the data rows (blank records skipped; comment rows, a first cell starting with "#" and
 * the rest empty, skipped with one `csv-comment-rows` warning), cells normalised and formula escapes undone
 * (`unescapeFormula`). Logs `csv-too-many-fields` (error; the row is dropped), `eth-replaced` in
 * text columns, one `csv-double-encoded` for the first text that looks like UTF-8 read as
 * Windows-1252, one `csv-short-row` for all short rows, and `csv-no-rows` when no row is left and
 * nothing else is wrong.
 */
export function readRows(recs: CsvRecords, header: CsvHeader, norm: CellNormalizer, log: CsvLog): Row[] {
  const { records, headerIndex } = recs;
  const rows: Row[] = [];
  let garbled = false;
  const shortRows: (RowRef & { count: number })[] = [];
  const comments: (RowRef & { text: string })[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const rec = records[i]!;
    if (blank(rec)) continue;
    const ref: RowRef = { line: recs.lines[i]!, row: i - headerIndex };
    if ((rec[0] ?? '').trimStart().startsWith('#') && rec.slice(1).every((c) => c.trim() === '')) {
      comments.push({ ...ref, text: (rec[0] ?? '').trim() });
      continue;
    }
    if (rec.length > header.width && rec.slice(header.width).some((c) => c.trim() !== '')) {
      log.err('csv-too-many-fields', ref, { count: rec.length, expected: header.width });
      continue;
    }
    if (rec.length < header.width) shortRows.push({ ...ref, count: rec.length });
    const cells: Partial<Record<CsvColumn, string>> = {};
    header.columns.forEach((c, j) => {
      if (c === null) return;
      const raw = rec[j] ?? '';
      const n = norm(raw);
      if (n.replacedEth && TEXT_COLUMNS.has(c)) log.warn('eth-replaced', { ...ref, field: fieldName(header, c) }, { found: raw, text: n.text });
      const value = unescapeFormula(n.text);
      if (value !== '') cells[c] = value;
      if (!garbled && TEXT_COLUMNS.has(c)) {
        const fixed = undoDoubleEncoding(value);
        if (fixed !== null) {
          garbled = true;
          log.warn('csv-double-encoded', { ...ref, field: fieldName(header, c) }, { found: value, text: fixed.normalize('NFC') });
        }
      }
    });
    rows.push({ ...ref, cells });
  }
  // One warning for the comment rows (a first cell starting with "#" and nothing else): not memberships.
  const comment = comments[0];
  if (comment) log.warn('csv-comment-rows', { line: comment.line, row: comment.row }, { count: comments.length, text: comment.text });
  // One warning for short rows (tools that drop trailing empty fields make every row short).
  const short = shortRows[0];
  if (short) log.warn('csv-short-row', { line: short.line, row: short.row }, { count: short.count, expected: header.width, more: shortRows.length - 1 });
  if (rows.length === 0 && !log.hasErrors()) log.err('csv-no-rows', { line: header.line });
  return rows;
}
