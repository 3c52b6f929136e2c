/**
 * Parts "scrub" and "heap" of `npm run bench:browser`, on one page with the 10,000-person ×
 * 1,500-step dataset of `npm run bench` (`bigDataset` of tests/model/big.ts), imported through the
 * file input.
 *
 * Scrub (a), a held arrow key: from step 0, `keys` ArrowRight keydowns (auto-repeat) are sent every
 * 33 ms through CDP without waiting for the page, as a held key sends them; (b) a drag: from step 0
 * the mouse presses the slider's thumb and moves to the slider's right end in `moves` moves, one
 * every 33 ms, then releases. Each keydown and pointer move is timed by probe.js from the event's
 * own timestamp (the earliest of coalesced moves) to the end of the next painted frame. At the end
 * the chart's data-step and the slider's value must both be where the input stopped.
 *
 * Heap: JS heap (the page's and its workers') after a forced GC, once the dataset is open, and after the scrubs (which cover the
 * whole term: the drag goes from the first step to the last); when only the heap is asked for, End
 * and Home stand in for the scrubs.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { bigDataset } from '../../tests/model/big.ts';
import { focusSlider, heapAfterGc, type Heap, importDataset, inputCount, inputsSince, inputToPaint, openApp, settled, shownStep } from './app-page.ts';
import { p95 } from './stats.ts';

/** One scrub: input → paint of every input, and where it ended. */
export interface ScrubResult {
  inputs: number;
  /** Inputs whose paint came (the others were still waiting when the part ended). */
  painted: number;
  p95: number | null;
  max: number | null;
  /** The step where the input stopped, the chart's data-step and the slider's value at the end. */
  expected: number;
  dataStep: number;
  slider: number;
  exact: boolean;
  /** ms from when the page had handled every input until the chart settled on the final step (Node clock). */
  settleMs: number | null;
  error?: string;
}

/** The figures of the scrub and heap parts. */
export interface ScrubHeapResult {
  persons: number;
  steps: number;
  importMs: number;
  hold: ScrubResult | null;
  drag: ScrubResult | null;
  heapOpen: Heap | null;
  heapScrubbed: Heap | null;
  error?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends `count` calls of `send(i)` every `everyMs`, not waiting for them; resolves when all are
 * answered (the page has handled every input) or after `timeoutMs`, whichever comes first.
 */
async function paced(count: number, everyMs: number, send: (i: number) => Promise<unknown>, timeoutMs: number): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = t0 + i * everyMs - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(i).catch(() => undefined));
  }
  await Promise.race([Promise.all(pending), sleep(timeoutMs)]);
}

async function finish(page: Page, from: number, expected: number, settleTimeoutMs: number): Promise<ScrubResult> {
  const t0 = performance.now();
  let settleMs: number | null = null;
  let error: string | undefined;
  try {
    await settled(page, expected, settleTimeoutMs);
    await page.waitForTimeout(300);
    settleMs = performance.now() - t0;
  } catch {
    error = `did not settle on step ${expected} within ${settleTimeoutMs / 1000} s`;
  }
  const records = await inputsSince(page, from);
  const times = inputToPaint(records);
  const shown = await shownStep(page);
  return {
    inputs: records.length,
    painted: times.length,
    p95: p95(times),
    max: times.length ? Math.max(...times) : null,
    expected,
    dataStep: shown.dataStep,
    slider: shown.slider,
    exact: shown.dataStep === expected && shown.slider === expected,
    settleMs,
    ...(error ? { error } : {}),
  };
}

/** (a) holds ArrowRight for `keys` auto-repeated keydowns from step 0. */
async function holdKey(page: Page, cdp: CDPSession, keys: number, last: number, settleTimeoutMs: number): Promise<ScrubResult> {
  await focusSlider(page);
  const from = await inputCount(page);
  const key = { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39, nativeVirtualKeyCode: 39 };
  await paced(keys, 33, (i) => cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', autoRepeat: i > 0, ...key }), settleTimeoutMs);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  return finish(page, from, Math.min(keys, last), settleTimeoutMs);
}

/** (b) drags the thumb from the slider's left end to its right end in `moves` moves. */
async function drag(page: Page, cdp: CDPSession, moves: number, last: number, settleTimeoutMs: number): Promise<ScrubResult> {
  const box = await page.getByTestId('timeline').boundingBox();
  if (!box) throw new Error('no slider on the page');
  const y = box.y + box.height / 2;
  const x0 = box.x + 1;
  const x1 = box.x + box.width - 1;
  const from = await inputCount(page);
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: type === 'mouseMoved' ? 0 : 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: x0, y, button: 'none', buttons: 0 });
  await mouse('mousePressed', x0);
  await paced(moves, 33, (i) => mouse('mouseMoved', x0 + ((x1 - x0) * (i + 1)) / moves), settleTimeoutMs);
  await mouse('mouseReleased', x1);
  return finish(page, from, last, settleTimeoutMs);
}

/**
 * Runs scrub (when `scrub`) and heap (when `heap`) on one page.
 * @param keys held-key keydowns; @param moves drag moves; @param settleTimeoutMs how long each scrub may take to settle
 */
export async function runScrubHeap(
  browser: Browser,
  base: string,
  opts: { scrub: boolean; heap: boolean; keys: number; moves: number; persons?: number; steps?: number; settleTimeoutMs?: number },
): Promise<ScrubHeapResult> {
  const persons = opts.persons ?? 10_000;
  const steps = opts.steps ?? 1_500;
  const settleTimeoutMs = opts.settleTimeoutMs ?? 120_000;
  const out: ScrubHeapResult = { persons, steps, importMs: NaN, hold: null, drag: null, heapOpen: null, heapScrubbed: null };
  const { context, page } = await openApp(browser, base);
  try {
    out.importMs = await importDataset(page, bigDataset(persons, steps), 300_000);
    const last = Number(await page.getByTestId('timeline').getAttribute('max'));
    if (opts.heap) out.heapOpen = await heapAfterGc(page);
    const cdp = await context.newCDPSession(page);
    if (opts.scrub) {
      out.hold = await holdKey(page, cdp, opts.keys, last, settleTimeoutMs);
      console.error(`  scrub, held key: ${JSON.stringify(out.hold)}`);
      if (out.hold.error) throw new Error(`the held key left the page busy (${out.hold.error}); the drag and the heap were not measured`);
      await focusSlider(page);
      await page.keyboard.press('Home');
      await settled(page, 0, settleTimeoutMs);
      out.drag = await drag(page, cdp, opts.moves, last, settleTimeoutMs);
      console.error(`  scrub, drag: ${JSON.stringify(out.drag)}`);
    } else if (opts.heap) {
      await focusSlider(page);
      await page.keyboard.press('End');
      await settled(page, last, settleTimeoutMs);
      await page.keyboard.press('Home');
      await settled(page, 0, settleTimeoutMs);
    }
    if (opts.heap) out.heapScrubbed = await heapAfterGc(page);
    await cdp.detach();
  } catch (e) {
    out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
  }
  return out;
}
