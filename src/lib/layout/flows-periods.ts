/**
 * The columns of the flows view: the state after the first step, then one column per period of
 * the steps that follow. A term of at most `MAX_PERIODS` further steps has one period per step; a
 * longer one is cut by year (one period per year, or per run of years), or, when its steps carry no
 * usable years, into runs of steps, so that the view never has more than `MAX_PERIODS + 1` columns
 * whatever the number of steps (10,000 people over 1,500 steps stay 13 columns).
 *
 * Pure: no words (the view names the periods), no DOM.
 */
import type { Step } from '../model/timeline-types.ts';

/** At most this many periods after the first column (so at most 13 columns). */
export const MAX_PERIODS = 12;

/** How a column's period is made up (the view turns it into words). */
export type FlowPeriod =
  /** The state after the first step (the start of the term). */
  | { kind: 'start'; step: number }
  /** One step. */
  | { kind: 'step'; step: number }
  /** The steps dated in the years `from`..`to` (one year when equal). */
  | { kind: 'years'; from: number; to: number }
  /** A run of steps (`from`..`to`, 0-based indexes, both included), when the years cannot cut the term. */
  | { kind: 'steps'; from: number; to: number };

/** One column: the period it closes, and the steps it spans (the state shown is the one after `lastStep`). */
export interface FlowColumnSpec {
  period: FlowPeriod;
  /** The first step of the period (for the first column, 0). */
  firstStep: number;
  /** The last step of the period: the column shows the state after it. */
  lastStep: number;
}

/**
 * The columns of a timeline's steps: `[start, period 1, …]`. Empty when there is no step.
 * Cost O(steps).
 * @param steps the timeline's steps, in order
 * @param maxPeriods at most this many periods after the start (≥ 1; default `MAX_PERIODS`)
 * @throws RangeError when `maxPeriods` is not an integer ≥ 1
 */
export function flowColumns(steps: readonly Pick<Step, 'index' | 'date'>[], maxPeriods = MAX_PERIODS): FlowColumnSpec[] {
  if (!Number.isInteger(maxPeriods) || maxPeriods < 1) throw new RangeError(`maxPeriods must be an integer of at least 1, not ${maxPeriods}.`);
  const n = steps.length;
  if (n === 0) return [];
  const out: FlowColumnSpec[] = [{ period: { kind: 'start', step: 0 }, firstStep: 0, lastStep: 0 }];
  const rest = n - 1;
  if (rest <= maxPeriods) {
    for (let i = 1; i < n; i++) out.push({ period: { kind: 'step', step: i }, firstStep: i, lastStep: i });
    return out;
  }
  const byYear = yearPeriods(steps, maxPeriods);
  if (byYear) return [...out, ...byYear];
  const size = Math.ceil(rest / maxPeriods);
  for (let a = 1; a < n; a += size) {
    const b = Math.min(n - 1, a + size - 1);
    out.push({ period: { kind: 'steps', from: a, to: b }, firstStep: a, lastStep: b });
  }
  return out;
}

/**
 * Steps 1.. cut into runs of whole years (of `width` years each, the smallest width that gives at
 * most `maxPeriods` runs with steps), or null when the steps' years do not rise with the steps (an
 * undated or misordered step) or all of them share one year. Cost O(steps · span / maxPeriods).
 */
function yearPeriods(steps: readonly Pick<Step, 'index' | 'date'>[], maxPeriods: number): FlowColumnSpec[] | null {
  const years: number[] = [];
  for (let i = 1; i < steps.length; i++) {
    const y = steps[i]!.date?.year;
    if (typeof y !== 'number' || !Number.isFinite(y)) return null;
    if (years.length > 0 && y < years[years.length - 1]!) return null;
    years.push(y);
  }
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = last - first + 1;
  if (span === 1) return null; // one year only: the years cannot cut the term
  // Runs of `width` years from the first year; empty runs are left out, so the smallest width whose
  // non-empty runs are at most maxPeriods is the answer (at most the span / maxPeriods, rounded up,
  // which always fits).
  for (let width = 1; width <= Math.ceil(span / maxPeriods); width++) {
    let runs = 0;
    let prevBin = -1;
    for (const y of years) {
      const bin = Math.floor((y - first) / width);
      if (bin !== prevBin) {
        runs++;
        prevBin = bin;
      }
    }
    if (runs > maxPeriods) continue;
    const out: FlowColumnSpec[] = [];
    let start = 1;
    for (let k = 1; k <= years.length; k++) {
      const bin = Math.floor((years[k - 1]! - first) / width);
      const next = k < years.length ? Math.floor((years[k]! - first) / width) : -1;
      if (next === bin) continue;
      const from = first + bin * width;
      out.push({ period: { kind: 'years', from, to: Math.min(last, from + width - 1) }, firstStep: start, lastStep: k });
      start = k + 1;
    }
    return out;
  }
  return null;
}
