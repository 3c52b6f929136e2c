import { describe, expect, test } from 'vitest';
import { flattenRootRules, lengthPt, pageSizePt, svgForPdf } from '../../src/lib/export/pdf-svg.ts';
import { CHART_CSS } from '../../src/lib/draw/chart-css.ts';

describe('pdf-svg: the SVG as the PDF conversion reads it', () => {
  test('lengths of the root in points: mm, cm, in, pt, px and bare numbers (CSS px)', () => {
    expect(lengthPt('170mm')).toBeCloseTo(481.89, 2);
    expect(lengthPt('420mm')).toBeCloseTo(1190.55, 2);
    expect(lengthPt('2.1cm')).toBeCloseTo(59.53, 2);
    expect(lengthPt('1in')).toBe(72);
    expect(lengthPt('12pt')).toBe(12);
    expect(lengthPt('1440')).toBe(1080);
    expect(lengthPt('10px')).toBe(7.5);
    for (const bad of ['', '0', '-3mm', '50%', 'auto', '12em']) expect(() => lengthPt(bad), bad).toThrow(RangeError);
  });

  test('page size from the root’s width and height', () => {
    expect(pageSizePt('<?xml version="1.0"?>\n<svg xmlns="x" viewBox="0 0 1680 1188" width="420mm" height="297mm" class="a">')).toEqual({ width: lengthPt('420mm'), height: lengthPt('297mm') });
    expect(() => pageSizePt('<svg viewBox="0 0 1 1">')).toThrow(/no width or height/);
    expect(() => pageSizePt('<g width="1" height="1">')).toThrow(/no width or height/);
  });

  test('a descendant rule becomes simple when its ancestor class is on the root, and goes when it is not', () => {
    const css = '.a{fill:red}\n.cmv-stated-only .cmv-is-inferred{opacity:0.22}\n.b{fill:blue}';
    expect(flattenRootRules(css, new Set(['cmv-chart', 'cmv-stated-only']))).toBe('.a{fill:red}\n.cmv-is-inferred{opacity:0.22}\n.b{fill:blue}');
    expect(flattenRootRules(css, new Set(['cmv-chart']))).toBe('.a{fill:red}\n\n.b{fill:blue}');
    // The chart's own stylesheet has exactly one such rule.
    expect(flattenRootRules(CHART_CSS, new Set(['cmv-stated-only']))).not.toMatch(/\.[\w-]+\s+\.[\w-]+\s*\{/);
    expect(flattenRootRules(CHART_CSS, new Set(['cmv-stated-only']))).toContain('.cmv-is-inferred{opacity:0.22}');
  });

  test('arrows inside text go into a tspan of the symbol font; titles, attributes and other text stay as they are', () => {
    const svg = [
      '<svg class="cmv-chart cmv-stated-only" width="10" height="10">',
      '<title>A → B</title>',
      '<style>.cmv-stated-only .x{opacity:0.5}</style>',
      '<g aria-label="1 → 2"><text class="t" x="1">BCH 34 → 30, BTV 10 ⇒⇐ 9</text></g>',
      '<text x="2"><tspan>Đảng ←</tspan></text><text/>',
      '</svg>',
    ].join('\n');
    const out = svgForPdf(svg);
    expect(out).toContain('<title>A → B</title>');
    expect(out).toContain('aria-label="1 → 2"');
    expect(out).toContain('<style>.x{opacity:0.5}</style>');
    expect(out).toContain('BCH 34 <tspan font-family="CMV Symbols">→</tspan> 30, BTV 10 <tspan font-family="CMV Symbols">⇒⇐</tspan> 9');
    expect(out).toContain('<tspan>Đảng <tspan font-family="CMV Symbols">←</tspan></tspan>');
    // Without the ancestor class on the root the rule is dropped.
    expect(svgForPdf(svg.replace(' cmv-stated-only', ''))).toContain('<style></style>');
  });
});
