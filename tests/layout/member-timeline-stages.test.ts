/**
 * The stages of `memberTimeline` on their own: the year axis, the rows' runs and order, and the
 * drawing of a row (segments, markers, zones). The built-in dataset on 0..1000 units over
 * 1996..2001: 200 units a year.
 */
import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { reportSpan, stepMarks, timelineAxis, yearTicks } from '../../src/lib/layout/member-timeline-axis.ts';
import { groupSpans, memberRowRuns, seatRowRuns, type RowRuns } from '../../src/lib/layout/member-timeline-rows.ts';
import { boundaries, memberRuns, seatRuns } from '../../src/lib/layout/member-timeline-runs.ts';
import { inferredBasis, runSegment } from '../../src/lib/layout/member-timeline-segments.ts';
import { endMarker, pickOuter, startMarker } from '../../src/lib/layout/member-timeline-markers.ts';
import { rowZones, runChanges } from '../../src/lib/layout/member-timeline-zones.ts';
import { drawRuns } from '../../src/lib/layout/member-timeline-draw.ts';
import { memberTimeline } from '../../src/lib/layout/member-timeline.ts';
import type { DrawContext, Run } from '../../src/lib/layout/member-timeline-types.ts';
import type { MembershipSpan } from '../../src/lib/model/spans.ts';
import { parseDate } from '../../src/lib/model/dates.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { timeline } = loadBuiltIn();
const axis = timelineAxis(timeline, 0, 1000);
const ctx: DrawContext = {
  timeline,
  x: axis.x,
  steps: axis.steps,
  nSteps: timeline.steps.length,
  domain: axis.domain,
  report: axis.report,
  colorOf: new Map([
    ['bch', 0],
    ['btv', 1],
    ['tt', 2],
  ]),
};
const r3 = (v: number) => Math.round(v * 1e3) / 1e3;
const memberRows = memberRowRuns(timeline, groupSpans(timeline, 'member'));
const seatRows = seatRowRuns(timeline, groupSpans(timeline, 'seat'));
const runsOf = (rows: RowRuns[], id: string): Run[] => rows.find((p) => p.id === id)!.runs;
const spansOf = (pid: string) => timeline.spans.filter((sp) => sp.membership.person_id === pid);

describe('axis', () => {
  test('the built-in axis: domain, year ticks, report zone and step marks in x', () => {
    expect(axis.domain).toEqual([1996, 2001]);
    expect(axis.years).toEqual([1996, 1997, 1998, 1999, 2000, 2001].map((year, i) => ({ year, x: i * 200 })));
    // The report's date, 2000-04 … 2000-12: from 1 April 2000 to the end of 2000.
    expect(reportSpan(timeline)).toEqual([2000.25, 2001]);
    expect(axis.report).toEqual({ x0: 850, x1: 1000 });
    expect(axis.steps.map((s) => [s.index, r3(s.x0), r3(s.x1), r3(s.x), s.sub, s.shared])).toEqual([
      [0, 0, 100, 50, 0, 1],
      [1, 83.333, 100, 91.667, 0, 1],
      [2, 400, 600, 500, 0, 1],
      [3, 600, 800, 650, 0, 2],
      [4, 600, 800, 750, 1, 2],
    ]);
  });

  test('a given domain is kept (copied) and scales x', () => {
    const domain = [1990, 2010] as const;
    const wide = timelineAxis(timeline, 100, 500, domain);
    expect(wide.domain).toEqual([1990, 2010]);
    expect(wide.domain).not.toBe(domain);
    expect(wide.x(2000)).toBe(300);
    expect(wide.years).toHaveLength(21);
    expect(wide.steps[2]!.x).toBe(wide.x(1998.5));
  });

  test('step marks and year ticks on their own', () => {
    const x = scaleLinear().domain([2000, 2002]).range([0, 240]);
    const marks = stepMarks(['2000', '2000', '2001-03'].map(parseDate), [7, 8, 9], x);
    expect(marks.map((s) => [s.index, r3(s.x0), r3(s.x1), r3(s.x), s.sub, s.shared])).toEqual([
      [7, 0, 120, 30, 0, 2],
      [8, 0, 120, 90, 1, 2],
      [9, 140, 150, 145, 0, 1],
    ]);
    expect(yearTicks([1995.5, 1998], (y) => y - 1995)).toEqual([
      { year: 1996, x: 1 },
      { year: 1997, x: 2 },
      { year: 1998, x: 3 },
    ]);
  });
});

describe('rows and runs', () => {
  test('spans grouped by person (39) or by post (6)', () => {
    expect(groupSpans(timeline, 'member').size).toBe(39);
    expect(groupSpans(timeline, 'member').get('bch-20')!.map((sp) => sp.membership.organization_id)).toEqual(['bch', 'btv']);
    expect([...groupSpans(timeline, 'seat').keys()].sort()).toEqual(['bi-thu', 'pbt-tt', 'uvtv-pct-hdnd', 'uvtv-quan-su', 'uvtv-to-chuc', 'uvtv-tuyen-giao']);
  });

  test('member rows: deepest body first, then first step, then id', () => {
    expect(memberRows.slice(0, 4).map((p) => [p.id, p.sortOrg, p.sortDepth, p.first, p.runs.length])).toEqual([
      ['bi-thu-1996', 'tt', 2, 0, 1],
      ['pbt-tt-1996', 'tt', 2, 0, 2],
      ['pbt-tt-1999', 'tt', 2, 4, 1],
      ['bch-20', 'btv', 1, 0, 2],
    ]);
    expect(memberRows.map((p) => p.id)).toEqual(memberTimeline(timeline).rows.map((r) => r.id));
  });

  test('seat rows: the posts of deeper bodies first, then dataset order', () => {
    expect(seatRows.map((p) => [p.id, p.sortOrg, p.order])).toEqual([
      ['bi-thu', 'tt', 0],
      ['pbt-tt', 'tt', 1],
      ['uvtv-tuyen-giao', 'btv', 2],
      ['uvtv-quan-su', 'btv', 3],
      ['uvtv-to-chuc', 'btv', 4],
      ['uvtv-pct-hdnd', 'btv', 5],
    ]);
  });

  test("a member's runs: a new run where the innermost body, the posts or the certainty change", () => {
    const own = spansOf('bch-20');
    expect(boundaries(own, 5)).toEqual([0, 4]);
    const runs = memberRuns(timeline, 'bch-20', own, 5);
    expect(runs.map((r) => [r.start, r.end, r.org, r.orgs, r.post_ids, r.sig, r.openStart, r.spans.map((sp) => sp.membership.id)])).toEqual([
      [0, 4, 'bch', ['bch'], [], 'bch||0', false, ['m-bch-20-bch']],
      [4, 5, 'btv', ['bch', 'btv'], ['uvtv-to-chuc'], 'btv|uvtv-to-chuc|1', false, ['m-bch-20-bch', 'm-bch-20-btv-uvtv-to-chuc']],
    ]);
  });

  test("a post's runs: one per holder", () => {
    const own = timeline.spans.filter((sp) => sp.membership.post_id === 'uvtv-quan-su');
    expect(seatRuns('uvtv-quan-su', 'btv', own, 5).map((r) => [r.person_id, r.start, r.end, r.org, r.sig])).toEqual([
      ['uvtv-quan-su-1996', 0, 2, 'btv', 'uvtv-quan-su-1996|0'],
      ['bch-21', 4, 5, 'btv', 'bch-21|1'],
    ]);
  });
});

describe('segments', () => {
  test('a run to the end: solid to the report date, then the open zone', () => {
    const { segment, open } = runSegment(ctx, 'member', runsOf(memberRows, 'bch-01')[0]!, 0);
    expect(open).toBe(true);
    expect(segment).toMatchObject({ key: 'g0', org: 'bch', colorIndex: 0, startStep: 0, endStep: null, openStart: false, inferred: false, basis: [] });
    expect([segment.x0, segment.solidX0, segment.solidX1, segment.x1]).toEqual([0, 100, 850, 1000]);
  });

  test('a start zone overlapping the end zone leaves no solid part', () => {
    const { segment, open } = runSegment(ctx, 'member', runsOf(memberRows, 'uvtv-tuyen-giao')[0]!, 0);
    expect(open).toBe(false);
    expect(segment.endStep).toBe(1);
    expect([segment.x0, segment.solidX0, segment.solidX1, segment.x1].map(r3)).toEqual([0, 83.333, 83.333, 100]);
  });

  test('without a report date, or starting before the first step: the axis ends', () => {
    const run: Run = { start: 0, end: 5, org: 'btv', orgs: ['bch', 'btv'], post_ids: [], person_id: 'p', spans: [], sig: '', openStart: true };
    const { segment, open } = runSegment({ ...ctx, report: null }, 'member', run, 3);
    expect(open).toBe(false);
    expect(segment).toMatchObject({ key: 'g3', colorIndex: 1, x0: 0, solidX0: 0, solidX1: 1000, x1: 1000, membership_ids: [] });
  });

  test('inferred: the member mode looks at the memberships of the innermost body only', () => {
    const moved = runsOf(memberRows, 'bch-20')[1]!;
    const { segment } = runSegment(ctx, 'member', moved, 1);
    expect(segment.inferred).toBe(true);
    expect(segment.basis).toHaveLength(1);
    expect(segment.basis[0]!.vi).toMatch(/bầu bổ sung/);
  });

  test('inferredBasis: each distinct reason once, in order', () => {
    const span = (id: string, basis?: { vi: string }) => ({ membership: { id, ...(basis ? { basis } : {}) } }) as unknown as MembershipSpan;
    expect(inferredBasis([span('a', { vi: 'x' }), span('b'), span('c', { vi: 'y' }), span('d', { vi: 'x' })])).toEqual([{ vi: 'x' }, { vi: 'y' }]);
  });
});

describe('markers', () => {
  test('an end marker shaped by the cause of the outermost membership ending there', () => {
    const run = runsOf(memberRows, 'uvtv-quan-su-1996')[0]!;
    expect(endMarker(ctx, 'member', run, 2, new Map())).toEqual({
      key: 'e2:uvtv-quan-su-1996',
      kind: 'end',
      step: 2,
      x: 500,
      shape: 'triangle',
      cause: 'transfer',
      person_id: 'uvtv-quan-su-1996',
      inferred: false,
      destination: { vi: 'cấp Thành phố', en: 'City level' },
    });
    expect(endMarker(ctx, 'member', run, null, new Map())).toBeNull();
  });

  test('no end marker for a move inside the committee (member mode); a holder leaving the post gets one (seat mode)', () => {
    const [bch, btv] = runsOf(memberRows, 'bch-20');
    const { startsAt } = runChanges([bch!, btv!], 5);
    expect(endMarker(ctx, 'member', bch!, 4, startsAt)).toBeNull();
    expect(endMarker(ctx, 'seat', bch!, 4, startsAt)).toMatchObject({ key: 'e4:bch-20', step: 4, x: 750 });
  });

  test('a start marker for an entry by by-election only, not for a move up', () => {
    expect(startMarker(ctx, 'member', runsOf(memberRows, 'pct-ubnd')[0]!, new Map())).toEqual({
      key: 's4:pct-ubnd',
      kind: 'start',
      step: 4,
      x: 750,
      shape: 'circle',
      cause: 'by_election',
      person_id: 'pct-ubnd',
      inferred: false,
      destination: null,
    });
    const [bch, btv] = runsOf(memberRows, 'bch-20');
    const { endsAt } = runChanges([bch!, btv!], 5);
    expect(startMarker(ctx, 'member', btv!, endsAt)).toBeNull();
    // Elected at the start of the term: no marker.
    expect(startMarker(ctx, 'member', bch!, endsAt)).toBeNull();
  });

  test('pickOuter: the membership of the outermost body', () => {
    expect(pickOuter(timeline, [...spansOf('bch-20')].reverse())!.membership.organization_id).toBe('bch');
    expect(pickOuter(timeline, [])).toBeNull();
  });
});

describe('zones', () => {
  test('what ends and starts at each step; the zones of a move and of a running membership', () => {
    const runs = runsOf(memberRows, 'bch-20');
    const { endsAt, startsAt } = runChanges(runs, 5);
    expect([...endsAt].map(([k, r]) => [k, r.org])).toEqual([[4, 'bch']]);
    expect([...startsAt].map(([k, r]) => [k, r.org])).toEqual([
      [0, 'bch'],
      [4, 'btv'],
    ]);
    expect(rowZones(ctx, endsAt, startsAt, runs[1]!)).toEqual([
      { key: 'z0', kind: 'start', step: 0, x0: 0, x1: 100, from: null, to: 'bch', fromColorIndex: null, toColorIndex: 0 },
      { key: 'z4', kind: 'change', step: 4, x0: 600, x1: 800, from: 'bch', to: 'btv', fromColorIndex: 0, toColorIndex: 1 },
      { key: 'open', kind: 'open', step: null, x0: 850, x1: 1000, from: 'btv', to: null, fromColorIndex: 1, toColorIndex: null },
    ]);
    // No report date: no open zone.
    expect(rowZones({ ...ctx, report: null }, endsAt, startsAt, runs[1]!).map((z) => z.kind)).toEqual(['start', 'change']);
  });

  test('an exit zone', () => {
    const runs = runsOf(memberRows, 'uvtv-quan-su-1996');
    const { endsAt, startsAt } = runChanges(runs, 5);
    expect(rowZones(ctx, endsAt, startsAt, null).map((z) => [z.kind, z.step, z.x0, z.x1, z.from, z.to])).toEqual([
      ['start', 0, 0, 100, null, 'btv'],
      ['end', 2, 400, 600, 'btv', null],
    ]);
  });
});

describe('drawRuns', () => {
  test("a post's row: segments in run order, each run's end marker before the next run's start marker", () => {
    const { segments, zones, markers } = drawRuns(ctx, 'seat', runsOf(seatRows, 'uvtv-quan-su'));
    expect(segments.map((g) => [g.key, g.person_id, g.startStep, g.endStep, g.inferred])).toEqual([
      ['g0', 'uvtv-quan-su-1996', 0, 2, false],
      ['g1', 'bch-21', 4, null, true],
    ]);
    expect(markers.map((k) => [k.key, k.shape])).toEqual([
      ['e2:uvtv-quan-su-1996', 'triangle'],
      ['s4:bch-21', 'circle'],
    ]);
    expect(zones.map((z) => [z.key, z.kind])).toEqual([
      ['z0', 'start'],
      ['z2', 'end'],
      ['z4', 'start'],
      ['open', 'open'],
    ]);
  });

  test('gives what memberTimeline puts in each row', () => {
    const layout = memberTimeline(timeline, { x0: 0, x1: 1000 });
    for (const p of memberRows) {
      const row = layout.rows.find((r) => r.id === p.id)!;
      const { segments, zones, markers } = drawRuns(ctx, 'member', p.runs);
      expect({ segments, zones, markers }, p.id).toEqual({ segments: row.segments, zones: row.zones, markers: row.markers });
    }
  });
});
