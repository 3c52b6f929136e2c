/**
 * Spreadsheets (issue 14): rows pasted from a spreadsheet import like a CSV; the Download menu's
 * workbook (XLSX) and its CSV with a separator choice (semicolon by default in Vietnamese) open
 * back in the import panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openDownloads, reveal, settled } from './helpers.ts';

/** Clicks `testId` in the Download menu and returns the download's name, path and bytes. */
async function downloadOf(page: Page, testId: string) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  const path = (await d.path())!;
  return { name: d.suggestedFilename(), path, data: await readFile(path) };
}

const ROWS = [
  ['person', 'body', 'seats', 'post', 'start', 'end', 'end_cause'],
  ['Nguyễn Văn An', 'Hội đồng quản trị', '5', 'Chủ tịch', '2010', '2014-06', 'retired'],
  ['Trần Thị Bình', 'Hội đồng quản trị', '5', '', '2010', '', ''],
  ['Lê Văn Cường', 'Hội đồng quản trị', '5', '', '2010', '', ''],
  ['Phạm Thị Dung', 'Hội đồng quản trị', '5', 'Chủ tịch', '2014-06', '', ''],
];

test('rows pasted from a spreadsheet (tab-separated) import like a CSV', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page, ['data-tools-pending']);
  await settled(page, 0);
  const submit = page.getByTestId('import-paste-submit');
  await expect(submit).toBeDisabled();
  await page.getByTestId('import-paste').fill(ROWS.map((r) => r.join('\t')).join('\n'));
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page.getByTestId('dataset-title')).toHaveText('Pasted table');
  await settled(page, 0);
  await expect(page.getByTestId('org-chart').locator('[data-member-id]')).toHaveCount(3);
  await expect(page.getByTestId('import-paste')).toHaveValue('');
  await expect(page.getByTestId('dataset-list')).toContainText('Pasted table');
});

test('the workbook (XLSX) downloads and opens back the same: title, counts, step labels, readings', async ({ page }) => {
  await page.goto('./?lang=vi');
  await settled(page, 0);
  await openDownloads(page);
  await expect(page.getByTestId('export-xlsx')).toHaveText('Bảng tính (XLSX)');
  await expect(page.getByTestId('export-xlsx-note')).toContainText('ngày giữ dạng văn bản');
  const x = await downloadOf(page, 'export-xlsx');
  expect(x.name).toBe('quan6-1996-2000_vi.xlsx');
  expect([...x.data.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  await page.keyboard.press('Escape');
  await reveal(page, ['data-tools-pending']);
  await page.getByTestId('import-file').setInputFiles({ name: x.name, mimeType: 'application/octet-stream', buffer: x.data });
  // Issue 14: the whole dataset comes back (its title, not the file's name; the events' labels; the readings).
  await expect(page.getByTestId('dataset-title')).toHaveText('Ban Chấp hành Đảng bộ Quận 6 khóa VII (nhiệm kỳ 1996–2000)');
  await settled(page, 0);
  const counts = page.getByTestId('step-caption');
  await expect(counts).toContainText('35');
  await expect(counts).toContainText('Đầu nhiệm kỳ, Ban Chấp hành khóa VII');
  await expect(page.getByTestId('reading')).toHaveCount(1);
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await expect(counts).toContainText('32');
});

test('the CSV separator: semicolon in Vietnamese by default, comma on request; the semicolon file opens back', async ({ page }) => {
  await page.goto('./?lang=vi');
  await settled(page, 0);
  await openDownloads(page);
  const sep = page.getByTestId('export-csv-separator');
  await expect(sep).toHaveValue(';');
  const semi = await downloadOf(page, 'export-csv');
  expect(semi.name).toBe('quan6-1996-2000_vi.csv');
  const header = semi.data.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0]!;
  expect(header.startsWith('person;body;parent_body;seats')).toBe(true);
  await sep.selectOption(',');
  const comma = await downloadOf(page, 'export-csv');
  expect(comma.data.toString('utf8').replace(/^\uFEFF/, '').startsWith('person,body,parent_body,seats')).toBe(true);
  await page.keyboard.press('Escape');
  await reveal(page, ['data-tools-pending']);
  await page.getByTestId('import-file').setInputFiles({ name: 'chấm-phẩy.csv', mimeType: 'text/csv', buffer: semi.data });
  await expect(page.getByTestId('dataset-title')).toHaveText('chấm-phẩy');
  await settled(page, 0);
  await expect(page.getByTestId('step-caption')).toContainText('35');
});
