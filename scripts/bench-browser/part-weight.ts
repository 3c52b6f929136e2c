/**
 * Part "weight" of `npm run bench:browser`: opens the app (`?lang=en`, 1366×768) and notes every
 * script it requests on an untouched load (no click, no scroll, no key) until `FIRST_LOAD_WAIT_MS`
 * after step 0 is drawn: that is the first load. Then it uses each feature once, in order, and notes
 * what each fetches: the pointer on the chart (zoom and the member panel), the readings (scrolled to, one opened), the member
 * timeline, the role table and the data tools (scrolled to), SVG and ZIP export, an import. Then it
 * weighs `dist/` (`weight.ts`).
 */
import type { Browser, Page } from '@playwright/test';
import { join } from 'node:path';
import { importDataset, settled, VIEWPORT } from './app-page.ts';
import { committeeBench } from './generator.ts';
import { FIRST_LOAD_WAIT_S } from './report.ts';
import { measureWeight, type Weight } from './weight.ts';

/** How long after step 0 is drawn an untouched page is watched for what it fetches, ms. */
export const FIRST_LOAD_WAIT_MS = FIRST_LOAD_WAIT_S * 1000;

/** Waits until the page has requested no script for `quietMs` (at most `maxMs`). */
async function quiet(page: Page, count: () => number, quietMs = 700, maxMs = 15_000): Promise<void> {
  const t0 = Date.now();
  let last = count();
  let since = Date.now();
  while (Date.now() - t0 < maxMs) {
    await page.waitForTimeout(100);
    if (count() !== last) {
      last = count();
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/** Runs the part; `root` is the repository (dist/ under it), `base` the server's URL. */
export async function runWeight(browser: Browser, base: string, root: string): Promise<Weight & { error?: string }> {
  const requested: string[] = [];
  const used: { feature: string; requested: string[] }[] = [];
  let error: string | undefined;
  /** How many of `requested` the untouched load requested (the rest came from using features). */
  let firstCount: number | null = null;
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  try {
    const page = await context.newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.href.startsWith(base) && url.pathname.endsWith('.js')) requested.push(url.pathname.slice(1));
    });
    await page.goto(`${base}?lang=en`);
    await settled(page, 0);
    await page.waitForTimeout(FIRST_LOAD_WAIT_MS);
    firstCount = requested.length;
    const use = async (feature: string, act: () => Promise<unknown>) => {
      const from = requested.length;
      await act();
      await quiet(page, () => requested.length);
      used.push({ feature, requested: requested.slice(from) });
    };
    // The pointer onto the chart's top edge, on screen (a hover that scrolled would bring the sections below near).
    const pane = await page.getByTestId('zoom-pane').boundingBox();
    await use('pointer on the chart (zoom, member panel)', () => page.mouse.move((pane?.x ?? 0) + 40, Math.min((pane?.y ?? 0) + 10, VIEWPORT.height - 5)));
    const scrollTo = (id: string) => () => page.evaluate((testid) => document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ block: 'center' }), id);
    await use('member timeline (scrolled to)', scrollTo('member-timeline-pending'));
    await use('role table (scrolled to)', scrollTo('role-table-pending'));
    // The readings' summaries load when near the viewport (below the role table), their table when one is opened.
    await use('readings (scrolled to, one opened)', async () => {
      await scrollTo('readings-table-pending')();
      await page.locator('details.readings > summary').first().click();
    });
    await use('data tools: kept datasets, import panel (scrolled to)', scrollTo('data-tools-pending'));
    await use('export SVG (from the Download menu)', async () => {
      await page.getByTestId('download').click();
      return Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    });
    await use('export every step (ZIP)', () => Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]));
    await use('import (a JSON file)', () => importDataset(page, committeeBench(35).dataset));
  } catch (e) {
    error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
  }
  return { ...measureWeight(join(root, 'dist'), requested.slice(0, firstCount ?? requested.length), used), ...(error ? { error } : {}) };
}
