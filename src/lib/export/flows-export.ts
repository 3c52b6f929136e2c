/**
 * The flows view as a file: the drawing of `draw/flows-view.ts` at the files' width
 * (`FLOWS_FILE_WIDTH`), serialised by `treeToSvg` (fonts are embedded afterwards, as for every
 * export), its name (`flowsFileName`), and the drawing sized for a PNG. Pure: no DOM.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { flowsModel, type FlowsModel } from '../layout/flows.ts';
import { num } from '../layout/round.ts';
import { FLOWS_FILE_WIDTH, flowsView } from '../draw/flows-view.ts';
import { hasClass, type ChartTree } from '../draw/svg-el.ts';
import { flowsFileName, statedOnlyName } from './filename.ts';
import type { PngBackground } from './png-scales.ts';
import { fitPngScale } from './png-size.ts';
import { treeToSvg } from './svg.ts';

/**
 * The flows of `timeline` as a standalone SVG document (before font embedding), and its file name.
 * @param model `flowsModel(timeline)` when already made (made here otherwise)
 * @param statedOnly the inferred part of each band greyed out, with its note; the name ends `_stated-only`
 */
export function flowsSvg(timeline: Timeline, lang: Lang, model: FlowsModel = flowsModel(timeline), statedOnly = false): { svg: string; name: string } {
  const { tree } = flowsView(timeline, model, lang, FLOWS_FILE_WIDTH, { statedOnly });
  return { svg: treeToSvg(tree), name: statedOnlyName(flowsFileName(timeline.dataset.id, lang, 'svg'), statedOnly) };
}

/**
 * The flows drawing to rasterise at `scale` pixels per unit (lowered to what a browser's canvas
 * manages, `fitPngScale`): the root sized in pixels, the white background left out when the
 * background is transparent; with the size in whole pixels, the scale used and the file name.
 */
export function flowsPngTree(
  timeline: Timeline,
  lang: Lang,
  scale: number,
  background: PngBackground,
  model: FlowsModel = flowsModel(timeline),
  statedOnly = false,
): { tree: ChartTree; width: number; height: number; scale: number; name: string } {
  const { tree, geometry } = flowsView(timeline, model, lang, FLOWS_FILE_WIDTH, { statedOnly });
  const used = fitPngScale(geometry.width, geometry.height, scale);
  const width = Math.round(geometry.width * used);
  const height = Math.round(geometry.height * used);
  const under = background === 'transparent' ? tree.under.filter((e) => !hasClass(e, 'cmv-flows-bg')) : tree.under;
  return {
    tree: { ...tree, root: { ...tree.root, width: num(width), height: num(height) }, under },
    width,
    height,
    scale: used,
    name: statedOnlyName(flowsFileName(timeline.dataset.id, lang, 'png', used), statedOnly),
  };
}
