/**
 * From the facts read (`extract.ts`) to draft records and a dataset in our format, filling the gaps
 * with the convention of the built-in dataset (see `docs/DRAFTING.md`, "Gaps"). Pure.
 */
import type { Certainty, EndCause, LangString, Membership, Person, StartCause, TimelineEvent } from '../model/types.ts';
import type { Facts, SourceSpan, SubjectFact } from './facts.ts';
import type { DraftFinding, DraftRecord } from './types.ts';
import type { DraftDatasetWords, PostKind } from './words.ts';
import type { BodyKey } from './rules/bodies.ts';
import { levelRank, slug } from './rules/roles.ts';
import { deriveReadings, originCounts, type Origin } from '../model/readings-derive.ts';
import { claimAndNoteRecords } from './build-notes.ts';
import { cite } from './cite.ts';
import { groupEvents } from './build-events.ts';
import { groupMembers, levelsNamed } from './build-parts.ts';
import { officeStartHolders } from './build-office.ts';

export { DRAFT_SOURCE_ID } from './cite.ts';


/** What `buildDraft` returns. */
export interface Built {
  records: DraftRecord[];
  findings: DraftFinding[];
  title: LangString;
  language: 'vi' | 'en';
  reportDate: string | null;
  termNumber: string | null;
  unit: string | null;
  /** Each by-election whose counts allow several readings: its event, the posts in order, every reading, the one drafted. */
  byElections: { eventId: string; paragraph: number; posts: { id: string; label: LangString }[]; readings: Origin[][]; chosen: Origin[] }[];
}

/** Options of `buildDraft`: the origins to use at a by-election instead of the convention's (to draft another reading). */
export interface BuildOptions {
  forced?: ReadonlyMap<string, readonly Origin[]>;
}

interface PersonState {
  person: Person;
  memberships: Membership[];
  spans: SourceSpan[];
  certainty: Certainty;
  /** Present from the start of the term. */
  atStart: boolean;
  level: BodyKey;
  /** The post held (BTV or TT), if any. */
  post: string | null;
  gone: boolean;
  filler: boolean;
}

const both = (a: LangString, f: (s: string, lang: 'vi' | 'en') => string): LangString => ({ vi: f(a.vi ?? a.en ?? '', 'vi'), en: f(a.en ?? a.vi ?? '', 'en') });

/** Preference of origins per post kind: the convention of the built-in dataset (the Standing Deputy Secretary succeeds the Secretary; a newcomer becomes Standing Deputy Secretary; Standing posts go to Executive Committee members). */
const PREFERENCE: Record<PostKind, Origin[]> = {
  'bi-thu': ['inner', 'outer', 'newcomer'],
  'pbt-tt': ['newcomer', 'outer', 'inner'],
  'pho-bi-thu': ['newcomer', 'outer', 'inner'],
  uvtv: ['outer', 'newcomer', 'inner'],
};

/**
 * Builds the records of a draft from `facts`, with the dataset's words `w`. Never throws.
 */
export function buildDraft(facts: Facts, w: DraftDatasetWords, language: 'vi' | 'en', options: BuildOptions = {}): Built {
  const byElections: Built['byElections'] = [];
  const findings: DraftFinding[] = [];
  const records: DraftRecord[] = [];
  const unit = facts.unit?.text ?? null;
  const startCounts = new Map<BodyKey, { n: number; span: SourceSpan }>();
  for (const c of facts.counts) if (c.when === 'start' && !startCounts.has(c.body)) startCounts.set(c.body, { n: c.n, span: c.span });
  const startPara = startCounts.get('bch')?.span.paragraph ?? startCounts.get('btv')?.span.paragraph ?? null;

  // Term number: the one written with the start counts, else the first.
  const numbers = facts.termNumbers;
  const used = numbers.find((x) => x.span.paragraph === startPara) ?? numbers[0] ?? null;
  for (const x of numbers) {
    if (used && x.ordinal !== used.ordinal && x.span.paragraph < (startPara ?? 0)) {
      findings.push({ code: 'term-number-differs', paragraph: x.span.paragraph, params: { written: x.ordinal, used: used.ordinal, usedParagraph: used.span.paragraph } });
    }
  }
  if (!facts.term) findings.push({ code: 'no-term', paragraph: null, params: {} });
  const firstYear = facts.term?.startYear ?? facts.changes.find((c) => c.date && c.date.value !== 'term')?.date?.value.slice(0, 4) ?? null;
  const endYear = facts.term?.endYear ?? null;
  const termInterval = firstYear && endYear ? `${firstYear}/${endYear}` : firstYear ?? '';

  // Bodies.
  const hasBtv = startCounts.has('btv') || facts.changes.some((c) => c.subjects.some((s) => levelsNamed(s).some((l) => levelRank(l) >= 1)));
  const hasTt = startCounts.has('tt') || facts.changes.some((c) => c.subjects.some((s) => levelsNamed(s).includes('tt')));
  const bodyRecords = new Map<BodyKey, DraftRecord>();
  const addBody = (key: BodyKey, parent: BodyKey | null) => {
    const words = w.body(key, unit);
    const count = startCounts.get(key);
    const org = {
      id: key,
      name: words.name,
      short_name: words.short,
      classification: key === 'bch' ? 'executive committee' : key === 'btv' ? 'standing committee' : 'standing office',
      parent_id: parent,
      ...(count ? { seats: count.n } : {}),
      citations: cite(...(count ? [count.span.paragraph] : []), ...firstParas(key), ...(key === 'tt' ? facts.standingOfficeParagraphs : [])),
      ...(key === 'tt' && !count ? { certainty: 'inferred' as const, basis: w.basis.standingOffice } : {}),
    };
    const rec: DraftRecord = { id: `body:${key}`, kind: 'body', yields: { organizations: [org], posts: [] }, spans: count ? [count.span] : [], certainty: key === 'tt' && !count ? 'inferred' : 'stated', label: words.name };
    bodyRecords.set(key, rec);
    records.push(rec);
    if (!count && key !== 'tt') findings.push({ code: 'no-start-count', paragraph: null, params: { body: key } });
  };
  function firstParas(key: BodyKey): number[] {
    const c = facts.changes.find((ch) => ch.subjects.some((s) => s.level === key));
    return c && !startCounts.has(key) ? [c.paragraph] : [];
  }
  addBody('bch', null);
  if (hasBtv) addBody('btv', 'bch');
  if (hasTt) addBody('tt', hasBtv ? 'btv' : 'bch');

  // Posts.
  const posts = new Map<string, { kind: PostKind; label: LangString; org: BodyKey }>();
  const postOf = (kind: PostKind, id: string, area: string | null, joiner: 'phụ trách' | 'other', span: SourceSpan): string => {
    const org: BodyKey = kind === 'uvtv' || !hasTt ? 'btv' : 'tt';
    if (!posts.has(id)) {
      const p = w.post(kind, area, joiner, language);
      posts.set(id, { kind, label: p.label, org });
      bodyRecords.get(org)!.yields.posts!.push({ id, organization_id: org, label: p.label, short_label: p.short, citations: cite(span.paragraph) });
    } else {
      const post = bodyRecords.get(org)!.yields.posts!.find((x) => x.id === id);
      if (post && !post.citations!.some((c) => c.locator === `para ${span.paragraph}`)) post.citations = cite(...post.citations!.map((c) => Number(c.locator.slice(5))), span.paragraph);
    }
    bodyRecords.get(org)!.spans.push(span);
    return id;
  };

  // Events, in date order (the text's order within a date).
  const startEvent: TimelineEvent = {
    id: 'start',
    date: firstYear ?? '',
    label: { vi: `${firstYear ?? ''} · ${w.startOfTerm.vi}`, en: `${firstYear ?? ''} · ${w.startOfTerm.en}` },
    classification: 'congress',
    citations: cite(...(startPara ? [startPara] : []), ...(facts.term ? [facts.term.span.paragraph] : [])),
  };
  records.push({ id: 'event:start', kind: 'event', yields: { events: [startEvent] }, spans: [...startCounts.values()].map((c) => c.span), certainty: 'stated', label: startEvent.label });

  const persons: PersonState[] = [];
  const holders = new Map<string, PersonState>();
  const extra: DraftRecord[] = [];
  const bch0 = startCounts.get('bch')?.n ?? null;
  const btv0 = startCounts.get('btv')?.n ?? null;
  let bchNow = bch0 ?? 0;
  let btvNow = btv0 ?? 0;
  let outerRaised: { person: PersonState | null; membership: Membership; postId: string; span: SourceSpan }[] = [];
  let innerBtv: PersonState[] = [];

  const grouped = groupEvents(facts, w, firstYear, endYear);
  const { events, restatements, changes } = grouped;
  findings.push(...grouped.findings);
  // A change told in passing by a count sentence: drafted (wholly or for the people no other sentence
  // tells), or not drafted because the sentence gives no number (the claims check shows the gap).
  for (const cc of facts.countChanges) {
    // A change told before its count is this sentence's own change: a finding only when others tell it too.
    if (cc.inline ? cc.told > 0 : cc.drafted > 0 || (cc.n === null && cc.told === 0)) findings.push({ code: 'count-sentence-change', paragraph: cc.paragraph, params: { cause: cc.cause, n: cc.n ?? '', told: cc.told, drafted: cc.drafted } });
  }
  for (const e of events) records.push(e.record);

  const newPerson = (id: string, name: LangString, atStart: boolean, level: BodyKey, spans: SourceSpan[], paras: number[], extraFields: Partial<Person> = {}): PersonState => {
    let pid = id;
    for (let k = 2; persons.some((p) => p.person.id === pid); k++) pid = `${id}-${k}`;
    const st: PersonState = { person: { id: pid, name, anonymous: true, citations: cite(...paras), ...extraFields }, memberships: [], spans, certainty: 'stated', atStart, level, post: null, gone: false, filler: false };
    persons.push(st);
    return st;
  };
  const addMembership = (st: PersonState, org: BodyKey, m: Partial<Membership>, paras: number[]): Membership => {
    const post = m.post_id ? `-${m.post_id}` : '';
    let id = `m-${st.person.id}-${org}${post}`;
    for (let k = 2; st.memberships.some((x) => x.id === id) || persons.some((p) => p.memberships.some((x) => x.id === id)); k++) id = `m-${st.person.id}-${org}${post}-${k}`;
    const ms: Membership = { id, person_id: st.person.id, organization_id: org, ...m, citations: cite(...paras) };
    st.memberships.push(ms);
    return ms;
  };
  /** Start-of-term memberships of a person of `level` (BCH, BTV, the Standing Office) with `postId`. */
  const seatAtStart = (st: PersonState, level: BodyKey, postId: string | null, role: LangString | null, paras: number[]) => {
    const start = { start_date: startEvent.date, start_event_id: 'start', start_cause: 'elected' as StartCause };
    const startParas = startPara ? [startPara, ...paras] : paras;
    addMembership(st, 'bch', { ...start, ...(role ? { role } : {}) }, startParas);
    if (levelRank(level) >= 1 && hasBtv) addMembership(st, 'btv', { ...start, ...(postId && posts.get(postId)?.org === 'btv' ? { post_id: postId } : {}) }, startParas);
    if (level === 'tt' && hasTt && postId) addMembership(st, 'tt', { ...start, post_id: postId }, paras);
    st.post = postId;
  };

  const roleLabel = (s: SubjectFact | { role: SubjectFact['role']; roleText: string | null; areaText: string | null }, span: SourceSpan): { postId: string | null; label: LangString | null; role: LangString | null } => {
    const r = s.role;
    if (r?.post) {
      const id = postOf(r.post.kind, r.post.id, s.areaText, r.post.joiner, span);
      // A post with a role outside the committee in apposition (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND Tỉnh`).
      return { postId: id, label: posts.get(id)!.label, role: r.role && s.roleText ? w.asWritten(s.roleText, language) : null };
    }
    if (r?.role && s.roleText) return { postId: null, label: w.asWritten(s.roleText, language), role: w.asWritten(s.roleText, language) };
    return { postId: null, label: null, role: null };
  };

  let changeCount = 0;
  for (const ev of events) {
    const fact0 = ev.facts[0]!;
    const dateLabel = fact0.date && fact0.date.value !== 'term' ? w.date(fact0.date) : { vi: ev.event.date, en: ev.event.date };
    const causeWords = w.cause(fact0.cause);
    const at = { date: ev.event.date, event: ev.event.id };
    let people = 0;
    if (fact0.direction === 'exit') {
      for (const fact of ev.facts) {
        const end = { end_date: at.date, end_event_id: at.event, end_cause: fact.cause as EndCause, ...(fact.destination ? { end_destination: w.destination(fact.destination.text) } : {}) };
        const leave = (st: PersonState, span: SourceSpan) => {
          for (const m of st.memberships) if (!m.end_date) Object.assign(m, end, { citations: cite(...(m.citations ?? []).map((c) => Number(c.locator.slice(5))), fact.paragraph) });
          st.gone = true;
          st.spans.push(span);
          if (st.post) holders.delete(st.post);
          people++;
        };
        for (const s of fact.subjects) {
          if (s.kind === 'one') {
            const rl = roleLabel(s, s.span);
            const level = s.listed.length ? s.listed.reduce<BodyKey>((lv, l) => (levelRank(l.role.level) > levelRank(lv) ? l.role.level : lv), s.level) : s.level;
            const held = rl.postId ? holders.get(rl.postId) : undefined;
            if (held && !held.gone) {
              leave(held, s.span);
              continue;
            }
            const name: LangString = s.name ? { vi: s.name, en: s.name } : rl.label ?? w.member(s.level, persons.length + 1);
            const st = newPerson(slug(s.name ?? s.roleText ?? 'member'), name, true, level, [s.span], [fact.paragraph], s.name ? { anonymous: false } : {});
            let postId = rl.postId;
            let role = rl.role;
            // The posts in brackets after a name: a post of the committee, and a role outside it.
            for (const l of s.listed) {
              const lr = roleLabel({ role: l.role, roleText: l.text, areaText: l.areaText }, l.span);
              if (lr.postId && !postId) postId = lr.postId;
              if (lr.role && !role) role = lr.role;
            }
            seatAtStart(st, level, postId, role, [fact.paragraph]);
            leave(st, s.span);
            st.spans.pop();
          } else {
            const group = groupMembers(s);
            if (group.differs) findings.push({ code: 'list-count-differs', paragraph: fact.paragraph, params: group.differs });
            for (let i = 0; i < s.n; i++) {
              const { listed: l, post, span: partSpan, level } = group.members[i]!;
              const rl = l ? roleLabel({ role: l.role, roleText: l.text, areaText: l.areaText }, l.span) : post ? roleLabel({ role: post, roleText: null, areaText: null }, partSpan ?? s.span) : { postId: null, label: null, role: null };
              // A member placed by a subset is named by their own body, numbered within it.
              const byPart = !l && s.subset?.length ? { level, k: group.members.slice(0, i + 1).filter((x) => !x.listed && x.level === level).length } : null;
              const name = rl.label ?? (byPart ? w.groupMember(byPart.level, causeWords, dateLabel, byPart.k) : w.groupMember(s.level, causeWords, dateLabel, i + 1));
              const st = newPerson(slug(l?.text ?? `${byPart?.level ?? s.level}-${fact.cause}-${ev.event.date}-${byPart?.k ?? i + 1}`), name, true, level, [l?.span ?? partSpan ?? s.span, s.span], [fact.paragraph]);
              seatAtStart(st, level, rl.postId, rl.role, [fact.paragraph]);
              leave(st, s.span);
              st.spans.pop();
            }
          }
        }
      }
      const btvLeft = persons.filter((p) => p.gone && p.memberships.some((m) => m.organization_id === 'btv' && m.end_event_id === at.event)).length;
      bchNow -= people;
      btvNow -= btvLeft;
    } else {
      // An entry: the posts filled and the plain seats, then where each post's holder came from.
      const filled: { kind: PostKind; id: string; span: SourceSpan; label: LangString; paragraph: number }[] = [];
      let raisedNamed = 0;
      let namedPosts = 0;
      /**
       * A named person elected with a post (`bầu bổ sung đ/c X vào Ban Thường vụ và bầu giữ chức Phó
       * Bí thư Thường trực`, `… đ/c X giữ chức …`): the text says who took the post. Elected into
       * the Standing Committee, X sat on the Executive Committee from the start; else X is new to
       * all three bodies. True when `s` was such a person.
       */
      const namedWithPost = (s: SubjectFact, fact: (typeof ev.facts)[number]): boolean => {
        const l = s.name ? s.listed.find((x) => x.role.post) : undefined;
        if (!l || !s.name) return false;
        const rl = roleLabel({ role: l.role, roleText: l.text, areaText: l.areaText }, l.span);
        const postId = rl.postId!;
        const postOrg = posts.get(postId)!.org;
        const raised = s.into === 'btv' || s.into === 'tt';
        const from = { start_date: at.date, start_event_id: at.event, start_cause: fact.cause as StartCause };
        const st = newPerson(slug(s.name), { vi: s.name, en: s.name }, raised, raised ? 'bch' : postOrg, [s.span, l.span], [fact.paragraph], { anonymous: false });
        if (raised) seatAtStart(st, 'bch', null, null, [fact.paragraph]);
        else {
          addMembership(st, 'bch', from, [fact.paragraph]);
          bchNow++;
        }
        if (hasBtv) addMembership(st, 'btv', { ...from, ...(postOrg === 'btv' ? { post_id: postId } : {}) }, [fact.paragraph]);
        if (postOrg === 'tt') addMembership(st, 'tt', { ...from, post_id: postId }, [fact.paragraph]);
        btvNow++;
        st.post = postId;
        holders.set(postId, st);
        namedPosts++;
        return true;
      };
      const plain: { label: LangString | null; role: LangString | null; span: SourceSpan; paragraph: number; level: BodyKey }[] = [];
      for (const fact of ev.facts) {
        for (const s of fact.subjects) {
          if (s.kind === 'one') {
            if (namedWithPost(s, fact)) continue;
            const rl = roleLabel(s, s.span);
            if (rl.postId) filled.push({ kind: posts.get(rl.postId)!.kind, id: rl.postId, span: s.span, label: rl.label!, paragraph: fact.paragraph });
            else if (s.level !== 'bch' && s.name) {
              // A named member elected into the Standing Committee (`bầu bổ sung đ/c X vào Ban Thường vụ`):
              // the Executive Committee elects it from its own members, so X sat on it from the start.
              const st = newPerson(slug(s.name), { vi: s.name, en: s.name }, true, 'bch', [s.span], [fact.paragraph], { anonymous: false });
              seatAtStart(st, 'bch', null, rl.role, [fact.paragraph]);
              if (hasBtv) addMembership(st, 'btv', { start_date: at.date, start_event_id: at.event, start_cause: fact.cause as StartCause }, [fact.paragraph]);
              btvNow++;
              raisedNamed++;
            } else plain.push({ label: s.name ? { vi: s.name, en: s.name } : rl.label, role: rl.role, span: s.span, paragraph: fact.paragraph, level: s.level });
          } else {
            const group = groupMembers(s);
            if (group.differs && s.subset?.length) findings.push({ code: 'list-count-differs', paragraph: fact.paragraph, params: group.differs });
            for (let i = 0; i < s.n; i++) {
              const { listed: l, post, span: partSpan, level } = group.members[i]!;
              const where = l?.span ?? partSpan ?? s.span;
              const rl = l ? roleLabel({ role: l.role, roleText: l.text, areaText: l.areaText }, l.span) : post ? roleLabel({ role: post, roleText: null, areaText: null }, where) : { postId: null, label: null, role: null };
              if (rl.postId) filled.push({ kind: posts.get(rl.postId)!.kind, id: rl.postId, span: where, label: rl.label!, paragraph: fact.paragraph });
              else plain.push({ label: rl.label, role: rl.role, span: where, paragraph: fact.paragraph, level });
            }
          }
        }
      }
      const para = fact0.paragraph;
      const after = afterCounts(ev.indexes);
      let origins: Origin[] = filled.map(() => 'newcomer');
      let readings = 1;
      const plainBch = plain.filter((p) => p.level === 'bch').length;
      if (filled.length && after) {
        const input = { posts: filled.map((f) => ({ id: f.id })), plainSeats: plainBch, before: { outer: bchNow, inner: btvNow }, after: { outer: after.bch, inner: after.btv } };
        const derived = originCounts(input) ? deriveReadings(input) : [];
        if (derived.length) {
          readings = derived.length;
          let best = derived[0]!;
          let bestScore = -1;
          for (const d of derived) {
            const score = d.origins.reduce((a, o, i) => a + (2 - PREFERENCE[filled[i]!.kind].indexOf(o)), 0);
            if (score > bestScore) {
              best = d;
              bestScore = score;
            }
          }
          origins = best.origins;
          if (readings > 1) byElections.push({ eventId: ev.event.id, paragraph: para, posts: filled.map((f) => ({ id: f.id, label: f.label })), readings: derived.map((d) => d.origins), chosen: best.origins });
          const forced = options.forced?.get(ev.event.id);
          if (forced && forced.length === origins.length) origins = [...forced];
          if (readings > 1) findings.push({ code: 'by-election-readings', paragraph: para, params: { readings, newcomer: origins.filter((o) => o === 'newcomer').length, outer: origins.filter((o) => o === 'outer').length, inner: origins.filter((o) => o === 'inner').length } });
        } else findings.push({ code: 'by-election-does-not-reconcile', paragraph: para, params: { before: `${bchNow}/${btvNow}`, after: `${after.bch}/${after.btv}`, posts: filled.length, plain: plainBch } });
      } else if (filled.length) findings.push({ code: 'by-election-origins-unknown', paragraph: para, params: { posts: filled.length } });
      const inferredOrigin = readings > 1 || !after;
      const startCause = fact0.cause as StartCause;
      const from = { start_date: at.date, start_event_id: at.event, start_cause: startCause };
      const sinceLabel = (l: LangString) => w.since(l, dateLabel);
      let newcomers = 0;
      let sitting = 0;
      filled.forEach((f, i) => {
        const origin = origins[i]!;
        const postOrg = posts.get(f.id)!.org;
        const basis = inferredOrigin ? (after ? w.basis.origin(origin, readings, para) : w.basis.newcomerUnknown(para)) : null;
        const infer = basis ? { certainty: 'inferred' as const, basis } : {};
        if (origin === 'newcomer') {
          const st = newPerson(`new-${slug(at.date)}-${++newcomers}`, sinceLabel(f.label), false, postOrg, [f.span], [f.paragraph]);
          // With counts after the by-election, that someone new came in is forced by them (stated);
          // only the post is read by the convention. Without counts, the newcomer is itself inferred.
          const seat = after ? {} : infer;
          const postInfer = after && basis ? (postOrg === 'btv' ? { post_certainty: 'inferred' as const, post_basis: basis } : infer) : infer;
          addMembership(st, 'bch', { ...from, ...seat }, [f.paragraph]);
          if (hasBtv) addMembership(st, 'btv', { ...from, ...(postOrg === 'btv' ? { post_id: f.id, ...postInfer } : seat) }, [f.paragraph]);
          if (postOrg === 'tt') addMembership(st, 'tt', { ...from, post_id: f.id, ...postInfer }, [f.paragraph]);
          if (!after && basis) Object.assign(st.person, infer);
          st.certainty = !after && basis ? 'inferred' : 'stated';
          st.post = f.id;
          holders.set(f.id, st);
          bchNow++;
          btvNow++;
        } else if (origin === 'outer') {
          const ms: Membership = { id: '', person_id: '', organization_id: postOrg === 'tt' ? 'tt' : 'btv', post_id: f.id, ...from, citations: cite(...(startPara ? [startPara] : []), f.paragraph), ...(basis ? { post_certainty: 'inferred' as const, post_basis: basis } : {}) };
          outerRaised.push({ person: null, membership: ms, postId: f.id, span: f.span });
          btvNow++;
        } else {
          const viaDeputy = f.kind === 'bi-thu' && filled.some((g) => g.kind === 'pbt-tt');
          const deputyId = viaDeputy ? postOf('pbt-tt', 'pbt-tt', null, 'other', f.span) : null;
          let st = deputyId ? [...persons].find((p) => p.atStart && !p.gone && p.post === deputyId) : undefined;
          if (!st) {
            const name = deputyId ? w.startHolder(posts.get(deputyId)!.label) : w.member('btv', 0);
            st = newPerson(`btv-sitting-${slug(at.date)}-${++sitting}`, name, true, deputyId ? 'tt' : 'btv', [f.span], [f.paragraph]);
            st.filler = true;
            st.certainty = 'inferred';
            Object.assign(st.person, { certainty: 'inferred', basis: w.basis.startHolder(para) });
            seatAtStart(st, deputyId ? 'tt' : 'btv', deputyId, null, [f.paragraph]);
            for (const m of st.memberships) if (m.post_id) Object.assign(m, { certainty: 'inferred', basis: w.basis.startHolder(para) });
            innerBtv.push(st);
          }
          for (const m of st.memberships) if (m.post_id && !m.end_date) Object.assign(m, { end_date: at.date, end_event_id: at.event, end_cause: 'promoted' as EndCause });
          if (postOrg === 'btv') for (const m of st.memberships) if (m.organization_id === 'btv' && !m.end_date) Object.assign(m, { end_date: at.date, end_event_id: at.event, end_cause: 'promoted' as EndCause });
          addMembership(st, postOrg, { ...from, post_id: f.id, certainty: 'inferred', basis: basis ?? w.basis.startHolder(para) }, [f.paragraph]);
          st.post = f.id;
          holders.set(f.id, st);
        }
      });
      plain.forEach((p, i) => {
        const name = p.label ?? w.groupMember(p.level, causeWords, dateLabel, i + 1);
        const st = newPerson(slug(p.role?.vi ?? `${p.level}-${fact0.cause}-${at.date}-${i + 1}`), name, false, p.level, [p.span], [p.paragraph]);
        addMembership(st, 'bch', { ...from, ...(p.role ? { role: p.role } : {}) }, [p.paragraph]);
        if (p.level !== 'bch' && hasBtv) {
          addMembership(st, 'btv', { ...from }, [p.paragraph]);
          btvNow++;
        }
        bchNow++;
      });
      people = filled.length + plain.length + raisedNamed + namedPosts;
    }
    ev.event.description = w.eventDescription(causeWords, people);
    changeCount++;
  }

  function afterCounts(indexes: number[]): { bch: number; btv: number } | null {
    const last = Math.max(...indexes);
    const tied = facts.counts.filter((c) => c.when === 'after' && c.afterChange !== null && c.afterChange >= last && !facts.changes.slice(last + 1, (c.afterChange ?? last) + 1).length);
    const laterChange = changes.some((c) => c.index > last && !indexes.includes(c.index));
    const report = laterChange ? [] : facts.counts.filter((c) => c.when === 'report');
    const pick = (key: BodyKey) => tied.find((c) => c.body === key)?.n ?? report.find((c) => c.body === key)?.n;
    const bch = pick('bch');
    const btv = pick('btv');
    return bch !== undefined && btv !== undefined ? { bch, btv } : null;
  }

  // The Standing Office's holders at the start whom no change names, up to its stated make-up.
  const office = facts.office?.find((o) => o.when === 'start');
  if (office && hasTt && startPara !== null) {
    const held = persons.filter((p) => p.atStart).flatMap((p) => p.memberships.filter((m) => m.organization_id === 'tt' && m.start_event_id === 'start' && m.post_id).map((m) => posts.get(m.post_id!)?.kind ?? null));
    const gaps = officeStartHolders(office.items, held);
    if (gaps.more) findings.push({ code: 'more-named-than-stated', paragraph: office.paragraph, params: { body: 'tt', named: gaps.more.named, stated: gaps.more.stated } });
    for (const g of gaps.holders) {
      const postId = postOf(g.kind, g.kind, null, 'other', g.span);
      if (g.seats > 1) bodyRecords.get('tt')!.yields.posts!.find((x) => x.id === postId)!.seats = g.seats;
      const st = newPerson(`tt-${g.kind}-${g.index}`, g.seats > 1 ? both(w.startHolder(posts.get(postId)!.label), (x) => `${x} ${g.index}`) : w.startHolder(posts.get(postId)!.label), true, 'tt', [g.span], [office.paragraph]);
      seatAtStart(st, 'tt', postId, null, [office.paragraph]);
    }
  }

  // Anonymous members up to the stated counts.
  const namedStart = persons.filter((p) => p.atStart && !p.filler);
  if (btv0 !== null && hasBtv) {
    const named = namedStart.filter((p) => levelRank(p.level) >= 1).length + innerBtv.length;
    const k = btv0 - named;
    if (k < 0) findings.push({ code: 'more-named-than-stated', paragraph: startPara, params: { body: 'btv', named, stated: btv0 } });
    for (let i = 1; i <= k; i++) {
      const st = newPerson(`btv-${String(i).padStart(2, '0')}`, w.member('btv', i), true, 'btv', [startCounts.get('btv')!.span], [startPara!]);
      st.filler = true;
      seatAtStart(st, 'btv', null, null, []);
      padded(st, 'btv', btv0);
    }
  }
  if (bch0 !== null) {
    const named = namedStart.filter((p) => p.level === 'bch').length + (btv0 ?? namedStart.filter((p) => levelRank(p.level) >= 1).length + innerBtv.length);
    const k = bch0 - named;
    if (k < 0 || k < outerRaised.length) findings.push({ code: 'more-named-than-stated', paragraph: startPara, params: { body: 'bch', named: named + outerRaised.length, stated: bch0 } });
    for (let i = 1; i <= k; i++) {
      const st = newPerson(`bch-${String(i).padStart(2, '0')}`, w.member('bch', i), true, 'bch', [startCounts.get('bch')!.span], [startPara!]);
      st.filler = true;
      seatAtStart(st, 'bch', null, null, []);
      padded(st, 'bch', bch0);
      // The last fillers are the ones the by-election raised (as bch-20 and bch-21 of the built-in dataset).
      const raise = outerRaised[outerRaised.length - (k - i) - 1];
      if (raise && k - i < outerRaised.length) {
        raise.person = st;
        // The counts force that an Executive Committee member was raised (the seat); which of the
        // unnamed members it was is as inferred as the member, so the membership is inferred too.
        const pad = w.basis.padded('bch', bch0, startPara ?? 0);
        const reason = raise.membership.post_basis ? both(pad, (x, lang) => `${x} ${raise.membership.post_basis![lang] ?? ''}`.trim()) : pad;
        const ms: Membership = { ...raise.membership, id: `m-${st.person.id}-${raise.membership.organization_id}-${raise.postId}`, person_id: st.person.id, certainty: 'inferred', basis: reason };
        if (raise.membership.organization_id === 'tt') addMembership(st, 'btv', { start_date: ms.start_date, start_event_id: ms.start_event_id, start_cause: ms.start_cause }, [raise.span.paragraph]);
        extra.push({ id: `membership:${ms.id}`, kind: 'membership', yields: { memberships: [ms] }, spans: [raise.span], certainty: 'inferred', label: both(st.person.name, (s) => s) });
        if (raise.membership.organization_id === 'tt') {
          const seat = st.memberships.pop()!;
          extra[extra.length - 1]!.yields.memberships!.push({ ...seat, certainty: 'inferred', basis: pad });
        }
      }
    }
  }
  outerRaised = outerRaised.filter((r) => r.person);

  /**
   * A member added up to a stated count: the count is stated, that an unnamed member fills the seat
   * is the draft's inference (issue 15, "Gaps"), so the person and their memberships are inferred.
   */
  function padded(st: PersonState, key: BodyKey, stated: number): void {
    const basis = w.basis.padded(key, stated, startPara ?? 0);
    st.certainty = 'inferred';
    Object.assign(st.person, { certainty: 'inferred', basis });
    for (const m of st.memberships) Object.assign(m, { certainty: 'inferred', basis });
  }

  // Names told apart when two people share one ("Bí thư (đến 1999)", "Bí thư (từ 1999)").
  const byName = new Map<string, PersonState[]>();
  for (const p of persons) byName.set(p.person.name.vi ?? '', [...(byName.get(p.person.name.vi ?? '') ?? []), p]);
  // A start-of-term holder whose post someone else holds later: "(đến 1999)".
  for (const p of persons) {
    if (!p.atStart || p.filler) continue;
    const ended = p.memberships.find((m) => m.post_id && m.end_date && m.end_cause !== 'promoted');
    if (!ended) continue;
    const later = persons.some((q) => q !== p && q.memberships.some((m) => m.post_id === ended.post_id && m.start_event_id !== 'start')) || extra.some((r) => r.yields.memberships?.some((m) => m.post_id === ended.post_id));
    if (later) {
      const ev = events.find((e) => e.event.id === ended.end_event_id);
      const d = ev?.facts[0]?.date && ev.facts[0].date.value !== 'term' ? w.date(ev.facts[0].date) : { vi: ended.end_date!, en: ended.end_date! };
      p.person.name = w.until(p.person.name, d);
      byName.delete(p.person.name.vi ?? '');
    }
  }
  for (const list of byName.values()) {
    if (list.length < 2 || list.some((p) => / \((?:đến|từ) /.test(p.person.name.vi ?? ''))) continue;
    for (const p of list) {
      const endM = p.memberships.find((m) => m.end_date && m.end_cause !== 'promoted');
      if (p.atStart && endM) p.person.name = w.until(p.person.name, { vi: endM.end_date!, en: endM.end_date! });
    }
  }

  for (const p of persons) {
    records.push({ id: `person:${p.person.id}`, kind: 'person', yields: { persons: [p.person], memberships: p.memberships }, spans: p.spans, certainty: p.certainty, label: p.person.name });
  }
  records.push(...extra);

  const notes = claimAndNoteRecords({ facts, w, startCounts, startDate: startEvent.date, endYear, termInterval, events, restatements, persons: persons.map((p) => ({ id: p.person.id, memberships: p.memberships })) });
  records.push(...notes.records);
  findings.push(...notes.findings);
  const reportDate = notes.reportDate;

  if (!changeCount && !startCounts.size) findings.push({ code: 'nothing-found', paragraph: null, params: {} });
  const title = w.title(unit, used?.ordinal ?? null, facts.term ? `${facts.term.startYear}–${facts.term.endYear}` : null);
  return { records, findings, title, language, reportDate, termNumber: used?.ordinal ?? null, unit, byElections };
}

