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

describe('flows with stated facts only', () => {
  const { timeline } = loadBuiltIn();
  const model = flowsModel(timeline);

  it('the model knows, band by band, whose place rests on inference (the seats and departures of the timeline)', () => {
    for (const band of model.bands) {
      const column = model.columns[band.column + 1]!;
      const s = timeline.snapshotAt(column.lastStep);
      const expected = band.people.filter((p) => (s.seats.get(p) ?? s.departed.get(p))?.inferred === true);
      expect(band.inferred, band.id).toEqual(expected);
    }
    // The built-in dataset's numbered members and the by-election's posts rest on inference.
    expect(model.bands.some((b) => b.inferred.length > 0 && b.inferred.length < b.people.length)).toBe(true);
  });

  it('greys out the inferred part of each band, keeps every band named, says so in a note, and names the file _stated-only', () => {
    const full = flowsSvg(timeline, 'en', model);
    const only = flowsSvg(timeline, 'en', model, true);
    expect(full.name).toBe('quan6-1996-2000_flows_en.svg');
    expect(only.name).toBe('quan6-1996-2000_flows_en_stated-only.svg');
    expect(full.svg).not.toContain('data-inferred-part');
    const root = parseXml(only.svg);
    const paths = all(root, 'path').filter((p) => p.attrs.has('data-band'));
    const parts = paths.filter((p) => p.attrs.get('data-inferred-part') === 'true');
    const mixed = model.bands.filter((b) => b.inferred.length > 0 && b.inferred.length < b.people.length);
    expect(parts.map((p) => p.attrs.get('data-band')).sort()).toEqual(mixed.map((b) => b.id).sort());
    for (const p of parts) {
      const band = model.bands.find((b) => b.id === p.attrs.get('data-band'))!;
      expect(p.attrs.get('data-count')).toBe(String(band.inferred.length));
    }
    // Every band keeps one named, titled path.
    const named = paths.filter((p) => p.attrs.get('data-inferred-part') !== 'true');
    expect(named.map((p) => p.attrs.get('data-band')).sort()).toEqual(model.bands.map((b) => b.id).sort());
    // A band whose people all rest on inference is greyed whole.
    const whole = model.bands.filter((b) => b.inferred.length === b.people.length).map((b) => b.id);
    expect(whole.length).toBeGreaterThan(0);
    for (const p of named) expect((p.attrs.get('class') ?? '').includes('cmv-flows-inferred'), p.attrs.get('data-band')).toBe(whole.includes(p.attrs.get('data-band')!));
    expect(only.svg).toContain('Stated facts only');
    expect(flowsPngTree(timeline, 'vi', 2, 'white', model, true).name).toMatch(/_flows_vi_stated-only(@2x)?\.png$/);
  });
});
