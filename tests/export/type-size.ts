/**
 * The smallest text of an SVG document in points at a given printed width, measured from the file
 * itself: for each `<text>`/`<tspan>` holding visible characters, its font size (its own or the
 * nearest ancestor's `font-size` attribute, else the last rule of the document's stylesheet naming
 * one of its classes or an ancestor's, nearest first), times the `scale(…)` of every ancestor's
 * `transform`, in the root's user units; the root's `viewBox` width maps to `widthMm`.
 */
import { allElements, parseXml, type XmlElement } from './xml-scan.ts';

const PT_PER_MM = 72 / 25.4;

/** `.class{…font-size:Npx…}` rules of the stylesheet: class → size (the last rule wins). */
function cssSizes(root: XmlElement): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const st of allElements(root).filter((e) => e.name === 'style')) {
    for (const m of st.text.matchAll(/\.([a-zA-Z0-9_-]+)\s*\{([^}]*)\}/g)) {
      const fs = /font-size:\s*([\d.]+)px/.exec(m[2]!);
      if (fs) sizes.set(m[1]!, Number(fs[1]));
    }
  }
  return sizes;
}

function ownSize(e: XmlElement, css: Map<string, number>): number | null {
  const attr = e.attrs.get('font-size');
  if (attr !== undefined) return Number.parseFloat(attr);
  let size: number | null = null;
  let order = -1;
  const keys = [...css.keys()];
  for (const cls of (e.attrs.get('class') ?? '').split(/\s+/)) {
    const i = keys.indexOf(cls);
    if (i > order) {
      order = i;
      size = css.get(cls)!;
    }
  }
  return size;
}

function scaleOf(e: XmlElement): number {
  let k = 1;
  for (const m of (e.attrs.get('transform') ?? '').matchAll(/scale\(\s*([\d.eE+-]+)/g)) k *= Number(m[1]);
  return k;
}

/** Every visible text's size in pt at `widthMm`, with its text. */
export function textSizesPt(svg: string, widthMm: number): { pt: number; text: string }[] {
  const root = parseXml(svg);
  const vb = (root.attrs.get('viewBox') ?? '').split(/\s+/).map(Number);
  const mmPerUnit = widthMm / vb[2]!;
  const css = cssSizes(root);
  const out: { pt: number; text: string }[] = [];
  for (const e of allElements(root)) {
    if ((e.name !== 'text' && e.name !== 'tspan') || e.text.trim() === '') continue;
    let size: number | null = null;
    let k = 1;
    for (let p: XmlElement | null = e; p; p = p.parent) {
      if (size === null) size = ownSize(p, css);
      k *= scaleOf(p);
    }
    if (size === null) throw new Error(`no font size for "${e.text}"`);
    out.push({ pt: size * k * mmPerUnit * PT_PER_MM, text: e.text });
  }
  return out;
}

/** The smallest text size in pt at `widthMm` and the text it is. */
export function smallestPt(svg: string, widthMm: number): { pt: number; text: string } {
  return textSizesPt(svg, widthMm).reduce((a, b) => (b.pt < a.pt ? b : a));
}
