/**
 * The last step of every SVG the app exports in the browser (the SVG itself, the PNG's layers, the
 * ZIP's files, the poster's sheets): the chart's fonts embedded (`embedFont` of `fonts-browser.ts`,
 * loaded when first needed), so a file looks the same wherever it is opened, and an SVG drawn as an
 * image (the PNG), which cannot use the page's fonts, is set in the chart's font too.
 */
import type { Glyphs } from './fonts.ts';

/**
 * `svg` with the chart's fonts embedded.
 * @param svg a standalone SVG (`svgForView`, a poster sheet, a PNG layer)
 * @param glyphs the characters it draws by weight, when already known (default: read from `svg`)
 */
export async function finishSvg(svg: string, glyphs?: Glyphs): Promise<string> {
  const { embedFont } = await import('./fonts-browser.ts');
  return embedFont(svg, glyphs);
}
