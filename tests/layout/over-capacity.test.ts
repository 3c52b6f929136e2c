/**
 * Over capacity shown, not refused: a body with more members than seats marks that many of its
 * seated people (`SceneNode.overCapacity`), the drawing rings them (`data-over-capacity="true"`)
 * and the legend explains the mark; the count reads "3/2".
 */
import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { markOverCapacity, planHasOverCapacity } from '../../src/lib/layout/over-capacity.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { bodyCounts } from '../../src/lib/view/counts.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const m = (id: string, person: string, org: string, start: string, end?: string): Membership => ({
  id,
  person_id: person,
  organization_id: org,
  start_date: start,
  ...(end === undefined ? {} : { end_date: end }),
});

/** House `h` (2 seats) with committee `c` (1 seat) inside: p1, p2 from 2000; p3 joins h in 2001 (3/2); p1 and p2 in c in 2002 (2/1). */
function dataset(): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'over',
    title: { en: 'Over' },
    sources: [],
    organizations: [
      { id: 'h', name: { en: 'House' }, seats: 2 },
      { id: 'c', name: { en: 'Committee' }, parent_id: 'h', seats: 1 },
    ],
    persons: ['p1', 'p2', 'p3'].map((id) => ({ id, name: { en: id.toUpperCase() } })),
    posts: [],
    memberships: [m('a', 'p1', 'h', '2000'), m('b', 'p2', 'h', '2000'), m('x', 'p3', 'h', '2001', '2002'), m('c1', 'p1', 'c', '2002'), m('c2', 'p2', 'c', '2002')],
    events: [],
    claims: [],
    annotations: [],
  };
}

const setup = () => {
  const timeline = buildTimeline(dataset());
  const plan = planSeats(timeline);
  const scene = (step: number) => layoutScene({ timeline, plan, step, lang: 'en', words: layoutWords('en') });
  return { timeline, plan, scene };
};
const marked = (step: number) =>
  setup()
    .scene(step)
    .nodes.filter((n) => n.overCapacity)
    .map((n) => n.person_id);

describe('over capacity', () => {
  test('within the seats nobody is marked; one more than the seats marks the newcomer (highest cell)', () => {
    const { timeline } = setup();
    expect([...timeline.countSeries.get('h')!]).toEqual([2, 3, 2]);
    expect(marked(0)).toEqual([]);
    expect(marked(1)).toEqual(['p3']);
  });

  test('a committee over its one seat marks one of its two; the house (2/2) marks nobody more', () => {
    expect([...setup().timeline.countSeries.get('c')!]).toEqual([0, 0, 2]);
    expect(marked(2)).toEqual(['p2']);
  });

  test('departed nodes are never marked; the same plan and step give the same marks', () => {
    const { scene } = setup();
    const s = scene(2);
    expect(s.nodes.filter((n) => n.kind === 'departed').map((n) => [n.person_id, n.overCapacity])).toEqual([['p3', false]]);
    expect(scene(2).nodes.map((n) => n.overCapacity)).toEqual(s.nodes.map((n) => n.overCapacity));
  });

  test('markOverCapacity resets the flag before marking', () => {
    const { plan, scene } = setup();
    const nodes = scene(0).nodes.map((n) => ({ ...n, overCapacity: true }));
    expect(markOverCapacity(nodes, plan, 0).map((n) => n.overCapacity)).toEqual([false, false]);
  });

  test('the legend explains the mark at every step when some step is over; never for the built-in dataset', () => {
    const { plan, scene } = setup();
    expect(planHasOverCapacity(plan)).toBe(true);
    for (const step of [0, 1, 2]) expect(scene(step).legend.items.find((i) => i.key === 'over')?.label).toBe('Over the seat count');
    const builtIn = loadBuiltIn();
    expect(planHasOverCapacity(builtIn.plan)).toBe(false);
    expect(layoutScene({ timeline: builtIn.timeline, plan: builtIn.plan, step: 0, lang: 'vi', words: layoutWords('vi') }).legend.items.map((i) => i.key)).not.toContain('over');
    expect(layoutWords('vi').legendOverCapacity).toBe('Vượt số lượng');
  });

  test('the drawing rings the marked member in red with data-over-capacity="true", and the count reads 3/2', () => {
    const { timeline, plan } = setup();
    const svg = svgForView(timeline, plan, 1, 'en');
    expect(svg.match(/data-over-capacity="true"/g)).toHaveLength(1);
    expect(svg).toMatch(/data-member-id="p3"[^>]*data-over-capacity="true"/);
    expect(svg).toContain('<circle class="cmv-over-ring" r="11.7" fill="none" stroke="#C62828" stroke-width="2.2"/>');
    expect(svg).toContain('data-legend="over"');
    expect(svgForView(timeline, plan, 0, 'en')).not.toContain('data-over-capacity');
    const h = bodyCounts(timeline, 1, 'en').find((b) => b.id === 'h')!;
    expect([h.count, h.seats, h.detail]).toEqual([3, 2, 'members · 2 seats, 1 over the seat count']);
    expect(bodyCounts(timeline, 1, 'vi').find((b) => b.id === 'h')!.detail).toBe('ủy viên · số lượng 2, thừa 1 so với số lượng');
    expect(setup().scene(1).boxes.find((b) => b.org === 'h')!.title).toContain('3/2');
  });
});
