/**
 * The fonts of the outlined SVG in the browser (`OutlineFonts` of `outline.ts`), built from the files
 * the page already has for embedding: Be Vietnam Pro's WOFF2 subsets (latin, latin-ext, vietnamese)
 * per weight, read by `fetchFontFile` (fetched once; a `data:` URL in the single-file build), and the
 * symbol font of `font-data.ts`. Each weight is one `OutlineFont` that takes every character from
 * the subset that has it (runs of one subset are shaped together). fontkit reads WOFF2.
 *
 * Load with `import()` when the outlined SVG is asked for: fontkit is not part of the first load.
 */
import * as fontkit from 'fontkit';
import { fontkitOutlineFont, outlineSvgText, type OutlineFont, type OutlineFonts, type PlacedGlyph } from './outline.ts';
import { FONT_URLS, fetchFontFile, type FontSubset } from './fonts-browser.ts';
import { SYMBOLS_WOFF2_BASE64 } from './font-data.ts';
import { fromBase64, type Weight } from './fonts.ts';

const SUBSETS: readonly FontSubset[] = ['latin', 'latin-ext', 'vietnamese'];

/** Bytes of a font file read by `fetchFontFile` (a `data:` URL decoded). */
function bytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? fromBase64(data.slice(data.indexOf(',') + 1)) : data;
}

function open(data: Uint8Array): OutlineFont {
  return fontkitOutlineFont(fontkit.create(data as Parameters<typeof fontkit.create>[0]) as fontkit.Font);
}

/** One font of several subsets: each character from the first subset that has it. */
export function subsetsFont(parts: readonly OutlineFont[]): OutlineFont {
  const first = parts[0]!;
  const pick = (cp: number) => parts.find((p) => p.has(cp)) ?? first;
  return {
    unitsPerEm: first.unitsPerEm,
    has: (cp) => parts.some((p) => p.has(cp)),
    layout(text: string): PlacedGlyph[] {
      const out: PlacedGlyph[] = [];
      let run = '';
      let font: OutlineFont | null = null;
      for (const ch of text) {
        const f = pick(ch.codePointAt(0)!);
        if (font && f !== font) {
          out.push(...font.layout(run));
          run = '';
        }
        font = f;
        run += ch;
      }
      if (font && run) out.push(...font.layout(run));
      return out;
    },
  };
}

let fonts: Promise<OutlineFonts> | null = null;

/** The outline fonts (made once). @throws Error when a font file cannot be read */
export function browserOutlineFonts(): Promise<OutlineFonts> {
  fonts ??= (async () => {
    const weight = async (w: Weight) => subsetsFont(await Promise.all(SUBSETS.map(async (s) => open(bytes(await fetchFontFile(FONT_URLS[s][w], s, w))))));
    const [regular, bold] = await Promise.all([weight(400), weight(700)]);
    return { regular, bold, symbols: open(fromBase64(SYMBOLS_WOFF2_BASE64)) };
  })();
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

/** A standalone SVG with every text drawn as paths (`outlineSvgText`), in the browser. */
export async function outlineInBrowser(svgText: string): Promise<string> {
  return outlineSvgText(svgText, await browserOutlineFonts());
}
