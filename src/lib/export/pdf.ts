/**
 * PDF files: the app's SVG drawings (the view, the figure, the poster's sheets) converted to PDF
 * pages, so the PDF is the same picture as the SVG. PDFKit writes the document and svg-to-pdfkit draws
 * each SVG on a page: shapes as vector paths, text as text in the chart's fonts, embedded and subset
 * to the glyphs used (fontkit), with a ToUnicode map, so the text can be selected, searched and
 * copied, Vietnamese included (the text is NFC, and Be Vietnam Pro has every precomposed Vietnamese
 * letter: ế, ầ, ộ, ữ, Đ are one glyph each).
 *
 * Each page is the SVG's own size (`pageSizePt`: the figure 170 mm wide, the poster's sheet A3
 * landscape, a view its CSS px at 0.75 pt). The fonts come from the caller (`PdfFonts`:
 * `pdf-fonts-node.ts` reads the files, `pdf-fonts-browser.ts` fetches them), so this module runs in
 * Node and in the browser alike. Load it with `import()`: PDFKit is large.
 *
 * No DOM.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { SYMBOL_FAMILY } from '../draw/chart-css.ts';
import { pageSizePt, svgForPdf } from './pdf-svg.ts';

export { pageSizePt } from './pdf-svg.ts';

/** The font files a PDF embeds (TrueType/OpenType or WOFF/WOFF2 bytes): Be Vietnam Pro Regular and Bold, the symbol font. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  symbols: Uint8Array;
}

/** What a PDF says about itself, and how it is made. */
export interface PdfOptions {
  /** The document's title (its `Title`, shown by viewers instead of the file name). */
  title: string;
  /** The language of its text (`vi`, `en`): the document's `Lang`. */
  lang: string;
  fonts: PdfFonts;
  /** Awaited after each page (a pacing checkpoint: it may throw to cancel). */
  step?: () => Promise<void>;
  /** The creation date written in the file (default: now). */
  date?: Date;
}

/** Names the fonts are registered under in the document. */
const FONT_NAMES = { regular: 'cmv-regular', bold: 'cmv-bold', symbols: 'cmv-symbols' } as const;

/** Whether a CSS `font-family` value names the symbol font alone (the tspans `svgForPdf` adds). */
function isSymbolFamily(family: string): boolean {
  return family.replace(/['"]/g, '').trim() === SYMBOL_FAMILY;
}

/**
 * The PDF of one or more SVG documents, one page each, at each SVG's own size (see the file
 * comment). Text is set in the chart's fonts whatever the SVG's font stack says after them.
 * @param svgs standalone SVG documents as the app writes them (`svgForView`, `figureSvg`, `posterSvg`), before or after font embedding (their `@font-face` rules are ignored)
 * @returns the bytes of the PDF file
 * @throws RangeError when an SVG root has no width or height; what `step` throws; Error from the font library when a font cannot be read
 */
export async function svgToPdf(svgs: readonly string[], opts: PdfOptions): Promise<Uint8Array> {
  if (svgs.length === 0) throw new RangeError('svgToPdf: no page');
  const sizes = svgs.map(pageSizePt);
  const doc = new PDFDocument({
    autoFirstPage: false,
    // The default font is ours: nothing needs PDFKit's standard fonts (absent in the browser build).
    font: opts.fonts.regular as unknown as string,
    info: { Title: opts.title, Creator: 'committee-history', CreationDate: opts.date ?? new Date() },
    lang: opts.lang,
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont(FONT_NAMES.regular, opts.fonts.regular as unknown as string);
  doc.registerFont(FONT_NAMES.bold, opts.fonts.bold as unknown as string);
  doc.registerFont(FONT_NAMES.symbols, opts.fonts.symbols as unknown as string);
  for (let i = 0; i < svgs.length; i++) {
    const { width, height } = sizes[i]!;
    doc.addPage({ size: [width, height], margin: 0 });
    SVGtoPDF(doc, svgForPdf(svgs[i]!), 0, 0, {
      width,
      height,
      fontCallback: (family: string, bold: boolean) => (isSymbolFamily(family) ? FONT_NAMES.symbols : bold ? FONT_NAMES.bold : FONT_NAMES.regular),
      // Every warning is about something the app's SVG does not use; none stops the page.
      warningCallback: () => {},
    });
    await opts.step?.();
  }
  doc.end();
  await done;
  let length = 0;
  for (const c of chunks) length += c.byteLength;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
