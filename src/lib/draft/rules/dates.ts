/**
 * Rule "dates": when a change happened, as a report writes it. Pure.
 *
 * | written | value | precision shown |
 * |---|---|---|
 * | `ngày 12/3/1997`, `12-3-1997` | `1997-03-12` | day |
 * | `tháng 6/1996`, `tháng 6 năm 1996`, `6/1996`, `June 1996` | `1996-06` | month |
 * | `quý II/1997`, `quý 2 năm 1997`, `Q2 1997` | `1997` (the quarter kept in the label) | quarter |
 * | `đầu năm 2000`, `early 2000` | `2000` (kept in the label) | part of a year |
 * | `cuối năm 1999`, `late 1999` | `1999` (kept in the label) | part of a year |
 * | `năm 1998`, `in 1998`, a bare year | `1998` | year |
 * | `trong nhiệm kỳ`, `song song nhiệm kỳ`, `during the term` | the term (an interval) | term |
 *
 * A written date that names no real day, month or quarter (`31/2/1997`, `tháng 13/1997`, `quý V/1998`)
 * is skipped (`bad-dates.ts`), not read in part.
 *
 * A quarter or a part of a year is not a date of our format (EDTF level 0–1 has no seasons or
 * quarters): the value is the year, and the words (`label`) say which part of it.
 */
import { badDateAt } from './bad-dates.ts';

/** A date found in a text. */
export interface FoundDate {
  /** Our format's date (`1996-06`), or `'term'` for "during the term". */
  value: string;
  /** How it was written, normalised for labels: "6/1996", "quý II/1997", "đầu năm 2000", "1998". */
  label: string;
  precision: 'day' | 'month' | 'quarter' | 'part' | 'year' | 'term';
  start: number;
  end: number;
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const pad = (n: number) => String(n).padStart(2, '0');
const YEAR = '((?:19|20)\\d{2})';

/** The rules, tried in this order at each place; the first that matches wins. */
const RULES: { name: string; re: RegExp; read: (m: RegExpExecArray) => Omit<FoundDate, 'start' | 'end'> | null }[] = [
  {
    name: 'day',
    re: new RegExp(`(?:ngày )?(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}`, 'y'),
    read: (m) => (okMonth(m[2]!) && Number(m[1]) >= 1 && Number(m[1]) <= 31 ? { value: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`, label: `${Number(m[1])}/${Number(m[2])}/${m[3]}`, precision: 'day' } : null),
  },
  {
    name: 'quarter',
    re: new RegExp(`(?:quý (iv|iii|ii|i|[1-4])(?:/| năm | )${YEAR}|q([1-4]),? ${YEAR}|the (first|second|third|fourth) quarter of ${YEAR})`, 'y'),
    read: (m) => {
      const q = m[1] ? ROMAN[m[1]]! : m[3] ? Number(m[3]) : ['first', 'second', 'third', 'fourth'].indexOf(m[5]!) + 1;
      const year = m[2] ?? m[4] ?? m[6]!;
      return { value: year, label: `quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}`, precision: 'quarter' };
    },
  },
  {
    name: 'part-of-year',
    re: new RegExp(`(?:(?:vào |in )?(đầu|giữa|cuối) năm ${YEAR}|(?:in )?(early|mid|late|the end of|the start of|the beginning of)(?: in)?-? ?${YEAR})`, 'y'),
    read: (m) => {
      const word = m[1] ?? m[3]!;
      const part = word === 'đầu' || word === 'early' || word === 'the start of' || word === 'the beginning of' ? 'đầu' : word === 'giữa' || word === 'mid' ? 'giữa' : 'cuối';
      const year = m[2] ?? m[4]!;
      return { value: year, label: `${part} năm ${year}`, precision: 'part' };
    },
  },
  {
    name: 'month',
    re: new RegExp(`(?:(?:vào )?tháng (\\d{1,2})(?:/| năm )${YEAR}|(\\d{1,2})/${YEAR}|(?:in )?(${MONTHS_EN.join('|')}),? ${YEAR})`, 'y'),
    read: (m) => {
      const month = m[1] ?? m[3] ?? String(MONTHS_EN.indexOf(m[5]!) + 1);
      const year = m[2] ?? m[4] ?? m[6]!;
      return okMonth(month) ? { value: `${year}-${pad(Number(month))}`, label: `${Number(month)}/${year}`, precision: 'month' } : null;
    },
  },
  {
    name: 'year',
    re: new RegExp(`(?:năm |in )?${YEAR}(?![\\d/-])`, 'y'),
    read: (m) => ({ value: m[1]!, label: m[1]!, precision: 'year' }),
  },
  {
    name: 'term',
    re: /(?:trong|song song|suốt|during|over|in the course of) (?:cả |the )?(?:nhiệm kỳ|khóa|term)(?! \d| (?:vii|vi|v|iv|ix|viii|x)\b)/uy,
    read: () => ({ value: 'term', label: 'term', precision: 'term' }),
  },
];

function okMonth(m: string): boolean {
  const n = Number(m);
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

/**
 * Every date written in `text` (matching text), left to right, none overlapping.
 * @example findDates("tháng 6/1996, …") // [{ value: "1996-06", label: "6/1996", precision: "month" }]
 * @example findDates("quý ii/1997") // [{ value: "1997", label: "quý II/1997", precision: "quarter" }]
 * @example findDates("cuối năm 1999") // [{ value: "1999", label: "cuối năm 1999", precision: "part" }]
 * @example findDates("song song nhiệm kỳ, …") // [{ value: "term", precision: "term" }]
 */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  let i = 0;
  while (i < text.length) {
    if (i > 0 && /[\p{L}\d]/u.test(text[i - 1]!)) {
      i++;
      continue;
    }
    // A date that names no real day, month or quarter is skipped whole (`bad-dates.ts`).
    const bad = badDateAt(text, i);
    if (bad) {
      i = bad.end;
      continue;
    }
    let found: FoundDate | null = null;
    for (const rule of RULES) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (!m) continue;
      const read = rule.read(m);
      if (!read) continue;
      found = { ...read, start: i, end: i + m[0].length };
      break;
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/** The years of the term a report covers, as written in its title or first lines. */
export interface FoundTerm {
  startYear: string;
  endYear: string;
  start: number;
  end: number;
}

const TERM_YEARS = new RegExp(`${YEAR} ?[-–—] ?${YEAR}`, 'gu');
const ORDINAL = /(?:nhiệm kỳ|khóa|term) (x{0,3}(?:ix|iv|v?i{1,3}|v|x)|\d{1,2})(?![\p{L}\d])/gu;

/**
 * Rule "term": the years of the term (`1996-2000`, `1996 – 2000`): the first span of years in
 * `text` whose end is after its start, by at most 10 years.
 * @example findTerm("bch đảng bộ quận (1996-2000)") // { startYear: "1996", endYear: "2000" }
 */
export function findTerm(text: string): FoundTerm | null {
  for (const m of text.matchAll(TERM_YEARS)) {
    if (Number(m[2]) <= Number(m[1]) || Number(m[2]) - Number(m[1]) > 10) continue;
    return { startYear: m[1]!, endYear: m[2]!, start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

/**
 * Rule "term number": every term number written (`nhiệm kỳ VII`, `khóa 7`, `term VII`), upper case.
 * @example findTermNumbers("bch nhiệm kỳ vii gồm …") // ["VII"]
 */
export function findTermNumbers(text: string): { ordinal: string; start: number; end: number }[] {
  return [...text.matchAll(ORDINAL)].map((m) => ({ ordinal: m[1]!.toUpperCase(), start: m.index!, end: m.index! + m[0].length }));
}
