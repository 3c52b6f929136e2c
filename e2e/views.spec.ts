import { expect, test } from '@playwright/test';
import { settled, reveal } from './helpers.ts';

test('search finds members without diacritics and with the other tone-mark placement, in chart, timeline and table', async ({ page }) => {
  await page.goto('./?lang=vi');
  await reveal(page);
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  const search = page.getByTestId('search');
  // no diacritics at all
  await search.fill('bi thu quan uy');
  await expect(chart.locator('[data-match="true"]')).toHaveCount(2);
  await expect(chart.locator('[data-member-id="bi-thu-1996"]')).toHaveAttribute('data-match', 'true');
  await expect(page.getByTestId('member-timeline').locator('[data-member-id="bi-thu-1996"][data-match="true"]')).toHaveCount(1);
  await expect(page.getByTestId('role-table').locator('[data-match="true"]').first()).toBeVisible();
  // the old tone-mark placement ("uỷ") finds the data's "ủy", diacritics kept
  await page.getByTestId('search-ignore-diacritics').uncheck();
  await search.fill('Uỷ viên Thường vụ phụ trách quân sự');
  await expect(chart.locator('[data-member-id="uvtv-quan-su-1996"]')).toHaveAttribute('data-match', 'true');
  // and NFD input (decomposed marks) matches NFC data
  await search.fill('Bí thư Quận ủy'.normalize('NFD'));
  await expect(chart.locator('[data-member-id="bi-thu-1996"]')).toHaveAttribute('data-match', 'true');
  await search.fill('');
  await expect(chart.locator('[data-match="true"]')).toHaveCount(0);
});

test('the member timeline line follows the slider, also between the two 1999 steps', async ({ page }) => {
  await page.goto('./');
  await reveal(page);
  await settled(page, 0);
  const line = page.getByTestId('member-timeline').locator('line.now');
  const xs: number[] = [];
  const slider = page.getByTestId('timeline');
  await slider.focus();
  for (let i = 0; i < 5; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await settled(page, i);
    await expect(page.getByTestId('member-timeline')).toHaveAttribute('data-step', String(i));
    xs.push(Number(await line.getAttribute('x1')));
  }
  for (let i = 1; i < 5; i++) expect(xs[i]!, `step ${i}`).toBeGreaterThan(xs[i - 1]!);
});
