/**
 * The change events of a draft: the changes read, in date order (the text's order within a date),
 * one event per paragraph, cause and date; an undated departure that repeats a dated one (same
 * cause, same body, as many people) is a restatement, not a change. Pure.
 */
import type { LangString, TimelineEvent } from '../model/types.ts';
import type { ChangeFact, FactDate, Facts } from './facts.ts';
import type { DraftFinding, DraftRecord } from './types.ts';
import type { DraftDatasetWords } from './words.ts';
import { slug } from './rules/roles.ts';
import { cite } from './cite.ts';

/** One event of the draft with the changes it groups and their indexes in `Facts.changes`. */
export interface GroupedEvent {
  event: TimelineEvent;
  facts: ChangeFact[];
  record: DraftRecord;
  indexes: number[];
}

/**
 * Groups `facts.changes` into events (ids `e1-…`, labels "<date as written> · <cause>", unique);
 * a change with no date is placed in the term's last year with `?` and inferred.
 * @param firstYear the term's first year, or null
 * @param endYear the term's last year, or null
 */
export function groupEvents(facts: Facts, w: DraftDatasetWords, firstYear: string | null, endYear: string | null): {
  events: GroupedEvent[];
  restatements: { fact: ChangeFact; earlier: ChangeFact }[];
  changes: { fact: ChangeFact; index: number }[];
  findings: DraftFinding[];
} {
  const findings: DraftFinding[] = [];
  const labelsSeen = new Map<string, number>();
  // Restatements: an undated exit that repeats a dated one (same cause, same body, as many people).
  const restatements: { fact: ChangeFact; earlier: ChangeFact }[] = [];
  const dated = facts.changes.filter((c) => c.date && c.date.value !== 'term');
  const changes: { fact: ChangeFact; index: number }[] = [];
  facts.changes.forEach((fact, index) => {
    // A change told in passing by a count sentence was already checked against the others (`extract.ts`).
    if (fact.direction === 'exit' && (!fact.date || fact.date.value === 'term')) {
      const n = fact.subjects.reduce((a, s) => a + s.n, 0);
      const level = fact.subjects[0]!.level;
      const earlier = fact.inCount ? undefined : dated.find((d) => d.direction === 'exit' && d.cause === fact.cause && d.subjects.some((s) => s.level === level && s.n === n));
      if (earlier) {
        restatements.push({ fact, earlier });
        return;
      }
      findings.push({ code: 'undated-change', paragraph: fact.paragraph, params: { year: endYear ?? '' } });
    }
    changes.push({ fact, index });
  });
  const dateValue = (d: FactDate | null): string => (!d || d.value === 'term' ? `${endYear ?? firstYear ?? ''}?` : d.value);
  const lower = (v: string) => {
    const [y, m, d] = v.replace('?', '').split('-').map(Number);
    return (y ?? 0) * 400 + (m ?? 1) * 32 + (d ?? 1);
  };
  changes.sort((a, b) => lower(dateValue(a.fact.date)) - lower(dateValue(b.fact.date)) || a.index - b.index);

  // One event per paragraph, cause and date.
  const events: GroupedEvent[] = [];
  for (const { fact, index } of changes) {
    const value = dateValue(fact.date);
    const last = events[events.length - 1];
    if (last && last.facts[0]!.cause === fact.cause && last.facts[0]!.paragraph === fact.paragraph && last.event.date === value) {
      last.facts.push(fact);
      last.indexes.push(index);
      last.record.spans.push(fact.causeSpan);
      continue;
    }
    const cause = w.cause(fact.cause);
    const dateLabel = fact.date && fact.date.value !== 'term' ? w.date(fact.date) : { vi: value, en: value };
    let label: LangString = { vi: `${dateLabel.vi} · ${cause.vi}`, en: `${dateLabel.en} · ${cause.en}` };
    const k = (labelsSeen.get(label.vi!) ?? 0) + 1;
    labelsSeen.set(label.vi!, k);
    if (k > 1) label = { vi: `${label.vi} (${k})`, en: `${label.en} (${k})` };
    const event: TimelineEvent = {
      id: `e${events.length + 1}-${slug(String(fact.cause))}`,
      date: value,
      label,
      classification: fact.cause === 'by_election' ? 'by-election' : fact.cause === 'removed_from_roll' ? 'removal' : String(fact.cause).replace(/_/g, '-'),
      citations: cite(fact.paragraph),
      ...(fact.date && fact.date.value !== 'term' ? {} : { certainty: 'inferred' as const, basis: w.basis.undated(fact.paragraph) }),
    };
    const record: DraftRecord = { id: `event:${event.id}`, kind: 'event', yields: { events: [event] }, spans: [fact.causeSpan, ...(fact.date?.span ? [fact.date.span] : [])], certainty: event.certainty ?? 'stated', label };
    events.push({ event, facts: [fact], record, indexes: [index] });
  }
  return { events, restatements, changes, findings };
}
