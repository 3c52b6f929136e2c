/**
 * The member timeline's markers: an end marker where a person leaves the committee (member mode)
 * or a holder leaves the post (seat mode), shaped by end cause; a start marker (a circle) where
 * someone enters by by-election. A marker sits at its step's position (x in layout units).
 */
import type { Timeline } from '../model/steps.ts';
import type { MembershipSpan } from '../model/spans.ts';
import type { EndCause, StartCause } from '../model/types.ts';
import { orgRank } from '../model/snapshots.ts';
import { shapeFor } from './nodes.ts';
import type { DrawContext, Run, TimelineMarker, TimelineMode } from './member-timeline-types.ts';
import { isInferred } from '../model/certainty.ts';

/**
 * The end marker of run `r`, which ends at `endStep` (null: still going at the last step, no
 * marker). In member mode a run followed by another at that step (`startsAt`) is a move inside the
 * committee: no marker. The cause and destination are those of the outermost membership ending there.
 */
export function endMarker(ctx: DrawContext, mode: TimelineMode, r: Run, endStep: number | null, startsAt: ReadonlyMap<number, Run>): TimelineMarker | null {
  const continues = endStep !== null && mode === 'member' && startsAt.has(endStep);
  if (endStep === null || continues) return null;
  const ending = r.spans.filter((sp) => sp.endStep === endStep);
  const outer = pickOuter(ctx.timeline, ending.length ? ending : r.spans);
  const cause = (outer?.membership.end_cause ?? null) as EndCause | null;
  return {
    key: `e${endStep}:${r.person_id}`,
    kind: 'end',
    step: endStep,
    x: ctx.steps[endStep]!.x,
    shape: shapeFor('departed', cause),
    cause,
    person_id: r.person_id,
    inferred: ending.some((sp) => isInferred(sp.membership)),
    destination: outer?.membership.end_destination ?? null,
  };
}

/**
 * The start marker of run `r`: only for an entry by by-election (the start cause of the outermost
 * membership starting at the run's first step); none for a run that starts before the first step,
 * nor, in member mode, for a move inside the committee (another run ends there, `endsAt`).
 */
export function startMarker(ctx: DrawContext, mode: TimelineMode, r: Run, endsAt: ReadonlyMap<number, Run>): TimelineMarker | null {
  const moved = mode === 'member' && endsAt.has(r.start);
  if (r.openStart || moved) return null;
  const starting = r.spans.filter((sp) => sp.startStep === r.start);
  const outer = pickOuter(ctx.timeline, starting);
  const cause = (outer?.membership.start_cause ?? null) as StartCause | null;
  if (cause !== 'by_election') return null;
  return {
    key: `s${r.start}:${r.person_id}`,
    kind: 'start',
    step: r.start,
    x: ctx.steps[r.start]!.x,
    shape: 'circle',
    cause,
    person_id: r.person_id,
    inferred: starting.some((sp) => isInferred(sp.membership)),
    destination: null,
  };
}

/** The membership of the outermost body among `spans` (the body tree's order; ties: the first), or null for none. */
export function pickOuter(timeline: Timeline, spans: readonly MembershipSpan[]): MembershipSpan | null {
  let best: MembershipSpan | null = null;
  for (const sp of spans) {
    if (!best || orgRank(timeline.orgTree, sp.membership.organization_id) < orgRank(timeline.orgTree, best.membership.organization_id)) best = sp;
  }
  return best;
}
