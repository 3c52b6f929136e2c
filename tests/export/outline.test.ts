import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { LABEL_DX, LABEL_FONT, labelBaselines } from '../../src/lib/layout/scene.ts';
import { textWidth } from '../../src/lib/layout/text.ts';
import { sceneToSvg, svgForView, treeToSvg } from '../../src/lib/export/svg.ts';
import type { SvgEl } from '../../src/lib/draw/svg-el.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { posterSvg } from '../../src/lib/export/poster.ts';
import { outlineEls, outlineSvg, outlineSvgText, parseSvgDocument, textPath } from '../../src/lib/export/outline.ts';
import { embedFont, loadOutlineFonts } from '../../src/lib/export/fonts-node.ts';
import type { Person, Post } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { handTimeline, org } from '../fixtures/hand-timeline.ts';
import { allElements, parseXml, textOf } from './xml-scan.ts';
import { checkExportSafe } from './fonts-safety.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';

const { timeline, plan } = loadBuiltIn();
const LAST = timeline.steps.length - 1;
const fonts = await loadOutlineFonts();

/** The numbers of a path's data as absolute points (our data: absolute M, relative l q c, z). */
function points(d: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const m of d.matchAll(/([MlqcZz])([^MlqcZz]*)/g)) {
    const nums = (m[2]!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (m[1] === 'M') {
      cx = sx = nums[0]!;
      cy = sy = nums[1]!;
      out.push({ x: cx, y: cy });
    } else if (m[1] === 'z' || m[1] === 'Z') {
      cx = sx;
      cy = sy;
    } else {
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i + 1 < nums.length; i += 2) pts.push({ x: cx + nums[i]!, y: cy + nums[i + 1]! });
      out.push(...pts);
      cx = pts[pts.length - 1]!.x;
      cy = pts[pts.length - 1]!.y;
    }
  }
  return out;
}

function bbox(d: string): { x0: number; x1: number; y0: number; y1: number } {
  const ps = points(d);
  return { x0: Math.min(...ps.map((p) => p.x)), x1: Math.max(...ps.map((p) => p.x)), y0: Math.min(...ps.map((p) => p.y)), y1: Math.max(...ps.map((p) => p.y)) };
}

describe('outlineSvg: text as paths from the same font', () => {
  const { scene, tree } = viewTree(timeline, plan, LAST, 'vi');
  const outlined = treeToSvg(outlineSvg(tree, fonts));
  const root = parseXml(outlined);

  test('no <text> is left; <title> and <desc> keep their text; well-formed and safe', () => {
    checkExportSafe(root, outlined);
    expect(allElements(root).filter((e) => e.name === 'text' || e.name === 'tspan')).toHaveLength(0);
    const plainRoot = parseXml(svgForView(timeline, plan, LAST, 'vi'));
    const titles = (r: typeof root) => allElements(r).filter((e) => e.name === 'title' || e.name === 'desc').map((e) => e.text);
    expect(titles(root)).toEqual(titles(plainRoot));
    expect(titles(root)[0]).toContain('Ban Chấp hành Đảng bộ Quận 6');
    // Every <text> became one <g class="… cmv-outlined"> with the text as its aria-label, in place.
    const plainTexts = allElements(plainRoot).filter((e) => e.name === 'text');
    const groups = allElements(root).filter((e) => (e.attrs.get('class') ?? '').split(' ').includes('cmv-outlined'));
    expect(groups).toHaveLength(plainTexts.length);
    groups.forEach((g, i) => {
      expect(g.name).toBe('g');
      expect(g.attrs.get('aria-label')).toBe(textOf(plainTexts[i]!).replace(/\s+/g, ' ').trim());
      expect(g.attrs.get('class')).toBe(`${plainTexts[i]!.attrs.get('class')} cmv-outlined`);
      for (const c of g.children) {
        expect(c.name).toBe('path');
        expect(c.attrs.get('d')).toMatch(/^M[-\d. Mlqcz]+$/);
      }
    });
    expect(groups.map((g) => g.attrs.get('aria-label'))).toContain('Ủy viên BCH 1');
    // Root, styles and everything else unchanged.
    expect([...root.attrs]).toEqual([...plainRoot.attrs]);
  });

  test('a label\'s outline sits where the layout put the text, as wide as measured', () => {
    for (const id of ['bch-01', 'pbt-tt-1996', 'gd-cty-xd']) {
      const n = scene.nodes.find((q) => q.person_id === id)!;
      const g = allElements(root).find((e) => e.attrs.get('data-member-id') === id || e.attrs.get('data-departed-id') === id)!;
      const paths = g.children.find((c) => (c.attrs.get('class') ?? '').includes('cmv-outlined'))!.children;
      // A member the step touched (the promoted Secretary) has its tag, bold, on the line under the label.
      const lines = n.change ? [...n.label, n.change.tag] : n.label;
      if (id === 'pbt-tt-1996') expect(lines).toEqual(['Bí thư Quận ủy', '→ Bí thư']);
      expect(paths).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        const b = bbox(paths[i]!.attrs.get('d')!);
        const base = labelBaselines(lines.length)[i]!;
        const w = textWidth(line, LABEL_FONT, i < n.label.length ? undefined : 'bold');
        // Coordinates are inside the node's group (translated to the node): x from LABEL_DX.
        expect(b.x0, line).toBeGreaterThanOrEqual(LABEL_DX - 0.1);
        expect(b.x0, line).toBeLessThan(LABEL_DX + 1.5);
        // (The tag's arrow comes from the symbols font, whose ink may pass its measured advance by a little.)
        expect(b.x1, line).toBeLessThanOrEqual(LABEL_DX + w + (i < n.label.length ? 0.1 : 0.6));
        expect(b.x1, line).toBeGreaterThan(LABEL_DX + w - 2);
        // Glyphs stand on the baseline; Vietnamese marks reach above the cap height.
        expect(b.y1, line).toBeLessThanOrEqual(base + LABEL_FONT * 0.3);
        expect(b.y0, line).toBeLessThan(base - LABEL_FONT * 0.7);
      });
    }
  });

  test('the caption: the step label (bold) and the text that follows on the same line continue the pen', () => {
    const caption = allElements(root).find((e) => e.attrs.get('class') === 'cmv-text cmv-outlined' && e.parent?.attrs.get('class') === 'cmv-caption')!;
    const [step, first] = caption.children;
    expect(step!.attrs.get('class')).toBe('cmv-caption-step');
    expect(first!.attrs.get('class')).toBe('cmv-caption-text');
    expect(bbox(first!.attrs.get('d')!).x0).toBeGreaterThan(bbox(step!.attrs.get('d')!).x1);
  });

  test('same result from the tree and from the serialised file; deterministic; embedded fonts dropped', async () => {
    const plain = svgForView(timeline, plan, LAST, 'vi');
    expect(outlineSvgText(plain, fonts)).toBe(outlined);
    expect(outlineSvgText(await embedFont(plain), fonts)).toBe(outlined);
    expect(treeToSvg(outlineSvg(viewTree(timeline, plan, LAST, 'vi').tree, fonts))).toBe(outlined);
    expect(outlined).not.toContain('@font-face');
  });

  test('a resvg render without any font draws the outlined labels', () => {
    // Without the dimming of the members the step did not touch (bch-01 is one), which only lightens their ink.
    const img = new Resvg(outlined.replace(/\.cmv-dim\{[^}]*\}/, ''), { font: { loadSystemFonts: false, fontFiles: [] } }).render();
    const px = img.pixels; // (a copy on every read: read once)
    const n = scene.nodes.find((q) => q.person_id === 'bch-01')!;
    const base = n.y + labelBaselines(1)[0]!;
    let dark = 0;
    for (let y = Math.round(base - 7); y < base; y++) {
      for (let x = Math.round(n.x + LABEL_DX); x < n.x + LABEL_DX + textWidth(n.label[0]!, LABEL_FONT); x++) {
        const i = (y * img.width + x) * 4;
        if (px[i]! < 140) dark++;
      }
    }
    expect(dark).toBeGreaterThan(40);
  });
});

describe('outline details', () => {
  test('textPath: advance equals the measured width (kerning aside); the arrow from the symbol font; bold is wider', () => {
    for (const s of ['Ủy viên Thường vụ', 'BCH 28 → 32', 'Đoàn']) {
      const { advance, d } = textPath(s, 0, 0, 10, 400, fonts);
      expect(Math.abs(advance - textWidth(s, 10)), s).toBeLessThan(0.02 * advance + 0.1);
      expect(d.startsWith('M')).toBe(true);
    }
    const arrow = textPath('→', 0, 0, 10, 400, fonts);
    expect(arrow.advance).toBeCloseTo(10.12, 2);
    expect(arrow.d.length).toBeGreaterThan(10);
    expect(textPath('abc', 0, 0, 10, 700, fonts).advance).toBeGreaterThan(textPath('abc', 0, 0, 10, 400, fonts).advance);
    expect(textPath('', 5, 5, 10, 400, fonts)).toEqual({ d: '', advance: 0 });
  });

  test('x/y of tspans, pen continuation, white space, text-anchor, sizes from the stylesheet', () => {
    const css = '.big{font-size:20px}.b{font-weight:700}';
    const el = (tag: string, attrs: Record<string, string>, ...children: (SvgEl | string)[]): SvgEl => ({ tag, attrs, children });
    const out = outlineEls(
      [
        el('g', { class: 'big' }, el('text', { x: '10', y: '50' }, el('tspan', { class: 'b' }, 'AB '), el('tspan', {}, 'C'), el('tspan', { x: '100', y: '80' }, '  D'))),
        el('text', { x: '200', y: '50', 'text-anchor': 'end', class: 'big' }, 'EE'),
        el('text', { x: '200', y: '90', 'text-anchor': 'middle', class: 'big' }, 'EE'),
      ],
      css,
      fonts,
    ) as SvgEl[];
    const [a, end, mid] = [(out[0]!.children[0] as SvgEl), out[1]!, out[2]!];
    expect(a.attrs).toEqual({ class: 'cmv-outlined', 'aria-label': 'AB C D' });
    const [ab, c, d] = a.children as SvgEl[];
    expect(ab!.attrs.class).toBe('b');
    const bAB = bbox(ab!.attrs.d!);
    const adv = textPath('AB ', 10, 50, 20, 700, fonts).advance;
    expect(bAB.x0).toBeGreaterThanOrEqual(10);
    expect(bAB.y1).toBeLessThanOrEqual(50.5);
    expect(bAB.y0).toBeCloseTo(50 - 20 * 0.74, 0);
    // "C" continues after "AB " (bold advance, 20px); "D" starts at its own x/y, its leading spaces collapsed away.
    expect(bbox(c!.attrs.d!).x0).toBeGreaterThan(10 + adv - 0.5);
    expect(bbox(c!.attrs.d!).x0).toBeLessThan(10 + adv + 3);
    // (One space stays before "D", as SVG collapses white space across the whole <text>: it is drawn at x.)
    const space = textPath(' ', 0, 0, 20, 400, fonts).advance;
    expect(space).toBeCloseTo(4.6, 6);
    expect(bbox(d!.attrs.d!).x0).toBeGreaterThanOrEqual(100 + space);
    expect(bbox(d!.attrs.d!).x0).toBeLessThan(100 + space + 3);
    expect(bbox(d!.attrs.d!).y1).toBeLessThanOrEqual(80.5);
    // text-anchor end: the text ends at x; middle: centred on x.
    const w = textPath('EE', 0, 0, 20, 400, fonts).advance;
    expect(bbox((end.children[0] as SvgEl).attrs.d!).x1).toBeLessThanOrEqual(200);
    expect(bbox((end.children[0] as SvgEl).attrs.d!).x0).toBeGreaterThanOrEqual(200 - w);
    const m = bbox((mid.children[0] as SvgEl).attrs.d!);
    expect((m.x0 + m.x1) / 2).toBeCloseTo(200, 0);
    expect(end.attrs['text-anchor']).toBeUndefined();
  });

  test('parseSvgDocument reads back what our serialiser writes', () => {
    const plain = svgForView(timeline, plan, 0, 'en');
    const { root, children } = parseSvgDocument(plain);
    const { tree } = viewTree(timeline, plan, 0, 'en');
    expect(root).toEqual(tree.root);
    expect(children.slice(0, 3)).toEqual(tree.head);
    expect(() => parseSvgDocument('<svg><g></svg>')).toThrow(/closes/);
    expect(() => parseSvgDocument('<g/>')).toThrow(/no <svg>/);
  });

  test('the poster outlines too (its own classes and sizes)', () => {
    const poster = posterSvg(timeline, plan, 'vi');
    const out = outlineSvgText(poster, fonts);
    const r = parseXml(out);
    checkExportSafe(r, out);
    expect(allElements(r).filter((e) => e.name === 'text')).toHaveLength(0);
    const title = allElements(r).find((e) => (e.attrs.get('class') ?? '').includes('cmv-poster-title'))!;
    expect(title.attrs.get('aria-label')).toBe('Ban Chấp hành Đảng bộ Quận 6 khóa VII (nhiệm kỳ 1996–2000)');
    // 26px title: its outline is about 26 * 0.74 tall for the capitals, more with the marks.
    const b = bbox(title.children[0]!.attrs.get('d')!);
    expect(b.y1 - b.y0).toBeGreaterThan(19);
  });

  test('hostile labels: outlined, their text only in aria-label (escaped), safe', () => {
    const SCRIPT = '</text><script>alert(1)</script>';
    const CSS = '@import url(https://evil.example/x.css)';
    const orgs = [org('a', null, 3, SCRIPT)];
    const posts: Post[] = [{ id: 'p1', organization_id: 'a', label: { vi: CSS }, short_label: { vi: CSS } }];
    const persons: Person[] = [{ id: 'h1', name: { vi: `" onload="x` }, anonymous: true }];
    const t = handTimeline(orgs, [{ seated: { h1: { orgs: ['a'], posts: ['p1'] } } }]);
    const p = planSeats({ organizations: orgs, posts, snapshots: t.snapshots, steps: t.steps });
    const scene = layoutScene({ organizations: orgs, posts, persons, snapshot: t.snapshots[0]!, plan: p, lang: 'vi', words: layoutWords('vi') });
    const plain = sceneToSvg(scene, { datasetTitle: SCRIPT, stepLabel: CSS, stepIndex: 0, lang: 'vi', sourceText: SCRIPT, caption: CSS });
    const out = outlineSvgText(plain, fonts);
    const r = parseXml(out);
    checkExportSafe(r, out);
    const labels = allElements(r).map((e) => e.attrs.get('aria-label')).filter(Boolean);
    expect(labels).toContain(SCRIPT);
    expect(out).not.toContain('<script');
  });
});
