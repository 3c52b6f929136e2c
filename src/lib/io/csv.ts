/**
 * CSV import: one row per membership (columns in `csv-columns.ts`, documented in `data/README.md`,
 * section "CSV format") to a `Dataset`, with every problem located by file, physical line, data
 * row and field, in Vietnamese and English (templates in `csv-messages.ts`).
 *
 * Pipeline: bytes → text (`csv-decode.ts`: UTF-8, or Windows-1258/1252 with a warning, or refused)
 * → records with line numbers (`csv-parse.ts`: d3-dsv, delimiter detected from the header) →
 * header mapped to columns (English or Vietnamese names) → each cell normalised (NFC, white space,
 * Ð→Đ in Vietnamese text with a warning) and formula escapes undone → dates read in the file's
 * day-month order (`csv-dates.ts`) → persons, bodies, posts and sources built from distinct names
 * (`nameKey`) → `validateDataset`, its problems mapped back to the rows they concern.
 * Errors block the import (`ok: false`); warnings let it through.
 *
 * Writing CSV (membership export, role table, template) lives in `csv-export.ts` and
 * `csv-template.ts` and is re-exported here.
 */
import type { Lang } from '../model/types.ts';
import { makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import type { CsvColumn } from './csv-columns.ts';
import { decodeCsvBytes, type CsvEncoding } from './csv-decode.ts';
import { detectDelimiter, type CsvDelimiter } from './csv-parse.ts';
import { cellNormalizer, CsvLog, detectLanguage, fieldName, mapHeader, readRecords, readRows } from './csv-rows.ts';
import { readCells, readDates } from './csv-cells.ts';
import { assembleDataset, buildBodies, buildGroups, buildRecords, checkDatasetBounds, checkSemantics, sortProblems } from './csv-build.ts';
import { MAX_RECORDS } from './bounds.ts';
import { checkPersons } from './csv-persons.ts';
import './csv-messages.ts';

export { exportCsv, roleTableCsv, csvProjection, escapeFormula, unescapeFormula, type CsvWriteOptions, type CsvProjectionRow } from './csv-export.ts';
export { csvTemplate } from './csv-template.ts';
export { CSV_COLUMNS, type CsvColumn } from './csv-columns.ts';
export { CSV_PROBLEM_CODES } from './csv-messages.ts';
export { slugify } from './csv-build.ts';
export type { CsvDelimiter } from './csv-parse.ts';
export type { CsvEncoding } from './csv-decode.ts';
export type { ImportResult } from './problems.ts';

/** How to read a CSV file; every field is optional (detected when absent). */
export interface CsvOptions {
  /** Field delimiter; detected from the header row when absent. */
  delimiter?: CsvDelimiter;
  /** Day before month in `a/b/yyyy` dates; detected from the file when absent, else day first. */
  dayFirst?: boolean;
  /** Text encoding; detected when absent (UTF-8, else Windows-1258 or Windows-1252 with a warning). */
  encoding?: CsvEncoding;
  /** Language of the texts (labels are stored under it); detected when absent (vi if any text is Vietnamese). */
  language?: Lang;
  /** A file whose memberships have no date at all is read (no `csv-no-dates`): a whole workbook's sheets date them by their events (`xlsx-sheets-import.ts`). */
  undatedAllowed?: boolean;
}

/**
 * Imports a membership CSV file. `name` is the file's name (used in messages and for the dataset's
 * id and title), `bytes` its content. Never throws for any input: every failure is an `ImportProblem`.
 *
 * @returns `{ ok: true, dataset, problems: warnings, format: 'csv' }`, or `{ ok: false, problems }`
 *   when any problem is an error (encoding, quoting, header, a bad cell, or a semantic error of
 *   `validateDataset` mapped to its row).
 */
export function importCsv(name: string, bytes: Uint8Array, opts: CsvOptions = {}): ImportResult {
  const decoded = decodeCsvBytes(bytes, opts.encoding);
  if (!decoded.ok) {
    const code = decoded.reason === 'workbook' ? 'csv-workbook' : decoded.reason === 'binary' ? 'csv-binary' : 'csv-bad-encoding';
    const where = decoded.reason === 'workbook' ? {} : { line: decoded.line };
    return { ok: false, problems: [makeProblem('error', code, name, where, { found: decoded.found, encoding: decoded.encoding ?? '' })] };
  }
  const pre: ImportProblem[] = [];
  if (decoded.assumed) pre.push(makeProblem('warning', 'csv-encoding-assumed', name, {}, { encoding: decoded.encoding }));
  return importCsvText(name, decoded.text, opts, pre);
}

/**
 * Imports CSV that is already text (as `importCsv` after decoding; `opts.encoding` is ignored).
 * `initial` problems (e.g. an encoding warning) are kept at the front of the result. The stages,
 * each a function of its own: `readRecords` → `detectLanguage` → `mapHeader` → `readRows`
 * (`csv-rows.ts`; more than `MAX_RECORDS.memberships` rows is `too-many-memberships`) → `readDates`
 * → `readCells` (`csv-cells.ts`) → `checkPersons` (`csv-persons.ts`) → `buildBodies` → `buildGroups` → `buildRecords` → `assembleDataset` →
 * `checkDatasetBounds` (seats, text length, years; errors stop here) → `checkSemantics` (`csv-build.ts`). The import stops with `ok: false`
 * after the records, the header, the rows (when none are left) or the built records when errors
 * were found so far; a file whose memberships have no date at all is `csv-no-dates`. Problems are
 * sorted by line (`sortProblems`). Never throws.
 */
function importCsvText(name: string, input: string, opts: CsvOptions = {}, initial: ImportProblem[] = []): ImportResult {
  const log = new CsvLog(name, initial);
  const fail = (): ImportResult => ({ ok: false, problems: sortProblems(log.problems) });
  let text = input.replace(/^\uFEFF/, '');
  // Excel's first line `sep=;` names the delimiter: taken (unless one was chosen), and the line left
  // blank so that every other line keeps its number.
  const sep = /^sep=([,;\t])[ \t]*(?=\r?\n|$)/i.exec(text);
  let delimiter = opts.delimiter;
  if (sep) {
    delimiter ??= sep[1] as CsvDelimiter;
    text = text.slice(sep[0].length);
  }

  const recs = readRecords(text, delimiter ?? detectDelimiter(text), log);
  if (!recs) return fail();
  const lang = detectLanguage(recs.records, opts.language);
  const norm = cellNormalizer(lang);
  const header = mapHeader(recs, norm, log);
  if (log.hasErrors()) return fail();
  const field = (c: CsvColumn): string => fieldName(header, c);
  const rows = readRows(recs, header, norm, log);
  // No body column (a member list of one house): every row is in one body named after the file.
  if (!header.columns.includes('body')) for (const r of rows) r.cells.body = log.fileStem();
  if (rows.length === 0 && log.hasErrors()) return fail();
  const maxRows = MAX_RECORDS.memberships!;
  if (rows.length > maxRows) {
    log.err('too-many-memberships', {}, { count: rows.length, limit: maxRows });
    return fail();
  }

  const dates = readDates(rows, opts.dayFirst, field, log);
  const { seatsOf, causes } = readCells(rows, field, log);
  checkPersons(rows, dates, field, log);
  const bodies = buildBodies(rows, seatsOf, lang, field, log);
  const groups = buildGroups(rows, bodies, lang, field, log);
  const built = buildRecords(rows, bodies, causes, dates, lang, groups);
  if (log.hasErrors()) return fail();
  if (!opts.undatedAllowed && !built.memberships.some((m) => m.start_date !== undefined || m.end_date !== undefined)) {
    log.err('csv-no-dates', {});
    return fail();
  }

  const dataset = assembleDataset(name, lang, bodies, built, groups);
  log.problems.push(...checkDatasetBounds(dataset, name, lang, bodies, built, field));
  if (log.hasErrors()) return fail();
  log.problems.push(...checkSemantics(dataset, name, lang, bodies, built, field));
  if (log.hasErrors()) return fail();
  return { ok: true, dataset, problems: sortProblems(log.problems), format: 'csv' };
}
