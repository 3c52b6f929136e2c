/**
 * The same-day rule (data/README.md, "Same-day changes"): at one date, departures come before
 * arrivals. A member whose term ends on day D and a successor who starts on D are never counted
 * together, whether the date is an implicit step, the date of one event or of several events.
 * EveryPolitician writes inclusive end dates (the last day served), so this is how its
 * replacements read.
 */
import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import type { Dataset, Membership, TimelineEvent } from '../../src/lib/model/types.ts';

/** A one-body dataset (`h`, `seats` seats) with persons p1…p6 and the given memberships and events. */
function house(memberships: Membership[], events: TimelineEvent[] = [], seats = 2): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'same-day',
    title: { en: 'Same day' },
    sources: [],
    organizations: [{ id: 'h', name: { en: 'House' }, seats }],
    persons: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => ({ id, name: { en: id.toUpperCase() } })),
    posts: [],
    memberships,
    events,
    claims: [],
    annotations: [],
  };
}
const m = (id: string, person: string, start?: string, end?: string, extra: Partial<Membership> = {}): Membership => ({
  id,
  person_id: person,
  organization_id: 'h',
  ...(start === undefined ? {} : { start_date: start }),
  ...(end === undefined ? {} : { end_date: end }),
  ...extra,
});
const counts = (d: Dataset): number[] => [...buildTimeline(d).countSeries.get('h')!];
const order = (d: Dataset, step: number): string[] => buildTimeline(d).steps[step]!.changes.map((c) => `${c.kind} ${c.membership_id}`);

describe('same-day changes: departures before arrivals', () => {
  test('implicit date steps: an inclusive end on D and a successor from D are never counted together', () => {
    const d = house([m('a', 'p1', '2013-03-28', '2015-06-17'), m('b', 'p2', '2015-06-17'), m('c', 'p3', '2013-03-28')]);
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.date.text)).toEqual(['2013-03-28', '2015-06-17']);
    expect(counts(d)).toEqual([2, 2]);
    expect(order(d, 1)).toEqual(['end a', 'start b']);
    expect([...tl.snapshotAt(1).seats.keys()].sort()).toEqual(['p2', 'p3']);
    expect(validateDataset(d).filter((p) => p.code === 'over-seats')).toEqual([]);
  });

  test('a successor from the next day leaves the seat empty for one step', () => {
    const d = house([m('a', 'p1', '2013-03-28', '2015-06-17'), m('b', 'p2', '2015-06-18'), m('c', 'p3', '2013-03-28')]);
    expect(buildTimeline(d).steps.map((s) => s.date.text)).toEqual(['2013-03-28', '2015-06-17', '2015-06-18']);
    expect(counts(d)).toEqual([2, 1, 2]);
  });

  test('several events on one date: the changes are all ends, then all starts, each in dataset order', () => {
    const d = house([
      m('a', 'p1', '2000', '2005'),
      m('b', 'p2', '2000', '2005'),
      m('x', 'p3', '2005'),
      m('c', 'p4', '2000', '2005'),
      m('y', 'p5', '2005'),
      m('z', 'p6', '2005'),
    ], [], 3);
    expect(order(d, 1)).toEqual(['end a', 'end b', 'end c', 'start x', 'start y', 'start z']);
    expect(counts(d)).toEqual([3, 3]);
  });

  test('the one event of a date: both sides placed there by date, the end first', () => {
    const d = house([m('a', 'p1', undefined, '2015-06-17'), m('b', 'p2', '2015-06-17'), m('c', 'p3')], [{ id: 'by', date: '2015-06-17', label: { en: 'by-election' } }]);
    expect(buildTimeline(d).steps.map((s) => s.event.id)).toEqual(['by']);
    expect(order(d, 0)).toEqual(['end a', 'start b']);
    expect(counts(d)).toEqual([2]);
  });

  test('several events share the date: an end by date goes to the first of them, a start by date after them', () => {
    const events = [
      { id: 'e-retire', date: '1999', label: { en: 'retirements' } },
      { id: 'e-elect', date: '1999', label: { en: 'by-election' } },
    ];
    const d = house([m('a', 'p1', '1996', '1999'), m('b', 'p2', '1999'), m('c', 'p3', '1996')], [{ id: 'e0', date: '1996', label: { en: 'congress' } }, ...events]);
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.event.id)).toEqual(['e0', 'e-retire', 'e-elect', 'auto-1999']);
    expect(tl.spans.map((sp) => [sp.membership.id, sp.startStep, sp.endStep])).toEqual([
      ['a', 0, 1],
      ['b', 3, null],
      ['c', 0, null],
    ]);
    expect(counts(d)).toEqual([2, 1, 1, 2]);
    const ambiguous = validateDataset(d).filter((p) => p.code === 'ambiguous-date');
    expect(ambiguous.map((p) => [p.pointer, p.params.placed])).toEqual([
      ['/memberships/0/end_date', 'first'],
      ['/memberships/1/start_date', 'after'],
    ]);
  });

  test('an end by date and a start that names an event of that date: the end comes first', () => {
    const events = [
      { id: 'e0', date: '1996', label: { en: 'congress' } },
      { id: 'e-elect', date: '1999', label: { en: 'by-election' } },
      { id: 'e-other', date: '1999', label: { en: 'other' } },
    ];
    const d = house([m('a', 'p1', '1996', '1999'), m('b', 'p2', undefined, undefined, { start_event_id: 'e-elect' }), m('c', 'p3', '1996')], events);
    expect(counts(d)).toEqual([2, 2, 2]);
    expect(order(d, 1)).toEqual(['end a', 'start b']);
  });

  test('when both sides name their events, the listed order of the events decides', () => {
    const events = [
      { id: 'e0', date: '1996', label: { en: 'congress' } },
      { id: 'e-elect', date: '1999', label: { en: 'by-election' } },
      { id: 'e-retire', date: '1999', label: { en: 'retirements' } },
    ];
    const d = house(
      [m('a', 'p1', undefined, undefined, { start_event_id: 'e0', end_event_id: 'e-retire' }), m('b', 'p2', undefined, undefined, { start_event_id: 'e-elect' }), m('c', 'p3', undefined, undefined, { start_event_id: 'e0' })],
      events,
    );
    expect(counts(d)).toEqual([2, 3, 2]);
  });
});

describe('a membership that ends before it starts is set aside', () => {
  test('it makes no step and is in no count; the others keep their steps', () => {
    // p2's end (28 Dec 2014) is three days before its start (the term's first day): a slip in the source.
    const t = buildTimeline(house([m('a', 'p1', '2010-01-01', '2014-12-31'), m('b', 'p2', '2015-01-01', '2014-12-28'), m('c', 'p3', '2015-01-01')]));
    expect(t.steps.map((s) => s.date.text)).toEqual(['2010-01-01', '2014-12-31', '2015-01-01']);
    expect(t.spans.map((sp) => sp.live)).toEqual([true, false, true]);
    expect(t.countSeries.get('h')).toEqual([1, 0, 1]);
    expect(t.steps.flatMap((s) => s.changes.map((c) => c.membership_id))).toEqual(['a', 'a', 'c']);
    expect(validateDataset(t.dataset).map((p) => [p.severity, p.code])).toContainEqual(['warning', 'end-before-start']);
  });
});
