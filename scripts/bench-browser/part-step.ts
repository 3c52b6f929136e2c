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
 * d3-org-chart: `chart.data(next).render()`, made by a key press (ArrowRight) as ours is, from the
 * keydown's own timestamp to the end of the first painted frame after the call (rAF, then a
 * MessageChannel message); `data(previous).render()` between rounds.
 * The two pages are open side by side and measured in turn, round by round.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { committeeBench, orgChartRows, type OrgChartRow } from './generator.ts';
import { focusSlider, importDataset, openApp, settled, VIEWPORT } from './app-page.ts';
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
  /** ours / d3-org-chart of each round (the two measured one after the other). */
  ratios: number[];
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

interface D3Api {
  benchD3: {
    init(rows: unknown): Promise<boolean>;
    update(rows: unknown, recordMs: number): Promise<{ ms: number; frames: number[] }>;
    onKey(rows: unknown, recordMs: number): boolean;
    keyResult: Promise<{ ms: number; frames: number[] }>;
  };
}

/** Opens the d3-org-chart page in its own context and draws `rows`. */
async function openD3(browser: Browser, base: string, rows: OrgChartRow[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${base}d3/`);
  await page.waitForFunction(() => 'benchD3' in window);
  await page.evaluate((r) => (window as unknown as D3Api).benchD3.init(r), rows);
  await page.waitForTimeout(600);
  return { context, page };
}

/** One d3-org-chart round: the measured update to `after` (with 500 ms of frames), then back to `before`. */
async function d3Round(page: Page, before: OrgChartRow[], after: OrgChartRow[]): Promise<{ ms: number; deltas: number[] }> {
  await page.evaluate((rows) => (window as unknown as D3Api).benchD3.onKey(rows, 500), after);
  await page.keyboard.press('ArrowRight');
  const r = await page.evaluate(() => (window as unknown as D3Api).benchD3.keyResult);
  await page.waitForTimeout(300);
  await page.evaluate((rows) => (window as unknown as D3Api).benchD3.update(rows, 0), before);
  await page.waitForTimeout(800);
  return { ms: r.ms, deltas: r.frames.slice(1).map((t, j) => t - r.frames[j]!) };
}

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/**
 * Runs the step part for a committee of `n`: both pages open side by side (each in its own
 * context), then `rounds` rounds, each one of ours followed by one of d3-org-chart, so that a change
 * of the machine's load falls on both. The ratio is the median of the rounds' ratios.
 * @param base the server's base URL (app at `/`, d3-org-chart page at `/d3/`)
 */
export async function runStep(browser: Browser, base: string, n: number, rounds: number): Promise<StepResult> {
  const { dataset } = committeeBench(n);
  const before = orgChartRows(dataset, 0);
  const after = orgChartRows(dataset, 1);
  const result: StepResult = {
    n, rounds, importMs: NaN, ours: [], oursEventTiming: [], d3: [], ratios: [], oursMedian: null, d3Median: null, ratio: null, frameP95: null, animated: false, d3FrameP95: null,
  };
  const deltas: number[] = [];
  const d3Deltas: number[] = [];
  const ours = await openApp(browser, base);
  let d3: { context: BrowserContext; page: Page } | null = null;
  try {
    result.importMs = await importDataset(ours.page, dataset, 180_000);
    await focusSlider(ours.page);
    d3 = await openD3(browser, base, before);
    await ours.page.waitForTimeout(300);
    for (let i = 0; i < rounds; i++) {
      const r = await oursRound(ours.page);
      result.ours.push(r.ms);
      result.oursEventTiming.push(r.eventTiming);
      if (r.motion.animated) result.animated = true;
      deltas.push(...r.motion.deltas);
      const d = await d3Round(d3.page, before, after);
      result.d3.push(d.ms);
      d3Deltas.push(...d.deltas);
      result.ratios.push(r.ms / d.ms);
    }
  } catch (e) {
    result.error = message(e);
  } finally {
    await ours.context.close();
    await d3?.context.close();
  }
  result.oursMedian = median(result.ours);
  result.d3Median = median(result.d3);
  result.ratio = median(result.ratios);
  result.frameP95 = result.animated ? p95(deltas) : null;
  result.d3FrameP95 = p95(d3Deltas);
  return result;
}
