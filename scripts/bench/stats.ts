/** Small statistics for the benchmark: quantiles and medians of timings in milliseconds. */

/**
 * The `p` quantile of `xs` (nearest rank: the smallest value with at least `p` of the values at or
 * below it), in the unit of `xs`.
 * @param p in [0, 1]; 0.5 is the median, 0.95 the p95
 * @throws RangeError for an empty list or `p` outside [0, 1]
 */
export function quantile(xs: readonly number[], p: number): number {
  if (xs.length === 0) throw new RangeError('quantile of an empty list');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile ${p} is outside [0, 1]`);
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)]!;
}

/** p50, p95 and max of a list of timings (ms). */
export interface Spread {
  p50: number;
  p95: number;
  max: number;
}

/** The spread of `xs` (see `quantile`). @throws RangeError for an empty list */
export function spread(xs: readonly number[]): Spread {
  return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) };
}

/** The median of `xs` (the lower middle value for an even count). @throws RangeError for an empty list */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}
