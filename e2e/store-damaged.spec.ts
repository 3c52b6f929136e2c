import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { settled, reveal } from './helpers.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

/** A kept record whose dataset has no `memberships`: written straight into IndexedDB, past the app. */
const DAMAGED = {
  key: 'broken',
  title: 'Broken board',
  dataset: {
    format: 'committee-history',
    format_version: 1,
    id: 'broken',
    title: { en: 'Broken board' },
    sources: [],
    organizations: [{ id: 'b', name: { en: 'Board' }, seats: 3 }],
    persons: [{ id: 'p', name: { en: 'Pat' } }],
    posts: [],
    events: [],
    claims: [],
    annotations: [],
  },
  format: 'json',
  fileName: 'broken.json',
  importedAt: '2026-11-30T00:00:00.000Z',
  warnings: [],
};

/** Put `record` into the app's store (`committee-history` → `datasets`), as devtools or an old version could. */
async function writeRaw(page: Page, record: unknown): Promise<void> {
  await page.evaluate(
    (rec) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('committee-history');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('datasets', 'readwrite');
          tx.objectStore('datasets').put(rec);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

test('a damaged kept dataset is listed as damaged; the good one still opens; ?dataset= of the damaged one gives a notice and the chart works', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('board.csv'));
  await expect(page.getByTestId('dataset-title')).toHaveText('board');
  await writeRaw(page, DAMAGED);

  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  const list = page.getByTestId('dataset-list');
  const good = list.locator('li[data-dataset-key="board"]');
  const damaged = list.locator('li[data-damaged="true"]');
  await expect(good).not.toHaveAttribute('data-damaged', 'true');
  await expect(damaged).toHaveCount(1);
  await expect(damaged).toHaveAttribute('data-dataset-key', 'broken');
  await expect(damaged).toContainText('damaged');
  await expect(damaged).toContainText('broken.json');
  await expect(damaged).toContainText('the required field “memberships” is missing');
  await expect(damaged.getByTestId('delete-dataset')).toBeVisible();

  // Export raw JSON: the record exactly as it was kept.
  const downloading = page.waitForEvent('download');
  await damaged.getByTestId('export-raw').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('broken_raw.json');
  expect(JSON.parse(await readFile(await file.path(), 'utf8'))).toEqual(DAMAGED);

  // The good kept dataset opens.
  await good.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('dataset-title')).toHaveText('board');
  await settled(page, 0);
  await expect(page.getByTestId('org-chart').locator('[data-member-id]')).toHaveCount(4);

  // Opening the damaged one by URL: a notice, the built-in dataset, and the chart still scrubs.
  await page.goto('./?dataset=broken&lang=en');
  await reveal(page);
  await settled(page, 0);
  await expect(page.getByTestId('notices')).toContainText('“broken” in this browser is damaged and cannot be opened');
  await expect(page.getByTestId('count-bch')).toContainText('35');
  await page.getByTestId('step-forward').click();
  await settled(page, 1);
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await settled(page, 4);
  await page.getByTestId('search').fill('bi thu');
  await expect(page.getByTestId('org-chart').locator('[data-match="true"]').first()).toBeVisible();

  // Opening it from the list: the same notice, the chart stays.
  await page.getByTestId('dataset-list').locator('li[data-damaged="true"]').getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('notices').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('count-bch')).toBeVisible();

  // Delete removes it; the good one stays.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('dataset-list').locator('li[data-damaged="true"]').getByTestId('delete-dataset').click();
  await expect(page.getByTestId('dataset-list').locator('li[data-damaged="true"]')).toHaveCount(0);
  await expect(page.getByTestId('dataset-list').locator('li[data-dataset-key="board"]')).toBeVisible();
});
