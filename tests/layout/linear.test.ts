/**
 * `linear.ts` gives the numbers and path text of the d3 functions it replaces, bit for bit:
 * `scaleLinear().domain(d).range(r)` (and `invert`) of d3-scale, `line().curve(curveStepAfter)` of
 * d3-shape, on seeded random inputs and the edge cases the layout meets (equal domain ends, a
 * reversed domain or range, one point, no point).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { linearScale, stepAfterPath } from '../../src/lib/layout/linear.ts';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const pair = fc.tuple(finite, finite);

describe('linearScale', () => {
  test('equals scaleLinear on random domains, ranges and values (forward and invert)', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(finite, { minLength: 1, maxLength: 8 }), (domain, range, xs) => {
        const d3 = scaleLinear().domain(domain).range(range);
        const ours = linearScale(domain, range);
        for (const x of [...xs, domain[0], domain[1]]) {
          expect(Object.is(ours(x), d3(x)), `${x}`).toBe(true);
          expect(Object.is(ours.invert(x), d3.invert(x)), `invert ${x}`).toBe(true);
        }
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  test('the layout\'s cases: step axis, counts, year axis; equal ends map to the middle', () => {
    const cases: [[number, number], [number, number], number[]][] = [
      [[0, 4], [12, 830], [0, 1, 2, 3, 4, 5]],
      [[0, 35], [182, 6], [0, 7, 34, 35]],
      [[1996, 2001], [140, 1180], [1996.5, 1999 + 7 / 12, 2000.9]],
      [[3, 3], [10, 20], [3, 4]],
      [[5, 1], [0, 100], [1, 2, 5]],
    ];
    for (const [domain, range, xs] of cases) {
      const d3 = scaleLinear().domain(domain).range(range);
      const ours = linearScale(domain, range);
      for (const x of xs) expect(ours(x)).toBe(d3(x));
    }
    expect(linearScale([3, 3], [10, 20])(100)).toBe(15);
    expect(linearScale([0, 10], [0, 100])(20)).toBe(200);
  });
});

describe('stepAfterPath', () => {
  const d3Path = (pts: [number, number][]) => line().curve(curveStepAfter)(pts) ?? '';

  test('equals d3-shape\'s stepped line, 3 decimals, on random point lists (including one and none)', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pts) => {
        expect(stepAfterPath(pts)).toBe(d3Path(pts));
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  test('the shape of the text', () => {
    expect(stepAfterPath([[0, 10], [5.12345, 20], [9, 20]])).toBe('M0,10L5.123,10L5.123,20L9,20L9,20');
    expect(stepAfterPath([[1, 2]])).toBe('M1,2Z');
    expect(stepAfterPath([])).toBe('');
  });
});
