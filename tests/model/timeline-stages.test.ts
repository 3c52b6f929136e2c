/** The stages of buildTimeline, each on small inputs with the values it must give. */
import { describe, expect, test } from 'vitest';
import {
  changesPerStep,
  datasetLookups,
  dateKey,
  indexSteps,
  makeSteps,
  mergeSteps,
  personOrder,
  placeSpans,
  readEventDates,
  resolveSides,
  FALLBACK_DATE,
} from '../../src/lib/model/timeline-stages.ts';
import { parseDate } from '../../src/lib/model/dates.ts';
import type { Membership, Organization, TimelineEvent } from '../../src/lib/model/types.ts';

const ev = (id: string, date: string): TimelineEvent => ({ id, date, label: { en: id } });
const mem = (id: string, extra: Partial<Membership> = {}): Membership => ({ id, person_id: `p-${id}`, organization_id: 'a', ...extra });

describe('readEventDates', () => {
  test('a bad date borrows the previous good one, else the next; lookups by id and date key', () => {
    const r = readEventDates([ev('x', 'bad'), ev('a', '1996'), ev('b', 'nope'), ev('c', '1998-06'), ev('a', '1996')]);
    expect(r.parsed.map((d) => d?.text ?? null)).toEqual([null, '1996', null, '1998-06', '1996']);
    expect(r.ordering.map((d) => d.text)).toEqual(['1996', '1996', '1996', '1998-06', '1996']);
    expect([...r.indexById]).toEqual([['x', 0], ['a', 1], ['b', 2], ['c', 3]]);
    expect([...r.byDateKey]).toEqual([['1996--', [1, 4]], ['1998-6-', [3]]]);
  });
  test('no good date at all: year 0', () => {
    expect(readEventDates([ev('x', '')]).ordering).toEqual([FALLBACK_DATE]);
  });
});

describe('resolveSides', () => {
  const events = readEventDates([ev('e0', '1996'), ev('e1', '1999'), ev('e2', '1999')]);
  test('event id first, then the one event of the date, else an implicit date step, else none; a date of several events: an end at the first, a start after them', () => {
    const r = resolveSides(
      [
        mem('m1', { start_event_id: 'e1', start_date: '1996' }),
        mem('m2', { start_date: '1996', end_date: '1999' }),
        mem('m3', { start_event_id: 'zzz', start_date: '1997-03', end_date: 'bad' }),
        mem('m4', { start_date: '1999' }),
      ],
      events,
    );
    expect(r.sides).toEqual([
      { start: { kind: 'event', event: 1, via: 'event' }, end: { kind: 'none' } },
      { start: { kind: 'event', event: 0, via: 'date' }, end: { kind: 'event', event: 1, via: 'date' } },
      { start: { kind: 'auto', key: '1997-3-' }, end: { kind: 'none' } },
      { start: { kind: 'auto', key: '1999--' }, end: { kind: 'none' } },
    ]);
    expect([...r.autoDates.keys()]).toEqual(['1997-3-', '1999--']);
  });
});

describe('mergeSteps', () => {
  test('implicit steps go before the first event dated after them, with unique auto ids', () => {
    const events = [ev('e0', '1996'), ev('auto-1997', '1996'), ev('e1', '1999')];
    const autos = new Map([
      [dateKey(parseDate('1999')), parseDate('1999')],
      [dateKey(parseDate('1997')), parseDate('1997')],
    ]);
    const items = mergeSteps(events, events.map((e) => parseDate(e.date)), autos);
    expect(items.map((i) => [i.event.id, i.date.text, i.eventIndex, i.autoKey])).toEqual([
      ['e0', '1996', 0, null],
      ['auto-1997', '1996', 1, null],
      ['auto-1997-2', '1997', -1, '1997--'],
      ['e1', '1999', 2, null],
      ['auto-1999', '1999', -1, '1999--'],
    ]);
    expect(items[2]!.event).toEqual({ id: 'auto-1997-2', date: '1997', label: { vi: '1997', en: '1997' }, classification: 'auto' });
  });
  test('no events: one step per date, sorted', () => {
    const autos = new Map([['2001--', parseDate('2001')], ['2000-5-', parseDate('2000-05')]]);
    expect(mergeSteps([], [], autos).map((i) => i.event.id)).toEqual(['auto-2000-05', 'auto-2001']);
  });
});

describe('indexSteps', () => {
  test('steps of events by position and id, and of implicit dates', () => {
    const events = [ev('e0', '1996'), ev('e1', '1999')];
    const items = mergeSteps(events, events.map((e) => parseDate(e.date)), new Map([['1997--', parseDate('1997')]]));
    const r = indexSteps(items, new Map([['e0', 0], ['e1', 1]]));
    expect([...r.ofEventIndex]).toEqual([[0, 0], [1, 2]]);
    expect([...r.ofAuto]).toEqual([['1997--', 1]]);
    expect([...r.byEventId]).toEqual([['e0', 0], ['e1', 2], ['auto-1997', 1]]);
  });
});

describe('placeSpans and changesPerStep', () => {
  const orgs = new Map<string, Organization>([['a', { id: 'a', name: { en: 'A' } }]]);
  const memberships = [
    mem('m1', { start_cause: 'elected', end_cause: 'retirement' }),
    mem('m2'),
    mem('m3', { organization_id: 'zzz' }),
    mem('m4'),
  ];
  const sides = [
    { start: { kind: 'event' as const, event: 0, via: 'event' as const }, end: { kind: 'auto' as const, key: 'k' } },
    { start: { kind: 'none' as const }, end: { kind: 'none' as const } },
    { start: { kind: 'event' as const, event: 0, via: 'date' as const }, end: { kind: 'none' as const } },
    { start: { kind: 'event' as const, event: 1, via: 'event' as const }, end: { kind: 'event' as const, event: 0, via: 'event' as const } },
  ];
  const spans = placeSpans(memberships, sides, { ofEventIndex: new Map([[0, 0], [1, 2]]), ofAuto: new Map([['k', 1]]) }, orgs, 3);
  test('spans: [start, end), open sides, placeable and live', () => {
    expect(spans.map((s) => [s.start, s.end, s.startStep, s.endStep, s.startVia, s.endVia, s.placeable, s.live])).toEqual([
      [0, 1, 0, 1, 'event', 'auto', true, true],
      [0, 3, null, null, 'none', 'none', true, true],
      [0, 3, 0, null, 'date', 'none', false, false],
      [2, 0, 2, 0, 'event', 'event', true, false],
    ]);
  });
  test('changes: ends first, then starts, live spans only', () => {
    expect(changesPerStep(spans, 3)).toEqual([
      [{ kind: 'start', membership_id: 'm1', person_id: 'p-m1', organization_id: 'a', post_id: null, cause: 'elected' }],
      [{ kind: 'end', membership_id: 'm1', person_id: 'p-m1', organization_id: 'a', post_id: null, cause: 'retirement' }],
      [],
    ]);
  });
});

describe('makeSteps', () => {
  test('labels unique per language, date labels numbered when dates repeat', () => {
    const events = [
      { id: 'a', date: '1999', label: { vi: 'Họp', en: 'Meeting' } },
      { id: 'b', date: '1999', label: { vi: 'Họp', en: 'Vote' } },
      { id: 'c', date: '2000-06', label: { en: 'Meeting' } },
    ];
    const items = mergeSteps(events, events.map((e) => parseDate(e.date)), new Map());
    const steps = makeSteps(items, [[], [], []]);
    expect(steps.map((s) => [s.index, s.label, s.dateLabel])).toEqual([
      [0, { vi: 'Họp', en: 'Meeting' }, '1999 (1)'],
      [1, { vi: 'Họp (2)', en: 'Vote' }, '1999 (2)'],
      [2, { en: 'Meeting (2)' }, '6/2000'],
    ]);
  });
});

test('personOrder: dataset persons, then ids only memberships mention', () => {
  expect(personOrder([{ id: 'b', name: { en: 'B' } }, { id: 'a', name: { en: 'A' } }], [mem('x', { person_id: 'c' }), mem('y', { person_id: 'a' })])).toEqual([
    'b',
    'a',
    'c',
  ]);
});

test('datasetLookups: first occurrence wins, post order by first position', () => {
  const d = {
    format: 'committee-history' as const,
    format_version: 1 as const,
    id: 'x',
    title: { en: 'x' },
    sources: [],
    organizations: [{ id: 'a', name: { en: 'A' } }, { id: 'a', name: { en: 'A2' } }],
    persons: [{ id: 'p', name: { en: 'P' } }],
    posts: [
      { id: 'q', organization_id: 'a', label: { en: 'Q' } },
      { id: 'r', organization_id: 'a', label: { en: 'R' } },
      { id: 'q', organization_id: 'a', label: { en: 'Q2' } },
    ],
    memberships: [mem('m1')],
    events: [],
    claims: [],
    annotations: [],
  };
  const l = datasetLookups(d);
  expect(l.organizationById.get('a')!.name.en).toBe('A');
  expect(l.postById.get('q')!.label.en).toBe('Q');
  expect([...l.postOrder]).toEqual([['q', 0], ['r', 1]]);
  expect([...l.personById.keys()]).toEqual(['p']);
  expect(l.membershipById.get('m1')).toBe(d.memberships[0]);
});
