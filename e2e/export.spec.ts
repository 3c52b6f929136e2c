/**
 * Exports that open anywhere: SVG, PNG at 1×/2×/4× on white or transparent, every step as a ZIP,
 * the poster, each downloaded from the built app in a wide and a narrow window (the files must not
 * depend on the window); and the single-file build opened from disk.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { settled, openDownloads } from './helpers.ts';

const STEP = 2;
const WINDOWS = {
  wide: { width: 1400, height: 1000 },
  narrow: { width: 390, height: 844 },
} as const;

/** Clicks `testId` and returns the download's suggested name and bytes. */
async function take(page: Page, testId: string): Promise<{ name: string; data: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), data: await readFile((await download.path())!) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Decodes a PNG in a blank page and samples its pixels (scaled down to 480 px wide). */
async function pixels(browser: Browser, data: Buffer) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const w = 480;
      const h = Math.round((img.naturalHeight / img.naturalWidth) * w);
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0, w, h);
      const d = ctx.getImageData(0, 0, w, h).data;
      let ink = 0;
      let clear = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, b, a] = [d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!];
        if (a === 0) clear++;
        else if (r < 200 || g < 200 || b < 200) ink++;
        colours.add(((r >> 4) << 12) | ((g >> 4) << 8) | ((b >> 4) << 4) | (a >> 4));
      }
      const corner = [...ctx.getImageData(1, 1, 1, 1).data];
      return { natural: [img.naturalWidth, img.naturalHeight], total: w * h, ink, clear, colours: colours.size, corner };
    }, data.toString('base64'));
  } finally {
    await page.close();
  }
}

/** Every export of the view at STEP in a window of the given size. */
async function exportsIn(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`./?step=${STEP}&lang=vi`);
  await settled(page, STEP);
  await openDownloads(page);
  const svg = await take(page, 'export-svg');
  const png: Record<string, { name: string; data: Buffer }> = {};
  await openDownloads(page);
  await page.getByTestId('export-bg').selectOption('white');
  for (const s of ['1', '2', '4']) {
    await openDownloads(page);
    await page.getByTestId('export-scale').selectOption(s);
    await openDownloads(page);
    png[`${s}x`] = await take(page, 'export-png');
    await openDownloads(page);
    await expect(page.getByTestId('export-status')).toContainText(png[`${s}x`]!.name);
  }
  await openDownloads(page);
  await page.getByTestId('export-scale').selectOption('1');
  await openDownloads(page);
  await page.getByTestId('export-bg').selectOption('transparent');
  await openDownloads(page);
  png.clear = await take(page, 'export-png');
  await openDownloads(page);
  const zip = await take(page, 'export-all');
  await openDownloads(page);
  const poster = await take(page, 'export-poster');
  await context.close();
  expect(errors).toEqual([]);
  return { svg, png, zip, poster };
}

test('every export downloads, and the files do not depend on the window', async ({ browser }) => {
  test.setTimeout(180_000);
  const w = await exportsIn(browser, WINDOWS.wide);
  const narrow = await exportsIn(browser, WINDOWS.narrow);

  // SVG: the same file in both windows, of the current step.
  expect(w.svg.name).toBe('quan6-1996-2000_s2-1998_vi.svg');
  const svgText = w.svg.data.toString('utf8');
  expect(narrow.svg.data.toString('utf8')).toBe(svgText);
  expect(svgText).toContain('data-step="2"');
  const sceneW = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svgText)![1]);
  const sceneH = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svgText)![1]);
  expect(sceneW).toBeGreaterThan(1000);

  // PNG: named with the scale, sized scene × scale, drawn (not blank), the same in both windows.
  for (const [key, scale] of [['1x', 1], ['2x', 2], ['4x', 4], ['clear', 1]] as const) {
    const p = w.png[key]!;
    expect(p.name).toBe(scale === 1 ? 'quan6-1996-2000_s2-1998_vi.png' : `quan6-1996-2000_s2-1998_vi@${scale}x.png`);
    expect(narrow.png[key]!.name).toBe(p.name);
    const size = pngSize(p.data);
    expect(size, key).toEqual({ width: Math.round(sceneW * scale), height: Math.round(sceneH * scale) });
    expect(pngSize(narrow.png[key]!.data)).toEqual(size);
    const px = await pixels(browser, p.data);
    expect(px.natural).toEqual([size.width, size.height]);
    expect(px.ink / px.total, `${key}: some ink`).toBeGreaterThan(0.02);
    expect(px.colours, `${key}: colours`).toBeGreaterThan(8);
    if (key === 'clear') {
      expect(px.corner[3], 'transparent corner').toBe(0);
      expect(px.clear / px.total).toBeGreaterThan(0.2);
    } else {
      expect(px.corner, 'white corner').toEqual([255, 255, 255, 255]);
      expect(px.clear).toBe(0);
    }
  }

  // ZIP: one SVG per step and a README; the same files in both windows; the current step's file is the SVG export.
  expect(w.zip.name).toBe('quan6-1996-2000_all-steps_vi.zip');
  const files = unzipSync(new Uint8Array(w.zip.data));
  const names = Object.keys(files);
  expect(names).toHaveLength(6);
  expect(names.at(-1)).toBe('README.txt');
  expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(5);
  expect(strFromU8(files[w.svg.name]!)).toBe(svgText);
  const files2 = unzipSync(new Uint8Array(narrow.zip.data));
  expect(Object.keys(files2)).toEqual(names);
  for (const n of names) expect(strFromU8(files2[n]!), n).toBe(strFromU8(files[n]!));
  expect(strFromU8(files['README.txt']!)).toContain('Quận 6');

  // Poster: one SVG with every step, the same in both windows, and it renders.
  expect(w.poster.name).toBe('quan6-1996-2000_poster_vi.svg');
  const posterText = w.poster.data.toString('utf8');
  expect(narrow.poster.data.toString('utf8')).toBe(posterText);
  expect(posterText.match(/class="cmv-poster-cell"/g)).toHaveLength(5);
  expect(posterText).not.toMatch(/<script|foreignObject|\son[a-z]+=|href=/i);
  const view = await browser.newPage();
  await view.setContent(posterText);
  await expect(view.locator('svg .cmv-poster-caption')).toHaveCount(5);
  await expect(view.locator('svg .cmv-poster-caption').nth(2)).toHaveText('1998 · BCH 34 → 30, BTV 10 → 9'); // the Vietnamese poster
  await view.close();
});

test.describe('the single-file build', () => {
  // One worker builds it once, then opens it.
  test.describe.configure({ mode: 'serial' });
  const root = fileURLToPath(new URL('..', import.meta.url));
  const html = `${root}dist-single/index.html`;

  test.beforeAll(() => {
    // Build it (a few seconds) so the test runs on the current code.
    execFileSync('npx', ['vite', 'build', '--config', 'vite.single.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' });
  });

  test('is one HTML file whose CSP allows its inline script by hash', () => {
    expect(existsSync(html)).toBe(true);
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(text).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload)"/i);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(text)![1]!;
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
  });

  for (const idb of ['with', 'without'] as const) {
    test(`opens from file:// ${idb} IndexedDB, shows the chart and scrubs`, async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
      });
      if (idb === 'without') {
        await page.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
        });
      }
      await page.goto(pathToFileURL(html).href);
      const chart = page.getByTestId('org-chart');
      await expect(chart).toBeVisible();
      await settled(page, 0);
      await expect(chart.locator('[data-member-id]')).toHaveCount(35);
      await page.getByTestId('timeline').focus();
      await page.keyboard.press('ArrowRight');
      await settled(page, 1);
      await page.keyboard.press('ArrowRight');
      await settled(page, 2);
      await expect(chart.locator('[data-member-id]')).toHaveCount(30);
      // The SVG export works from disk too.
      await openDownloads(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
      expect(download.suggestedFilename()).toMatch(/^quan6-1996-2000_s\d+-.*_vi\.svg$/);
      expect(problems).toEqual([]);
    });
  }

  test('makes a PNG from file:// (the canvas is not tainted)', async ({ page }) => {
    await page.goto(pathToFileURL(html).href);
    await settled(page, 0);
    await openDownloads(page);
    await page.getByTestId('export-scale').selectOption('2');
    await openDownloads(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toBe('quan6-1996-2000_s0-1996_vi@2x.png');
    const size = pngSize(await readFile((await download.path())!));
    expect(size.width).toBeGreaterThan(2000);
  });
});
