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
