import { expect, test, type Page } from '@playwright/test';
import { settled } from './helpers.ts';

/**
 * The controls a reader can see on the page: visible buttons, inputs, selects, textareas, summaries
 * and elements with a control's role, by test id (or tag); the chart's members (each a button that
 * opens the member's panel) are the chart itself, not counted.
 */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, [role=button], [role=slider]')]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[data-testid=org-chart]'))
      .map((e) => e.dataset.testid ?? e.tagName.toLowerCase()),
  );
}

for (const [width, height] of [
  [1366, 768],
  [360, 640],
] as const) {
  test(`?embed=1 at ${width} px: the chart, the slider with its buttons and speed, the caption, and a link to the full page`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?step=2&lang=en&embed=1');
    await settled(page, 2);
    // Decided: Play, back, forward and the speed are part of the slider's controls and stay.
    expect((await visibleControls(page)).sort()).toEqual(['play', 'speed', 'step-back', 'step-forward', 'timeline']);
    await expect(page.getByTestId('org-chart')).toBeVisible();
    await expect(page.getByTestId('step-caption')).toContainText('1998: EC 34 → 30, SC 10 → 9');
    for (const gone of ['story', 'download', 'search', 'zoom-in', 'lang', 'step-bar', 'counts-h', 'member-timeline-pending', 'data-tools-pending']) {
      await expect(page.getByTestId(gone)).toBeHidden();
    }
    // Nothing below the card loads.
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(300);
    await expect(page.getByTestId('member-timeline')).toHaveCount(0);
    await expect(page.getByTestId('dataset-list')).toHaveCount(0);
    // No sideways scrolling, even in a narrow frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const chart = await page.getByTestId('org-chart').boundingBox();
    expect(chart!.width).toBeGreaterThan(width * 0.85);

    const full = page.getByTestId('view-full');
    await expect(full).toHaveText('View full ↗');
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', 'noopener');
    await expect(full).toHaveAttribute('href', '/?step=2&lang=en');
    await expect(page.getByTestId('embed-title')).toHaveText('District 6 Party Executive Committee, term VII (1996–2000)');

    // The slider steps; the address keeps embed=1; "view full" follows the step.
    await page.getByTestId('step-forward').click();
    await settled(page, 3);
    await expect(page).toHaveURL(/embed=1/);
    await expect(full).toHaveAttribute('href', '/?step=3&lang=en');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${baseURL}?step=3&lang=en`);
    await settled(tab, 3);
    await expect(tab.getByTestId('download')).toBeVisible();
    await tab.close();
  });
}

test('inside an iframe of another page, at 360 px: no horizontal scroll, the slider works', async ({ page, baseURL }) => {
  await page.setContent(`<!doctype html><body style="margin:0"><iframe src="${baseURL}?step=0&lang=vi&embed=1" title="t" width="360" height="640" style="border:0"></iframe></body>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('org-chart')).toHaveAttribute('data-animating', 'false');
  await expect(frame.getByTestId('view-full')).toHaveText('Xem đầy đủ ↗');
  await frame.getByTestId('step-forward').click();
  await expect(frame.getByTestId('org-chart')).toHaveAttribute('data-step', '1');
  const f = page.frames().find((x) => x !== page.mainFrame())!;
  expect(await f.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('a bad embed value opens the full page with a notice', async ({ page }) => {
  await page.goto('./?lang=en&embed=yes');
  await expect(page.getByTestId('notices')).toContainText('“embed=yes” is not valid: expected “1” or “0”. Opened the full page.');
  await expect(page.getByTestId('download')).toBeVisible();
});
