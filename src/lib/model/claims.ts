/**
 * Stated counts ("at D, organization O had N members", the dataset's `claims`; see `data/README.md`,
 * "Claims and how they are checked") checked against the
 * computed snapshots.
 */
import type { Claim } from './types.ts';
import { compareDates, parseDateRange, type PartialDate } from './dates.ts';
import type { Timeline } from './steps.ts';
import { initialCounts } from './diff.ts';

/** The outcome of checking one claim. */
export interface ClaimCheck {
  claim: Claim;
  /** Position in `dataset.claims`. */
  index: number;
  /** The claim's date (an interval's start), or null when it does not parse. */
  date: PartialDate | null;
  /**
   * The step it is checked against: its `event_id`'s step when given and known, else the last
   * step whose date is on or before the claim's date (`compareDates(step.date, date) <= 0`, so on
   * a shared date the last of the steps that share it); -1 when no step qualifies (then it is
   * checked against the state before the first step).
   */
  step: number;
  /** How the step was found. */
  via: 'event' | 'date' | 'none';
  /** The stated count (`claim.count`). */
  stated: number;
  /** Members of `claim.organization_id` at `step` (0 for an unknown organization). */
  computed: number;
  holds: boolean;
}

/**
 * Checks every claim of the dataset, in dataset order. Never throws: a claim with a bad date
 * and no usable `event_id` is checked against the state before the first step (`via: 'none'`);
 * `validateDataset` reports the bad date.
 */
export function checkClaims(timeline: Timeline): ClaimCheck[] {
  const claims = timeline.dataset.claims ?? [];
  if (claims.length === 0) return [];
  const counts = timeline.countSeries;
  let before: Record<string, number> | null = null;
  return claims.map((claim, index) => {
    let date: PartialDate | null = null;
    try {
      date = parseDateRange(claim.date).start;
    } catch {
      date = null;
    }
    let step = -1;
    let via: ClaimCheck['via'] = 'none';
    const byEvent = claim.event_id !== undefined ? timeline.stepIndexByEvent.get(claim.event_id) : undefined;
    if (byEvent !== undefined) {
      step = byEvent;
      via = 'event';
    } else if (date) {
      via = 'date';
      for (const s of timeline.steps) if (compareDates(s.date, date) <= 0) step = s.index;
    }
    let computed: number;
    if (step >= 0) computed = counts.get(claim.organization_id)?.[step] ?? 0;
    else computed = (before ??= initialCounts(timeline))[claim.organization_id] ?? 0;
    return { claim, index, date, step, via, stated: claim.count, computed, holds: computed === claim.count };
  });
}
