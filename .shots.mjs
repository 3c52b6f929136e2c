import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4634/';
const out = '/work/shots/h14embed/';
const jobs = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const j of jobs) {
  const ctx = await browser.newContext({ viewport: { width: j.w, height: j.h ?? 768 }, colorScheme: j.scheme ?? 'light', reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(base + j.url);
  await page.waitForSelector('[data-testid=org-chart][data-animating=false]');
  await page.waitForTimeout(j.wait ?? 600);
  if (j.keys) for (const k of j.keys) await page.keyboard.press(k);
  if (j.click) for (const c of j.click) { await page.getByTestId(c).click(); await page.waitForTimeout(500); }
  await page.waitForTimeout(300);
  await page.screenshot({ path: out + j.name + '.png', fullPage: !!j.full });
  await ctx.close();
}
await browser.close();
