import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/lib/io/import.ts';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { countSeries } from '../../src/lib/layout/count-series.ts';
import { bodyCounts } from '../../src/lib/view/counts.ts';
import { GROUP_COLORS } from '../../src/lib/draw/palette.ts';
import type { SvgEl } from '../../src/lib/draw/svg-el.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const HOUSE = readFileSync(new URL('../fixtures/popolo-house.json', import.meta.url), 'utf8');

function house(edit?: (d: Dataset) => void): Timeline {
  const r = importFile('popolo-house.json', new TextEncoder().encode(HOUSE));
  if (!r.ok) throw new Error('fixture does not load');
  edit?.(r.dataset);
  return buildTimeline(r.dataset);
}

/** Every element of a tree, depth first. */
function* walk(el: SvgEl): Generator<SvgEl> {
  yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* walk(c);
}
const textOf = (el: SvgEl): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** Per step: each seated member's group and the fill of their shape. */
function fills(tl: Timeline) {
  const plan = planSeats(tl);
  return tl.steps.map((_, step) => {
    const { tree, scene } = viewTree(tl, plan, step, 'en');
    const members = tree.nodes
      .map((n) => n.el)
      .filter((el) => el.attrs['data-member-id'] !== undefined)
      .map((el) => ({ id: el.attrs['data-member-id']!, group: el.attrs['data-group'], fill: el.children.find((c): c is SvgEl => typeof c !== 'string' && c.tag === 'path')!.attrs.fill }));
    const legend = tree.over.flatMap((el) => [...walk(el)]).find((el) => el.attrs['data-testid'] === 'group-legend');
    const entries = legend ? [...walk(legend)].filter((el) => el.attrs['data-group'] !== undefined).map((el) => [el.attrs['data-group'], textOf(el)]) : [];
    return { members, entries, scene };
  });
}

describe('groups in the chart', () => {
  test('members carry data-group; one group, one colour, the same at every step', () => {
    const steps = fills(house());
    const colorOf = new Map<string, string>();
    for (const s of steps) {
      for (const m of s.members) {
        expect(m.group).toMatch(/^party\//);
        expect(m.fill).toMatch(/^#[0-9A-F]{6}$/);
        if (!colorOf.has(m.group!)) colorOf.set(m.group!, m.fill!);
        expect(m.fill).toBe(colorOf.get(m.group!));
      }
    }
    // Red has 3 members over the term, blue 2: red takes the palette's first colour.
    expect(Object.fromEntries(colorOf)).toEqual({ 'party/red': GROUP_COLORS[0], 'party/blue': GROUP_COLORS[1] });
  });

  test('a colour in the data wins over the palette', () => {
    const steps = fills(house((d) => (d.organizations.find((o) => o.id === 'party/blue')!.color = '#aa3377')));
    const blue = steps[0]!.members.filter((m) => m.group === 'party/blue');
    expect(blue.map((m) => m.fill)).toEqual(['#AA3377', '#AA3377']);
    // Red is then the only palette-coloured group: the first colour.
    expect(steps[0]!.members.find((m) => m.group === 'party/red')!.fill).toBe(GROUP_COLORS[0]);
  });

  test('the group legend lists each group with its count at the step', () => {
    const steps = fills(house());
    expect(steps.map((s) => s.entries)).toEqual([
      [['party/red', 'Red Party: 2 members'], ['party/blue', 'Blue Party: 2 members']],
      [['party/red', 'Red Party: 1 member'], ['party/blue', 'Blue Party: 2 members']],
      [['party/red', 'Red Party: 2 members'], ['party/blue', 'Blue Party: 2 members']],
      [['party/red', 'Red Party: 2 members'], ['party/blue', 'Blue Party: 1 member']],
    ]);
  });

  test('a party is no body: no box, no count, no line of its own', () => {
    const tl = house();
    const steps = fills(tl);
    for (const s of steps) expect(s.scene.boxes.map((b) => b.org)).toEqual(['house']);
    expect(bodyCounts(tl, 0, 'en').map((b) => b.id)).toEqual(['house']);
    const series = countSeries(tl, { width: 320, height: 120 });
    expect(series.lines.map((l) => l.org)).toEqual(['house']);
    expect(series.groupLines.map((l) => [l.group, l.colorIndex])).toEqual([['party/red', 0], ['party/blue', 1]]);
  });

  test('seats are ordered by group, and a newcomer takes the free seat', () => {
    const tl = house();
    const plan = planSeats(tl);
    const seat = (p: string, k: number) => {
      const e = plan.entryAt(p, k)!.place!;
      return e.kind === 'seat' ? e.index : -1;
    };
    expect(['ann', 'bob', 'cy', 'dee'].map((p) => seat(p, 0))).toEqual([0, 1, 2, 3]);
    expect(seat('eve', 2)).toBe(1);
    // Bob blue and Cy red: by id they would sit ann, bob, cy, dee; by group red (ann, cy, eve: the
    // larger group) sits first.
    const swapped = house((d) => {
      d.memberships.find((m) => m.person_id === 'bob')!.on_behalf_of_id = 'party/blue';
      d.memberships.find((m) => m.person_id === 'cy')!.on_behalf_of_id = 'party/red';
    });
    const plan2 = planSeats(swapped);
    const seat2 = (p: string) => (plan2.entryAt(p, 0)!.place as { index: number }).index;
    expect(['ann', 'cy', 'bob', 'dee'].map(seat2)).toEqual([0, 1, 2, 3]);
  });

  test('a dataset without groups draws no data-group and no group legend', () => {
    const { timeline } = loadBuiltIn();
    const s = fills(timeline)[0]!;
    expect(s.members.every((m) => m.group === undefined && m.fill === undefined)).toBe(true);
    expect(s.entries).toEqual([]);
    expect(s.scene.groups).toBeUndefined();
  });
});
