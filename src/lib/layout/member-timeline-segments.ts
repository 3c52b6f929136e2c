/**
 * The member timeline's segments: one per run, a bar over the year axis (x in layout units) with
 * its uncertain ends. A bar is solid from the end of its start zone (the span of its first step's
 * date) to the start of its end zone (the span of the step it ends at); a run still going at the
 * last step ends in the report's open zone when there is one, else at the axis's end.
 */
import type { LangString } from '../model/types.ts';
import type { MembershipSpan } from '../model/spans.ts';
import type { DrawContext, Run, TimelineMode, TimelineSegment } from './member-timeline-types.ts';
import { inferenceBasis, isInferred } from '../model/certainty.ts';

/**
 * The segment of run `r`, the `i`-th of its row (its key is `g<i>`), and whether it ends in the
 * report's open zone (still going at the last step, and solid up to the report's date).
 * @throws TypeError when the run's steps are not in `ctx.steps` (runs come from the same timeline).
 */
export function runSegment(ctx: DrawContext, mode: TimelineMode, r: Run, i: number): { segment: TimelineSegment; open: boolean } {
  const { x, steps, nSteps, domain, report, colorOf } = ctx;
  const dx0 = x(domain[0]);
  const dx1 = x(domain[1]);
  let open = false;
  // Start side.
  let x0: number;
  let solidX0: number;
  if (r.openStart) {
    x0 = dx0;
    solidX0 = dx0;
  } else {
    x0 = steps[r.start]!.x0;
    solidX0 = steps[r.start]!.x1;
  }
  // End side.
  let x1: number;
  let solidX1: number;
  let endStep: number | null;
  if (r.end >= nSteps) {
    endStep = null;
    if (report && report.x0 >= solidX0) {
      x1 = report.x1;
      solidX1 = report.x0;
      open = true;
    } else {
      x1 = dx1;
      solidX1 = dx1;
    }
  } else {
    endStep = r.end;
    x1 = steps[r.end]!.x1;
    solidX1 = steps[r.end]!.x0;
  }
  // A start known only to a wide span can overlap the end (1996 … 6/1996): no solid part then.
  if (solidX1 < solidX0) solidX1 = solidX0 = Math.max(x0, solidX1);
  const inferredSpans = r.spans.filter(
    (sp) => isInferred(sp.membership) && (mode === 'seat' || sp.membership.organization_id === r.org),
  );
  const segment: TimelineSegment = {
    key: `g${i}`,
    org: r.org,
    colorIndex: colorOf.get(r.org) ?? 0,
    orgs: r.orgs,
    post_ids: r.post_ids,
    person_id: r.person_id,
    startStep: r.start,
    endStep,
    openStart: r.openStart,
    x0,
    x1,
    solidX0,
    solidX1,
    inferred: inferredSpans.length > 0,
    basis: inferredBasis(inferredSpans),
    membership_ids: r.spans.map((sp) => sp.membership.id),
  };
  return { segment, open };
}

/** The reasons (`basis`) of these memberships, each distinct one once (by value), in order; memberships without one are skipped. */
export function inferredBasis(spans: readonly MembershipSpan[]): LangString[] {
  const basis: LangString[] = [];
  const seenBasis = new Set<string>();
  for (const sp of spans) {
    const b = inferenceBasis(sp.membership) ?? sp.membership.basis;
    if (!b) continue;
    const k = JSON.stringify(b);
    if (!seenBasis.has(k)) (seenBasis.add(k), basis.push(b));
  }
  return basis;
}
