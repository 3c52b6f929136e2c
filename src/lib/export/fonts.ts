/**
 * Fonts in exported SVG files, the part shared by the browser and Node (no DOM, no Node API).
 *
 * The chart is set in Be Vietnam Pro (SIL Open Font License 1.1; Latin and Vietnamese, Regular and
 * Bold), the font whose metrics the layout measures text with (`src/lib/layout/text.ts`). Be Vietnam
 * Pro has no arrows, and captions use "→": those come from a small subset of Noto Sans Math (OFL),
 * embedded as the family `CMV Symbols` (a name no system has, so it is used only where embedded).
 * Anything else the two do not cover falls back to the generic families of `FONT_STACK`.
 *
 * Embedding is a step after the drawing (`chartTree` → `treeToSvg` → `embedFont`): it reads the
 * characters of the file's `<text>`, per weight, and adds one `@font-face` per face at the start of
 * the file's `<style>`, with the font inline as `url(data:font/woff2;base64,…)` (an SVG file that
 * refers to nothing outside itself). Two implementations of `embedFont(svgText, glyphs?)`:
 *
 * - Node (`fonts-node.ts`, the command line and the tests): subsets the fonts to exactly the
 *   characters used (harfbuzz `hb-subset` through `subset-font`): typically 10-20 kB of WOFF2 per
 *   weight.
 * - Browser (`fonts-browser.ts`, load it with `import()` when exporting): `subset-font` needs Node
 *   (`fs`, `Buffer`), so the browser embeds the ready-made unicode-range subsets of
 *   `@fontsource/be-vietnam-pro` (latin, latin-ext, vietnamese), only those that hold a character of
 *   the file, each with its `unicode-range`: about 90 kB of base64 for a Vietnamese chart.
 *
 * Both give the same glyphs and advances (the same font version; tested), so the drawing is the same;
 * only the size of the embedded data differs.
 */
import { BOLD_ADVANCES, REGULAR_ADVANCES, SYMBOL_ADVANCES } from '../layout/font-metrics.ts';

export { FONT_FAMILY, SYMBOL_FAMILY } from '../draw/chart-css.ts';
export { SYMBOL_RANGES } from './font-ranges.ts';

/** Font weights the chart uses. */
export type Weight = 400 | 700;

/** The characters to embed, by weight (what `usedChars` returns, or given by the caller). */
export type Glyphs = Record<Weight, string>;

/** One `@font-face`: a family, an optional weight (none: any weight uses it), the WOFF2 bytes or a ready data URL. */
export interface EmbeddedFace {
  family: string;
  weight?: Weight;
  /** CSS `unicode-range` value, e.g. `U+0102-0103,U+1EA0-1EF9`. */
  unicodeRange?: string;
  woff2: Uint8Array | string;
}

function runSet(runs: readonly (readonly number[])[]): Set<number> {
  const s = new Set<number>();
  for (const r of runs) for (let i = 1; i < r.length; i++) s.add(r[0]! + i - 1);
  return s;
}

let coverage: { main: Set<number>; bold: Set<number>; symbols: Set<number> } | null = null;
function cov() {
  coverage ??= { main: runSet(REGULAR_ADVANCES), bold: runSet(BOLD_ADVANCES), symbols: runSet(SYMBOL_ADVANCES) };
  return coverage;
}

/** Whether the character is drawn from the symbol font (Be Vietnam Pro lacks it, the symbol font has it). */
function isSymbolChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return !cov().main.has(cp) && cov().symbols.has(cp);
}

/**
 * Whether the embedded fonts draw the character (Be Vietnam Pro of that weight, or the symbol font).
 * Line breaks and tabs count as drawn, and so do the bidirectional controls (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069): they are never drawn, only order the text around them.
 */
export function isCovered(ch: string, weight: Weight = 400): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x0a || cp === 0x09 || cp === 0x0d) return true;
  if (cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return true;
  return (weight === 700 ? cov().bold : cov().main).has(cp) || cov().symbols.has(cp);
}

/** The distinct characters of `glyphs` (both weights) that no embedded font draws, in order. */
export function uncoveredChars(glyphs: Glyphs): string[] {
  const out = new Set<string>();
  for (const w of [400, 700] as const) for (const ch of glyphs[w]) if (!isCovered(ch, w)) out.add(ch);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Class → font size and weight, read from the file's own stylesheet.

/** Font size and weight that a set of classes gives (undefined: inherited). */
export interface TextFont {
  size?: number;
  weight?: Weight;
}

/**
 * The font sizes and weights of the simple class rules of a stylesheet (`.cls{font-size:12px;
 * font-weight:700}`), in source order. Rules with other selectors are ignored.
 */
export function classFonts(css: string): { cls: string; font: TextFont }[] {
  const out: { cls: string; font: TextFont }[] = [];
  const rule = /\.([A-Za-z0-9_-]+)\s*\{([^{}]*)\}/g;
  for (let m = rule.exec(css); m; m = rule.exec(css)) {
    const font: TextFont = {};
    const size = /(?:^|;)\s*font-size\s*:\s*([\d.]+)px/.exec(m[2]!);
    if (size) font.size = Number(size[1]);
    const weight = /(?:^|;)\s*font-weight\s*:\s*(\w+)/.exec(m[2]!);
    if (weight) font.weight = weight[1] === 'bold' || Number(weight[1]) >= 600 ? 700 : 400;
    if (font.size !== undefined || font.weight !== undefined) out.push({ cls: m[1]!, font });
  }
  return out;
}

/** The font of an element with `classAttr`, inside a parent whose font is `inherited` (cascade: later rules win). */
export function fontOf(rules: readonly { cls: string; font: TextFont }[], classAttr: string | undefined, inherited: Required<TextFont>): Required<TextFont> {
  const classes = new Set((classAttr ?? '').split(/\s+/).filter(Boolean));
  const f = { ...inherited };
  for (const r of rules) {
    if (!classes.has(r.cls)) continue;
    if (r.font.size !== undefined) f.size = r.font.size;
    if (r.font.weight !== undefined) f.weight = r.font.weight;
  }
  return f;
}

/** The default font of SVG text: 16px, normal weight. */
export const DEFAULT_TEXT_FONT: Required<TextFont> = { size: 16, weight: 400 };

// ---------------------------------------------------------------------------------------------
// Reading the characters of a serialised SVG.

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10)) : ENTITY[e]!,
  );
}

/** The text of the first `<style>` element (decoded). */
function styleText(svgText: string): string {
  const m = /<style\b[^>]*>([\s\S]*?)<\/style>/.exec(svgText);
  return m ? decodeXml(m[1]!) : '';
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]!) : undefined;
}

/**
 * The characters drawn by the `<text>` elements of a serialised SVG (ours: no comments, no CDATA),
 * by weight, each character once, in order of first use. Weights come from the classes and the
 * file's `<style>` (`classFonts`).
 */
export function usedChars(svgText: string): Glyphs {
  const rules = classFonts(styleText(svgText));
  const sets: Record<Weight, Set<string>> = { 400: new Set(), 700: new Set() };
  const stack: Required<TextFont>[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+="[^"]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svgText); m; m = tag.exec(svgText)) {
    if (stack.length > 0) for (const ch of decodeXml(svgText.slice(last, m.index))) sets[stack[stack.length - 1]!.weight].add(ch);
    last = m.index + m[0].length;
    const [, close, name, attrs, selfClose] = m;
    if (name !== 'text' && name !== 'tspan') continue;
    if (close) stack.pop();
    else if (!selfClose) stack.push(fontOf(rules, attr(attrs!, 'class'), stack[stack.length - 1] ?? DEFAULT_TEXT_FONT));
  }
  return { 400: [...sets[400]].join(''), 700: [...sets[700]].join('') };
}

/** Normalises the `glyphs` argument of `embedFont`: a string is used for both weights; absent: `usedChars`. */
function glyphsFor(svgText: string, glyphs?: string | Partial<Glyphs>): Glyphs {
  if (glyphs === undefined) return usedChars(svgText);
  if (typeof glyphs === 'string') return { 400: glyphs, 700: glyphs };
  return { 400: glyphs[400] ?? '', 700: glyphs[700] ?? '' };
}

/** Splits characters into those of the main font and those of the symbol font (each once). */
export function splitSymbols(chars: string): { main: string; symbols: string } {
  let main = '';
  let symbols = '';
  for (const ch of new Set(chars)) {
    if (isSymbolChar(ch)) symbols += ch;
    else main += ch;
  }
  return { main, symbols };
}

// ---------------------------------------------------------------------------------------------
// Writing the @font-face rules.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes (no Buffer, no btoa: works the same everywhere). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}${B64[(n >> 6) & 63]!}=`;
  }
  return out;
}

/** Bytes of a base64 string (white space ignored). */
export function fromBase64(text: string): Uint8Array {
  const s = text.replace(/[\s=]+/g, '');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (B64.indexOf(s[i]!) << 18) | (B64.indexOf(s[i + 1] ?? 'A') << 12) | (B64.indexOf(s[i + 2] ?? 'A') << 6) | B64.indexOf(s[i + 3] ?? 'A');
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

const DATA_PREFIX = 'data:font/woff2;base64,';

/** The `@font-face` rules, one a line. The only `url(` an export may hold is `url(data:font/woff2;base64,…)` here. */
export function fontFaceCss(faces: readonly EmbeddedFace[]): string {
  return faces
    .map((f) => {
      const data = typeof f.woff2 === 'string' ? f.woff2 : DATA_PREFIX + toBase64(f.woff2);
      if (!data.startsWith(DATA_PREFIX) || !/^[A-Za-z0-9+/]*=*$/.test(data.slice(DATA_PREFIX.length))) throw new Error('fontFaceCss: the font must be WOFF2 bytes or a data:font/woff2;base64 URL');
      const parts = [`font-family:'${f.family.replace(/[^\w -]/g, '')}'`, 'font-style:normal'];
      if (f.weight !== undefined) parts.push(`font-weight:${f.weight}`);
      if (f.unicodeRange) {
        if (!/^U\+[0-9A-F?]+(-[0-9A-F]+)?(,\s*U\+[0-9A-F?]+(-[0-9A-F]+)?)*$/i.test(f.unicodeRange)) throw new Error(`fontFaceCss: bad unicode-range ${f.unicodeRange}`);
        parts.push(`unicode-range:${f.unicodeRange}`);
      }
      parts.push(`src:url(${data}) format('woff2')`);
      return `@font-face{${parts.join(';')}}`;
    })
    .join('\n');
}

/**
 * Puts `css` at the start of the file's first `<style>` (one is added after the root's start tag
 * when there is none). The CSS must hold no `<` or `&` (ours: base64 and plain rules).
 */
export function withStyle(svgText: string, css: string): string {
  if (css === '') return svgText;
  if (/[<&]/.test(css)) throw new Error('withStyle: CSS must not contain "<" or "&"');
  const i = svgText.indexOf('<style>');
  if (i >= 0) return `${svgText.slice(0, i + 7)}${css}\n${svgText.slice(i + 7)}`;
  const root = /<svg\b[^>]*>/.exec(svgText);
  if (!root) throw new Error('withStyle: no <svg> element');
  const at = root.index + root[0].length;
  return `${svgText.slice(0, at)}\n  <style>${css}</style>${svgText.slice(at)}`;
}

/** Makes the faces for the characters of each weight (platform-specific: harfbuzz or ready subsets). */
export type FaceMaker = (glyphs: Glyphs) => Promise<EmbeddedFace[]>;

/** `embedFont` with a given face maker (what `fonts-node.ts` and `fonts-browser.ts` export, bound). */
export async function embedFontWith(make: FaceMaker, svgText: string, glyphs?: string | Partial<Glyphs>): Promise<string> {
  const faces = await make(glyphsFor(svgText, glyphs));
  return withStyle(svgText, fontFaceCss(faces));
}

