/**
 * English words are a chunk of their own (`i18n/english.ts`), loaded when the page first shows
 * English: the language menu switches once it has come; a link in English opens in English; and
 * when the chunk cannot be loaded, the page stays in Vietnamese and says so.
 */
import { expect, test } from '@playwright/test';
import { settled } from './helpers.ts';

test('the language menu loads English on demand; a link in English opens in English', async ({ page }) => {
  const english: string[] = [];
  page.on('request', (r) => {
    if (/\/english-[^/]*\.js$/.test(r.url())) english.push(r.url());
  });
  await page.goto('./?lang=vi');
  await settled(page, 0);
  expect(english).toEqual([]);
  await page.getByTestId('lang').selectOption('en');
  await expect(page.getByTestId('story')).toContainText('went from 35 to 32 members');
  expect(english).toHaveLength(1);
  await page.goto('./?lang=en&step=3');
  await settled(page, 3);
  await expect(page.getByTestId('story')).toContainText('went from 35 to 32 members');
});

test('when the English words cannot be loaded, the page stays in Vietnamese with a notice', async ({ page }) => {
  await page.route(/\/english-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?lang=vi');
  await settled(page, 0);
  await page.getByTestId('lang').selectOption('en');
  await expect(page.getByTestId('notices')).toContainText('Không tải được phần chữ tiếng Anh');
  await expect(page.getByTestId('story')).toContainText('từ 35 còn 32 ủy viên');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('a link in English on a slow connection: the page shows at once, says English is loading, and turns English when it comes', async ({ page }) => {
  let released = 0;
  await page.route(/\/english-[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    released = Date.now();
    await route.continue();
  });
  const start = Date.now();
  await page.goto('./?lang=en&step=2', { waitUntil: 'commit' });
  await page.waitForTimeout(Math.max(0, 1000 - (Date.now() - start)));
  // At 1 s: not blank. The chart and the headline are there (in Vietnamese), with a status in both languages.
  expect(released).toBe(0);
  await expect(page.getByTestId('org-chart')).toBeVisible({ timeout: 1 });
  await expect(page.getByTestId('story')).toContainText('từ 35 còn 32 ủy viên', { timeout: 1 });
  await expect(page.getByTestId('lang-loading')).toHaveText('Đang tải tiếng Anh… · Loading English…', { timeout: 1 });
  // The address keeps the language asked for while it loads.
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  // After the chunk: English, the status gone, the step kept.
  await expect(page.getByTestId('story')).toContainText('went from 35 to 32 members', { timeout: 10_000 });
  expect(released).toBeGreaterThan(0);
  await expect(page.getByTestId('lang-loading')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await settled(page, 2);
  await expect(page.getByTestId('lang')).toHaveValue('en');
});
