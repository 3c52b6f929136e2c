/**
 * Rule "roles": who a phrase names, as the committee knows them. Reads one subject phrase of the
 * matching text (`normalize.ts`), stripped of `đ/c`, `đồng chí` and of the verbs around it. Pure.
 *
 * | phrase | level | post |
 * |---|---|---|
 * | `Bí thư`, `Bí thư Quận ủy` (Huyện, Tỉnh, Thành, Đảng ủy), `Secretary` | Standing Office | `bi-thu` |
 * | `Phó Bí thư Thường trực`, `Standing Deputy Secretary` | Standing Office | `pbt-tt` |
 * | `Phó Bí thư`, `Deputy Secretary` | Standing Office | `pho-bi-thu` |
 * | `UVTV phụ trách tổ chức`, `Ủy viên Thường vụ - Trưởng Ban Dân vận`, `Standing member for …` | Standing Committee | `uvtv-<area>` |
 * | `Ủy viên Thường vụ`, `UVTV` alone | Standing Committee | none |
 * | `ủy viên BCH`, `ủy viên`, `member of the Executive Committee` | Executive Committee | none |
 * | anything else (`Chủ tịch Hội Nông dân`, `Bí thư Quận Đoàn`) | Executive Committee | none; the phrase is the member's role |
 */
import type { BodyKey } from './bodies.ts';

/** What a role phrase says. */
export interface RoleParse {
  level: BodyKey;
  /** A post of the Standing Office or Committee, or null. */
  post: { id: string; kind: 'bi-thu' | 'pbt-tt' | 'pho-bi-thu' | 'uvtv'; area: string | null; areaStart: number; joiner: 'phụ trách' | 'other' } | null;
  /** A role outside the committee's posts ("chủ tịch hội nông dân"), matching text, or null. */
  role: string | null;
}

const LEVEL = '(?: (?:quận|huyện|tỉnh|thành|thị|đảng) ủy)?';

/**
 * Reads one subject phrase; null when it names no one (empty, a body's name alone).
 * @example parseRole("uvtv phụ trách tuyên giáo") // { level: "btv", post: { id: "uvtv-tuyen-giao", area: "tuyên giáo" } }
 * @example parseRole("bí thư quận ủy") // { level: "tt", post: { id: "bi-thu" } }
 * @example parseRole("bí thư quận đoàn") // { level: "bch", post: null, role: "bí thư quận đoàn" }
 * @example parseRole("ủy viên bch") // { level: "bch", post: null, role: null }
 */
export function parseRole(phrase: string): RoleParse | null {
  const p = phrase.trim();
  if (!/\p{L}/u.test(p)) return null;
  if (/^(?:ban chấp hành|bch|ban thường vụ|btv|ban tvqu|thường trực|the executive committee|executive committee|the standing committee|standing committee)$/u.test(p)) return null;
  let m: RegExpExecArray | null;
  if (new RegExp(`^(?:phó bí thư thường trực${LEVEL}|standing deputy secretary)$`, 'u').test(p)) return post('tt', 'pbt-tt', null, 0);
  if (new RegExp(`^(?:phó bí thư${LEVEL}|deputy secretary)$`, 'u').test(p)) return post('tt', 'pho-bi-thu', null, 0);
  if (new RegExp(`^(?:bí thư${LEVEL}|(?:party )?secretary)$`, 'u').test(p)) return post('tt', 'bi-thu', null, 0);
  if ((m = /^(?:ủy viên thường vụ(?: (?:quận|huyện|tỉnh|thành|thị) ủy)?|ủy viên ban thường vụ|uvtv|standing (?:committee )?member)(?: *(phụ trách|kiêm|-|–|,|for|in charge of|responsible for) *(.+))?$/u.exec(p))) {
    if (!m[2]) return { level: 'btv', post: null, role: null };
    const area = m[2].trim();
    const joiner = m[1] === 'phụ trách' || m[1] === 'for' || m[1] === 'in charge of' || m[1] === 'responsible for' ? 'phụ trách' : 'other';
    return { level: 'btv', post: { id: `uvtv-${slug(area)}`, kind: 'uvtv', area, areaStart: m.index + m[0].length - m[2].length, joiner }, role: null };
  }
  if (/^(?:ủy viên(?: ban chấp hành| bch)?|uv bch|(?:a )?member(?: of the executive committee)?|executive committee member)$/u.test(p)) return { level: 'bch', post: null, role: null };
  return { level: 'bch', post: null, role: p };

  function post(level: BodyKey, kind: 'bi-thu' | 'pbt-tt' | 'pho-bi-thu', area: string | null, areaStart: number): RoleParse {
    return { level, post: { id: kind, kind, area, areaStart, joiner: 'other' }, role: null };
  }
}

/**
 * An id part from a phrase: letters without marks (`đ` → `d`), digits, hyphens.
 * @example slug("tuyên giáo") // "tuyen-giao"
 */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'x';
}

/** The level a post kind belongs to: the Secretary and Deputy Secretaries to the Standing Office, the rest to the Standing Committee. */
export function levelRank(level: BodyKey): number {
  return level === 'tt' ? 2 : level === 'btv' ? 1 : 0;
}
