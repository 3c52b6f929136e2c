import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { settled, reveal, openDownloads } from './helpers.ts';

/** Elements a user can operate: each must be on screen horizontally (inside the viewport's width). */
async function cutOff(page: Page, width: number): Promise<string[]> {
  return page.evaluate((w) => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, select, input, [role=button], [tabindex="0"], h1, h2, [data-testid=step-caption]');
    for (const el of controls) {
      // things scrolled inside their own container (chart pane, tables, timeline rows) are fine
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p);
        if (/(auto|scroll|hidden)/.test(o.overflowX)) { clipped = true; break; }
      }
      if (clipped) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > w + 0.5) out.push(`${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  }, width);
}

for (const lang of ['vi', 'en'] as const) {
  test(`360 px wide (${lang}): nothing cut off horizontally`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./?lang=${lang}&step=2&member=uvtv-quan-su-1996`);
    await reveal(page);
    await settled(page, 2);
    await expect(page.getByTestId('member-panel')).toBeVisible();
    await page.getByTestId('search').fill('quan su');
    await page.getByTestId('import-file').setInputFiles('e2e/fixtures/broken.csv');
    await expect(page.getByTestId('import-problems').locator('li').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await cutOff(page, 360)).toEqual([]);
    for (const id of ['timeline', 'play', 'step-back', 'step-forward', 'search', 'lang', 'download', 'export-svg', 'import-file', 'zoom-in']) {
      if (id === 'export-svg') await openDownloads(page);
      const el = page.getByTestId(id);
      await el.scrollIntoViewIfNeeded();
      if (id !== 'import-file') await expect(el).toBeVisible();
      const box = await el.boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x, id).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(360.5);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/phone-360-${lang}.png`, fullPage: true });
  });
}

test('1400 px wide screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./?lang=vi&step=2&member=uvtv-quan-su-1996');
  await reveal(page);
  await settled(page, 2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
  await page.screenshot({ path: '/tmp/desktop-1400.png', fullPage: true });
});

test('print: the chart and its caption on one A4 landscape page, controls hidden', async ({ page }) => {
  await page.goto('./?lang=vi&step=2');
  await reveal(page);
  await settled(page, 2);
  await page.emulateMedia({ media: 'print' });
  for (const id of ['timeline', 'search', 'import-file', 'role-table', 'member-timeline', 'lang', 'export-svg', 'zoom-in']) {
    await expect(page.getByTestId(id), id).toBeHidden();
  }
  await expect(page.getByTestId('org-chart')).toBeVisible();
  await expect(page.getByTestId('step-caption')).toBeVisible();
  await page.pdf({ path: '/tmp/print.pdf', preferCSSPageSize: true, printBackground: true });
  const pdf = readFileSync('/tmp/print.pdf').toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBe(1);
  await page.screenshot({ path: '/tmp/print-media.png', fullPage: true });
});
