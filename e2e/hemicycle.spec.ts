import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { settled, reveal } from './helpers.ts';

const HOUSE = fileURLToPath(new URL('../tests/fixtures/house-650.csv', import.meta.url));

test.use({ viewport: { width: 1400, height: 900 } });

test('a 650-seat house: imported through the file picker, drawn as a hemicycle that fits the window; nested and back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  // District 6 stays nested.
  await expect(chart).toHaveAttribute('data-layout', 'nested');

  await page.getByTestId('import-file').setInputFiles(HOUSE);
  await expect(page.getByTestId('dataset-title')).toHaveText('house-650', { timeout: 20_000 });
  await settled(page, 0);
  await expect(chart).toHaveAttribute('data-layout', 'hemicycle');
  await expect(chart.locator('[data-member-id]')).toHaveCount(650);
  await expect(page).not.toHaveURL(/layout=/);

  // The whole chart fits a 1400 × 900 window at the default zoom.
  const box = (await chart.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(1400);
  expect(box.height).toBeLessThanOrEqual(900);
  // Scrolled to it, nothing of it is cut off.
  await chart.scrollIntoViewIfNeeded();
  const inView = await chart.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1;
  });
  expect(inView).toBe(true);

  // A seat has its name as the tooltip and the accessible name; focus opens nothing, Enter opens the panel.
  const seat = chart.locator('[data-member-id]').first();
  await expect(seat.locator('title')).toHaveText(/ · Constituency \d+$/);
  await expect(seat).toHaveAttribute('aria-label', /Constituency \d+/);
  await seat.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('member-panel')).toBeVisible();
  await page.keyboard.press('Escape');

  // Later steps: vacancies hollow, the departed as dots with their hook.
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  const last = Number(await page.getByTestId('timeline').getAttribute('max'));
  await settled(page, last);
  await expect(chart.locator('[data-departed-id][data-cause="death"]')).toHaveCount(24);
  await expect(chart.locator('[data-departed-id][data-cause="resignation"]')).toHaveCount(30);

  // Switch to nested boxes and back; the URL follows.
  await page.getByTestId('layout').selectOption('nested');
  await expect(chart).toHaveAttribute('data-layout', 'nested');
  await expect(page).toHaveURL(/layout=nested/);
  await expect(chart.locator('[data-member-id]')).toHaveCount(await chart.locator('[data-member-id]').count());
  await page.getByTestId('layout').selectOption('hemicycle');
  await expect(chart).toHaveAttribute('data-layout', 'hemicycle');
  await expect(page).toHaveURL(/layout=hemicycle/);
  await page.getByTestId('layout').selectOption('auto');
  await expect(chart).toHaveAttribute('data-layout', 'hemicycle');
  await expect(page).not.toHaveURL(/layout=/);
});

test('?layout= in the URL: forced hemicycle on District 6; an invalid value is a notice and falls back to auto', async ({ page }) => {
  await page.goto('./?lang=en&layout=hemicycle');
  await reveal(page);
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  await expect(chart).toHaveAttribute('data-layout', 'hemicycle');
  await expect(chart.locator('[data-member-id]')).toHaveCount(35);
  await expect(page.getByTestId('layout')).toHaveValue('hemicycle');

  await page.goto('./?lang=en&layout=round');
  await reveal(page);
  await settled(page, 0);
  await expect(chart).toHaveAttribute('data-layout', 'nested');
  await expect(page.getByTestId('notices')).toContainText('“layout=round” is not valid');
  await expect(page.getByTestId('layout')).toHaveValue('auto');
});

test('a 650-seat house with parties: members coloured by party in blocks, a legend of parties with their counts, a change of party', async ({ page }) => {
  test.setTimeout(120_000);
  const file = fileURLToPath(new URL('../tests/fixtures/house-650-groups.csv', import.meta.url));
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('dataset-title')).toHaveText('house-650-groups', { timeout: 20_000 });
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  await expect(chart).toHaveAttribute('data-layout', 'hemicycle');
  const seats = chart.locator('[data-member-id]');
  await expect(seats).toHaveCount(650);
  // Every member sits for a party; the members of one party share one fill, and parties differ.
  const paint = await seats.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-group'), el.querySelector('path')?.getAttribute('fill') ?? ''] as const),
  );
  expect(paint.every(([g]) => g !== null && g !== '')).toBe(true);
  const fills = new Map<string, Set<string>>();
  for (const [g, f] of paint) fills.set(g!, (fills.get(g!) ?? new Set()).add(f));
  for (const [g, f] of fills) expect(f.size, g!).toBe(1);
  expect(new Set([...fills.values()].map((f) => [...f][0])).size).toBe(fills.size);
  // Seats of one party are one block: along the seats (left to right), a party's seats are contiguous.
  const order = paint.map(([g]) => g);
  const seen = new Set<string>();
  order.forEach((g, i) => {
    if (i > 0 && order[i - 1] !== g) {
      expect(seen.has(g!), `${g} appears in two blocks`).toBe(false);
    }
    seen.add(g!);
  });
  // The legend gives each party with its count at the step; the counts add up to the members.
  const legend = page.getByTestId('group-legend').locator('[data-group]');
  expect(await legend.count()).toBe(fills.size);
  const counts = await legend.evaluateAll((els) => els.map((el) => Number(/(\d+)\D*$/.exec(el.textContent ?? '')?.[1] ?? NaN)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(650);
  for (const [g] of fills) {
    const n = paint.filter(([x]) => x === g).length;
    await expect(page.getByTestId('group-legend').locator(`[data-group="${g}"]`)).toContainText(String(n));
  }
  // A change of party (Blue Party → Independents, 30 Oct 2020): the member keeps a seat, in the new colour.
  const porter = chart.locator('[data-member-id="jamie-k-porter"]');
  await expect(porter).toHaveAttribute('data-group', 'blue-party');
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await settled(page, Number(await page.getByTestId('timeline').getAttribute('max')));
  await expect(porter).toHaveAttribute('data-group', 'independents');
  expect(await porter.locator('path').first().getAttribute('fill')).toBe(fills.get('independents')!.values().next().value);
});
