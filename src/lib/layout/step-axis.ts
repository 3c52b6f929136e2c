/**
 * Geometry of the timeline strip under the slider: one stop per step, aligned with the range
 * input's thumb positions (evenly spaced), each tied by a connector to the span of its date on a
 * year axis. A date known only to the year is a span over that year, not a point on 1 January.
 */
import { linearScale } from './linear.ts';
import type { Step } from '../model/timeline-types.ts';
import type { PartialDate } from '../model/dates.ts';
import { r1 } from './round.ts';

export interface AxisStop {
  index: number;
  /** x of the slider stop (px), equal to the thumb centre for this value. */
  x: number;
  /** Span of the step's date on the year axis (px), and its middle. */
  dateX0: number;
  dateX1: number;
  dateX: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface StepAxis {
  stops: AxisStop[];
  years: { year: number; x: number }[];
  /**
   * The years the axis spans, [start, end) in fractional years: from the first step's year (a whole
   * year) to the end of the last step's date, or of `opts.end` when later (the report's date), or
   * `opts.domain`'s end when later; never a whole year more.
   */
  domain: [number, number];
  /** x of `domain[0]` and `domain[1]`, in px. */
  x0: number;
  x1: number;
  yearY: number;
  height: number;
}

/** Fractional-year span of a partial date: [start, end) in years. */
export function dateSpan(d: PartialDate): [number, number] {
  if (d.month === null) return [d.year, d.year + 1];
  const m0 = d.year + (d.month - 1) / 12;
  if (d.day === null) return [m0, m0 + 1 / 12];
  const day0 = m0 + (d.day - 1) / 365;
  return [day0, day0 + 1 / 365];
}

/**
 * Lay out the strip.
 * @param steps the timeline's steps (at least one)
 * @param width strip width in px (the range input's width)
 * @param opts.thumb the range thumb's width in px (stops sit at thumb centres)
 * @param opts.end a date the axis must reach (the report's, `axisEndDate` of `model/axis-range.ts`):
 *   the axis ends at the end of that date's span when it is after the last step's
 * @param opts.domain years the axis must also cover, [start, end) (its start is rounded down to a whole year)
 */
export function stepAxis(steps: readonly Step[], width: number, opts: { thumb: number; end?: PartialDate | null; domain?: readonly [number, number] }): StepAxis {
  const w = Math.max(120, width);
  const half = opts.thumb / 2;
  const last = Math.max(1, steps.length - 1);
  const spans = steps.map((s) => dateSpan(s.date));
  // A loop, not Math.min(...spans): a call takes only so many arguments (65,536 in Safari).
  let lo = opts.domain?.[0] ?? Infinity;
  let hi = opts.domain?.[1] ?? -Infinity;
  for (const [a, b] of spans) {
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  if (opts.end) hi = Math.max(hi, dateSpan(opts.end)[1]);
  lo = Math.floor(lo);
  hi = Math.max(hi, lo + 1);
  const x = linearScale([lo, hi], [half, w - half]);
  const stops = steps.map((s, i) => {
    const [a, b] = spans[i]!;
    const sx = steps.length === 1 ? w / 2 : half + ((w - opts.thumb) * i) / last;
    const anchor: AxisStop['anchor'] = i === 0 && steps.length > 1 ? 'start' : i === steps.length - 1 && steps.length > 1 ? 'end' : 'middle';
    return { index: s.index, x: r1(sx), dateX0: r1(x(a)), dateX1: r1(x(b)), dateX: r1(x((a + b) / 2)), anchor };
  });
  const years: { year: number; x: number }[] = [];
  // A label every 1, 2, 5, 10, 20, 25, 50, 100 … years, at multiples of that step (1000, 1250 …), about 60 px apart.
  const every = niceYearStep((hi - lo) / Math.max(1, Math.floor(w / 60)));
  for (let y = Math.ceil(lo / every) * every; y <= hi; y += every) years.push({ year: y, x: r1(x(y)) });
  return { stops, years, domain: [lo, hi], x0: r1(x(lo)), x1: r1(x(hi)), yearY: 58, height: 80 };
}

/**
 * The smallest round number of years (1, 2, 5, 10, 20, 25, 50 times a power of ten) at least
 * `raw`, so that year labels fall on round years.
 * @param raw years between two labels that would fit (any positive number)
 */
export function niceYearStep(raw: number): number {
  if (!(raw > 1)) return 1;
  for (let p = 1; ; p *= 10) for (const m of [1, 2, 2.5, 5]) if (m * p >= raw && Number.isInteger(m * p)) return m * p;
}
