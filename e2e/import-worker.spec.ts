/**
 * Importing a large file (40,000 people over 1,500 steps, 9 MB) runs in the import worker, as the page's task: the progress bar shows
 * (`data-testid="progress"`, labelled with the file), the page answers input meanwhile (the slider
 * moves), and Cancel stops it: the bar goes, the dataset on screen, the list of kept datasets and
 * the import report stay as they were. The next import starts a new worker and loads.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { settled, reveal } from './helpers.ts';
import { bigDataset } from '../tests/model/big.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

test('a large import shows progress, leaves the page responsive, and Cancel changes nothing; the next import loads', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  const title = await page.getByTestId('dataset-title').textContent();
  const big = Buffer.from(JSON.stringify(bigDataset(40_000, 1_500)));
  await page.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  const bar = page.getByTestId('progress');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('Reading and checking “big.json”');
  // The page still takes input while the worker imports.
  await page.getByTestId('step-forward').click();
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-step', '1');
  await expect(bar).toBeVisible();
  await page.getByTestId('progress-cancel').click();
  await expect(bar).toBeHidden();
  await expect(page.getByTestId('dataset-title')).toHaveText(title!);
  await expect(page.getByTestId('import-problems')).toHaveCount(0);
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(1);
  await expect(page).not.toHaveURL(/dataset=/);
  // The next import works (a new worker).
  await page.getByTestId('import-file').setInputFiles(fixture('board.csv'));
  await expect(page.getByTestId('dataset-title')).toHaveText('board');
  await settled(page, 0);
  await expect(page.getByTestId('org-chart').locator('[data-member-id]')).toHaveCount(4);
  await expect(bar).toBeHidden();
});
