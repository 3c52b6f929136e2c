/**
 * Rule "a count with its causes": a sentence that states a body's size and also says why it changed
 * (`đến nay BCH còn 26 đồng chí (do nghỉ hưu 3)`, `the Executive Committee now has 24 members, after
 * two members were transferred`). The count is a claim; each cause is a change told in passing, with
 * the number of people when the sentence gives one. Whether that change is drafted (it is only when
 * no other sentence tells it) is decided by `extract.ts`. Pure; works on the matching text
 * (`normalize.ts`).
 *
 * | sentence | count | change told |
 * |---|---|---|
 * | `đến nay bch còn 26 đồng chí (do nghỉ hưu 3)` | bch 26 | retirement, 3, bch |
 * | `bch còn 28 ủy viên do 3 đồng chí chuyển công tác` | bch 28 | transfer, 3, bch |
 * | `the executive committee now has 24 members, after two members were transferred` | bch 24 | transfer, 2, bch |
 * | `the executive committee now has 22 members after some retired` | bch 22 | retirement, number not given |
 * | `…, nay ban chấp hành có 31 đồng chí, ban thường vụ 9 đồng chí` | bch 31, btv 9 (a size after a size needs no verb) | |
 * | `ban chấp hành có 3 đồng chí nghỉ hưu` | none: the number is the change's subject, not a size | (read as a change) |
 */
import { BODY_SOURCE, bodyOf, type BodyKey } from './bodies.ts';
import { NUMBER_SOURCE, numberValue } from './numbers.ts';
import { PEOPLE_NOUN_SOURCE, findPeopleCounts } from './people.ts';
import type { FoundCause } from './causes.ts';

/** A stated size in a sentence that also tells causes. Offsets in the matching text, `end` exclusive. */
export interface CountInSentence {
  body: BodyKey;
  n: number;
  start: number;
  end: number;
}

/** A change told in passing by a count sentence: its cause, how many people (null: not said) and of which body. */
export interface ChangeInCount {
  cause: FoundCause;
  n: number | null;
  level: BodyKey;
  /** Where the people are said (the number), or the cause itself when no number is given. */
  start: number;
  end: number;
}

const VERB = '(?:có|còn|còn lại|gồm|has|had|have|now has|now had|numbers|numbered|stands at|stood at|is down to|was down to|went down to|fell to)';
/** A body, up to three words, a verb of size, a number, optionally a noun of people. */
const STATED = new RegExp(`(?<![\\p{L}])(${BODY_SOURCE})(?: [\\p{L}\\d]+){0,3}? ${VERB}(?: (?:là|only|just|chỉ))? (${NUMBER_SOURCE})(?: ${PEOPLE_NOUN_SOURCE})?(?![\\p{L}\\d])`, 'gud');
/** A body and a number, with or without a verb (`ban thường vụ 9 đồng chí`), read after a first size. */
const LISTED = new RegExp(`(?<![\\p{L}])(${BODY_SOURCE})(?: ${VERB})?(?: (?:là|only|just|chỉ))? (${NUMBER_SOURCE})(?: ${PEOPLE_NOUN_SOURCE})?(?![\\p{L}\\d])`, 'gud');
/** Words between people and their cause (`3 đồng chí đã nghỉ hưu`, `two members were transferred`). */
const LINK = /^(?: (?:đã|bị|được|đều|cùng|were|was|had|have|been|also|all))* ?$/u;
const NUMBER_AFTER = new RegExp(`^ *(${NUMBER_SOURCE})(?! *\\d)(?: ${PEOPLE_NOUN_SOURCE}(?: (?:of |on |in )?(?:the )?(${BODY_SOURCE}))?)?(?![\\p{L}\\d])`, 'u');
const BARE_BEFORE = new RegExp(`(?<![\\p{L}\\d/])(${NUMBER_SOURCE})((?: (?:đã|bị|được|đều|were|was|had|have|been))+) ?$`, 'u');

/**
 * The sizes a sentence `s` states, and the changes it tells in passing, when it states a size with
 * a verb (`còn`, `có`, `gồm`, `has`…) and holds causes; null when it states no size that way (then
 * the sentence is a change sentence, read by `extract.ts`).
 * @param causes the causes found in `s` (`findCauses`)
 * @param inDate whether an offset of `s` lies in a date (a year is not a number of people)
 * @example readCountWithCauses("đến nay bch còn 26 đồng chí (do nghỉ hưu 3)", causes, () => false)
 *   // { counts: [{ body: "bch", n: 26 }], changes: [{ cause: retirement, n: 3, level: "bch" }] }
 */
export function readCountWithCauses(s: string, causes: readonly FoundCause[], inDate: (i: number) => boolean): { counts: CountInSentence[]; changes: ChangeInCount[] } | null {
  const counts: CountInSentence[] = [];
  for (const m of s.matchAll(STATED)) {
    const numStart = m.indices![2]![0];
    if (inDate(numStart)) continue;
    // `bch có 3 đồng chí nghỉ hưu`: the number is who left, not the size.
    const next = causes.find((c) => c.start >= m.index! + m[0].length);
    if (next && LINK.test(s.slice(m.index! + m[0].length, next.start))) continue;
    const body = bodyOf(m[1]!);
    const n = numberValue(m[2]!);
    if (!body || n === null) continue;
    counts.push({ body, n, start: m.index!, end: m.index! + m[0].length });
  }
  if (!counts.length) return null;
  // After a size with its verb, more sizes may follow without one (`…, Ban Thường vụ 9 đồng chí`).
  const after = counts[0]!.end;
  for (const m of s.slice(after).matchAll(LISTED)) {
    const start = after + m.index!;
    if (counts.some((c) => start < c.end && start + m[0].length > c.start) || inDate(after + m.indices![2]![0])) continue;
    const next = causes.find((c) => c.start >= start + m[0].length);
    if (next && LINK.test(s.slice(start + m[0].length, next.start))) continue;
    const body = bodyOf(m[1]!);
    const n = numberValue(m[2]!);
    if (body && n !== null) counts.push({ body, n, start, end: start + m[0].length });
  }
  counts.sort((a, b) => a.start - b.start);
  const inCount = (i: number) => counts.some((c) => i >= c.start && i < c.end);
  const changes: ChangeInCount[] = [];
  for (const c of causes) {
    if (inCount(c.start)) continue;
    const bodyBefore = [...counts].reverse().find((x) => x.end <= c.start)?.body ?? counts[0]!.body;
    const afterAt = c.destination?.end ?? c.end;
    const after = NUMBER_AFTER.exec(s.slice(afterAt));
    if (after && !inDate(afterAt + after[0].indexOf(after[1]!))) {
      const at = afterAt + after[0].indexOf(after[1]!);
      changes.push({ cause: c, n: numberValue(after[1]!), level: after[2] ? (bodyOf(after[2]) ?? bodyBefore) : bodyBefore, start: at, end: afterAt + after[0].length });
      continue;
    }
    const pc = findPeopleCounts(s.slice(0, c.start)).filter((x) => !inCount(x.start) && !inDate(x.start) && LINK.test(s.slice(x.end, c.start))).pop();
    if (pc) {
      changes.push({ cause: c, n: pc.n, level: pc.body ?? bodyBefore, start: pc.start, end: pc.end });
      continue;
    }
    const bare = BARE_BEFORE.exec(s.slice(0, c.start));
    if (bare && !inDate(bare.index) && !inCount(bare.index)) {
      changes.push({ cause: c, n: numberValue(bare[1]!), level: bodyBefore, start: bare.index, end: bare.index + bare[1]!.length });
      continue;
    }
    changes.push({ cause: c, n: null, level: bodyBefore, start: c.start, end: c.destination?.end ?? c.end });
  }
  return { counts, changes };
}
