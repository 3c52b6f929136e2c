/**
 * Each person's history in the seat plan: written step by step by the walk over the steps
 * (`pushHistory`, `lastArrival`), read at any step by a binary search (`historyLookup`).
 */
import type { Placement, PlanEntry, SeatPlan } from './seat-plan-types.ts';

/** The arrival cause of the person's latest history entry (null when none or no entry). */
export function lastArrival(history: Map<string, PlanEntry[]>, pid: string): string | null {
  const h = history.get(pid);
  return h && h.length > 0 ? h[h.length - 1]!.arrival : null;
}

/**
 * Adds an entry to the person's history: from `step` on, they are at `place` (null = nowhere).
 * Steps come in order; a second entry at the same step overwrites the last one in place.
 */
export function pushHistory(
  history: Map<string, PlanEntry[]>,
  pid: string,
  step: number,
  place: Placement | null,
  arrival: string | null,
  joined: boolean,
): void {
  let h = history.get(pid);
  if (!h) {
    h = [];
    history.set(pid, h);
  }
  const last = h[h.length - 1];
  if (last && last.step === step) {
    last.place = place;
    last.arrival = arrival;
    last.joined = joined;
  } else h.push({ step, place, arrival, joined });
}

/**
 * The plan's lookups over `history` (each person's entries in step order): `entryAt` gives the
 * entry in force at a step (the last one at or before it; null before the first or for an unknown
 * person), `placeAt` its place. O(log entries) per call.
 */
export function historyLookup(history: ReadonlyMap<string, readonly PlanEntry[]>): Pick<SeatPlan, 'entryAt' | 'placeAt'> {
  const entryAt = (personId: string, step: number): PlanEntry | null => {
    const h = history.get(personId);
    if (!h || h.length === 0 || h[0]!.step > step) return null;
    let lo = 0;
    let hi = h.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (h[mid]!.step <= step) lo = mid;
      else hi = mid - 1;
    }
    return h[lo]!;
  };
  const placeAt = (personId: string, step: number): Placement | null => entryAt(personId, step)?.place ?? null;
  return { entryAt, placeAt };
}
