/**
 * PNG sizing, pure (no DOM): the scales offered, the canvas limits browsers manage, the largest
 * scale that fits them, and the SVG to rasterise at the output size. The browser side (drawing the
 * SVG on a canvas) is `png-raster.ts`; the command line renders the same SVG with resvg.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { num } from '../layout/round.ts';
import { hasClass } from '../draw/svg-el.ts';
import { viewTree } from '../draw/view-tree.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { treeToSvg } from './svg.ts';

export type PngBackground = 'white' | 'transparent';
/** The scales the app offers (pixels per unit). */
export const PNG_SCALES = [1, 2, 4] as const;
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
 * The SVG to rasterise: the chart of the step, its `width`/`height` at the output size (the
 * `viewBox` kept, so the vector is drawn at full resolution); without its white background rect
 * when the background is transparent.
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
  const { scene, tree } = viewTree(timeline, plan, step, lang, opts);
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const under = background === 'transparent' ? tree.under.filter((e) => !hasClass(e, 'cmv-bg')) : tree.under;
  const svg = treeToSvg({ ...tree, root: { ...tree.root, width: num(width), height: num(height) }, under });
  return { svg, width, height };
}
