import { describe, expect, test } from 'vitest';
import { datasetForTerm, defaultTerm, inTerm, termsOf } from '../../src/lib/model/terms.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';

/**
 * Two terms of a six-seat house, listed out of order: t2 (2016-03-10, still running) before t1
 * (2011-03-09/2016-03-02); an older term t0 with no members. m1–m3 name t1, m4–m5 name t2; m6 names
 * none and sits 2015–2017 (overlaps both); m7 names none and ends on t2's first day (t1 only).
 */
function twoTerms(): Dataset {
  const m = (id: string, extra: Partial<Membership>): Membership => ({ id, person_id: `p-${id}`, organization_id: 'h', ...extra });
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'two',
    title: { en: 'Two terms' },
    sources: [],
    organizations: [{ id: 'h', name: { en: 'House' }, seats: 6 }],
    persons: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'].map((id) => ({ id: `p-${id}`, name: { en: id.toUpperCase() } })),
    posts: [],
    memberships: [
      m('m1', { legislative_period_id: 't1', start_date: '2011-03-09', end_date: '2016-03-02' }),
      m('m2', { legislative_period_id: 't1', start_date: '2011-03-09', end_date: '2013-05' }),
      m('m3', { legislative_period_id: 't1', start_date: '2013-06', end_date: '2016-03-02', start_event_id: 'by' }),
      m('m4', { legislative_period_id: 't2', start_date: '2016-03-10' }),
      m('m5', { legislative_period_id: 't2', start_date: '2016-03-10', end_date: '2018' }),
      m('m6', { start_date: '2015', end_date: '2017' }),
      m('m7', { start_date: '2012', end_date: '2016-03-10' }),
    ],
    events: [
      { id: 'el-2011', date: '2011-02-25', label: { en: 'Election 2011' } },
      { id: 'by', date: '2013-06', label: { en: 'By-election' } },
      { id: 'el-2016', date: '2016-02-26', label: { en: 'Election 2016' } },
      { id: 'late', date: '2019', label: { en: 'Late' } },
    ],
    claims: [
      { id: 'c1', organization_id: 'h', date: '2012', count: 3 },
      { id: 'c2', organization_id: 'h', date: '2000', count: 9, event_id: 'by' },
      { id: 'c3', organization_id: 'h', date: '2017', count: 3 },
    ],
    annotations: [
      { id: 'note', date: '2014', label: { en: 'A resolution' } },
      { id: 't2', date: '2016-03-10', label: { en: 'Second' }, classification: 'legislative period' },
      { id: 't1', date: '2011-03-09/2016-03-02', label: { en: 'First' }, classification: 'legislative period' },
      { id: 't0', date: '2007/2011-01', label: { en: 'Zeroth' }, classification: 'legislative period' },
    ],
  };
}

describe('termsOf', () => {
  test('the annotations classified legislative period, in date order, with their membership counts', () => {
    const terms = termsOf(twoTerms());
    expect(terms.map((t) => [t.id, t.date, t.start?.text, t.end?.text ?? null, t.memberships, t.label.en])).toEqual([
      ['t0', '2007/2011-01', '2007', '2011-01', 0, 'Zeroth'],
      ['t1', '2011-03-09/2016-03-02', '2011-03-09', '2016-03-02', 5, 'First'],
      ['t2', '2016-03-10', '2016-03-10', null, 3, 'Second'],
    ]);
  });

  test('no terms: []; an unparseable term date goes last', () => {
    const d = twoTerms();
    expect(termsOf({ ...d, annotations: [d.annotations[0]!] })).toEqual([]);
    d.annotations[1]!.date = 'soon';
    expect(termsOf(d).map((t) => [t.id, t.start, t.memberships])).toEqual([
      ['t0', expect.anything(), 0],
      ['t1', expect.anything(), 5],
      ['t2', null, 2],
    ]);
  });

  test('defaultTerm: the latest term with memberships, else null', () => {
    expect(defaultTerm(termsOf(twoTerms()))?.id).toBe('t2');
    const d = twoTerms();
    d.annotations.push({ id: 't3', date: '2020', label: { en: 'Third' }, classification: 'legislative period' });
    d.memberships = d.memberships.filter((m) => m.legislative_period_id !== 't2' && m.id !== 'm6');
    expect(defaultTerm(termsOf(d))?.id).toBe('t1');
    expect(defaultTerm(termsOf({ ...d, memberships: [] }))).toBeNull();
  });
});

describe('inTerm', () => {
  const iv = { from: 0, to: 100 };
  test('by legislative_period_id first; else by overlap, open ends reaching for ever', () => {
    const m: Membership = { id: 'x', person_id: 'p', organization_id: 'h', legislative_period_id: 'other', start_date: '1970-02' };
    expect(inTerm(m, 't', iv)).toBe(false);
    expect(inTerm({ ...m, legislative_period_id: 't', start_date: '2050' }, 't', iv)).toBe(true);
    const { legislative_period_id: _, ...free } = m;
    expect(inTerm(free, 't', iv)).toBe(true);
    expect(inTerm({ id: 'y', person_id: 'p', organization_id: 'h' }, 't', iv)).toBe(true);
    expect(inTerm({ id: 'y', person_id: 'p', organization_id: 'h' }, 't', null)).toBe(false);
    // 1970-04-11 is day 100: starting on the term's last day is not overlapping.
    expect(inTerm({ ...free, start_date: '1970-04-11' }, 't', iv)).toBe(false);
    expect(inTerm({ ...free, start_date: '1970-04-10' }, 't', iv)).toBe(true);
    // Ending on the term's first day is not overlapping either.
    expect(inTerm({ ...free, start_date: undefined, end_date: '1970-01-01' }, 't', iv)).toBe(false);
    expect(inTerm({ ...free, start_date: undefined, end_date: '1970-01-02' }, 't', iv)).toBe(true);
  });
});

describe('datasetForTerm', () => {
  test('keeps the term’s memberships, the events and claims in its interval or named by them, and everything else', () => {
    const d = twoTerms();
    const t1 = datasetForTerm(d, 't1');
    expect(t1.memberships.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm6', 'm7']);
    expect(t1.events.map((e) => e.id)).toEqual(['by', 'el-2016']);
    expect(t1.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(datasetForTerm(d, 't2').claims.map((c) => c.id)).toEqual(['c3']);
    expect(t1.annotations).toBe(d.annotations);
    expect(t1.persons).toBe(d.persons);
    expect([t1.id, t1.title]).toEqual([d.id, d.title]);
    const t2 = datasetForTerm(d, 't2');
    expect(t2.memberships.map((m) => m.id)).toEqual(['m4', 'm5', 'm6']);
    expect(t2.events.map((e) => e.id)).toEqual(['late']);
    // A membership naming an event outside the term keeps that event.
    d.memberships[3]!.start_event_id = 'el-2016';
    expect(datasetForTerm(d, 't2').events.map((e) => e.id)).toEqual(['el-2016', 'late']);
    // The input is untouched.
    expect(d.memberships).toHaveLength(7);
  });

  test('a term’s timeline starts with its members: no empty first step', () => {
    const tl = buildTimeline(datasetForTerm(twoTerms(), 't2'));
    expect(tl.steps.map((s) => s.date.text)).toEqual(['2015', '2016-03-10', '2017', '2018', '2019']);
    expect(tl.countSeries.get('h')).toEqual([1, 3, 2, 1, 1]);
    const t0 = buildTimeline(datasetForTerm(twoTerms(), 't0'));
    expect(t0.steps).toEqual([]);
  });

  test('an unknown term is a RangeError', () => {
    expect(() => datasetForTerm(twoTerms(), 'nope')).toThrow(RangeError);
    expect(() => datasetForTerm(twoTerms(), 'note')).toThrow(/No term/);
  });
});
