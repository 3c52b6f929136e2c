/**
 * Who is beyond the seats in a hemicycle: the latest to arrive (a by-election winner whose
 * predecessor the data never ends), not whoever the seat order puts in the extra outer row.
 */
import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';

function house(): Dataset {
  const memberships: Membership[] = [];
  // 62 seats: 40 for the big party, 22 for the small one, all from 2013.
  for (let i = 0; i < 62; i++) {
    memberships.push({ id: `m${i}`, person_id: `p${i}`, organization_id: 'h', on_behalf_of_id: i < 40 ? 'big' : 'small', start_date: '2013-06-01' });
  }
  // A by-election winner of the big party in 2015; the member they replace is never ended in the data.
  memberships.push({ id: 'late', person_id: 'late', organization_id: 'h', on_behalf_of_id: 'big', start_date: '2015-11-06', start_cause: 'by_election' });
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'beyond',
    title: { en: 'Beyond' },
    sources: [],
    organizations: [
      { id: 'h', name: { en: 'House' }, seats: 62 },
      { id: 'big', name: { en: 'Big' }, classification: 'party' },
      { id: 'small', name: { en: 'Small' }, classification: 'party' },
    ],
    persons: [...memberships.map((m) => ({ id: m.person_id, name: { en: m.person_id } }))],
    posts: [],
    memberships,
    events: [],
    claims: [],
    annotations: [],
  };
}

describe('beyond the seats, in a hemicycle', () => {
  test('the latest arrival is ringed, in its party block; nobody else is', () => {
    const tl = buildTimeline(house());
    const scene = layoutScene({ timeline: tl, plan: planSeats(tl), step: 1, lang: 'en', words: layoutWords('en') });
    expect(scene.layout).toBe('hemicycle');
    const seated = scene.nodes.filter((n) => n.kind === 'seated');
    expect(seated).toHaveLength(63);
    expect(seated.filter((n) => n.overCapacity).map((n) => n.person_id)).toEqual(['late']);
    expect(seated.find((n) => n.person_id === 'late')!.group).toBe('big');
    // At the first step nobody is beyond.
    const first = layoutScene({ timeline: tl, plan: planSeats(tl), step: 0, lang: 'en', words: layoutWords('en') });
    expect(first.nodes.filter((n) => n.overCapacity)).toEqual([]);
  });
});

describe('a house without a seat count', () => {
  test('shows no vacant seat when fewer sit than at its fullest (the data gives no size)', () => {
    const d = house();
    delete d.organizations[0]!.seats;
    // Two members leave in 2014: 61 sit then, 63 at the fullest.
    d.memberships[0]!.end_date = '2014-01-01';
    d.memberships[1]!.end_date = '2014-01-01';
    const tl = buildTimeline(d);
    const plan = planSeats(tl);
    for (let step = 0; step < tl.steps.length; step++) {
      const scene = layoutScene({ timeline: tl, plan, step, lang: 'en', words: layoutWords('en') });
      expect(scene.layout).toBe('hemicycle');
      expect(scene.vacant, `step ${step}`).toEqual([]);
      expect(scene.legend.items.some((i) => i.kind === 'vacant')).toBe(false);
    }
    expect(tl.steps.map((s) => tl.countSeries.get('h')![s.index])).toEqual([62, 60, 61]);
  });
});

describe('a committee forced into a hemicycle', () => {
  test('the legend names every body whose colour the seats carry (BCH, BTV, Standing Office)', async () => {
    const { loadBuiltIn } = await import('../fixtures/builtin.ts');
    const tl = loadBuiltIn().timeline;
    const scene = layoutScene({ timeline: tl, plan: planSeats(tl), step: 4, lang: 'en', words: layoutWords('en'), options: { layout: 'hemicycle' } });
    expect(scene.layout).toBe('hemicycle');
    const bodies = scene.legend.items.filter((i) => i.kind === 'org').map((i) => i.org);
    expect(bodies).toEqual(['bch', 'btv', 'tt']);
    expect(new Set(scene.nodes.filter((n) => n.kind === 'seated').map((n) => n.org))).toEqual(new Set(['bch', 'btv', 'tt']));
  });
});
