/** The step numbers under the counts chart never overlap (a century of a house has 200 steps). */
import { describe, expect, test } from 'vitest';
import { stepTicks, TICK_GAP } from '../../src/lib/layout/count-series.ts';

describe('step numbers under the counts chart', () => {
  test('every step when there is room; every k-th (1, 2, 5, 10…) and the last when not', () => {
    expect(stepTicks(5, 400)).toEqual([0, 1, 2, 3, 4]);
    expect(stepTicks(1, 400)).toEqual([0]);
    expect(stepTicks(0, 400)).toEqual([]);
    // 30 steps over 400 px: 13.8 px apart, so every 2nd; the last (29) replaces 28, too close to it.
    expect(stepTicks(30, 400)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 29]);
    // 203 steps (a century of a house) over 400 px: every 20th, then the last.
    const t = stepTicks(203, 400);
    expect(t.slice(0, 3)).toEqual([0, 20, 40]);
    expect(t.at(-1)).toBe(202);
    for (let i = 1; i < t.length; i++) expect((t[i]! - t[i - 1]!) * (400 / 202)).toBeGreaterThanOrEqual(TICK_GAP);
  });
});
