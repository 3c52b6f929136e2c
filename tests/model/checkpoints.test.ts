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

test('the checkpoints made ahead in parts (snapshotWork) give the same snapshots, also with far jumps between the parts', () => {
  const d = withPosts();
  const n = 400;
  const inOrder = buildTimeline(d);
  const want = Array.from({ length: n }, (_, k) => dump(inOrder.snapshotAt(k)));
  // Ahead, to the end: one part for the cursor's first placing, one per checkpoint (0, 64, …, 384).
  const ahead = buildTimeline(d);
  expect([...ahead.snapshotWork()]).toHaveLength(1 + Math.ceil(n / CHECKPOINT_EVERY));
  expect([...ahead.snapshotWork()]).toHaveLength(0);
  const rnd = lcg(11);
  for (let j = 0; j < 150; j++) {
    const k = Math.floor(rnd() * n);
    expect(dump(ahead.snapshotAt(k))).toBe(want[k]);
  }
  // Snapshots read far apart between the parts (the cursor moves under the work; the first far
  // one builds the checkpoints at once, and the work's own are then left unused).
  const mixed = buildTimeline(d);
  const work = mixed.snapshotWork();
  for (const k of [350, 3, 200, 399, 0, 130]) {
    work.next();
    expect(dump(mixed.snapshotAt(k))).toBe(want[k]);
  }
  while (!work.next().done);
  for (const k of [10, 390, 64, 65, 128, 255, 256]) expect(dump(mixed.snapshotAt(k))).toBe(want[k]);
  // A short timeline (at most CHECKPOINT_EVERY / 2 steps) has nothing to make ahead.
  const short = buildTimeline(bigDataset(50, CHECKPOINT_EVERY / 2, 3));
  expect([...short.snapshotWork()]).toHaveLength(0);
});
