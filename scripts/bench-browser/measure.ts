/**
 * One measured key press in the app's page (through probe.js): from the keydown's own timestamp to
 * the end of the first painted frame whose chart reads `data-step="<target>"`, with the frames
 * recorded until the chart has settled there.
 */
import type { Page } from '@playwright/test';
import { settled, type FrameRecord, type InputRecord } from './app-page.ts';

/** What one key press gave. */
export interface KeyStep {
  /** Keydown → new step painted, ms (NaN when the probe saw no keydown). */
  ms: number;
  /** The keydown's Event Timing duration (ms, 8 ms steps), null when under 16 ms or not reported. */
  eventTiming: number | null;
  /** The frames from the press until the chart settled on the target step. */
  frames: FrameRecord[];
}

interface Probe {
  armStep(n: number): void;
  startFrames(): void;
  stopFrames(): FrameRecord[];
  stepPromise: Promise<{ tPaint: number }>;
  inputs: InputRecord[];
  events: { name: string; startTime: number; duration: number }[];
}

/**
 * Presses `key` (the focus must be where the key acts, e.g. the slider) and measures the step
 * change to `target` (see the module's comment); waits at least `minFramesMs` of frames and until
 * the chart has settled (`data-animating="false"`, at most `timeoutMs`).
 */
export async function keyToStep(page: Page, key: string, target: number, minFramesMs = 750, timeoutMs = 120_000): Promise<KeyStep> {
  await page.evaluate((t) => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    b.inputs.length = 0;
    b.events.length = 0;
    b.armStep(t);
    b.startFrames();
  }, target);
  await page.keyboard.press(key);
  const r = await page.evaluate(async () => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    const { tPaint } = await b.stepPromise;
    const down = b.inputs.find((i) => i.type === 'keydown');
    return { ms: down ? tPaint - down.t0 : NaN, t0: down ? down.t0 : 0 };
  });
  await page.waitForTimeout(minFramesMs);
  await settled(page, target, timeoutMs);
  const { frames, events } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: Probe }).__bench;
    return { frames: b.stopFrames(), events: b.events };
  });
  const entry = events.find((e) => e.name === 'keydown' && Math.abs(e.startTime - r.t0) < 1);
  return { ms: r.ms, eventTiming: entry ? entry.duration : null, frames };
}

/** The motion of one round: frame deltas (ms) and whether the chart said it was animating. */
export interface Motion {
  animated: boolean;
  deltas: number[];
}

/**
 * The motion in `frames` from the first frame that shows step `step`: the deltas between frames
 * (ms) until a frame reads data-animating="false"; `animated` false and no deltas when no frame
 * from there on reads data-animating="true".
 */
export function motionOf(frames: readonly FrameRecord[], step: string): Motion {
  const start = frames.findIndex((f) => f.step === step);
  if (start < 0) return { animated: false, deltas: [] };
  const after = frames.slice(start);
  const animated = after.some((f) => f.animating === 'true');
  if (!animated) return { animated, deltas: [] };
  const end = after.findIndex((f, i) => i > 0 && f.animating === 'false');
  const span = end < 0 ? after : after.slice(0, end + 1);
  const deltas = span.slice(1).map((f, i) => f.ts - span[i]!.ts);
  return { animated, deltas };
}
