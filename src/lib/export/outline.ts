/**
 * The "outlined text" variant of an export, for editors that do not load embedded fonts (Inkscape,
 * Illustrator, Word): every `<text>` becomes a `<g>` of `<path>`s drawn from the glyph outlines of
 * the same font the layout measured with, at the same places. The `<title>` and `<desc>` keep their
 * text (and each outlined `<g>` carries the text as `aria-label`), so the file still says what it
 * shows; only the drawing is no longer text.
 *
 * Placement follows SVG text rules for what our files use: a `<text>` starts at its `x`/`y`; a
 * `<tspan>` with `x`/`y` starts there, one without continues where the previous text ended; white
 * space collapses to single spaces; `text-anchor` start, middle or end (attribute only). Font size
 * and weight come from the classes, read from the file's own `<style>` (`classFonts`), so the chart,
 * the poster and any class added later are handled alike. Fill and the rest stay with the classes:
 * the `<g>` keeps the `<text>`'s classes and each `<path>` its `<tspan>`'s.
 *
 * The fonts are passed in (`OutlineFonts`): in Node, `loadOutlineFonts()` of `fonts-node.ts`
 * (fontkit, the Be Vietnam Pro TTFs); a browser can build the same from the font bytes with
 * `fontkitOutlineFont(fontkit.create(bytes))`. Characters Be Vietnam Pro lacks come from the
 * symbol font; characters neither has are drawn as the main font's missing-glyph shape.
 *
 * Pure apart from the font objects; deterministic.
 */
import type { Font as FontkitFont } from 'fontkit';
import { DEFAULT_TEXT_FONT, classFonts, decodeXml, fontOf, type TextFont, type Weight } from './fonts.ts';
import type { ChartTree, SvgEl } from '../draw/svg-el.ts';
import { svgDocument } from './svg.ts';

/** One path command of a glyph outline, in font units with y up (fontkit's `Path.commands`). */
export interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/** A positioned glyph: its outline and where the pen goes next (font units). */
export interface PlacedGlyph {
  commands: readonly PathCommand[];
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What outlining needs of a font. */
export interface OutlineFont {
  unitsPerEm: number;
  /** Whether the font has a glyph for the code point. */
  has(codePoint: number): boolean;
  /** Shapes a run of text (kerning, marks, composition) into positioned glyphs. */
  layout(text: string): PlacedGlyph[];
}

/** The fonts of an outlined export. */
export interface OutlineFonts {
  regular: OutlineFont;
  bold: OutlineFont;
  /** For characters the main font lacks (arrows). */
  symbols?: OutlineFont;
}

/** An `OutlineFont` from a fontkit font (Node or browser). */
export function fontkitOutlineFont(font: FontkitFont): OutlineFont {
  return {
    unitsPerEm: font.unitsPerEm,
    has: (cp) => font.hasGlyphForCodePoint(cp),
    layout(text) {
      const run = font.layout(text);
      return run.glyphs.map((g, i) => {
        const p = run.positions[i]!;
        return {
          commands: g.path.commands as PathCommand[],
          xAdvance: p.xAdvance,
          xOffset: p.xOffset,
          yOffset: p.yOffset,
        };
      });
    },
  };
}

/** Hundredths, as an integer. */
const h = (v: number) => Math.round(v * 100);

/** A number of hundredths written compactly: "1.5", ".25", "-.5", "3". */
function fmt(hundredths: number): string {
  if (hundredths === 0) return '0';
  const neg = hundredths < 0;
  const a = Math.abs(hundredths);
  let t = String(Math.floor(a / 100));
  const frac = a % 100;
  if (frac) t += `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  if (t.startsWith('0.')) t = t.slice(1);
  return (neg ? '-' : '') + t;
}

/** Numbers separated as path data allows: a space only where the next one does not start with "-" or ".". */
function nums(values: readonly number[]): string {
  let out = '';
  let prev = '';
  for (const v of values) {
    const t = fmt(v);
    if (out === '') out = t;
    else if (t.startsWith('-') || (t.startsWith('.') && prev.includes('.'))) out += t;
    else out += ` ${t}`;
    prev = t;
  }
  return out;
}

const COMBINING = /\p{M}/u;

/** Splits text into runs of the same font (a combining mark stays with its base). */
function fontRuns(text: string, main: OutlineFont, symbols: OutlineFont | undefined): { font: OutlineFont; text: string }[] {
  const runs: { font: OutlineFont; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = runs[runs.length - 1];
    let font = main;
    if (last && COMBINING.test(ch)) font = last.font;
    else if (!main.has(cp) && symbols?.has(cp)) font = symbols;
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/**
 * Path data of `text` set with its baseline start at (x, y), in `size` px; returns the advance too.
 */
export function textPath(text: string, x: number, y: number, size: number, weight: Weight, fonts: OutlineFonts): { d: string; advance: number } {
  const main = weight === 700 ? fonts.bold : fonts.regular;
  let pen = x;
  const parts: string[] = [];
  for (const run of fontRuns(text, main, fonts.symbols)) {
    const s = size / run.font.unitsPerEm;
    for (const g of run.font.layout(run.text)) {
      const ox = pen + g.xOffset * s;
      const oy = y - g.yOffset * s;
      // Absolute coordinates rounded to hundredths; relative commands give the exact differences.
      const X = (v: number) => h(ox + v * s);
      const Y = (v: number) => h(oy - v * s);
      let cx = 0;
      let cy = 0;
      let sx = 0;
      let sy = 0;
      const rel = (pts: number[]): number[] => pts.map((p, i) => p - (i % 2 === 0 ? cx : cy));
      for (const c of g.commands) {
        const a = c.args;
        const pts: number[] = [];
        for (let i = 0; i + 1 < a.length; i += 2) pts.push(X(a[i]!), Y(a[i + 1]!));
        switch (c.command) {
          case 'moveTo':
            // Absolute, so that a shift (text-anchor) moves each contour by changing its "M" only.
            parts.push(`M${nums(pts)}`);
            break;
          case 'lineTo':
            parts.push(`l${nums(rel(pts))}`);
            break;
          case 'quadraticCurveTo':
            parts.push(`q${nums(rel(pts))}`);
            break;
          case 'bezierCurveTo':
            parts.push(`c${nums(rel(pts))}`);
            break;
          case 'closePath':
            parts.push('z');
            cx = sx;
            cy = sy;
            continue;
        }
        if (c.command === 'moveTo') {
          sx = pts[0]!;
          sy = pts[1]!;
        }
        cx = pts[pts.length - 2]!;
        cy = pts[pts.length - 1]!;
      }
      pen += g.xAdvance * s;
    }
  }
  return { d: parts.join(''), advance: pen - x };
}

type Rules = ReturnType<typeof classFonts>;

/** The text of an element and its descendants. */
function textContent(el: SvgEl | string): string {
  return typeof el === 'string' ? el : el.children.map(textContent).join('');
}

/** One `<text>` → a `<g>` of paths (one per text piece with its own classes). */
function outlineText(el: SvgEl, rules: Rules, inherited: Required<TextFont>, fonts: OutlineFonts): SvgEl {
  const font = fontOf(rules, el.attrs.class, inherited);
  const pen = { x: Number(el.attrs.x ?? 0), y: Number(el.attrs.y ?? 0) };
  // The pieces in order, each with its font, class and start, white space collapsed as SVG does.
  const pieces: { text: string; font: Required<TextFont>; cls?: string; x?: number; y?: number }[] = [];
  const pos = (node: SvgEl) => ({
    ...(node.attrs.x !== undefined ? { x: Number(node.attrs.x) } : {}),
    ...(node.attrs.y !== undefined ? { y: Number(node.attrs.y) } : {}),
  });
  const walk = (node: SvgEl, f: Required<TextFont>, cls: string | undefined) => {
    for (const c of node.children) {
      if (typeof c === 'string') pieces.push({ text: c, font: f, cls });
      else if (c.tag === 'tspan') {
        const sub = fontOf(rules, c.attrs.class, f);
        const start = pieces.length;
        walk(c, sub, c.attrs.class ?? cls);
        if (pieces.length === start) pieces.push({ text: '', font: sub, cls: c.attrs.class ?? cls });
        Object.assign(pieces[start]!, pos(c));
      }
    }
  };
  walk(el, font, undefined);
  let prevSpace = true;
  for (const p of pieces) {
    let t = p.text.replace(/[\n\t\r]/g, ' ').replace(/ {2,}/g, ' ');
    if (prevSpace) t = t.replace(/^ /, '');
    if (t !== '') prevSpace = t.endsWith(' ');
    p.text = t;
  }
  // Where each piece starts: a chunk begins at an absolute x; later pieces follow the pen.
  const placed: { piece: (typeof pieces)[number]; x: number; y: number; chunk: number; advance: number }[] = [];
  let chunk = 0;
  for (const p of pieces) {
    if (p.x !== undefined) {
      pen.x = p.x;
      chunk++;
    }
    if (p.y !== undefined) pen.y = p.y;
    const advance = p.text === '' ? 0 : textPath(p.text, pen.x, pen.y, p.font.size, p.font.weight, fonts).advance;
    placed.push({ piece: p, x: pen.x, y: pen.y, chunk, advance });
    pen.x += advance;
  }
  // text-anchor (attribute): each chunk is moved left by its whole width (middle: by half).
  const anchor = el.attrs['text-anchor'];
  const children: SvgEl[] = [];
  for (const q of placed) {
    if (q.piece.text.trim() === '') continue;
    let dx = 0;
    if (anchor === 'middle' || anchor === 'end') {
      const width = placed.filter((o) => o.chunk === q.chunk).reduce((w, o) => w + o.advance, 0);
      dx = anchor === 'middle' ? -width / 2 : -width;
    }
    const { d } = textPath(q.piece.text, q.x + dx, q.y, q.piece.font.size, q.piece.font.weight, fonts);
    children.push({ tag: 'path', attrs: q.piece.cls ? { class: q.piece.cls, d } : { d }, children: [] });
  }
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attrs)) if (!['x', 'y', 'dx', 'dy', 'text-anchor'].includes(k)) attrs[k] = v;
  attrs.class = `${attrs.class ?? ''} cmv-outlined`.trim();
  const label = textContent(el).replace(/\s+/g, ' ').trim();
  if (label !== '') attrs['aria-label'] = label;
  return { tag: 'g', attrs, children };
}

/**
 * Outlines every `<text>` in `els` (recursively). `css` is the stylesheet the classes refer to.
 * @returns new elements; the input is not changed
 */
export function outlineEls(els: readonly (SvgEl | string)[], css: string, fonts: OutlineFonts): (SvgEl | string)[] {
  const rules = classFonts(css);
  const visit = (e: SvgEl | string, inherited: Required<TextFont>): SvgEl | string => {
    if (typeof e === 'string') return e;
    if (e.tag === 'text') return outlineText(e, rules, inherited, fonts);
    if (e.tag === 'title' || e.tag === 'desc' || e.tag === 'style') return e;
    const f = fontOf(rules, e.attrs.class, inherited);
    return { ...e, children: e.children.map((c) => visit(c, f)) };
  };
  return els.map((e) => visit(e, DEFAULT_TEXT_FONT));
}

function cssOf(els: readonly (SvgEl | string)[]): string {
  for (const e of els) {
    if (typeof e === 'string') continue;
    if (e.tag === 'style') return e.children.filter((c): c is string => typeof c === 'string').join('');
    const inner = cssOf(e.children);
    if (inner) return inner;
  }
  return '';
}

/**
 * The outlined variant of a chart tree (`chartTree`, `viewTree(…).tree`): same drawing, text as paths.
 * @param tree the chart of a step
 * @param fonts `await loadOutlineFonts()` (Node) or built with `fontkitOutlineFont`
 */
export function outlineSvg(tree: ChartTree, fonts: OutlineFonts): ChartTree {
  const css = cssOf(tree.head);
  const go = (els: readonly SvgEl[]) => outlineEls(els, css, fonts) as SvgEl[];
  return {
    root: { ...tree.root },
    head: [...tree.head],
    under: go(tree.under),
    nodes: tree.nodes.map((n) => ({ key: n.key, el: go([n.el])[0]! })),
    over: go(tree.over),
  };
}

/**
 * Parses a standalone SVG that our serialiser wrote (`treeToSvg`, `posterSvg`: elements,
 * attributes, text; no comments, CDATA or DOCTYPE) into its root attributes and elements.
 * White space between elements is dropped, except inside `<text>`, `<title>`, `<desc>`, `<style>`.
 */
export function parseSvgDocument(svgText: string): { root: Record<string, string>; children: SvgEl[] } {
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*(\/?)>/g;
  const attrRe = /\s+([^\s=>/]+)="([^"]*)"/g;
  const top: SvgEl = { tag: '#doc', attrs: {}, children: [] };
  const stack: SvgEl[] = [top];
  const keepsText = (el: SvgEl) => ['text', 'tspan', 'title', 'desc', 'style'].includes(el.tag);
  let last = 0;
  for (let m = tag.exec(svgText); m; m = tag.exec(svgText)) {
    const cur = stack[stack.length - 1]!;
    const between = svgText.slice(last, m.index);
    if (between !== '' && stack.length > 1 && (keepsText(cur) || between.trim() !== '')) cur.children.push(decodeXml(between));
    last = m.index + m[0].length;
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) {
      if (cur.tag !== name) throw new Error(`parseSvgDocument: </${name}> closes <${cur.tag}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (let a = attrRe.exec(rawAttrs!); a; a = attrRe.exec(rawAttrs!)) attrs[a[1]!] = decodeXml(a[2]!);
    const el: SvgEl = { tag: name!, attrs, children: [] };
    cur.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error('parseSvgDocument: unclosed elements');
  const svg = top.children.find((c): c is SvgEl => typeof c !== 'string' && c.tag === 'svg');
  if (!svg) throw new Error('parseSvgDocument: no <svg> element');
  return { root: svg.attrs, children: svg.children.filter((c): c is SvgEl => typeof c !== 'string') };
}

/**
 * The outlined variant of any standalone SVG our serialiser wrote (a chart, the poster).
 * Any `@font-face` in its style is dropped: an outlined file needs no font.
 */
export function outlineSvgText(svgText: string, fonts: OutlineFonts): string {
  const { root, children } = parseSvgDocument(svgText);
  const css = cssOf(children);
  const els = outlineEls(children, css, fonts).map((e) =>
    typeof e !== 'string' && e.tag === 'style' ? { ...e, children: [stripFontFaces(css)] } : e,
  ) as SvgEl[];
  return svgDocument(root, els);
}

/** The stylesheet without its `@font-face` rules. */
function stripFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}\n?/g, '');
}
