/**
 * Geometry of the dataset's annotations (events that change no membership: resolutions, a
 * reprimand) on a year axis. A date with a month or a day is a marker at the centre of its span;
 * a year-only date is a span over its year (not a point on 1 January); an interval ("1996/2000",
 * "during the term") is a band across the whole interval. Items are stacked in lanes so that no
 * two items of a lane overlap: bands first (widest first), then markers and spans in date order,
 * each in the first lane where it fits (greedy interval colouring, O(n · lanes)). Everything is cut
 * at the ends of the axis (a year-only date that runs past the axis's end stops there).
 *
 * Given the items' labels (`options.labels`, words of the caller), an item is labelled when its
 * label fits beside it (right of a mark; inside a band or a year's span) in its lane or in another lane where it
 * moves (never a new lane). When the items need more lanes than `options.maxLanes`, or labels were
 * given and fewer than half of them fit, they are collapsed into one row under a line for the row's
 * own label (`collapsed`): no item is labelled there, each still takes its place on the axis (a
 * phone's narrow strip).
 *
 * Pure: no DOM, no Svelte. Unparseable dates are left out (the validator reports them).
 */
import { linearScale, type LinearScale } from './linear.ts';
import type { Annotation, LangString } from '../model/types.ts';
import { parseDateRange } from '../model/dates.ts';
import { dateSpan } from './step-axis.ts';
import { textWidth } from './text.ts';

/** Room between a mark and its label, in px. */
const LABEL_GAP = 3;

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
  /** Whether its label (`options.labels`) is drawn beside it, at `labelX` (its start, left-aligned). */
  labelled: boolean;
  labelX: number;
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
  /** True when the items needed more than `maxLanes` lanes and stand in one row (under its label's line, at `top`). */
  collapsed: boolean;
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
  /** Each annotation's label, by the order of `annotations` (absent: no item is labelled). */
  labels?: readonly string[];
  /** Font size of the labels, in px (default 10). */
  labelFont?: number;
  /** Most lanes before the items are collapsed into one row (default: no limit). With `labels`, fewer than half of them fitting collapses the row too. */
  maxLanes?: number;
}

/** Lays out `annotations` on a year axis. */
export function annotationAxis(annotations: readonly Annotation[], options: AnnotationAxisOptions = {}): AnnotationAxis {
  const X0 = options.x0 ?? 0;
  const X1 = options.x1 ?? 720;
  const minWidth = options.minWidth ?? 14;
  const gap = options.gap ?? 2;
  const laneHeight = options.laneHeight ?? 18;
  const top = options.top ?? 0;

  const labelFont = options.labelFont ?? 10;
  const maxLanes = options.maxLanes ?? Infinity;
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

  const lo = Math.min(X0, X1);
  const hi = Math.max(X0, X1);
  const cut = (v: number) => Math.min(hi, Math.max(lo, v));
  const labelW = new Map<AnnotationItem, number>();
  const items: AnnotationItem[] = parsed.map((p) => {
    const x0 = cut(x(p.span[0]));
    const x1 = cut(x(p.span[1]));
    const cx = (x0 + x1) / 2;
    const w = Math.max(minWidth, x1 - x0);
    const it: AnnotationItem = {
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
      labelled: false,
      labelX: cx,
    };
    const text = options.labels?.[p.order];
    if (text) labelW.set(it, textWidth(text, labelFont));
    return it;
  });

  // Bands first (widest first), then the rest in date order.
  const placeOrder = [...items].sort((a, b) => {
    const ba = a.kind === 'band' ? 0 : 1;
    const bb = b.kind === 'band' ? 0 : 1;
    if (ba !== bb) return ba - bb;
    if (ba === 0) return b.x1 - b.x0 - (a.x1 - a.x0) || a.number - b.number;
    return a.extent[0] - b.extent[0] || a.number - b.number;
  });
  // What an item takes in its lane with its label: a band or a year's span holds its label inside; a mark's label runs to its right.
  const inside = (it: AnnotationItem) => it.kind !== 'marker';
  const withLabel = (it: AnnotationItem): [number, number] | null => {
    const lw = labelW.get(it);
    if (lw === undefined) return null;
    if (inside(it)) return lw + 2 * LABEL_GAP <= it.x1 - it.x0 ? it.extent : null;
    const end = it.extent[1] + LABEL_GAP + lw;
    return end <= hi ? [it.extent[0], end] : null;
  };
  // First the marks alone: each in the first lane where it fits.
  const laneItems: { it: AnnotationItem; room: [number, number] }[][] = [];
  const fits = (lane: number, room: [number, number], self: AnnotationItem) =>
    !laneItems[lane]!.some((o) => o.it !== self && overlaps(o.room, room, gap));
  let bandLanes = 0;
  for (const it of placeOrder) {
    const first = it.kind === 'band' ? 0 : bandLanes;
    let lane = first;
    while (lane < laneItems.length && !fits(lane, it.extent, it)) lane++;
    if (lane === laneItems.length) laneItems.push([]);
    laneItems[lane]!.push({ it, room: it.extent });
    it.lane = lane;
    it.y = top + lane * laneHeight;
    if (it.kind === 'band') bandLanes = Math.max(bandLanes, lane + 1);
  }
  // Then the labels, where there is room: in the item's lane, or in another lane of its kind where
  // the mark and its label fit (the item moves there); never a new lane.
  let labelledCount = 0;
  for (const it of placeOrder) {
    const room = withLabel(it);
    if (!room) continue;
    const first = it.kind === 'band' ? 0 : bandLanes;
    const last = it.kind === 'band' ? bandLanes : laneItems.length;
    let lane = fits(it.lane, room, it) ? it.lane : -1;
    for (let l = first; l < last && lane < 0; l++) if (fits(l, room, it)) lane = l;
    if (lane < 0) continue;
    const own = laneItems[it.lane]!;
    const entry = own.splice(own.findIndex((o) => o.it === it), 1)[0]!;
    entry.room = room;
    laneItems[lane]!.push(entry);
    it.lane = lane;
    it.y = top + lane * laneHeight;
    it.labelled = true;
    it.labelX = inside(it) ? it.x0 + LABEL_GAP : it.extent[1] + LABEL_GAP;
    labelledCount++;
  }
  while (laneItems.length > 0 && laneItems[laneItems.length - 1]!.length === 0) laneItems.pop();
  items.sort((a, b) => a.number - b.number);
  // Too many lanes, or labels were given and fewer than half the marks have room for theirs: one row.
  if (laneItems.length > maxLanes || (labelW.size > 0 && labelledCount * 2 < labelW.size)) {
    // One row under a line for its label: every item at its place, none labelled.
    for (const it of items) {
      it.lane = 0;
      it.y = top + laneHeight;
      it.labelled = false;
      it.labelX = it.x;
    }
    return { items, lanes: 1, x, domain, laneHeight, top, height: top + 2 * laneHeight, collapsed: true };
  }
  return { items, lanes: laneItems.length, x, domain, laneHeight, top, height: top + laneItems.length * laneHeight, collapsed: false };
}

/** Whether two x ranges are closer than `gap` (touching half-open ranges do not overlap). */
function overlaps(a: [number, number], b: [number, number], gap: number): boolean {
  return a[0] < b[1] + gap && b[0] < a[1] + gap;
}
