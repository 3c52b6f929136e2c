/**
 * Part "long" of `npm run bench:browser`: long work with a 2,000-person × 300-step dataset
 * (`bigDataset` of tests/model/big.ts). For "every step as ZIP" (`export-all`) and the poster
 * (`export-poster`): the time from the click to the download (Node clock), the file's size, whether
 * `[data-testid=progress]` was on screen at any frame, and, while the work runs, a Shift keydown
 * every 50 ms (sent through CDP without waiting for the page) timed by probe.js from the event's own
 * timestamp to the next painted frame (p95 and max), and the longest long task. The same for the
 * import of a 10,000-person × 1,500-step file through the file input (`import`): from the file given
 * to step 0 drawn of the new dataset, with the keys pressed meanwhile.
 */
import type { Browser, CDPSession, Download, Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { bigDataset } from '../../tests/model/big.ts';
import { exportJson } from '../../src/lib/io/index.ts';
import { importDataset, inputToPaint, openApp, openDataTools, settled, type InputRecord } from './app-page.ts';
import { p95 } from './stats.ts';

/** One export's figures. */
export interface LongWork {
  /** The export button's test id, or `import` (the file input). */
  button: string;
  /** Click → download event (import: file given → step 0 of the new dataset drawn), ms; null when it did not come in time. */
  downloadMs: number | null;
  bytes: number | null;
  progressShown: boolean;
  /** Input → paint of the key presses sent during the work. */
  inputs: number;
  painted: number;
  p95: number | null;
  max: number | null;
  longestTaskMs: number | null;
  error?: string;
}

/** The figures of the long-work part. */
export interface LongResult {
  persons: number;
  steps: number;
  /** The size of the imported file of the `import` work. */
  importPersons?: number;
  importSteps?: number;
  importMs: number;
  works: LongWork[];
  error?: string;
}

interface Probe {
  inputs: InputRecord[];
  longtasks: { startTime: number; duration: number }[];
  progress: { seen: boolean; first: number | null; last: number | null };
}

async function oneExport(page: Page, cdp: CDPSession, button: string, timeoutMs: number, importFile?: { file: { name: string; mimeType: string; buffer: Buffer }; title: string }): Promise<LongWork> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    b.inputs.length = 0;
    b.longtasks.length = 0;
    b.progress = { seen: false, first: null, last: null };
  });
  // The exports are in the Download menu: open it first (it stays open while an export runs).
  const menu = page.getByTestId('download');
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const out: LongWork = { button, downloadMs: null, bytes: null, progressShown: false, inputs: 0, painted: 0, p95: null, max: null, longestTaskMs: null };
  let done = false;
  let download: Promise<Download>;
  let click: Promise<unknown>;
  const t0 = performance.now();
  if (button === 'import') {
    const { file, title } = importFile!;
    await openDataTools(page);
    click = Promise.resolve();
    download = page
      .getByTestId('import-file')
      .setInputFiles(file)
      .then(() => page.waitForFunction((t) => document.querySelector('[data-testid="dataset-title"]')?.textContent?.includes(t) === true, title, { timeout: timeoutMs, polling: 50 }))
      .then(() => settled(page, 0, timeoutMs))
      .then(() => ({ path: async () => null, delete: async () => undefined }) as unknown as Download);
  } else {
    download = page.waitForEvent('download', { timeout: timeoutMs });
    click = page.getByTestId(button).click({ timeout: timeoutMs }).catch(() => undefined);
  }
  const key = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, nativeVirtualKeyCode: 16 };
  const sends: Promise<unknown>[] = [];
  const sender = (async () => {
    await new Promise((r) => setTimeout(r, 50));
    while (!done) {
      sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }).catch(() => undefined));
      sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }).catch(() => undefined));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    const d = await download;
    out.downloadMs = performance.now() - t0;
    done = true;
    const path = await d.path();
    out.bytes = path ? statSync(path).size : (importFile?.file.buffer.length ?? null);
    await d.delete();
  } catch (e) {
    done = true;
    out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  await sender;
  await click;
  await Promise.all(sends);
  await page.waitForTimeout(500);
  const probe = await page.evaluate(() => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    return { inputs: b.inputs.filter((i) => i.type === 'keydown'), longtasks: b.longtasks, progress: b.progress };
  });
  const times = inputToPaint(probe.inputs);
  out.inputs = probe.inputs.length;
  out.painted = times.length;
  out.p95 = p95(times);
  out.max = times.length ? Math.max(...times) : null;
  out.longestTaskMs = probe.longtasks.length ? Math.max(...probe.longtasks.map((t) => t.duration)) : null;
  out.progressShown = probe.progress.seen;
  return out;
}

/** Runs the part (each export may take `timeoutMs`). */
export async function runLong(browser: Browser, base: string, opts: { persons?: number; steps?: number; importPersons?: number; importSteps?: number; timeoutMs?: number } = {}): Promise<LongResult> {
  const persons = opts.persons ?? 2_000;
  const steps = opts.steps ?? 300;
  const out: LongResult = { persons, steps, importMs: NaN, works: [] };
  const { context, page } = await openApp(browser, base);
  try {
    out.importMs = await importDataset(page, bigDataset(persons, steps), 300_000);
    const cdp = await context.newCDPSession(page);
    for (const button of ['export-all', 'export-poster']) {
      const w = await oneExport(page, cdp, button, opts.timeoutMs ?? 180_000);
      console.error(`  long work: ${JSON.stringify(w)}`);
      out.works.push(w);
    }
    // A large file through the file input, with the page in use meanwhile.
    const big = bigDataset(opts.importPersons ?? 10_000, opts.importSteps ?? 1_500);
    out.importPersons = opts.importPersons ?? 10_000;
    out.importSteps = opts.importSteps ?? 1_500;
    const file = { name: `${big.id}.json`, mimeType: 'application/json', buffer: Buffer.from(exportJson(big), 'utf8') };
    const w = await oneExport(page, cdp, 'import', opts.timeoutMs ?? 180_000, { file, title: big.title.en ?? '' });
    console.error(`  long work: ${JSON.stringify(w)}`);
    out.works.push(w);
    await cdp.detach();
  } catch (e) {
    out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
  }
  return out;
}
