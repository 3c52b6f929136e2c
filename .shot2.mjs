import { chromium } from '@playwright/test';
const [lang, w, h, scheme, name] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme, reducedMotion: 'reduce' });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:4634/?lang=${lang}&step=4&member=uvtv-quan-su-1996`);
await page.waitForSelector('[data-testid=org-chart][data-animating=false]');
for (const id of ['member-timeline-pending', 'flows-pending', 'role-table-pending', 'source-info-pending', 'data-tools-pending']) {
  await page.evaluate((t) => document.querySelector(`[data-testid="${t}"]`)?.scrollIntoView({ block: 'center' }), id);
  await page.waitForTimeout(700);
}
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForTimeout(300);
let i = 0;
const total = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0; y < total && i < 8; y += +h, i++) {
  await page.evaluate((yy) => window.scrollTo(0, yy), y);
  await page.waitForTimeout(250);
  await page.screenshot({ path: `/work/shots/h14embed/${name}-${i}.png` });
}
await browser.close();
