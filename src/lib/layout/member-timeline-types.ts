/**
 * The member timeline's types (see `member-timeline.ts`): its options, the year axis's step marks,
 * and the rows with their segments, zones and markers; also the runs and the drawing context its
 * stages share. `member-timeline.ts` re-exports the public ones.
 */
import type { LinearScale } from './linear.ts';
import type { Timeline } from '../model/steps.ts';
import type { MembershipSpan } from '../model/spans.ts';
import type { EndCause, LangString, StartCause } from '../model/types.ts';
import type { ShapeName } from './scene.ts';

export type TimelineMode = 'member' | 'seat';

export interface MemberTimelineOptions {
  /** One row per person (`member`, default) or per post (`seat`). */
  mode?: TimelineMode;
  /** x of the plot's left edge (the row labels go left of it). Default 240. */
  x0?: number;
  /** x of the plot's right edge. Default 960. */
  x1?: number;
  /** Height of one row. Default 24. */
  rowHeight?: number;
  /** y of the first row's top. Default 0. */
  top?: number;
  /** Year domain [start, end) of the axis; default `yearDomain(timeline)`. */
  domain?: readonly [number, number];
}

/** Where a step sits on the year axis. */
export interface StepMark {
  index: number;
  /** The step's possible dates in years: its date span narrowed by the step order. */
  span: [number, number];
  /** The span in x units. */
  x0: number;
  x1: number;
  /** The step's position (centre of its part of the span when several steps share it). */
  x: number;
  /** Position among the steps that share its span (0-based), and how many share it. */
  sub: number;
  shared: number;
}

/** A stretch of a row: one innermost body (member mode) or one holder (seat mode). */
export interface TimelineSegment {
  /** Stable within the row. */
  key: string;
  /** The innermost body (member mode) or the post's body (seat mode). */
  org: string;
  /** Palette index of `org` (pre-order of the body tree, as the chart uses). */
  colorIndex: number;
  /** Every body the person is in during the segment, outermost first. */
  orgs: string[];
  /** Posts held during the segment, dataset order. */
  post_ids: string[];
  /** The holder (seat mode) or the row's person (member mode). */
  person_id: string;
  /** First step of the segment, and the step it ends at (null = still running at the last step). */
  startStep: number;
  endStep: number | null;
  /** True when it starts before the first step (no start date). */
  openStart: boolean;
  /** Full x-range, zones included: start zone start .. end zone end. */
  x0: number;
  x1: number;
  /** The solid (known) part: end of the start zone .. start of the end zone (solidX1 ≥ solidX0). */
  solidX0: number;
  solidX1: number;
  /** Rests on an inferred membership (drawn hatched). */
  inferred: boolean;
  /** The reasons of the inferred memberships behind it (distinct), for hover and focus. */
  basis: LangString[];
  membership_ids: string[];
}

/** An uncertain stretch at a change: the span of the step's date. */
export interface TimelineZone {
  key: string;
  /** `start`: entry; `end`: exit; `change`: from one segment to the next; `open`: running at the report's date. */
  kind: 'start' | 'end' | 'change' | 'open';
  /** The step (null for `open`). */
  step: number | null;
  x0: number;
  x1: number;
  /** Body before and after the change (null outside the committee). */
  from: string | null;
  to: string | null;
  fromColorIndex: number | null;
  toColorIndex: number | null;
}

/** An end marker (exit, shaped by cause) or a start marker (entry by by-election). */
export interface TimelineMarker {
  key: string;
  kind: 'start' | 'end';
  step: number;
  x: number;
  shape: ShapeName;
  /** End cause (for `end`) or start cause (for `start`). */
  cause: EndCause | StartCause | null;
  person_id: string;
  inferred: boolean;
  destination: LangString | null;
}

export interface TimelineRow {
  /** `m:<person id>` or `s:<post id>`. */
  key: string;
  kind: TimelineMode;
  /** Person id (member mode) or post id (seat mode). */
  id: string;
  /** Everyone drawn in the row (the person, or the post's holders in order). */
  person_ids: string[];
  index: number;
  y: number;
  height: number;
  /** Deepest body ever held (member mode) or the post's body (seat mode). */
  org: string;
  segments: TimelineSegment[];
  zones: TimelineZone[];
  markers: TimelineMarker[];
  /** Any segment inferred. */
  inferred: boolean;
}

export interface MemberTimelineLayout {
  mode: TimelineMode;
  rows: TimelineRow[];
  steps: StepMark[];
  /** Years → x. */
  x: LinearScale;
  domain: [number, number];
  /** Integer year ticks inside the domain. */
  years: { year: number; x: number }[];
  x0: number;
  x1: number;
  rowHeight: number;
  top: number;
  /** y just below the last row. */
  height: number;
  /** The report's date span in x (the open zone), or null when the dataset gives none. */
  report: { x0: number; x1: number } | null;
}

/** A maximal stretch of steps over which a row's drawn state does not change. */
export interface Run {
  start: number;
  /** Exclusive; nSteps when running to the end. */
  end: number;
  org: string;
  orgs: string[];
  post_ids: string[];
  person_id: string;
  spans: MembershipSpan[];
  /** The state key (org, posts, inferred, holder). */
  sig: string;
  openStart: boolean;
}

/** What the drawing of a row's runs reads: the x scale (years → x units) and the step marks. */
export interface DrawContext {
  timeline: Timeline;
  x: LinearScale;
  steps: StepMark[];
  nSteps: number;
  /** The axis's year domain [start, end). */
  domain: [number, number];
  /** The report's date span in x, or null. */
  report: { x0: number; x1: number } | null;
  /** Palette index of each organization (pre-order of the body tree). */
  colorOf: Map<string, number>;
}
