/**
 * Stated counts ("at D, organization O had N members", the dataset's `claims`; see `data/README.md`,
 * "Claims and how they are checked") checked against the
 * computed snapshots.
 */
import type { Claim } from './types.ts';
import { compareDates, lowerBound, parseDateRange, upperBound, type PartialDate } from './dates.ts';
import type { Timeline } from './steps.ts';
import { initialCounts } from './diff.ts';

/** The outcome of checking one claim. */
export interface ClaimCheck {
  claim: Claim;
  /** Position in `dataset.claims`. */
  index: number;
  /** The claim's date (an interval's start), or null when it does not parse. */
  date: PartialDate | null;
  /** An interval's end (`"2000-04/2000-12"` → 2000-12), null for a single date or a date that does not parse. */
  end: PartialDate | null;
  /**
   * The step it is checked against: its `event_id`'s step when given and known, else the last
   * step whose date is on or before the claim's date (`compareDates(step.date, date) <= 0`, so on
   * a shared date the last of the steps that share it); -1 when no step qualifies (then it is
   * checked against the state before the first step). For an interval, the first of `candidates`
   * whose count is the stated one, else the first candidate (the state the interval opens with).
   */
  step: number;
  /**
   * Every step whose state the claim may describe, in order: for a single date (or `event_id`)
   * just `step`; for an interval `A/B` (the count held at some moment within it, not known when)
   * the last step on or before `A` (-1: the state before the first step) followed by every later
   * step that may fall within the interval (its first possible day not after `B`'s last one).
   */
  candidates: number[];
  /** How the step was found. */
  via: 'event' | 'date' | 'none';
  /** The stated count (`claim.count`). */
  stated: number;
  /** Members of `claim.organization_id` at `step` (0 for an unknown organization). */
  computed: number;
  /** Whether the stated count is the computed one at `step` (for an interval: at some candidate). */
  holds: boolean;
}

/**
 * Checks every claim of the dataset, in dataset order. Never throws: a claim with a bad date
 * and no usable `event_id` is checked against the state before the first step (`via: 'none'`);
 * `validateDataset` reports the bad date.
 *
 * A claim dated by an interval `A/B` says the body had N members at some moment within it: it
 * holds when the state of the last step on or before `A`, or of any step that may fall within
 * the interval, has N members (see `ClaimCheck.candidates`). With no step inside the interval
 * (the built-in dataset's report counts, `"2000-04/2000-12"`, after its last step, 1999) there is
 * one state, checked as a single date would be.
 */
export function checkClaims(timeline: Timeline): ClaimCheck[] {
  const claims = timeline.dataset.claims ?? [];
  if (claims.length === 0) return [];
  const counts = timeline.countSeries;
  let before: Record<string, number> | null = null;
  const countAt = (org: string, step: number): number =>
    step >= 0 ? (counts.get(org)?.[step] ?? 0) : ((before ??= initialCounts(timeline))[org] ?? 0);
  return claims.map((claim, index) => {
    let date: PartialDate | null = null;
    let end: PartialDate | null = null;
    try {
      const range = parseDateRange(claim.date);
      date = range.start;
      end = range.end;
    } catch {
      date = null;
    }
    let step = -1;
    let via: ClaimCheck['via'] = 'none';
    const candidates: number[] = [];
    const byEvent = claim.event_id !== undefined ? timeline.stepIndexByEvent.get(claim.event_id) : undefined;
    if (byEvent !== undefined) {
      step = byEvent;
      via = 'event';
      candidates.push(step);
    } else if (date) {
      via = 'date';
      for (const s of timeline.steps) if (compareDates(s.date, date) <= 0) step = s.index;
      candidates.push(step);
      if (end) {
        const last = upperBound(end);
        for (let i = step + 1; i < timeline.steps.length && lowerBound(timeline.steps[i]!.date) <= last; i++) candidates.push(i);
      }
    } else {
      candidates.push(step);
    }
    const matching = candidates.find((i) => countAt(claim.organization_id, i) === claim.count);
    if (matching !== undefined) step = matching;
    const computed = countAt(claim.organization_id, step);
    return { claim, index, date, end, step, candidates, via, stated: claim.count, computed, holds: computed === claim.count };
  });
}
