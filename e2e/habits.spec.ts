import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { settled, reveal, openDownloads } from './helpers.ts';

// axe over the whole page takes several seconds per run.
test.describe.configure({ timeout: 90_000 });

/** Run axe (WCAG 2.1 A and AA) and fail with a readable list of violations. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'));
  expect(summary, `${what}: axe violations`).toEqual([]);
}

test.describe('the keyboard-shortcut sheet', () => {
  test('? opens it, focus stays inside, Escape closes it and focus goes back', async ({ page }) => {
    await page.goto('./?lang=en&step=1');
    await settled(page, 1);
    await expect(page.getByTestId('shortcut-sheet')).toHaveCount(0);
    const slider = page.getByTestId('timeline');
    await slider.focus();
    await page.keyboard.press('?');
    const sheet = page.getByTestId('shortcut-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading')).toHaveText('Keyboard shortcuts');
    await expect(page.getByTestId('shortcut-close')).toBeFocused();
    // The step did not change (the key went to the sheet, not the slider).
    await expect(slider).toHaveValue('1');
    // Lists the keys the app handles, where they work.
    await expect(sheet.locator('caption')).toHaveText(['Anywhere', 'The slider (when focused)', 'The chart (a member focused)', 'Member timeline (a row focused)', 'Download menu']);
    await expect(sheet.locator('tr', { hasText: 'First step' }).locator('kbd')).toHaveText(['Home']);
    // A modal: Tab never leaves it.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=shortcut-sheet]') || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(slider).toBeFocused();
  });

  test('its button opens it, its Close button closes it; typing ? in a field does not', async ({ page }) => {
    await page.goto('./?lang=vi');
    await settled(page, 0);
    const button = page.getByTestId('shortcuts');
    await expect(button).toHaveAttribute('aria-label', 'Phím tắt');
    await button.click();
    await expect(page.getByTestId('shortcut-sheet').getByRole('heading')).toHaveText('Phím tắt');
    await page.getByTestId('shortcut-close').click();
    await expect(page.getByTestId('shortcut-sheet')).toHaveCount(0);
    await expect(button).toBeFocused();
    const search = page.getByTestId('search');
    await search.click();
    await page.keyboard.type('bí thư?');
    await expect(search).toHaveValue('bí thư?');
    await expect(page.getByTestId('shortcut-sheet')).toHaveCount(0);
  });
});

test.describe('playback speed', () => {
  test('0.5×, 1× and 2×: 2× steps twice as often as 1×, 0.5× half as often', async ({ page }) => {
    await page.goto('./?lang=vi&step=0');
    await settled(page, 0);
    const speed = page.getByTestId('speed');
    await expect(speed.locator('option')).toHaveText(['0,5×', '1×', '2×']);
    await expect(speed).toHaveValue('1');
    await expect(speed).toHaveAccessibleName('Tốc độ');
    await speed.selectOption('2');
    const chart = page.getByTestId('org-chart');
    const started = Date.now();
    await page.getByTestId('play').click();
    // At 2×, 800 ms a step: step 2 by 1.6 s (at 1× it takes 3.2 s).
    await expect(chart).toHaveAttribute('data-step', '2', { timeout: 2_900 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    await page.getByTestId('play').click();
    await speed.selectOption('0.5');
    const step = Number(await chart.getAttribute('data-step'));
    await page.getByTestId('play').click();
    // At 0.5×, 3.2 s a step: nothing yet after 2.5 s.
    await page.waitForTimeout(2_500);
    await expect(chart).toHaveAttribute('data-step', String(step));
    await expect(chart).toHaveAttribute('data-step', String(step + 1), { timeout: 2_000 });
    // Not kept in the address.
    await expect(page).not.toHaveURL(/speed/);
  });
});

test.describe('the dark scheme', () => {
  test('follows the system on screen; the exported files stay as they are', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?lang=en&step=2');
    await settled(page, 2);
    const colours = () =>
      page.evaluate(() => ({
        page: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
        chart: getComputedStyle(document.querySelector('[data-testid=org-chart] .cmv-bg')!).fill,
        label: getComputedStyle(document.querySelector('[data-testid=org-chart] .cmv-label')!).fill,
      }));
    expect(await colours()).toEqual({ page: 'rgb(15, 19, 23)', text: 'rgb(231, 233, 236)', chart: 'rgb(23, 28, 34)', label: 'rgb(231, 233, 236)' });
    await openDownloads(page);
    const [dark] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const darkSvg = readFileSync((await dark.path())!, 'utf8');

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colours()).toEqual({ page: 'rgb(250, 250, 250)', text: 'rgb(27, 27, 27)', chart: 'rgb(255, 255, 255)', label: 'rgb(31, 35, 40)' });
    const [light] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(readFileSync((await light.path())!, 'utf8')).toBe(darkSvg);
    expect(darkSvg).not.toContain('prefers-color-scheme');
    // Paper is light too.
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect((await colours()).chart).toBe('rgb(255, 255, 255)');
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`axe finds nothing in the dark, ${lang}: the page, the sheet, the embedded page`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`./?lang=${lang}&step=4`);
      await reveal(page);
      await settled(page, 4);
      await expectNoViolations(page, 'dark page');
      await page.getByTestId('shortcuts').click();
      await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
      await expectNoViolations(page, 'dark sheet');
      await page.keyboard.press('Escape');
      await openDownloads(page);
      await page.getByTestId('export-embed').click();
      await expect(page.getByTestId('export-embed-text')).toBeVisible();
      await expectNoViolations(page, 'dark Download menu');
      await page.goto(`./?lang=${lang}&step=2&embed=1`);
      await settled(page, 2);
      await expectNoViolations(page, 'dark embedded page');
    });
  }

  test('axe finds nothing in the light embedded page and sheet', async ({ page }) => {
    await page.goto('./?lang=en&step=2&embed=1');
    await settled(page, 2);
    await expectNoViolations(page, 'embedded page');
    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
    await expectNoViolations(page, 'sheet');
  });
});
