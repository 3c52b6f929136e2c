/**
 * The dataset as an Excel workbook (.xlsx), through `write-excel-file` (loaded only with this
 * module: the page imports it on first use). Sheets:
 * - `memberships`: the rows of the membership CSV (`membershipRows`: same columns, same cells),
 *   with the workbook's own columns after them (ids, other languages: `workbookMembershipRows` of
 *   `xlsx-sheets-export.ts`);
 * - then one sheet per kind of record, every field (`recordSheets`): bodies, sources, the dataset's
 *   own fields, persons, posts, events, claims, annotations, notes, citations, and the readings.
 * Every cell is a text cell in Excel's "Text" number format (`@`), counts excepted (numbers), so
 * that a partial date such as `1996-06` or `1999?` stays as written when the workbook is opened,
 * edited and saved: Excel converts only what is typed into a cell of another format.
 * `importXlsx` (`xlsx-import.ts`) reads it back; `xlsxSheets` gives the older three sheets' rows
 * (memberships as the CSV, bodies, sources), which the importer still reads from a workbook without ids.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Dataset, Lang } from '../model/types.ts';
import { pick } from '../model/lang.ts';
import { byId } from '../model/by-id.ts';
import { langOf, membershipRows } from './csv-export.ts';
import { recordSheets, workbookMembershipRows } from './xlsx-sheets-export.ts';

/** The sheet names, in order (the importer finds the sheets by these names, else by position). */
export const XLSX_SHEETS = { memberships: 'memberships', bodies: 'bodies', sources: 'sources' } as const;
/** The columns of the bodies sheet. */
export const BODY_COLUMNS = ['body', 'short_name', 'parent_body', 'seats', 'classification', 'color'] as const;
/** The columns of the sources sheet. */
export const SOURCE_COLUMNS = ['id', 'title', 'author', 'kind', 'url', 'report_date', 'page_date', 'note'] as const;

type Cell = { type: StringConstructor; value: string; format: string } | { type: NumberConstructor; value: number } | null;

/** A text cell in the Text format (`@`), or an empty cell for ''. */
const text = (v: string): Cell => (v === '' ? null : { type: String, value: v, format: '@' });

/** The three sheets' rows (header first), as plain strings and numbers; exported for the tests and the importer's documentation. */
export function xlsxSheets(dataset: Dataset, lang?: Lang): { memberships: string[][]; bodies: (string | number)[][]; sources: string[][] } {
  const l = langOf(dataset, lang);
  const orgs = byId(dataset.organizations);
  const bodies: (string | number)[][] = [[...BODY_COLUMNS]];
  for (const o of dataset.organizations) {
    const parent = o.parent_id ? pick(orgs.get(o.parent_id)?.name, l) || o.parent_id : '';
    bodies.push([pick(o.name, l) || o.id, pick(o.short_name, l), parent, o.seats ?? '', o.classification ?? '', o.color ?? '']);
  }
  const sources: string[][] = [[...SOURCE_COLUMNS]];
  for (const s of dataset.sources) {
    sources.push([s.id, pick(s.title, l), pick(s.author, l), pick(s.kind, l), s.url ?? '', s.report_date ?? '', s.page_date ?? '', pick(s.note, l)]);
  }
  return { memberships: membershipRows(dataset, l), bodies, sources };
}

/**
 * The dataset as an .xlsx workbook's bytes (see the module comment), texts in `lang` (default: the
 * dataset's language when vi or en, else vi). The header rows stay in view when scrolling.
 * @throws only when the writer itself fails (never for a valid dataset)
 */
export async function exportXlsx(dataset: Dataset, opts: { lang?: Lang } = {}): Promise<Uint8Array> {
  const s = xlsxSheets(dataset, opts.lang);
  const asCells = (rows: (string | number)[][]): Cell[][] =>
    rows.map((r) => r.map((v) => (typeof v === 'number' ? { type: Number, value: v } : text(v))));
  const sheet = (name: string, rows: (string | number)[][]) => ({
    sheet: name,
    data: asCells(rows) as never,
    stickyRowsCount: 1,
    columns: (rows[0] ?? []).map(() => ({ width: 18 })),
  });
  // Issue 14: every field of the dataset (xlsx-sheets-export.ts): the memberships sheet's ids and other languages, and a sheet per kind of record.
  const l = langOf(dataset, opts.lang);
  const blob = await writeXlsxFile([
    sheet(XLSX_SHEETS.memberships, workbookMembershipRows(dataset, l, s.memberships)),
    ...recordSheets(dataset, l).map((r) => sheet(r.name, r.rows)),
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
