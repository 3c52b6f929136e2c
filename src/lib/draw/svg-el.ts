/**
 * The drawing as data: SVG elements (`SvgEl`) and the layered drawing of one step (`ChartTree`),
 * which the on-screen chart renders element by element and the export serialises
 * (`export/svg.ts`), so both are the same drawing.
 */

/**
 * An SVG element as data: the one drawing that both the export (serialised by `export/svg.ts`) and
 * the on-screen chart (rendered by Svelte, element by element, text as text) are made from.
 * Attribute values are plain strings; numbers are already rounded with `num` of `layout/round.ts`.
 */
export interface SvgEl {
  tag: string;
  attrs: Record<string, string>;
  children: (SvgEl | string)[];
}

/** The drawing of one step, in layers, so the screen can animate the member nodes by key. */
export interface ChartTree {
  /** Attributes of the root `<svg>`. */
  root: Record<string, string>;
  /** `<title>`, `<desc>`, `<style>`. */
  head: SvgEl[];
  /** Background, caption, bodies, trays, vacant seats: drawn under the members. */
  under: SvgEl[];
  /** One `<g>` per member (seated or departed), keyed by `SceneNode.key`, in scene order. */
  nodes: { key: string; el: SvgEl }[];
  /** Legend and source line. */
  over: SvgEl[];
}

/** True when the element's `class` attribute lists `cls`. */
export function hasClass(el: SvgEl, cls: string): boolean {
  return (el.attrs.class ?? '').split(/\s+/).includes(cls);
}

/**
 * True when two drawings are the same: same tags, attributes (names and values, in any order) and
 * children, recursively. Lets the screen keep what it already drew when a new step draws a node
 * exactly as before.
 * @param except an attribute of the two roots not compared (e.g. `transform`: a node that only moved)
 */
export function sameEl(a: SvgEl | string, b: SvgEl | string, except?: string): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (a.tag !== b.tag || a.children.length !== b.children.length) return false;
  const ka = Object.keys(a.attrs);
  if (ka.length !== Object.keys(b.attrs).length) return false;
  for (const k of ka) if (k !== except && a.attrs[k] !== b.attrs[k]) return false;
  for (let i = 0; i < a.children.length; i++) if (!sameEl(a.children[i]!, b.children[i]!)) return false;
  return true;
}
