/**
 * Part "weight" of `npm run bench:browser`: opens the app and notes every script it requests until
 * step 0 is drawn (and half a second more), then weighs `dist/` (`weight.ts`).
 */
import type { Browser } from '@playwright/test';
import { join } from 'node:path';
import { settled, VIEWPORT } from './app-page.ts';
import { measureWeight, type Weight } from './weight.ts';

/** Runs the part; `root` is the repository (dist/ under it), `base` the server's URL. */
export async function runWeight(browser: Browser, base: string, root: string): Promise<Weight & { error?: string }> {
  const requested: string[] = [];
  let error: string | undefined;
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.href.startsWith(base) && url.pathname.endsWith('.js')) requested.push(url.pathname.slice(1));
    });
    await page.goto(`${base}?lang=en`);
    await settled(page, 0);
    await page.waitForTimeout(500);
  } catch (e) {
    error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
  }
  return { ...measureWeight(join(root, 'dist'), requested), ...(error ? { error } : {}) };
}
