/**
 * The member timeline's year axis: the year domain (shared with the annotations), each step's
 * possible dates narrowed by the step order, the steps' positions (split where several share a
 * span), the report's date span, and the integer year ticks. Years are fractional (2000.25 =
 * 1 April 2000); x is in layout units.
 */
import { linearScale, type LinearScale } from './linear.ts';
import type { Timeline } from '../model/steps.ts';
import { parseDateRange, type PartialDate } from '../model/dates.ts';
import { dateSpan } from './step-axis.ts';
import { annotationsOnAxis } from '../model/axis-range.ts';
import type { StepMark } from './member-timeline-types.ts';

/** The report's date span in years, from the first source with a parseable `report_date`. */
export function reportSpan(timeline: Timeline): [number, number] | null {
  for (const s of timeline.dataset.sources ?? []) {
    if (typeof s.report_date !== 'string') continue;
    try {
      const r = parseDateRange(s.report_date);
      return [dateSpan(r.start)[0], dateSpan(r.end ?? r.start)[1]];
    } catch {
      continue;
    }
  }
  return null;
}

/** Span in years of an annotation date (a date or an interval); null when unparseable. */
function annotationSpan(date: string | undefined | null): [number, number] | null {
  if (typeof date !== 'string') return null;
  try {
    const r = parseDateRange(date);
    return [dateSpan(r.start)[0], dateSpan(r.end ?? r.start)[1]];
  } catch {
    return null;
  }
}

/**
 * The year axis shared by the member timeline and the annotations: whole years covering every
 * step's date, the report's date and every annotation that does not end before the first step
 * (`annotationsOnAxis`). [0, 1) for an empty dataset.
 */
export function yearDomain(timeline: Timeline): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (s: [number, number] | null) => {
    if (!s) return;
    lo = Math.min(lo, s[0]);
    hi = Math.max(hi, s[1]);
  };
  for (const s of timeline.steps) take(dateSpan(s.date));
  take(reportSpan(timeline));
  for (const a of annotationsOnAxis(timeline.dataset.annotations ?? [], timeline.steps)) take(annotationSpan(a.date));
  if (!Number.isFinite(lo)) return [0, 1];
  const a = Math.floor(lo);
  const b = Math.max(Math.ceil(hi), a + 1);
  return [a, b];
}

/**
 * Possible dates of each step in years: its date span narrowed by the order (not before the
 * previous step's earliest date, not after the next step's latest). Where the data contradicts
 * the order (an empty result), the step's own span is kept.
 */
export function stepSpans(dates: readonly PartialDate[]): [number, number][] {
  const raw = dates.map((d) => dateSpan(d));
  const n = raw.length;
  const lo: number[] = new Array(n);
  const hi: number[] = new Array(n);
  for (let i = 0; i < n; i++) lo[i] = Math.max(raw[i]![0], i > 0 ? lo[i - 1]! : -Infinity);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(raw[i]![1], i < n - 1 ? hi[i + 1]! : Infinity);
  return raw.map((r, i) => (lo[i]! < hi[i]! ? [lo[i]!, hi[i]!] : [r[0], r[1]]));
}

/**
 * Step positions in years: the centre of each step's span; consecutive steps with the same span
 * split it into equal parts, one each, in step order.
 */
export function stepPositions(spans: readonly [number, number][]): { pos: number; sub: number; shared: number }[] {
  const out: { pos: number; sub: number; shared: number }[] = [];
  let i = 0;
  while (i < spans.length) {
    let j = i + 1;
    while (j < spans.length && same(spans[j]!, spans[i]!)) j++;
    const [a, b] = spans[i]!;
    const n = j - i;
    for (let k = 0; k < n; k++) out.push({ pos: a + ((b - a) * (k + 0.5)) / n, sub: k, shared: n });
    i = j;
  }
  // Keep the order strict even for data that contradicts it.
  for (let k = 1; k < out.length; k++) if (out[k]!.pos <= out[k - 1]!.pos) out[k]!.pos = out[k - 1]!.pos + 1e-6;
  return out;
}

const same = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** The year axis of a member timeline laid out between `x0` and `x1`. */
export interface TimelineAxis {
  /** Years → x. */
  x: LinearScale;
  domain: [number, number];
  steps: StepMark[];
  /** The report's date span in x (the open zone), or null when the dataset gives none. */
  report: { x0: number; x1: number } | null;
  /** Integer year ticks inside the domain. */
  years: { year: number; x: number }[];
}

/**
 * The axis from x0 to x1 (layout units) over `domain` (years [start, end); default
 * `yearDomain(timeline)`): one mark per step, in step order.
 * @throws nothing for data that conforms to `types.ts` (unparseable report dates are skipped).
 */
export function timelineAxis(timeline: Timeline, x0: number, x1: number, domainOption?: readonly [number, number]): TimelineAxis {
  const domain: [number, number] = domainOption ? [domainOption[0], domainOption[1]] : yearDomain(timeline);
  const x = linearScale(domain, [x0, x1]);
  const steps = stepMarks(timeline.steps.map((s) => s.date), timeline.steps.map((s) => s.index), x);
  const rep = reportSpan(timeline);
  const report = rep ? { x0: x(rep[0]), x1: x(rep[1]) } : null;
  return { x, domain, steps, report, years: yearTicks(domain, x) };
}

/** The marks of steps with these dates and indices: their spans (`stepSpans`) and positions (`stepPositions`), in years and in x. */
export function stepMarks(dates: readonly PartialDate[], indices: readonly number[], x: (year: number) => number): StepMark[] {
  const spansY = stepSpans(dates);
  const positions = stepPositions(spansY);
  return indices.map((index, i) => ({
    index,
    span: spansY[i]!,
    x0: x(spansY[i]![0]),
    x1: x(spansY[i]![1]),
    x: x(positions[i]!.pos),
    sub: positions[i]!.sub,
    shared: positions[i]!.shared,
  }));
}

/** Every integer year in [domain start, domain end], with its x. */
export function yearTicks(domain: readonly [number, number], x: (year: number) => number): { year: number; x: number }[] {
  const years: { year: number; x: number }[] = [];
  for (let y = Math.ceil(domain[0]); y <= Math.floor(domain[1]); y++) years.push({ year: y, x: x(y) });
  return years;
}
