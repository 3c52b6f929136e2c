/** The benchmark's arithmetic and table (`scripts/bench/`): quantiles, and pass/fail against the targets. */
import { expect, test } from 'vitest';
import { median, quantile, spread } from '../../scripts/bench/stats.ts';
import { table } from '../../scripts/bench/table.ts';
import { FIGURES } from '../../scripts/bench/figures.ts';

test('quantile is the nearest rank; spread gives p50, p95 and max', () => {
  const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
  expect(quantile(xs, 0.5)).toBe(50);
  expect(quantile(xs, 0.95)).toBe(95);
  expect(quantile(xs, 1)).toBe(100);
  expect(quantile(xs, 0)).toBe(1);
  expect(median([3, 1, 2])).toBe(2);
  expect(spread([5, 1, 9, 7])).toEqual({ p50: 5, p95: 9, max: 9 });
  expect(() => quantile([], 0.5)).toThrow(RangeError);
  expect(() => quantile([1], 1.5)).toThrow(RangeError);
});

test('the table says pass or FAIL against each target, and the ratio to the anchor', () => {
  const mine = { import: 900, 'snap.p95': 9.5, 'nested.layout.p95': 20, heap: 24.5 };
  const anchor = { import: 1800, 'snap.p95': 19, 'nested.layout.p95': 40, heap: 24.5 };
  const lines = table([{ heading: 'this', figures: mine }, { heading: 'anchor', figures: anchor }]);
  expect(lines).toHaveLength(FIGURES.length + 2);
  const row = (label: string) => lines.find((l) => l.startsWith(`| ${label} `))!.split('|').map((c) => c.trim());
  expect(row('import + validation (median of 3)')).toEqual(['', 'import + validation (median of 3)', '≤ 1000 ms', '900 ms', '1800 ms', '0.50', 'pass', '']);
  expect(row('step at random: snapshot + per-step views p95').slice(3)).toEqual(['9.5 ms', '19.0 ms', '0.50', 'FAIL', '']);
  expect(row('heap after timeline + seat plan (after gc)').slice(2)).toEqual(['–', '24.5 MB', '24.5 MB', '1.00', '–', '']);
  // A figure neither side measured.
  expect(row('plan seats (whole term)').slice(3)).toEqual(['–', '–', '–', '–', '']);
});
