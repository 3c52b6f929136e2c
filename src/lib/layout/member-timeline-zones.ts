/**
 * The member timeline's zones: the uncertain stretches of a row, one over the span of each step at
 * which the row changes (an entry, an exit, or a change from one run to the next), and the open
 * zone over the report's date for a row still going at the last step (x in layout units).
 */
import type { DrawContext, Run, TimelineZone } from './member-timeline-types.ts';

/**
 * What ends and what starts at each step, by step index: runs ending before the last step, and runs
 * not starting before the first step. The first run wins: a row changes to one body at a time.
 */
export function runChanges(runs: readonly Run[], nSteps: number): { endsAt: Map<number, Run>; startsAt: Map<number, Run> } {
  const endsAt = new Map<number, Run>();
  const startsAt = new Map<number, Run>();
  for (const r of runs) {
    if (r.end < nSteps && !endsAt.has(r.end)) endsAt.set(r.end, r);
    if (!r.openStart && !startsAt.has(r.start)) startsAt.set(r.start, r);
  }
  return { endsAt, startsAt };
}

/**
 * A row's zones in step order, then the open zone (of run `open`, when given and the dataset has a
 * report date). Kinds: `change` (something ends and something starts), `start`, `end`, `open`.
 * @throws TypeError when a step of `endsAt` or `startsAt` is not in `ctx.steps`.
 */
export function rowZones(ctx: DrawContext, endsAt: ReadonlyMap<number, Run>, startsAt: ReadonlyMap<number, Run>, open: Run | null): TimelineZone[] {
  const { steps, report, colorOf } = ctx;
  const ci = (o: string | null) => (o === null ? null : (colorOf.get(o) ?? 0));
  const zones: TimelineZone[] = [];
  const changeSteps = [...new Set([...endsAt.keys(), ...startsAt.keys()])].sort((a, b) => a - b);
  for (const k of changeSteps) {
    const from = endsAt.get(k) ?? null;
    const to = startsAt.get(k) ?? null;
    const kind: TimelineZone['kind'] = from && to ? 'change' : to ? 'start' : 'end';
    zones.push({
      key: `z${k}`,
      kind,
      step: k,
      x0: steps[k]!.x0,
      x1: steps[k]!.x1,
      from: from?.org ?? null,
      to: to?.org ?? null,
      fromColorIndex: ci(from?.org ?? null),
      toColorIndex: ci(to?.org ?? null),
    });
  }
  if (open && report) {
    zones.push({ key: 'open', kind: 'open', step: null, x0: report.x0, x1: report.x1, from: open.org, to: null, fromColorIndex: ci(open.org), toColorIndex: null });
  }
  return zones;
}
