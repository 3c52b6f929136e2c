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

/** Words that say the count is the one at the report's date. */
const REPORT_MARK = /(?<![\p{L}])(?:đến nay|(?:đến )?cuối nhiệm kỳ|at the end of the term|hiện nay|hiện còn|tính đến nay|đến thời điểm này|hiện tại|to date|at present|currently|now|today|at the time of writing)(?![\p{L}])/u;
/** A sentence about people: đ/c, đồng chí, ủy viên, a number of people, a cause word. */
const ABOUT_PEOPLE = new RegExp(`(?<![\\p{L}])(?:đ\\/c|đồng chí|ủy viên|uvtv|comrade|members?)(?![\\p{L}])|(?<![\\p{L}\\d])${NUMBER_SOURCE} ${PEOPLE_NOUN_SOURCE}`, 'u');
const LEAD = /^(?:(?:và|and|in|on|at|by|during|vào|trong|the|có|đ\/c|đồng chí|comrade|ông|bà|các|những|thì|cùng|gồm|là|also|both|while|then|a|an|also)\s+|[,:;\-–]\s*)+/u;
const TAIL = /(?:\s+(?:bị|được|đã|đều|cũng|đồng thời|were|was|has been|have been|had been|is|are|also|both|then|khỏi|from)|\s*[,:;\-–.!?])+$/u;

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
  const facts: Facts = { term: null, termNumbers: [], unit: null, title: { text: '', paragraph: 0 }, counts: [], changes: [], discipline: [], latestDate: null, standingOfficeParagraphs: [], notUnderstood: [] };
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
      const u = /đảng bộ ((?:quận|huyện|tỉnh|thành phố|thị xã|phường|xã) [\p{L}\d]+(?: [\p{L}\d]+){0,3}?)(?= nhiệm kỳ| khóa| gồm| có|[,.;()]| \(|$| trong| đã| là)/u.exec(t) ?? /((?:district|province|county|city) [\p{L}\d]+) party/u.exec(t);
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
      const understood = causes.length > 0 ? readChanges(s, causes, dates, carried, sr.start) : null;
      if (dates.length) carried = toDate(dates[dates.length - 1]!);
      if (understood && understood.length) {
        facts.changes.push(...understood);
        continue;
      }
      if (discipline.length) {
        const pc = findPeopleCounts(s)[0];
        const d = dates[0] ? toDate(dates[0]) : null;
        facts.discipline.push({ kind: discipline[0]!.kind, n: pc?.n ?? 1, level: pc?.body === 'btv' ? 'btv' : 'bch', date: d, span: span(at(discipline[0]!.start), at(discipline[0]!.end)), sentence, paragraph: p.n });
        continue;
      }
      const counts = readCounts(s, dates);
      if (counts.length) {
        const when: CountFact['when'] = REPORT_MARK.test(s) ? 'report' : facts.changes.length === 0 ? 'start' : 'after';
        for (const c of counts) {
          facts.counts.push({ body: c.body, n: c.n, when, span: span(at(c.start), at(c.end)), sentence, paragraph: p.n, afterChange: when === 'after' ? facts.changes.length - 1 : null });
        }
        continue;
      }
      if (!listed && (ABOUT_PEOPLE.test(s) || allCauses.length)) {
        const o = originalSpan(para.norm, sr.start, sr.end);
        facts.notUnderstood.push({ paragraph: p.n, start: p.start + o.start, end: p.start + o.end, sentence: p.text.slice(o.start, o.end), ...(mood ? { reason: mood.reason } : {}) });
      }
    }

    /** The changes of one sentence `s` (its causes in order). */
    function readChanges(s: string, causes: ReturnType<typeof findCauses>, dates: FoundDate[], carried: FactDate | null, base: number): ChangeFact[] {
      const out: ChangeFact[] = [];
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
        if (!subjects.length) return;
        if (into) for (const sub of subjects) if (levelRank(into) > levelRank(sub.level)) sub.level = into;
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
      return out;
    }

    /** The people named in `s[from, to)`: pieces between commas and `và` outside parentheses. */
    function readSubjects(s: string, from: number, to: number, dates: FoundDate[], base: number): SubjectFact[] {
      const chars = s.slice(0, to).split('');
      for (const d of dates) for (let k = Math.max(d.start, from); k < Math.min(d.end, to); k++) chars[k] = ' ';
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
        const isAnd = masked.startsWith(' và ', k) || masked.startsWith(' and ', k);
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
        // Words before the people ("bch", "trong đó", "in") are dropped up to a number or a role.
        const group = new RegExp(`(?<![\\p{L}\\d])(${NUMBER_SOURCE}) (${PEOPLE_NOUN_SOURCE})(?: (?:of |on |in )?(?:the )?(${BODY_SOURCE}))?(?: (?:thường vụ|tv))?`, 'u').exec(body);
        if (group && group.index <= 12) {
          const n = numberValue(group[1]!)!;
          let level: BodyKey = group[3] ? (bodyOf(group[3]) ?? 'bch') : 'bch';
          if (/(?:thường vụ|tv)$/u.test(group[0]) && !group[3]) level = 'btv';
          out.push({ kind: 'group', n, level, role: null, roleText: null, areaText: null, name: null, listed: [], span: span(base + a + group.index, base + b) });
          continue;
        }
        // A list in brackets after the phrase is read apart (`attachLists`); the phrase ends before it.
        const paren = body.indexOf('(');
        const e = paren > 0 ? a + body.slice(0, paren).trimEnd().length : b;
        let phrase = masked.slice(a, e);
        // "đ/c X vào Ban Thường vụ": the body they were elected into.
        let into: BodyKey | null = null;
        const intoM = new RegExp(` (?:vào|into|onto|to)(?: the)? (${BODY_SOURCE})$`, 'u').exec(phrase);
        let pe = e;
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
        // "đồng chí Nguyễn Văn An, Phó Bí thư Thường trực": a name, then the role in apposition.
        if (!named && prev && prev.kind === 'one' && prev.name && !prev.role && prev.listed.length === 0 && masked.slice(prevEnd, a).trim() === ',') {
          prev.role = role;
          prev.roleText = text;
          prev.areaText = areaText;
          prev.level = levelRank(level) > levelRank(prev.level) ? level : prev.level;
          prev.span = { ...prev.span, end: span(base + a, base + b).end };
          continue;
        }
        out.push({ kind: 'one', n: 1, level, role: named ? null : role, roleText: named ? null : text, areaText, name: named ? text : null, listed: [], span: span(base + a, base + b) });
        prevEnd = b;
        prevMarked = ownMark;
      }
      if (lists.length) attachLists(out, lists, base);
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

    /** Gives each list to the group whose count it matches (else the last group), or to the one person before it. */
    function attachLists(subjects: SubjectFact[], lists: [number, number][][], base: number): void {
      for (const items of lists) {
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
  if (!facts.title.paragraph && paragraphs[0]) facts.title = { text: cleanLabel(paragraphs[0].text), paragraph: 1 };
  // The latest date written, leaving out any after the term's last year (a web page's own date).
  let latest: (typeof seen)[number] | null = null;
  for (const d of seen) if ((!facts.term || Number(d.value.slice(0, 4)) <= Number(facts.term.endYear)) && (!latest || d.lb > latest.lb)) latest = d;
  facts.latestDate = latest ? { value: latest.value, span: latest.span } : null;
  return facts;
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
