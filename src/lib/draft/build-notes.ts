/**
 * The draft's stated counts (claims) and annotations (discipline, restatements), from the facts and
 * the events and people already built. Pure.
 */
import type { LangString, Membership, TimelineEvent } from '../model/types.ts';
import type { ChangeFact, Facts, SourceSpan } from './facts.ts';
import type { DraftFinding, DraftRecord } from './types.ts';
import type { DraftDatasetWords } from './words.ts';
import type { BodyKey } from './rules/bodies.ts';
import { cite } from './cite.ts';

/** What the claims and annotations are built from. */
export interface NotesInput {
  facts: Facts;
  w: DraftDatasetWords;
  startCounts: ReadonlyMap<BodyKey, { n: number; span: SourceSpan }>;
  /** The start event's date (the term's first year). */
  startDate: string;
  endYear: string | null;
  /** "during the term" as an interval (`1996/2000`). */
  termInterval: string;
  events: readonly { event: TimelineEvent; facts: ChangeFact[]; indexes: number[] }[];
  restatements: readonly { fact: ChangeFact; earlier: ChangeFact }[];
  persons: readonly { id: string; memberships: readonly Membership[] }[];
}

/**
 * Claims: the start sizes at the start event, counts after a change at its event, the "to date"
 * counts at the report's date (from the latest date written to the end of the term's last year,
 * inferred). Annotations: each reprimand or warning, and each restated change linked to its person.
 */
export function claimAndNoteRecords(input: NotesInput): { records: DraftRecord[]; findings: DraftFinding[]; reportDate: string | null } {
  const { facts, w, startCounts, endYear, termInterval, events, restatements, persons } = input;
  const records: DraftRecord[] = [];
  const findings: DraftFinding[] = [];
  // "BCH 35" / "EC 35": the body's short name in each language.
  const label = (key: BodyKey, n: number): LangString => {
    const short = w.body(key, null).short;
    return { vi: `${short.vi ?? key.toUpperCase()} ${n}`, en: `${short.en ?? key.toUpperCase()} ${n}` };
  };
  const claimRecords: DraftRecord[] = [];
  // The Standing Office's counts are claims too (its make-up, `rules/office.ts`).
  for (const [key, c] of startCounts) {
    claimRecords.push({ id: `claim:${key}-start`, kind: 'claim', yields: { claims: [{ id: `claim-${key}-start`, organization_id: key, date: input.startDate, event_id: 'start', count: c.n, citations: cite(c.span.paragraph) }] }, spans: [c.span], certainty: 'stated', label: label(key, c.n) });
  }
  const reportDate = facts.latestDate && endYear ? `${facts.latestDate.value}/${endYear}-12` : endYear;
  let afterN = 0;
  // Two counts of one body at one event (or two "to date" counts) get ids of their own: `…-2`.
  const usedIds = new Set<string>();
  const unique = (id: string) => {
    let out = id;
    for (let k = 2; usedIds.has(out); k++) out = `${id}-${k}`;
    usedIds.add(out);
    return out;
  };
  for (const c of facts.counts) {
    if (c.when === 'start') continue;
    if (c.when === 'report') {
      if (!reportDate) continue;
      const basis = w.basis.reportDate(facts.latestDate?.value ?? endYear ?? '', c.paragraph, endYear ?? '');
      const id = unique(`claim-${c.body}-report`);
      claimRecords.push({ id: `claim:${id.slice(6)}`, kind: 'claim', yields: { claims: [{ id, organization_id: c.body, date: reportDate, count: c.n, certainty: 'inferred', basis, citations: cite(c.paragraph, ...(facts.latestDate ? [facts.latestDate.span.paragraph] : [])) }] }, spans: [c.span], certainty: 'stated', label: label(c.body, c.n) });
    } else {
      const ev = events.find((e) => e.indexes.includes(c.afterChange ?? -1));
      if (!ev) continue;
      afterN++;
      claimRecords.push({ id: `claim:${c.body}-after-${afterN}`, kind: 'claim', yields: { claims: [{ id: unique(`claim-${c.body}-${ev.event.id}`), organization_id: c.body, date: ev.event.date, event_id: ev.event.id, count: c.n, citations: cite(c.paragraph) }] }, spans: [c.span], certainty: 'stated', label: label(c.body, c.n) });
    }
  }
  records.push(...claimRecords);
  if (reportDate && facts.counts.some((c) => c.when === 'report')) findings.push({ code: 'report-date-inferred', paragraph: facts.latestDate?.span.paragraph ?? null, params: { date: reportDate } });

  // Annotations: discipline and restatements.
  facts.discipline.forEach((d, i) => {
    const date = d.date && d.date.value !== 'term' ? d.date.value : termInterval;
    records.push({ id: `annotation:discipline-${i + 1}`, kind: 'annotation', yields: { annotations: [{ id: `discipline-${i + 1}`, date, label: w.discipline(d.kind, d.level, d.n), classification: 'discipline', organization_id: d.level, citations: cite(d.paragraph) }] }, spans: [d.span], certainty: 'stated', label: w.discipline(d.kind, d.level, d.n) });
  });
  restatements.forEach((r, i) => {
    const ev = events.find((e) => e.facts.includes(r.earlier));
    const who = persons.find((p) => p.memberships.some((m) => m.end_event_id === ev?.event.id && m.organization_id === r.fact.subjects[0]!.level));
    const text = w.restatement(r.fact.paragraph, r.earlier.paragraph);
    records.push({
      id: `annotation:restated-${i + 1}`,
      kind: 'annotation',
      yields: { annotations: [{ id: `restated-${i + 1}`, date: termInterval, label: text, classification: 'identification', ...(who ? { person_id: who.id } : {}), certainty: 'inferred', basis: w.basis.restatement(r.fact.paragraph, r.earlier.paragraph), citations: cite(r.fact.paragraph, r.earlier.paragraph) }] },
      spans: [r.fact.causeSpan],
      certainty: 'inferred',
      label: text,
    });
    findings.push({ code: 'restated-change', paragraph: r.fact.paragraph, params: { earlier: r.earlier.paragraph } });
  });

  return { records, findings, reportDate };
}
