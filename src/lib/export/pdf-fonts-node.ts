/**
 * The PDF export's fonts in Node (the command line, the tests): Be Vietnam Pro Regular and Bold as
 * TrueType from the font package, and the symbol font as TrueType (`pdf-symbols-data.ts`).
 *
 * Node only (reads files): never import it from app code.
 */
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { SYMBOL_CHARS } from './font-data.ts';
import { fromBase64 } from './fonts.ts';
import { FONT_FILES, symbolFontBytes } from './fonts-node.ts';
import type { PdfFonts } from './pdf.ts';
import { SYMBOLS_TTF_BASE64 } from './pdf-symbols-data.ts';

let fonts: Promise<PdfFonts> | null = null;

/** The fonts `svgToPdf` embeds, read once. @throws Error when a font file cannot be read */
export function nodePdfFonts(): Promise<PdfFonts> {
  fonts ??= (async () => {
    const [regular, bold] = await Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold), symbols: fromBase64(SYMBOLS_TTF_BASE64) };
  })();
  return fonts;
}

/**
 * The symbol font of `font-data.ts` converted to TrueType (harfbuzz, every arrow kept): what
 * `pdf-symbols-data.ts` holds (`scripts/gen-pdf-symbols.ts` writes it; a test compares the two).
 */
export async function symbolsTrueType(): Promise<Uint8Array> {
  const out = await subsetFont(Buffer.from(symbolFontBytes()), SYMBOL_CHARS, { targetFormat: 'sfnt' });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
