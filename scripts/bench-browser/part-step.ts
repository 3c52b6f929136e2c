/**
 * Part "step" of `npm run bench:browser`: one step of the committee-shaped dataset of N members
 * (`generator.ts`), in the app and in d3-org-chart, in the same browser.
 *
 * Ours: the step slider has focus at step 0; ArrowRight is pressed; the time runs from the
 * keydown's own timestamp to the end of the first painted frame whose chart reads `data-step="1"`
 * (probe.js: a MutationObserver on data-step, then the end of that frame's paint). Then the rAF
 * frame deltas are recorded until the chart's `data-animating` is false again (at least 700 ms):
 * their p95 is the frame p95 during the motion, or "no motion" when data-animating never read true
 * at a frame. ArrowLeft goes back to step 0 between rounds.
 *
 * d3-org-chart: `chart.data(next).render()` from just before the call to the end of the first
 * painted frame after it (rAF, then a MessageChannel message); `data(previous).render()` between rounds.
 */
import type { Browser, Page } from '@playwright/test';
import { committeeBench, orgChartRows } from './generator.ts';
import { focusSlider, importDataset, openApp, settled } from './app-page.ts';
import { keyToStep, motionOf, type Motion } from './measure.ts';
import { median, p95 } from './stats.ts';

/** The figures of one N. */
export interface StepResult {
  n: number;
  rounds: number;
  /** ms to import the dataset and draw step 0 (Node clock, one import). */
  importMs: number;
  ours: number[];
  /** Event Timing durations (8 ms steps) of the same key presses, for comparison. */
  oursEventTiming: (number | null)[];
  d3: number[];
  oursMedian: number | null;
  d3Median: number | null;
  ratio: number | null;
  /** p95 of the frame deltas of every round's motion; null when there was no motion. */
  frameP95: number | null;
  animated: boolean;
  /** d3-org-chart's frame p95 during its 400 ms transition (for comparison). */
  d3FrameP95: number | null;
  error?: string;
}

async function oursRound(page: Page): Promise<{ ms: number; eventTiming: number | null; motion: Motion }> {
  const r = await keyToStep(page, 'ArrowRight', 1);
  await page.keyboard.press('ArrowLeft');
  await settled(page, 0, 120_000);
  await page.waitForTimeout(200);
  return { ms: r.ms, eventTiming: r.eventTiming, motion: motionOf(r.frames, '1') };
}

/**
 * Runs the step part for a committee of `n`: `rounds` rounds of ours, then of d3-org-chart.
 * @param base the server's base URL (app at `/`, d3-org-chart page at `/d3/`)
 */
export async function runStep(browser: Browser, base: string, n: number, rounds: number): Promise<StepResult> {
  const { dataset } = committeeBench(n);
  const result: StepResult = {
    n, rounds, importMs: NaN, ours: [], oursEventTiming: [], d3: [], oursMedian: null, d3Median: null, ratio: null, frameP95: null, animated: false, d3FrameP95: null,
  };
  const { context, page } = await openApp(browser, base);
  const deltas: number[] = [];
  try {
    result.importMs = await importDataset(page, dataset, 180_000);
    await focusSlider(page);
    await page.waitForTimeout(300);
    for (let i = 0; i < rounds; i++) {
      const r = await oursRound(page);
      result.ours.push(r.ms);
      result.oursEventTiming.push(r.eventTiming);
      if (r.motion.animated) result.animated = true;
      deltas.push(...r.motion.deltas);
    }
  } catch (e) {
    result.error = `ours: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    await context.close();
  }
  const before = orgChartRows(dataset, 0);
  const after = orgChartRows(dataset, 1);
  const d3Context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const d3Deltas: number[] = [];
  try {
    const d3Page = await d3Context.newPage();
    await d3Page.goto(`${base}d3/`);
    await d3Page.waitForFunction(() => 'benchD3' in window);
    await d3Page.evaluate((rows) => (window as unknown as { benchD3: { init(r: unknown): Promise<boolean> } }).benchD3.init(rows), before);
    await d3Page.waitForTimeout(600);
    for (let i = 0; i < rounds; i++) {
      const r = await d3Page.evaluate(
        (rows) => (window as unknown as { benchD3: { update(r: unknown, ms: number): Promise<{ ms: number; frames: number[] }> } }).benchD3.update(rows, 500),
        after,
      );
      result.d3.push(r.ms);
      d3Deltas.push(...r.frames.slice(1).map((t, j) => t - r.frames[j]!));
      await d3Page.waitForTimeout(300);
      await d3Page.evaluate(
        (rows) => (window as unknown as { benchD3: { update(r: unknown, ms: number): Promise<unknown> } }).benchD3.update(rows, 0),
        before,
      );
      await d3Page.waitForTimeout(800);
    }
  } catch (e) {
    result.error = `${result.error ? `${result.error}; ` : ''}d3-org-chart: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    await d3Context.close();
  }
  result.oursMedian = median(result.ours);
  result.d3Median = median(result.d3);
  result.ratio = result.oursMedian !== null && result.d3Median ? result.oursMedian / result.d3Median : null;
  result.frameP95 = result.animated ? p95(deltas) : null;
  result.d3FrameP95 = p95(d3Deltas);
  return result;
}
