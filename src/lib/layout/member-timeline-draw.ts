/**
 * The drawing of one member-timeline row: its runs become segments (`member-timeline-segments.ts`),
 * markers (`member-timeline-markers.ts`) and zones (`member-timeline-zones.ts`).
 */
import type { DrawContext, Run, TimelineMarker, TimelineMode, TimelineSegment, TimelineZone } from './member-timeline-types.ts';
import { runSegment } from './member-timeline-segments.ts';
import { endMarker, startMarker } from './member-timeline-markers.ts';
import { rowZones, runChanges } from './member-timeline-zones.ts';

/**
 * Segments (one per run, in run order), zones (in step order, then the open zone) and markers (for
 * each run, its end marker, then its start marker) of a row's runs.
 * @throws TypeError when the runs' steps are not in `ctx.steps` (runs come from the same timeline).
 */
export function drawRuns(
  ctx: DrawContext,
  mode: TimelineMode,
  runs: readonly Run[],
): { segments: TimelineSegment[]; zones: TimelineZone[]; markers: TimelineMarker[] } {
  const { endsAt, startsAt } = runChanges(runs, ctx.nSteps);
  const segments: TimelineSegment[] = [];
  const markers: TimelineMarker[] = [];
  let open: Run | null = null;
  runs.forEach((r, i) => {
    const { segment, open: reachesReport } = runSegment(ctx, mode, r, i);
    if (reachesReport) open ??= r;
    segments.push(segment);
    const end = endMarker(ctx, mode, r, segment.endStep, startsAt);
    if (end) markers.push(end);
    const start = startMarker(ctx, mode, r, endsAt);
    if (start) markers.push(start);
  });
  return { segments, zones: rowZones(ctx, endsAt, startsAt, open), markers };
}
