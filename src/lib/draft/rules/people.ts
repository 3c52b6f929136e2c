/**
 * Rule "people": a number of people (`3 ủy viên BCH`, `hai đồng chí`, `01 ủy viên Thường vụ`,
 * `three members of the Executive Committee`), the noun of people it counts and the body it names
 * right after. Pure.
 */
import { NUMBER_SOURCE, numberValue } from './numbers.ts';
import { BODY_SOURCE, bodyOf, type BodyKey } from './bodies.ts';

/** Nouns that count people in a report: ủy viên (uv), đồng chí (đ/c), thành viên, người; members, comrades, people. */
export const PEOPLE_NOUN_SOURCE = '(?:ủy viên|uv|đồng chí|đ\\/c|thành viên|người|members?|comrades?|people|persons)';

/** A counted group of people as found. */
export interface PeopleCount {
  n: number;
  /** The body named right after the noun (`ủy viên BCH` → bch, `ủy viên thường vụ` → btv), or null. */
  body: BodyKey | null;
  /** Offsets in the matched text, `end` exclusive. */
  start: number;
  end: number;
  /** Where the number itself ends (the noun follows). */
  numberEnd: number;
}

const PEOPLE = new RegExp(
  `(?<![\\p{L}\\d/])(${NUMBER_SOURCE}) (${PEOPLE_NOUN_SOURCE})(?:(?: of| on| in| to)?(?: the)? (${BODY_SOURCE}))?(?![\\p{L}])`,
  'gu',
);

/** A year written before a noun of people (`năm 2001 ủy viên …`, `in 2001 members …`): not a count. */
function isYearBeforeNoun(number: string, before: string): boolean {
  return /^(?:19|20)\d\d$/.test(number) && /(?:năm|tháng \d{1,2}|khóa|kỳ|in|year|since|by|-)[ ,]*$/u.test(before);
}

/**
 * Every counted group of people in `text` (matching text).
 * @example findPeopleCounts("và 4 ủy viên bch nghỉ hưu") // [{ n: 4, body: "bch", start: 3, end: 16 }]
 * @example findPeopleCounts("hai đồng chí nghỉ hưu") // [{ n: 2, body: null, … }]
 * @example findPeopleCounts("two members of the executive committee retired") // [{ n: 2, body: "bch", … }]
 */
export function findPeopleCounts(text: string): PeopleCount[] {
  const out: PeopleCount[] = [];
  for (const m of text.matchAll(PEOPLE)) {
    const n = numberValue(m[1]!);
    if (n === null || isYearBeforeNoun(m[1]!, text.slice(0, m.index!))) continue;
    let body = m[3] ? bodyOf(m[3]) : null;
    // "ủy viên thường vụ" / "uvtv": the noun and the body in one word.
    if (!body && /^(?:ủy viên|uv)$/.test(m[2]!) && /^ ?(?:thường vụ|tv)(?!\p{L})/u.test(text.slice(m.index! + m[0].length))) body = 'btv';
    out.push({ n, body, start: m.index!, end: m.index! + m[0].length, numberEnd: m.index! + m[1]!.length });
  }
  return out;
}
