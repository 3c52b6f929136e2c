import { describe, expect, test } from 'vitest';
import { PNG_LAYER_NODES, pngLayers, pngSvg, pngTree, scaledPngTree } from '../../src/lib/export/png-size.ts';
import { treeToSvg } from '../../src/lib/export/svg.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { bigDataset } from '../model/big.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { timeline, plan } = loadBuiltIn();

describe('the PNG drawing, in layers', () => {
  test('pngTree serialised is pngSvg; scaledPngTree of a drawing already made is the same', () => {
    const a = pngTree(timeline, plan, 2, 'vi', 2, 'white');
    expect(treeToSvg(a.tree)).toBe(pngSvg(timeline, plan, 2, 'vi', 2, 'white').svg);
    const b = scaledPngTree(viewTree(timeline, plan, 2, 'vi'), 2, 'white');
    expect(treeToSvg(b.tree)).toBe(treeToSvg(a.tree));
    expect([b.width, b.height]).toEqual([a.width, a.height]);
  });

  test('a chart of the built-in size is one layer: the very drawing (the same PNG as before)', () => {
    const { tree } = pngTree(timeline, plan, 2, 'vi', 4, 'transparent');
    expect(tree.nodes.length).toBeLessThanOrEqual(PNG_LAYER_NODES);
    expect(pngLayers(tree)).toEqual([tree]);
  });

  test('a large chart: under, the members in groups in their order, over; each layer a full-size standalone drawing', () => {
    const big = buildTimeline(bigDataset(2000, 300));
    const { tree } = pngTree(big, planSeats(big), 150, 'en', 2, 'white');
    expect(tree.nodes.length).toBeGreaterThan(5 * PNG_LAYER_NODES);
    const layers = pngLayers(tree);
    expect(layers).toHaveLength(2 + Math.ceil(tree.nodes.length / PNG_LAYER_NODES));
    expect(layers[0]!.under).toBe(tree.under);
    expect(layers.at(-1)!.over).toBe(tree.over);
    // Every member once, in the drawing's order; the under and over parts once.
    expect(layers.flatMap((l) => l.nodes)).toEqual(tree.nodes);
    expect(layers.flatMap((l) => l.under)).toEqual(tree.under);
    expect(layers.flatMap((l) => l.over)).toEqual(tree.over);
    for (const l of layers) {
      expect(l.root).toBe(tree.root);
      expect(l.head).toBe(tree.head);
      expect(l.nodes.length).toBeLessThanOrEqual(PNG_LAYER_NODES);
    }
    // The white background is in the first layer only (later layers are transparent where they draw nothing).
    expect(layers.map((l) => treeToSvg(l).includes('class="cmv-bg"'))).toEqual(layers.map((_, i) => i === 0));
    expect(() => pngLayers(tree, 0)).toThrow(RangeError);
  });
});
