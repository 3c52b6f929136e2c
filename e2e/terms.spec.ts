import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { settled, reveal, openDownloads } from './helpers.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

test('a parliament with two terms: the term picker chooses the term, the steps and the URL follow', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  // The built-in dataset has no terms: no picker.
  await expect(page.getByTestId('term')).toHaveCount(0);
  await page.getByTestId('import-file').setInputFiles(fixture('terms.popolo.json'));
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  await settled(page, 0);
  const term = page.getByTestId('term');
  await expect(term).toBeVisible();
  await expect(term.locator('option')).toHaveText(['31st Dáil (2011–2016)', '32nd Dáil (2016–)', 'All terms']);
  // Default: the latest term with members, one step, everyone seated at step 0.
  await expect(term).toHaveValue('term/32');
  await expect(page).toHaveURL(/term=term%2F32/);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('max', '0');
  const chart = page.getByTestId('org-chart');
  await expect(chart.locator('[data-member-id]')).toHaveCount(6);
  await expect(chart.locator('[data-member-id="p-hugh"]')).toHaveCount(1);
  // The year axis does not reach back to the 1918 election.
  const years = (await page.locator('.year-label').allTextContents()).map(Number);
  expect(Math.min(...years)).toBeGreaterThanOrEqual(2011);

  // The 31st Dáil: four steps, the first one full.
  await term.selectOption('term/31');
  await settled(page, 0);
  await expect(page).toHaveURL(/term=term%2F31/);
  await expect(page).toHaveURL(/step=0/);
  await expect(timeline).toHaveAttribute('max', '3');
  await expect(timeline).toHaveAttribute('aria-valuetext', '9 March 2011');
  await expect(chart.locator('[data-member-id]')).toHaveCount(6);
  await expect(chart.locator('[data-member-id="p-eimear"]')).toHaveCount(1);
  await expect(chart.locator('[data-member-id="p-hugh"]')).toHaveCount(0);
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await settled(page, 1);
  await expect(chart.locator('[data-member-id]')).toHaveCount(5);

  // Every term: five steps.
  await term.selectOption('all');
  await settled(page, 0);
  await expect(page).toHaveURL(/term=all/);
  await expect(timeline).toHaveAttribute('max', '4');

  // The URL brings the term back after a reload; a bad one falls back with a notice.
  await term.selectOption('term/31');
  await settled(page, 0);
  await expect(page).toHaveURL(/term=term%2F31/);
  await page.reload();
  await reveal(page);
  await settled(page, 0);
  await expect(page.getByTestId('term')).toHaveValue('term/31');
  const url = new URL(page.url());
  url.searchParams.set('term', 'term/99');
  await page.goto(url.toString());
  await reveal(page);
  await settled(page, 0);
  await expect(page.getByTestId('term')).toHaveValue('term/32');
  await expect(page.getByTestId('notices')).toContainText('term=term/99');
});

test('the SVG export of a term is named after it', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('terms.popolo.json'));
  await settled(page, 0);
  await page.getByTestId('term').selectOption('term/31');
  await settled(page, 0);
  const download = page.waitForEvent('download');
  await openDownloads(page);
  await page.getByTestId('export-svg').click();
  expect((await download).suggestedFilename()).toBe('terms-popolo-term-31_s0-9-march-2011_en.svg');
});
