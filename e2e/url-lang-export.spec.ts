import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { settled, openDownloads } from './helpers.ts';

test('a URL with state opens that step, member and language', async ({ page }) => {
  await page.goto('./?step=2&member=ct-hoi-phu-nu&lang=en');
  await settled(page, 2);
  await expect(page.getByTestId('timeline')).toHaveValue('2');
  await expect(page.getByTestId('lang')).toHaveValue('en');
  await expect(page.getByTestId('member-panel')).toContainText("Women's Union");
  await expect(page.getByTestId('member-panel')).toContainText('City level');
  await expect(page.getByTestId('org-chart').locator('[data-departed-id="ct-hoi-phu-nu"]')).toHaveAttribute('data-cause', 'transfer');
});

test('invalid URL values fall back with a visible notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?step=99&member=nobody&lang=xx');
  await settled(page, 0);
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('step=99');
  await expect(notices).toContainText('member=nobody');
  await expect(notices).toContainText('lang=xx');
  await expect(page.getByTestId('lang')).toHaveValue('vi');
  await expect(page.getByTestId('member-panel')).toBeHidden();
  expect(errors).toEqual([]);
});

test('switching language changes UI, caption and chart labels, and the URL', async ({ page }) => {
  await page.goto('./?step=3');
  await settled(page, 3);
  const chart = page.getByTestId('org-chart');
  await expect(chart.locator('[data-departed-id="bi-thu-1996"]')).toContainText('Bí thư');
  await expect(page.getByTestId('step-caption')).toContainText('nghỉ hưu');
  await page.getByTestId('lang').selectOption('en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(chart.locator('[data-departed-id="bi-thu-1996"]')).toContainText('Secretary');
  await expect(page.getByTestId('step-caption')).toContainText('retire');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the SVG export is a standalone file of the current step', async ({ page }) => {
  for (const [step, seated, lang] of [[0, 35, 'vi'], [4, 32, 'en']] as const) {
    await page.goto(`./?step=${step}&lang=${lang}`);
    await settled(page, step);
    await openDownloads(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^quan6-1996-2000_s${step}-.*_${lang}\\.svg$`));
    const svg = await readFile((await download.path())!, 'utf8');
    expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<svg[^>]*viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(svg).toMatch(/<title[^>]*>[^<]*(Quận 6|District 6)[^<]*<\/title>/);
    expect(svg).toMatch(/<desc[^>]*>[^<]+<\/desc>/);
    expect(svg).toContain('<style');
    expect(svg).not.toMatch(/<script|foreignObject|\son[a-z]+=|href=|url\((?!data:font\/woff2;base64,)/i);
    expect(svg.match(/data-member-id="/g)?.length).toBe(seated);
    // the downloaded file renders in the browser as text
    const p2 = await page.context().newPage();
    await p2.setContent(svg);
    await expect(p2.locator('svg text').first()).toBeVisible();
    expect(await p2.locator('svg text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(lang === 'vi' ? /Bí thư/ : /Secretary/)]));
    await p2.close();
  }
});
