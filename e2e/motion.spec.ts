import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { positions, settled, openDownloads } from './helpers.ts';

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('a step change is applied at once, never mid-way', async ({ page }) => {
    await page.goto('./?step=0');
    await settled(page, 0);
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('End');
    // No waiting for a transition: the very next read shows the target.
    const chart = page.getByTestId('org-chart');
    await expect(chart).toHaveAttribute('data-step', '4', { timeout: 500 });
    expect(await chart.getAttribute('data-animating')).toBe('false');
    const opacities = await chart.locator('[data-member-id],[data-departed-id]').evaluateAll((els) =>
      els.map((e) => getComputedStyle(e).opacity),
    );
    expect(opacities.length).toBe(39);
    expect(new Set(opacities)).toEqual(new Set(['1']));
  });
});

test('with motion, a step change animates and then settles', async ({ page }) => {
  await page.goto('./?step=3');
  await settled(page, 3);
  // Record every value data-animating takes (the transition may be short on a loaded machine).
  await page.getByTestId('org-chart').evaluate((svg) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => seen.push(svg.getAttribute('data-animating') ?? '')).observe(svg, {
      attributes: true,
      attributeFilter: ['data-animating'],
    });
  });
  await page.getByTestId('step-forward').click();
  await settled(page, 4);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toEqual(['true', 'false']);
});

test('the exported drawing puts every node where the screen does', async ({ page }) => {
  // The screen lays the chart out for its width (`fitChartWidth`), the exports at 1440 units: on a
  // screen wide enough for 1440 units (a 1,366-px chart at 9-px labels or more) the two are one layout.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./?step=2&lang=en');
  await settled(page, 2);
  const screen = await positions(page);
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = await readFile((await download.path())!, 'utf8');
  const p2 = await page.context().newPage();
  await p2.setContent(`<div data-testid="wrap">${svg.replace(/^<\?xml[^>]*>/, '')}</div>`);
  const exported = await p2.locator('svg').evaluate((root) => {
    const out: Record<string, string> = {};
    for (const g of root.querySelectorAll('[data-member-id],[data-departed-id],[data-vacant-seat]')) {
      const id = g.getAttribute('data-member-id') ?? `departed:${g.getAttribute('data-departed-id') ?? ''}`;
      const key = g.hasAttribute('data-vacant-seat') ? `vacant:${g.getAttribute('data-key')}` : id;
      out[key] = `${g.getAttribute('transform')}|${getComputedStyle(g).opacity}`;
    }
    return out;
  });
  expect(Object.keys(exported).filter((k) => !k.startsWith('vacant:')).sort()).toEqual(
    Object.keys(screen).filter((k) => !k.startsWith('vacant:')).sort(),
  );
  for (const k of Object.keys(screen)) if (!k.startsWith('vacant:')) expect(exported[k], k).toBe(screen[k]);
});
