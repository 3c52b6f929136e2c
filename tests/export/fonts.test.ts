import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { BOLD_ADVANCES, REGULAR_ADVANCES, SYMBOL_ADVANCES } from '../../src/lib/layout/font-metrics.ts';
import { hasMetrics, textWidth } from '../../src/lib/layout/text.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { sceneToSvg } from '../../src/lib/export/svg.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { CHART_CSS, FONT_STACK } from '../../src/lib/draw/chart-css.ts';
import { SYMBOLS_WOFF2_BASE64, SYMBOL_CHARS } from '../../src/lib/export/font-data.ts';
import {
  SYMBOL_RANGES,
  classFonts,
  fontFaceCss,
  fromBase64,
  isCovered,
  toBase64,
  uncoveredChars,
  usedChars,
  withStyle,
} from '../../src/lib/export/fonts.ts';
import { FONT_FILES, embedFont as embedNode, symbolFontBytes } from '../../src/lib/export/fonts-node.ts';
import { FONTSOURCE_RANGES, embedFont as embedBrowserWith, inUnicodeRange, type FontFileReader } from '../../src/lib/export/fonts-browser.ts';
import type { Person, Post } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { handTimeline, org } from '../fixtures/hand-timeline.ts';
import { allElements, parseXml, textOf, type XmlElement } from './xml-scan.ts';
import { FONT_FACE_RULE, checkExportSafe, withoutFontFaces } from './fonts-safety.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';

const require = createRequire(import.meta.url);

/** The browser's font files read from node_modules (Node has no server to fetch `FONT_URLS` from). */
const readFontFile: FontFileReader = (_url, subset, weight) =>
  Promise.resolve(new Uint8Array(readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`))));
const embedBrowser = (svg: string, glyphs?: Parameters<typeof embedBrowserWith>[1]) => embedBrowserWith(svg, glyphs, readFontFile);
const { dataset, timeline, plan } = loadBuiltIn();
const LAST = timeline.steps.length - 1;

const regular = fontkit.openSync(FONT_FILES.regular) as fontkit.Font;
const bold = fontkit.openSync(FONT_FILES.bold) as fontkit.Font;

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of runs) for (let i = 1; i < r.length; i++) m.set(r[0]! + i - 1, r[i]!);
  return m;
}

/** Every short text of the built-in dataset (labels, names, titles), both languages. */
function datasetTexts(): string[] {
  const out = new Set<string>();
  JSON.stringify(dataset, (k, v: unknown) => {
    if ((k === 'vi' || k === 'en') && typeof v === 'string' && v.length > 0 && v.length < 90) out.add(v);
    return v;
  });
  return [...out];
}

/** The faces of an embedded SVG: family, weight, unicode-range, and the font (fontkit). */
function faces(svg: string): { family: string; weight: string | null; range: string | null; font: fontkit.Font; bytes: number }[] {
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)![1]!;
  return [...style.matchAll(FONT_FACE_RULE)].map((m) => {
    const rule = m[0];
    const b64 = /base64,([A-Za-z0-9+/=]+)\)/.exec(rule)![1]!;
    const bytes = fromBase64(b64);
    return {
      family: /font-family:'([^']+)'/.exec(rule)![1]!,
      weight: /font-weight:(\d+)/.exec(rule)?.[1] ?? null,
      range: /unicode-range:([^;]+)/.exec(rule)?.[1] ?? null,
      font: fontkit.create(Buffer.from(bytes)) as fontkit.Font,
      bytes: bytes.length,
    };
  });
}

const texts = (root: XmlElement) => allElements(root).filter((e) => e.name === 'text').map(textOf);

describe('font metrics table (font-metrics.ts) matches the fonts', () => {
  test.each([
    ['Regular', REGULAR_ADVANCES, regular],
    ['Bold', BOLD_ADVANCES, bold],
  ] as const)('Be Vietnam Pro %s: every character of the font, with fontkit\'s advance, and nothing else', (_, runs, font) => {
    expect(font.unitsPerEm).toBe(1000);
    const t = table(runs);
    const expected = new Map<number, number>();
    for (const cp of font.characterSet) {
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xffff) continue;
      expected.set(cp, font.glyphForCodePoint(cp).advanceWidth);
    }
    expect(t.size).toBe(expected.size);
    for (const [cp, adv] of expected) expect(t.get(cp), `U+${cp.toString(16)}`).toBe(adv);
    // Latin, Vietnamese and the punctuation the chart uses are all there.
    for (const ch of 'AZaz09 ĐđƠơƯưẠạỹỸẾếỰự·–—…‘’“”()/,.:;') expect(t.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  test('the symbol font (font-data.ts) holds the arrows, with the advances of the table', () => {
    const sym = fontkit.create(Buffer.from(fromBase64(SYMBOLS_WOFF2_BASE64))) as fontkit.Font;
    const t = table(SYMBOL_ADVANCES);
    expect([...SYMBOL_CHARS]).toContain('→');
    for (const ch of SYMBOL_CHARS) {
      const cp = ch.codePointAt(0)!;
      expect(SYMBOL_RANGES.some(([a, b]) => cp >= a && cp <= b)).toBe(true);
      expect(sym.hasGlyphForCodePoint(cp)).toBe(true);
      expect(t.get(cp)).toBe(Math.round((sym.glyphForCodePoint(cp).advanceWidth * 1000) / sym.unitsPerEm));
      // Be Vietnam Pro lacks them: that is why the symbol font exists.
      expect(regular.hasGlyphForCodePoint(cp)).toBe(false);
    }
    expect(t.size).toBe([...SYMBOL_CHARS].length);
    // The symbol font is the subset of Noto Sans Math the generator read (same outlines' advances).
    const math = fontkit.create(readFileSync(require.resolve('@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2'))) as fontkit.Font;
    expect(sym.glyphForCodePoint(0x2192).advanceWidth).toBe(math.glyphForCodePoint(0x2192).advanceWidth);
    expect(sym.familyName).toBe('Noto Sans Math');
  });

  test('textWidth of every text of the dataset is the sum of fontkit\'s advances, within 2 % of the kerned width', () => {
    let n = 0;
    for (const s of datasetTexts()) {
      for (const [font, weight] of [
        [regular, 'normal'],
        [bold, 'bold'],
      ] as const) {
        const nfc = s.normalize('NFC');
        let sum = 0;
        for (const ch of nfc) sum += font.hasGlyphForCodePoint(ch.codePointAt(0)!) ? font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth : NaN;
        if (Number.isNaN(sum)) continue; // a character only the symbol font has
        expect(textWidth(s, 10, weight)).toBeCloseTo(sum / 100, 6);
        const shaped = font.layout(nfc).advanceWidth / 100;
        expect(Math.abs(textWidth(s, 10, weight) - shaped), s).toBeLessThan(0.02 * shaped + 0.1);
        n++;
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  test('the browser\'s ready-made subsets (@fontsource) are the same font: same advances as the TTFs', () => {
    for (const name of Object.keys(FONTSOURCE_RANGES)) {
      for (const [w, ttf] of [
        [400, regular],
        [700, bold],
      ] as const) {
        const f = fontkit.create(readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${name}-${w}-normal.woff2`))) as fontkit.Font;
        let checked = 0;
        for (const cp of f.characterSet) {
          if (!ttf.hasGlyphForCodePoint(cp) || cp < 0x20) continue;
          expect(f.glyphForCodePoint(cp).advanceWidth, `${name} ${w} U+${cp.toString(16)}`).toBe(ttf.glyphForCodePoint(cp).advanceWidth);
          checked++;
        }
        expect(checked, `${name} ${w}`).toBeGreaterThan(40);
      }
    }
    // Their unicode ranges are the ones the module writes.
    const css = readFileSync(require.resolve('@fontsource/be-vietnam-pro/400.css'), 'utf8');
    for (const [name, range] of Object.entries(FONTSOURCE_RANGES)) {
      expect(css.replace(/\s+/g, ''), name).toContain(`unicode-range:${range.replace(/\s+/g, '')}`);
    }
  });

  test('coverage: hasMetrics and isCovered agree with the fonts', () => {
    expect(hasMetrics('ự')).toBe(true);
    expect(hasMetrics('→')).toBe(true);
    expect(hasMetrics('中')).toBe(false);
    expect(isCovered('Ữ', 700)).toBe(true);
    expect(isCovered('→', 700)).toBe(true);
    expect(uncoveredChars({ 400: 'aĐ→中', 700: 'Ж' })).toEqual(['中', 'Ж']);
  });
});

describe('reading the characters and fonts of an SVG', () => {
  test('classFonts: sizes and weights of the chart stylesheet', () => {
    const rules = new Map(classFonts(CHART_CSS).map((r) => [r.cls, r.font]));
    expect(rules.get('cmv-caption-title')).toEqual({ size: 16, weight: 700 });
    expect(rules.get('cmv-caption-step')).toEqual({ size: 13, weight: 700 });
    expect(rules.get('cmv-label')).toEqual({ size: 10 });
    expect(rules.get('cmv-tray-title')).toEqual({ size: 11, weight: 700 });
    expect(rules.has('cmv-bg')).toBe(false);
    expect(classFonts('.a{font-weight:bold}.b{font-weight:400;font-size:9.5px}')).toEqual([
      { cls: 'a', font: { weight: 700 } },
      { cls: 'b', font: { size: 9.5, weight: 400 } },
    ]);
  });

  test('usedChars: the characters of <text>, by weight; not those of <title>, <desc>, <style>', () => {
    const svg = svgForView(timeline, plan, LAST, 'vi');
    const g = usedChars(svg);
    // Bold: the title and the step label; regular: the caption text, labels, legend.
    for (const ch of 'Ban Chấp hành Đảng bộ Quận 6') expect(g[700]).toContain(ch);
    for (const ch of 'bầu bổ sung') expect(g[700]).toContain(ch);
    for (const ch of 'Ủy viên→') expect(g[400]).toContain(ch);
    expect(new Set(g[400]).size).toBe([...g[400]].length);
    // "{" occurs only in the stylesheet.
    expect(g[400] + g[700]).not.toContain('{');
    const tiny = `<svg xmlns="http://www.w3.org/2000/svg"><title>QQQ</title><style>.x{font-weight:700}</style><text class="x">a&amp;<tspan class="y">b</tspan></text><text>c&#x1EF9;&lt;</text></svg>`;
    expect(usedChars(tiny)).toEqual({ 400: 'cỹ<', 700: 'a&b' });
  });

  test('base64 round trip and errors of the CSS writers', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const b64 = toBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(b64)]).toEqual([...bytes]);
    }
    expect(() => fontFaceCss([{ family: 'X', woff2: 'data:font/ttf;base64,AAAA' }])).toThrow(/WOFF2/);
    expect(() => fontFaceCss([{ family: 'X', woff2: 'data:font/woff2;base64,AA)AA' }])).toThrow(/WOFF2/);
    expect(() => fontFaceCss([{ family: 'X', unicodeRange: 'U+0041;}', woff2: new Uint8Array(3) }])).toThrow(/unicode-range/);
    expect(fontFaceCss([{ family: "Bad'}Name", weight: 700, woff2: new Uint8Array([1, 2, 3]) }])).toBe(
      "@font-face{font-family:'BadName';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,AQID) format('woff2')}",
    );
    expect(() => withStyle('<svg><style>x</style></svg>', 'a<b')).toThrow();
    expect(withStyle('<svg a="1">\n</svg>', '.x{}')).toBe('<svg a="1">\n  <style>.x{}</style>\n</svg>');
    expect(withStyle('<svg><style>.a{}</style></svg>', '.x{}')).toBe('<svg><style>.x{}\n.a{}</style></svg>');
  });
});

describe('embedFont (Node: subset with harfbuzz)', () => {
  test.each(['vi', 'en'] as const)('step %s: well-formed, safe, the text unchanged, @font-face with subset WOFF2 of exactly the characters used', async (lang) => {
    const plain = svgForView(timeline, plan, LAST, lang);
    const svg = await embedNode(plain);
    // Nothing but the font rules was added.
    expect(withoutFontFaces(svg)).toBe(plain);
    const root = parseXml(svg);
    checkExportSafe(root, svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.get('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(root.attrs.get('lang')).toBe(lang);
    expect(root.attrs.get('font-family')).toBe(FONT_STACK);
    expect(FONT_STACK.startsWith("'Be Vietnam Pro', 'CMV Symbols', ")).toBe(true);
    expect(FONT_STACK.endsWith(', sans-serif')).toBe(true);
    // Text stays text, Vietnamese included.
    expect(texts(root)).toEqual(texts(parseXml(plain)));
    if (lang === 'vi') {
      expect(texts(root)[0]).toBe('Ban Chấp hành Đảng bộ Quận 6 khóa VII (nhiệm kỳ 1996–2000)');
      expect(texts(root)).toContain('Ủy viên BCH 1');
    }
    // One face per weight and the arrows.
    const fs = faces(svg);
    expect(fs.map((f) => `${f.family}/${f.weight}/${f.range}`)).toEqual(['Be Vietnam Pro/400/null', 'Be Vietnam Pro/700/null', 'CMV Symbols/null/U+2190-2199,U+21D0-21D5']);
    const used = usedChars(plain);
    for (const [i, w] of [
      [0, 400],
      [1, 700],
    ] as const) {
      const f = fs[i]!.font;
      expect(f.familyName).toBe('Be Vietnam Pro');
      for (const ch of used[w]) if (ch !== '→') expect(f.hasGlyphForCodePoint(ch.codePointAt(0)!), `${w} ${ch}`).toBe(true);
      // A subset: the characters used, hardly more (plus what harfbuzz keeps for shaping), and small.
      expect(f.characterSet.length).toBeLessThanOrEqual(new Set(used[w]).size + 12);
      expect(fs[i]!.bytes).toBeLessThan(25_000);
    }
    expect(fs[0]!.font.hasGlyphForCodePoint('ỹ'.codePointAt(0)!)).toBe(false);
    expect(fs[2]!.font.characterSet.filter((cp) => cp !== 0xffff)).toEqual([0x2192]);
    // Deterministic.
    expect(await embedNode(plain)).toBe(svg);
  });

  test('glyphs given by the caller; nothing to embed gives the file unchanged', async () => {
    const plain = svgForView(timeline, plan, 0, 'en');
    const one = await embedNode(plain, 'Ab');
    const fs = faces(one);
    expect(fs.map((f) => f.weight)).toEqual(['400', '700']);
    expect(fs[0]!.font.hasGlyphForCodePoint(0x41)).toBe(true);
    expect(fs[0]!.font.hasGlyphForCodePoint(0x43)).toBe(false);
    expect(await embedNode(plain, { 700: '' })).toBe(plain);
  });
});

describe('embedFont (browser: the ready-made @fontsource subsets)', () => {
  test('Vietnamese: latin and vietnamese subsets per weight, and the arrows; the data is the font', async () => {
    const plain = svgForView(timeline, plan, LAST, 'vi');
    const svg = await embedBrowser(plain);
    expect(withoutFontFaces(svg)).toBe(plain);
    checkExportSafe(parseXml(svg), svg);
    const fs = faces(svg);
    expect(fs.map((f) => `${f.family}/${f.weight}/${f.range === FONTSOURCE_RANGES.latin ? 'latin' : f.range === FONTSOURCE_RANGES.vietnamese ? 'vietnamese' : f.range}`)).toEqual([
      'Be Vietnam Pro/400/latin',
      'Be Vietnam Pro/400/vietnamese',
      'Be Vietnam Pro/700/latin',
      'Be Vietnam Pro/700/vietnamese',
      'CMV Symbols/null/U+2190-2199,U+21D0-21D5',
    ]);
    // Every character used is in a face of its weight that has a glyph for it.
    const used = usedChars(plain);
    for (const w of [400, 700] as const) {
      for (const ch of used[w]) {
        const cp = ch.codePointAt(0)!;
        const f = fs.find((x) => (x.weight === String(w) || x.weight === null) && x.range !== null && inUnicodeRange(cp, x.range) && x.font.hasGlyphForCodePoint(cp));
        expect(f, `${w} ${ch}`).toBeDefined();
      }
    }
    expect(svg.length - plain.length).toBeLessThan(140_000);
  });

  test('English text of the built-in dataset still needs the vietnamese subset (its Vietnamese names); plain Latin does not', async () => {
    const en = faces(await embedBrowser(svgForView(timeline, plan, LAST, 'en')));
    expect(en.some((f) => f.range === FONTSOURCE_RANGES.vietnamese)).toBe(true);
    const latin = faces(await embedBrowser(svgForView(timeline, plan, LAST, 'en'), 'Hello'));
    expect(latin.map((f) => `${f.weight} ${f.range === FONTSOURCE_RANGES.latin}`)).toEqual(['400 true', '700 true']);
    const ext = faces(await embedBrowser('<svg><style></style></svg>', { 400: 'Łódź' }));
    expect(ext.map((f) => f.range === FONTSOURCE_RANGES['latin-ext'] || f.range === FONTSOURCE_RANGES.latin)).toEqual([true, true]);
  });
});

describe('hostile labels: embedded and safe', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '</text><script>alert(1)</script>';
  const CSS = "</style><style>@import url(https://evil.example/x.css);</style>@font-face{src:url(https://evil.example/f.woff2)}";
  const QUOTE = `x" onload="alert(1)' y`;

  test('node and browser embedding keep every hostile text escaped, and add only font rules', async () => {
    const orgs = [org('a', null, 4, IMG), org(`b${QUOTE}`, 'a', 2, CSS)];
    const posts: Post[] = [{ id: 'p1', organization_id: 'a', label: { vi: CSS }, short_label: { vi: CSS } }];
    const persons: Person[] = [
      { id: 'h1', name: { vi: IMG }, anonymous: true },
      { id: `h2${QUOTE}`, name: { vi: 'Đoàn → ủy ban 中文' }, anonymous: true },
      { id: 'h3', name: { vi: SCRIPT }, anonymous: true },
    ];
    const t = handTimeline(orgs, [
      { seated: { h1: { orgs: ['a'] }, [`h2${QUOTE}`]: { orgs: ['a', `b${QUOTE}`] }, h3: { orgs: ['a'], posts: ['p1'] } } },
      { seated: { h1: { orgs: ['a'] } }, departed: { h3: { cause: 'transfer', posts: ['p1'] }, [`h2${QUOTE}`]: { cause: 'expelled' } } },
    ]);
    const p = planSeats({ organizations: orgs, posts, snapshots: t.snapshots, steps: t.steps });
    for (const snap of t.snapshots) {
      const scene = layoutScene({ organizations: orgs, posts, persons, snapshot: snap, plan: p, lang: 'vi', words: layoutWords('vi') });
      const plain = sceneToSvg(scene, { datasetTitle: CSS, stepLabel: SCRIPT, stepIndex: snap.step, lang: 'vi', sourceText: CSS, caption: `${IMG} ${CSS}` });
      for (const svg of [await embedNode(plain), await embedBrowser(plain)]) {
        expect(withoutFontFaces(svg)).toBe(plain);
        const root = parseXml(svg);
        checkExportSafe(root, svg);
        expect(allElements(root).filter((e) => e.name === 'style')).toHaveLength(1);
        expect(texts(root)[0]).toBe(CSS);
        expect(faces(svg).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

test('the symbol font bytes in Node are the committed data', () => {
  expect(toBase64(symbolFontBytes())).toBe(SYMBOLS_WOFF2_BASE64);
});

describe('isCovered: characters that are never drawn', () => {
  test("counts bidirectional controls as covered (they order text, no glyph is drawn)", async () => {
    const { isCovered } = await import('../../src/lib/export/fonts.ts');
    for (const ch of ['\u202E', '\u202C', '\u2068', '\u2069', '\u200F', '\u061C']) expect(isCovered(ch)).toBe(true);
    expect(isCovered('中')).toBe(false);
  });
});
