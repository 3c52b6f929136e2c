/**
 * PNG sizing, pure (no DOM): the scales offered, the canvas limits browsers manage, the largest
 * scale that fits them, and the SVG to rasterise at the output size. The browser side (drawing the
 * SVG on a canvas) is `png-raster.ts`; the command line renders the same SVG with resvg.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { Scene } from '../layout/scene.ts';
import { num } from '../layout/round.ts';
import { hasClass, type ChartTree } from '../draw/svg-el.ts';
import { viewTree } from '../draw/view-tree.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { treeToSvg } from './svg.ts';
import type { PngBackground } from './png-scales.ts';

export { PNG_SCALES, type PngBackground } from './png-scales.ts';
/** Largest canvas side we ask a browser for (Chrome, Firefox and Safari manage this). */
export const PNG_MAX_SIDE = 16384;
/** Largest canvas area we ask a browser for (2^28 pixels). */
export const PNG_MAX_AREA = 2 ** 28;

/**
 * The largest scale ≤ `requested` at which a `width` × `height` drawing fits the canvas limits
 * (rounded down to a quarter; at least 0.25).
 * @param width drawing width in units
 * @param height drawing height in units
 */
export function fitPngScale(width: number, height: number, requested: number, maxSide = PNG_MAX_SIDE, maxArea = PNG_MAX_AREA): number {
  const limit = Math.min(requested, maxSide / Math.max(1, width), maxSide / Math.max(1, height), Math.sqrt(maxArea / Math.max(1, width * height)));
  if (limit >= requested) return requested;
  return Math.max(0.25, Math.floor(limit * 4) / 4);
}

/**
 * The drawing to rasterise: the chart of the step, its `width`/`height` at the output size (the
 * `viewBox` kept, so the vector is drawn at full resolution); without its white background rect
 * when the background is transparent.
 * @param scale pixels per unit
 * @param opts `statedOnly`: the root gets `cmv-stated-only` (inferred parts greyed out)
 * @returns the drawing and the output size in pixels (rounded to whole pixels)
 */
export function pngTree(
  timeline: Timeline,
  plan: SeatPlan,
  step: number,
  lang: Lang,
  scale: number,
  background: PngBackground,
  opts: DrawOptions = {},
): { tree: ChartTree; width: number; height: number } {
  return scaledPngTree(viewTree(timeline, plan, step, lang, opts), scale, background);
}

/**
 * `pngTree` of a step's drawing already made (`viewTree`): the root sized `scale` × the scene,
 * the white background rect left out when the background is transparent.
 * @param scale pixels per unit
 */
export function scaledPngTree({ scene, tree }: { scene: Scene; tree: ChartTree }, scale: number, background: PngBackground): { tree: ChartTree; width: number; height: number } {
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const under = background === 'transparent' ? tree.under.filter((e) => !hasClass(e, 'cmv-bg')) : tree.under;
  return { tree: { ...tree, root: { ...tree.root, width: num(width), height: num(height) }, under }, width, height };
}

/**
 * The SVG to rasterise (`pngTree` serialised).
 * @param scale pixels per unit
 * @param opts `statedOnly`: the root gets `cmv-stated-only` (inferred parts greyed out)
 * @returns the SVG text and the output size in pixels (rounded to whole pixels)
 */
export function pngSvg(
  timeline: Timeline,
  plan: SeatPlan,
  step: number,
  lang: Lang,
  scale: number,
  background: PngBackground,
  opts: DrawOptions = {},
): { svg: string; width: number; height: number } {
  const { tree, width, height } = pngTree(timeline, plan, step, lang, scale, background, opts);
  return { svg: treeToSvg(tree), width, height };
}

/** Members drawn in one layer of a large PNG (`pngLayers`). */
export const PNG_LAYER_NODES = 120;

/**
 * A drawing cut into layers to rasterise one after another, in order, on one canvas: a drawing of
 * at most `perLayer` members is one layer (itself); a larger one is the layer under the members
 * (background, bodies, trays, seats), layers of `perLayer` members each in their order, and the
 * layer over them (legend, source line). Every layer keeps the root and the head (styles), so each
 * is a standalone SVG of the full size, transparent where it draws nothing; drawn in order they
 * paint what the whole drawing paints, in the same order. Each layer is small enough to parse and
 * paint without holding the page for long.
 */
export function pngLayers(tree: ChartTree, perLayer = PNG_LAYER_NODES): ChartTree[] {
  if (!(perLayer >= 1)) throw new RangeError('pngLayers: perLayer must be at least 1');
  if (tree.nodes.length <= perLayer) return [tree];
  const layer = (part: Partial<Pick<ChartTree, 'under' | 'nodes' | 'over'>>): ChartTree => ({ root: tree.root, head: tree.head, under: [], nodes: [], over: [], ...part });
  const layers = [layer({ under: tree.under })];
  for (let i = 0; i < tree.nodes.length; i += perLayer) layers.push(layer({ nodes: tree.nodes.slice(i, i + perLayer) }));
  layers.push(layer({ over: tree.over }));
  return layers;
}
