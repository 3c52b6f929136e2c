import { describe, expect, test } from 'vitest';
import { naturalCompare, planSeats } from '../../src/lib/layout/seat-plan.ts';
import { handTimeline, org, quan6ByHand } from '../fixtures/hand-timeline.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { scaleDataset, scaleTimeline } from '../fixtures/scale.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import type { Dataset, EndCause, Membership } from '../../src/lib/model/types.ts';

/** A random dataset (seeded): nested bodies, posts, departures, returns, moves between bodies. */
function randomDataset(seed: number, people = 120, steps = 30): Dataset {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const chains = [['x'], ['x'], ['x'], ['x', 'y'], ['x', 'y', 'z'], ['w']];
  const causes: EndCause[] = ['transfer', 'retirement', 'removed_from_roll', 'death', 'promoted'];
  const posts = ['p0', 'p1', 'p2', 'p3'];
  const memberships: Membership[] = [];
  for (let i = 0; i < people; i++) {
    let at = rnd() < 0.6 ? 0 : 1 + Math.floor(rnd() * (steps - 1));
    let stint = 0;
    while (at < steps && stint < 3) {
      const len = 1 + Math.floor(rnd() * steps);
      const end = at + len < steps ? at + len : null;
      const chain = pick(chains);
      const cause = pick(causes);
      chain.forEach((o, k) => {
        memberships.push({
          id: `m${i}-${stint}-${o}`,
          person_id: `q${i}`,
          organization_id: o,
          ...(k === chain.length - 1 && rnd() < 0.3 ? { post_id: pick(posts) } : {}),
          start_event_id: `e${at}`,
          start_cause: at === 0 ? 'elected' : pick(['by_election', 'appointed', 'promoted'] as const),
          ...(end !== null ? { end_event_id: `e${end}`, end_cause: cause } : {}),
        });
      });
      if (end === null) break;
      at = end + (rnd() < 0.5 ? 0 : 1 + Math.floor(rnd() * 3));
      stint++;
    }
  }
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'random',
    title: { en: 'random' },
    sources: [],
    organizations: [
      { id: 'x', name: { en: 'X' }, seats: 90 },
      { id: 'y', name: { en: 'Y' }, parent_id: 'x', seats: 20 },
      { id: 'z', name: { en: 'Z' }, parent_id: 'y' },
      { id: 'w', name: { en: 'W' } },
    ],
    persons: Array.from({ length: people }, (_, i) => ({ id: `q${i}`, name: { en: `Q${i}` } })),
    posts: posts.map((id) => ({ id, organization_id: 'x', label: { en: id } })),
    memberships,
    events: Array.from({ length: steps }, (_, i) => ({ id: `e${i}`, date: String(1900 + i), label: { en: `s${i}` } })),
    claims: [],
    annotations: [],
  };
}

describe('planSeats on the built-in dataset', () => {
  const { timeline, plan } = loadBuiltIn();

  test('regions, capacities and trays', () => {
    expect(plan.stepCount).toBe(5);
    expect(plan.regions.map((r) => [r.org, r.parent, r.seats, r.maxOccupancy, r.capacity, r.totalCapacity])).toEqual([
      ['bch', null, 35, 24, 24, 36],
      // The BTV's own area holds its 11 seats minus the fewest ever in the seatless Standing Office (1,
      // at step 3): its vacancies are never drawn in the Standing Office.
      ['btv', 'bch', 11, 9, 10, 12],
      ['tt', 'btv', null, 2, 2, 2],
    ]);
    expect(plan.region.get('tt')!.seatOrg).toBe('btv');
    expect(plan.exitTrays.map((t) => [t.cause, t.capacity, t.firstStep])).toEqual([
      ['removed_from_roll', 1, 1],
      ['transfer', 4, 2],
      ['retirement', 2, 3],
    ]);
    expect(plan.entryTrays.map((t) => [t.id, t.capacity, t.firstStep])).toEqual([['entry:by_election', 4, 4]]);
  });

  test('everyone seated has a distinct seat in their innermost region, every leaver a tray slot', () => {
    for (let i = 0; i < timeline.steps.length; i++) {
      const snap = timeline.snapshotAt(i);
      const used = new Set<string>();
      for (const [pid, seat] of snap.seats) {
        const p = plan.placeAt(pid, i);
        expect(p, `${pid} at ${i}`).toMatchObject({ kind: 'seat', region: seat.innermost });
        if (p?.kind !== 'seat') continue;
        expect(p.index).toBeLessThan(plan.region.get(p.region)!.capacity);
        const k = `${p.region}:${p.index}`;
        expect(used.has(k), k).toBe(false);
        used.add(k);
      }
      for (const [pid, dep] of snap.departed) {
        expect(plan.placeAt(pid, i)).toMatchObject({ kind: 'tray', cause: dep.cause });
      }
    }
  });

  test('a person who stays in a region keeps their index, unless promoted into a free post\'s place; leavers free theirs for newcomers', () => {
    const s3 = timeline.snapshotAt(3);
    const s4 = timeline.snapshotAt(4);
    let kept = 0;
    for (const [pid, seat] of s4.seats) {
      const before = s3.seats.get(pid);
      if (pid === 'pbt-tt-1996') continue;
      if (before && before.innermost === seat.innermost) {
        expect(plan.placeAt(pid, 4)).toEqual(plan.placeAt(pid, 3));
        kept++;
      }
    }
    // 32 seated at step 4, less 4 newcomers, 2 raised from the BCH to the BTV and the promoted one.
    expect(kept).toBe(25);
    // The Standing Deputy Secretary becomes Secretary: from the second place of the Standing Office to
    // the first, the Secretary's (its first post), free since the Secretary retired; the newcomer
    // Standing Deputy Secretary takes the second.
    expect(plan.placeAt('pbt-tt-1996', 3)).toEqual({ kind: 'seat', region: 'tt', index: 1 });
    expect(plan.placeAt('pbt-tt-1996', 4)).toEqual({ kind: 'seat', region: 'tt', index: 0 });
    expect(plan.placeAt('bi-thu-1996', 0)).toEqual({ kind: 'seat', region: 'tt', index: 0 });
    expect(plan.placeAt('pbt-tt-1999', 4)).toEqual({ kind: 'seat', region: 'tt', index: 1 });
    // Departures fill the trays in order.
    expect(plan.placeAt('uvtv-tuyen-giao', 4)).toEqual({ kind: 'tray', cause: 'removed_from_roll', index: 0 });
  });

  test('newcomers carry their start cause (entry tray); those moving between bodies keep theirs', () => {
    expect(plan.entryAt('pct-ubnd', 4)!.arrival).toBe('by_election');
    expect(plan.entryAt('bch-01', 4)!.arrival).toBeNull();
    expect(plan.entryAt('bch-20', 4)!.arrival).toBeNull();
  });

  test('the timeline path (spans), the Step.changes path and the full diff give the same plan', () => {
    const viaChanges = planSeats({
      organizations: timeline.dataset.organizations,
      posts: timeline.dataset.posts,
      steps: timeline.steps,
      stepCount: timeline.steps.length,
      snapshotAt: (i) => timeline.snapshotAt(i),
    });
    expect([...viaChanges.history]).toEqual([...plan.history]);
    expect(viaChanges.entryTrays).toEqual(plan.entryTrays);
    const slow = planSeats({
      organizations: timeline.dataset.organizations,
      posts: timeline.dataset.posts,
      stepCount: timeline.steps.length,
      snapshotAt: (i) => timeline.snapshotAt(i),
    });
    expect([...slow.history.entries()].map(([k, h]) => [k, h.map((e) => [e.step, e.place])])).toEqual(
      [...plan.history.entries()].map(([k, h]) => [k, h.map((e) => [e.step, e.place])]),
    );
    expect(slow.regions).toEqual(plan.regions);
    expect(slow.exitTrays).toEqual(plan.exitTrays);
    expect(slow.entryTrays).toEqual([]); // start causes need the steps
  });

  test('a plan is a pure function of the timeline', () => {
    const again = planSeats(loadBuiltIn().timeline);
    expect([...again.history]).toEqual([...plan.history]);
  });
});

describe('planSeats: the spans path follows the model exactly', () => {
  test.each([1, 2, 3, 4, 5, 6])('random dataset %i', (seed) => {
    const tl = buildTimeline(randomDataset(seed));
    const bySpans = planSeats(tl);
    const bySnapshots = planSeats({
      organizations: tl.dataset.organizations,
      posts: tl.dataset.posts,
      steps: tl.steps,
      stepCount: tl.steps.length,
      snapshotAt: (i) => tl.snapshotAt(i),
    });
    expect([...bySpans.history]).toEqual([...bySnapshots.history]);
    expect(bySpans.regions).toEqual(bySnapshots.regions);
    expect(bySpans.exitTrays).toEqual(bySnapshots.exitTrays);
    expect(bySpans.entryTrays).toEqual(bySnapshots.entryTrays);
    // And it agrees with every snapshot.
    for (let i = 0; i < tl.steps.length; i++) {
      const snap = tl.snapshotAt(i);
      for (const [pid, seat] of snap.seats) expect(bySpans.placeAt(pid, i)).toMatchObject({ kind: 'seat', region: seat.innermost });
      for (const [pid, dep] of snap.departed) expect(bySpans.placeAt(pid, i)).toMatchObject({ kind: 'tray', cause: dep.cause });
    }
  });
});

describe('planSeats by hand', () => {
  test('the hand-built term gives the same capacities as the model', () => {
    const t = quan6ByHand();
    const plan = planSeats({ organizations: t.organizations, snapshots: t.snapshots, steps: t.steps });
    expect(plan.regions.map((r) => [r.org, r.capacity])).toEqual([
      ['bch', 24],
      ['btv', 10],
      ['tt', 2],
    ]);
    expect(plan.entryTrays.map((t) => [t.cause, t.capacity])).toEqual([['by_election', 4]]);
  });

  test('lowest free index; newcomers ordered by first post, then natural person id', () => {
    const orgs = [org('x', null, 6)];
    const t = handTimeline(orgs, [
      { seated: { p1: { orgs: ['x'] }, p2: { orgs: ['x'] }, p3: { orgs: ['x'] } } },
      { seated: { p1: { orgs: ['x'] }, p3: { orgs: ['x'] } }, departed: { p2: { cause: 'death' } } },
      {
        seated: {
          p1: { orgs: ['x'] },
          p3: { orgs: ['x'] },
          p10: { orgs: ['x'] },
          p9: { orgs: ['x'] },
          z: { orgs: ['x'], posts: ['chair'] },
        },
        departed: { p2: { cause: 'death' } },
      },
    ]);
    const plan = planSeats({ organizations: orgs, posts: [{ id: 'chair' }], snapshots: t.snapshots, steps: t.steps });
    const idx = (pid: string, s: number) => {
      const p = plan.placeAt(pid, s);
      return p?.kind === 'seat' ? p.index : -1;
    };
    expect([idx('p1', 0), idx('p2', 0), idx('p3', 0)]).toEqual([0, 1, 2]);
    // p2 left at step 1: index 1 is free; at step 2 the post holder comes first, then p9 < p10.
    expect([idx('z', 2), idx('p9', 2), idx('p10', 2)]).toEqual([1, 3, 4]);
    expect([idx('p1', 2), idx('p3', 2)]).toEqual([0, 2]);
    expect(plan.region.get('x')!.maxOccupancy).toBe(5);
    expect(plan.region.get('x')!.capacity).toBe(6);
  });

  test('capacity: the most ever seated directly plus own vacancies; seatless = most ever seated', () => {
    const orgs = [org('a', null, 4), org('b', 'a', 2), org('c', 'b')];
    const t = handTimeline(orgs, [
      {
        seated: {
          a1: { orgs: ['a'] },
          a2: { orgs: ['a'] },
          a3: { orgs: ['a'] },
          b1: { orgs: ['a', 'b'] },
          c1: { orgs: ['a', 'b', 'c'] },
          c2: { orgs: ['a', 'b', 'c'] },
          c3: { orgs: ['a', 'b', 'c'] },
        },
      },
    ]);
    const plan = planSeats({ organizations: orgs, snapshots: t.snapshots });
    // c: 3 ever; b: 1 seated, no vacancy (4 people for 2 seats); a: 3 seated, no vacancy (7 for 4).
    expect(plan.regions.map((r) => [r.org, r.capacity, r.totalCapacity])).toEqual([
      ['a', 3, 7],
      ['b', 1, 4],
      ['c', 3, 3],
    ]);
  });

  test('capacity of a body with seats covers its vacancies at every step, never in the seatless bodies inside', () => {
    // a (6 seats) ⊃ s (seatless) ⊃ b (2 seats); a also holds a seatless sibling z.
    const orgs = [org('a', null, 6), org('s', 'a'), org('b', 's', 2), org('z', 'a')];
    const t = handTimeline(orgs, [
      {
        seated: {
          a1: { orgs: ['a'] },
          s1: { orgs: ['a', 's'] },
          s2: { orgs: ['a', 's'] },
          b1: { orgs: ['a', 's', 'b'] },
          b2: { orgs: ['a', 's', 'b'] },
          z1: { orgs: ['a', 'z'] },
        },
      },
      // s2 and z1 leave: 2 vacancies of a (none of b), drawn in a's own area.
      { seated: { a1: { orgs: ['a'] }, s1: { orgs: ['a', 's'] }, b1: { orgs: ['a', 's', 'b'] }, b2: { orgs: ['a', 's', 'b'] } }, departed: { s2: { cause: 'death' }, z1: { cause: 'death' } } },
      // b2 leaves too: 1 vacancy of b (drawn in b) and 2 more of a.
      { seated: { a1: { orgs: ['a'] }, s1: { orgs: ['a', 's'] }, b1: { orgs: ['a', 's', 'b'] } }, departed: { s2: { cause: 'death' }, z1: { cause: 'death' }, b2: { cause: 'death' } } },
    ]);
    const plan = planSeats({ organizations: orgs, snapshots: t.snapshots, steps: t.steps });
    // a: 1 seated directly + 2 own vacancies (steps 1 and 2) = 3 = 6 seats − 2 (b's seats) − 1 (the fewest
    // people ever in the seatless s and z); s and z keep their most ever seated (their empty cells stay blank).
    expect(plan.regions.map((r) => [r.org, r.capacity])).toEqual([
      ['a', 3],
      ['s', 2],
      ['b', 2],
      ['z', 1],
    ]);
  });

  test('clear errors', () => {
    expect(() => planSeats({ organizations: [], snapshots: [] })).toThrow(/no steps/);
    const t = handTimeline([org('a', null, 2)], [{ seated: { p: { orgs: ['zz'] } } }]);
    expect(() => planSeats({ organizations: [org('a', null, 2)], snapshots: t.snapshots })).toThrow(/"zz", which is not in the organizations list/);
  });

  test('naturalCompare', () => {
    expect(['m10', 'm2', 'm1', 'a', 'm02'].sort(naturalCompare)).toEqual(['a', 'm1', 'm2', 'm02', 'm10']);
  });
});

describe('planSeats at scale', () => {
  test('10,000 members and 1,500 steps plan near-linearly (well under a second on an idle machine)', { timeout: 30_000 }, () => {
    // Best of three runs (the first one also pays for JIT warm-up; the machine may be busy).
    let t = scaleTimeline(10_000, 1_500);
    let plan = planSeats({ organizations: t.organizations, steps: t.steps, stepCount: t.stepCount, snapshotAt: t.snapshotAt });
    let ms = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      t = scaleTimeline(10_000, 1_500);
      const start = performance.now();
      plan = planSeats({ organizations: t.organizations, steps: t.steps, stepCount: t.stepCount, snapshotAt: t.snapshotAt });
      ms = Math.min(ms, performance.now() - start);
    }
    expect(plan.stepCount).toBe(1_500);
    const total = plan.regions.reduce((s, r) => s + r.capacity, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    // 3 s leaves room for a loaded CI machine; a quadratic plan takes minutes here.
    expect(ms, `plan took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
    // Seats at the last step are distinct.
    const snap = t.snapshotAt(1_499);
    const used = new Set<string>();
    for (const [pid] of snap.seats) {
      const p = plan.placeAt(pid, 1_499);
      expect(p?.kind).toBe('seat');
      if (p?.kind === 'seat') used.add(`${p.region}:${p.index}`);
    }
    expect(used.size).toBe(snap.seats.size);
  });
});

describe('planSeats at scale with the real model', () => {
  test('planSeats(buildTimeline(10,000 members, 1,500 steps)) never builds whole snapshots', { timeout: 60_000 }, () => {
    const tl = buildTimeline(scaleDataset(10_000, 1_500));
    let ms = Number.POSITIVE_INFINITY;
    let plan = planSeats(tl);
    for (let run = 0; run < 2; run++) {
      const start = performance.now();
      plan = planSeats(tl);
      ms = Math.min(ms, performance.now() - start);
    }
    // 3 s leaves room for a loaded CI machine; a quadratic plan takes minutes here.
    expect(ms, `plan took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
    const last = tl.snapshotAt(1_499);
    expect(plan.regions.map((r) => r.org)).toEqual(['a', 'b']);
    let seated = 0;
    for (const [pid, seat] of last.seats) {
      expect(plan.placeAt(pid, 1_499)).toMatchObject({ kind: 'seat', region: seat.innermost });
      seated++;
    }
    expect(seated).toBe(last.counts.a);
    expect(plan.entryTrays.map((t) => t.cause)).toEqual(['by_election']);
    expect(plan.exitTrays.map((t) => t.cause)).toEqual(['transfer']);
  });
});
