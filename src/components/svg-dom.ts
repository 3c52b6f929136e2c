/**
 * The chart's drawing (`SvgEl`, see `lib/draw/svg-el.ts`) turned into DOM by the on-screen chart,
 * without a component per element: a step redraws only the elements that changed. Text is always
 * a text node, never markup; attribute values are set with `setAttribute` (an `on…` attribute is
 * never set: the drawing carries none, and a dataset cannot put one there).
 */
import type { Attachment } from 'svelte/attachments';
import { sameEl, type SvgEl } from '../lib/draw/svg-el.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Set the attributes of `attrs` on `node` (skipping `except` and any event-handler name). */
function setAttrs(node: Element, attrs: Record<string, string>, except?: string): void {
  for (const name in attrs) {
    if (name === except || /^on/i.test(name)) continue;
    node.setAttribute(name, attrs[name]!);
  }
}

/**
 * A DOM node for one element of the drawing (SVG namespace), its children included.
 * @param except an attribute of the element itself not to set (its position, owned by the motion)
 */
export function svgNode(el: SvgEl | string, except?: string): Node {
  if (typeof el === 'string') return document.createTextNode(el);
  const node = document.createElementNS(SVG_NS, el.tag);
  setAttrs(node, el.attrs, except);
  for (const c of el.children) node.appendChild(svgNode(c));
  return node;
}

/** What a layer last drew: the drawing and the DOM node of each of its elements. */
const drawn = new WeakMap<Element, { els: readonly SvgEl[]; nodes: Node[] }>();

/**
 * Attachment for a `<g>` that shows a layer of the drawing (`ChartTree.head`, `under`, `over`): each
 * element that is the same as the one drawn at its place is kept, the others are replaced. Use as
 * `{@attach layer(tree.under)}`; a new array re-runs it.
 */
export function layer(els: readonly SvgEl[]): Attachment<SVGGElement> {
  return (g) => {
    const prev = drawn.get(g) ?? { els: [], nodes: [] };
    const nodes: Node[] = [];
    for (let i = 0; i < els.length; i++) {
      const old = prev.nodes[i];
      if (old !== undefined && sameEl(prev.els[i]!, els[i]!)) nodes.push(old);
      else {
        const made = svgNode(els[i]!);
        if (old !== undefined) g.replaceChild(made, old);
        else g.appendChild(made);
        nodes.push(made);
      }
    }
    for (let i = els.length; i < prev.nodes.length; i++) g.removeChild(prev.nodes[i]!);
    drawn.set(g, { els, nodes });
  };
}

/**
 * Attachment for a member's `<g>` on screen: its children are the drawing's (`el.children`); the
 * `<g>`'s own attributes are the component's. Re-runs (and redraws the children) when `el` changes.
 */
export function children(el: SvgEl): Attachment<SVGGElement> {
  return (g) => {
    g.replaceChildren(...el.children.map((c) => svgNode(c)));
  };
}
