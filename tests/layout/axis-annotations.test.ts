import { describe, expect, test } from 'vitest';
import { annotationsOnAxis, axisEndDate } from '../../src/lib/model/axis-range.ts';
import { annotationAxis } from '../../src/lib/layout/axis-annotations.ts';
import { yearDomain } from '../../src/lib/layout/member-timeline.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { dataset, timeline } = loadBuiltIn();
// 200 units a year over 1996..2001.
const axis = annotationAxis(dataset.annotations, { x0: 0, x1: 1000, domain: yearDomain(timeline) });
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
const item = (id: string) => axis.items.find((i) => i.id === id)!;

test('the 10 annotations of the built-in dataset: kinds and spans', () => {
  expect(axis.domain).toEqual([1996, 2001]);
  expect(axis.items.map((i) => [i.number, i.id, i.kind, i.span.map(r4), i.inferred])).toEqual([
    [1, 'reprimand', 'band', [1996, 2001], false],
    // The identification of the member removed from the roll with the one of para 40: inferred.
    [2, 'removal-reason-1996-06', 'marker', [r4(1996 + 5 / 12), r4(1996 + 6 / 12)], true],
    [3, 'res-1997-02-anti-corruption', 'marker', [r4(1997 + 1 / 12), r4(1997 + 2 / 12)], false],
    [4, 'res-1997-05-cadres', 'marker', [r4(1997 + 4 / 12), r4(1997 + 5 / 12)], false],
    [5, 'res-1997-08-defence', 'marker', [r4(1997 + 7 / 12), r4(1997 + 8 / 12)], false],
    [6, 'res-1998-06-drugs', 'marker', [r4(1998 + 5 / 12), r4(1998 + 6 / 12)], false],
    [7, 'pcgd-thcs-1999', 'span', [1999, 2000], false],
    [8, 'res-2000-01-congress', 'marker', [2000, r4(2000 + 1 / 12)], false],
    [9, 'pcgd-thcs-2000', 'span', [2000, 2001], false],
    [10, 'res-2000-04-rules', 'marker', [r4(2000 + 3 / 12), r4(2000 + 4 / 12)], false],
  ]);
});

test('the undated reprimand ("1996/2000") is a band across the whole term, alone in the first lane', () => {
  const band = item('reprimand');
  expect([band.x0, band.x1]).toEqual([0, 1000]);
  expect(band.lane).toBe(0);
  expect(band.label.en).toBe('Reprimand of an EC member');
  expect(axis.items.filter((i) => i.lane === 0).map((i) => i.id)).toEqual(['reprimand']);
});

test('markers sit at the middle of their month; year-only dates span the year', () => {
  expect(r4(item('res-1997-02-anti-corruption').x)).toBe(r4((1.5 / 12) * 200 + 200));
  expect(r4(item('res-2000-04-rules').x)).toBe(r4(800 + (3.5 / 12) * 200));
  const y99 = item('pcgd-thcs-1999');
  expect([y99.x0, y99.x1]).toEqual([600, 800]);
  expect(y99.x).toBe(700);
});

test('lanes: no two items of a lane overlap; items go to the first lane where they fit', () => {
  expect(axis.items.map((i) => [i.id, i.lane])).toEqual([
    ['reprimand', 0],
    ['removal-reason-1996-06', 1],
    ['res-1997-02-anti-corruption', 1],
    ['res-1997-05-cadres', 1],
    ['res-1997-08-defence', 1],
    ['res-1998-06-drugs', 1],
    ['pcgd-thcs-1999', 1],
    ['res-2000-01-congress', 2],
    ['pcgd-thcs-2000', 3],
    ['res-2000-04-rules', 1],
  ]);
  expect(axis.lanes).toBe(4);
  expect(axis.height).toBe(4 * 18);
  for (const a of axis.items) {
    expect(a.y).toBe(a.lane * 18);
    for (const b of axis.items) {
      if (a === b || a.lane !== b.lane) continue;
      expect(a.extent[1] <= b.extent[0] || b.extent[1] <= a.extent[0], `${a.id} / ${b.id}`).toBe(true);
    }
  }
});

test('narrow axes widen markers to minWidth and stack them', () => {
  const narrow = annotationAxis(dataset.annotations, { x0: 0, x1: 100, domain: [1996, 2001], minWidth: 14 });
  for (const i of narrow.items) expect(i.extent[1] - i.extent[0]).toBeGreaterThanOrEqual(14 - 1e-9);
  // 1997-02, 1997-05 and 1997-08 are 5 units apart at 20 units a year: three lanes.
  const lanes = ['res-1997-02-anti-corruption', 'res-1997-05-cadres', 'res-1997-08-defence'].map(
    (id) => narrow.items.find((i) => i.id === id)!.lane,
  );
  expect(new Set(lanes).size).toBe(3);
});

test('default domain, unparseable dates left out, empty input', () => {
  const a = annotationAxis([
    { id: 'x', date: '1997-02', label: { en: 'x' } },
    { id: 'bad', date: 'soon', label: { en: 'bad' } },
  ]);
  expect(a.domain).toEqual([1997, 1998]);
  expect(a.items.map((i) => i.id)).toEqual(['x']);
  const none = annotationAxis([]);
  expect(none.items).toEqual([]);
  expect(none.lanes).toBe(0);
});

describe('the slider axis ends at the last step or the report date (issue 13)', () => {
  test('axisEndDate: the built-in dataset\'s report, written from April 2000 (its date "2000-04/2000-12"), after the last step (1999)', () => {
    const end = axisEndDate(timeline.steps, dataset.sources)!;
    expect(end.text).toBe('2000-04');
    // Without a report date: the last step's own date.
    expect(axisEndDate(timeline.steps, [])!.text).toBe('1999');
    // A report before the last step does not pull the end back; one that does not parse is left out.
    expect(axisEndDate(timeline.steps, [{ report_date: '1997' }, { report_date: 'soon' }])!.text).toBe('1999');
    expect(axisEndDate([], dataset.sources)).toBeNull();
  });
  test('annotationsOnAxis with the end: those after it are left off the axis', () => {
    const end = axisEndDate(timeline.steps, [])!; // 1999
    const kept = annotationsOnAxis(dataset.annotations, timeline.steps, end).map((a) => a.id);
    expect(kept).toEqual(['reprimand', 'removal-reason-1996-06', 'res-1997-02-anti-corruption', 'res-1997-05-cadres', 'res-1997-08-defence', 'res-1998-06-drugs', 'pcgd-thcs-1999']);
    expect(annotationsOnAxis(dataset.annotations, timeline.steps, axisEndDate(timeline.steps, dataset.sources))).toHaveLength(10);
  });
  test('items are cut at the axis\'s ends; labels where they fit; too many lanes collapse into one row', () => {
    const cut = annotationAxis(dataset.annotations, { x0: 0, x1: 1000, domain: [1996, 2000 + 4 / 12] });
    const perYear = 1000 / (4 + 4 / 12);
    expect(item2(cut, 'reprimand').x1).toBe(1000);
    expect([item2(cut, 'pcgd-thcs-2000').x0, item2(cut, 'pcgd-thcs-2000').x1].map(r4)).toEqual([r4(4 * perYear), 1000]);
    // A 10-px label "Label" next to each mark: in a lane of its own when there is room.
    const labels = dataset.annotations.map(() => 'Label');
    const withLabels = annotationAxis(dataset.annotations, { x0: 0, x1: 1000, domain: [1996, 2000 + 4 / 12], labels });
    const feb = item2(withLabels, 'res-1997-02-anti-corruption');
    expect([feb.labelled, r4(feb.labelX)]).toEqual([true, r4(feb.extent[1] + 3)]);
    expect(withLabels.collapsed).toBe(false);
    const one = annotationAxis(dataset.annotations, { x0: 0, x1: 1000, domain: [1996, 2000 + 4 / 12], maxLanes: 2, top: 80, laneHeight: 14 });
    expect([one.collapsed, one.lanes, one.height]).toEqual([true, 1, 80 + 28]);
    expect(new Set(one.items.map((i) => i.y))).toEqual(new Set([94]));
    expect(one.items.map((i) => r4(i.x))).toEqual(cut.items.map((i) => r4(i.x)));
  });
});

function item2(a: ReturnType<typeof annotationAxis>, id: string) {
  return a.items.find((i) => i.id === id)!;
}
