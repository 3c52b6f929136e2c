import { chromium } from '@playwright/test';
const port = process.env.PORT ?? '4571';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
const settled = async (i) => {
  await page.waitForSelector(`[data-testid="org-chart"][data-step="${i}"][data-animating="false"]`, { timeout: 15000 });
};
for (const lang of ['vi', 'en']) {
  for (let i = 0; i < 5; i++) {
    await page.goto(`http://127.0.0.1:${port}/?step=${i}&lang=${lang}`);
    await settled(i);
    const chart = page.getByTestId('org-chart');
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `/work/shots/marks/rest-${lang}-s${i}.png` });
    if (i > 0) {
      await page.goto(`http://127.0.0.1:${port}/?step=${i - 1}&lang=${lang}`);
      await settled(i - 1);
      await chart.scrollIntoViewIfNeeded();
      await page.getByTestId('step-forward').click();
      await page.waitForTimeout(Number(process.env.MID ?? 300));
      await chart.screenshot({ path: `/work/shots/marks/mid-${lang}-s${i}.png` });
      await page.waitForTimeout(400);
      await chart.screenshot({ path: `/work/shots/marks/mid2-${lang}-s${i}.png` });
    }
  }
}
// playing: the watermark
await page.goto(`http://127.0.0.1:${port}/?step=0&lang=vi`);
await settled(0);
await page.getByTestId('play').click();
await page.waitForTimeout(2200);
await page.getByTestId('org-chart').screenshot({ path: `/work/shots/marks/playing-vi.png` });
await page.screenshot({ path: `/work/shots/marks/playing-vi-page.png` });
console.log('errors:', errors);
await browser.close();
