import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { settled, reveal, openDownloads } from './helpers.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

test('a share link opens the shared dataset in a fresh browser profile, at the link’s view', async ({ page, browser, baseURL }) => {
  await page.goto('./?lang=en');
  await reveal(page, ['data-tools-pending']);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('readings.json'));
  await expect(page).toHaveURL(/dataset=readings-sample/);
  await settled(page, 0);
  await page.getByTestId('reading').selectOption('r5');
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settled(page, 2);

  await openDownloads(page);
  await expect(page.getByTestId('export-share-link-note')).toHaveText('The dataset travels inside the link itself (after the #), through no server.');
  await page.getByTestId('export-share-link').click();
  const box = page.getByTestId('export-share-link-text');
  await expect(box).toBeVisible();
  const link = await box.inputValue();
  // The view in the query, the dataset in the fragment; not this browser's store key.
  expect(link).toMatch(new RegExp(`^${baseURL!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\?lang=en&step=2&reading=r5#data=[A-Za-z0-9_-]+$`));
  expect(link).not.toContain('dataset=');
  await expect(page.getByTestId('export-status')).toHaveText(/^(Copied to the clipboard\.|Could not copy automatically: select the text below and copy it\.)$/);

  // Someone else's browser: a new profile with nothing kept.
  const other = await browser.newContext();
  try {
    const p = await other.newPage();
    await p.goto(link);
    await settled(p, 2);
    await expect(p.getByTestId('dataset-title')).toHaveText('Sample committee with one by-election (2000–2001)');
    await expect(p.getByTestId('reading')).toHaveValue('r5');
    await expect(p.getByTestId('timeline')).toHaveValue('2');
    await expect(p.getByTestId('notices')).toHaveCount(0);
    // Kept like any import: the address names it, the fragment is gone, a reload opens it from the store.
    await expect(p).toHaveURL(/[?&]dataset=readings-sample/);
    expect(new URL(p.url()).hash).toBe('');
    await p.reload();
    await settled(p, 2);
    await expect(p.getByTestId('dataset-title')).toHaveText('Sample committee with one by-election (2000–2001)');
    await reveal(p, ['data-tools-pending']);
    await expect(p.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  } finally {
    await other.close();
  }
});

test('the built-in dataset’s link is the ordinary address; the embed snippet frames it with embed=1', async ({ page, baseURL }) => {
  await page.goto('./?step=3&lang=en');
  await settled(page, 3);
  await openDownloads(page);
  await expect(page.getByTestId('export-share-link-note')).toHaveCount(0);
  await page.getByTestId('export-share-link').click();
  await expect(page.getByTestId('export-share-link-text')).toHaveValue(`${baseURL}?step=3&lang=en`);
  await page.getByTestId('export-embed').click();
  await expect(page.getByTestId('export-embed-text')).toHaveValue(
    `<iframe src="${baseURL}?step=3&amp;lang=en&amp;embed=1" title="District 6 Party Executive Committee, term VII (1996–2000) – Membership changes" lang="en" width="100%" height="640" style="max-width:1000px;border:0" loading="lazy"></iframe>`,
  );
});

test('copies to the clipboard where the browser allows it', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await ctx.newPage();
    await page.goto('./?step=1&lang=vi');
    await settled(page, 1);
    await openDownloads(page);
    await page.getByTestId('export-share-link').click();
    await expect(page.getByTestId('export-status')).toHaveText('Đã sao chép vào bộ nhớ tạm.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}?step=1&lang=vi`);
  } finally {
    await ctx.close();
  }
});

test('a dataset too large for a link is shared as its file, and the app says so with the size', async ({ page }) => {
  // 3,000 members with names that do not compress: well over 16 KB once deflated.
  let x = 2463534242;
  const letter = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), String.fromCharCode(97 + ((x >>> 0) % 26)));
  const rows = Array.from({ length: 3000 }, () => `${Array.from({ length: 12 }, letter).join('')};Board;;3000;;2010;;elected;;`);
  const csv = ['person;body;parent_body;seats;post;start;end;start_cause;end_cause;note', ...rows].join('\n');
  await page.goto('./?lang=en');
  await reveal(page, ['data-tools-pending']);
  await page.getByTestId('import-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page).toHaveURL(/dataset=/);
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-animating', 'false');
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-share-link').click()]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/\.json$/);
  await expect(page.getByTestId('export-status')).toHaveText(
    new RegExp(`^This dataset is still \\d+\\.\\d KB compressed, over the 16\\.0 KB a link can carry, so it is shared as a file: ${name.replace(/[.]/g, '\\.')} was downloaded\\. Send that file; the receiver opens it with Import in the Data section\\.$`),
  );
  const kb = Number((await page.getByTestId('export-status').textContent())!.match(/still ([\d.]+) KB/)![1]);
  expect(kb).toBeGreaterThan(16);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).persons).toHaveLength(3000);
  await expect(page.getByTestId('export-share-link-text')).toHaveCount(0);
});

test('a damaged share link leaves the built-in dataset, with a notice', async ({ page }) => {
  await page.goto('./?lang=en&step=1#data=AAAA-not-deflate');
  await expect(page.getByTestId('notices')).toContainText('The dataset sent in the link could not be read');
  await settled(page, 0);
  await expect(page.getByTestId('dataset-title')).toHaveText('District 6 Party Executive Committee, term VII (1996–2000)');
});
