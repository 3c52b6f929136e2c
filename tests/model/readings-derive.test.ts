/** Deriving readings (`model/readings-derive.ts`, `readings-input.ts`) and the origins of a reading (`readings-origins.ts`). */
import { describe, expect, test } from 'vitest';
import { deriveReadings, originCounts, type Origin, type ReadingInput } from '../../src/lib/model/readings-derive.ts';
import { readingInputAt } from '../../src/lib/model/readings-input.ts';
import { alternativeEventId, originsTable, readingOrigins } from '../../src/lib/model/readings-origins.ts';
import { builtin } from './fixtures.ts';
import { builtinWithTestReadings, twoPosts, twoPostsWith } from './readings-fixtures.ts';

/** An input of `n` posts (ids p1…pn) and the given counts. */
const input = (n: number, plainSeats: number, before: [number, number], after: [number, number]): ReadingInput => ({
  posts: Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}` })),
  plainSeats,
  before: { outer: before[0], inner: before[1] },
  after: { outer: after[0], inner: after[1] },
});

/** n! / (a! b! c!): the number of distinct arrangements of a multiset. */
const multinomial = (a: number, b: number, c: number): number => {
  const f = (k: number): number => (k <= 1 ? 1 : k * f(k - 1));
  return f(a + b + c) / (f(a) * f(b) * f(c));
};

describe('the built-in dataset, read from data/quan6-1996-2000.json', () => {
  const setup = readingInputAt(builtin(), 'by-election-1999');
  test('the 1999 by-election: 4 Standing posts, 3 plain BCH seats, 28/7 before, 32/10 after', () => {
    expect(setup).not.toBeNull();
    expect(setup!.bodies).toEqual({ outer: 'bch', inner: 'btv' });
    expect(setup!.step).toBe(4);
    expect(setup!.input.posts.map((p) => p.id)).toEqual(['bi-thu', 'pbt-tt', 'uvtv-quan-su', 'uvtv-to-chuc']);
    expect(setup!.fillings.map((f) => f.person_id)).toEqual(['pbt-tt-1996', 'pbt-tt-1999', 'bch-21', 'bch-20']);
    expect(setup!.input.plainSeats).toBe(3);
    expect(setup!.input.before).toEqual({ outer: 28, inner: 7 });
    expect(setup!.input.after).toEqual({ outer: 32, inner: 10 });
    // 28/7 is computed (the source states no count between the congress and the report); 32/10 are the report's claims.
    expect(setup!.countSource).toEqual({ before: { outer: 'computed', inner: 'computed' }, after: { outer: 'stated', inner: 'stated' } });
  });
  test('1 newcomer, 2 raised from the BCH, 1 sitting BTV member: exactly 12 distinct readings', () => {
    expect(originCounts(setup!.input)).toEqual({ newcomer: 1, outer: 2, inner: 1 });
    const readings = deriveReadings(setup!.input);
    expect(readings).toHaveLength(12);
    expect(new Set(readings.map((r) => r.key)).size).toBe(12);
    for (const r of readings) {
      expect(r.origins.filter((o) => o === 'newcomer')).toHaveLength(1);
      expect(r.origins.filter((o) => o === 'outer')).toHaveLength(2);
      expect(r.origins.filter((o) => o === 'inner')).toHaveLength(1);
    }
    // Lexicographic: newcomer < outer < inner, first post first.
    expect(readings[0]!.key).toBe('newcomer,outer,outer,inner');
    expect(readings[11]!.key).toBe('inner,outer,outer,newcomer');
    // The dataset's own records (the convention) are one of them.
    expect(readings.map((r) => r.key)).toContain('inner,newcomer,outer,outer');
  });
  test('the Secretary only for a sitting BTV member: 3 readings (where the newcomer goes among the other three)', () => {
    const setup2 = readingInputAt(builtin(), 'by-election-1999', { eligible: { 'bi-thu': ['inner'] } });
    const readings = deriveReadings(setup2!.input);
    expect(readings.map((r) => r.key)).toEqual(['inner,newcomer,outer,outer', 'inner,outer,newcomer,outer', 'inner,outer,outer,newcomer']);
  });
  test('an event where no Standing post is filled gives no input', () => {
    expect(readingInputAt(builtin(), 'retirement-1999')).toBeNull();
    expect(readingInputAt(builtin(), 'no-such-event')).toBeNull();
  });
});

describe('small cases', () => {
  test('2 posts, 1 newcomer, 1 sitting member → 2', () => {
    const i = input(2, 1, [3, 1], [5, 2]);
    expect(originCounts(i)).toEqual({ newcomer: 1, outer: 0, inner: 1 });
    expect(deriveReadings(i).map((r) => r.origins)).toEqual([
      ['newcomer', 'inner'],
      ['inner', 'newcomer'],
    ]);
  });
  test('3 posts, 1 newcomer, 1 raised, 1 sitting → 6, all distinct', () => {
    const i = input(3, 0, [10, 3], [11, 5]);
    expect(originCounts(i)).toEqual({ newcomer: 1, outer: 1, inner: 1 });
    const r = deriveReadings(i);
    expect(r).toHaveLength(6);
    expect(new Set(r.map((x) => x.key)).size).toBe(6);
  });
  test('counts of several sizes give the multinomial number of readings', () => {
    for (const [n, plain, b, a] of [
      [4, 0, [20, 5], [22, 8]],
      [5, 2, [20, 5], [24, 8]],
      [6, 1, [30, 6], [33, 10]],
    ] as [number, number, [number, number], [number, number]][]) {
      const i = input(n, plain, b, a);
      const c = originCounts(i)!;
      expect(deriveReadings(i)).toHaveLength(multinomial(c.newcomer, c.outer, c.inner));
    }
  });
  test('at most `max` readings, the first in order; 20 posts split 7/7/6 stop at 10,000 at once', () => {
    const i = input(3, 0, [10, 3], [11, 5]);
    expect(deriveReadings(i, 2).map((r) => r.key)).toEqual(deriveReadings(i).slice(0, 2).map((r) => r.key));
    expect(deriveReadings(i, 0)).toEqual([]);
    const big = input(20, 0, [100, 20], [107, 34]);
    expect(originCounts(big)).toEqual({ newcomer: 7, outer: 7, inner: 6 });
    const t = performance.now();
    const r = deriveReadings(big);
    expect(r).toHaveLength(10_000);
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(r[0]!.key).toBe([...Array(7).fill('newcomer'), ...Array(7).fill('outer'), ...Array(6).fill('inner')].join(','));
  });
  test('all posts to one origin → 1 reading', () => {
    expect(deriveReadings(input(3, 0, [10, 3], [13, 6])).map((r) => r.key)).toEqual(['newcomer,newcomer,newcomer']);
    expect(deriveReadings(input(2, 2, [10, 3], [12, 3])).map((r) => r.key)).toEqual(['inner,inner']);
  });
  test('eligibility removes readings', () => {
    const i = input(3, 0, [10, 3], [11, 5]);
    const only = (id: string, eligible: Origin[]): ReadingInput => ({ ...i, posts: i.posts.map((p) => (p.id === id ? { ...p, eligible } : p)) });
    // p1 may not go to a newcomer: 6 → 4.
    expect(deriveReadings(only('p1', ['outer', 'inner']))).toHaveLength(4);
    // p1 only to the sitting member: 2, both with p1 inner.
    const r = deriveReadings(only('p1', ['inner']));
    expect(r.map((x) => x.key)).toEqual(['inner,newcomer,outer', 'inner,outer,newcomer']);
    // p1 only to a newcomer and p2 too: there is one newcomer, so none.
    const both: ReadingInput = { ...i, posts: i.posts.map((p) => (p.id === 'p3' ? p : { ...p, eligible: ['newcomer'] as Origin[] })) };
    expect(deriveReadings(both)).toEqual([]);
  });
  test('one post filled twice: swapping its two holders is the same reading', () => {
    const i: ReadingInput = { posts: [{ id: 'member' }, { id: 'member' }, { id: 'chair' }], plainSeats: 0, before: { outer: 10, inner: 3 }, after: { outer: 11, inner: 5 } };
    // Without the rule: 6. With it: chair newcomer / outer / inner, the two seats taking the rest: 3.
    expect(deriveReadings(i).map((r) => r.key)).toEqual(['newcomer,outer,inner', 'newcomer,inner,outer', 'outer,inner,newcomer']);
    expect(deriveReadings(i).map((r) => r.origins[2])).toEqual(['inner', 'outer', 'newcomer']);
  });
});

describe('no reading where the counts cannot reconcile', () => {
  test('fewer new outer members than plain seats (negative newcomers)', () => {
    expect(originCounts(input(2, 3, [28, 7], [30, 8]))).toBeNull();
    expect(deriveReadings(input(2, 3, [28, 7], [30, 8]))).toEqual([]);
  });
  test('the inner body grows by less than the newcomers (negative raised)', () => {
    expect(deriveReadings(input(2, 0, [10, 3], [12, 4]))).toEqual([]);
  });
  test('more new inner members than posts (negative sitting)', () => {
    expect(deriveReadings(input(2, 0, [10, 3], [11, 6]))).toEqual([]);
  });
  test('the outer body shrinks, or a count is not a whole number ≥ 0', () => {
    expect(deriveReadings(input(2, 0, [10, 3], [9, 3]))).toEqual([]);
    expect(deriveReadings(input(2, 0, [10, 3], [10.5, 3]))).toEqual([]);
    expect(deriveReadings(input(2, -1, [10, 3], [10, 3]))).toEqual([]);
  });
  test('the built-in with a stated count changed: 12 BTV members after (1 newcomer, 4 raised, −1 sitting) → none', () => {
    const d = builtin();
    d.claims = d.claims.map((c) => (c.organization_id === 'btv' && c.count === 10 ? { ...c, count: 12 } : c));
    const setup = readingInputAt(d, 'by-election-1999')!;
    expect(setup.input.after).toEqual({ outer: 32, inner: 12 });
    expect(deriveReadings(setup.input)).toEqual([]);
  });
  test('the built-in with 35 BCH members after (4 newcomers, −1 raised) → none; with 33, 2 newcomers: 12 again', () => {
    const withBch = (n: number) => {
      const d = builtin();
      d.claims = d.claims.map((c) => (c.organization_id === 'bch' && c.count === 32 ? { ...c, count: n } : c));
      return readingInputAt(d, 'by-election-1999')!.input;
    };
    expect(deriveReadings(withBch(35))).toEqual([]);
    expect(originCounts(withBch(33))).toEqual({ newcomer: 2, outer: 1, inner: 1 });
    expect(deriveReadings(withBch(33))).toHaveLength(12);
  });
});

describe('a small dataset: readingInputAt and readingOrigins', () => {
  test('twoPosts: 2 posts, 1 plain seat, 3/1 → 5/2: 2 readings', () => {
    const setup = readingInputAt(twoPosts(), 'e1')!;
    expect(setup.bodies).toEqual({ outer: 'o', inner: 'i' });
    expect(setup.input).toEqual({ posts: [{ id: 'p1' }, { id: 'p2' }], plainSeats: 1, before: { outer: 3, inner: 1 }, after: { outer: 5, inner: 2 } });
    expect(deriveReadings(setup.input).map((r) => r.key)).toEqual(['newcomer,inner', 'inner,newcomer']);
  });
  test('counts with no claim are the memberships’ counts', () => {
    const setup = readingInputAt(twoPostsWith((d) => (d.claims = [])), 'e1')!;
    expect(setup.countSource.after).toEqual({ outer: 'computed', inner: 'computed' });
    expect(setup.input.after).toEqual({ outer: 5, inner: 2 });
  });
  test('the origins of each reading follow its memberships', () => {
    const d = twoPosts();
    const alt = d.alternatives![0]!;
    const origins = alt.readings.map((r) => readingOrigins(d, alt, r)!.posts.map((p) => [p.post_id, p.person_id, p.origin]));
    expect(origins).toEqual([
      [
        ['p1', 'A', 'inner'],
        ['p2', 'D', 'newcomer'],
      ],
      [
        ['p1', 'D', 'newcomer'],
        ['p2', 'A', 'inner'],
      ],
    ]);
  });
  test('the event of an alternative without event_id is its first replaced membership’s start event', () => {
    const d = twoPostsWith((x) => delete x.alternatives![0]!.event_id);
    expect(alternativeEventId(d, d.alternatives![0]!)).toBe('e1');
    expect(readingOrigins(d, d.alternatives![0]!, d.alternatives![0]!.readings[1]!)!.posts.map((p) => p.origin)).toEqual(['newcomer', 'inner']);
  });
  test('an unknown event gives null', () => {
    const d = twoPostsWith((x) => (x.alternatives![0]!.event_id = 'nope'));
    expect(readingOrigins(d, d.alternatives![0]!, d.alternatives![0]!.readings[0]!)).toBeNull();
  });
});

describe('readingOrigins on the built-in dataset with test readings', () => {
  const d = builtinWithTestReadings();
  const alt = d.alternatives![0]!;
  const rows = (i: number) => readingOrigins(d, alt, alt.readings[i]!)!;
  test('the default reading: Secretary from the BTV, Standing Deputy the newcomer, two raised from the BCH', () => {
    expect(rows(0).bodies).toEqual({ outer: 'bch', inner: 'btv' });
    expect(rows(0).posts.map((p) => [p.post_id, p.origin])).toEqual([
      ['bi-thu', 'inner'],
      ['pbt-tt', 'newcomer'],
      ['uvtv-quan-su', 'outer'],
      ['uvtv-to-chuc', 'outer'],
    ]);
  });
  test('the swap: the Standing Deputy raised from the BCH, the Organisation member the newcomer', () => {
    expect(rows(1).posts.map((p) => [p.post_id, p.person_id, p.origin])).toEqual([
      ['bi-thu', 'pbt-tt-1996', 'inner'],
      ['pbt-tt', 'bch-20', 'outer'],
      ['uvtv-quan-su', 'bch-21', 'outer'],
      ['uvtv-to-chuc', 'pbt-tt-1999', 'newcomer'],
    ]);
  });
  test('each reading’s origins are among the derived ones', () => {
    const derived = new Set(deriveReadings(readingInputAt(d, 'by-election-1999')!.input).map((r) => r.key));
    expect(derived.has(rows(0).posts.map((p) => p.origin).join(','))).toBe(true);
    expect(derived.has(rows(1).posts.map((p) => p.origin).join(','))).toBe(true);
  });
});

describe('originsTable', () => {
  test('posts × readings for the built-in test readings; a post not filled under a reading is null', () => {
    const d = builtinWithTestReadings();
    const t = originsTable(d, d.alternatives![0]!);
    expect(t.posts).toEqual(['bi-thu', 'pbt-tt', 'uvtv-quan-su', 'uvtv-to-chuc']);
    expect(t.columns.map((c) => c.reading.id)).toEqual(['test-default', 'test-swap', 'test-broken']);
    expect(t.columns.map((c) => t.posts.map((p) => c.origins[p]?.origin ?? null))).toEqual([
      ['inner', 'newcomer', 'outer', 'outer'],
      ['inner', 'outer', 'outer', 'newcomer'],
      ['inner', null, 'outer', 'outer'],
    ]);
  });
});

describe('readingInputAt counts people, not memberships', () => {
  test('a plain seat written as two memberships of the outer body is one seat', () => {
    const d = twoPostsWith((x) => x.memberships.push({ id: 'mE-o2', person_id: 'E', organization_id: 'o', start_event_id: 'e1', role: { en: 'again' } }));
    expect(readingInputAt(d, 'e1')!.input.plainSeats).toBe(1);
  });
});
