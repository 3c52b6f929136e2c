/**
 * The snapshot engine's checkpoints (a long jump starts from the nearest one): every snapshot is the
 * same, field by field and in the same map order, whether the steps are read in order, backwards
 * or at random.
 */
import { expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { CHECKPOINT_EVERY } from '../../src/lib/model/snapshots.ts';
import type { Snapshot } from '../../src/lib/model/timeline-types.ts';
import { bigDataset, lcg } from './big.ts';

/** 1,500 people over 400 steps; the inner body's memberships hold one of 20 posts (some shared). */
function withPosts() {
  const d = bigDataset(1_500, 400, 9);
  d.posts = Array.from({ length: 20 }, (_, i) => ({ id: `post${i}`, organization_id: 'inner', label: { en: `Post ${i}` } }));
  d.memberships.forEach((m, i) => {
    if (m.organization_id === 'inner') m.post_id = `post${i % 23}`; // post20–22 are unknown ids
  });
  return d;
}

function dump(s: Snapshot): string {
  return JSON.stringify({
    step: s.step,
    seats: [...s.seats],
    departed: [...s.departed],
    members: [...s.members].map(([o, set]) => [o, [...set]]),
    postHolders: [...s.postHolders],
    counts: s.counts,
    vacancies: s.vacancies,
  });
}

test('snapshots are the same read in order, backwards and at random', () => {
  const d = withPosts();
  const n = 400;
  expect(n).toBeGreaterThan(4 * CHECKPOINT_EVERY);
  const inOrder = buildTimeline(d);
  const want = Array.from({ length: n }, (_, k) => dump(inOrder.snapshotAt(k)));
  const backwards = buildTimeline(d);
  for (let k = n - 1; k >= 0; k--) expect(dump(backwards.snapshotAt(k))).toBe(want[k]);
  const random = buildTimeline(d);
  const rnd = lcg(5);
  for (let j = 0; j < 300; j++) {
    const k = Math.floor(rnd() * n);
    expect(dump(random.snapshotAt(k))).toBe(want[k]);
  }
  // The posts are there to compare (holders of a known and of an unknown post).
  expect(want.some((w) => w.includes('"post3",["p'))).toBe(true);
  expect(want.some((w) => w.includes('"post21",["p'))).toBe(true);
});
