/**
 * Issue 13, "Phone" and "Time axis": at 360 × 740 the chart fits the width with member labels of
 * at least 11 px; a one-finger swipe over the chart scrolls the page (touch-action: pan-y, d3-zoom
 * leaves one finger alone); the time axis ends at the report's date (April 2000), its context marks
 * collapse into one labelled row on a phone and open on a tap.
 */
import { expect, test, type Page } from '@playwright/test';
import { settled } from './helpers.ts';

/** The chart's box and its smallest member label as rendered (font size × the drawing's scale), in CSS px. */
async function chartFit(page: Page) {
  return page.getByTestId('org-chart').evaluate((svg) => {
    const s = svg as SVGSVGElement;
    const r = s.getBoundingClientRect();
    // The drawing's scale as shown: the viewBox meets the box (preserveAspectRatio's default), so the smaller of the two ratios.
    const k = Math.min(r.width / s.viewBox.baseVal.width, r.height / s.viewBox.baseVal.height);
    const sizes = [...s.querySelectorAll('[data-member-id] text, [data-departed-id] text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k);
    const parent = s.parentElement!;
    return { left: r.left, right: r.right, min: Math.min(...sizes), count: sizes.length, overflow: parent.scrollWidth - parent.clientWidth, page: document.documentElement.scrollWidth };
  });
}

test.describe('360 × 740 (touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const lang of ['vi', 'en'] as const) {
    test(`the chart fits the width with labels of at least 11 px at every step (${lang})`, async ({ page }) => {
      for (const step of [0, 2, 4]) {
        await page.goto(`./?lang=${lang}&step=${step}`);
        await settled(page, step);
        const f = await chartFit(page);
        expect(f.count, `step ${step}`).toBeGreaterThan(30);
        expect(f.left, `step ${step}`).toBeGreaterThanOrEqual(0);
        expect(f.right, `step ${step}`).toBeLessThanOrEqual(360);
        expect(f.overflow, `step ${step}`).toBe(0);
        expect(f.page, `step ${step}`).toBeLessThanOrEqual(360);
        expect(f.min, `step ${step}`).toBeGreaterThanOrEqual(11);
      }
    });
  }

  test('a one-finger swipe over the chart scrolls the page; the chart does not pan', async ({ page }) => {
    await page.goto('./?lang=vi&step=2');
    await settled(page, 2);
    const chart = page.getByTestId('org-chart');
    await chart.scrollIntoViewIfNeeded();
    const pane = page.getByTestId('zoom-pane');
    expect(await pane.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-y');
    const box = (await chart.boundingBox())!;
    const x = 180;
    const y = Math.max(box.y, 0) + 300;
    const before = await page.evaluate(() => window.scrollY);
    const content = pane.locator(':scope > .content');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', py: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: py, id: 1 }] });
    await touch('touchStart', y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', y - i * 25);
    await touch('touchEnd', y - 250);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    // d3-zoom left the one finger alone: the chart is where it was, at 100 %.
    expect(await content.evaluate((el) => (el as HTMLElement).style.transform)).toBe('');
    await expect(pane).toHaveAttribute('data-zoom', '1');
  });

  test('the time axis: the context marks in one labelled row; a tap opens one', async ({ page }) => {
    await page.goto('./?lang=en&step=0');
    await settled(page, 0);
    const notes = page.getByTestId('axis-annotations');
    await expect(notes).toHaveAttribute('data-collapsed', 'true');
    await expect(notes.locator('.row-label')).toHaveText('Context: 10 events');
    await expect(notes.locator('.note-label')).toHaveCount(0);
    // The axis ends in 2000 (the report's date), with no 2001.
    await expect(page.locator('.axis .year-label')).toHaveText(['1996', '1997', '1998', '1999', '2000']);
    await notes.locator('[data-note-id="res-1997-02-anti-corruption"]').tap();
    await expect(page.locator('.note-text')).toContainText('February 1997');
  });
});

test('1366 × 768: the context marks are on the axis\'s own scale (one labelled row: the axis shares the card with the step buttons)', async ({ page }) => {
  // Where the marks are labelled on a wider axis is tested in tests/layout/axis-annotations.test.ts.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?lang=en&step=0');
  await settled(page, 0);
  const notes = page.getByTestId('axis-annotations');
  await expect(notes).toHaveAttribute('data-collapsed', 'true');
  await expect(notes.locator('.row-label')).toHaveText('Context: 10 events');
  await expect(page.locator('.axis .year-label')).toHaveText(['1996', '1997', '1998', '1999', '2000']);
  // The mark of April 2000 sits between the 2000 tick and the axis's end, on the same x as the year axis.
  const xs = await page.evaluate(() => {
    const tick = [...document.querySelectorAll('.axis .year-label')].find((t) => t.textContent === '2000')!.getBoundingClientRect();
    const line = document.querySelector('.axis .year-line')!.getBoundingClientRect();
    const apr = document.querySelector('[data-note-id="res-2000-04-rules"] path')!.getBoundingClientRect();
    return { tick: tick.x + tick.width / 2, end: line.right, apr: apr.x + apr.width / 2 };
  });
  expect(xs.apr).toBeGreaterThan(xs.tick);
  expect(xs.apr).toBeLessThan(xs.end);
  const f = await chartFit(page);
  expect(f.right).toBeLessThanOrEqual(1366);
});

test('1366 × 768: opening the member panel beside the chart scales it, never lays it out again', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?lang=vi&step=2');
  await settled(page, 2);
  const chart = page.getByTestId('org-chart');
  const first = chart.locator('[data-member-id]').first();
  const id = (await first.getAttribute('data-member-id'))!;
  const place = () => chart.evaluate((s, pid) => [(s as SVGSVGElement).viewBox.baseVal.width, s.querySelector(`[data-member-id="${pid}"]`)!.getAttribute('transform')], id);
  const before = await place();
  expect(before[0]).toBe(1440);
  await first.click();
  await expect(page.getByTestId('member-panel')).toBeVisible();
  await expect(chart).toHaveAttribute('data-animating', 'false');
  expect(await place()).toEqual(before);
});
