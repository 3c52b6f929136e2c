/**
 * Partial dates (EDTF level 0 and the `?` of level 1), kept as year/month/day integers.
 * Never converted to a JS `Date`: a year is the same year in every time zone.
 * (Interface fixed here; implementation below.)
 *
 * Format source: the Extended Date/Time Format (EDTF), ISO 8601-2 / Library of Congress
 * specification, levels 0 and 1 (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `?` = uncertain,
 * `A/B` = interval). Calendar arithmetic: the proleptic Gregorian calendar.
 */

export type Precision = 'year' | 'month' | 'day';

/** A parsed partial date. `month`/`day` are 1-based, null when below the precision. */
export interface PartialDate {
  /** The text it was parsed from, normalised: "1996", "1996-06", "1996-06-15", "1999?". */
  text: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
  uncertain: boolean;
}

/** A parsed date or interval ("1996/2000"); for a single date `end` is null. */
export interface DateRange {
  start: PartialDate;
  end: PartialDate | null;
}

// ---------------------------------------------------------------------------------------------
// Implementation (additions to the fixed interfaces above).

/** Why a date string was rejected (stable codes, translated by `src/lib/i18n/problems.ts`). */
export type DateErrorReason =
  | 'empty'
  | 'format'
  | 'month'
  | 'day'
  | 'interval'
  | 'interval-order';

/**
 * Thrown by `parseDate` / `parseDateRange` for text that is not a valid partial date.
 * `text` is the input as given; `reason` a stable code; `message` an English sentence
 * naming what was found and what is expected.
 */
export class DateError extends Error {
  readonly text: string;
  readonly reason: DateErrorReason;
  constructor(text: string, reason: DateErrorReason, message: string) {
    super(message);
    this.name = 'DateError';
    this.text = text;
    this.reason = reason;
  }
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(\?)?$/;

/** Days in `month` (1-12) of `year`, proleptic Gregorian (leap: divisible by 4, not by 100 unless by 400). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses one partial date: `"1996"`, `"1996-06"`, `"1996-06-15"`, each optionally followed by `?`
 * (uncertain). Surrounding white space is ignored. Years are four digits (0000-9999).
 *
 * @returns a `PartialDate` whose `text` is the normalised input (no white space).
 * @throws {DateError} for anything else, e.g. `"abc"` (reason `format`), `"1996-13"` (`month`),
 *   `"1996-02-30"` (`day`), `"1996/2000"` (`interval`: use `parseDateRange`), `""` (`empty`).
 */
export function parseDate(text: string): PartialDate {
  const raw = typeof text === 'string' ? text : String(text);
  const t = raw.trim();
  if (t === '') throw new DateError(raw, 'empty', 'Empty date; expected a date such as "1996", "1996-06" or "1996-06-15".');
  if (t.includes('/')) {
    throw new DateError(raw, 'interval', `Interval "${t}" where a single date is expected ("1996", "1996-06" or "1996-06-15").`);
  }
  const m = DATE_RE.exec(t);
  if (!m) {
    throw new DateError(
      raw,
      'format',
      `Bad date "${t}"; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by "?" (e.g. "1996", "1996-06", "1999?").`,
    );
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  const uncertain = m[4] === '?';
  if (month !== null && (month < 1 || month > 12)) {
    throw new DateError(raw, 'month', `Bad month in "${t}": ${m[2]}; expected 01 to 12.`);
  }
  if (month !== null && day !== null) {
    const max = daysInMonth(year, month);
    if (day < 1 || day > max) {
      throw new DateError(raw, 'day', `Bad day in "${t}": ${m[3]}; ${year}-${pad2(month)} has days 01 to ${pad2(max)}.`);
    }
  }
  const precision: Precision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { text: t, year, month, day, precision, uncertain };
}

/**
 * Parses a single date or an EDTF interval `"A/B"` (e.g. `"1996/2000"` for "during the term").
 * Each side follows `parseDate`. For a single date `end` is null.
 *
 * @throws {DateError} when a side is bad (the side's own reason), when a side is empty or open
 *   (`"1996/"`, `"../2000"`: reason `format`), or when B is definitely before A (`interval-order`).
 */
export function parseDateRange(text: string): DateRange {
  const raw = typeof text === 'string' ? text : String(text);
  const t = raw.trim();
  const parts = t.split('/');
  if (parts.length === 1) return { start: parseDate(t), end: null };
  if (parts.length !== 2 || parts[0]!.trim() === '' || parts[1]!.trim() === '') {
    throw new DateError(raw, 'format', `Bad interval "${t}"; expected two dates joined by "/", e.g. "1996/2000".`);
  }
  const start = parseDate(parts[0]!);
  const end = parseDate(parts[1]!);
  if (isAfter(start, end)) {
    throw new DateError(raw, 'interval-order', `Bad interval "${t}": it ends (${end.text}) before it starts (${start.text}).`);
  }
  return { start, end };
}

/**
 * Ordinal day number of a proleptic Gregorian date, counted arithmetically (days since
 * 1970-01-01, which is 0). `month` and `day` are 1-based and assumed valid.
 * Source: H. Hinnant, "chrono-compatible low-level date algorithms", `days_from_civil`.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** First day the partial date can mean, as a `dayNumber` (`"1996"` → 1996-01-01, `"1996-06"` → 1996-06-01). */
export function lowerBound(d: PartialDate): number {
  return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
}

/** Last day the partial date can mean, as a `dayNumber` (`"1996"` → 1996-12-31, `"1996-02"` → 1996-02-29). */
export function upperBound(d: PartialDate): number {
  const month = d.month ?? 12;
  return dayNumber(d.year, month, d.day ?? daysInMonth(d.year, month));
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Total order for sorting: by lower bound (year, then month with null = start of year, then day
 * with null = start of month); on a tie the coarser precision first (`"1996"` < `"1996-01"` <
 * `"1996-01-01"`); then certain before uncertain. Returns negative, 0 or positive.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const d = lowerBound(a) - lowerBound(b);
  if (d !== 0) return d;
  const p = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (p !== 0) return p;
  return Number(a.uncertain) - Number(b.uncertain);
}

/** True when `a` is definitely after `b`: `a`'s first possible day is after `b`'s last one. */
export function isAfter(a: PartialDate, b: PartialDate): boolean {
  return lowerBound(a) > upperBound(b);
}

/** True when the two dates may mean the same day (their day ranges overlap): neither is definitely after the other. */
export function mayCoincide(a: PartialDate, b: PartialDate): boolean {
  return !isAfter(a, b) && !isAfter(b, a);
}

/** True when `a` and `b` have the same year, month, day and precision (uncertainty ignored). */
export function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.precision === b.precision;
}

/**
 * Display form of a date. Vietnamese writes day/month/year with no leading zeros: `"1996"`,
 * `"6/1996"`, `"15/6/1996"`. English spells the month out, as an English reader writes a date
 * (and because the order of "1/7/2015" is ambiguous there): `"1996"`, `"June 1996"`,
 * `"15 June 1996"`. An uncertain date adds `"?"` (`"1999?"`, `"6/1996?"`, `"June 1996?"`).
 */
export function formatDate(d: PartialDate, lang: string = 'vi'): string {
  const q = d.uncertain ? '?' : '';
  if (d.month === null) return `${d.year}${q}`;
  if (lang === 'en') {
    const month = MONTHS_EN[d.month - 1] ?? String(d.month);
    return d.day === null ? `${month} ${d.year}${q}` : `${d.day} ${month} ${d.year}${q}`;
  }
  if (d.day === null) return `${d.month}/${d.year}${q}`;
  return `${d.day}/${d.month}/${d.year}${q}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Display form of a range: `"1996–2000"` (en dash) for an interval, `formatDate` for a single date. */
export function formatDateRange(r: DateRange, lang: string = 'vi'): string {
  return r.end === null ? formatDate(r.start, lang) : `${formatDate(r.start, lang)}–${formatDate(r.end, lang)}`;
}

/** `parseDate` that returns null instead of throwing (for tolerant callers; validation reports the error). */
export function tryParseDate(text: string | null | undefined): PartialDate | null {
  if (text === null || text === undefined) return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}
