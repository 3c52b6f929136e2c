/**
 * Geometry of the member timeline (the "inspect a member" panel): one row per member (or per post), bars over
 * the term coloured by the member's innermost body, end markers shaped by cause, by-election start
 * markers, inferred parts flagged, and a vertical line at the current step.
 *
 * Dates are drawn honestly. A step's date is a span (`dateSpan`: a year-only date covers its
 * year), narrowed by the order of the steps (a step is not before the one before it nor after the
 * one after it: the 1996 start of term lies in 1996 before 6/1996, so in [1996, 1996-07)). A change
 * known only to the year is a "transition zone" over that year, not a point on 1 January; a bar is
 * solid from the end of its start zone to the start of its end zone. Membership still running at
 * the report's date ends in an "open" zone over the report's date span.
 *
 * Steps that share a span (the two 1999 steps) do not collapse: they sit at evenly split
 * sub-positions of the span (the centres of its n equal parts), used for markers and for the
 * current-step line.
 *
 * Stages, each in its own module: the year axis (`member-timeline-axis.ts`), the rows' runs and
 * their order (`member-timeline-rows.ts`, `member-timeline-runs.ts`), and the drawing of each row
 * (`member-timeline-draw.ts`: segments, markers and zones, each in its own module). The types are
 * in `member-timeline-types.ts`, re-exported here.
 *
 * Pure: no DOM, no Svelte. Cost O(memberships · log + steps) for the whole layout; a large one is
 * made in small parts (`memberTimelineWork`) so that it never holds the page for long.
 */
import type { Timeline } from '../model/steps.ts';
import type { DrawContext, MemberTimelineLayout, MemberTimelineOptions, TimelineMode, TimelineRow } from './member-timeline-types.ts';
import { timelineAxis } from './member-timeline-axis.ts';
import { groupSpans, memberRowOf, seatRowOf, sortRowRuns, type RowRuns } from './member-timeline-rows.ts';
import { drawRuns } from './member-timeline-draw.ts';

export type {
  MemberTimelineLayout,
  MemberTimelineOptions,
  StepMark,
  TimelineMarker,
  TimelineMode,
  TimelineRow,
  TimelineSegment,
  TimelineZone,
} from './member-timeline-types.ts';
export { stepPositions, stepSpans, yearDomain } from './member-timeline-axis.ts';

/** x of the current-step line for step `index` (clamped to the steps). */
export function currentStepX(layout: MemberTimelineLayout, index: number): number {
  if (layout.steps.length === 0) return layout.x0;
  const i = Math.max(0, Math.min(layout.steps.length - 1, Math.round(index)));
  return layout.steps[i]!.x;
}

/** Rows whose box meets [y0, y1) (for vertical virtualisation): a start index and an end index, end exclusive. */
export function visibleRows(layout: MemberTimelineLayout, y0: number, y1: number, overscan = 0): [number, number] {
  const n = layout.rows.length;
  if (n === 0) return [0, 0];
  const a = Math.floor((y0 - layout.top) / layout.rowHeight) - overscan;
  const b = Math.ceil((y1 - layout.top) / layout.rowHeight) + overscan;
  return [Math.max(0, Math.min(n, a)), Math.max(0, Math.min(n, b))];
}

/**
 * Lays out the member timeline of `timeline` (all its rows at once; `memberTimelineWork` is the same
 * work in small parts).
 * @throws nothing for data that conforms to `types.ts` (unknown bodies are left out).
 */
export function memberTimeline(timeline: Timeline, options: MemberTimelineOptions = {}): MemberTimelineLayout {
  const work = memberTimelineWork(timeline, options);
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/**
 * The work of `memberTimeline`, yielding after the axis, after the grouping, after each row's runs,
 * after their sorting and after each row's drawing (each a small part: for 10,000 people and 1,500
 * steps, tens of microseconds), so a caller can stop for the page when its time is up
 * (`state/paced.ts`). Returns the same layout as `memberTimeline`.
 */
export function* memberTimelineWork(timeline: Timeline, options: MemberTimelineOptions = {}): Generator<void, MemberTimelineLayout> {
  const base = emptyMemberTimeline(timeline, options);
  const { mode, x, domain, steps, report, rowHeight, top } = base;
  const colorOf = new Map(timeline.orgIdsInTreeOrder.map((id, i) => [id, i] as const));
  const ctx: DrawContext = { timeline, x, steps, nSteps: timeline.steps.length, domain, report, colorOf };
  yield;

  // Live, placeable spans grouped by person or by post, cut into runs, one row each, in row order.
  const groups = groupSpans(timeline, mode);
  yield;
  const pending: RowRuns[] = [];
  for (const [id, own] of groups) {
    const row = mode === 'member' ? memberRowOf(timeline, id, own) : seatRowOf(timeline, id, own);
    if (row) pending.push(row);
    yield;
  }
  sortRowRuns(timeline, mode, pending);
  yield;

  const rows: TimelineRow[] = [];
  for (const p of pending) {
    const index = rows.length;
    const { segments, zones, markers } = drawRuns(ctx, mode, p.runs);
    rows.push({
      key: `${mode === 'member' ? 'm' : 's'}:${p.id}`,
      kind: mode,
      id: p.id,
      person_ids: [...new Set(p.runs.map((r) => r.person_id))],
      index,
      y: top + index * rowHeight,
      height: rowHeight,
      org: p.sortOrg,
      segments,
      zones,
      markers,
      inferred: segments.some((s) => s.inferred),
    });
    yield;
  }

  return { ...base, rows, height: top + rows.length * rowHeight };
}

/**
 * The member timeline of `timeline` without its rows: its axis (years, steps, the report's span)
 * and geometry, `height` its `top` (what is drawn while the rows are still being made).
 */
export function emptyMemberTimeline(timeline: Timeline, options: MemberTimelineOptions = {}): MemberTimelineLayout {
  const mode: TimelineMode = options.mode ?? 'member';
  const X0 = options.x0 ?? 240;
  const X1 = options.x1 ?? 960;
  const rowHeight = options.rowHeight ?? 24;
  const top = options.top ?? 0;
  const { x, domain, steps, report, years } = timelineAxis(timeline, X0, X1, options.domain);
  return { mode, rows: [], steps, x, domain, years, x0: X0, x1: X1, rowHeight, top, height: top, report };
}
