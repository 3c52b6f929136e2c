import { describe, expect, test } from 'vitest';
import {
  currentStepX,
  memberTimeline,
  stepPositions,
  stepSpans,
  visibleRows,
  yearDomain,
  type MemberTimelineLayout,
  type TimelineRow,
} from '../../src/lib/layout/member-timeline.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { parseDate } from '../../src/lib/model/dates.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { bigDataset } from '../model/big.ts';

const { timeline } = loadBuiltIn();
// 1000 units over 1996..2001: 200 units a year, so x ↔ year is easy to read.
const layout = memberTimeline(timeline, { x0: 0, x1: 1000 });
const year = (l: MemberTimelineLayout, x: number) => Math.round(l.x.invert(x) * 1e6) / 1e6;
const row = (id: string, l: MemberTimelineLayout = layout): TimelineRow => {
  const r = l.rows.find((r) => r.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const m = (n: number) => Math.round((n / 12) * 1e6) / 1e6;

describe('axis and steps', () => {
  test('the year domain covers the steps, the report date and the annotations', () => {
    expect(yearDomain(timeline)).toEqual([1996, 2001]);
    expect(layout.domain).toEqual([1996, 2001]);
    expect(layout.years.map((y) => [y.year, y.x])).toEqual([
      [1996, 0],
      [1997, 200],
      [1998, 400],
      [1999, 600],
      [2000, 800],
      [2001, 1000],
    ]);
    // The report's date (2000-04/2000-12) is the open end of running memberships.
    expect(layout.report).not.toBeNull();
    expect(year(layout, layout.report!.x0)).toBe(2000 + m(3));
    expect(year(layout, layout.report!.x1)).toBe(2001);
  });

  test('step spans: year-only dates span their year, narrowed by the step order', () => {
    expect(layout.steps.map((s) => s.span.map((v) => Math.round(v * 1e6) / 1e6))).toEqual([
      [1996, 1996 + m(6)], // 1996, before 6/1996 (the next step)
      [1996 + m(5), 1996 + m(6)], // 6/1996: a month wide
      [1998, 1999],
      [1999, 2000],
      [1999, 2000],
    ]);
  });

  test('steps that share a span split it: the current-step lines of steps 3 and 4 differ', () => {
    expect(layout.steps.map((s) => [s.sub, s.shared])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(year(layout, currentStepX(layout, 3))).toBe(1999.25);
    expect(year(layout, currentStepX(layout, 4))).toBe(1999.75);
    expect(currentStepX(layout, 3)).not.toBe(currentStepX(layout, 4));
    const xs = layout.steps.map((s) => s.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
    // Clamped.
    expect(currentStepX(layout, 99)).toBe(currentStepX(layout, 4));
    expect(currentStepX(layout, -1)).toBe(currentStepX(layout, 0));
  });

  test('stepSpans and stepPositions on their own', () => {
    const spans = stepSpans(['1999', '1999', '1999', '2000-03'].map(parseDate));
    expect(spans).toEqual([
      [1999, 2000],
      [1999, 2000],
      [1999, 2000],
      [2000 + 2 / 12, 2000 + 3 / 12],
    ]);
    const pos = stepPositions(spans);
    const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
    expect(pos.map((p) => r6(p.pos))).toEqual([1999 + 1 / 6, 1999.5, 1999 + 5 / 6, 2000 + 2.5 / 12].map(r6));
    // Contradictory order keeps each step's own span, positions stay strictly increasing.
    const bad = stepSpans(['2000', '1998'].map(parseDate));
    expect(bad).toEqual([
      [2000, 2001],
      [1998, 1999],
    ]);
    const p = stepPositions(bad);
    expect(p[1]!.pos).toBeGreaterThan(p[0]!.pos);
  });
});

describe('rows of the built-in dataset', () => {
  test('one row per member, sorted by deepest body (tt, btv, bch), then start, then id', () => {
    expect(layout.rows).toHaveLength(39);
    expect(layout.rows.map((r) => r.id)).toEqual([
      'bi-thu-1996', 'pbt-tt-1996', 'pbt-tt-1999',
      'bch-20', 'bch-21', 'btv-01', 'btv-02', 'btv-03', 'btv-04', 'btv-05', 'btv-06',
      'uvtv-pct-hdnd', 'uvtv-quan-su-1996', 'uvtv-tuyen-giao',
      'bch-01', 'bch-02', 'bch-03', 'bch-04', 'bch-05', 'bch-06', 'bch-07', 'bch-08', 'bch-09', 'bch-10',
      'bch-11', 'bch-12', 'bch-13', 'bch-14', 'bch-15', 'bch-16', 'bch-17', 'bch-18', 'bch-19',
      'bi-thu-quan-doan', 'ct-hoi-phu-nu', 'gd-cty-xd',
      'pct-ubnd', 'pho-chu-nhiem-ubkt', 'truong-ban-bvctnb',
    ]);
    expect(layout.rows.map((r) => r.org).slice(0, 4)).toEqual(['tt', 'tt', 'tt', 'btv']);
    expect(layout.rows.every((r, i) => r.index === i && r.y === i * 24 && r.height === 24)).toBe(true);
    expect(layout.height).toBe(39 * 24);
    expect(row('bch-20').person_ids).toEqual(['bch-20']);
  });

  test('a 1998 transfer: solid from the end of the 1996 start zone to 1998, end zone over 1998', () => {
    const r = row('uvtv-quan-su-1996');
    expect(r.segments).toHaveLength(1);
    const g = r.segments[0]!;
    expect(g).toMatchObject({ org: 'btv', colorIndex: 1, orgs: ['bch', 'btv'], post_ids: ['uvtv-quan-su'], startStep: 0, endStep: 2, inferred: false });
    expect([g.x0, g.solidX0, g.solidX1, g.x1].map((v) => year(layout, v))).toEqual([1996, 1996.5, 1998, 1999]);
    const end = r.zones.find((z) => z.kind === 'end')!;
    expect(end).toMatchObject({ step: 2, from: 'btv', to: null });
    expect([year(layout, end.x0), year(layout, end.x1)]).toEqual([1998, 1999]);
    expect(r.markers).toEqual([
      expect.objectContaining({ kind: 'end', shape: 'triangle', cause: 'transfer', step: 2, destination: { vi: 'cấp Thành phố', en: 'City level' } }),
    ]);
    expect(year(layout, r.markers[0]!.x)).toBe(1998.5);
  });

  test('the 6/1996 removal: a month-wide end zone and a cross', () => {
    const r = row('uvtv-tuyen-giao');
    const end = r.zones.find((z) => z.kind === 'end')!;
    expect([year(layout, end.x0), year(layout, end.x1)]).toEqual([1996 + m(5), 1996 + m(6)]);
    expect(layout.x.invert(end.x1) - layout.x.invert(end.x0)).toBeCloseTo(1 / 12, 9);
    expect(r.markers.map((k) => [k.kind, k.shape, k.cause])).toEqual([['end', 'cross', 'removed_from_roll']]);
    const x = year(layout, r.markers[0]!.x);
    expect(x).toBeGreaterThanOrEqual(1996 + m(5));
    expect(x).toBeLessThan(1996 + m(6));
    // The 1996 start (before 6/1996) overlaps the removal's month: no solid part is claimed.
    const g = r.segments[0]!;
    expect(g.solidX1).toBe(g.solidX0);
    expect(year(layout, g.x0)).toBe(1996);
    expect(year(layout, g.x1)).toBe(1996 + m(6));
  });

  test('end markers by cause: a cross in 6/1996, triangles in 1998, squares in 1999', () => {
    const ends = layout.rows.flatMap((r) => r.markers.filter((k) => k.kind === 'end').map((k) => [r.id, k.shape, k.cause, k.step]));
    expect(ends.sort()).toEqual(
      [
        ['bi-thu-1996', 'square', 'retirement', 3],
        ['bi-thu-quan-doan', 'triangle', 'transfer', 2],
        ['ct-hoi-phu-nu', 'triangle', 'transfer', 2],
        ['gd-cty-xd', 'triangle', 'transfer', 2],
        ['uvtv-pct-hdnd', 'square', 'retirement', 3],
        ['uvtv-quan-su-1996', 'triangle', 'transfer', 2],
        ['uvtv-tuyen-giao', 'cross', 'removed_from_roll', 1],
      ].sort(),
    );
    const retire = row('bi-thu-1996');
    expect(year(layout, retire.markers[0]!.x)).toBe(1999.25);
    expect(retire.zones.map((z) => [z.kind, z.step, year(layout, z.x0), year(layout, z.x1)])).toEqual([
      ['start', 0, 1996, 1996.5],
      ['end', 3, 1999, 2000],
    ]);
  });

  test('by-election start markers for the 4 newcomers, none for members moving up', () => {
    const starts = layout.rows.flatMap((r) => r.markers.filter((k) => k.kind === 'start').map((k) => r.id));
    expect(starts.sort()).toEqual(['pbt-tt-1999', 'pct-ubnd', 'pho-chu-nhiem-ubkt', 'truong-ban-bvctnb']);
    for (const id of starts) {
      const k = row(id).markers[0]!;
      expect(k).toMatchObject({ kind: 'start', cause: 'by_election', step: 4, shape: 'circle' });
      expect(year(layout, k.x)).toBe(1999.75);
    }
    expect(row('pbt-tt-1999').markers[0]!.inferred).toBe(true);
    expect(row('pct-ubnd').markers[0]!.inferred).toBe(false);
  });

  test('a move from BCH to BTV at the by-election: two segments and one change zone', () => {
    const r = row('bch-20');
    expect(r.segments.map((g) => [g.org, g.startStep, g.endStep, g.inferred])).toEqual([
      ['bch', 0, 4, false],
      ['btv', 4, null, true],
    ]);
    expect(r.zones.map((z) => [z.kind, z.step, z.from, z.to])).toEqual([
      ['start', 0, null, 'bch'],
      ['change', 4, 'bch', 'btv'],
      ['open', null, 'btv', null],
    ]);
    expect(r.markers).toEqual([]);
    const [a, b] = r.segments;
    expect(year(layout, a!.solidX1)).toBe(1999);
    expect(year(layout, b!.solidX0)).toBe(2000);
    expect(year(layout, b!.solidX1)).toBe(2000.25);
    expect(b!.basis).toHaveLength(1);
    expect(b!.basis[0]!.vi).toMatch(/bầu bổ sung/);
  });

  test("inferred segments: pbt-tt-1996's Standing Office segment carries its basis", () => {
    const r = row('pbt-tt-1996');
    expect(r.inferred).toBe(true);
    expect(r.segments.map((g) => [g.org, g.post_ids, g.startStep, g.endStep, g.inferred])).toEqual([
      ['tt', ['pbt-tt'], 0, 4, true],
      ['tt', ['bi-thu'], 4, null, true],
    ]);
    const office = r.segments[0]!;
    expect(office.orgs).toEqual(['bch', 'btv', 'tt']);
    expect(office.membership_ids).toContain('m-pbt-tt-1996-tt-pbt-tt');
    expect(office.basis).toHaveLength(1);
    expect(office.basis[0]!.en).toBeTruthy();
    // Stated rows are not flagged.
    expect(row('bi-thu-1996').inferred).toBe(false);
    expect(row('bch-01').segments[0]!.inferred).toBe(false);
    expect(layout.rows.filter((r) => r.inferred).map((r) => r.id).sort()).toEqual(['bch-20', 'bch-21', 'pbt-tt-1996', 'pbt-tt-1999']);
  });

  test('a member running to the end: solid to the report date, open zone over it', () => {
    const r = row('bch-01');
    const g = r.segments[0]!;
    expect([g.x0, g.solidX0, g.solidX1, g.x1].map((v) => year(layout, v))).toEqual([1996, 1996.5, 2000.25, 2001]);
    expect(g.endStep).toBeNull();
    expect(r.zones.map((z) => z.kind)).toEqual(['start', 'open']);
  });
});

describe('seat mode', () => {
  const seats = memberTimeline(timeline, { mode: 'seat', x0: 0, x1: 1000 });

  test('one row per post, Standing Office posts first, then dataset order', () => {
    expect(seats.rows.map((r) => r.id)).toEqual(['bi-thu', 'pbt-tt', 'uvtv-tuyen-giao', 'uvtv-quan-su', 'uvtv-to-chuc', 'uvtv-pct-hdnd']);
    expect(seats.rows.every((r) => r.kind === 'seat' && r.key === `s:${r.id}`)).toBe(true);
  });

  test('holders in turn, with a marker for each leaving and each by-election arrival', () => {
    const r = seats.rows.find((r) => r.id === 'uvtv-quan-su')!;
    expect(r.person_ids).toEqual(['uvtv-quan-su-1996', 'bch-21']);
    expect(r.segments.map((g) => [g.person_id, g.startStep, g.endStep, g.inferred])).toEqual([
      ['uvtv-quan-su-1996', 0, 2, false],
      ['bch-21', 4, null, true],
    ]);
    expect(r.markers.map((k) => [k.kind, k.shape, k.person_id])).toEqual([
      ['end', 'triangle', 'uvtv-quan-su-1996'],
      ['start', 'circle', 'bch-21'],
    ]);
    const pbt = seats.rows.find((r) => r.id === 'pbt-tt')!;
    expect(pbt.zones.map((z) => [z.kind, z.step])).toEqual([
      ['start', 0],
      ['change', 4],
      ['open', null],
    ]);
  });
});

describe('scale', () => {
  test('10,000 members and 1,500 steps lay out, and only visible rows need drawing', () => {
    const tl = buildTimeline(bigDataset(10_000, 1_500));
    const t0 = performance.now();
    const big = memberTimeline(tl, { rowHeight: 20 });
    const ms = performance.now() - t0;
    expect(big.rows).toHaveLength(10_000);
    expect(ms).toBeLessThan(5_000);
    expect(visibleRows(big, 2_000, 2_400)).toEqual([100, 120]);
    expect(visibleRows(big, 2_000, 2_400, 5)).toEqual([95, 125]);
    expect(visibleRows(big, -100, 30)).toEqual([0, 2]);
    expect(visibleRows(big, 1e9, 2e9)).toEqual([10_000, 10_000]);
  });
});
