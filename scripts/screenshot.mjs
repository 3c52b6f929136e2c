// Screenshots of the built app for looking at it: node scripts/screenshot.mjs <url-query> <out.png> [width] [height]
import { chromium } from '@playwright/test';
const [query = '', out = '/tmp/shot.png', width = '1400', height = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/${query}`);
await page.waitForSelector('[data-testid="org-chart"][data-animating="false"]', { timeout: 10000 }).catch(() => {});
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
if (errors.length) console.log('ERRORS:', errors.join('\n'));
await browser.close();
