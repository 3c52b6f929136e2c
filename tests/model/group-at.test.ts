import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { groupAt, groupIndex, groupOrder, groupsAtStep } from '../../src/lib/model/group-at.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { tinyWith } from './fixtures.ts';

/** tiny() with parties: p1 red (seat m1, m2), p2 blue, p3 red then blue when promoted (m5 blue). */
function parties(): Dataset {
  return tinyWith((d) => {
    d.organizations.push(
      { id: 'red', name: { en: 'Red' }, classification: 'party' },
      { id: 'blue', name: { en: 'Blue' }, classification: 'party' },
    );
    const set = (id: string, g: string) => (d.memberships.find((m) => m.id === id)!.on_behalf_of_id = g);
    set('m1', 'red');
    set('m2', 'red');
    set('m3', 'blue');
    set('m4', 'red');
    set('m5', 'blue');
  });
}

describe('groupAt', () => {
  test('reads on_behalf_of_id of the seat memberships; the one that started last wins', () => {
    const tl = buildTimeline(parties());
    expect([0, 1, 2].map((k) => groupAt(tl, 'p1', k))).toEqual(['red', null, null]);
    expect([0, 1, 2].map((k) => groupAt(tl, 'p2', k))).toEqual(['blue', 'blue', 'blue']);
    // p3: m4 (red, from step 1) and m5 (blue, from step 2) both active at 2: m5 started last.
    expect([0, 1, 2].map((k) => groupAt(tl, 'p3', k))).toEqual([null, 'red', 'blue']);
    expect(groupAt(tl, 'nobody', 0)).toBeNull();
  });

  test('throws RangeError for a step out of range', () => {
    const tl = buildTimeline(parties());
    expect(() => groupAt(tl, 'p1', 3)).toThrow(RangeError);
    expect(() => groupAt(tl, 'p1', -1)).toThrow(RangeError);
    expect(() => groupsAtStep(tl, 1.5)).toThrow(RangeError);
  });

  test('a membership of a party is a group, used when the seat names none, and only while seated', () => {
    const d = tinyWith((d) => {
      d.organizations.push({ id: 'green', name: { en: 'Green' }, classification: 'party' });
      // p2's party membership runs past the data (2000 to 2010): only read while p2 is seated.
      d.memberships.push({ id: 'g2', person_id: 'p2', organization_id: 'green', start_date: '1990', end_date: '2010' });
      // p1's party membership starts with the 2001 step: p1 has left by then.
      d.memberships.push({ id: 'g1', person_id: 'p1', organization_id: 'green', start_date: '2001' });
      d.memberships.find((m) => m.id === 'm4')!.on_behalf_of_id = 'red';
      d.memberships.push({ id: 'g3', person_id: 'p3', organization_id: 'green', start_date: '2001' });
    });
    const tl = buildTimeline(d);
    expect([0, 1, 2].map((k) => groupAt(tl, 'p2', k))).toEqual(['green', 'green', 'green']);
    expect([0, 1, 2].map((k) => groupAt(tl, 'p1', k))).toEqual([null, null, null]);
    // The seat's on_behalf_of_id wins over the party membership.
    expect([0, 1, 2].map((k) => groupAt(tl, 'p3', k))).toEqual([null, 'red', 'red']);
  });

  test('groupsAtStep maps every seated person with a group', () => {
    const tl = buildTimeline(parties());
    expect(groupsAtStep(tl, 1)).toEqual(new Map([['p2', 'blue'], ['p3', 'red']]));
  });

  test('no groups: empty index, no group for anyone', () => {
    const tl = buildTimeline(tinyWith(() => {}));
    expect(groupOrder(tl)).toEqual([]);
    expect(groupAt(tl, 'p1', 0)).toBeNull();
    expect(groupIndex(tl).byPerson.size).toBe(0);
  });
});

describe('groupOrder', () => {
  test('most distinct members over the term first, ties by id', () => {
    const tl = buildTimeline(parties());
    // red: p1, p3; blue: p2, p3 → tie at 2, by id: blue before red.
    expect(groupOrder(tl)).toEqual(['blue', 'red']);
    const d = parties();
    d.memberships.find((m) => m.id === 'm3')!.on_behalf_of_id = 'red';
    expect(groupOrder(buildTimeline(d))).toEqual(['red', 'blue']);
  });

  test('is the same object content on every call (computed once per timeline)', () => {
    const tl = buildTimeline(parties());
    expect(groupIndex(tl)).toBe(groupIndex(tl));
    expect(groupOrder(tl)).toEqual(groupOrder(tl));
  });

  test('main group: the one held longest, ties by the one held first', () => {
    const tl = buildTimeline(parties());
    const main = groupIndex(tl).mainGroup;
    expect(main.get('p1')).toBe('red');
    expect(main.get('p2')).toBe('blue');
    expect(main.get('p3')).toBe('red'); // red at step 1, blue at step 2: a tie, red first
  });
});
