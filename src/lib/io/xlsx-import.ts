/**
 * An Excel workbook (.xlsx) to a dataset, through `read-excel-file` (loaded only with this module,
 * on first use). The zip is read first (`xlsx-scan.ts`): a file that is no workbook is refused with
 * what it is (empty, password-protected, an old .xls, an .ods, another zip, no zip, damaged); a cell
 * the reader cannot take (a formula with no saved value, an error value such as #REF!, a value that
 * does not fit its type) is read as empty, with a finding at its sheet and cell, and a row of the
 * memberships sheet left without a person by that is left out. A merged range down a column gives
 * its value to every row it covers (a body's name merged down its members' rows), with a finding at
 * the range; one across columns is read in its first column only, with a finding. The memberships
 * sheet (named `memberships` or `thành viên`, else the first sheet whose first row has a person
 * column; none: `xlsx-no-memberships`; empty: `xlsx-empty-sheet`) is read exactly as a membership CSV (its cells written as CSV text and given to `importCsv`, so
 * every CSV rule, column name and problem applies; "line" in a message is the sheet's row number
 * when no cell holds a line break). Then the `bodies` sheet gives the bodies' short names,
 * classifications and colours, and the `sources` sheet the sources' titles, authors, kinds, URLs,
 * dates and notes (`xlsx-export.ts` writes all three). A cell that Excel holds as a date (a
 * partial date typed into a cell of another format becomes the 1st of its month or year) is read
 * as that day and reported as `xlsx-date-cell` at its row, with how to fix it.
 */
import readXlsxFile from 'read-excel-file/universal';
import type { Dataset, Lang, LangString } from '../model/types.ts';
import { GROUP_CLASSIFICATIONS, isHexColor } from '../model/groups.ts';
import { importCsv, type CsvOptions } from './csv.ts';
import { formatCsv } from './csv-export.ts';
import { columnOf } from './csv-columns.ts';
import { nameKey } from './normalize.ts';
import { checkShape } from './schema.ts';
import { makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import { BODY_COLUMNS, SOURCE_COLUMNS } from './xlsx-export.ts';
import { prepareWorkbook, restoreWorkbook } from './xlsx-sheets-import.ts';
import { columnLetters, MAX_UNPACKED_BYTES, scanWorkbook, type BadCell, type MergedRange, type NotWorkbook } from './xlsx-scan.ts';
import './xlsx-messages.ts';

type CellValue = string | number | boolean | Date | null;
type SheetRows = CellValue[][];
interface Sheet {
  sheet: string;
  data: SheetRows;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** A date cell as the day it holds, `YYYY-MM-DD` (read-excel-file gives the day at 00:00 UTC). */
const isoDay = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A cell as text: strings as they are, numbers and booleans as written, date cells as `YYYY-MM-DD`, empty as ''. */
function cellText(c: CellValue | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : isoDay(c);
  return String(c);
}

/** The sheet named one of `names` (folded), else undefined. */
function findSheet(sheets: Sheet[], names: readonly string[]): Sheet | undefined {
  const wanted = new Set(names.map(nameKey));
  return sheets.find((s) => wanted.has(nameKey(s.sheet)));
}

/** True when no cell of `rows` holds anything. */
const isEmptySheet = (rows: SheetRows): boolean => rows.every((r) => r.every((c) => cellText(c).trim() === ''));

/** The memberships sheet: by name, else the first whose first row names a person column. */
function membershipsSheet(sheets: Sheet[]): Sheet | undefined {
  return findSheet(sheets, ['memberships', 'thành viên']) ?? sheets.find((s) => (s.data[0] ?? []).some((h) => columnOf(cellText(h)) === 'person'));
}

const NOT_WORKBOOK_CODE: Record<NotWorkbook, string> = {
  empty: 'xlsx-empty-file',
  encrypted: 'xlsx-encrypted',
  'old-xls': 'xlsx-old-xls',
  ods: 'xlsx-ods',
  'zip-not-xlsx': 'xlsx-not-xlsx',
  'not-zip': 'xlsx-not-zip',
  'damaged-zip': 'xlsx-unreadable',
  'too-large': 'xlsx-too-large',
};

/**
 * Gives each merged range's value to the cells it covers where a spreadsheet user means it (see the
 * module comment); in place.
 * @returns the findings, at each range (`xlsx-merged-filled`, `xlsx-merged-across`)
 */
function applyMerges(sheet: Sheet, merges: readonly MergedRange[], file: string): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const m of merges) {
    if (m.sheet !== sheet.sheet) continue;
    const value = cellText(sheet.data[m.from.row - 1]?.[m.from.column - 1]).trim();
    if (value === '') continue;
    const where = { sheet: sheet.sheet, cell: m.ref };
    // Down a column, below the header: every covered row of the first column takes the value.
    if (m.to.row > m.from.row && m.from.row >= 2) {
      for (let r = m.from.row + 1; r <= m.to.row; r++) {
        const row = (sheet.data[r - 1] ??= []);
        while (row.length < m.from.column) row.push(null);
        if (cellText(row[m.from.column - 1]).trim() === '') row[m.from.column - 1] = value;
      }
      out.push(makeProblem('warning', 'xlsx-merged-filled', file, where, { value, rows: `${m.from.row}–${m.to.row}`, column: columnLetters(m.from.column) }));
    }
    if (m.to.column > m.from.column) {
      out.push(makeProblem('warning', 'xlsx-merged-across', file, where, { value, columns: `${columnLetters(m.from.column)}–${columnLetters(m.to.column)}` }));
    }
  }
  return out;
}

/**
 * The findings of the cells blanked before reading (`xlsx-formula-no-value`, `xlsx-cell-unreadable`);
 * a row of the memberships sheet (`members`) left with no person by them is emptied (so left out),
 * in place, and its findings say so.
 */
function badCellProblems(bad: readonly BadCell[], members: Sheet, file: string): ImportProblem[] {
  const personCol = (members.data[0] ?? []).findIndex((h) => columnOf(cellText(h)) === 'person');
  const dropped = new Set<number>();
  for (const b of bad) {
    const row = members.data[b.row - 1];
    if (b.sheet !== members.sheet || b.row < 2 || !row || personCol < 0) continue;
    if (cellText(row[personCol]).trim() === '' && row.some((c) => cellText(c).trim() !== '')) dropped.add(b.row);
  }
  for (const r of dropped) members.data[r - 1] = [];
  return bad.map((b) => {
    const params: ImportProblem['params'] = { value: b.value, dropped: b.sheet === members.sheet && dropped.has(b.row) ? 1 : 0 };
    if (b.kind !== 'formula') params.kind = b.kind;
    return makeProblem('warning', b.kind === 'formula' ? 'xlsx-formula-no-value' : 'xlsx-cell-unreadable', file, { sheet: b.sheet, cell: b.cell }, params);
  });
}

/** `p` placed on the sheet `sheet` (its sentence made again). */
const onSheet = (p: ImportProblem, sheet: string): ImportProblem =>
  makeProblem(p.severity, p.code, p.file, { pointer: p.pointer, line: p.line, column: p.column, row: p.row, field: p.field, sheet, cell: p.cell }, p.params);

/** Rows of a sheet as objects by the header's names (first row), empty cells left out. */
function records(rows: SheetRows | undefined, columns: readonly string[]): Record<string, string>[] {
  if (!rows || rows.length === 0) return [];
  const header = rows[0]!.map((h) => nameKey(cellText(h)));
  const idx = Object.fromEntries(columns.map((c) => [c, header.indexOf(nameKey(c))]));
  return rows.slice(1).map((r) => {
    const o: Record<string, string> = {};
    for (const c of columns) {
      const v = idx[c]! >= 0 ? cellText(r[idx[c]!]).trim() : '';
      if (v !== '') o[c] = v;
    }
    return o;
  });
}

/** The `xlsx-date-cell` warnings of the memberships sheet: each date cell under `start` or `end`, at its row. */
function dateCellProblems(rows: SheetRows, file: string, sheet: string): ImportProblem[] {
  const header = (rows[0] ?? []).map((h) => cellText(h));
  const dateCols = header.flatMap((h, i) => (columnOf(h) === 'start' || columnOf(h) === 'end' ? [i] : []));
  const out: ImportProblem[] = [];
  rows.slice(1).forEach((r, k) => {
    for (const i of dateCols) {
      const c = r[i];
      if (c instanceof Date) out.push(makeProblem('warning', 'xlsx-date-cell', file, { sheet, line: k + 2, row: k + 1, field: header[i]! }, { value: cellText(c) }));
    }
  });
  return out;
}

/**
 * Fills the bodies' and sources' fields from their sheets (matched by name and by id); in place.
 * A cell of the bodies sheet that cannot be taken is left out with an `xlsx-body-cell-ignored`
 * warning at its row: the seats and the parent body come from the memberships sheet (a different
 * value there is not taken), a classification that would make a body with members a party (its
 * memberships would leave the chart), a colour that is no #RRGGBB, a body that no membership names.
 * @returns those warnings
 */
function enrich(dataset: Dataset, lang: Lang, bodies: Record<string, string>[], sources: Record<string, string>[], file: string, bodySheet = ''): ImportProblem[] {
  const ls = (v: string | undefined): LangString | undefined => (v === undefined ? undefined : { [lang]: v });
  const orgByName = new Map(dataset.organizations.map((o) => [nameKey(o.name[lang] ?? Object.values(o.name)[0] ?? ''), o] as const));
  const orgById = new Map(dataset.organizations.map((o) => [o.id, o] as const));
  const out: ImportProblem[] = [];
  const ignored = (row: number, field: string, value: string, why: string) =>
    out.push(makeProblem('warning', 'xlsx-body-cell-ignored', file, { sheet: bodySheet, line: row + 2, row: row + 1, field }, { value, why }));
  bodies.forEach((b, row) => {
    const o = b.body === undefined ? undefined : orgByName.get(nameKey(b.body));
    if (!o) {
      if (b.body !== undefined) ignored(row, 'body', b.body, 'unknown-body');
      return;
    }
    if (b.short_name !== undefined) o.short_name = ls(b.short_name);
    if (b.seats !== undefined && b.seats !== String(o.seats ?? '')) ignored(row, 'seats', b.seats, 'seats');
    if (b.parent_body !== undefined) {
      const parent = o.parent_id ? orgById.get(o.parent_id) : undefined;
      const name = parent ? (parent.name[lang] ?? Object.values(parent.name)[0] ?? parent.id) : '';
      if (nameKey(b.parent_body) !== nameKey(name)) ignored(row, 'parent_body', b.parent_body, 'parent');
    }
    if (b.classification !== undefined) {
      const hasMembers = dataset.memberships.some((m) => m.organization_id === o.id);
      if (GROUP_CLASSIFICATIONS.includes(b.classification.toLowerCase()) && hasMembers && !GROUP_CLASSIFICATIONS.includes((o.classification ?? '').toLowerCase())) ignored(row, 'classification', b.classification, 'group');
      else o.classification = b.classification;
    }
    if (b.color !== undefined) {
      if (isHexColor(b.color)) o.color = b.color;
      else ignored(row, 'color', b.color, 'color');
    }
  });
  for (const s of sources) {
    if (s.id === undefined) continue;
    const src = dataset.sources.find((x) => x.id === s.id || nameKey(x.title[lang] ?? '') === nameKey(s.id!));
    if (!src) continue;
    if (s.title !== undefined) src.title = ls(s.title)!;
    if (s.author !== undefined) src.author = ls(s.author);
    if (s.kind !== undefined) src.kind = ls(s.kind);
    if (s.note !== undefined) src.note = ls(s.note);
    if (s.url !== undefined) src.url = s.url;
    if (s.report_date !== undefined) src.report_date = s.report_date;
    if (s.page_date !== undefined) src.page_date = s.page_date;
  }
  return out;
}

/**
 * Imports an .xlsx workbook (see the module comment). Never throws: a file that is no workbook is
 * refused with its own code (`xlsx-empty-file`, `xlsx-encrypted`, `xlsx-old-xls`, `xlsx-ods`,
 * `xlsx-not-xlsx`, `xlsx-not-zip`, `xlsx-unreadable`, `xlsx-too-large`), a workbook without memberships with
 * `xlsx-no-memberships` or `xlsx-empty-sheet`; every other problem is the CSV importer's (placed on
 * the memberships sheet), ours about cells, or our schema's for a value of the bodies or sources
 * sheet (e.g. a malformed report date).
 * @param opts the CSV options (day-month order, language); the delimiter and encoding are ours
 */
export async function importXlsx(name: string, bytes: Uint8Array, opts: CsvOptions = {}): Promise<ImportResult> {
  const refuse = (code: string, where: { sheet?: string } = {}, params: ImportProblem['params'] = {}): ImportResult => ({ ok: false, problems: [makeProblem('error', code, name, where, params)] });
  const scan = scanWorkbook(bytes);
  if (!scan.ok) return refuse(NOT_WORKBOOK_CODE[scan.why], {}, scan.why === 'too-large' ? { max: MAX_UNPACKED_BYTES / 1024 / 1024 } : {});
  let sheets: Sheet[];
  try {
    const b = scan.bytes;
    const buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buf)) as unknown as Sheet[];
  } catch {
    return refuse('xlsx-unreadable');
  }
  const members = membershipsSheet(sheets);
  if (!members) {
    const first = sheets[0];
    if (!first || isEmptySheet(first.data)) return refuse('xlsx-empty-sheet', first ? { sheet: first.sheet } : {});
    return refuse('xlsx-no-memberships', {}, { sheets: sheets.map((s) => `“${s.sheet}”`).join(', ') });
  }
  if (isEmptySheet(members.data)) return refuse('xlsx-empty-sheet', { sheet: members.sheet });
  const cellProblems = [...sheets.flatMap((s) => applyMerges(s, scan.merges, name)), ...badCellProblems(scan.badCells, members, name)];
  const rows = members.data;
  // Issue 14, a whole workbook (xlsx-sheets-import.ts): the memberships sheet's own columns taken off for the CSV reader.
  const wb = prepareWorkbook(sheets.map((s) => ({ name: s.sheet, rows: s.data.map((r) => r.map(cellText)), isDate: (i: number, j: number) => s.data[i]?.[j] instanceof Date })), rows.map((r) => r.map(cellText)), opts);
  const text = formatCsv(wb.csvRows, { delimiter: ',', bom: false, lineEnding: '\n' });
  const csv = importCsv(name, new TextEncoder().encode(text), { ...wb.opts, delimiter: ',', encoding: 'utf-8' });
  const dateCells = dateCellProblems(rows, name, members.sheet);
  const csvProblems = csv.problems.map((p) => onSheet(p, members.sheet));
  const before = [...cellProblems, ...dateCells, ...csvProblems];
  if (!csv.ok) return { ok: false, problems: before };
  const whole = restoreWorkbook(wb, { dataset: csv.dataset, problems: csvProblems }, name);
  if (whole) return { ...whole, problems: [...cellProblems, ...dateCells, ...whole.problems] };
  const dataset = csv.dataset;
  const lang: Lang = dataset.language === 'en' ? 'en' : 'vi';
  const bodySheet = findSheet(sheets, ['bodies', 'cơ quan']);
  const bodyCells = enrich(dataset, lang, records(bodySheet?.data, BODY_COLUMNS), records(findSheet(sheets, ['sources', 'nguồn'])?.data, SOURCE_COLUMNS), name, bodySheet?.sheet);
  const shape = checkShape(dataset, name);
  if (!shape.ok) return { ok: false, problems: [...before, ...bodyCells, ...shape.problems] };
  return { ok: true, dataset: shape.dataset, problems: [...before, ...bodyCells, ...shape.problems], format: 'csv' };
}
