/** How a large house's seats are drawn: one transform per bare seat (what the browser paints fastest). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { shapePath, SHAPE_PATHS } from '../../src/lib/draw/shapes.ts';

describe('shapePath', () => {
  it('is the shape at full size for 1, and scales every coordinate (not the arc flags) otherwise', () => {
    expect(shapePath('diamond', 1)).toBe(SHAPE_PATHS.diamond);
    expect(shapePath('diamond', 0.5)).toBe('M0,-5L5,0L0,5L-5,0Z');
    expect(shapePath('circle', 0.5)).toBe('M4.25,0A4.25,4.25 0 1,1 -4.25,0A4.25,4.25 0 1,1 4.25,0Z');
    expect(shapePath('square', 0.1)).toBe('M-0.73,-0.73H0.73V0.73H-0.73Z');
  });
});

describe('hemicycle seats are drawn at their size', () => {
  it('a bare seat is one transform (its place) and a path of its size; a marked seat scales its shape and badges together', () => {
    const r = importFile('house-150.json', new Uint8Array(readFileSync(new URL('../fixtures/house-150.json', import.meta.url))));
    if (!r.ok) throw new Error('fixture');
    const timeline = buildTimeline(r.dataset);
    const { scene, tree } = viewTree(timeline, planSeats(timeline), 1, 'en');
    expect(scene.layout).toBe('hemicycle');
    const seated = tree.nodes.filter((n) => n.el.attrs['data-member-id'] !== undefined);
    expect(seated).toHaveLength(150);
    const bare = seated.filter((n) => n.el.attrs['data-new'] === undefined && n.el.attrs['data-inferred'] === 'false');
    const marked = seated.filter((n) => !bare.includes(n));
    expect(marked.map((n) => n.el.attrs['data-member-id']).sort()).toEqual(['p150', 'p151', 'p152']);
    const node = scene.nodes.find((n) => n.person_id === 'p0')!;
    const s = node.r! / 8.5;
    expect(s).toBeLessThan(1);
    for (const n of bare) {
      const kids = n.el.children.filter((c) => typeof c !== 'string');
      expect(kids.map((c) => (c as { tag: string }).tag)).toEqual(['title', 'path']);
      const path = kids[1] as { attrs: Record<string, string> };
      const r4 = Math.round(8.5 * s * 10000) / 10000;
      expect(path.attrs.d).toBe(`M${r4},0A${r4},${r4} 0 1,1 ${-r4},0A${r4},${r4} 0 1,1 ${r4},0Z`);
      expect(path.attrs.style).toBe(`stroke-width:${Math.round(1.2 * s * 10000) / 10000}`);
    }
    for (const n of marked) {
      const g = n.el.children.find((c) => typeof c !== 'string' && c.attrs.class === 'cmv-scaled') as { attrs: Record<string, string> } | undefined;
      expect(g?.attrs.transform).toBe(`scale(${Math.round(s * 10000) / 10000})`);
    }
  });
});
