import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { settled, reveal } from './helpers.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

test('import a CSV through the file picker, see its chart, find it again after a reload', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('board.csv'));
  await expect(page.getByTestId('dataset-title')).toHaveText('board');
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  await expect(chart.locator('[data-member-id]')).toHaveCount(4);
  await expect(chart.locator('[data-vacant-seat]')).toHaveCount(1);
  await expect(page).toHaveURL(/dataset=board/);
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  // the year axis under the slider spans the board's own years (no annotations in a CSV)
  const years = await page.locator('.year-label').allTextContents();
  expect(Number(years[0])).toBeGreaterThanOrEqual(2000);
  expect(Number(years[years.length - 1]) - Number(years[0])).toBeLessThan(20);
  // scrub the imported history
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await settled(page, 2);
  await expect(chart.locator('[data-member-id]')).toHaveCount(3);
  await expect(chart.locator('[data-departed-id]')).toHaveCount(2);
  await expect(chart).toContainText('Phạm Thị Dung');
  // reload: the same dataset and step come back
  await page.reload();
  await reveal(page);
  await settled(page, 2);
  await expect(page.getByTestId('dataset-title')).toHaveText('board');
  await expect(page.getByTestId('dataset-list')).toContainText('board');
  // and the built-in dataset is still there
  await page.getByTestId('dataset-list').locator('li').first().getByRole('button', { name: 'Open' }).click();
  await settled(page, 0);
  await expect(page.getByTestId('count-bch')).toContainText('35');
});

test('import a Popolo file through the file picker', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('althing.popolo.json'));
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  await settled(page, 0);
  await expect(page.getByTestId('dataset-title')).toContainText('Alþingi');
  await expect(page.getByTestId('org-chart').locator('[data-member-id]').first()).toBeVisible();
  // the Icelandic Ð (U+00D0) is kept as it is, not turned into the Vietnamese Đ
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('org-chart')).toContainText('Jón Ðorláksson');
  await expect(page.getByTestId('org-chart')).not.toContainText('Đorláksson');
});

test('a broken file is refused with its problems listed, and the chart stays', async ({ page }) => {
  await page.goto('./?lang=en&step=2');
  await reveal(page);
  await settled(page, 2);
  await page.getByTestId('import-file').setInputFiles(fixture('broken.csv'));
  const problems = page.getByTestId('import-problems').locator('li');
  await expect(problems.filter({ hasText: 'line 3' })).toContainText('31/2/2011');
  await expect(problems.filter({ hasText: 'line 2' })).toContainText('flew away');
  await expect(page.getByTestId('count-bch')).toContainText('30');
  await expect(page.getByTestId('timeline')).toHaveValue('2');
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(1);
  // in Vietnamese too
  await page.getByTestId('lang').selectOption('vi');
  await expect(problems.filter({ hasText: 'dòng 3' })).toContainText('31/2/2011');
});

test('hostile names are shown as text everywhere, nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('hostile.csv'));
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  await expect(chart).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('script:not([type="module"])')).toHaveCount(0);
  await chart.locator('[data-member-id]').first().click();
  await expect(page.getByTestId('member-panel')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('role-table')).toContainText('javascript:alert(3)');
  await expect(page.getByTestId('role-table').locator('a')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('deleting a kept dataset asks first and goes back to the built-in one', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('board.csv'));
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  page.once('dialog', (d) => void d.dismiss());
  await page.getByTestId('delete-dataset').click();
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('delete-dataset').click();
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('count-bch')).toContainText('35');
  await page.reload();
  await reveal(page);
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(1);
});
