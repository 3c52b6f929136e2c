import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function shot(name, url, w, h, scheme, act) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4634/' + url);
  await page.waitForSelector('[data-testid=org-chart][data-animating=false]');
  await page.waitForTimeout(400);
  if (act) await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/work/shots/h14embed/${name}.png` });
  await ctx.close();
}
const share = async (page) => {
  await page.getByTestId('download').click();
  await page.getByTestId('export-share-link').click();
  await page.getByTestId('export-share-link-text').scrollIntoViewIfNeeded();
};
await shot('share-vi-360-light', '?lang=vi&step=1', 360, 640, 'light', share);
await shot('share-en-1366-dark', '?lang=en&step=1', 1366, 768, 'dark', share);
await shot('sheet-en-360-dark', '?lang=en&step=1', 360, 640, 'dark', async (p) => p.keyboard.press('?'));
await shot('dark-vi-1366', '?lang=vi&step=3', 1366, 768, 'dark');
await shot('light-en-360', '?lang=en&step=3', 360, 640, 'light');
await browser.close();
