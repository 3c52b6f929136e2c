import { describe, expect, it } from 'vitest';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { nextByKey, nodeAccessibleName } from '../../src/lib/view/chart.ts';

const { timeline, plan } = loadBuiltIn();

describe('nodeAccessibleName', () => {
  it('gives the title, then the body or the end cause (the step\'s tag for a member it touched), then "inferred"', () => {
    const { scene } = viewTree(timeline, plan, 1, 'en');
    const names = new Map(scene.nodes.map((n) => [n.person_id, nodeAccessibleName(n, timeline, 'en')]));
    expect(names.get('uvtv-tuyen-giao')).toBe('Standing member for propaganda and education — struck off');
    expect(names.get('pbt-tt-1996')).toBe('Standing Deputy Secretary — Standing Office — inferred');
    const vi = viewTree(timeline, plan, 3, 'vi').scene.nodes.find((n) => n.person_id === 'bi-thu-1996')!;
    expect(nodeAccessibleName(vi, timeline, 'vi')).toBe('Bí thư Quận ủy (đến 1999) — nghỉ hưu');
    const later = viewTree(timeline, plan, 4, 'vi').scene.nodes.find((n) => n.person_id === 'bi-thu-1996')!;
    expect(nodeAccessibleName(later, timeline, 'vi')).toBe('Bí thư Quận ủy (đến 1999) — Nghỉ hưu');
    const promoted = viewTree(timeline, plan, 4, 'en').scene.nodes.find((n) => n.person_id === 'pbt-tt-1996')!;
    expect(nodeAccessibleName(promoted, timeline, 'en')).toBe('District Party Secretary — → Secretary — Standing Office — inferred');
  });
});

describe('nextByKey', () => {
  const items = [
    { key: 'a', x: 0, y: 0 },
    { key: 'b', x: 10, y: 0 },
    { key: 'c', x: 30, y: 1 },
    { key: 'd', x: 2, y: 10 },
    { key: 'e', x: 12, y: 10 },
  ];
  it('moves to the nearest item that way, across distance weighing three times', () => {
    expect(nextByKey(items, 'a', 'ArrowRight')).toBe('b');
    expect(nextByKey(items, 'b', 'ArrowRight')).toBe('c');
    expect(nextByKey(items, 'b', 'ArrowLeft')).toBe('a');
    expect(nextByKey(items, 'a', 'ArrowDown')).toBe('d');
    expect(nextByKey(items, 'e', 'ArrowUp')).toBe('b');
    expect(nextByKey(items, 'c', 'ArrowRight')).toBeNull();
  });
  it('Home and End go to the first and last; other keys and unknown items give null', () => {
    expect(nextByKey(items, 'c', 'Home')).toBe('a');
    expect(nextByKey(items, 'a', 'End')).toBe('e');
    expect(nextByKey(items, 'a', 'x')).toBeNull();
    expect(nextByKey(items, 'zz', 'ArrowRight')).toBeNull();
  });
  it('on the built-in chart, right of the first member is another member on the same row', () => {
    const { scene } = viewTree(timeline, plan, 0, 'en');
    const first = scene.nodes[0]!;
    const next = scene.nodes.find((n) => n.key === nextByKey(scene.nodes, first.key, 'ArrowRight'))!;
    expect(next.y).toBe(first.y);
    expect(next.x).toBeGreaterThan(first.x);
  });
});

describe('watermarkSize: the step label behind the chart while playing fits the chart', () => {
  it('96 on a desktop chart, smaller on a phone, always within 90 % of the width', async () => {
    const { watermarkSize, WATERMARK_MAX } = await import('../../src/lib/view/chart.ts');
    const { textWidth } = await import('../../src/lib/layout/text.ts');
    expect(watermarkSize('6/1996', 1200)).toBe(WATERMARK_MAX);
    for (const [text, width] of [['1999 · retirements', 324], ['6/1996', 324], ['1999 · bầu bổ sung', 324], ['1999 · by-election', 1200]] as const) {
      const size = watermarkSize(text, width);
      expect(textWidth(text, size, 'bold'), `${text} at ${width}`).toBeLessThanOrEqual(0.9 * width);
      expect(size).toBeLessThanOrEqual(WATERMARK_MAX);
    }
    expect(watermarkSize('1999 · retirements', 324)).toBeLessThan(40);
  });
});
