/**
 * SVG serialisation: the drawing (`ChartTree`/`SvgEl` of `draw/`) → a standalone SVG document, a
 * string with the XML declaration, `xmlns`, a `viewBox`, `width`/`height` and the chart's styles
 * inside. Every text and attribute value is XML-escaped (`& < > " '`, and characters XML 1.0 forbids
 * are dropped). The drawing has no script, no event handler, no `foreignObject`, no link, no
 * external reference; text is `<text>`/`<tspan>` only.
 *
 * Pure: no DOM.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { Scene } from '../layout/scene.ts';
import { chartTree, type DrawOptions } from '../draw/chart-tree.ts';
import { viewTree } from '../draw/view-tree.ts';
import type { ChartTree, SvgEl } from '../draw/svg-el.ts';
import type { SvgMeta } from '../view/caption.ts';
// Files may draw any step as a hemicycle: its layout comes with the export code.
import '../layout/hemicycle-static.ts';
import '../i18n/en-static.ts';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character that `escapeXml` changes or drops (a surrogate: to check whether it is paired). */
const TO_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
export function escapeXml(value: string): string {
  // Most values (numbers, classes, ids, plain names) have nothing to escape: returned as they are.
  if (!TO_ESCAPE.test(value)) return value;
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** ` name="value"` for every attribute, values escaped. */
function attrText(attrs: Readonly<Record<string, string>>): string {
  let out = '';
  for (const k in attrs) out += ` ${k}="${escapeXml(attrs[k]!)}"`;
  return out;
}

/** Serialises elements as indented XML, one line each pushed onto `out`; every attribute value and text is escaped. */
function serializeEls(els: readonly SvgEl[], depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  for (const el of els) {
    const attrs = attrText(el.attrs);
    if (el.children.length === 0) out.push(`${pad}<${el.tag}${attrs}/>`);
    else if (el.tag === 'style') {
      // Raw CSS: `<` and `&` are escaped so it cannot close the element; quotes stay readable.
      const css = el.children.filter((c): c is string => typeof c === 'string').join('');
      out.push(`${pad}<style>${escapeXml(css).replace(/&apos;/g, "'").replace(/&quot;/g, '"')}</style>`);
    } else if (el.tag === 'text' || el.children.every((c) => typeof c === 'string')) {
      // Text elements stay on one line (no white space between tspans).
      out.push(`${pad}<${el.tag}${attrs}>${inline(el.children)}</${el.tag}>`);
    } else {
      // One push per line onto the one list: spreading lines as arguments overflows the stack past ~100,000 lines.
      out.push(`${pad}<${el.tag}${attrs}>`);
      serializeEls(el.children as SvgEl[], depth + 1, out);
      out.push(`${pad}</${el.tag}>`);
    }
  }
}

function inline(children: readonly (SvgEl | string)[]): string {
  return children
    .map((c) => {
      if (typeof c === 'string') return escapeXml(c);
      const attrs = attrText(c.attrs);
      return c.children.length === 0 ? `<${c.tag}${attrs}/>` : `<${c.tag}${attrs}>${inline(c.children)}</${c.tag}>`;
    })
    .join('');
}

/**
 * Serialises a scene as a standalone SVG document (a string with the XML declaration).
 * @param scene from `layoutScene`
 * @param meta the texts around the chart, in the scene's language
 * @param opts `statedOnly`: the root gets `cmv-stated-only`
 */
export function sceneToSvg(scene: Scene, meta: SvgMeta, opts: DrawOptions = {}): string {
  return treeToSvg(chartTree(scene, meta, opts));
}

/**
 * Serialises a chart tree as a standalone SVG document. Fonts are embedded afterwards, on the text
 * (`embedFont` of `fonts-node.ts` / `fonts-browser.ts`); the outlined variant is `outlineSvg(tree, fonts)`
 * of `outline.ts`, serialised here too.
 */
export function treeToSvg(tree: ChartTree): string {
  const nodes: SvgEl = { tag: 'g', attrs: { class: 'cmv-nodes' }, children: tree.nodes.map((n) => n.el) };
  if (tree.nodes.length === 0) return svgDocument(tree.root, [...tree.head, ...tree.under, nodes, ...tree.over]);
  // As `svgDocument` writes it, with each member's node from `nodeText` (the drawing shares a node's children between steps).
  const lines = [XML_DECLARATION, `<svg${attrText(tree.root)}>`];
  serializeEls([...tree.head, ...tree.under], 1, lines);
  lines.push(`  <g${attrText(nodes.attrs)}>`);
  for (const n of tree.nodes) lines.push(nodeText(n.key, n.el));
  lines.push('  </g>');
  serializeEls(tree.over, 1, lines);
  lines.push('</svg>', '');
  return lines.join('\n');
}

/** The text of each member node's children (at the depth of `treeToSvg`'s node layer), by node key, with the children it was made from. */
const nodeTexts = new Map<string, { children: SvgEl['children']; inner: string }>();
/** Keys kept at most; all are dropped past it. */
const NODE_TEXTS_MAX = 50_000;

/**
 * A member node's lines, as `serializeEls` writes them at depth 2, joined. The lines of its
 * children are made once per children list (the drawing keeps it while the node does not change,
 * moves included).
 */
function nodeText(key: string, el: SvgEl): string {
  const block = el.tag !== 'text' && el.tag !== 'style' && el.children.length > 0 && el.children.some((c) => typeof c !== 'string');
  if (!block) {
    const lines: string[] = [];
    serializeEls([el], 2, lines);
    return lines.join('\n');
  }
  let kept = nodeTexts.get(key);
  if (!kept || kept.children !== el.children) {
    const lines: string[] = [];
    serializeEls(el.children as SvgEl[], 3, lines);
    if (nodeTexts.size >= NODE_TEXTS_MAX) nodeTexts.clear();
    kept = { children: el.children, inner: lines.join('\n') };
    nodeTexts.set(key, kept);
  }
  return `    <${el.tag}${attrText(el.attrs)}>\n${kept.inner}\n    </${el.tag}>`;
}

/** A standalone SVG document: the XML declaration, `<svg>` with `root`'s attributes, the elements indented. */
export function svgDocument(root: Readonly<Record<string, string>>, els: readonly SvgEl[]): string {
  const lines = [svgOpen(root)];
  serializeEls(els, 1, lines);
  lines.push(SVG_CLOSE);
  return lines.join('\n');
}

/**
 * The start of a standalone SVG document: the XML declaration and the root's start tag (two lines,
 * no line end after the last). A document made in parts is `[svgOpen(root), svgEls(a), svgEls(b),
 * …, SVG_CLOSE].join('\n')` (parts with no elements left out): the same text as `svgDocument(root, [...a, ...b])`.
 */
export function svgOpen(root: Readonly<Record<string, string>>): string {
  return `${XML_DECLARATION}\n<svg${attrText(root)}>`;
}

/** Elements as they are written inside the root (indented one level), one a line, no line end after the last. */
export function svgEls(els: readonly SvgEl[]): string {
  const lines: string[] = [];
  serializeEls(els, 1, lines);
  return lines.join('\n');
}

/** The end of a standalone SVG document: the root's end tag and the final line end. */
export const SVG_CLOSE = '</svg>\n';

/**
 * The standalone SVG file of a step: `viewTree` serialised, before font embedding.
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param step 0-based step index
 * @param lang language of every text
 * @param opts `statedOnly`: the root gets `cmv-stated-only` (inferred parts greyed out)
 */
export function svgForView(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang, opts: DrawOptions = {}): string {
  return treeToSvg(viewTree(timeline, plan, step, lang, opts).tree);
}
