/**
 * The page's fonts and the exports' fonts are the same files: `src/fonts.css` declares Be Vietnam Pro
 * from the WOFF2 files only (no `.woff` ships), one face per subset and weight with the unicode range
 * of `FONTSOURCE_RANGES`; `FONT_URLS` (what exports fetch) names the same files; the default reader
 * fetches each URL once and passes a `data:` URL (the single-file build) through untouched.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FONTSOURCE_RANGES, FONT_URLS, embedFont, fetchFontFile } from '../../src/lib/export/fonts-browser.ts';

const css = readFileSync(new URL('../../src/fonts.css', import.meta.url), 'utf8');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
const prop = (face: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(face)?.[1]?.trim();

describe('src/fonts.css', () => {
  test('six faces (latin, latin-ext, vietnamese × 400, 700), WOFF2 only, with the ranges of FONTSOURCE_RANGES', () => {
    const got = faces.map((f) => {
      const src = prop(f, 'src')!;
      const file = /^url\('@fontsource\/be-vietnam-pro\/files\/be-vietnam-pro-([a-z-]+)-(\d+)-normal\.woff2'\) format\('woff2'\)$/.exec(src);
      expect(file, src).not.toBeNull();
      expect(prop(f, 'font-weight')).toBe(file![2]);
      expect(prop(f, 'font-family')).toBe("'Be Vietnam Pro'");
      expect(prop(f, 'unicode-range')).toBe(FONTSOURCE_RANGES[file![1] as keyof typeof FONTSOURCE_RANGES]);
      return `${file![1]}/${file![2]}`;
    });
    expect(got.sort()).toEqual(['latin-ext/400', 'latin-ext/700', 'latin/400', 'latin/700', 'vietnamese/400', 'vietnamese/700']);
    expect(css).not.toMatch(/\.woff['")]/);
  });

  test('FONT_URLS names the same six files the page uses', () => {
    for (const subset of Object.keys(FONTSOURCE_RANGES) as (keyof typeof FONTSOURCE_RANGES)[]) {
      for (const w of [400, 700] as const) expect(FONT_URLS[subset][w]).toMatch(new RegExp(`be-vietnam-pro-${subset}-${w}-normal\\.woff2$`));
    }
  });
});

describe('fetchFontFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('fetches a URL once and reuses its bytes; a data: URL is returned as it is, unfetched', async () => {
    const fetch = vi.fn(async () => new Response(new Uint8Array([1, 2, 3])));
    vi.stubGlobal('fetch', fetch);
    const url = `/test-${Math.random()}.woff2`;
    expect(await fetchFontFile(url, 'latin', 400)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await fetchFontFile(url, 'latin', 400)).toEqual(new Uint8Array([1, 2, 3]));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await fetchFontFile('data:font/woff2;base64,AAAA', 'latin', 400)).toBe('data:font/woff2;base64,AAAA');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('an HTTP error or no network fails the export as fonts-unavailable (said in the UI language), and is not kept: the next try fetches again', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    const url = `/missing-${Math.random()}.woff2`;
    await expect(fetchFontFile(url, 'latin', 700)).rejects.toMatchObject({ code: 'fonts-unavailable', params: { url, status: '404' } });
    await expect(fetchFontFile(url, 'latin', 700)).rejects.toMatchObject({ code: 'fonts-unavailable' });
    expect(fetch).toHaveBeenCalledTimes(2);
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const err = await fetchFontFile(url, 'latin', 700).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'fonts-unavailable', params: { url } });
    const { exportFailureText } = await import('../../src/lib/view/errors.ts');
    expect(exportFailureText(err, 'en')).toBe('Export failed: the chart’s font files could not be loaded to embed in the file (offline, or missing on the server). Reload the page and try again.');
    expect(exportFailureText(err, 'vi')).toContain('không tải được phông chữ');
  });

  test('embedFont fetches only the files of the subsets used, by their URLs, and embeds their bytes', async () => {
    const urls: string[] = [];
    const fetch = vi.fn(async (url: string) => {
      urls.push(url);
      return new Response(new Uint8Array([7, 7, 7]));
    });
    vi.stubGlobal('fetch', fetch);
    const svg = await embedFont('<svg><style></style><text>x</text></svg>', { 400: 'Hello' });
    expect(urls).toEqual([FONT_URLS.latin[400]]);
    expect(svg).toContain(`src:url(data:font/woff2;base64,BwcH) format('woff2')`);
  });
});
