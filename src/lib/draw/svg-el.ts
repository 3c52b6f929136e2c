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
