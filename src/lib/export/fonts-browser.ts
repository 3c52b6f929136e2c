/**
 * Fonts for exports made in the browser: `embedFont(svgText, glyphs?)` with the same result as the
 * Node version's drawing (same font, same glyphs and advances), without subsetting at run time.
 *
 * `subset-font` (harfbuzz) needs Node (`fs`, `Buffer`), so the browser embeds the ready-made
 * unicode-range subsets of Be Vietnam Pro from `@fontsource/be-vietnam-pro` (WOFF2, the same font
 * version as the TTFs the metrics come from; tested): `latin`, `latin-ext` and `vietnamese`, each
 * only when the file uses a character of its range, Regular and Bold as used, each with its
 * `unicode-range`; and the arrows of `font-data.ts` when the file uses one. A Vietnamese chart
 * carries about 90 kB of base64 font data (latin and vietnamese, Regular and Bold) (against 20-40 kB from the Node subsetter).
 *
 * The font files are not in this module: they are the page's own WOFF2 files (`src/fonts.css` names
 * the same files, so the build emits each once), fetched by URL when an export first needs them
 * (`FONT_URLS`, `fetchFontFile`) and kept for the next export. Load the module with `import()`
 * when the user exports. In the single-file build the URLs are `data:` URLs, used as they are.
 */
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-700-normal.woff2?url';
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vietnamese700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url';
import { SYMBOLS_WOFF2_BASE64 } from './font-data.ts';
import { ExportError } from './export-error.ts';
import { SYMBOL_UNICODE_RANGE } from './font-ranges.ts';
import { FONT_FAMILY, SYMBOL_FAMILY, embedFontWith, splitSymbols, type EmbeddedFace, type Glyphs, type Weight } from './fonts.ts';

/** The unicode ranges of the @fontsource subsets (as in its CSS), in the order the faces are written. */
export const FONTSOURCE_RANGES: Readonly<Record<'latin' | 'latin-ext' | 'vietnamese', string>> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};

/** The name of a subset of `FONTSOURCE_RANGES`. */
export type FontSubset = keyof typeof FONTSOURCE_RANGES;

/** The URL of each WOFF2 file, by subset and weight: the page's own files (a `data:` URL in the single-file build). */
export const FONT_URLS: Readonly<Record<FontSubset, Record<Weight, string>>> = {
  latin: { 400: latin400, 700: latin700 },
  'latin-ext': { 400: latinExt400, 700: latinExt700 },
  vietnamese: { 400: vietnamese400, 700: vietnamese700 },
};

/**
 * Reads one font file: the WOFF2 bytes, or a `data:` URL as it is (the single-file build: the page's
 * policy allows no fetch of `data:`). A URL is fetched once; later exports reuse its bytes.
 * @throws Error when the file cannot be fetched (offline and not cached, HTTP error)
 */
export type FontFileReader = (url: string, subset: FontSubset, weight: Weight) => Promise<Uint8Array | string>;

const fetched = new Map<string, Promise<Uint8Array>>();

/** The default `FontFileReader`: `fetch` (the browser and a worker), each URL once. */
export const fetchFontFile: FontFileReader = (url) => {
  if (url.startsWith('data:')) return Promise.resolve(url);
  let bytes = fetched.get(url);
  if (!bytes) {
    bytes = fetch(url).then(
      async (res) => {
        if (!res.ok) throw new ExportError('fonts-unavailable', { url, status: String(res.status) });
        return new Uint8Array(await res.arrayBuffer());
      },
      () => {
        throw new ExportError('fonts-unavailable', { url });
      },
    );
    // A failure is not kept: the next export tries again.
    bytes.catch(() => fetched.delete(url));
    fetched.set(url, bytes);
  }
  return bytes;
};

/** Which subset a character is taken from, when several list it. */
const PREFERENCE = ['latin', 'vietnamese', 'latin-ext'] as const;

/** Whether a code point is in a CSS `unicode-range` value. */
export function inUnicodeRange(cp: number, range: string): boolean {
  return range.split(',').some((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) return false;
    const a = parseInt(m[1]!, 16);
    const b = m[2] ? parseInt(m[2], 16) : a;
    return cp >= a && cp <= b;
  });
}

/** The @fontsource faces that hold a character of `glyphs` (per weight), and the symbol face if an arrow is used. */
async function fontsourceFaces(glyphs: Glyphs, read: FontFileReader): Promise<EmbeddedFace[]> {
  const faces: EmbeddedFace[] = [];
  let symbols = '';
  for (const w of [400, 700] as Weight[]) {
    const { main, symbols: sym } = splitSymbols(glyphs[w]);
    symbols += sym;
    // Each character from the first subset that has it (the ranges overlap: latin-ext also lists
    // Vietnamese letters such as Đ and ơ, which the vietnamese subset holds).
    const needed = new Set<FontSubset>();
    for (const ch of main) {
      const cp = ch.codePointAt(0)!;
      const name = PREFERENCE.find((n) => inUnicodeRange(cp, FONTSOURCE_RANGES[n]));
      if (name) needed.add(name);
    }
    for (const name of PREFERENCE) {
      if (needed.has(name)) faces.push({ family: FONT_FAMILY, weight: w, unicodeRange: FONTSOURCE_RANGES[name], woff2: await read(FONT_URLS[name][w], name, w) });
    }
  }
  if (symbols !== '') faces.push({ family: SYMBOL_FAMILY, unicodeRange: SYMBOL_UNICODE_RANGE, woff2: `data:font/woff2;base64,${SYMBOLS_WOFF2_BASE64}` });
  return faces;
}

/**
 * Embeds the chart's fonts in a serialised SVG (browser version; see the file comment).
 * @param svgText a standalone SVG (`svgForView`, `posterSvg`)
 * @param glyphs the characters to embed: a string (both weights) or per weight; default: the file's text, per weight
 * @param read reads a font file (default `fetchFontFile`; the tests read them from node_modules)
 * @throws Error when a font file cannot be read
 */
export function embedFont(svgText: string, glyphs?: string | Partial<Glyphs>, read: FontFileReader = fetchFontFile): Promise<string> {
  return embedFontWith((g) => fontsourceFaces(g, read), svgText, glyphs);
}
