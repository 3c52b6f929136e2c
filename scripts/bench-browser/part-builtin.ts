/**
 * Part "builtin" of `npm run bench:browser`: the built-in dataset (no import). The slider has focus;
 * ArrowRight walks from the first step to the last and ArrowLeft back, each move measured from the
 * keydown to the first painted frame of the new step (`measure.ts`), waiting for each motion to end.
 */
import type { Browser } from '@playwright/test';
import { focusSlider, openApp, shownStep } from './app-page.ts';
import { keyToStep, motionOf } from './measure.ts';
import { median, p95 } from './stats.ts';

/** The figures of the built-in dataset. */
export interface BuiltinResult {
  moves: number[];
  eventTiming: (number | null)[];
  median: number | null;
  max: number | null;
  /** p95 of the frame deltas during the motions (ms), after each first frame of a new step. */
  frameP95: number | null;
  error?: string;
}

/** Runs the part: `passes` walks to the last step and back. */
export async function runBuiltin(browser: Browser, base: string, passes = 1): Promise<BuiltinResult> {
  const out: BuiltinResult = { moves: [], eventTiming: [], median: null, max: null, frameP95: null };
  const { context, page } = await openApp(browser, base);
  const deltas: number[] = [];
  try {
    await focusSlider(page);
    await page.waitForTimeout(300);
    const slider = page.getByTestId('timeline');
    const last = Number(await slider.getAttribute('max'));
    for (let pass = 0; pass < passes; pass++) {
      for (const [key, dir] of [['ArrowRight', 1], ['ArrowLeft', -1]] as const) {
        for (let i = 0; i < last; i++) {
          const { dataStep } = await shownStep(page);
          const target = dataStep + dir;
          const r = await keyToStep(page, key, target);
          out.moves.push(r.ms);
          out.eventTiming.push(r.eventTiming);
          deltas.push(...motionOf(r.frames, String(target)).deltas);
          await page.waitForTimeout(150);
        }
      }
    }
  } catch (e) {
    out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
  }
  out.median = median(out.moves);
  out.max = out.moves.length ? Math.max(...out.moves) : null;
  out.frameP95 = p95(deltas);
  return out;
}
