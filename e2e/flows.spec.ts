/**
 * The flows view (issue 13, section 7): the whole term as an alluvial diagram at
 * `data-testid="flows"`; a band names its people on hover and on focus (as text); its SVG and PNG
 * exports download; in English, the words are English.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { reveal } from './helpers.ts';

async function take(page: Page, testId: string): Promise<{ name: string; data: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), data: await readFile((await download.path())!) };
}

test.describe('flows view', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('renders the term: five columns, a band per movement, counts in the headers', async ({ page }) => {
    await page.goto('./?lang=vi');
    await reveal(page, ['flows-pending']);
    const flows = page.getByTestId('flows');
    await expect(flows).toBeVisible({ timeout: 15_000 });
    const chart = flows.getByTestId('flows-chart');
    await expect(chart.locator('[data-band]')).toHaveCount(20);
    await expect(chart.locator('.cmv-flows-header')).toHaveCount(5);
    await expect(chart.locator('.cmv-flows-header').first()).toContainText('BCH 35 · BTV 11');
    await expect(chart.locator('.cmv-flows-header').last()).toContainText('BCH 32 · BTV 10');
    await expect(chart.locator('[data-node="exit:3:retirement"]').first()).toHaveAttribute('data-count', '2');
  });

  test('a band names its people on hover and on focus, as text', async ({ page }) => {
    await page.goto('./?lang=en');
    await reveal(page, ['flows-pending']);
    const flows = page.getByTestId('flows');
    const detail = flows.getByTestId('flows-detail');
    const transfer = flows.locator('[data-band="body:1:bch>exit:2:transfer"]');
    await transfer.scrollIntoViewIfNeeded();
    // A point on the band near its start (its middle crosses other bands), in the page's pixels.
    const at = await transfer.evaluate((el) => {
      const path = el as SVGPathElement;
      const p = path.getPointAtLength(path.getTotalLength() * 0.08);
      const m = path.getScreenCTM()!;
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
    await page.mouse.move(at.x, at.y);
    await expect(detail).toContainText('Transferred');
    await expect(detail).toContainText('3 people');
    await expect(detail).toContainText('Chair of the');
    // Keyboard: focus another band; its people are named.
    const raised = flows.locator('[data-band="body:3:bch>body:4:btv"]');
    await raised.focus();
    await expect(detail).toContainText('2 people');
    await expect(detail).toContainText('20');
    expect(await detail.evaluate((el) => el.querySelectorAll('*:not(p)').length)).toBe(0);
  });

  test('exports its SVG and PNG', async ({ page }) => {
    await page.goto('./?lang=vi');
    await reveal(page, ['flows-pending']);
    const flows = page.getByTestId('flows');
    await expect(flows).toBeVisible({ timeout: 15_000 });
    const svg = await take(page, 'flows-export-svg');
    expect(svg.name).toBe('quan6-1996-2000_flows_vi.svg');
    const text = svg.data.toString('utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('Biến động nhân sự cả nhiệm kỳ');
    expect(text).toContain('@font-face');
    expect((text.match(/data-band=/g) ?? []).length).toBe(20);
    await expect(flows.getByTestId('flows-status')).toContainText('quan6-1996-2000_flows_vi.svg');
    const png = await take(page, 'flows-export-png');
    expect(png.name).toBe('quan6-1996-2000_flows_vi@2x.png');
    expect([...png.data.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.data.readUInt32BE(16)).toBe(2200);
  });

  test('passes axe (WCAG 2.1 AA) with a band focused, in both languages', async ({ page }) => {
    test.setTimeout(90_000);
    for (const lang of ['vi', 'en']) {
      await page.goto(`./?lang=${lang}`);
      await reveal(page, ['flows-pending']);
      const flows = page.getByTestId('flows');
      await flows.locator('[data-band="body:0:btv>exit:1:removed_from_roll"]').focus();
      await expect(flows.getByTestId('flows-detail')).not.toBeEmpty();
      const result = await new AxeBuilder({ page }).include('[data-testid="flows"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('on a phone (360 px) the page does not scroll sideways: the drawing scrolls in its own box', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./?lang=vi');
    await reveal(page, ['flows-pending']);
    const flows = page.getByTestId('flows');
    await expect(flows.getByTestId('flows-chart')).toBeVisible({ timeout: 15_000 });
    const box = await flows.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    // Its labels are set at 12 units at scale 1: at least 12 CSS px.
    const size = await flows.locator('.cmv-flows-label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
  });

  test('follows an imported dataset and its terms, with no page error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./?lang=en');
    await reveal(page, ['flows-pending', 'data-tools-pending']);
    const chart = page.getByTestId('flows').getByTestId('flows-chart');
    await expect(chart.locator('.cmv-flows-header')).toHaveCount(5);
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/ep-legislature.json');
    await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
    // The fixture opens on its second term, one step long: one column, no band.
    await expect(chart.locator('.cmv-flows-header')).toHaveCount(1);
    await expect(chart.locator('[data-band]')).toHaveCount(0);
    await page.getByTestId('term').selectOption('all');
    await expect(chart.locator('.cmv-flows-header')).toHaveCount(6);
    expect(await chart.locator('rect[data-node]').evaluateAll((els) => els.every((e) => Number.isFinite(Number(e.getAttribute('x')))))).toBe(true);
    expect(errors).toEqual([]);
  });
});
