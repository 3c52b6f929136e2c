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

const MEMBERS = 300;
const STEPS = 200;

/** Imports the generated dataset and waits for its first step. */
async function openBig(page: Page): Promise<void> {
  await page.goto('./?lang=en');
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
  await page.getByTestId('export-all').click();
  const bar = page.getByTestId('progress');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('Making the ZIP of every step');
  await expect(page.getByTestId('progress-count')).toContainText(`of ${STEPS}`);
  await expect(page.getByTestId('export-all')).toHaveAttribute('aria-busy', 'true');
  await page.getByTestId('progress-cancel').click();
  await expect(bar).toBeHidden();
  await expect(page.getByTestId('export-status')).toHaveText('Cancelled.');
  await expect(page.getByTestId('export-all')).toHaveAttribute('aria-busy', 'false');
  // Nothing was downloaded, even a while later.
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);

  // Second try: it runs to the end and gives every step and the README.
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
  await expect(page.getByTestId('export-status')).toHaveText('Exported big_all-steps_en.zip');
  await expect(page.getByTestId('progress')).toBeHidden();
  expect(errors).toEqual([]);
});

test('the poster of a long term: sheets of 24 steps in a ZIP, as the note says', async ({ page }) => {
  test.setTimeout(180_000);
  await openBig(page);
  await expect(page.getByTestId('export-poster')).toHaveText('Poster (ZIP)');
  await expect(page.getByTestId('export-poster-note')).toHaveText('200 steps: the poster is 9 sheets of 24 steps, in one ZIP');
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
  await expect(page.getByTestId('export-status')).toHaveText('Exported big_poster_en.zip');

  // Vietnamese: the same note in Vietnamese.
  await page.getByTestId('lang').selectOption('vi');
  await expect(page.getByTestId('export-poster-note')).toHaveText('200 bước: áp phích gồm 9 tờ, mỗi tờ 24 bước, trong một tệp ZIP');
  await expect(page.getByTestId('export-poster')).toHaveText('Áp phích (ZIP)');
});

test('the PNG of a large step, drawn in layers, comes out whole', async ({ page }) => {
  test.setTimeout(120_000);
  await openBig(page);
  await page.getByTestId('timeline').fill('100');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-step', '100');
  const seated = await page.getByTestId('org-chart').evaluate((svg) => svg.querySelectorAll('[data-member-id]').length);
  expect(seated).toBeGreaterThan(120);
  await page.getByTestId('export-scale').selectOption('1');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe('big_s100-5-1008_en.png');
  const data = await readFile((await download.path())!);
  expect([...data.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  // Decoded: the size of the chart, with ink from the members (later layers) as well as the boxes.
  const px = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) ink++;
    return { w: img.naturalWidth, h: img.naturalHeight, ink: ink / (c.width * c.height) };
  }, data.toString('base64'));
  expect(px.w).toBeGreaterThan(500);
  expect(px.h).toBeGreaterThan(300);
  expect(px.ink).toBeGreaterThan(0.03);
  await expect(page.getByTestId('export-status')).toHaveText('Exported big_s100-5-1008_en.png');
});
