/**
 * Long exports of a larger dataset (300 members, 200 steps, generated here and imported): every
 * step as a ZIP shows the progress bar and can be cancelled (no download, the status line says so),
 * and a second try gives a valid ZIP; the poster of a long term is a ZIP of sheets, as the note
 * beside its button says; the PNG of a large step comes out whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { bigDataset } from '../tests/model/big.ts';
import { reveal, openDownloads } from './helpers.ts';

const MEMBERS = 300;
const STEPS = 200;

/** Imports the generated dataset and waits for its first step. */
async function openBig(page: Page): Promise<void> {
  await page.goto('./?lang=en');
  await reveal(page);
  await expect(page.getByTestId('org-chart')).toBeVisible();
  const json = JSON.stringify(bigDataset(MEMBERS, STEPS));
  await page.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByTestId('step-caption')).toContainText('Big', { timeout: 60_000 });
}

test('every step as a ZIP: progress, Cancel (no download), then a valid ZIP', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openBig(page);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  // First try: the bar shows steps done of all, then Cancel stops it.
  await openDownloads(page);
  await page.getByTestId('export-all').click();
  const bar = page.getByTestId('progress');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('Making the ZIP of every step');
  await expect(page.getByTestId('progress-count')).toContainText(`of ${STEPS}`);
  await openDownloads(page);
  await expect(page.getByTestId('export-all')).toHaveAttribute('aria-busy', 'true');
  await page.getByTestId('progress-cancel').click();
  await expect(bar).toBeHidden();
  await openDownloads(page);
  await expect(page.getByTestId('export-status')).toHaveText('Cancelled.');
  await openDownloads(page);
  await expect(page.getByTestId('export-all')).toHaveAttribute('aria-busy', 'false');
  // Nothing was downloaded, even a while later.
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);

  // Second try: it runs to the end and gives every step and the README.
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-all').click()]);
  expect(download.suggestedFilename()).toBe('big_all-steps_en.zip');
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const names = Object.keys(files);
  expect(names).toHaveLength(STEPS + 1);
  expect(names.at(-1)).toBe('README.txt');
  for (const i of [0, 99, STEPS - 1]) {
    const text = strFromU8(files[names[i]!]!);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(text).toContain(`data-step="${i}"`);
    expect(text).toContain('@font-face');
    expect(text.trimEnd().endsWith('</svg>')).toBe(true);
  }
  await openDownloads(page);
  await expect(page.getByTestId('export-status')).toHaveText('Exported big_all-steps_en.zip');
  await expect(page.getByTestId('progress')).toBeHidden();
  expect(errors).toEqual([]);
});

test('the poster of a long term: sheets of 24 steps in a ZIP, as the note says', async ({ page }) => {
  test.setTimeout(180_000);
  await openBig(page);
  await openDownloads(page);
  await expect(page.getByTestId('export-poster')).toHaveText('Poster (ZIP)');
  await openDownloads(page);
  await expect(page.getByTestId('export-poster-note')).toHaveText('200 steps: the poster is 9 sheets of 24 steps, in one ZIP');
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-poster').click()]);
  expect(download.suggestedFilename()).toBe('big_poster_en.zip');
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files)).toEqual(Array.from({ length: 9 }, (_, k) => `big_poster_${k + 1}-of-9_en.svg`));
  const steps: number[] = [];
  for (const [name, data] of Object.entries(files)) {
    const text = strFromU8(data);
    expect(text, name).toContain('@font-face');
    steps.push(...[...text.matchAll(/class="cmv-poster-cell" data-step="(\d+)"/g)].map((m) => Number(m[1])));
  }
  // Every step on exactly one sheet, in order.
  expect(steps).toEqual(Array.from({ length: STEPS }, (_, i) => i));
  expect(strFromU8(files['big_poster_2-of-9_en.svg']!)).toContain('Steps 25–48, from ');
  await openDownloads(page);
  await expect(page.getByTestId('export-status')).toHaveText('Exported big_poster_en.zip');

  // Vietnamese: the same note in Vietnamese.
  await page.getByTestId('lang').selectOption('vi');
  await openDownloads(page);
  await expect(page.getByTestId('export-poster-note')).toHaveText('200 bước: áp phích gồm 9 tờ, mỗi tờ 24 bước, trong một tệp ZIP');
  await openDownloads(page);
  await expect(page.getByTestId('export-poster')).toHaveText('Áp phích (ZIP)');
});

test('the PNG of a large step, drawn in layers, is the picture of the SVG export', async ({ page }) => {
  test.setTimeout(120_000);
  await openBig(page);
  await page.getByTestId('timeline').fill('100');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-step', '100');
  const seated = await page.getByTestId('org-chart').evaluate((svg) => svg.querySelectorAll('[data-member-id]').length);
  // More members than one layer holds (PNG_LAYER_NODES = 120): the PNG is drawn in several layers.
  expect(seated).toBeGreaterThan(120);
  await openDownloads(page);
  await page.getByTestId('export-scale').selectOption('1');
  await openDownloads(page);
  const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-png').click()]);
  expect(png.suggestedFilename()).toBe('big_s100-may-1008_en.png');
  await openDownloads(page);
  await expect(page.getByTestId('export-status')).toHaveText('Exported big_s100-may-1008_en.png');
  await openDownloads(page);
  const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-svg').click()]);
  const pngData = await readFile((await png.path())!);
  const svgText = await readFile((await svg.path())!, 'utf8');
  expect([...pngData.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  // The SVG export drawn whole on a white canvas of the PNG's size, against the PNG made in layers.
  const cmp = await page.evaluate(
    async ({ b64, svgText }) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      };
      const a = await load(`data:image/png;base64,${b64}`);
      const w = a.naturalWidth;
      const h = a.naturalHeight;
      // Sized as the PNG's source is (pngSvg: the output size on the root, the viewBox kept).
      const sized = svgText.replace(/^(<svg[^>]*?) width="[^"]*" height="[^"]*"/m, `$1 width="${w}" height="${h}"`);
      const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
      const b = await load(url);
      const pixels = (img: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = w;
        c.height = h;
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#FFFFFF';
        ctx.fillRect(0, 0, w, h);
        ctx.drawImage(img, 0, 0, w, h);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const pa = pixels(a);
      const pb = pixels(b);
      let ink = 0;
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (pa[i]! < 200 || pa[i + 1]! < 200 || pa[i + 2]! < 200) ink++;
        if (Math.max(Math.abs(pa[i]! - pb[i]!), Math.abs(pa[i + 1]! - pb[i + 1]!), Math.abs(pa[i + 2]! - pb[i + 2]!)) > 16) differ++;
      }
      return { w, h, ink: ink / (w * h), differ, svgW: b.naturalWidth, svgH: b.naturalHeight };
    },
    { b64: pngData.toString('base64'), svgText },
  );
  expect([cmp.w, cmp.h]).toEqual([cmp.svgW, cmp.svgH]);
  expect(cmp.ink).toBeGreaterThan(0.03);
  // The same picture: (almost) no pixel differs by more than a shade; one member left out would
  // change some 250 pixels.
  expect(cmp.differ).toBeLessThan(50);
});
