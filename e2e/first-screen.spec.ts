/**
 * The first screen (issue 13, section 1): the dataset's story as the headline, the chart and the
 * slider visible together at 1366×768 at every step, the step controls sticky while the chart
 * scrolls, one caption on screen, the Download menu by keyboard, and the phone's step bar.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXPECTED, settled } from './helpers.ts';

/** Whether an element's bounding box lies inside the viewport. */
async function inViewport(page: Page, el: Locator): Promise<{ box: { x: number; y: number; width: number; height: number }; inside: boolean }> {
  const box = (await el.boundingBox())!;
  const vp = page.viewportSize()!;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 0.5 && box.y + box.height <= vp.height + 0.5;
  return { box, inside };
}

for (const lang of ['vi', 'en'] as const) {
  test(`1366×768 (${lang}): the whole chart and the slider are in the viewport together, at every step`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`./?lang=${lang}`);
    for (let step = 0; step < EXPECTED.length; step++) {
      if (step > 0) await page.getByTestId('step-forward').click();
      await settled(page, step);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const chart = await inViewport(page, page.getByTestId('org-chart'));
      const slider = await inViewport(page, page.getByTestId('timeline'));
      expect(chart.inside, `chart at step ${step}: ${JSON.stringify(chart.box)}`).toBe(true);
      expect(slider.inside, `slider at step ${step}: ${JSON.stringify(slider.box)}`).toBe(true);
      // the chart is under the slider, and not a thumbnail
      expect(chart.box.y).toBeGreaterThan(slider.box.y);
      expect(chart.box.height).toBeGreaterThan(250);
    }
  });
}

test('1400×900: the headline tells the story of the term, the description is under it, the app name is small', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./?lang=en');
  await settled(page, 0);
  const story = page.getByTestId('story');
  await expect(story).toHaveText('1996–2000: the District 6 Party Executive Committee went from 35 to 32 members, its Standing Committee from 11 to 10.');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByTestId('story-description')).toContainText('How the District 6 Party Executive Committee');
  // Cut to one line at first; a click (or Enter) shows it whole, for touch and keyboard too.
  const description = page.getByTestId('story-description');
  // The button holds the cut and its "…" (a new user saw the text end mid-word at the edge, no ellipsis).
  const cut = () => description.getByRole('button').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(await cut()).toBe(true);
  expect(await description.getByRole('button').evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
  expect(await description.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await description.getByRole('button').click();
  await expect(description.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  expect(await cut()).toBe(false);
  await description.getByRole('button').press('Enter');
  await expect(description.getByRole('button')).toHaveAttribute('aria-expanded', 'false');
  const fontSize = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await fontSize(page.locator('.app-name'))).toBeLessThan(await fontSize(story));
  await page.getByTestId('lang').selectOption('vi');
  await expect(story).toHaveText('1996–2000: Ban Chấp hành Đảng bộ Quận 6 từ 35 còn 32 ủy viên, Ban Thường vụ Quận ủy từ 11 còn 10.');
});

test('the caption is on screen once: with the slider, not in the drawing', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?lang=en&step=2');
  await settled(page, 2);
  await expect(page.getByTestId('step-caption')).toHaveCount(1);
  await expect(page.getByTestId('step-caption')).toBeVisible();
  await expect(page.getByTestId('org-chart').locator('.cmv-caption')).toBeHidden();
  // the drawing starts under its caption head (the exported files keep it)
  expect(await page.getByTestId('org-chart').getAttribute('viewBox')).toMatch(/^0 100 /);
});

test('the step controls stay in view while the chart scrolls under them', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 600 });
  await page.goto('./?lang=en&step=1');
  await settled(page, 1);
  const chartTop = (await page.getByTestId('org-chart').boundingBox())!.y;
  await page.evaluate((y) => window.scrollTo(0, y), chartTop);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  const slider = await inViewport(page, page.getByTestId('timeline'));
  expect(slider.inside, JSON.stringify(slider.box)).toBe(true);
  const caption = await inViewport(page, page.getByTestId('step-caption'));
  expect(caption.inside).toBe(true);
  // and the chart is partly under them now (it scrolled)
  expect((await page.getByTestId('org-chart').boundingBox())!.y).toBeLessThan(slider.box.y);
});

test('the chart toolbar holds search, "stated facts only", zoom and Download; the header holds language and layout', async ({ page }) => {
  await page.goto('./?lang=en');
  await settled(page, 0);
  const bar = page.getByRole('group', { name: 'Chart tools' });
  for (const id of ['search', 'stated-only', 'zoom-in', 'zoom-out', 'zoom-reset', 'download']) await expect(bar.getByTestId(id), id).toBeVisible();
  const header = page.locator('header.top');
  for (const id of ['lang', 'layout']) await expect(header.getByTestId(id), id).toBeVisible();
  // the toolbar sits above the chart, inside the card, under the slider
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y).toBeGreaterThan((await page.getByTestId('timeline').boundingBox())!.y);
  expect(barBox.y + barBox.height).toBeLessThanOrEqual((await page.getByTestId('org-chart').boundingBox())!.y + 1);
});

test('the Download menu by keyboard: Enter opens it on its first entry, arrows move, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('./?lang=en');
  await settled(page, 0);
  const button = page.getByTestId('download');
  await expect(page.getByTestId('export-menu')).toHaveCount(0);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByTestId('export-menu');
  await expect(menu).toBeVisible();
  await expect(page.getByTestId('export-svg')).toBeFocused();
  // every export is one entry: the picture's, then the data files, then the share links
  const ids = await menu.locator('button[data-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(ids).toEqual(['export-svg', 'export-png', 'export-pdf', 'export-outlined', 'export-figure-svg', 'export-figure-png', 'export-figure-pdf', 'export-all', 'export-poster', 'export-poster-pdf', 'export-json', 'export-popolo', 'export-csv', 'export-xlsx', 'export-roles', 'export-embed', 'export-share-link']);
  await expect(menu.getByTestId('export-scale')).toBeVisible();
  await expect(menu.getByTestId('export-bg')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-png')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('export-share-link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-svg')).toBeFocused();
  // Enter on an entry downloads it; the menu stays open and says what was made
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('quan6-1996-2000_s0-1996_en.svg');
  await expect(page.getByTestId('export-status')).toHaveText('Exported quan6-1996-2000_s0-1996_en.svg');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // a click outside closes it too
  await button.click();
  await expect(menu).toBeVisible();
  await page.getByTestId('story').click();
  await expect(menu).toHaveCount(0);
});

test('360×740: a step bar at the bottom of the screen steps through the term', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=en');
  await settled(page, 0);
  const bar = page.getByTestId('step-bar');
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(740);
  expect(box.width).toBe(360);
  await expect(page.getByTestId('stepbar-label')).toHaveText('1996 Step 1/5');
  await page.getByTestId('stepbar-forward').click();
  await settled(page, 1);
  await expect(page.getByTestId('stepbar-label')).toHaveText('June 1996 Step 2/5');
  // it stays at the bottom while the page scrolls
  await page.evaluate(() => window.scrollTo(0, 600));
  expect(Math.round((await bar.boundingBox())!.y + box.height)).toBe(740);
  await page.getByTestId('stepbar-back').click();
  await settled(page, 0);
  // wider than a phone, no step bar
  await page.setViewportSize({ width: 1000, height: 740 });
  await expect(bar).toBeHidden();
});

test('the reading picker sits under the chart, marked as the step’s own at the by-election', async ({ page }) => {
  await page.goto('./?lang=en&step=3');
  await settled(page, 3);
  const picker = page.getByTestId('reading');
  const section = page.locator('section.readings', { has: picker });
  await expect(section).toHaveAttribute('data-here', 'false');
  // in the card, right under the chart
  const chartBox = (await page.getByTestId('org-chart').boundingBox())!;
  const box = (await section.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(chartBox.y + chartBox.height - 1);
  expect(box.y - (chartBox.y + chartBox.height)).toBeLessThan(60);
  await page.getByTestId('step-forward').click();
  await settled(page, 4);
  await expect(section).toHaveAttribute('data-here', 'true');
});
