import { expect, test } from '@playwright/test';
import { loadBuiltIn } from '../tests/fixtures/builtin.ts';
import { stepDiff } from '../src/lib/model/diff.ts';
import { settled } from './helpers.ts';

const { timeline } = loadBuiltIn();

/** Ids of the chart's members marked as changed (seated or in a tray). */
async function changedIds(page: import('@playwright/test').Page): Promise<string[]> {
  return page
    .getByTestId('org-chart')
    .locator('[data-changed="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-member-id') ?? e.getAttribute('data-departed-id') ?? '').sort());
}

test('after each step of the built-in dataset, data-changed marks exactly the members that step touched', async ({ page }) => {
  await page.goto('./?step=0');
  await settled(page, 0);
  expect(await changedIds(page)).toEqual([]);
  for (let i = 1; i < timeline.steps.length; i++) {
    await page.getByTestId('step-forward').click();
    await settled(page, i);
    const expected = stepDiff(timeline, i).map((t) => t.person_id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await changedIds(page), `step ${i}`).toEqual(expected);
    // At rest the rings show; the members the step did not touch are dimmed.
    const chart = page.getByTestId('org-chart');
    const ring = chart.locator('[data-changed="true"] .cmv-change-ring').first();
    await expect(ring).toBeVisible();
    const dimmed = await chart.locator('[data-member-id]:not([data-changed]) .cmv-shape').first().evaluate((e) => getComputedStyle(e).opacity);
    expect(Number(dimmed)).toBeLessThan(0.5);
  }
});

test('the vacant Secretary placeholder appears at "1999 · nghỉ hưu", and the promoted Deputy moves into its place', async ({ page }) => {
  await page.goto('./?step=2');
  await settled(page, 2);
  const chart = page.getByTestId('org-chart');
  await expect(chart.locator('[data-vacant-post="bi-thu"]')).toHaveCount(0);
  await page.getByTestId('step-forward').click();
  await settled(page, 3);
  await expect(page.getByTestId('timeline')).toHaveAttribute('aria-valuetext', '1999 · nghỉ hưu');
  const placeholder = chart.locator('[data-vacant-post="bi-thu"]');
  await expect(placeholder).toHaveCount(1);
  await expect(placeholder).toContainText('Bí thư — khuyết');
  const where = await placeholder.getAttribute('transform');
  await page.getByTestId('step-forward').click();
  await settled(page, 4);
  await expect(placeholder).toHaveCount(0);
  await expect(chart.locator('[data-member-id="pbt-tt-1996"]')).toHaveAttribute('transform', where!);
  await expect(chart.locator('[data-member-id="pbt-tt-1996"]')).toContainText('→ Bí thư');
});

test('the by-election tray shows no count at rest (it is empty)', async ({ page }) => {
  await page.goto('./?step=4&lang=en');
  await settled(page, 4);
  const tray = page.getByTestId('org-chart').locator('[data-tray="entry:by_election"]');
  await expect(tray).toContainText('By-election');
  await expect(tray).not.toContainText('·');
});

test('while members move their labels are hidden, and the counts change once they have arrived', async ({ page }) => {
  await page.goto('./?step=3');
  await settled(page, 3);
  await page.getByTestId('step-forward').click();
  const chart = page.getByTestId('org-chart');
  await expect(chart).toHaveAttribute('data-animating', 'true');
  // Some time in the arrival stage: a newcomer on its way, its label hidden, the counts still the step before's.
  const seen = await page.evaluate(async () => {
    const svg = document.querySelector('[data-testid="org-chart"]')!;
    const out: { moving: boolean; labelHidden: boolean; title: string }[] = [];
    for (let k = 0; k < 90 && svg.getAttribute('data-animating') === 'true'; k++) {
      await new Promise((r) => requestAnimationFrame(r));
      const g = svg.querySelector('[data-member-id="pct-ubnd"]');
      const text = g?.querySelector('.cmv-label');
      out.push({
        moving: g?.classList.contains('cmv-moving') ?? false,
        labelHidden: text ? getComputedStyle(text).visibility === 'hidden' : false,
        title: svg.querySelector('[data-box="btv"] text')?.textContent ?? '',
      });
    }
    return out;
  });
  const moving = seen.filter((s) => s.moving);
  expect(moving.length).toBeGreaterThan(0);
  expect(moving.every((s) => s.labelHidden)).toBe(true);
  // The BTV's count changes once the members have arrived, not while they move.
  expect(moving.every((s) => s.title.includes('7/11'))).toBe(true);
  await settled(page, 4);
  await expect(chart.locator('[data-box="btv"] text')).toContainText('10/11');
});
