/**
 * An Excel workbook (.xlsx) to a dataset, through `read-excel-file` (loaded only with this module,
 * on first use). The memberships sheet (named `memberships` or `thành viên`, else the first sheet)
 * is read exactly as a membership CSV (its cells written as CSV text and given to `importCsv`, so
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
import './xlsx-messages.ts';

type CellValue = string | number | boolean | Date | null;
type SheetRows = CellValue[][];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** A date cell as the day it holds, `YYYY-MM-DD` (read-excel-file gives the day at 00:00 UTC). */
const isoDay = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A cell as text: strings as they are, numbers and booleans as written, date cells as `YYYY-MM-DD`, empty as ''. */
function cellText(c: CellValue | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : isoDay(c);
  return String(c);
}

/** The sheet named one of `names` (folded), else the one at `fallback`, else undefined. */
function findSheet(sheets: { sheet: string; data: SheetRows }[], names: readonly string[], fallback?: number): SheetRows | undefined {
  const wanted = new Set(names.map(nameKey));
  const byName = sheets.find((s) => wanted.has(nameKey(s.sheet)));
  if (byName) return byName.data;
  return fallback === undefined ? undefined : sheets[fallback]?.data;
}

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
function dateCellProblems(rows: SheetRows, file: string): ImportProblem[] {
  const header = (rows[0] ?? []).map((h) => cellText(h));
  const dateCols = header.flatMap((h, i) => (columnOf(h) === 'start' || columnOf(h) === 'end' ? [i] : []));
  const out: ImportProblem[] = [];
  rows.slice(1).forEach((r, k) => {
    for (const i of dateCols) {
      const c = r[i];
      if (c instanceof Date) out.push(makeProblem('warning', 'xlsx-date-cell', file, { line: k + 2, row: k + 1, field: header[i]! }, { value: cellText(c) }));
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
function enrich(dataset: Dataset, lang: Lang, bodies: Record<string, string>[], sources: Record<string, string>[], file: string): ImportProblem[] {
  const ls = (v: string | undefined): LangString | undefined => (v === undefined ? undefined : { [lang]: v });
  const orgByName = new Map(dataset.organizations.map((o) => [nameKey(o.name[lang] ?? Object.values(o.name)[0] ?? ''), o] as const));
  const orgById = new Map(dataset.organizations.map((o) => [o.id, o] as const));
  const out: ImportProblem[] = [];
  const ignored = (row: number, field: string, value: string, why: string) =>
    out.push(makeProblem('warning', 'xlsx-body-cell-ignored', file, { line: row + 2, row: row + 1, field }, { value, why }));
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
 * Imports an .xlsx workbook (see the module comment). Never throws: a file that is no readable
 * workbook is `xlsx-unreadable` (an error); every other problem is the CSV importer's, or our
 * schema's for a value of the bodies or sources sheet (e.g. a malformed report date).
 * @param opts the CSV options (day-month order, language); the delimiter and encoding are ours
 */
export async function importXlsx(name: string, bytes: Uint8Array, opts: CsvOptions = {}): Promise<ImportResult> {
  let sheets: { sheet: string; data: SheetRows }[];
  try {
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buf)) as unknown as { sheet: string; data: SheetRows }[];
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [makeProblem('error', 'xlsx-unreadable', name, {}, { reason: reason.slice(0, 120) })] };
  }
  const rows = findSheet(sheets, ['memberships', 'thành viên'], 0) ?? [];
  // Issue 14, a whole workbook (xlsx-sheets-import.ts): the memberships sheet's own columns taken off for the CSV reader.
  const wb = prepareWorkbook(sheets.map((s) => ({ name: s.sheet, rows: s.data.map((r) => r.map(cellText)), isDate: (i: number, j: number) => s.data[i]?.[j] instanceof Date })), rows.map((r) => r.map(cellText)), opts);
  const text = formatCsv(wb.csvRows, { delimiter: ',', bom: false, lineEnding: '\n' });
  const result = importCsv(name, new TextEncoder().encode(text), { ...wb.opts, delimiter: ',', encoding: 'utf-8' });
  const dateCells = dateCellProblems(rows, name);
  if (!result.ok) return { ok: false, problems: [...dateCells, ...result.problems] };
  const whole = restoreWorkbook(wb, result, name);
  if (whole) return { ...whole, problems: [...dateCells, ...whole.problems] };
  const dataset = result.dataset;
  const lang: Lang = dataset.language === 'en' ? 'en' : 'vi';
  const bodyCells = enrich(dataset, lang, records(findSheet(sheets, ['bodies', 'cơ quan']), BODY_COLUMNS), records(findSheet(sheets, ['sources', 'nguồn']), SOURCE_COLUMNS), name);
  const shape = checkShape(dataset, name);
  if (!shape.ok) return { ok: false, problems: [...dateCells, ...result.problems, ...bodyCells, ...shape.problems] };
  return { ok: true, dataset: shape.dataset, problems: [...dateCells, ...result.problems, ...bodyCells, ...shape.problems], format: 'csv' };
}
