/**
 * PNG export: the same drawing as the SVG export (`viewTree`), rasterised by the browser at a chosen
 * scale (1×, 2×, 4×) on a white or transparent background.
 *
 * SVG string → Blob URL → `<img>` (decoded, after the page's fonts are ready) → canvas `drawImage` →
 * `canvas.toBlob('image/png')` → download. The SVG is written at the output size (its `width` and
 * `height` scaled, the `viewBox` kept), so the browser draws the vector at full resolution rather
 * than enlarging a small bitmap. A canvas too large for the browser is avoided: the scale is lowered
 * to fit `PNG_MAX_SIDE` and `PNG_MAX_AREA` beforehand, and lowered again if the browser still cannot
 * make the image; the result says so.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { exportFileName } from './filename.ts';
import { num, treeToSvg } from './svg.ts';
import { viewTree } from './view-svg.ts';

export type PngBackground = 'white' | 'transparent';
export const PNG_SCALES = [1, 2, 4] as const;
/** Largest canvas side we ask a browser for (Chrome, Firefox and Safari manage this). */
export const PNG_MAX_SIDE = 16384;
/** Largest canvas area we ask a browser for (2^28 pixels). */
export const PNG_MAX_AREA = 2 ** 28;

/**
 * The largest scale ≤ `requested` at which a `width` × `height` drawing fits the canvas limits
 * (rounded down to a quarter; at least 0.25).
 */
export function fitPngScale(width: number, height: number, requested: number, maxSide = PNG_MAX_SIDE, maxArea = PNG_MAX_AREA): number {
  const limit = Math.min(requested, maxSide / Math.max(1, width), maxSide / Math.max(1, height), Math.sqrt(maxArea / Math.max(1, width * height)));
  if (limit >= requested) return requested;
  return Math.max(0.25, Math.floor(limit * 4) / 4);
}

/** `exportFileName(…, 'png')`, with `@<scale>x` before the extension when the scale is not 1. */
export function pngFileName(datasetId: string, stepIndex: number, stepText: string, lang: string, scale: number): string {
  const base = exportFileName(datasetId, stepIndex, stepText, lang, 'png');
  return scale === 1 ? base : base.replace(/\.png$/, `@${scale}x.png`);
}

/**
 * The SVG to rasterise: the chart of the step, its `width`/`height` at the output size; without
 * its white background rect when the background is transparent.
 * @returns the SVG text and the output size in pixels
 */
export function pngSvg(
  timeline: Timeline,
  plan: SeatPlan,
  step: number,
  lang: Lang,
  scale: number,
  background: PngBackground,
): { svg: string; width: number; height: number } {
  const { scene, tree } = viewTree(timeline, plan, step, lang);
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const under = background === 'transparent' ? tree.under.filter((e) => !(e.attrs.class ?? '').split(/\s+/).includes('cmv-bg')) : tree.under;
  const svg = treeToSvg({ ...tree, root: { ...tree.root, width: num(width), height: num(height) }, under });
  return { svg, width, height };
}

export { downloadBlob } from './download.ts';
import { downloadBlob } from './download.ts';

/** Loads an SVG text as a decoded image (after the page's fonts are ready). */
async function loadSvgImage(svg: string): Promise<{ img: HTMLImageElement; revoke: () => void }> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const img = new Image();
  img.decoding = 'async';
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The SVG could not be loaded as an image.'));
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
export async function rasterizeSvg(svg: string, width: number, height: number, background: PngBackground): Promise<Blob | null> {
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

/**
 * Makes the PNG of a step at the largest scale ≤ `requested` that the browser manages.
 * @param finish a last step applied to the SVG before it is drawn: embedding the fonts, which an SVG
 *   drawn as an image needs (it cannot use the page's fonts)
 */
export async function makePng(
  timeline: Timeline,
  plan: SeatPlan,
  step: number,
  lang: Lang,
  requested: number,
  background: PngBackground,
  finish?: (svg: string) => string | Promise<string>,
): Promise<Omit<PngResult, 'name'>> {
  const { scene } = viewTree(timeline, plan, step, lang);
  let scale = fitPngScale(scene.width, scene.height, requested);
  for (;;) {
    const { svg, width, height } = pngSvg(timeline, plan, step, lang, scale, background);
    const blob = await rasterizeSvg(finish ? await finish(svg) : svg, width, height, background);
    if (blob) return { requested, scale, width, height, blob };
    if (scale <= 0.25) throw new Error('The browser could not make the PNG image.');
    scale = scale > 1 ? Math.max(1, Math.floor(scale / 2)) : Math.max(0.25, scale / 2);
  }
}

/** Export the chart at the app's current step and language as a PNG file. */
export async function exportCurrentPng(
  app: AppState,
  requested: number,
  background: PngBackground,
  finish?: (svg: string) => string | Promise<string>,
): Promise<PngResult> {
  const step = app.step;
  const lang = app.lang;
  const r = await makePng(app.timeline, app.seatPlan, step, lang, requested, background, finish);
  const name = pngFileName(app.dataset.id, step, app.timeline.valueText(step, lang), lang, r.scale);
  downloadBlob(r.blob, name);
  return { ...r, name };
}
