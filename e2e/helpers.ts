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
