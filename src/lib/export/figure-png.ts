/**
 * The figure preset (`figure.ts`) as a PNG in the browser, at print resolution: 300 dpi at 170 mm
 * (`FIGURE_PNG_PX` pixels across), the fonts embedded by `finish`, rasterised on a canvas by
 * `rasterizeLayers` of `png-raster.ts` (one layer).
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { DrawOptions } from '../draw/chart-tree.ts';
import { ExportError } from './export-error.ts';
import { FIGURE_MM, FIGURE_W, figureInfo } from './figure.ts';
import { figureFileName, statedOnlyName } from './filename.ts';
import { pacer, type Pacing } from './pace.ts';
import type { PngBackground } from './png-scales.ts';
import { rasterizeLayers } from './png-raster.ts';

/** Pixels across the figure's PNG: 170 mm at 300 dpi. */
export const FIGURE_PNG_PX = Math.round((FIGURE_MM / 25.4) * 300);

/**
 * The figure's SVG sized in pixels (`width`/`height` of the root: `px` × its height at that scale),
 * for a rasteriser that draws the root at its own size.
 */
export function figurePixels(svg: string, height: number, px = FIGURE_PNG_PX): { svg: string; width: number; height: number } {
  const k = px / FIGURE_W;
  const h = Math.round(height * k);
  return { svg: svg.replace(/ width="[\d.]+mm" height="[\d.]+mm"/, ` width="${px}" height="${h}"`), width: px, height: h };
}

/**
 * Makes the PNG of a step's figure.
 * @throws ExportError `png-too-large` when the browser cannot make the image, `svg-not-loaded` when
 *   it cannot load the SVG; `signal.reason` when aborted
 */
export async function makeFigurePng(
  req: Pacing & DrawOptions & { timeline: Timeline; plan: SeatPlan; step: number; lang: Lang; background: PngBackground; finish?: (svg: string) => string | Promise<string> },
): Promise<{ blob: Blob; name: string; width: number; height: number }> {
  const checkpoint = pacer(req);
  await checkpoint();
  const { timeline, plan, step, lang } = req;
  const info = figureInfo(timeline, plan, step, lang, { statedOnly: req.statedOnly ?? false, layout: req.layout ?? 'auto', reading: req.reading ?? null });
  const sized = figurePixels(info.svg, info.height);
  const layer = async () => (req.finish ? req.finish(sized.svg) : sized.svg);
  const blob = await rasterizeLayers([layer], sized.width, sized.height, req.background, checkpoint, (done) => req.progress?.(done, 1));
  if (!blob) throw new ExportError('png-too-large');
  const name = statedOnlyName(figureFileName(timeline.dataset.id, step, timeline.valueText(step, lang), lang, 'png'), req.statedOnly ?? false);
  return { blob, name, width: sized.width, height: sized.height };
}
