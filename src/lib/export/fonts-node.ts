/**
 * Fonts for exports made in Node (the command line, the tests): the font files, `embedFont` with
 * real subsetting (harfbuzz `hb-subset` through `subset-font`, to WOFF2), the fonts for text outlines
 * (fontkit), and TrueType files for a PNG renderer (resvg). See `fonts.ts` for the design.
 *
 * Node only (reads files): never import it from app code.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { SYMBOLS_WOFF2_BASE64, SYMBOL_CHARS } from './font-data.ts';
import { FONT_FILES } from './font-files.ts';
import { SYMBOL_UNICODE_RANGE } from './font-ranges.ts';
import { FONT_FAMILY, SYMBOL_FAMILY, embedFontWith, fromBase64, splitSymbols, type EmbeddedFace, type Glyphs, type Weight } from './fonts.ts';
import { fontkitOutlineFont, type OutlineFonts } from './outline.ts';

export { FONT_FILES } from './font-files.ts';

const fileCache = new Map<string, Promise<Uint8Array>>();
function bytesOf(path: string): Promise<Uint8Array> {
  let p = fileCache.get(path);
  if (!p) {
    p = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    fileCache.set(path, p);
  }
  return p;
}

let symbolBytes: Uint8Array | null = null;
/** The symbol font (WOFF2) from `font-data.ts`. */
export function symbolFontBytes(): Uint8Array {
  symbolBytes ??= fromBase64(SYMBOLS_WOFF2_BASE64);
  return symbolBytes;
}

async function subset(font: Uint8Array, chars: string, format: 'woff2' | 'sfnt'): Promise<Uint8Array> {
  const out = await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), chars, { targetFormat: format });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The faces for `glyphs`: Be Vietnam Pro of each weight subset to its characters, the symbol font to the arrows used. */
async function subsetFaces(glyphs: Glyphs): Promise<EmbeddedFace[]> {
  const faces: EmbeddedFace[] = [];
  let symbols = '';
  for (const w of [400, 700] as Weight[]) {
    const { main, symbols: sym } = splitSymbols(glyphs[w]);
    symbols += sym;
    if (main === '') continue;
    faces.push({ family: FONT_FAMILY, weight: w, woff2: await subset(await bytesOf(w === 700 ? FONT_FILES.bold : FONT_FILES.regular), main, 'woff2') });
  }
  const sym = [...new Set(symbols)].join('');
  if (sym !== '') faces.push({ family: SYMBOL_FAMILY, unicodeRange: SYMBOL_UNICODE_RANGE, woff2: await subset(symbolFontBytes(), sym, 'woff2') });
  return faces;
}

/**
 * Embeds the chart's fonts in a serialised SVG: `@font-face` rules at the start of its `<style>`,
 * each font subset to the characters used (see `fonts.ts`).
 * @param svgText a standalone SVG (`svgForView`, `posterSvg`)
 * @param glyphs the characters to embed: a string (both weights) or per weight; default: the file's text, per weight
 */
export function embedFont(svgText: string, glyphs?: string | Partial<Glyphs>): Promise<string> {
  return embedFontWith(subsetFaces, svgText, glyphs);
}

let outlineFonts: OutlineFonts | null = null;
/** The fonts for `outlineSvg`: Be Vietnam Pro Regular and Bold, the symbol font (fontkit). */
export async function loadOutlineFonts(): Promise<OutlineFonts> {
  if (!outlineFonts) {
    const open = async (path: string) => fontkit.create(Buffer.from(await bytesOf(path))) as fontkit.Font;
    outlineFonts = {
      regular: fontkitOutlineFont(await open(FONT_FILES.regular)),
      bold: fontkitOutlineFont(await open(FONT_FILES.bold)),
      symbols: fontkitOutlineFont(fontkit.create(Buffer.from(symbolFontBytes())) as fontkit.Font),
    };
  }
  return outlineFonts;
}

/**
 * TrueType files for a renderer that reads font files (resvg): Be Vietnam Pro Regular and Bold, and
 * the symbol font converted to TrueType once into the temporary directory.
 */
export async function renderFontFiles(): Promise<string[]> {
  const bytes = symbolFontBytes();
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), 'cmv-fonts');
  const file = join(dir, `cmv-symbols-${hash}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, await subset(bytes, SYMBOL_CHARS, 'sfnt'));
    renameSync(tmp, file);
  }
  return [FONT_FILES.regular, FONT_FILES.bold, file];
}
