/**
 * Scale: 10,000 members and 1,500 steps must load and scrub. Also checks the
 * incremental, checkpointed snapshots against a direct computation from the spans.
 */
import { expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { diff } from '../../src/lib/model/diff.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { roleTable } from '../../src/lib/model/history.ts';
import { bigDataset, lcg } from './big.ts';

test('10,000 members and 1,500 steps: build, read counts at every step, jump around, validate', () => {
  const d = bigDataset(10_000, 1_500);
  const t0 = performance.now();
  const tl = buildTimeline(d);
  const tBuild = performance.now() - t0;
  expect(tl.steps.length).toBe(1_500);

  // Counts at every step (what a count chart reads) cost O(organizations) per snapshot.
  const counts = tl.countSeries;
  const t1 = performance.now();
  for (let i = 0; i < tl.steps.length; i++) expect(tl.snapshotAt(i).counts.big).toBe(counts.get('big')![i]);
  const tCounts = performance.now() - t1;

  // Full snapshots at random steps (what scrubbing draws), with the transitions between them.
  const rnd = lcg(7);
  const t2 = performance.now();
  let prev = tl.snapshotAt(0);
  for (let j = 0; j < 150; j++) {
    const k = Math.floor(rnd() * tl.steps.length);
    const s = tl.snapshotAt(k);
    expect(s.step).toBe(k);
    expect(s.members.get('big')!.size).toBe(counts.get('big')![k]);
    expect(s.members.get('inner')!.size).toBe(counts.get('inner')![k]);
    diff(prev, s);
    prev = s;
  }
  // ...and a scrub one step at a time.
  for (let k = 700; k < 850; k++) expect(tl.snapshotAt(k).seats.size).toBeGreaterThan(0);
  const tScrub = performance.now() - t2;

  const t3 = performance.now();
  expect(validateDataset(d)).toEqual([]);
  roleTable(tl);
  const tValidate = performance.now() - t3;

  // Generous bounds (machines vary); typical runs here: ~0.2 s, ~0.05 s, ~3 s, ~0.3 s.
  expect(tBuild).toBeLessThan(3_000);
  expect(tCounts).toBeLessThan(2_000);
  expect(tScrub).toBeLessThan(20_000);
  expect(tValidate).toBeLessThan(5_000);
}, 60_000);

test('cursor snapshots equal a direct computation, in any access order', () => {
  const d = bigDataset(400, 120, 3);
  const tl = buildTimeline(d);
  const direct = (k: number) => {
    const seated = new Map<string, string[]>();
    for (const sp of tl.spans) {
      if (sp.live && sp.start <= k && k < sp.end) seated.set(sp.membership.person_id, [...(seated.get(sp.membership.person_id) ?? []), sp.membership.organization_id]);
    }
    return seated;
  };
  const rnd = lcg(11);
  const order = [...Array.from({ length: 120 }, (_, i) => 119 - i), ...Array.from({ length: 300 }, () => Math.floor(rnd() * 120))];
  for (const k of order) {
    const s = tl.snapshotAt(k);
    const want = direct(k);
    const got = new Map([...s.seats].map(([p, seat]) => [p, [seat.organizations.join(), seat.innermost]]));
    const expected = new Map(
      [...want].map(([p, orgs]) => [p, [[...new Set(orgs)].sort().join(), orgs.includes('inner') ? 'inner' : 'big']]),
    );
    expect(got).toEqual(expected);
    const departedWant = new Map<string, number>();
    for (const sp of tl.spans) {
      const p = sp.membership.person_id;
      if (sp.live && sp.endStep !== null && sp.end <= k && !want.has(p)) departedWant.set(p, Math.max(departedWant.get(p) ?? -1, sp.end));
    }
    expect(new Map([...s.departed].map(([p, dep]) => [p, dep.step]))).toEqual(departedWant);
    const badDepartures = [...s.departed.values()].filter((dep) => want.has(dep.person_id) || dep.step > k || dep.cause !== 'retirement');
    expect(badDepartures).toEqual([]);
  }
});
