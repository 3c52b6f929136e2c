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
 * Pure: no DOM, no Svelte. Cost O(memberships · log + steps) for the whole layout.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Timeline } from '../model/steps.ts';
import type { MembershipSpan } from '../model/spans.ts';
import type { EndCause, LangString, StartCause } from '../model/types.ts';
import { parseDateRange, type PartialDate } from '../model/dates.ts';
import { dateSpan } from './step-axis.ts';
import type { ShapeName } from './scene.ts';
import { shapeFor } from './nodes.ts';
import { orgRank, sortPosts } from '../model/snapshots.ts';

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
  x: ScaleLinear<number, number>;
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

/** The report's date span in years, from the first source with a parseable `report_date`. */
function reportSpan(timeline: Timeline): [number, number] | null {
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
 * step's date, the report's date and every annotation. [0, 1) for an empty dataset.
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
  for (const a of timeline.dataset.annotations ?? []) take(annotationSpan(a.date));
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

/** A maximal stretch of steps over which a row's drawn state does not change. */
interface Run {
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

/**
 * Lays out the member timeline of `timeline`.
 * @throws nothing for data that conforms to `types.ts` (unknown bodies are left out).
 */
export function memberTimeline(timeline: Timeline, options: MemberTimelineOptions = {}): MemberTimelineLayout {
  const mode: TimelineMode = options.mode ?? 'member';
  const X0 = options.x0 ?? 240;
  const X1 = options.x1 ?? 960;
  const rowHeight = options.rowHeight ?? 24;
  const top = options.top ?? 0;
  const domain: [number, number] = options.domain ? [options.domain[0], options.domain[1]] : yearDomain(timeline);
  const x = scaleLinear().domain(domain).range([X0, X1]);
  const nSteps = timeline.steps.length;

  const spansY = stepSpans(timeline.steps.map((s) => s.date));
  const positions = stepPositions(spansY);
  const steps: StepMark[] = timeline.steps.map((s, i) => ({
    index: s.index,
    span: spansY[i]!,
    x0: x(spansY[i]![0]),
    x1: x(spansY[i]![1]),
    x: x(positions[i]!.pos),
    sub: positions[i]!.sub,
    shared: positions[i]!.shared,
  }));
  const rep = reportSpan(timeline);
  const report = rep ? { x0: x(rep[0]), x1: x(rep[1]) } : null;

  const colorOf = new Map(timeline.orgIdsInTreeOrder.map((id, i) => [id, i] as const));
  const depth = (o: string) => timeline.orgDepth.get(o) ?? 0;
  const ctx: Ctx = { timeline, x, steps, nSteps, domain, report, colorOf };

  // Live, placeable spans grouped by person or by post.
  const groups = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    if (!sp.live || !sp.placeable) continue;
    const m = sp.membership;
    const id = mode === 'member' ? m.person_id : m.post_id;
    if (typeof id !== 'string' || id === '') continue;
    if (mode === 'seat' && !timeline.postById.has(id)) continue;
    const g = groups.get(id);
    if (g) g.push(sp);
    else groups.set(id, [sp]);
  }

  type Pending = { id: string; runs: Run[]; sortOrg: string; sortDepth: number; first: number; order: number };
  const pending: Pending[] = [];
  if (mode === 'member') {
    for (const [pid, own] of groups) {
      const runs = memberRuns(timeline, pid, own, nSteps);
      if (runs.length === 0) continue;
      let deepest = runs[0]!.org;
      for (const r of runs) if (depth(r.org) > depth(deepest) || (depth(r.org) === depth(deepest) && orgRank(timeline.orgTree, r.org) < orgRank(timeline.orgTree, deepest))) deepest = r.org;
      pending.push({ id: pid, runs, sortOrg: deepest, sortDepth: depth(deepest), first: runs[0]!.openStart ? -1 : runs[0]!.start, order: 0 });
    }
    pending.sort(
      (a, b) =>
        b.sortDepth - a.sortDepth ||
        orgRank(timeline.orgTree, a.sortOrg) - orgRank(timeline.orgTree, b.sortOrg) ||
        a.first - b.first ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  } else {
    for (const [postId, own] of groups) {
      const post = timeline.postById.get(postId)!;
      const runs = seatRuns(postId, post.organization_id, own, nSteps);
      if (runs.length === 0) continue;
      pending.push({ id: postId, runs, sortOrg: post.organization_id, sortDepth: depth(post.organization_id), first: 0, order: timeline.postOrder.get(postId) ?? Infinity });
    }
    pending.sort((a, b) => b.sortDepth - a.sortDepth || orgRank(timeline.orgTree, a.sortOrg) - orgRank(timeline.orgTree, b.sortOrg) || a.order - b.order);
  }

  const rows: TimelineRow[] = pending.map((p, index) => {
    const { segments, zones, markers } = drawRuns(ctx, mode, p.runs);
    return {
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
    };
  });

  const years: { year: number; x: number }[] = [];
  for (let y = Math.ceil(domain[0]); y <= Math.floor(domain[1]); y++) years.push({ year: y, x: x(y) });

  return { mode, rows, steps, x, domain, years, x0: X0, x1: X1, rowHeight, top, height: top + rows.length * rowHeight, report };
}

interface Ctx {
  timeline: Timeline;
  x: ScaleLinear<number, number>;
  steps: StepMark[];
  nSteps: number;
  domain: [number, number];
  report: { x0: number; x1: number } | null;
  colorOf: Map<string, number>;
}

/** Change points of a set of spans (steps where something starts or ends), sorted, within [0, n). */
function boundaries(spans: readonly MembershipSpan[], n: number): number[] {
  const pts = new Set<number>([0]);
  for (const sp of spans) {
    if (sp.start > 0 && sp.start < n) pts.add(sp.start);
    if (sp.end > 0 && sp.end < n) pts.add(sp.end);
  }
  return [...pts].sort((a, b) => a - b);
}

/** A person's runs: maximal stretches with the same innermost body, posts and certainty. */
function memberRuns(timeline: Timeline, pid: string, own: MembershipSpan[], n: number): Run[] {
  const pts = boundaries(own, n);
  const runs: Run[] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = i + 1 < pts.length ? pts[i + 1]! : n;
    if (b <= a) continue;
    const active = own.filter((sp) => sp.start <= a && a < sp.end);
    if (active.length === 0) continue;
    const orgs = [...new Set(active.map((sp) => sp.membership.organization_id))].sort(
      (p, q) => orgRank(timeline.orgTree, p) - orgRank(timeline.orgTree, q),
    );
    let org = orgs[0]!;
    for (const o of orgs) if ((timeline.orgDepth.get(o) ?? 0) > (timeline.orgDepth.get(org) ?? 0)) org = o;
    const posts = sortPosts(
      active.map((sp) => sp.membership.post_id).filter((p): p is string => typeof p === 'string' && p !== ''),
      timeline.postOrder,
    );
    const inferred = active.some((sp) => sp.membership.organization_id === org && sp.membership.certainty === 'inferred');
    const sig = `${org}|${posts.join(',')}|${inferred ? 1 : 0}`;
    const openStart = a === 0 && active.some((sp) => sp.startStep === null);
    const last = runs[runs.length - 1];
    if (last && last.end === a && last.sig === sig) {
      last.end = b;
      for (const sp of active) if (!last.spans.includes(sp)) last.spans.push(sp);
      continue;
    }
    runs.push({ start: a, end: b, org, orgs, post_ids: posts, person_id: pid, spans: [...active], sig, openStart });
  }
  return runs;
}

/** A post's runs: one per holder stretch (joint holders each get their own). */
function seatRuns(postId: string, org: string, own: MembershipSpan[], n: number): Run[] {
  const runs: Run[] = [];
  const sorted = [...own].sort((a, b) => a.start - b.start || a.index - b.index);
  for (const sp of sorted) {
    const start = sp.start;
    const end = Math.min(n, sp.end);
    if (end <= start) continue;
    const pid = sp.membership.person_id;
    const inferred = sp.membership.certainty === 'inferred';
    const sig = `${pid}|${inferred ? 1 : 0}`;
    const last = runs.find((r) => r.person_id === pid && r.end === start && r.sig === sig);
    if (last) {
      last.end = end;
      last.spans.push(sp);
      continue;
    }
    runs.push({ start, end, org, orgs: [org], post_ids: [postId], person_id: pid, spans: [sp], sig, openStart: sp.startStep === null });
  }
  return runs;
}

/** Segments, zones and markers of a row's runs. */
function drawRuns(ctx: Ctx, mode: TimelineMode, runs: readonly Run[]) {
  const { x, steps, nSteps, domain, report, colorOf, timeline } = ctx;
  const segments: TimelineSegment[] = [];
  const markers: TimelineMarker[] = [];
  const dx0 = x(domain[0]);
  const dx1 = x(domain[1]);
  const ci = (o: string | null) => (o === null ? null : (colorOf.get(o) ?? 0));
  // What ends and what starts at each step (first run wins: a row changes to one body at a time).
  const endsAt = new Map<number, Run>();
  const startsAt = new Map<number, Run>();
  for (const r of runs) {
    if (r.end < nSteps && !endsAt.has(r.end)) endsAt.set(r.end, r);
    if (!r.openStart && !startsAt.has(r.start)) startsAt.set(r.start, r);
  }
  let open: Run | null = null;

  runs.forEach((r, i) => {
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
        open ??= r;
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
      (sp) => sp.membership.certainty === 'inferred' && (mode === 'seat' || sp.membership.organization_id === r.org),
    );
    const basis: LangString[] = [];
    const seenBasis = new Set<string>();
    for (const sp of inferredSpans) {
      const b = sp.membership.basis;
      if (!b) continue;
      const k = JSON.stringify(b);
      if (!seenBasis.has(k)) (seenBasis.add(k), basis.push(b));
    }
    segments.push({
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
      basis,
      membership_ids: r.spans.map((sp) => sp.membership.id),
    });

    // End marker: the person leaves the committee (member mode) or the holder leaves the post (seat mode).
    const continues = endStep !== null && mode === 'member' && startsAt.has(endStep);
    if (endStep !== null && !continues) {
      const ending = r.spans.filter((sp) => sp.endStep === endStep);
      const outer = pickOuter(timeline, ending.length ? ending : r.spans);
      const cause = (outer?.membership.end_cause ?? null) as EndCause | null;
      markers.push({
        key: `e${endStep}:${r.person_id}`,
        kind: 'end',
        step: endStep,
        x: steps[endStep]!.x,
        shape: shapeFor('departed', cause),
        cause,
        person_id: r.person_id,
        inferred: ending.some((sp) => sp.membership.certainty === 'inferred'),
        destination: outer?.membership.end_destination ?? null,
      });
    }
    // Start marker: an entry (not a move inside the committee) by by-election.
    const moved = mode === 'member' && endsAt.has(r.start);
    if (!r.openStart && !moved) {
      const starting = r.spans.filter((sp) => sp.startStep === r.start);
      const outer = pickOuter(timeline, starting);
      const cause = (outer?.membership.start_cause ?? null) as StartCause | null;
      if (cause === 'by_election') {
        markers.push({
          key: `s${r.start}:${r.person_id}`,
          kind: 'start',
          step: r.start,
          x: steps[r.start]!.x,
          shape: 'circle',
          cause,
          person_id: r.person_id,
          inferred: starting.some((sp) => sp.membership.certainty === 'inferred'),
          destination: null,
        });
      }
    }
  });

  // Zones: one per step at which the row changes, over the step's span.
  const zones: TimelineZone[] = [];
  const changeSteps = [...new Set([...endsAt.keys(), ...startsAt.keys()])].sort((a, b) => a - b);
  for (const k of changeSteps) {
    const from = endsAt.get(k) ?? null;
    const to = startsAt.get(k) ?? null;
    const kind: TimelineZone['kind'] = from && to ? 'change' : to ? 'start' : 'end';
    zones.push({
      key: `z${k}`,
      kind,
      step: k,
      x0: steps[k]!.x0,
      x1: steps[k]!.x1,
      from: from?.org ?? null,
      to: to?.org ?? null,
      fromColorIndex: ci(from?.org ?? null),
      toColorIndex: ci(to?.org ?? null),
    });
  }
  if (open && report) {
    const o: Run = open;
    zones.push({ key: 'open', kind: 'open', step: null, x0: report.x0, x1: report.x1, from: o.org, to: null, fromColorIndex: ci(o.org), toColorIndex: null });
  }
  return { segments, zones, markers };
}

function pickOuter(timeline: Timeline, spans: readonly MembershipSpan[]): MembershipSpan | null {
  let best: MembershipSpan | null = null;
  for (const sp of spans) {
    if (!best || orgRank(timeline.orgTree, sp.membership.organization_id) < orgRank(timeline.orgTree, best.membership.organization_id)) best = sp;
  }
  return best;
}
