/**
 * Rule "numbers": how many people a phrase names, written in digits (`3`, `01`) or in words
 * (Vietnamese `một` … `mười`, `mười một` … `mười chín`, `hai mươi` …; English `one` … `twenty`).
 * Matches the matching text of `normalize.ts` (lower case). Pure.
 */

const VI_UNITS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, a: 1, an: 1,
};

const VI_UNIT = '(?:một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)';
const VI_UNIT_AFTER = '(?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|bẩy|tám|chín)';

/**
 * A number as a regular-expression source (no capture groups): digits (1–4 of them, `01` too, or
 * with a thousands separator: `1.000`, `3,000`; a larger number is not a count of a committee),
 * Vietnamese words up to `chín mươi chín`, English words up to `twenty`.
 * Vietnamese `năm` (five) is also the word for "year": callers match numbers only before a noun of
 * people (`people.ts`), where it cannot be a year.
 */
export const NUMBER_SOURCE = `(?:\\d[.,]\\d{3}|\\d{1,4}|(?:${VI_UNIT}|mười) mươi(?: ${VI_UNIT_AFTER})?|mười(?: ${VI_UNIT_AFTER})?|${VI_UNIT}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|one|two|three|four|five|six|seven|eight|nine|ten)`;

/**
 * The value of a number matched by `NUMBER_SOURCE`, or null.
 * @example numberValue("01") // 1
 * @example numberValue("1.000") // 1000
 * @example numberValue("ba") // 3
 * @example numberValue("mười một") // 11
 * @example numberValue("hai mươi lăm") // 25
 * @example numberValue("eleven") // 11
 */
export function numberValue(word: string): number | null {
  const w = word.trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (/^\d[.,]\d{3}$/.test(w)) return Number(w.replace(/[.,]/g, ''));
  if (w in EN_WORDS) return EN_WORDS[w]!;
  const parts = w.split(' ');
  if (parts.length === 1) return w === 'mười' ? 10 : (VI_UNITS[w] ?? null);
  if (parts[0] === 'mười') {
    if (parts.length !== 2) return null;
    const u = VI_UNITS[parts[1]!];
    return u === undefined || parts[1] === 'mốt' || parts[1] === 'tư' ? null : 10 + u;
  }
  if (parts[1] !== 'mươi') return null;
  const tens = VI_UNITS[parts[0]!];
  if (tens === undefined || tens < 2) return null;
  if (parts.length === 2) return tens * 10;
  const u = VI_UNITS[parts[2]!];
  return parts.length === 3 && u !== undefined ? tens * 10 + u : null;
}
