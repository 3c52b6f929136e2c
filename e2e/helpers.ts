import { expect, type Page } from '@playwright/test';

/** Wait until the chart shows `step` and every transition has finished. */
export async function settled(page: Page, step: number): Promise<void> {
  const chart = page.getByTestId('org-chart');
  await expect(chart).toHaveAttribute('data-step', String(step));
  await expect(chart).toHaveAttribute('data-animating', 'false');
}

/** Positions of every member node in the chart, by id (seated and departed). */
export async function positions(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('org-chart').evaluate((svg) => {
    const out: Record<string, string> = {};
    for (const g of svg.querySelectorAll('[data-member-id],[data-departed-id],[data-vacant-seat]')) {
      const id = g.getAttribute('data-member-id') ?? `departed:${g.getAttribute('data-departed-id') ?? ''}`;
      const key = g.hasAttribute('data-vacant-seat') ? `vacant:${g.getAttribute('data-key')}` : id;
      out[key] = `${g.getAttribute('transform')}|${getComputedStyle(g).opacity}`;
    }
    return out;
  });
}

/** Counts of seated members, departed members and vacant seats per body. */
export async function chartCounts(page: Page) {
  const chart = page.getByTestId('org-chart');
  return {
    seated: await chart.locator('[data-member-id]').count(),
    departed: await chart.locator('[data-departed-id]').count(),
    vacantBch: await chart.locator('[data-vacant-seat][data-org="bch"]').count(),
    vacantBtv: await chart.locator('[data-vacant-seat][data-org="btv"]').count(),
    inBtv: await chart.locator('[data-member-id][data-org="btv"]').count(),
    inTt: await chart.locator('[data-member-id][data-org="tt"]').count(),
  };
}

/** The built-in dataset's expected state per step: members of the BCH, BTV and Standing Office, departed members, vacant seats. */
export const EXPECTED = [
  { bch: 35, btv: 11, tt: 2, departed: 0, vacantBch: 0, vacantBtv: 0 },
  { bch: 34, btv: 10, tt: 2, departed: 1, vacantBch: 0, vacantBtv: 1 },
  { bch: 30, btv: 9, tt: 2, departed: 5, vacantBch: 3, vacantBtv: 2 },
  { bch: 28, btv: 7, tt: 1, departed: 7, vacantBch: 3, vacantBtv: 4 },
  { bch: 32, btv: 10, tt: 2, departed: 7, vacantBch: 2, vacantBtv: 1 },
] as const;

/** Test ids of the placeholders of the sections loaded on first use (`Deferred.svelte`), top to bottom. */
export const DEFERRED = ['member-timeline-pending', 'flows-pending', 'role-table-pending', 'readings-table-pending', 'source-info-pending', 'data-tools-pending'] as const;

/**
 * Scrolls down to the sections the page loads only when they come near the viewport (the member
 * timeline, the flows view, the role table, the sources, the data tools: kept datasets and import), as a reader scrolling down
 * would, waits until each is loaded, then scrolls back to the top. Call it after `goto`/`reload`
 * before using their test hooks.
 */
export async function reveal(page: Page, which: readonly (typeof DEFERRED)[number][] = DEFERRED): Promise<void> {
  await expect(page.getByTestId('org-chart')).toBeVisible();
  for (const id of which) {
    // In the page, at once: the section may load (and its placeholder go) while a locator would wait on it.
    await page.evaluate((testid) => document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ block: 'center' }), id);
    await expect(page.getByTestId(id)).toHaveCount(0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Opens the Download menu (the button `download`), unless it is open: every export's button
 * (`export-svg`, `export-png`, `export-all`, `export-poster`, `export-json`, …), the PNG's options
 * and the status line are in it. It stays open while exports run.
 */
export async function openDownloads(page: Page): Promise<void> {
  const button = page.getByTestId('download');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByTestId('export-menu')).toBeVisible();
}
