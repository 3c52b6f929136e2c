import { describe, expect, test } from 'vitest';
import { niceYearStep, stepAxis } from '../../src/lib/layout/step-axis.ts';
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

const yearStep = (index: number, year: number) => ({ index, date: parseDate(String(year)) }) as unknown as Step;

describe('year labels on round years', () => {
  test('niceYearStep: 1, 2, 5, 10, 20, 25, 50, 100 …', () => {
    expect([0.3, 1, 1.5, 3, 7, 11, 21, 26, 51, 134, 260].map(niceYearStep)).toEqual([1, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500]);
  });
  test('a dataset from 1000 to 2999 is labelled at 1000, 1200, 1400 … (not 1000, 1134, 1268 …)', () => {
    const a = stepAxis([yearStep(0, 1000), yearStep(1, 2999)], 600, { thumb: 18 });
    expect(a.years.map((y) => y.year)).toEqual([1000, 1200, 1400, 1600, 1800, 2000, 2200, 2400, 2600, 2800, 3000]);
  });
  test('a short term keeps one label a year', () => {
    const a = stepAxis([yearStep(0, 1996), yearStep(1, 2000)], 600, { thumb: 18 });
    expect(a.years.map((y) => y.year)).toEqual([1996, 1997, 1998, 1999, 2000, 2001]);
  });
});
