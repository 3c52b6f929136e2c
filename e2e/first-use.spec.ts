import { expect, test, type Page } from '@playwright/test';
import { reveal, settled } from './helpers.ts';

/**
 * What loads when first used (issue 10, target 5): an untouched page fetches none of the code for
 * zoom, the sections below the first screen or the data tools; each loads on first use, and using it
 * first loses nothing.
 */

/** Names of the scripts the page requests from now on (file names without their hash). */
function scripts(page: Page): string[] {
  const out: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/(.+?)-[\w-]{8}\.js$/.exec(new URL(r.url()).pathname);
    if (m) out.push(m[1]!);
  });
  return out;
}

test('an untouched page fetches no code for zoom, the member timeline, the role table, the data tools or the store', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const fetched = scripts(page);
  await page.goto('./?lang=en');
  await settled(page, 0);
  await page.waitForTimeout(3000);
  expect(fetched).toContain('index');
  for (const lazy of ['d3-zoom', 'MemberTimeline', 'RoleTable', 'SourceInfo', 'MemberPanel', 'DataTools', 'dataset-store', 'ReadingTable']) expect(fetched, lazy).not.toContain(lazy);
  for (const id of ['member-timeline-pending', 'role-table-pending', 'source-info-pending', 'data-tools-pending']) await expect(page.getByTestId(id)).toHaveCount(1);
  // The pointer on the chart loads zoom; scrolling down loads the sections as they come near.
  const box = (await page.getByTestId('zoom-pane').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 10);
  await expect.poll(() => fetched.includes('d3-zoom')).toBe(true);
  await reveal(page);
  expect(fetched).toEqual(expect.arrayContaining(['MemberTimeline', 'RoleTable', 'DataTools', 'dataset-store']));
  await expect(page.getByTestId('member-timeline')).toBeVisible();
  await expect(page.getByTestId('role-table')).toBeVisible();
  await expect(page.getByTestId('dataset-list')).toBeVisible();
});

test('a Ctrl + wheel zoom that comes while zoom loads is applied, and neither scrolls nor zooms the page', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Hold zoom's code back a while, so the wheel comes before it is there.
  await page.route(/\/assets\/d3-zoom-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await page.goto('./?lang=en');
  await settled(page, 0);
  const pane = page.getByTestId('zoom-pane');
  await expect(pane).toHaveAttribute('data-zoom', '1');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + 200, box.y + 40);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  expect(await page.evaluate(() => [window.scrollY, window.visualViewport?.scale ?? 1])).toEqual([0, 1]);
  // Applied once zoom has loaded: one notch in.
  await expect.poll(async () => Number(await pane.getAttribute('data-zoom')), { timeout: 10_000 }).toBeGreaterThan(1.1);
  expect(await page.evaluate(() => [window.scrollY, window.visualViewport?.scale ?? 1])).toEqual([0, 1]);
  // And zoom works as ever from then on.
  const before = Number(await pane.getAttribute('data-zoom'));
  await page.getByTestId('zoom-in').click();
  await expect.poll(async () => Number(await pane.getAttribute('data-zoom'))).toBeGreaterThan(before);
});

test('the zoom buttons work as the first use (keyboard too)', async ({ page }) => {
  await page.goto('./?lang=en');
  await settled(page, 0);
  await page.getByTestId('zoom-in').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => Number(await page.getByTestId('zoom-pane').getAttribute('data-zoom'))).toBeCloseTo(1.4, 5);
});

test('scrolling down to a section loaded on first use moves nothing on screen', async ({ page }) => {
  for (const [width, height] of [[1366, 768], [360, 740]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('./?lang=vi');
    await settled(page, 0);
    // Scroll a screen at a time, as a reader would; at each stop, what is on screen must not move as sections load.
    const counts = page.locator('section.counts');
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, height * 0.8);
      await page.waitForTimeout(100);
      const at = await counts.evaluate((e) => e.getBoundingClientRect().top);
      const source = await page.locator('div.data-tools').evaluate((e) => e.getBoundingClientRect().top);
      await page.waitForTimeout(400);
      expect(await counts.evaluate((e) => e.getBoundingClientRect().top), `${width} px, stop ${i}`).toBeCloseTo(at, 0);
      const after = await page.locator('div.data-tools').evaluate((e) => e.getBoundingClientRect().top);
      // The data tools, under the loaded sections, moves only while it is off screen (above it or below it).
      if (after !== source) expect(source < 0 || source > height || after > height, `${width} px, stop ${i}: ${source} → ${after}`).toBe(true);
    }
    await expect(page.getByTestId('member-timeline')).toBeVisible();
    await expect(page.getByTestId('dataset-list')).toBeVisible();
  }
});
