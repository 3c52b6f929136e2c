/**
 * The stages of `planSeats` on their own: the input, where each person is at a step, the
 * lowest-free-index allocator, the vacancy tracker, the walk over the steps, the regions, the trays
 * and the history lookups.
 */
import { describe, expect, test } from 'vitest';
import { naturalCompare } from '../../src/lib/layout/natural-compare.ts';
import { postRanks, readPlanInput, seatsByOrg } from '../../src/lib/layout/seat-plan-input.ts';
import { rankOf, snapshotSource, spanSource } from '../../src/lib/layout/seat-plan-states.ts';
import { Allocator } from '../../src/lib/layout/seat-plan-allocator.ts';
import { vacancyTracker } from '../../src/lib/layout/seat-plan-vacancies.ts';
import { walkSteps } from '../../src/lib/layout/seat-plan-walk.ts';
import { planRegions } from '../../src/lib/layout/seat-plan-regions.ts';
import { planTrays } from '../../src/lib/layout/seat-plan-trays.ts';
import { historyLookup, lastArrival, pushHistory } from '../../src/lib/layout/seat-plan-history.ts';
import type { PlanEntry } from '../../src/lib/layout/seat-plan-types.ts';
import { buildOrgTree } from '../../src/lib/model/org-tree.ts';
import { handTimeline, org } from '../fixtures/hand-timeline.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { timeline, plan } = loadBuiltIn();

describe('natural compare', () => {
  test('digit runs by value, a prefix first, equal ids 0', () => {
    expect(naturalCompare('bch-2', 'bch-10')).toBeLessThan(0);
    expect(naturalCompare('m2', 'm02')).toBeLessThan(0);
    expect(naturalCompare('a', 'a1')).toBeLessThan(0);
    expect(naturalCompare('b', 'a9')).toBeGreaterThan(0);
    expect(naturalCompare('x7', 'x7')).toBe(0);
  });
});

describe('input', () => {
  test('seats by organization: a number ≥ 0 or null; the first of duplicate ids wins', () => {
    const seats = seatsByOrg([
      { id: 'a', seats: 3 },
      { id: 'b' },
      { id: 'c', seats: -1 },
      { id: 'd', seats: 0 },
      { id: 'a', seats: 9 },
    ]);
    expect([...seats]).toEqual([
      ['a', 3],
      ['b', null],
      ['c', null],
      ['d', 0],
    ]);
  });

  test('post ranks: dataset position, the first of duplicate ids wins', () => {
    expect([...postRanks([{ id: 'p' }, { id: 'q' }, { id: 'p' }])]).toEqual([
      ['p', 0],
      ['q', 1],
    ]);
  });

  test('the built-in timeline: five steps, the tree, the seats, places from the spans', () => {
    const input = readPlanInput(timeline);
    expect(input.stepCount).toBe(5);
    expect(input.states.stepCount).toBe(5);
    expect(input.tree.roots).toEqual(['bch']);
    expect([...input.orgSeats]).toEqual([
      ['bch', 35],
      ['btv', 11],
      ['tt', null],
    ]);
    // Everyone who ever sits is looked at in the first step.
    expect([...input.states.step(0, new Map()).candidates]).toHaveLength(39);
  });

  test('no steps: a clear error with the step count', () => {
    expect(() => readPlanInput({ organizations: [org('a', null, 2)], snapshots: [] })).toThrow(
      'planSeats: the timeline has no steps (stepCount = 0); at least one is needed.',
    );
  });
});

describe('states', () => {
  test('rankOf: the lowest position of the posts held, +∞ for none', () => {
    const ranks = new Map([
      ['a', 3],
      ['b', 1],
    ]);
    expect(rankOf(['a', 'b', 'zz'], ranks)).toBe(1);
    expect(rankOf([], ranks)).toBe(Number.POSITIVE_INFINITY);
  });

  test('spans and snapshots give the same targets and start causes on the built-in dataset', () => {
    const ranks = postRanks(timeline.dataset.posts);
    const tree = buildOrgTree(timeline.dataset.organizations);
    const bySpans = spanSource(timeline.steps.length, timeline.spans, tree, ranks);
    const bySnaps = snapshotSource({ stepCount: timeline.steps.length, snapshotAt: (i) => timeline.snapshotAt(i) }, timeline.steps, ranks);
    const s0 = bySpans.step(0, new Map());
    // The secretary sits in the Standing Office and holds the first post; uvtv-tuyen-giao holds the third.
    expect(s0.target('bi-thu-1996')).toEqual({ kind: 'seat', region: 'tt', rank: 0 });
    expect(s0.target('uvtv-tuyen-giao')).toEqual({ kind: 'seat', region: 'btv', rank: 2 });
    // Not yet seated at step 0: nowhere.
    expect(s0.target('pct-ubnd')).toBeNull();
    const s1 = bySpans.step(1, new Map());
    expect([...s1.candidates]).toEqual(['uvtv-tuyen-giao']);
    expect(s1.target('uvtv-tuyen-giao')).toEqual({ kind: 'tray', cause: 'removed_from_roll', rank: 2 });
    const s4 = bySpans.step(4, new Map());
    expect(s4.target('pct-ubnd')).toEqual({ kind: 'seat', region: 'bch', rank: Number.POSITIVE_INFINITY });
    expect(s4.startCause('pct-ubnd')).toBe('by_election');
    for (let k = 0; k < 5; k++) {
      const a = bySpans.step(k, new Map());
      const b = bySnaps.step(k, new Map());
      for (const pid of a.candidates) {
        expect(b.target(pid), `${pid} at ${k}`).toEqual(a.target(pid));
        if (k > 0) expect(b.startCause(pid), `${pid} at ${k}`).toBe(a.startCause(pid));
      }
    }
  });
});

describe('allocator', () => {
  test('the lowest free index; the most in use at once', () => {
    const a = new Allocator();
    expect([a.take(), a.take(), a.take()]).toEqual([0, 1, 2]);
    a.free(1);
    a.free(0);
    expect([a.take(), a.take(), a.take()]).toEqual([0, 1, 3]);
    expect(a.maxOccupancy).toBe(4);
    a.free(3);
    a.free(2);
    expect(a.take()).toBe(2);
    expect(a.maxOccupancy).toBe(4);
  });
});

describe('vacancy tracker', () => {
  // a (5 seats) ⊃ b (2 seats) ⊃ c (seatless).
  const orgs = [org('a', null, 5), org('b', 'a', 2), org('c', 'b')];
  const tree = buildOrgTree(orgs);
  const seats = seatsByOrg(orgs);

  test("a body's own cells: its people plus the vacancies the bodies with seats below it do not draw", () => {
    const vac = vacancyTracker(tree, seats);
    vac.seat('a', +1);
    vac.endStep();
    // b draws its 2 vacancies; a draws 5 − 1 − 2 = 2 and seats 1 directly.
    expect([vac.need('a'), vac.need('b'), vac.need('c')]).toEqual([3, 2, 0]);
    // Two people join c (inside b): b is full, so a draws 5 − 3 = 2 vacancies again.
    vac.seat('c', +1);
    vac.seat('c', +1);
    vac.endStep();
    expect([vac.need('a'), vac.need('b')]).toEqual([3, 2]);
    // The person of a leaves: a draws 3 vacancies and seats nobody (the most so far stays 3).
    vac.seat('a', -1);
    vac.endStep();
    expect(vac.need('a')).toBe(3);
  });

  test('over-full bodies draw no vacancies; unknown bodies are ignored', () => {
    const vac = vacancyTracker(tree, seats);
    for (let i = 0; i < 7; i++) vac.seat('a', +1);
    vac.seat('zz', +1);
    vac.endStep();
    // 7 people for 5 seats: a needs its 7; b, empty, draws its 2 vacancies.
    expect([vac.need('a'), vac.need('b'), vac.need('zz')]).toEqual([7, 2, 0]);
  });
});

describe('walk', () => {
  test('the built-in term: occupancy, trays first used, newcomers by cause, history', () => {
    const { tree, orgSeats, states } = readPlanInput(timeline);
    const walk = walkSteps(states, tree, orgSeats);
    // In order of the first seat taken: the Standing Office holds the first post.
    expect([...walk.seatOccupancy]).toEqual([
      ['tt', 2],
      ['btv', 9],
      ['bch', 24],
    ]);
    expect([...walk.trayOccupancy]).toEqual([
      ['removed_from_roll', 1],
      ['transfer', 4],
      ['retirement', 2],
    ]);
    expect([...walk.exitFirst]).toEqual([
      ['removed_from_roll', 1],
      ['transfer', 2],
      ['retirement', 3],
    ]);
    expect([...walk.entryFirst]).toEqual([['by_election', 4]]);
    expect([...walk.entryMax]).toEqual([['by_election', 4]]);
    expect(['bch', 'btv', 'tt'].map(walk.need)).toEqual([24, 10, 0]);
    expect(walk.history.get('uvtv-tuyen-giao')).toEqual([
      { step: 0, place: { kind: 'seat', region: 'btv', index: 0 }, arrival: null, joined: false },
      { step: 1, place: { kind: 'tray', cause: 'removed_from_roll', index: 0 }, arrival: null, joined: false },
    ]);
    // bch-20 moves up to the BTV at step 4 and frees BCH cell 19, which the newcomer pct-ubnd takes.
    // bch-21 takes the place of the post they now hold (military affairs, the BTV's second post, free
    // since 1998); bch-20's post (organisation, the third) has its place held by a member without a
    // post, so bch-20 takes the lowest free cell.
    expect(walk.history.get('bch-21')!.at(-1)).toEqual({ step: 4, place: { kind: 'seat', region: 'btv', index: 1 }, arrival: null, joined: false });
    expect(walk.history.get('bch-20')).toEqual([
      { step: 0, place: { kind: 'seat', region: 'bch', index: 19 }, arrival: null, joined: false },
      { step: 4, place: { kind: 'seat', region: 'btv', index: 0 }, arrival: null, joined: false },
    ]);
    expect(walk.history.get('pct-ubnd')).toEqual([{ step: 4, place: { kind: 'seat', region: 'bch', index: 19 }, arrival: 'by_election', joined: true }]);
    expect([...walk.history]).toEqual([...plan.history]);
  });

  test('by hand: leavers free first, newcomers by first post then natural id, a return rejoins', () => {
    const orgs = [org('x', null, 4)];
    const t = handTimeline(orgs, [
      { seated: { p1: { orgs: ['x'] }, p2: { orgs: ['x'] } } },
      { seated: { p1: { orgs: ['x'] }, p10: { orgs: ['x'], start: 'appointed' }, p9: { orgs: ['x'], start: 'appointed' } }, departed: { p2: { cause: 'death' } } },
      { seated: { p1: { orgs: ['x'] }, p10: { orgs: ['x'] }, p9: { orgs: ['x'] }, p2: { orgs: ['x'], start: 'by_election' } } },
    ]);
    const { tree, orgSeats, states } = readPlanInput({ organizations: orgs, snapshots: t.snapshots, steps: t.steps });
    const walk = walkSteps(states, tree, orgSeats);
    const seat = (index: number) => ({ kind: 'seat', region: 'x', index });
    expect(walk.history.get('p9')).toEqual([{ step: 1, place: seat(1), arrival: 'appointed', joined: true }]);
    expect(walk.history.get('p10')).toEqual([{ step: 1, place: seat(2), arrival: 'appointed', joined: true }]);
    expect(walk.history.get('p2')).toEqual([
      { step: 0, place: seat(1), arrival: null, joined: false },
      { step: 1, place: { kind: 'tray', cause: 'death', index: 0 }, arrival: null, joined: false },
      { step: 2, place: seat(3), arrival: 'by_election', joined: true },
    ]);
    expect([...walk.seatOccupancy]).toEqual([['x', 4]]);
    expect([...walk.trayOccupancy]).toEqual([['death', 1]]);
    expect([...walk.entryFirst]).toEqual([
      ['appointed', 1],
      ['by_election', 2],
    ]);
    expect([...walk.entryMax]).toEqual([
      ['appointed', 2],
      ['by_election', 1],
    ]);
    expect(walk.need('x')).toBe(4);
  });
});

describe('regions', () => {
  // a (6 seats) ⊃ s (seatless) ⊃ b (2 seats); a also holds a seatless z.
  const orgs = [org('a', null, 6), org('s', 'a'), org('b', 's', 2), org('z', 'a')];
  const tree = buildOrgTree(orgs);
  const seats = seatsByOrg(orgs);
  const need = (o: string) => ({ a: 3, b: 2 })[o] ?? 0;

  test('pre-order, the nearest body with seats, capacities of the own area and the subtree', () => {
    const occupancy = new Map([
      ['a', 1],
      ['s', 2],
      ['b', 2],
      ['z', 1],
    ]);
    const { regions, region } = planRegions(tree, seats, occupancy, need);
    expect(regions.map((r) => [r.org, r.parent, r.depth, r.children, r.seats, r.seatOrg, r.maxOccupancy, r.capacity, r.totalCapacity])).toEqual([
      ['a', null, 0, ['s', 'z'], 6, 'a', 1, 3, 8],
      ['s', 'a', 1, ['b'], null, 'a', 2, 2, 4],
      ['b', 's', 2, [], 2, 'b', 2, 2, 2],
      ['z', 'a', 1, [], null, 'a', 1, 1, 1],
    ]);
    expect(region.get('b')).toBe(regions[2]);
  });

  test('a body with seats keeps room for more people than its need; a body nobody sat in has none', () => {
    const { regions } = planRegions(tree, seats, new Map([['a', 5]]), need);
    expect(regions.map((r) => [r.org, r.capacity])).toEqual([
      ['a', 5],
      ['s', 0],
      ['b', 2],
      ['z', 0],
    ]);
  });

  test('someone seated in an organization the tree does not know: a clear error', () => {
    expect(() => planRegions(tree, seats, new Map([['a', 1], ['zz', 1]]), need)).toThrow(
      'planSeats: a person is seated in organization "zz", which is not in the organizations list.',
    );
  });
});

describe('trays', () => {
  test('by first step, then the order of causes in the format, then natural order; capacities from the counts', () => {
    const { exitTrays, entryTrays } = planTrays({
      exitFirst: new Map([
        ['zzz', 2],
        ['death', 2],
        ['aaa', 2],
        ['transfer', 2],
        ['removed_from_roll', 1],
      ]),
      trayOccupancy: new Map([
        ['death', 3],
        ['transfer', 5],
        ['removed_from_roll', 1],
      ]),
      entryFirst: new Map([
        ['appointed', 3],
        ['by_election', 3],
        ['promoted', 1],
      ]),
      entryMax: new Map([
        ['appointed', 2],
        ['by_election', 4],
      ]),
    });
    expect(exitTrays.map((t) => [t.id, t.kind, t.cause, t.capacity, t.firstStep])).toEqual([
      ['exit:removed_from_roll', 'exit', 'removed_from_roll', 1, 1],
      ['exit:transfer', 'exit', 'transfer', 5, 2],
      ['exit:death', 'exit', 'death', 3, 2],
      ['exit:aaa', 'exit', 'aaa', 0, 2],
      ['exit:zzz', 'exit', 'zzz', 0, 2],
    ]);
    expect(entryTrays.map((t) => [t.id, t.kind, t.capacity, t.firstStep])).toEqual([
      ['entry:promoted', 'entry', 0, 1],
      ['entry:by_election', 'entry', 4, 3],
      ['entry:appointed', 'entry', 2, 3],
    ]);
  });

  test('the built-in plan', () => {
    expect(plan.exitTrays.map((t) => t.id)).toEqual(['exit:removed_from_roll', 'exit:transfer', 'exit:retirement']);
  });
});

describe('history', () => {
  const a = { kind: 'seat' as const, region: 'x', index: 0 };
  const b = { kind: 'tray' as const, cause: 'death', index: 2 };

  test('pushHistory appends, and overwrites an entry of the same step; lastArrival reads the latest', () => {
    const history = new Map<string, PlanEntry[]>();
    pushHistory(history, 'p', 1, a, 'by_election', true);
    pushHistory(history, 'p', 3, null, null, false);
    pushHistory(history, 'p', 3, b, null, false);
    expect(history.get('p')).toEqual([
      { step: 1, place: a, arrival: 'by_election', joined: true },
      { step: 3, place: b, arrival: null, joined: false },
    ]);
    expect(lastArrival(history, 'p')).toBeNull();
    pushHistory(history, 'p', 5, a, 'appointed', true);
    expect(lastArrival(history, 'p')).toBe('appointed');
    expect(lastArrival(history, 'nobody')).toBeNull();
  });

  test('entryAt: the entry in force at a step; placeAt its place', () => {
    const e1: PlanEntry = { step: 1, place: a, arrival: null, joined: false };
    const e3: PlanEntry = { step: 3, place: null, arrival: null, joined: false };
    const e4: PlanEntry = { step: 4, place: b, arrival: null, joined: false };
    const { entryAt, placeAt } = historyLookup(new Map([['p', [e1, e3, e4]]]));
    expect([0, 1, 2, 3, 4, 9].map((s) => entryAt('p', s))).toEqual([null, e1, e1, e3, e4, e4]);
    expect([0, 2, 3, 9].map((s) => placeAt('p', s))).toEqual([null, a, null, b]);
    expect(entryAt('nobody', 2)).toBeNull();
  });
});
