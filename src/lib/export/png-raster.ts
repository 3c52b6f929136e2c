/**
 * PNG export in the browser: the same drawing as the SVG export (`viewTree`), rasterised at a
 * chosen scale (1×, 2×, 4×) on a white or transparent background.
 *
 * Drawing (`scaledPngTree` of `png-size.ts`, at the output size) → layers (`pngLayers`: one for a
 * small chart; under, members in groups, over for a large one) → for each layer: SVG text → Blob
 * URL → `<img>` (decoded, after the page's fonts are ready) → canvas `drawImage`, with a pacing
 * checkpoint (`pace.ts`) between layers, so a large chart never holds the page for long →
 * `canvas.toBlob('image/png')`, which the caller downloads. A canvas too large for the browser is avoided: the
 * scale is lowered to fit `PNG_MAX_SIDE` and `PNG_MAX_AREA` beforehand, and lowered again if the
 * browser still cannot make the image; the result says so.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { viewTree } from '../draw/view-tree.ts';
import { ExportError } from './export-error.ts';
import { pngFileName } from './filename.ts';
import { pacer, type Pacing } from './pace.ts';
import { fitPngScale, pngLayers, scaledPngTree, type PngBackground } from './png-size.ts';
import { treeToSvg } from './svg.ts';

/**
 * Loads an SVG text as a decoded image (after the page's fonts are ready).
 * @throws ExportError `svg-not-loaded` when the browser cannot load it
 */
async function loadSvgImage(svg: string): Promise<{ img: HTMLImageElement; revoke: () => void }> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const img = new Image();
  img.decoding = 'async';
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new ExportError('svg-not-loaded'));
      img.src = url;
    });
    await img.decode();
  } catch (e) {
    URL.revokeObjectURL(url);
    throw e;
  }
  return { img, revoke: () => URL.revokeObjectURL(url) };
}

/**
 * Rasterises SVG layers, in order, on one canvas of `width` × `height` pixels; `step` is awaited
 * after each layer (a pacing checkpoint) and `layerDone` called. Resolves to null when the browser
 * cannot make a canvas that large (no context, or `toBlob` gives nothing).
 * @throws ExportError `svg-not-loaded` when the browser cannot load a layer; what `step` throws
 */
export async function rasterizeLayers(
  layers: readonly (() => Promise<string>)[],
  width: number,
  height: number,
  background: PngBackground,
  step: () => Promise<void>,
  layerDone: (done: number) => void,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  try {
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    if (background === 'white') {
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, width, height);
    }
    for (let i = 0; i < layers.length; i++) {
      const svg = await layers[i]!();
      await step();
      const { img, revoke } = await loadSvgImage(svg);
      try {
        await step();
        ctx.drawImage(img, 0, 0, width, height);
      } finally {
        revoke();
      }
      layerDone(i + 1);
      await step();
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob && blob.size > 0 ? blob : null;
  } finally {
    // Free the canvas memory at once (large canvases count against the browser's budget).
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** What a PNG export did. */
export interface PngResult {
  name: string;
  /** The scale asked for. */
  requested: number;
  /** The scale used (lower when the image would have been too large). */
  scale: number;
  width: number;
  height: number;
  blob: Blob;
}

/** What to rasterise: a step of a timeline, in a language, at a scale, on a background; and the pacing. */
export interface PngRequest extends Pacing {
  timeline: Timeline;
  /** `planSeats(timeline)` */
  plan: SeatPlan;
  /** 0-based step index */
  step: number;
  lang: Lang;
  /** Pixels per unit asked for (lowered when the browser cannot make the image). */
  scale: number;
  background: PngBackground;
  /** "Stated facts only": inferred parts greyed out. Default false. */
  statedOnly?: boolean;
  /** The chart's layout (default `auto`). */
  layout?: 'auto' | 'hemicycle' | 'nested';
  /** The reading shown (a `Reading.id`; default null, the default readings), named under the chart. */
  reading?: string | null;
  /**
   * A last step applied to each SVG before it is drawn: embedding the fonts, which an SVG drawn as an
   * image needs (it cannot use the page's fonts).
   */
  finish?: (svg: string) => string | Promise<string>;
}

/**
 * Makes the PNG of a step at the largest scale ≤ `req.scale` that the browser manages, a layer at
 * a time (`progress(done, layers)` after each layer).
 * @throws ExportError `png-too-large` when the browser cannot make the image even at 0.25×,
 *   `svg-not-loaded` when it cannot load the SVG; `signal.reason` when aborted
 */
export async function makePng(req: PngRequest): Promise<PngResult> {
  const { timeline, plan, step, lang, background, finish } = req;
  const checkpoint = pacer(req);
  const requested = req.scale;
  await checkpoint();
  const view = viewTree(timeline, plan, step, lang, { statedOnly: req.statedOnly ?? false, layout: req.layout ?? 'auto', reading: req.reading ?? null });
  let scale = fitPngScale(view.scene.width, view.scene.height, requested);
  for (;;) {
    await checkpoint();
    const { tree, width, height } = scaledPngTree(view, scale, background);
    const layers = pngLayers(tree).map((layer) => async () => {
      const svg = treeToSvg(layer);
      return finish ? finish(svg) : svg;
    });
    const blob = await rasterizeLayers(layers, width, height, background, checkpoint, (done) => req.progress?.(done, layers.length));
    if (blob) {
      const name = pngFileName(timeline.dataset.id, step, timeline.valueText(step, lang), lang, scale);
      return { name, requested, scale, width, height, blob };
    }
    if (scale <= 0.25) throw new ExportError('png-too-large');
    scale = scale > 1 ? Math.max(1, Math.floor(scale / 2)) : Math.max(0.25, scale / 2);
  }
}
