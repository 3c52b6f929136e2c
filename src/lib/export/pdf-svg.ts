/**
 * What the SVG → PDF conversion (`pdf.ts`, svg-to-pdfkit) needs the app's SVG to say plainly, and the
 * page size of a PDF page.
 *
 * svg-to-pdfkit reads a `<style>` with simple selectors only (`.a`, `.a.b`, a tag) and sets a whole
 * text run in one font, so before the conversion:
 * - a descendant rule whose ancestor class is on the root (`.cmv-stated-only .cmv-is-inferred`) is
 *   written as the simple rule it amounts to in that file (`.cmv-is-inferred`); one whose ancestor
 *   class is not on the root applies to nothing and is dropped;
 * - the characters Be Vietnam Pro lacks and the symbol font has (the arrows, `SYMBOL_RANGES`) are
 *   wrapped, inside a `<text>`, in a `<tspan font-family="CMV Symbols">`, which `pdf.ts` sets in the
 *   symbol font.
 *
 * Pure: no DOM. The input is the app's own serialised SVG (`svg.ts`: attributes in double quotes,
 * `<`, `>` and `&` escaped in text and values), not any SVG.
 */
import { SYMBOL_FAMILY } from '../draw/chart-css.ts';
import { SYMBOL_RANGES } from './font-ranges.ts';

/** Points in a mm, in a CSS px, in a CSS inch. */
const PT_PER = { mm: 72 / 25.4, cm: 720 / 25.4, in: 72, pt: 1, px: 0.75 } as const;

/**
 * A length of the SVG root (`170mm`, `420mm`, `1440`, `12pt`) in PDF points (1/72 inch); a bare
 * number is CSS px (0.75 pt).
 * @throws RangeError when the value is not a positive length in mm, cm, in, pt or px
 */
export function lengthPt(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(mm|cm|in|pt|px)?\s*$/.exec(value);
  const n = m ? Number(m[1]) : NaN;
  if (!m || !(n > 0)) throw new RangeError(`not a page length: "${value}"`);
  return n * PT_PER[(m[2] ?? 'px') as keyof typeof PT_PER];
}

/** The root `<svg …>` start tag's attribute `name`, or undefined. */
function rootAttr(svg: string, name: string): string | undefined {
  const root = /<svg\b([^>]*)>/.exec(svg);
  if (!root) return undefined;
  return new RegExp(`\\s${name}="([^"]*)"`).exec(root[1]!)?.[1];
}

/**
 * The page size of an SVG in PDF points: its root's `width` and `height` (the figure's `170mm`, the
 * poster's A3 `420mm` × `297mm`, a view's CSS px at 0.75 pt each).
 * @throws RangeError when the root has no width or height that is a length
 */
export function pageSizePt(svg: string): { width: number; height: number } {
  const w = rootAttr(svg, 'width');
  const h = rootAttr(svg, 'height');
  if (w === undefined || h === undefined) throw new RangeError('the SVG root has no width or height');
  return { width: lengthPt(w), height: lengthPt(h) };
}

/** The classes on the SVG root. */
function rootClasses(svg: string): Set<string> {
  return new Set((rootAttr(svg, 'class') ?? '').split(/\s+/).filter(Boolean));
}

/**
 * A stylesheet with each `.a .b{…}` rule (an ancestor class, then a class) made simple for a file
 * whose root has the classes `onRoot`: `.b{…}` when `a` is on the root (every element is inside
 * it), nothing when it is not (no element is). Other rules are kept as they are.
 */
export function flattenRootRules(css: string, onRoot: ReadonlySet<string>): string {
  return css.replace(/(^|\})(\s*)\.([A-Za-z0-9_-]+)\s+(\.[A-Za-z0-9_-]+)\s*\{([^{}]*)\}/g, (_m, before: string, space: string, ancestor: string, sel: string, body: string) =>
    onRoot.has(ancestor) ? `${before}${space}${sel}{${body}}` : `${before}${space}`,
  );
}

/** One run of symbol characters, or more (the code point ranges of the symbol font). */
const SYMBOL_RUN = new RegExp(`[${SYMBOL_RANGES.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]+`, 'gu');

/** `<tspan font-family="CMV Symbols">…</tspan>` around each run of symbol characters of a text. */
function wrapSymbols(text: string): string {
  return text.replace(SYMBOL_RUN, (run) => `<tspan font-family="${SYMBOL_FAMILY}">${run}</tspan>`);
}

/**
 * The app's SVG as the PDF conversion reads it (see the file comment): the root's descendant rules
 * made simple in every `<style>`, and the symbol characters of every `<text>` in a tspan of the
 * symbol font. Nothing else changes.
 */
export function svgForPdf(svg: string): string {
  const onRoot = rootClasses(svg);
  let depth = 0;
  // Tags and the text between them: styles are rewritten, text inside <text> gets its symbols wrapped.
  return svg.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)|<(\/?)text\b[^>]*?(\/?)>|([^<>]+)(?=<)/g, (m, open?: string, css?: string, close?: string, end?: string, selfClosing?: string, text?: string) => {
    if (open !== undefined) return `${open}${flattenRootRules(css!, onRoot)}${close}`;
    if (text !== undefined) return depth > 0 ? wrapSymbols(text) : m;
    if (selfClosing === '/') return m;
    depth += end === '/' ? -1 : 1;
    return m;
  });
}
