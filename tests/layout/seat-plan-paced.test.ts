/**
 * `planSeatsPaced`: the seat plan made in slices that pause for the page (a large dataset before
 * it is shown) is the plan `planSeats` makes, and a pause that throws abandons it.
 */
import { describe, expect, test } from 'vitest';
import { planSeats, planSeatsPaced } from '../../src/lib/layout/seat-plan.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { bigDataset } from '../model/big.ts';

/** The plan as plain data (its lookups read back at every step for every person). */
function plain(plan: ReturnType<typeof planSeats>, ids: readonly string[]) {
  const places = ids.map((id) => Array.from({ length: plan.stepCount }, (_, s) => plan.placeAt(id, s)));
  return { stepCount: plan.stepCount, regions: plan.regions, exitTrays: plan.exitTrays, entryTrays: plan.entryTrays, history: [...plan.history], places };
}

describe('planSeatsPaced', () => {
  const timeline = buildTimeline(bigDataset(400, 60));
  const ids = [...timeline.personById.keys()];

  test('pauses between slices and gives the same plan as planSeats', async () => {
    let pauses = 0;
    // A clock that moves 5 ms per reading: a 12 ms slice is a few steps, so the walk pauses often.
    let t = 0;
    const paced = await planSeatsPaced(timeline, async () => void pauses++, 12, () => (t += 5));
    expect(pauses).toBeGreaterThan(10);
    expect(pauses).toBeLessThan(timeline.steps.length);
    expect(plain(paced, ids)).toEqual(plain(planSeats(timeline), ids));
  });

  test('a pause that throws abandons the plan with its error', async () => {
    let t = 0;
    await expect(planSeatsPaced(timeline, () => Promise.reject(new Error('cancelled')), 12, () => (t += 5))).rejects.toThrow('cancelled');
  });
});
