/** The preparation of a large dataset, a stage or a slice at a time: the same timeline and seat plan as made at once. */
import { describe, expect, it } from 'vitest';
import { preparePaced } from '../../src/lib/state/prepare.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { bigDataset } from '../model/big.ts';

describe('preparePaced', () => {
  const dataset = bigDataset(400, 60);

  it('makes the timeline and the seat plan of buildTimeline and planSeats, pausing between stages', async () => {
    let pauses = 0;
    const { timeline, plan } = await preparePaced(dataset, dataset, async () => void pauses++);
    const whole = buildTimeline(dataset);
    expect(timeline.steps).toHaveLength(whole.steps.length);
    expect(timeline.steps.map((s) => s.date)).toEqual(whole.steps.map((s) => s.date));
    expect(timeline.spans.map((s) => [s.membership.id, s.start, s.end])).toEqual(whole.spans.map((s) => [s.membership.id, s.start, s.end]));
    expect(JSON.stringify(plan)).toBe(JSON.stringify(planSeats(whole)));
    // The timeline's five stages, and one between it and the plan.
    expect(pauses).toBeGreaterThanOrEqual(6);
  });

  it("takes every term's timeline when the term shown has no step", async () => {
    const undated: Dataset = { ...dataset, events: [], memberships: dataset.memberships.map(({ start_event_id: _s, end_event_id: _e, ...m }) => m) };
    const { timeline } = await preparePaced(undated, dataset, async () => {});
    expect(buildTimeline(undated).steps).toHaveLength(0);
    expect(timeline.steps).toHaveLength(buildTimeline(dataset).steps.length);
  });

  it('stops with what the pause rejects with', async () => {
    const stop = new Error('cancelled');
    await expect(preparePaced(dataset, dataset, () => Promise.reject(stop))).rejects.toBe(stop);
  });
});
