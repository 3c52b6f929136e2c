/**
 * The app's page in `npm run bench:browser`: opened in a fresh browser context with the probe
 * (`probe.js`) installed, driven and read only through the test hooks (`data-testid`,
 * `data-step`, `data-animating`).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/lib/model/types.ts';
import { exportJson } from '../../src/lib/io/index.ts';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
export const VIEWPORT = { width: 1366, height: 768 };

/** One input as the probe records it (page milliseconds). */
export interface InputRecord {
  type: string;
  key: string;
  t0: number;
  tPaint: number | null;
}

/** One frame as the probe records it: rAF timestamp and the chart's hooks at that frame. */
export interface FrameRecord {
  ts: number;
  step: string | null;
  animating: string | null;
}

/** An app page and its context (close the context when done). */
export interface AppPage {
  context: BrowserContext;
  page: Page;
}

/** Opens the app (`?lang=en`, 1366×768) in a new context with the probe, and waits for step 0 to settle. */
export async function openApp(browser: Browser, base: string, timeoutMs = 60_000): Promise<AppPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  await page.goto(`${base}?lang=en`);
  await settled(page, 0, timeoutMs);
  return { context, page };
}

/** Waits until the chart shows `step` and no transition runs (`data-animating="false"`). */
export async function settled(page: Page, step: number, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector('[data-testid="org-chart"]');
      return !!el && el.getAttribute('data-step') === String(s) && el.getAttribute('data-animating') === 'false';
    },
    step,
    { timeout: timeoutMs, polling: 50 },
  );
}

/**
 * Imports `dataset` through the file input (`import-file`, an in-memory JSON file) and waits until
 * its title is shown and step 0 has settled. Resolves with the milliseconds this took (Node clock).
 */
export async function importDataset(page: Page, dataset: Dataset, timeoutMs = 120_000): Promise<number> {
  const buffer = Buffer.from(exportJson(dataset), 'utf8');
  const title = dataset.title.en ?? '';
  await openDataTools(page);
  const t0 = performance.now();
  await page.getByTestId('import-file').setInputFiles({ name: `${dataset.id}.json`, mimeType: 'application/json', buffer });
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="dataset-title"]')?.textContent?.includes(t) === true,
    title,
    { timeout: timeoutMs, polling: 50 },
  );
  await settled(page, 0, timeoutMs);
  return performance.now() - t0;
}

/**
 * Loads the data tools (kept datasets, import), which the page loads only when their place nears
 * the viewport: scrolls there, waits for the file input, and scrolls back to the top.
 */
export async function openDataTools(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('[data-testid="data-tools-pending"]')?.scrollIntoView({ block: 'center' }));
  await page.getByTestId('import-file').waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Focuses the step slider (`timeline`). */
export async function focusSlider(page: Page): Promise<void> {
  await page.getByTestId('timeline').focus();
}

/** The probe's inputs recorded since index `from`. */
export function inputsSince(page: Page, from: number): Promise<InputRecord[]> {
  return page.evaluate((f) => (window as unknown as { __bench: { inputs: InputRecord[] } }).__bench.inputs.slice(f), from);
}

/** How many inputs the probe has recorded so far. */
export function inputCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bench: { inputs: unknown[] } }).__bench.inputs.length);
}

/** Input → paint of each record with a paint, in ms. */
export function inputToPaint(records: readonly InputRecord[]): number[] {
  return records.filter((r) => r.tPaint !== null).map((r) => r.tPaint! - r.t0);
}

/** The chart's `data-step` and the slider's value now. */
export async function shownStep(page: Page): Promise<{ dataStep: number; slider: number }> {
  return page.evaluate(() => ({
    dataStep: Number(document.querySelector('[data-testid="org-chart"]')?.getAttribute('data-step')),
    slider: Number((document.querySelector('[data-testid="timeline"]') as HTMLInputElement | null)?.value),
  }));
}

/** JS heap in MB, of the page's main thread and of its workers. */
export interface Heap {
  pageMb: number;
  workersMb: number;
  workers: number;
  totalMb: number;
}

/**
 * JS heap after a forced garbage collection, in MB (2^20 bytes): CDP `HeapProfiler.collectGarbage`
 * then `Runtime.getHeapUsage`, on the page and on each of its workers (attached through
 * `Target.setAutoAttach`, commands sent with `Target.sendMessageToTarget`).
 */
export async function heapAfterGc(page: Page): Promise<Heap> {
  const cdp = await page.context().newCDPSession(page);
  const sessions: string[] = [];
  const replies = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker' || e.targetInfo.type === 'shared_worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) replies.get(m.id)?.(m.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.waitForTimeout(200);
  let next = 1;
  const inWorker = async (sessionId: string, method: string): Promise<unknown> => {
    const id = next++;
    const reply = new Promise<unknown>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    return Promise.race([reply, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
  };
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let workerBytes = 0;
  for (const s of sessions) {
    await inWorker(s, 'HeapProfiler.collectGarbage');
    const r = (await inWorker(s, 'Runtime.getHeapUsage')) as { usedSize?: number } | null;
    workerBytes += r?.usedSize ?? 0;
  }
  await cdp.detach();
  const mb = (b: number) => b / 1024 / 1024;
  return { pageMb: mb(usedSize), workersMb: mb(workerBytes), workers: sessions.length, totalMb: mb(usedSize + workerBytes) };
}
