/**
 * Rule "bad dates": a date written in a form the rule "dates" reads but that names no real day,
 * month or quarter (`31/2/1997`, `ngày 0/0/1998`, `tháng 13/1997`, `quý V/1998`), in the matching
 * text. `findDates` skips it whole, so that no part of it is read as another date (the month of
 * `31/2/1997`, the year of `0/0/1998`); the draft says it as a finding at its paragraph. Pure.
 */

/** A written date that names no real day, month or quarter, with its offsets. */
export interface BadDate {
  start: number;
  end: number;
}

const YEAR = '((?:19|20)\\d{2})';
const DAY = new RegExp(`(?:ngày )?(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}(?!\\d)`, 'y');
const MONTH = new RegExp(`(?:(?:vào )?tháng (\\d{1,2})(?:/| năm )|(\\d{1,2})/)${YEAR}(?!\\d)`, 'y');
const QUARTER = new RegExp(`quý ([\\p{L}\\d]+)(?:/| năm | )${YEAR}(?!\\d)`, 'uy');
const QUARTERS = new Set(['i', 'ii', 'iii', 'iv', '1', '2', '3', '4']);

/** Days in `month` (1–12) of `year`, Gregorian. */
function daysIn(month: number, year: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The bad date that starts at offset `i` of `text` (matching text), or null.
 * A bare `13/1997` after `số` (a document's number, "Quyết định số 13/1997") is not a date.
 * @example badDateAt("ngày 31/2/1997, …", 0) // { start: 0, end: 14 }
 * @example badDateAt("tháng 13/1997", 0) // { start: 0, end: 13 }
 * @example badDateAt("quý v/1998", 0) // { start: 0, end: 10 }
 * @example badDateAt("ngày 28/2/1997", 0) // null
 */
export function badDateAt(text: string, i: number): BadDate | null {
  DAY.lastIndex = i;
  const d = DAY.exec(text);
  if (d) {
    const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
    return real ? null : { start: i, end: i + d[0].length };
  }
  MONTH.lastIndex = i;
  const m = MONTH.exec(text);
  if (m) {
    const month = Number(m[1] ?? m[2]);
    if (m[2] !== undefined && /số $/u.test(text.slice(Math.max(0, i - 3), i))) return null;
    return month >= 1 && month <= 12 ? null : { start: i, end: i + m[0].length };
  }
  QUARTER.lastIndex = i;
  const q = QUARTER.exec(text);
  if (q && !QUARTERS.has(q[1]!)) return { start: i, end: i + q[0].length };
  return null;
}

/**
 * Every bad date of `text` (matching text), left to right.
 * @example findBadDates("ngày 31/2/1997, 01 ủy viên nghỉ hưu; tháng 6/1997 …") // [{ start: 0, end: 14 }]
 */
export function findBadDates(text: string): BadDate[] {
  const out: BadDate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\d]/u.test(text[i - 1]!)) continue;
    const b = badDateAt(text, i);
    if (b) {
      out.push(b);
      i = b.end - 1;
    }
  }
  return out;
}
