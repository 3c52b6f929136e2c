/**
 * Dates as people write them in spreadsheets, read into our partial dates (EDTF text):
 * `1998`, `1996-06`, `1996-6`, `6/1996`, `06/1996`, `1996-06-15`, `15/6/1996` (also with `.` or `-`
 * between day, month and year), each optionally followed by `?` (uncertain); and what a spreadsheet
 * writes for a date it converted: a day number (`35217`) and a month as Excel shows it (`Jun-96`).
 *
 * Day and month order: for `a/b/yyyy` the order is the user's choice when given, else decided by the
 * file (a first number over 12 means day first, a second one over 12 means month first), else day
 * first, as written in Vietnam. A date that is impossible in the chosen order (31/2/1999, 5/13/1996
 * read day first) is an error at its row; so is a date whose order the file cannot decide
 * (5/6/1996 in a file that has both 13/5/1996 and 5/13/1996). Nothing is guessed.
 */
import { daysInMonth } from '../model/dates.ts';

/** A date cell, read but not yet given a day-month order. */
export type DateToken =
  /** An ISO-like date, already normalised: `1996`, `1996-06`, `1996-06-15`, with `?` when uncertain. */
  | { kind: 'iso'; year: number; month: number | null; day: number | null; uncertain: boolean }
  /** `m/yyyy`. */
  | { kind: 'month-year'; month: number; year: number; uncertain: boolean }
  /** `a/b/yyyy`: day-month or month-day, decided by the file's order. */
  | { kind: 'a-b-year'; a: number; b: number; year: number; uncertain: boolean }
  /**
   * A spreadsheet's day number (Excel's date serial, five digits: 10000 = 1927-05-18 to 99999 =
   * 2173-10-14), left where a date cell was saved as a number: read as that day.
   */
  | { kind: 'serial'; serial: number; uncertain: boolean }
  /**
   * A month as Excel shows a date of month format and writes it into a CSV: `Jun-96`, `Jun-1996`,
   * `Jun 96` (English month abbreviations, any case), or a day so shown (`1-Jun-96`, Excel's
   * day-month-year display; `day`). A two-digit year takes Excel's century: 00 to 29 are 2000 to
   * 2029, 30 to 99 are 1930 to 1999 (`twoDigit`: the reader is told).
   */
  | { kind: 'month-name'; day: number | null; month: number; year: number; twoDigit: boolean; uncertain: boolean };

/** Why a date cell is rejected. */
export type CsvDateReason =
  /** Not one of the accepted forms. */
  | 'format'
  /** An interval (`1996/2000`) where a single date is expected. */
  | 'interval'
  /** The month is not 1 to 12 (in the order used). */
  | 'month'
  /** The month has no such day (31/2/1999). */
  | 'day'
  /** `a/b/yyyy` with a ≠ b, both ≤ 12, in a file whose order is not decided. */
  | 'ambiguous';

/** The result of reading a date token in an order. */
export type DateReading = { ok: true; text: string } | { ok: false; reason: CsvDateReason };

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(\?)?$/;
const MONTH_YEAR = /^(\d{1,2})[/.\-](\d{4})(\?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = /^(?:(\d{1,2})[-\s])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[-\s](\d{2}|\d{4})(\?)?$/i;
const SERIAL = /^([1-9]\d{4})(\?)?$/;
const A_B_YEAR = /^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(\?)?$/;

/**
 * Reads the form of a date cell (white space ignored). Returns null for an empty cell, a
 * `DateToken` for an accepted form, or the reason it is not one (`format`, or `interval` for
 * `1996/2000`).
 */
export function tokenizeDate(cell: string): DateToken | null | { error: 'format' | 'interval' } {
  const t = cell.replace(/\s+/g, '');
  if (t === '') return null;
  let m = ISO.exec(t);
  if (m) {
    return {
      kind: 'iso',
      year: Number(m[1]),
      month: m[2] === undefined ? null : Number(m[2]),
      day: m[3] === undefined ? null : Number(m[3]),
      uncertain: m[4] === '?',
    };
  }
  m = MONTH_YEAR.exec(t);
  if (m) return { kind: 'month-year', month: Number(m[1]), year: Number(m[2]), uncertain: m[3] === '?' };
  m = A_B_YEAR.exec(t);
  if (m) return { kind: 'a-b-year', a: Number(m[1]), b: Number(m[3]), year: Number(m[4]), uncertain: m[5] === '?' };
  m = MONTH_NAME.exec(cell.trim());
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const twoDigit = m[3]!.length === 2;
    const y = Number(m[3]);
    return { kind: 'month-name', day: m[1] === undefined ? null : Number(m[1]), month, year: twoDigit ? (y < 30 ? 2000 + y : 1900 + y) : y, twoDigit, uncertain: m[4] === '?' };
  }
  m = SERIAL.exec(t);
  if (m) return { kind: 'serial', serial: Number(m[1]), uncertain: m[2] === '?' };
  if (/^\d{4}(-\d{1,2}){0,2}\/\d{4}(-\d{1,2}){0,2}$/.test(t)) return { error: 'interval' };
  return { error: 'format' };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The day of a spreadsheet date serial of 61 or more (Excel and LibreOffice agree from 1 March
 * 1900 on): days since 30 December 1899, proleptic Gregorian, computed on UTC milliseconds (no time
 * zone enters). `serialDay(35217)` → 1996-06-01.
 */
export function serialDay(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function build(year: number, month: number | null, day: number | null, uncertain: boolean): DateReading {
  if (month !== null && (month < 1 || month > 12)) return { ok: false, reason: 'month' };
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return { ok: false, reason: 'day' };
  const text = `${String(year).padStart(4, '0')}${month === null ? '' : `-${pad2(month)}`}${day === null ? '' : `-${pad2(day)}`}${uncertain ? '?' : ''}`;
  return { ok: true, text };
}

/** Does an `a/b/yyyy` token need the file's order (a ≠ b, both 1 to 12)? */
export function isAmbiguous(t: DateToken): boolean {
  return t.kind === 'a-b-year' && t.a !== t.b && t.a >= 1 && t.a <= 12 && t.b >= 1 && t.b <= 12;
}

/** What an `a/b/yyyy` token says about the file's order: `day-first` (a > 12 ≥ b), `month-first` (b > 12 ≥ a), or null. */
function orderEvidence(t: DateToken): 'day-first' | 'month-first' | null {
  if (t.kind !== 'a-b-year') return null;
  if (t.a > 12 && t.b >= 1 && t.b <= 12) return 'day-first';
  if (t.b > 12 && t.a >= 1 && t.a <= 12) return 'month-first';
  return null;
}

/**
 * Reads a token as an EDTF date text. `dayFirst` is the order for `a/b/yyyy`: true (day/month),
 * false (month/day), or null when the file's order is undecided (then an ambiguous token is an
 * error, and an unambiguous one is read the only way it can be).
 * `readDate(tokenizeDate('15/6/1996'), true)` → `{ ok: true, text: '1996-06-15' }`.
 */
export function readDate(t: DateToken, dayFirst: boolean | null): DateReading {
  if (t.kind === 'iso') return build(t.year, t.month, t.day, t.uncertain);
  if (t.kind === 'serial') {
    const d = serialDay(t.serial);
    return build(d.year, d.month, d.day, t.uncertain);
  }
  if (t.kind === 'month-name') return build(t.year, t.month, t.day, t.uncertain);
  if (t.kind === 'month-year') return build(t.year, t.month, null, t.uncertain);
  let first = dayFirst;
  if (first === null) {
    if (isAmbiguous(t)) return { ok: false, reason: 'ambiguous' };
    first = orderEvidence(t) !== 'month-first';
  }
  return first ? build(t.year, t.b, t.a, t.uncertain) : build(t.year, t.a, t.b, t.uncertain);
}

/** How the day-month order of a file was settled. */
export interface DayOrder {
  /** true = day/month/year, false = month/day/year, null = undecided (the file has both). */
  dayFirst: boolean | null;
  /** `user`: given in the options; `file`: decided by a day over 12; `default`: nothing decided it; `conflict`: the file has both. */
  via: 'user' | 'file' | 'default' | 'conflict';
  /** Index (in the list given) of the token that decided it (`file`), or of the first one each way (`conflict`). */
  evidence: number[];
}

/**
 * Settles the day-month order of a file from its `a/b/yyyy` tokens (see the module comment).
 * `userDayFirst` wins when given.
 */
export function settleDayOrder(tokens: readonly DateToken[], userDayFirst?: boolean): DayOrder {
  if (userDayFirst !== undefined) return { dayFirst: userDayFirst, via: 'user', evidence: [] };
  const dayIdx = tokens.findIndex((t) => orderEvidence(t) === 'day-first');
  const monthIdx = tokens.findIndex((t) => orderEvidence(t) === 'month-first');
  if (dayIdx >= 0 && monthIdx >= 0) return { dayFirst: null, via: 'conflict', evidence: [dayIdx, monthIdx] };
  if (dayIdx >= 0) return { dayFirst: true, via: 'file', evidence: [dayIdx] };
  if (monthIdx >= 0) return { dayFirst: false, via: 'file', evidence: [monthIdx] };
  return { dayFirst: true, via: 'default', evidence: [] };
}
