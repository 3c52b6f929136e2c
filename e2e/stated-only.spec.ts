import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { settled, reveal, openDownloads } from './helpers.ts';

const opacity = (page: import('@playwright/test').Page, sel: string) =>
  page.getByTestId('org-chart').locator(sel).evaluate((g) => Number(getComputedStyle(g).opacity));

test('"stated facts only" greys out what rests on inference, in the chart, the URL and the export', async ({ page }) => {
  await page.goto('./?step=4&lang=en');
  await reveal(page);
  await settled(page, 4);
  expect(await opacity(page, '[data-member-id="pbt-tt-1999"]')).toBe(1);
  await page.getByTestId('stated-only').check();
  await expect(page).toHaveURL(/stated=only/);
  // inferred: the new Standing Deputy Secretary, the organisation post; stated: a by-elected BCH member
  expect(await opacity(page, '[data-member-id="pbt-tt-1999"]')).toBeLessThan(0.5);
  expect(await opacity(page, '[data-member-id="bch-20"]')).toBeLessThan(0.5);
  expect(await opacity(page, '[data-member-id="pct-ubnd"]')).toBe(1);
  expect(await opacity(page, '[data-departed-id="uvtv-tuyen-giao"]')).toBe(1);
  await expect(page.getByTestId('role-table').locator('tr[data-post-id="uvtv-to-chuc"] td').nth(4)).toHaveClass(/greyed/);
  // the member timeline greys the inferred parts of a row too
  await expect(page.getByTestId('member-timeline').locator('[data-member-id="pbt-tt-1999"] rect.seg[opacity="0.22"]').first()).toBeAttached();
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = await readFile((await download.path())!, 'utf8');
  expect(svg).toMatch(/<svg[^>]*class="cmv-chart cmv-stated-only"/);
  expect(svg).toContain('.cmv-stated-only .cmv-is-inferred{opacity:0.22}');
  // kept on reload
  await page.reload();
  await reveal(page);
  await settled(page, 4);
  await expect(page.getByTestId('stated-only')).toBeChecked();
  expect(await opacity(page, '[data-member-id="pbt-tt-1999"]')).toBeLessThan(0.5);
});
