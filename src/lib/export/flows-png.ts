/**
 * The flows view as a PNG in the browser: the drawing of `flowsPngTree`, fonts embedded by
 * `finish`, rasterised on a canvas by `rasterizeLayers` of `png-raster.ts` (one layer: the view
 * draws a few dozen shapes whatever the number of people).
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { FlowsModel } from '../layout/flows.ts';
import { ExportError } from './export-error.ts';
import { flowsPngTree } from './flows-export.ts';
import { pacer, type Pacing } from './pace.ts';
import type { PngBackground } from './png-scales.ts';
import { rasterizeLayers } from './png-raster.ts';
import { treeToSvg } from './svg.ts';

/**
 * Makes the PNG of the flows at `scale` (lowered to what the browser manages).
 * @throws ExportError `png-too-large` when the browser cannot make the image, `svg-not-loaded`
 *   when it cannot load the SVG; `signal.reason` when aborted
 */
export async function makeFlowsPng(
  req: Pacing & { timeline: Timeline; model?: FlowsModel; lang: Lang; scale: number; background: PngBackground; statedOnly?: boolean; finish?: (svg: string) => string | Promise<string> },
): Promise<{ blob: Blob; name: string; scale: number; width: number; height: number }> {
  const checkpoint = pacer(req);
  await checkpoint();
  const { tree, width, height, scale, name } = flowsPngTree(req.timeline, req.lang, req.scale, req.background, req.model, req.statedOnly ?? false);
  const layer = async () => {
    const svg = treeToSvg(tree);
    return req.finish ? req.finish(svg) : svg;
  };
  const blob = await rasterizeLayers([layer], width, height, req.background, checkpoint, (done) => req.progress?.(done, 1));
  if (!blob) throw new ExportError('png-too-large');
  return { blob, name, scale, width, height };
}
