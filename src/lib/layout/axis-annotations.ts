/**
 * Geometry of the dataset's annotations (events that change no membership: resolutions, a
 * reprimand) on a year axis. A date with a month or a day is a marker at the centre of its span;
 * a year-only date is a span over its year (not a point on 1 January); an interval ("1996/2000",
 * "during the term") is a band across the whole interval. Items are stacked in lanes so that no
 * two items of a lane overlap: bands first (widest first), then markers and spans in date order,
 * each in the first lane where it fits (greedy interval colouring, O(n · lanes)).
 *
 * Pure: no DOM, no Svelte. Unparseable dates are left out (the validator reports them).
 */
import { linearScale, type LinearScale } from './linear.ts';
import type { Annotation, LangString } from '../model/types.ts';
import { parseDateRange } from '../model/dates.ts';
import { dateSpan } from './step-axis.ts';

export interface AnnotationItem {
  id: string;
  /** `marker`: month or day precision; `span`: year only; `band`: an interval. */
  kind: 'marker' | 'span' | 'band';
  /** The date's span in years [start, end). */
  span: [number, number];
  /** The date's span in x. */
  x0: number;
  x1: number;
  /** Marker position (centre of the span). */
  x: number;
  /** The horizontal room it takes in its lane: the span, widened to `minWidth` around its centre. */
  extent: [number, number];
  lane: number;
  /** Top of its lane. */
  y: number;
  /** 1-based number in date order, for a key under the axis. */
  number: number;
  label: LangString;
  date: string;
  classification: string | null;
  organization_id: string | null;
  inferred: boolean;
}

export interface AnnotationAxis {
  items: AnnotationItem[];
  lanes: number;
  x: LinearScale;
  domain: [number, number];
  laneHeight: number;
  top: number;
  /** y just below the last lane. */
  height: number;
}

export interface AnnotationAxisOptions {
  /** Year domain [start, end); default: whole years covering every annotation. */
  domain?: readonly [number, number];
  /** x range of the axis. Default [0, 720]. */
  x0?: number;
  x1?: number;
  /** Narrowest room an item takes in a lane (markers are drawn this wide). Default 14. */
  minWidth?: number;
  /** Horizontal gap kept between items of a lane. Default 2. */
  gap?: number;
  laneHeight?: number;
  top?: number;
}

/** Lays out `annotations` on a year axis. */
export function annotationAxis(annotations: readonly Annotation[], options: AnnotationAxisOptions = {}): AnnotationAxis {
  const X0 = options.x0 ?? 0;
  const X1 = options.x1 ?? 720;
  const minWidth = options.minWidth ?? 14;
  const gap = options.gap ?? 2;
  const laneHeight = options.laneHeight ?? 18;
  const top = options.top ?? 0;

  const parsed: { a: Annotation; kind: AnnotationItem['kind']; span: [number, number]; order: number }[] = [];
  annotations.forEach((a, order) => {
    let r;
    try {
      r = parseDateRange(a.date);
    } catch {
      return;
    }
    if (r.end) {
      parsed.push({ a, kind: 'band', span: [dateSpan(r.start)[0], dateSpan(r.end)[1]], order });
    } else {
      parsed.push({ a, kind: r.start.precision === 'year' ? 'span' : 'marker', span: dateSpan(r.start), order });
    }
  });

  let domain: [number, number];
  if (options.domain) domain = [options.domain[0], options.domain[1]];
  else if (parsed.length === 0) domain = [0, 1];
  else {
    const lo = Math.floor(Math.min(...parsed.map((p) => p.span[0])));
    domain = [lo, Math.max(lo + 1, Math.ceil(Math.max(...parsed.map((p) => p.span[1]))))];
  }
  const x = linearScale(domain, [X0, X1]);

  // Numbers in date order (start, then end, then dataset order).
  const byDate = [...parsed].sort((p, q) => p.span[0] - q.span[0] || p.span[1] - q.span[1] || p.order - q.order);
  const number = new Map(byDate.map((p, i) => [p, i + 1] as const));

  const items: AnnotationItem[] = parsed.map((p) => {
    const x0 = x(p.span[0]);
    const x1 = x(p.span[1]);
    const cx = (x0 + x1) / 2;
    const w = Math.max(minWidth, x1 - x0);
    return {
      id: p.a.id,
      kind: p.kind,
      span: p.span,
      x0,
      x1,
      x: cx,
      extent: [cx - w / 2, cx + w / 2],
      lane: 0,
      y: top,
      number: number.get(p)!,
      label: p.a.label ?? {},
      date: p.a.date,
      classification: p.a.classification ?? null,
      organization_id: p.a.organization_id ?? null,
      inferred: p.a.certainty === 'inferred',
    };
  });

  // Bands first (widest first), then the rest in date order.
  const placeOrder = [...items].sort((a, b) => {
    const ba = a.kind === 'band' ? 0 : 1;
    const bb = b.kind === 'band' ? 0 : 1;
    if (ba !== bb) return ba - bb;
    if (ba === 0) return b.x1 - b.x0 - (a.x1 - a.x0) || a.number - b.number;
    return a.extent[0] - b.extent[0] || a.number - b.number;
  });
  const laneItems: AnnotationItem[][] = [];
  let bandLanes = 0;
  for (const it of placeOrder) {
    const first = it.kind === 'band' ? 0 : bandLanes;
    let lane = first;
    while (lane < laneItems.length && laneItems[lane]!.some((o) => overlaps(o.extent, it.extent, gap))) lane++;
    if (lane === laneItems.length) laneItems.push([]);
    laneItems[lane]!.push(it);
    it.lane = lane;
    it.y = top + lane * laneHeight;
    if (it.kind === 'band') bandLanes = Math.max(bandLanes, lane + 1);
  }
  items.sort((a, b) => a.number - b.number);
  return { items, lanes: laneItems.length, x, domain, laneHeight, top, height: top + laneItems.length * laneHeight };
}

/** Whether two x ranges are closer than `gap` (touching half-open ranges do not overlap). */
function overlaps(a: [number, number], b: [number, number], gap: number): boolean {
  return a[0] < b[1] + gap && b[0] < a[1] + gap;
}
