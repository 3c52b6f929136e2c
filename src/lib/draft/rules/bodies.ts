/**
 * Rule "bodies": the names of the committee's bodies, written out or abbreviated. Pure.
 *
 * - Executive Committee (`bch`): `Ban Chấp hành`, `BCH`, `cấp ủy`; English `Executive Committee`.
 * - Standing Committee (`btv`): `Ban Thường vụ`, `BTV`, `Ban TVQU` / `TVHU` / `TVTU`, `BTVQU`,
 *   `Thường vụ Quận ủy`; English `Standing Committee`.
 * - Standing Office (`tt`): `Thường trực Quận ủy` (Huyện, Tỉnh, Thành, Thị, Đảng ủy), `TTQU`,
 *   `TTHU`, `TTTU`; English `Standing Office`.
 */

/** The three bodies a report of this kind names. */
export type BodyKey = 'bch' | 'btv' | 'tt';

const LEVEL = '(?:quận|huyện|tỉnh|thành|thị|đảng) ủy';

/** A body's name as a regular-expression source (no capture groups), for the matching text. */
export const BODY_SOURCE = [
  'ban chấp hành',
  'bch',
  'cấp ủy',
  'executive committee',
  `ban thường vụ(?: ${LEVEL})?`,
  `thường vụ ${LEVEL}`,
  'btv(?:qu|hu|tu)?',
  'ban tv(?:qu|hu|tu)?',
  'standing committee',
  `thường trực ${LEVEL}`,
  'tt(?:qu|hu|tu)',
  'standing office',
].map((s) => `(?:${s})`).join('|');

const BODY = new RegExp(`(?<![\\p{L}])(?:${BODY_SOURCE})(?![\\p{L}])`, 'gu');

/**
 * Which body a name matched by `BODY_SOURCE` is.
 * @example bodyOf("ban tvqu") // "btv"
 * @example bodyOf("ttqu") // "tt"
 * @example bodyOf("ban chấp hành") // "bch"
 */
export function bodyOf(name: string): BodyKey | null {
  const n = name.trim();
  if (/^(?:ban chấp hành|bch|cấp ủy|executive committee)$/u.test(n)) return 'bch';
  if (/^(?:thường trực|tt|standing office)/u.test(n)) return 'tt';
  if (/^(?:ban thường vụ|thường vụ|btv|ban tv|standing committee)/u.test(n)) return 'btv';
  return null;
}

/** A body named in a text. */
export interface BodyMention {
  body: BodyKey;
  start: number;
  end: number;
}

/**
 * Every body named in `text` (matching text), in order.
 * @example findBodies("hiện bch có 40 người; btv có 12") // bch at 5, btv at 22
 */
export function findBodies(text: string): BodyMention[] {
  const out: BodyMention[] = [];
  for (const m of text.matchAll(BODY)) {
    const body = bodyOf(m[0]);
    if (body) out.push({ body, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
