/**
 * The group legend lists the groups with members at the step; it keeps room for the most groups
 * present at one step, so that the other items and the legend's height stay where they are.
 */
import { describe, expect, test } from 'vitest';
import { placeLegend, legendReserve } from '../../src/lib/layout/legend.ts';
import type { LegendItem } from '../../src/lib/layout/scene.ts';

const geo = { legendRect: { x: 0, y: 0, w: 400, h: 0 }, legendCols: 4 };
const item = (key: string, kind: LegendItem['kind']): Omit<LegendItem, 'x' | 'y' | 'w'> => ({ key, kind, shape: 'circle', colorIndex: 0, label: key });

describe('legend slots for groups', () => {
  test('bodies, then the groups present in the slots kept for the most, then the rest at fixed places', () => {
    const few = [item('org:h', 'org'), item('group:a', 'group'), item('vacant', 'vacant'), item('inferred', 'inferred')];
    const many = [item('org:h', 'org'), item('group:a', 'group'), item('group:b', 'group'), item('group:c', 'group'), item('vacant', 'vacant'), item('inferred', 'inferred')];
    const reserve = legendReserve(few, { present: 3 }, 1);
    expect(reserve).toBe(3);
    const a = placeLegend(geo, few, 'Legend', reserve);
    const b = placeLegend(geo, many, 'Legend', reserve);
    const at = (l: typeof a, key: string) => l.legend.items.find((i) => i.key === key)!;
    for (const key of ['org:h', 'group:a', 'vacant', 'inferred']) expect([at(a, key).x, at(a, key).y], key).toEqual([at(b, key).x, at(b, key).y]);
    expect(a.legend.h).toBe(b.legend.h);
    // The vacant item sits after four slots (the body and three groups): the first of the second row.
    expect(at(a, 'vacant').y).toBeGreaterThan(at(a, 'org:h').y);
    expect(at(a, 'vacant').x).toBe(at(a, 'org:h').x);
  });
});
