/**
 * Member counts of every organization at every step, without building every snapshot:
 * O(memberships · log + organizations · steps) time and memory. `buildTimeline` computes the
 * series once (`Timeline.countSeries`); its snapshots read their `counts` from it.
 */
import { mergeIntervals, type MembershipSpan, type StepInterval } from './spans.ts';

/** Per organization id (tree order), the member count at each step: `series.get("bch")[i]`. */
export type CountSeries = ReadonlyMap<string, readonly number[]>;

/**
 * For each organization id (tree order), the number of distinct members at each step
 * (`result.get("bch")[i]` = BCH members after step i). Equals `snapshotAt(i).counts`.
 * Kept for callers written before `Timeline.countSeries`: it returns that field (computed once by
 * `buildTimeline`, nothing recomputed or cached here). Treat the arrays as read-only.
 */
export function countsByStep(timeline: { readonly countSeries: CountSeries }): CountSeries {
  return timeline.countSeries;
}

/**
 * The computation behind `Timeline.countSeries`: distinct people per organization per step, from
 * live spans (a person with two overlapping memberships of one body counts once).
 * @param spans membership spans; only `live` ones count
 * @param orgIds organizations to count (others are ignored)
 * @param nSteps number of steps
 */
export function countSeriesOf(spans: readonly MembershipSpan[], orgIds: readonly string[], nSteps: number): Map<string, number[]> {
  const n = nSteps;
  const byPersonOrg = new Map<string, StepInterval[]>();
  for (const sp of spans) {
    if (!sp.live) continue;
    const key = `${sp.membership.organization_id}\u0000${sp.membership.person_id}`;
    const list = byPersonOrg.get(key);
    const iv = { start: sp.start, end: sp.end };
    if (list) list.push(iv);
    else byPersonOrg.set(key, [iv]);
  }
  const deltas = new Map<string, number[]>();
  for (const org of orgIds) deltas.set(org, new Array<number>(n + 1).fill(0));
  for (const [key, list] of byPersonOrg) {
    const org = key.slice(0, key.indexOf('\u0000'));
    const d = deltas.get(org);
    if (!d) continue;
    for (const iv of mergeIntervals(list)) {
      d[iv.start]! += 1;
      d[iv.end]! -= 1;
    }
  }
  const out = new Map<string, number[]>();
  for (const [org, d] of deltas) {
    const counts: number[] = [];
    let c = 0;
    for (let i = 0; i < n; i++) {
      c += d[i]!;
      counts.push(c);
    }
    out.set(org, counts);
  }
  return out;
}
