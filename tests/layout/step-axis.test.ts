import { describe, expect, test } from 'vitest';
import { stepAxis } from '../../src/lib/layout/step-axis.ts';
import { parseDate } from '../../src/lib/model/dates.ts';
import type { Step } from '../../src/lib/model/timeline-types.ts';

describe('stepAxis with very many steps', () => {
  test('1,000,000 steps lay out instead of overflowing the arguments of Math.min', () => {
    // Minimal input: more steps than a call takes arguments (a dataset of many distinct dates).
    const date = parseDate('1996');
    const steps = Array.from({ length: 1_000_000 }, (_, index) => ({ index, date }) as unknown as Step);
    const axis = stepAxis(steps, 800, { thumb: 16 });
    expect(axis.stops).toHaveLength(1_000_000);
    expect(axis.stops[0]!.dateX0).toBeLessThan(axis.stops[0]!.dateX1);
  });
});
