/**
 * PNG export in the browser: the same drawing as the SVG export (`viewTree`), rasterised at a
 * chosen scale (1×, 2×, 4×) on a white or transparent background.
 *
 * SVG string (`pngSvg` of `png-size.ts`, written at the output size) → Blob URL → `<img>` (decoded,
 * after the page's fonts are ready) → canvas `drawImage` → `canvas.toBlob('image/png')` → download.
 * A canvas too large for the browser is avoided: the scale is lowered to fit `PNG_MAX_SIDE` and
 * `PNG_MAX_AREA` beforehand, and lowered again if the browser still cannot make the image; the
 * result says so.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import { layoutScene } from '../layout/layout.ts';
import { layoutWords } from '../view/layout-words.ts';
import { downloadBlob } from './download.ts';
import { ExportError } from './export-error.ts';
import { pngFileName } from './filename.ts';
import { fitPngScale, pngSvg, type PngBackground } from './png-size.ts';

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
 * Rasterises an SVG at `width` × `height` pixels. Resolves to null when the browser cannot make a
 * canvas that large (no context, or `toBlob` gives nothing).
 */
async function rasterizeSvg(svg: string, width: number, height: number, background: PngBackground): Promise<Blob | null> {
  const { img, revoke } = await loadSvgImage(svg);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    if (background === 'white') {
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // Free the canvas memory at once (large canvases count against the browser's budget).
    canvas.width = 0;
    canvas.height = 0;
    return blob && blob.size > 0 ? blob : null;
  } finally {
    revoke();
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

/** What to rasterise: a step of a timeline, in a language, at a scale, on a background. */
export interface PngRequest {
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
  /**
   * A last step applied to the SVG before it is drawn: embedding the fonts, which an SVG drawn as an
   * image needs (it cannot use the page's fonts).
   */
  finish?: (svg: string) => string | Promise<string>;
}

/**
 * Makes the PNG of a step at the largest scale ≤ `req.scale` that the browser manages.
 * @throws ExportError `png-too-large` when the browser cannot make the image even at 0.25×,
 *   `svg-not-loaded` when it cannot load the SVG
 */
async function makePng(req: PngRequest): Promise<Omit<PngResult, 'name'>> {
  const { timeline, plan, step, lang, background, finish } = req;
  const requested = req.scale;
  const scene = layoutScene({ timeline, plan, step, lang, words: layoutWords(lang) });
  let scale = fitPngScale(scene.width, scene.height, requested);
  for (;;) {
    const { svg, width, height } = pngSvg(timeline, plan, step, lang, scale, background, { statedOnly: req.statedOnly ?? false, layout: req.layout ?? 'auto' });
    const blob = await rasterizeSvg(finish ? await finish(svg) : svg, width, height, background);
    if (blob) return { requested, scale, width, height, blob };
    if (scale <= 0.25) throw new ExportError('png-too-large');
    scale = scale > 1 ? Math.max(1, Math.floor(scale / 2)) : Math.max(0.25, scale / 2);
  }
}

/**
 * Makes the PNG of a step and downloads it, named by `pngFileName` at the scale used.
 * @throws ExportError as `makePng`
 */
export async function exportPng(req: PngRequest): Promise<PngResult> {
  const r = await makePng(req);
  const name = pngFileName(req.timeline.dataset.id, req.step, req.timeline.valueText(req.step, req.lang), req.lang, r.scale);
  downloadBlob(r.blob, name);
  return { ...r, name };
}
