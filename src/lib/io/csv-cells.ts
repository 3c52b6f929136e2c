/**
 * The cell stages of the CSV import (`importCsvText` in `csv.ts`): dates read in the file's
 * day-month order, then the other checked cells (required names, seats, causes, certainty).
 */
import type { Certainty, EndCause, StartCause } from '../model/types.ts';
import { daysInMonth } from '../model/dates.ts';
import type { ImportProblem } from './problems.ts';
import { acceptedValues, certaintyOf, endCauseOf, isNoEndCause, startCauseOf, type CsvColumn } from './csv-columns.ts';
import { isAmbiguous, readDate, settleDayOrder, tokenizeDate, type DateToken } from './csv-dates.ts';
import type { CsvLog, Row } from './csv-rows.ts';

/** The start and end dates of a row, in our format ("1996", "1996-06", "1996-06-15", optionally "?"). */
export interface RowDates {
  start?: string;
  end?: string;
}

/** The causes and certainty of a row, in our codes. */
export interface RowCauses {
  start?: StartCause;
  end?: EndCause;
  certainty?: Certainty;
}

/**
 * Stage 5: the `start` and `end` cells read as dates. The forms are read first (`tokenizeDate`),
 * then the day-month order of `a/b/yyyy` dates is settled for the whole file (`dayFirst` from the
 * user, else from unambiguous dates of the file, else day first with a `csv-date-order-assumed`
 * warning when some date is ambiguous; `csv-date-order-detected` when the file shows month
 * first), then each date is read in that order. Errors: `csv-bad-date` (params: value, reason,
 * and month, year, days, order, hint when they explain it), `csv-ambiguous-date` (the file shows
 * both orders). Rows without a readable date have no entry.
 * @param field the header text of a column, for problem locations
 */
export function readDates(rows: readonly Row[], dayFirst: boolean | undefined, field: (c: CsvColumn) => string, log: CsvLog): Map<Row, RowDates> {
  type DateCell = { row: Row; column: 'start' | 'end'; token: DateToken };
  const dateCells: DateCell[] = [];
  for (const row of rows) {
    for (const column of ['start', 'end'] as const) {
      const v = row.cells[column];
      if (v === undefined) continue;
      const t = tokenizeDate(v);
      if (t === null) continue;
      if ('error' in t) log.err('csv-bad-date', { line: row.line, row: row.row, field: field(column) }, { value: v, reason: t.error });
      else dateCells.push({ row, column, token: t });
    }
  }
  const abTokens = dateCells.filter((d) => d.token.kind === 'a-b-year');
  const order = settleDayOrder(
    abTokens.map((d) => d.token),
    dayFirst,
  );
  const ambiguous = abTokens.filter((d) => isAmbiguous(d.token));
  if (order.via === 'default' && ambiguous.length > 0) {
    const ex = ambiguous[0]!;
    log.warn('csv-date-order-assumed', {}, { example: ex.row.cells[ex.column]!, example_line: ex.row.line, count: ambiguous.length });
  }
  if (order.via === 'file' && order.dayFirst === false) {
    const ex = abTokens[order.evidence[0]!]!;
    log.warn('csv-date-order-detected', {}, { example: ex.row.cells[ex.column]!, example_line: ex.row.line });
  }
  const dates = new Map<Row, RowDates>();
  const read: { d: DateCell; text: string }[] = [];
  for (const d of dateCells) {
    const where = { line: d.row.line, row: d.row.row, field: field(d.column) };
    const value = d.row.cells[d.column]!;
    const r = readDate(d.token, order.dayFirst);
    if (r.ok) {
      const slot = dates.get(d.row) ?? {};
      slot[d.column] = r.text;
      dates.set(d.row, slot);
      read.push({ d, text: r.text });
      continue;
    }
    if (r.reason === 'ambiguous' && d.token.kind === 'a-b-year') {
      const [dayIdx, monthIdx] = order.evidence as [number, number];
      const df = readDate(d.token, true);
      const mf = readDate(d.token, false);
      log.err('csv-ambiguous-date', where, {
        value,
        day_first: df.ok ? df.text : '',
        month_first: mf.ok ? mf.text : '',
        day_line: abTokens[dayIdx]!.row.line,
        month_line: abTokens[monthIdx]!.row.line,
      });
      continue;
    }
    const t = d.token;
    const params: ImportProblem['params'] = { value, reason: r.reason };
    let month = t.kind === 'iso' ? (t.month ?? 0) : t.kind === 'month-year' ? t.month : 0;
    if (t.kind === 'a-b-year') {
      const first = order.dayFirst ?? true;
      params.order = first ? 'day-first' : 'month-first';
      if (order.via !== 'user') params.hint = 'order';
      month = first ? t.b : t.a;
    }
    if (r.reason === 'month' || r.reason === 'day') {
      params.month = month;
      params.year = ('year' in t ? t.year : 0);
    }
    if (r.reason === 'day') params.days = daysInMonth('year' in t ? t.year : 0, month);
    log.err('csv-bad-date', where, params);
  }
  spreadsheetDateWarnings(read, field, log);
  return dates;
}

/**
 * Dates a spreadsheet may have changed (Excel turns `1996-06` typed or opened from CSV into 1 June
 * 1996, and may save a date cell as its day number), each a warning at its row with how to fix it:
 * `csv-date-serial` for a day number (read as that day), `csv-date-two-digit-year` for a month
 * with a two-digit year as Excel shows it (`Jun-96`, read with Excel's century), and `csv-date-first-of-month` for a full
 * date on the 1st of a month in a column that gives other dates as a month only, or whose full
 * dates all fall on the 1st (read as written, a day).
 */
function spreadsheetDateWarnings(read: readonly { d: { row: Row; column: 'start' | 'end'; token: DateToken }; text: string }[], field: (c: CsvColumn) => string, log: CsvLog): void {
  const day = /^\d{4}-\d{2}-(\d{2})\??$/;
  for (const column of ['start', 'end'] as const) {
    const cells = read.filter((x) => x.d.column === column);
    const full = cells.filter((x) => day.test(x.text));
    const monthOnly = cells.some((x) => /^\d{4}-\d{2}\??$/.test(x.text));
    const allFirst = full.length > 0 && full.every((x) => day.exec(x.text)![1] === '01');
    for (const x of cells) {
      const where = { line: x.d.row.line, row: x.d.row.row, field: field(column) };
      const value = x.d.row.cells[column]!;
      if (x.d.token.kind === 'serial') {
        log.warn('csv-date-serial', where, { value, date: x.text });
        continue;
      }
      if (x.d.token.kind === 'month-name' && x.d.token.twoDigit) {
        log.warn('csv-date-two-digit-year', where, { value, date: x.text });
        continue;
      }
      const m = day.exec(x.text);
      if (m && m[1] === '01' && (monthOnly || allFirst)) log.warn('csv-date-first-of-month', where, { value, date: x.text, month: x.text.slice(0, 7) });
    }
  }
}

/**
 * Stage 6: the other checked cells of each row. Errors: `csv-missing-value` (no person or body),
 * `csv-bad-seats` (not 1 to 9 digits). Warnings: `csv-unknown-value` (a cause or certainty not in
 * its list, English or Vietnamese words: a cause is then read as `unknown`, a certainty as
 * stated), `csv-inferred-without-basis`. An end-cause cell saying the member is still in office
 * (`isNoEndCause`) gives no end cause. Returns the seats of rows
 * that give valid ones, and every row's causes and certainty (an empty slot when none).
 */
export function readCells(
  rows: readonly Row[],
  field: (c: CsvColumn) => string,
  log: CsvLog,
): { seatsOf: Map<Row, number>; causes: Map<Row, RowCauses> } {
  const seatsOf = new Map<Row, number>();
  const causes = new Map<Row, RowCauses>();
  for (const row of rows) {
    const at = (c: CsvColumn) => ({ line: row.line, row: row.row, field: field(c) });
    for (const c of ['person', 'body'] as const) if (row.cells[c] === undefined) log.err('csv-missing-value', at(c), { column: c });
    const seats = row.cells.seats;
    if (seats !== undefined) {
      if (/^\d{1,9}$/.test(seats)) seatsOf.set(row, Number(seats));
      else log.err('csv-bad-seats', at('seats'), { value: seats });
    }
    const slot: RowCauses = {};
    const sc = row.cells.start_cause;
    if (sc !== undefined) {
      const v = startCauseOf(sc);
      if (v) slot.start = v;
      else {
        slot.start = 'unknown';
        log.warn('csv-unknown-value', at('start_cause'), { column: 'start_cause', value: sc, allowed: acceptedValues('start_cause') });
      }
    }
    const ec = row.cells.end_cause;
    if (ec !== undefined && !isNoEndCause(ec)) {
      const v = endCauseOf(ec);
      if (v) slot.end = v;
      else {
        slot.end = 'unknown';
        log.warn('csv-unknown-value', at('end_cause'), { column: 'end_cause', value: ec, allowed: acceptedValues('end_cause') });
      }
    }
    const ce = row.cells.certainty;
    if (ce !== undefined) {
      const v = certaintyOf(ce);
      if (v) slot.certainty = v;
      else log.warn('csv-unknown-value', at('certainty'), { column: 'certainty', value: ce, allowed: acceptedValues('certainty') });
    }
    if (slot.certainty === 'inferred' && row.cells.basis === undefined) log.warn('csv-inferred-without-basis', at('basis'));
    causes.set(row, slot);
  }
  return { seatsOf, causes };
}
