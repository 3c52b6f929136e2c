/**
 * Reading a report's facts (`facts.ts`) with the rules of `rules/`: paragraph by paragraph, sentence
 * by sentence, on the matching text (`normalize.ts`), every place mapped back to the original. Pure.
 *
 * A sentence with a cause (`rules/causes.ts`) is a change: for a departure the people are named
 * before the cause (`X và 3 ủy viên BCH chuyển công tác`), for a by-election or an appointment
 * after it (`BCH bầu bổ sung Bí thư, …`), else before it (`đ/c X được bầu bổ sung`). A list in
 * parentheses gives the roles of a counted group (`3 ủy viên BCH (đ/c A, đ/c B, đ/c C)`) or the
 * posts of one named person. The date is the last one written before the cause in the sentence,
 * else the sentence's first, else the last date of the paragraph so far. A sentence with a
 * reprimand or warning and no cause is discipline. A sentence with numbers of people and no cause
 * states counts. Any other sentence that speaks of people is "not understood".
 *
 * A part of a group told after it (`(trong đó có 01 ủy viên Ban Thường vụ)`, `rules/subsets.ts`)
 * names no one new; a post told after a person (`… và bầu giữ chức …`, or the next sentence
 * `đồng chí được phân công giữ chức …`, `rules/post-clause.ts`) is that person's; the Standing
 * Office's make-up in a sentence of sizes (`rules/office.ts`) is its size. A sentence read only in
 * part (a number no count used, a cause that names no one) is listed as not understood too.
 */
import type { Facts, FactDate, SourceSpan, SubjectFact, ChangeFact, CountFact } from './facts.ts';
import { splitParagraphs, type Paragraph } from './paragraphs.ts';
import { cleanLabel, normalizeForMatch, originalSpan, type Normalized } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import { findDates, findTerm, findTermNumbers, type FoundDate } from './rules/dates.ts';
import { findCauses, findDiscipline } from './rules/causes.ts';
import { notAChange, undoes } from './rules/mood.ts';
import { findPeopleCounts, PEOPLE_NOUN_SOURCE } from './rules/people.ts';
import { findBodies, bodyOf, BODY_SOURCE, type BodyKey } from './rules/bodies.ts';
import { parseRole, levelRank } from './rules/roles.ts';
import { NUMBER_SOURCE, numberValue } from './rules/numbers.ts';
import { readCountWithCauses } from './rules/count-causes.ts';
import { findSubsetPhrases, readSubset } from './rules/subsets.ts';
import { findAssignment, findPostClause, type PostClause } from './rules/post-clause.ts';
import { findOfficeComposition } from './rules/office.ts';
import { countsLeftOver } from './rules/counts-used.ts';

/** Words that say the count is the one at the report's date. */
const REPORT_MARK = /(?<![\p{L}])(?:đến nay|(?:đến )?cuối nhiệm kỳ|at the end of the term|hiện nay|hiện còn|tính đến nay|đến thời điểm này|hiện tại|to date|at present|currently|now|today|at the time of writing)(?![\p{L}])/u;
/** A sentence about people: đ/c, đồng chí, ủy viên, a number of people, a cause word. */
const ABOUT_PEOPLE = new RegExp(`(?<![\\p{L}])(?:đ\\/c|đồng chí|ủy viên|uvtv|comrade|members?)(?![\\p{L}])|(?<![\\p{L}\\d])${NUMBER_SOURCE} ${PEOPLE_NOUN_SOURCE}`, 'u');
const LEAD = /^(?:(?:và|and|in|on|at|by|during|vào|trong|the|có|đ\/c|đồng chí|comrade|ông|bà|các|những|thì|cùng|gồm|là|also|both|while|then|a|an|also)\s+|[,:;\-–]\s*)+/u;
const TAIL = /(?:\s+(?:bị|được|đã|đều|cũng|đồng thời|were|was|has been|have been|had been|is|are|also|both|then|khỏi|from)|\s*[,:;\-–.!?])+$/u;

/** An English unit named before its kind (`the Hill County Party organisation`): one to three words that are not `of`, `the`… */
const EN_UNIT = /(?<![\p{L}])((?:(?!(?:of|the|a|an|for|in|and|to|by|on)(?![\p{L}]))[\p{L}\d]+ ){1,3}(?:district|county|province|city|town)) party/u;
/** Areas of work that hold `and` / `và` (`propaganda and education`): a list is not cut there. */
const AREA_AND = /^ (?:and|và) (?:education|training|society|xã hội)(?![\p{L}])/u;
/** A phrase of auxiliary verbs only, which names no one. */
const AUX_ONLY = /^\s*(?:(?:bị|được|đã|đều|cũng|were|was|has been|have been|had been|also|both|then)\s*)+$/u;

/** Context of one paragraph while it is read. */
interface Para {
  p: Paragraph;
  norm: Normalized;
}

/**
 * Reads every fact of `text` (a report, any language the rules know).
 * Never throws for any string.
 */
export function extractFacts(text: string): Facts {
  const paragraphs = splitParagraphs(text);
  const facts: Facts = { term: null, termNumbers: [], unit: null, title: { text: '', paragraph: 0 }, counts: [], changes: [], discipline: [], latestDate: null, standingOfficeParagraphs: [], notUnderstood: [], countChanges: [] };
  /** Changes told in passing by a count sentence, as indexes in `facts.changes` (see `toldElsewhere` below). */
  const inCounts: { index: number; told: (typeof facts.countChanges)[number] }[] = [];
  const seen: { lb: number; value: string; span: SourceSpan }[] = [];
  for (const p of paragraphs) {
    const para: Para = { p, norm: normalizeForMatch(p.text) };
    const span = (s: number, e: number): SourceSpan => {
      const o = originalSpan(para.norm, s, e);
      return { paragraph: p.n, start: p.start + o.start, end: p.start + o.end };
    };
    const orig = (s: number, e: number): string => {
      const o = originalSpan(para.norm, s, e);
      return cleanLabel(p.text.slice(o.start, o.end));
    };
    const t = para.norm.text;
    if (!facts.title.paragraph && /(?:báo cáo|report)/u.test(t)) facts.title = { text: cleanLabel(p.text), paragraph: p.n };
    if (!facts.term) {
      const term = findTerm(t);
      if (term) facts.term = { startYear: term.startYear, endYear: term.endYear, span: span(term.start, term.end) };
    }
    if (findBodies(t).some((b) => b.body === 'tt')) facts.standingOfficeParagraphs.push(p.n);
    for (const o of findTermNumbers(t)) facts.termNumbers.push({ ordinal: o.ordinal, span: span(o.start, o.end) });
    if (!facts.unit) {
      const u = /đảng bộ ((?:quận|huyện|tỉnh|thành phố|thị xã|phường|xã) [\p{L}\d]+(?: [\p{L}\d]+){0,3}?)(?= nhiệm kỳ| khóa| gồm| có|[,.;()]| \(|$| trong| đã| là)/u.exec(t) ?? /((?:district|province|county|city) [\p{L}\d]+) party/u.exec(t) ?? EN_UNIT.exec(t);
      if (u) facts.unit = { text: orig(u.index + u[0].indexOf(u[1]!), u.index + u[0].indexOf(u[1]!) + u[1]!.length), span: span(u.index, u.index + u[0].length) };
    }
    let carried: FactDate | null = null;
    for (const sr of splitSentences(t)) {
      const s = t.slice(sr.start, sr.end);
      const at = (i: number) => sr.start + i;
      const sentence = span(sr.start, sr.end);
      const dates = findDates(s).filter((d) => d.precision !== 'year' || !/^\d/.test(s.slice(d.start)) || isYearAlone(s, d));
      for (const d of dates) if (d.value !== 'term') seen.push({ lb: lowerOf(d.value), value: d.value, span: span(at(d.start), at(d.end)) });
      const toDate = (d: FoundDate): FactDate => ({ value: d.value, label: d.label, precision: d.precision, span: span(at(d.start), at(d.end)) });
      // A cause that did not happen (negated, proposed, future: `rules/mood.ts`, written before it)
      // is no change, and a count that is proposed or to come is no count: the sentence is listed
      // as not understood with the reason.
      const mood = notAChange(s);
      const allCauses = findCauses(s);
      const allDiscipline = findDiscipline(s);
      const causes = allCauses.filter((c) => !undoes(mood, c.start));
      const discipline = allDiscipline.filter((d) => !undoes(mood, d.start));
      const undone = causes.length < allCauses.length || discipline.length < allDiscipline.length;
      const futureCount = mood !== null && mood.reason !== 'negated' && !allCauses.length && !allDiscipline.length && readCounts(s, dates).length > 0;
      if (mood && (undone || futureCount)) {
        const o = originalSpan(para.norm, sr.start, sr.end);
        facts.notUnderstood.push({ paragraph: p.n, start: p.start + o.start, end: p.start + o.end, sentence: p.text.slice(o.start, o.end), reason: mood.reason });
        if (!causes.length && !discipline.length) {
          if (dates.length) carried = toDate(dates[dates.length - 1]!);
          continue;
        }
      }
      const listed = mood !== null && (undone || futureCount);
      // A size stated with a verb (`đến nay BCH còn 26 đồng chí (do nghỉ hưu 3)`): the count is a
      // claim; a change it tells in passing is a change only when no other sentence tells it.
      const inDate = (i: number) => dates.some((d) => i >= d.start && i < d.end);
      const withCauses = causes.length > 0 ? readCountWithCauses(s, causes, inDate) : null;
      if (withCauses) {
        const own = dates.find((d) => d.value !== 'term');
        // The change told first, then the count (`BCH bầu bổ sung đ/c Phó Bí thư và 3 ủy viên, nay BCH có
        // 52 đồng chí`): the part before the count is read as a change sentence (with its roles), still
        // checked against the other sentences so that nothing is counted twice.
        const firstCount = Math.min(...withCauses.counts.map((c) => c.start));
        const head = causes.every((c) => (c.destination?.end ?? c.end) <= firstCount) ? readChanges(s.slice(0, firstCount), causes, dates.filter((d) => d.end <= firstCount), carried, sr.start) : [];
        for (const ch of head) {
          const told = { paragraph: p.n, cause: ch.cause, n: ch.subjects.reduce((a, x) => a + x.n, 0), told: 0, drafted: 0, span: ch.causeSpan, inline: true };
          facts.countChanges.push(told);
          inCounts.push({ index: facts.changes.length, told });
          facts.changes.push({ ...ch, inCount: true });
        }
        for (const ch of head.length ? [] : withCauses.changes) {
          const c = ch.cause;
          const told = { paragraph: p.n, cause: c.cause, n: ch.n, told: 0, drafted: 0, span: span(at(ch.start), at(ch.end)), inline: false };
          facts.countChanges.push(told);
          if (ch.n === null || ch.n < 1) continue;
          inCounts.push({ index: facts.changes.length, told });
          facts.changes.push({
            direction: c.direction,
            cause: c.cause,
            rule: c.rule,
            date: own ? toDate(own) : null,
            destination: c.destination ? { text: orig(at(c.destination.start), at(c.destination.end)), span: span(at(c.destination.start), at(c.destination.end)) } : null,
            into: null,
            subjects: [{ kind: 'group', n: ch.n, level: ch.level, role: null, roleText: null, areaText: null, name: null, listed: [], span: span(at(ch.start), at(ch.end)) }],
            causeSpan: span(at(c.start), at(c.end)),
            sentence,
            paragraph: p.n,
            inCount: true,
          });
        }
        const when: CountFact['when'] = REPORT_MARK.test(s) ? 'report' : 'after';
        for (const c of withCauses.counts) {
          facts.counts.push({ body: c.body, n: c.n, when, span: span(at(c.start), at(c.end)), sentence, paragraph: p.n, afterChange: when === 'after' ? facts.changes.length - 1 : null });
        }
        if (dates.length) carried = toDate(dates[dates.length - 1]!);
        continue;
      }
      const understood = causes.length > 0 ? readChanges(s, causes, dates, carried, sr.start) : null;
      if (dates.length) carried = toDate(dates[dates.length - 1]!);
      if (understood && understood.length) {
        facts.changes.push(...understood);
        continue;
      }
      // "đồng chí được phân công giữ chức …": the post of the person the change before elected.
      if (!causes.length && readAssignment(s, sr.start)) continue;
      if (discipline.length) {
        const pc = findPeopleCounts(s)[0];
        const d = dates[0] ? toDate(dates[0]) : null;
        facts.discipline.push({ kind: discipline[0]!.kind, n: pc?.n ?? 1, level: pc?.body === 'btv' ? 'btv' : 'bch', date: d, span: span(at(discipline[0]!.start), at(discipline[0]!.end)), sentence, paragraph: p.n });
        continue;
      }
      // The Standing Office's make-up (`trong đó có đồng chí Bí thư và 2 đồng chí Phó Bí thư`) is read
      // apart; its numbers are not sizes of the body named before them.
      const office = findOfficeComposition(s);
      const sc = office ? s.slice(0, office.start) + ' '.repeat(office.end - office.start) + s.slice(office.end) : s;
      const counts = readCounts(sc, dates);
      if (counts.length || office) {
        const when: CountFact['when'] = REPORT_MARK.test(s) ? 'report' : facts.changes.length === 0 ? 'start' : 'after';
        const afterChange = when === 'after' ? facts.changes.length - 1 : null;
        // A number for a body that an earlier sentence already sized at the same moment: listed.
        if (counts.some((c) => facts.counts.some((f) => f.body === c.body && f.when === when && f.afterChange === afterChange && f.n !== c.n))) notUnderstood(sr.start, sr.end);
        for (const c of counts) {
          facts.counts.push({ body: c.body, n: c.n, when, span: span(at(c.start), at(c.end)), sentence, paragraph: p.n, afterChange });
        }
        if (office) {
          const items = office.items.map((i) => ({ kind: i.kind, n: i.n, span: span(at(i.start), at(i.end)) }));
          (facts.office ??= []).push({ items, when, paragraph: p.n, span: span(at(office.start), at(office.end)) });
          facts.counts.push({ body: 'tt', n: items.reduce((a, i) => a + i.n, 0), when, span: span(at(office.start), at(office.end)), sentence, paragraph: p.n, afterChange });
        }
        // A number of people no count used, or two numbers for one body: listed, not guessed at.
        if (countsLeftOver(sc, counts, dates)) notUnderstood(sr.start, sr.end);
        continue;
      }
      if (!listed && (ABOUT_PEOPLE.test(s) || allCauses.length)) notUnderstood(sr.start, sr.end, mood?.reason);
    }

    /** Lists the sentence `t[from, to)` as not understood (once), with the reason when it is one of mood (`rules/mood.ts`). */
    function notUnderstood(from: number, to: number, reason?: 'negated' | 'proposed' | 'future'): void {
      const o = originalSpan(para.norm, from, to);
      if (facts.notUnderstood.some((x) => x.start === p.start + o.start)) return;
      facts.notUnderstood.push({ paragraph: p.n, start: p.start + o.start, end: p.start + o.end, sentence: p.text.slice(o.start, o.end), ...(reason ? { reason } : {}) });
    }

    /**
     * A sentence that only gives a post (`đồng chí được phân công giữ chức Phó Bí thư Thường trực`):
     * the post of the one person the last change elected, when it is that person (same name, or
     * none written); else the sentence is not understood. True when the sentence was used.
     */
    function readAssignment(s: string, sentenceStart: number): boolean {
      const a = findAssignment(s);
      if (!a) return false;
      const last = facts.changes[facts.changes.length - 1];
      const who = last && last.direction === 'entry' && last.subjects.length ? last.subjects[last.subjects.length - 1]! : null;
      const fits = who && !who.listed.some((l) => l.role.post) && !who.role?.post && (who.kind === 'one' || who.n === 1) && (!a.name || (who.name ?? '').toLowerCase() === a.name);
      if (!fits) {
        notUnderstood(sentenceStart, sentenceStart + s.length);
        return true;
      }
      givePost(who, { start: a.postStart, postStart: a.postStart, role: a.role }, s.slice(0, a.postEnd), sentenceStart);
      return true;
    }

    /**
     * Gives `who` the post of a post clause read in `text` (matching text; the clause's offsets are
     * in it), which starts at `base` of the paragraph's matching text.
     */
    function givePost(who: SubjectFact, clause: PostClause, text: string, base: number): void {
      const end = text.replace(/[\s,.;!]+$/u, '').length;
      const role = clause.role;
      if (!role.post) {
        // `làm ủy viên Ban Thường vụ`: a seat on the Standing Committee, as `vào Ban Thường vụ`.
        if (levelRank(role.level) > levelRank(who.level)) who.level = role.level;
        if (who.kind === 'one') who.into = role.level;
        return;
      }
      const areaText = role.post.area ? orig(base + clause.postStart + role.post.areaStart, base + end) : null;
      who.listed = [...who.listed, { role, text: orig(base + clause.postStart, base + end), areaText, span: span(base + clause.postStart, base + end) }];
      if (who.kind === 'one' && levelRank(role.level) > levelRank(who.level)) who.level = role.level;
    }

    /** The changes of one sentence `s` (its causes in order). */
    function readChanges(s: string, causes: ReturnType<typeof findCauses>, dates: FoundDate[], carried: FactDate | null, base: number): ChangeFact[] {
      const out: ChangeFact[] = [];
      // A cause that names no one in a sentence whose other causes do: the sentence is listed too.
      let skipped = false;
      causes.forEach((c, i) => {
        const prevEnd = i > 0 ? causes[i - 1]!.destination?.end ?? causes[i - 1]!.end : 0;
        const nextStart = i + 1 < causes.length ? causes[i + 1]!.start : s.length;
        const before: [number, number] = [prevEnd, c.start];
        const afterStart = c.destination?.end ?? c.end;
        const after: [number, number] = [afterStart, nextStart];
        const dateBefore = [...dates].reverse().find((d) => d.end <= c.start && d.start >= (i > 0 ? causes[i - 1]!.start : 0)) ?? dates.find((d) => d.end <= c.start) ?? dates[0];
        const date: FactDate | null = dateBefore && dateBefore.start < nextStart
          ? { value: dateBefore.value, label: dateBefore.label, precision: dateBefore.precision, span: span(base + dateBefore.start, base + dateBefore.end) }
          : carried ? { ...carried, span: null } : null;
        let subjects: SubjectFact[] = [];
        let into: BodyKey | null = null;
        if (c.direction === 'entry') {
          const intoM = new RegExp(`^ *(?:vào|làm|to|onto|into|on)(?: the)? (${BODY_SOURCE})`, 'u').exec(s.slice(after[0]));
          if (intoM) {
            into = bodyOf(intoM[1]!);
            after[0] += intoM[0].length;
          }
          subjects = readSubjects(s, after[0], after[1], dates, base);
          if (!subjects.length) subjects = readSubjects(s, before[0], before[1], dates, base);
        } else {
          subjects = readSubjects(s, before[0], before[1], dates, base);
          // A list in parentheses after the cause belongs to the people before it.
          const tail = parenLists(s, after[0], after[1]);
          if (tail.length) attachLists(subjects, tail, base);
          if (!subjects.length) subjects = readSubjects(s, after[0], after[1], dates, base);
        }
        if (!subjects.length) {
          skipped = true;
          return;
        }
        if (into) {
          for (const sub of subjects) {
            if (levelRank(into) > levelRank(sub.level)) sub.level = into;
            if (sub.kind === 'one') sub.into ??= into;
          }
        }
        out.push({
          direction: c.direction,
          cause: c.cause,
          rule: c.rule,
          date,
          destination: c.destination ? { text: orig(base + c.destination.start, base + c.destination.end), span: span(base + c.destination.start, base + c.destination.end) } : null,
          into,
          subjects,
          causeSpan: span(base + c.start, base + c.end),
          sentence: span(base, base + s.length),
          paragraph: p.n,
        });
      });
      if (skipped && out.length) notUnderstood(base, base + s.length);
      return out;
    }

    /** The people named in `s[from, to)`: pieces between commas and `và` outside parentheses. */
    function readSubjects(s: string, from: number, to: number, dates: FoundDate[], base: number): SubjectFact[] {
      const chars = s.slice(0, to).split('');
      for (const d of dates) for (let k = Math.max(d.start, from); k < Math.min(d.end, to); k++) chars[k] = ' ';
      // "…, trong đó có 01 ủy viên BTV, …": a part of the group before it, no one new (read apart).
      const subsets = findSubsetPhrases(s.slice(0, to), from, to);
      for (const x of subsets) for (let k = x.start; k < x.end; k++) chars[k] = ' ';
      const masked = chars.join('');
      const lists = parenLists(s, from, to);
      const pieces: [number, number][] = [];
      let depth = 0;
      let start = from;
      for (let k = from; k <= to; k++) {
        const ch = k < to ? masked[k] : ',';
        if (ch === '(') depth++;
        else if (ch === ')') depth = Math.max(0, depth - 1);
        if (depth > 0) continue;
        const isAnd = (masked.startsWith(' và ', k) || masked.startsWith(' and ', k)) && !AREA_AND.test(masked.slice(k));
        if (ch === ',' || ch === ';' || isAnd || k === to) {
          pieces.push([start, k]);
          start = k + (isAnd ? (masked.startsWith(' và ', k) ? 4 : 5) : 1);
          if (isAnd) k = start - 1;
        }
      }
      const out: SubjectFact[] = [];
      let prevEnd = from;
      let prevMarked = false;
      for (const [a0, b0] of pieces) {
        let piece = masked.slice(a0, b0).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
        let a = a0;
        const lead = LEAD.exec(piece.replace(/^\s+/, ''));
        const ws = piece.length - piece.replace(/^\s+/, '').length;
        a += ws + (lead ? lead[0].length : 0);
        piece = masked.slice(a, b0).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
        let b = a + piece.trimEnd().length;
        let body = masked.slice(a, b);
        const tail = TAIL.exec(body);
        if (tail) {
          b -= tail[0].length;
          body = masked.slice(a, b);
        }
        // A piece of verbs only (`…, đã nghỉ hưu` after a part in commas) names no one.
        if (AUX_ONLY.test(body)) continue;
        // Words before the people ("bch", "trong đó", "in") are dropped up to a number or a role.
        const group = new RegExp(`(?<![\\p{L}\\d])(${NUMBER_SOURCE}) (${PEOPLE_NOUN_SOURCE})(?: (?:of |on |in )?(?:the )?(${BODY_SOURCE}))?(?: (?:thường vụ|tv))?`, 'u').exec(body);
        if (group && group.index <= 12) {
          const n = numberValue(group[1]!)!;
          let level: BodyKey = group[3] ? (bodyOf(group[3]) ?? 'bch') : 'bch';
          if (/(?:thường vụ|tv)$/u.test(group[0]) && !group[3]) level = 'btv';
          out.push({ kind: 'group', n, level, role: null, roleText: null, areaText: null, name: null, listed: [], span: span(base + a + group.index, base + b) });
          prevEnd = b;
          prevMarked = false;
          continue;
        }
        // A list in brackets after the phrase is read apart (`attachLists`); the phrase ends before it.
        const paren = body.indexOf('(');
        const e = paren > 0 ? a + body.slice(0, paren).trimEnd().length : b;
        let phrase = masked.slice(a, e);
        // "đ/c X giữ chức Phó Bí thư Thường trực", "… và bầu giữ chức …": the post of the same person.
        const clause = findPostClause(phrase);
        if (clause && clause.start === 0) {
          const prev = out[out.length - 1];
          if (prev && (prev.kind === 'one' || prev.n === 1) && !prev.listed.some((l) => l.role.post) && !prev.role?.post) {
            givePost(prev, clause, phrase, base + a);
            prevEnd = b;
            continue;
          }
        }
        const pending = clause && clause.start > 0 ? clause : null;
        const whole = phrase;
        if (pending) phrase = masked.slice(a, a + pending.start);
        // "đ/c X vào Ban Thường vụ": the body they were elected into.
        let into: BodyKey | null = null;
        const intoM = new RegExp(` (?:vào|into|onto|to)(?: the)? (${BODY_SOURCE})$`, 'u').exec(phrase);
        let pe = pending ? a + pending.start : e;
        if (intoM) {
          into = bodyOf(intoM[1]!);
          pe = a + intoM.index;
          phrase = masked.slice(a, pe);
        }
        const role = parseRole(phrase);
        if (!role) continue;
        const text = orig(base + a, base + pe);
        const named = isName(text) && role.role !== null;
        const areaText = role.post?.area ? orig(base + a + role.post.areaStart, base + pe) : null;
        let level: BodyKey = named ? 'bch' : role.level;
        if (into && levelRank(into) > levelRank(level)) level = into;
        const prev = out[out.length - 1];
        const ownMark = /^\s*(?:đ\/c|đồng chí|comrade)\s/u.test(masked.slice(a0, b0));
        // "đ/c Phó Bí thư Tỉnh ủy, Chủ tịch UBND Tỉnh": a second role of the same person (no đ/c of its own).
        if (!ownMark && role.role && !named && prev && prev.kind === 'one' && prev.role?.post && prevMarked && masked.slice(prevEnd, a).trim() === ',') {
          prev.roleText = text;
          prev.role = { ...prev.role, role: role.role };
          prev.span = { ...prev.span, end: span(base + a, base + b).end };
          prevEnd = b;
          continue;
        }
        // "one member of the Executive Committee, Chair of the Women's Union": the one member's role.
        if (!named && !ownMark && role.role && !role.post && prev && prev.kind === 'group' && prev.n === 1 && !prev.listed.length && masked.slice(prevEnd, a).trim() === ',') {
          prev.listed = [{ role, text, areaText, span: span(base + a, base + pe) }];
          prev.span = { ...prev.span, end: span(base + a, base + b).end };
          prevEnd = b;
          continue;
        }
        // "đồng chí Nguyễn Văn An, Phó Bí thư Thường trực": a name, then the role in apposition.
        if (!named && prev && prev.kind === 'one' && prev.name && !prev.role && prev.listed.length === 0 && masked.slice(prevEnd, a).trim() === ',') {
          prev.role = role;
          prev.roleText = text;
          prev.areaText = areaText;
          prev.level = levelRank(level) > levelRank(prev.level) ? level : prev.level;
          prev.span = { ...prev.span, end: span(base + a, base + b).end };
          continue;
        }
        out.push({ kind: 'one', n: 1, level, role: named ? null : role, roleText: named ? null : text, areaText, name: named ? text : null, listed: [], span: span(base + a, base + b), ...(into ? { into } : {}) });
        if (pending) givePost(out[out.length - 1]!, pending, whole, base + a);
        prevEnd = b;
        prevMarked = ownMark;
      }
      if (lists.length) attachLists(out, lists, base);
      for (const x of subsets) {
        const at = span(base + x.start, base + x.end).start;
        const group = [...out].reverse().find((g) => g.span.start < at);
        if (group && group.kind === 'group') group.subset = [...(group.subset ?? []), ...x.parts.map((q) => ({ n: q.n, level: q.level, role: q.role, span: span(base + q.start, base + q.end) }))];
        else notUnderstood(base, base + s.length);
      }
      return out;
    }

    /** Parenthesised lists in `s[from, to)`: each item's range. */
    function parenLists(s: string, from: number, to: number): [number, number][][] {
      const out: [number, number][][] = [];
      const re = /\(([^()]*)\)/g;
      re.lastIndex = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) && m.index < to) {
        const items: [number, number][] = [];
        let st = m.index + 1;
        const inner = m[1]!;
        // Inside a list, `và` joins two items only before đ/c or đồng chí (a company's name has its own `và`).
        const parts = inner.split(/,|;| và (?=đ\/c|đồng chí)| and (?=the |comrade)/u);
        for (const part of parts) {
          const off = s.indexOf(part, st);
          items.push([off, off + part.length]);
          st = off + part.length;
        }
        out.push(items);
      }
      return out;
    }

    /**
     * A bracket that tells a part of the group before it (`3 ủy viên BCH (trong đó có 01 ủy viên Ban
     * Thường vụ)`, `(one of them a Standing Committee member)`) becomes that group's subset. True
     * when the bracket was one.
     */
    function attachSubset(subjects: SubjectFact[], items: [number, number][], base: number): boolean {
      if (!items.length) return false;
      const from = items[0]![0];
      const inner = t.slice(base + from, base + items[items.length - 1]![1]);
      const lead = inner.length - inner.trimStart().length;
      const parts = readSubset(inner.trimStart());
      if (!parts) return false;
      const at = span(base + from, base + from).start;
      const group = [...subjects].reverse().find((g) => g.span.start < at);
      if (!group || group.kind !== 'group') return false;
      group.subset = [...(group.subset ?? []), ...parts.map((q) => ({ n: q.n, level: q.level, role: q.role, span: span(base + from + lead + q.start, base + from + lead + q.end) }))];
      return true;
    }

    /** Gives each list to the group whose count it matches (else the last group), or to the one person before it. */
    function attachLists(subjects: SubjectFact[], lists: [number, number][][], base: number): void {
      for (const items of lists) {
        if (attachSubset(subjects, items, base)) continue;
        const parsed = items
          .map(([a, b]) => {
            let x = s0(a, b);
            const lead = LEAD.exec(x.text);
            if (lead) x = { text: x.text.slice(lead[0].length), start: x.start + lead[0].length, end: x.end };
            x.text = x.text.trim();
            const role = parseRole(x.text);
            if (!role) return null;
            const end = x.start + x.text.length;
            const areaText = role.post?.area ? orig(base + x.start + role.post.areaStart, base + end) : null;
            return { role, text: orig(base + x.start, base + end), areaText, span: span(base + x.start, base + end) };
          })
          .filter((x): x is NonNullable<typeof x> => x !== null);
        if (!parsed.length) continue;
        const groups = subjects.filter((x) => x.kind === 'group' && x.listed.length === 0);
        const target = groups.find((g) => g.n === parsed.length) ?? groups[groups.length - 1] ?? (subjects.length === 1 ? subjects[0] : undefined);
        if (!target) continue;
        target.listed = parsed;
        if (target.kind === 'one') {
          const top = parsed.reduce((lv, x) => (levelRank(x.role.level) > levelRank(lv) ? x.role.level : lv), target.level);
          target.level = top;
        }
      }
      function s0(a: number, b: number) {
        const txt = t.slice(base + a, base + b);
        const lead = txt.length - txt.trimStart().length;
        return { text: txt.trimStart(), start: a + lead, end: b };
      }
    }
  }
  toldElsewhere(facts, inCounts);
  if (!facts.title.paragraph && paragraphs[0]) facts.title = { text: cleanLabel(paragraphs[0].text), paragraph: 1 };
  // The latest date written, leaving out any after the term's last year (a web page's own date).
  let latest: (typeof seen)[number] | null = null;
  for (const d of seen) if ((!facts.term || Number(d.value.slice(0, 4)) <= Number(facts.term.endYear)) && (!latest || d.lb > latest.lb)) latest = d;
  facts.latestDate = latest ? { value: latest.value, span: latest.span } : null;
  return facts;
}

/**
 * A change told by a count sentence is drafted only for the people no other sentence tells: the
 * people of the same cause told by the change sentences, and by the count sentences before it, are
 * taken off (the change is dropped when they are as many or more, its number lowered when fewer;
 * a change of named people or posts is kept whole then). Each entry of `facts.countChanges` records
 * how many were told elsewhere and how many drafted. Mutates `facts`.
 */
function toldElsewhere(facts: Facts, inCounts: { index: number; told: Facts['countChanges'][number] }[]): void {
  const people = (c: ChangeFact) => c.subjects.reduce((a, x) => a + x.n, 0);
  // Told by the change sentences, and by the count sentences before (what they drafted).
  const told = new Map<string, number>();
  for (const c of facts.changes) if (!c.inCount) told.set(c.cause, (told.get(c.cause) ?? 0) + people(c));
  for (const cc of facts.countChanges) if (cc.n === null) cc.told = told.get(cc.cause) ?? 0;
  const plan: { index: number; drafted: number; split: boolean }[] = [];
  for (const { index, told: cc } of inCounts) {
    const change = facts.changes[index]!;
    const n = cc.n ?? 0;
    cc.told = told.get(cc.cause) ?? 0;
    const split = change.subjects.length === 1 && change.subjects[0]!.kind === 'group';
    // Named people or posts cannot be split: such a change is kept whole when others tell fewer.
    cc.drafted = cc.told >= n ? 0 : split ? n - cc.told : n;
    told.set(cc.cause, cc.told + cc.drafted);
    plan.push({ index, drafted: cc.drafted, split });
  }
  for (const { index, drafted, split } of plan.reverse()) {
    if (drafted === 0) {
      facts.changes.splice(index, 1);
      for (const c of facts.counts) if (c.afterChange !== null && c.afterChange >= index) c.afterChange--;
    } else if (split) facts.changes[index]!.subjects[0]!.n = drafted;
  }
}

/** A 4-digit number read as a year only when it is not followed by a noun of people (`1996 đảng viên`). */
function isYearAlone(s: string, d: FoundDate): boolean {
  return !new RegExp(`^ ${PEOPLE_NOUN_SOURCE}`, 'u').test(s.slice(d.end));
}

function lowerOf(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  return (y ?? 0) * 400 + (m ?? 1) * 32 + (d ?? 1);
}

/** A name: two to five words, each starting with a capital, none of them a title word. */
function isName(text: string): boolean {
  if (!/^(?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){1,4}$/u.test(text)) return false;
  return !/(?:^| )(?:Bí|Phó|Chủ|Giám|Trưởng|Ủy|Chánh|Tổng|Thường|Ban|Hội|Quận|Huyện|Tỉnh|Đoàn|Công|Ty|Secretary|Chair|Director|Head|Member|Deputy|Committee|Union|Council)(?: |$)/u.test(text);
}

/** Counts stated in a sentence with no cause: a number of people (with the body after it or before it), or a body then `là` / `còn` / `có` / `gồm` and a number. */
function readCounts(s: string, dates: FoundDate[]): { body: BodyKey; n: number; start: number; end: number }[] {
  const inDate = (i: number) => dates.some((d) => i >= d.start && i < d.end);
  const bodies = findBodies(s);
  const out: { body: BodyKey; n: number; start: number; end: number }[] = [];
  const taken: [number, number][] = [];
  const lastBodyBefore = (i: number): BodyKey | null => {
    const b = bodies.filter((x) => x.end <= i);
    return b.length ? b[b.length - 1]!.body : null;
  };
  for (const pc of findPeopleCounts(s)) {
    if (inDate(pc.start)) continue;
    const body = pc.body ?? lastBodyBefore(pc.start);
    if (!body) continue;
    out.push({ body, n: pc.n, start: pc.start, end: pc.end });
    taken.push([pc.start, pc.end]);
  }
  for (const m of s.matchAll(/(?<![\p{L}\d/.,])(\d{1,3})(?=$|[,.;)]| và | and | \()/gu)) {
    const i = m.index!;
    if (inDate(i) || taken.some(([a, b]) => i >= a && i < b)) continue;
    // The body right before the number, or before `là` / `còn` / `có` / `gồm` / `:` and the number.
    const near = bodies.filter((x) => x.end <= i).pop();
    if (!near || !/^(?: *(?:là|còn|có|gồm|has|had|stood at|of)? *:?) *$/u.test(s.slice(near.end, i))) continue;
    const body = lastBodyBefore(i);
    if (!body) continue;
    out.push({ body, n: Number(m[1]), start: i, end: i + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
