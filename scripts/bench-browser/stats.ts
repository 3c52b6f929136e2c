/** Small statistics of `npm run bench:browser` (pure). */

/**
 * The q-quantile (0..1) of `values` by the nearest-rank method: the smallest value such that at
 * least `q` of the values are at or below it. `null` for an empty list.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

/** The median (the lower middle value for an even count, nearest rank); `null` for an empty list. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** The 95th percentile (nearest rank); `null` for an empty list. */
export function p95(values: readonly number[]): number | null {
  return quantile(values, 0.95);
}

/** Milliseconds rounded for the table: one decimal under 100 ms, whole above; `—` for null. */
export function ms(value: number | null): string {
  if (value === null) return '—';
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`;
}
