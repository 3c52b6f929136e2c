/**
 * The flows view as a file: golden snapshots of the built-in dataset's flows SVG in both languages
 * (before font embedding, as the other snapshots), well-formed XML with no script, the bands'
 * people in their `<title>` as text (escaped), the file names, and the PNG's drawing sized in pixels.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flowsPngTree, flowsSvg } from '../../src/lib/export/flows-export.ts';
import { flowsFileName } from '../../src/lib/export/filename.ts';
import { flowsModel } from '../../src/lib/layout/flows.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { expectGolden } from '../fixtures/golden.ts';
import { parseXml, type XmlElement } from './xml-scan.ts';

const out = (name: string) => fileURLToPath(new URL(`../output/${name}`, import.meta.url));

function all(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return found;
}

describe('flowsSvg: the built-in dataset', () => {
  const { timeline } = loadBuiltIn();
  for (const lang of ['vi', 'en'] as const) {
    it(`matches the golden file (${lang})`, () => {
      const { svg, name } = flowsSvg(timeline, lang);
      expect(name).toBe(`quan6-1996-2000_flows_${lang}.svg`);
      expectGolden(out(`quan6-flows.${lang}.svg`), svg);
    });
  }

  it('is well-formed, draws one band per band of the model with its people, and carries no script', () => {
    const model = flowsModel(timeline);
    const { svg } = flowsSvg(timeline, 'en', model);
    const root = parseXml(svg);
    const bands = all(root, 'path').filter((p) => p.attrs.has('data-band'));
    expect(bands.map((b) => b.attrs.get('data-band'))).toEqual(model.bands.map((b) => b.id));
    const retired = bands.find((b) => b.attrs.get('data-band') === 'body:2:tt>exit:3:retirement')!;
    expect(retired.attrs.get('data-count')).toBe('1');
    expect(retired.children[0]!.name).toBe('title');
    expect(retired.children[0]!.text).toContain('Retired');
    expect(retired.children[0]!.text).toContain('→');
    expect(svg).not.toMatch(/<script|onload=|onclick=|foreignObject|href=/i);
    // Files have no focusable bands (the screen has).
    expect(svg).not.toContain('tabindex');
    // Every node's count is drawn in its label.
    const labels = all(root, 'text').filter((t) => t.attrs.get('class')?.includes('cmv-flows-label'));
    expect(labels).toHaveLength(model.nodes.length);
  });

  it('sizes the PNG drawing in pixels at the scale, without the background when transparent', () => {
    const { tree, width, height, scale, name } = flowsPngTree(timeline, 'vi', 2, 'transparent');
    expect(scale).toBe(2);
    expect(width).toBe(2200);
    expect(tree.root.width).toBe('2200');
    expect(Number(tree.root.height)).toBe(height);
    expect(tree.under.some((e) => e.attrs.class === 'cmv-flows-bg')).toBe(false);
    expect(name).toBe('quan6-1996-2000_flows_vi@2x.png');
  });
});

describe('flowsSvg: names are text', () => {
  it('escapes a person named like markup', () => {
    const { dataset } = loadBuiltIn();
    const ds: Dataset = structuredClone(dataset);
    const p = ds.persons.find((x) => x.id === 'bi-thu-1996')!;
    p.name = { vi: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' };
    const { svg } = flowsSvg(buildTimeline(ds), 'en');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
  });
});

describe('flowsFileName', () => {
  it('slugs the dataset id and the language, and scales PNG names', () => {
    expect(flowsFileName('Quận 6/1996', 'vi', 'svg')).toBe('quan-6-1996_flows_vi.svg');
    expect(flowsFileName('x', 'en', 'png', 1)).toBe('x_flows_en.png');
    expect(flowsFileName('x', 'en', 'png', 4)).toBe('x_flows_en@4x.png');
  });
});
