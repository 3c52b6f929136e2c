/**
 * Rule "subsets": a part of a counted group that also sat on a higher body, told after the group
 * (`3 ủy viên BCH (trong đó có 01 ủy viên Ban Thường vụ) nghỉ hưu`: of the three, one was also on
 * the Standing Committee). It names no one new: N of the group's people also leave (or join) the
 * body it names. Matching text (`normalize.ts`). Pure.
 *
 * | written | reads |
 * |---|---|
 * | `trong đó có 01 ủy viên Ban Thường vụ`, `trong đó 01 UVTV`, `gồm 01 ủy viên BTV và 2 ủy viên BCH` | 1 of them on the Standing Committee (and 2 on the Executive Committee only) |
 * | `trong đó có đồng chí Phó Bí thư` | 1 of them the Deputy Secretary |
 * | `including one member of the Standing Committee`, `including the Deputy Secretary` | 1 of them on the Standing Committee; the Deputy Secretary |
 * | `one of them a Standing Committee member`, `two of them members of the Standing Committee` | 1 (2) of them on the Standing Committee |
 *
 * Each part must name a body or a post of the committee; a part that names anything else (a name,
 * a role outside the committee) makes the phrase no subset (null), so it is read as before.
 */
import { BODY_SOURCE, bodyOf, type BodyKey } from './bodies.ts';
import { NUMBER_SOURCE, numberValue } from './numbers.ts';
import { parseRole, type RoleParse } from './roles.ts';

/** The words that open a subset (`trong đó có`, `gồm`, `including`…), as a regular-expression source. */
export const SUBSET_MARK_SOURCE = '(?:trong đó(?: có)?|trong số đó(?: có)?|bao gồm|gồm(?: có)?|including|among them|of whom)';

/** One part of a subset: how many, the body (or post) they were on, and where (offsets in the text given). */
export interface SubsetPart {
  n: number;
  /** The highest body the part names. */
  level: BodyKey;
  /** The post when the part names one (`Phó Bí thư`), else a plain member of `level`. */
  role: RoleParse;
  start: number;
  end: number;
}

const MARK = new RegExp(`^${SUBSET_MARK_SOURCE} `, 'u');
/** `one of them (is|was) a …`, `two of them …`, `01 trong số đó là …`: the number leads. */
const OF_THEM = new RegExp(`^(${NUMBER_SOURCE}) (?:of them|trong số đó|trong đó)(?:,)? (?:(?:was|were|is|are|là) )?`, 'u');
const PART_NUMBER = new RegExp(`^(${NUMBER_SOURCE}) `, 'u');
const NOUN = /^(?:(?:đồng chí|đ\/c|comrades?|người|the|a|an) )/u;
const MEMBER_OF = new RegExp(`^(?:ủy viên|uv|thành viên|members?)(?: (?:of|on|in))?(?: the)? (${BODY_SOURCE})$`, 'u');
const BODY_MEMBER = new RegExp(`^(${BODY_SOURCE}) members?$`, 'u');

/**
 * Reads a subset phrase (matching text, starting at its first word: the mark, or the number of
 * `N of them`); null when `text` is not one.
 * @example readSubset("trong đó có 01 ủy viên ban thường vụ") // [{ n: 1, level: "btv", start: 12, end: 36 }]
 * @example readSubset("gồm 01 uvtv và 2 ủy viên bch") // [{ n: 1, level: "btv" }, { n: 2, level: "bch" }]
 * @example readSubset("one of them a standing committee member") // [{ n: 1, level: "btv" }]
 * @example readSubset("including the deputy secretary") // [{ n: 1, level: "tt", role.post.id: "pho-bi-thu" }]
 * @example readSubset("trong đó có đồng chí nguyễn văn a") // null (a name is no subset)
 */
export function readSubset(text: string): SubsetPart[] | null {
  const t = text.replace(/[\s,.;:]+$/u, '');
  let at = 0;
  let lead: number | null = null;
  const mark = MARK.exec(t);
  const ofThem = mark ? null : OF_THEM.exec(t);
  if (mark) at = mark[0].length;
  else if (ofThem) {
    lead = numberValue(ofThem[1]!);
    at = ofThem[0].length;
  } else return null;
  const parts: SubsetPart[] = [];
  // Parts are cut at commas, `và`, `and`.
  const re = /,? (?:và|and) |, /gu;
  re.lastIndex = at;
  const cuts: [number, number][] = [];
  let from = at;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    cuts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  cuts.push([from, t.length]);
  if (lead !== null && cuts.length > 1) return null;
  for (const [a, b] of cuts) {
    const part = readPart(t.slice(a, b), lead);
    if (!part) return null;
    parts.push({ ...part, start: a + part.start, end: a + part.end });
  }
  return parts.length ? parts : null;
}

/** One part: `[N] [đồng chí|the|a] <body or post>`. */
function readPart(text: string, lead: number | null): SubsetPart | null {
  let at = 0;
  let n = lead ?? 1;
  const num = lead === null ? PART_NUMBER.exec(text) : null;
  if (num) {
    const v = numberValue(num[1]!);
    if (v === null || v < 1) return null;
    n = v;
    at = num[0].length;
  }
  const noun = NOUN.exec(text.slice(at));
  if (noun) at += noun[0].length;
  const phrase = text.slice(at).trim();
  const singular = phrase.replace(/secretaries$/u, 'secretary').replace(/members$/u, 'member');
  const body = MEMBER_OF.exec(singular) ?? BODY_MEMBER.exec(singular);
  let role: RoleParse | null = null;
  if (body) {
    const level = bodyOf(body[1]!);
    if (level) role = { level, post: null, role: null };
  } else {
    const parsed = parseRole(singular);
    // A name or a role outside the committee is not a part of a counted group.
    if (parsed && !parsed.role) role = parsed;
  }
  if (!role || !phrase) return null;
  return { n, level: role.level, role, start: 0, end: text.length };
}

/**
 * The level of each of a group's `n` people, given its subset parts: the first people take the
 * parts' levels in order, the rest keep `groupLevel`; a part never lowers a level. Also says
 * whether the parts name more people than the group has.
 * @example levelsOf(3, "bch", [{ n: 1, level: "btv" }]) // { levels: ["btv", "bch", "bch"], tooMany: false }
 */
export function levelsOf(n: number, groupLevel: BodyKey, parts: readonly Pick<SubsetPart, 'n' | 'level' | 'role'>[]): { levels: { level: BodyKey; role: RoleParse | null }[]; tooMany: boolean } {
  const rank = (l: BodyKey) => (l === 'tt' ? 2 : l === 'btv' ? 1 : 0);
  const levels: { level: BodyKey; role: RoleParse | null }[] = [];
  for (const p of parts) for (let i = 0; i < p.n && levels.length < n; i++) levels.push({ level: rank(p.level) > rank(groupLevel) ? p.level : groupLevel, role: p.role.post ? p.role : null });
  const total = parts.reduce((a, p) => a + p.n, 0);
  while (levels.length < n) levels.push({ level: groupLevel, role: null });
  return { levels, tooMany: total > n };
}

const AFTER_COMMA = new RegExp(`, (?=${SUBSET_MARK_SOURCE} |${NUMBER_SOURCE} (?:of them|trong số đó) )`, 'gu');
/** Verbs a subject phrase may end with before its cause (`… đã nghỉ hưu`, `… were transferred`). */
const TRAILING_VERBS = /(?: (?:bị|được|đã|đều|cũng|were|was|have been|has been|had been|also|both))+ *$/u;

/**
 * The subset phrases of `text[from, to)` (matching text) that follow a comma outside brackets
 * (`3 ủy viên BCH, trong đó có 01 ủy viên BTV, nghỉ hưu`; `three members …, including one member
 * of the Standing Committee, retired`): each runs to the next comma or semicolon outside brackets,
 * or to `to`; offsets in `text`, the parts' too. Phrases that are no subset are left out.
 * @example findSubsetPhrases("3 ủy viên bch, gồm 01 uvtv và 2 ủy viên bch, nghỉ hưu", 0, 43) // [{ start: 15, end: 41, parts: [1 btv, 2 bch] }]
 */
export function findSubsetPhrases(text: string, from: number, to: number): { start: number; end: number; parts: SubsetPart[] }[] {
  const out: { start: number; end: number; parts: SubsetPart[] }[] = [];
  AFTER_COMMA.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = AFTER_COMMA.exec(text)) && m.index < to) {
    const depth = [...text.slice(0, m.index)].reduce((d, c) => (c === '(' ? d + 1 : c === ')' ? Math.max(0, d - 1) : d), 0);
    if (depth > 0) continue;
    const start = m.index + 2;
    // To the next comma; on over further commas while the list still reads (`gồm Bí thư, Phó Bí thư và …`).
    let found: { end: number; phrase: string; parts: SubsetPart[] } | null = null;
    for (let end = nextStop(text, start, to); ; end = nextStop(text, end + 1, to)) {
      const phrase = text.slice(start, end).replace(TRAILING_VERBS, '').replace(/[\s,;]+$/u, '');
      const parts = readSubset(phrase);
      if (!parts || (found && parts.length <= found.parts.length)) break;
      found = { end, phrase, parts };
      if (end >= to || text[end] === ';') break;
    }
    if (!found) continue;
    const len = found.phrase.replace(/\s+$/u, '').length;
    out.push({ start, end: start + len, parts: found.parts.map((p) => ({ ...p, start: start + p.start, end: start + p.end })) });
    AFTER_COMMA.lastIndex = found.end;
  }
  return out;
}

/** The next comma or semicolon outside brackets at or after `from`, else `to`. */
function nextStop(text: string, from: number, to: number): number {
  let d = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '(') d++;
    else if (c === ')') d = Math.max(0, d - 1);
    else if (d === 0 && (c === ',' || c === ';')) return k;
  }
  return to;
}
