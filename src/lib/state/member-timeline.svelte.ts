/**
 * The member timeline's state: its mode (a row per member or per post) and its layout, made for
 * the timeline on screen in time-boxed slices (`memberTimelineWork`, `runSlice`): a small layout is
 * made at once (`AT_ONCE_SPANS`), a large one (10,000 rows: a few hundred ms of work) a slice at a
 * time, after a pause, with the page free to paint and take input between slices. Until the new layout is made, the previous one stays
 * on screen with the timeline it was made from (before the first, the axis without rows). Read by
 * `MemberTimeline.svelte`, which only renders.
 *
 * No effect of its own (`shownFor` is read in the component's derived, as `FlowsState.model` is):
 * the code of effects is not in the page's first load, and this module loads after it.
 */
import type { Timeline } from '../model/steps.ts';
import { emptyMemberTimeline, memberTimelineWork, type MemberTimelineLayout, type MemberTimelineOptions, type TimelineMode } from '../layout/member-timeline.ts';
import { runSlice } from './paced.ts';
import { yieldToPage } from './task.svelte.ts';

/** Milliseconds of layout work per slice (then the page gets its turn). */
export const LAYOUT_SLICE_MS = 10;

/**
 * Memberships up to which a layout is begun at once (its first slice in the update that asked for
 * it: the built-in dataset's is made in about a millisecond); a larger one begins after a pause.
 */
export const AT_ONCE_SPANS = 2000;

/** A layout with the timeline and mode it was made for (the rows' words read that timeline). */
export interface ShownLayout {
  timeline: Timeline;
  mode: TimelineMode;
  layout: MemberTimelineLayout;
  /** False for the axis without rows drawn before the first layout is made. */
  whole: boolean;
}

/** What the state needs besides the timeline: the layout's geometry, and (for tests) its clock. */
export interface MemberTimelineStateOptions {
  /** Geometry passed to `memberTimelineWork` (its `mode` is the state's). */
  geometry?: Omit<MemberTimelineOptions, 'mode'>;
  /** Milliseconds per slice (default `LAYOUT_SLICE_MS`). */
  sliceMs?: number;
  /** Milliseconds, monotonic (default `performance.now`). */
  now?: () => number;
  /** Lets the page paint and take input between slices (default `yieldToPage`). */
  pause?: () => Promise<void>;
}

export class MemberTimelineState {
  /** A row per member or per post (what the reader chose; `shownFor` says what is drawn). */
  mode: TimelineMode = $state('member');

  readonly #opts: MemberTimelineStateOptions;
  /** The latest layout whose last slice came after a pause (written then: it wakes the derived). */
  #made: ShownLayout | null = $state.raw(null);
  /** The latest layout made within its first slice (not state: a derived made it). */
  #quick: ShownLayout | null = null;
  /** What was last drawn (what stays on screen while the next layout is made). */
  #last: ShownLayout | null = null;
  /** What the latest layout was asked for, and its number (an older one still being made stops). */
  #asked: { timeline: Timeline; mode: TimelineMode } | null = null;
  #job = 0;

  constructor(options: MemberTimelineStateOptions = {}) {
    this.#opts = options;
  }

  /**
   * The layout to draw for `timeline` in the current mode, with the timeline and mode it was made
   * for: theirs once made, until then the one drawn before (before the first, the axis of
   * `timeline` without rows). Starts making it when it is first asked for; read it in a derived,
   * which is run again when a layout made in slices is done.
   */
  shownFor(timeline: Timeline): ShownLayout {
    const mode = this.mode;
    const made = this.#made;
    const ready = [made, this.#quick].find((s) => s !== null && s.timeline === timeline && s.mode === mode);
    if (ready) {
      // Back to a layout already made: a newer one still being made is no longer wanted.
      if (this.#asked?.timeline !== timeline || this.#asked.mode !== mode) {
        this.#asked = { timeline, mode };
        this.#job++;
      }
      return (this.#last = ready);
    }
    if (this.#asked?.timeline !== timeline || this.#asked.mode !== mode) {
      const quick = this.#start(timeline, mode);
      if (quick) return (this.#last = this.#quick = quick);
    }
    return (this.#last ??= { timeline, mode, layout: emptyMemberTimeline(timeline, { ...this.#opts.geometry, mode }), whole: false });
  }

  /** Whether `shown` (from `shownFor`) is not yet the layout of `timeline` in the current mode. */
  pending(shown: ShownLayout, timeline: Timeline): boolean {
    return !shown.whole || shown.timeline !== timeline || shown.mode !== this.mode;
  }

  /**
   * Makes the layout of `timeline` in `mode`: returned when its first slice (at once for a small
   * timeline) makes it, else null and made in slices after a pause.
   */
  #start(timeline: Timeline, mode: TimelineMode): ShownLayout | null {
    this.#asked = { timeline, mode };
    const job = ++this.#job;
    const { geometry, sliceMs = LAYOUT_SLICE_MS, now, pause = () => yieldToPage() } = this.#opts;
    const work = memberTimelineWork(timeline, { ...geometry, mode });
    // A small timeline is laid out at once, in the page's update that brought it; a large one
    // starts after a pause (that update has enough to do: the chart, the counts).
    if (timeline.spans.length <= AT_ONCE_SPANS) {
      const first = runSlice(work, sliceMs, now);
      if (first.done) return { timeline, mode, layout: first.value, whole: true };
    }
    void (async () => {
      for (;;) {
        await pause();
        if (job !== this.#job) return;
        const r = runSlice(work, sliceMs, now);
        if (r.done) {
          this.#made = { timeline, mode, layout: r.value, whole: true };
          return;
        }
      }
    })();
    return null;
  }
}
