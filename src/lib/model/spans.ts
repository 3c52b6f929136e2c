/**
 * Where each membership sits on the step axis: the step it starts at and the step it ends at.
 * A membership is active at the steps [start, end): one that starts at step k is active at k,
 * one that ends at step k is no longer active at k; no start = active from before step 0;
 * no end = active to the last step.
 */
import type { Membership } from './types.ts';

/** How a membership's start or end was placed on the step axis. */
export type SpanVia =
  /** By `start_event_id` / `end_event_id`. */
  | 'event'
  /** By its date, matched to the one event with the same date. */
  | 'date'
  /** By its date, to an implicit `auto-<date>` step (no event, or several, had that date). */
  | 'auto'
  /** No usable event id or date: open (from before step 0, or to after the last step). */
  | 'none';

/** A membership placed on the step axis. */
export interface MembershipSpan {
  /** Position in `dataset.memberships`. */
  index: number;
  membership: Membership;
  /** First step at which it is active (0 when it has no start). */
  start: number;
  /** First step at which it is no longer active (`steps.length` when open). */
  end: number;
  /** The step of its start change; null when it has no start (active from before step 0). */
  startStep: number | null;
  /** The step of its end change; null when open. */
  endStep: number | null;
  startVia: SpanVia;
  endVia: SpanVia;
  /** Its organization exists in the dataset (otherwise it is left out of snapshots). */
  placeable: boolean;
  /** It is in some snapshot's state: placeable, and it ends after it starts (or has no start). */
  live: boolean;
}

/** A half-open step interval [start, end). */
export interface StepInterval {
  start: number;
  end: number;
}

/**
 * Merges intervals into disjoint, sorted ones (touching intervals [0,2) + [2,4) merge into [0,4)).
 * Empty intervals (end ≤ start) are dropped. O(n log n).
 */
export function mergeIntervals(intervals: readonly StepInterval[]): StepInterval[] {
  const sorted = intervals.filter((iv) => iv.end > iv.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: StepInterval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.start <= last.end) last.end = Math.max(last.end, iv.end);
    else out.push({ start: iv.start, end: iv.end });
  }
  return out;
}

/**
 * The first step in [iv.start, iv.end) not covered by the sorted disjoint `cover`, or null when
 * `cover` covers all of it.
 */
export function firstUncovered(iv: StepInterval, cover: readonly StepInterval[]): number | null {
  let at = iv.start;
  for (const c of cover) {
    if (at >= iv.end) return null;
    if (c.end <= at) continue;
    if (c.start > at) return at;
    at = c.end;
  }
  return at < iv.end ? at : null;
}
