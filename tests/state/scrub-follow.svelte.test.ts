/**
 * The slider and the views: input moves the slider at once; the views follow at the next frame,
 * skipping the steps passed over; when drawing a step is slow, they follow once input pauses.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import type { Clock } from '../../src/lib/state/motion.svelte.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';

const builtin = builtinDataset(builtinJson);

/** A clock whose time and frames the test drives. */
class TestClock implements Clock {
  time = 0;
  #queue: (() => void)[] = [];
  now = () => this.time;
  frame(cb: () => void) {
    this.#queue.push(cb);
    return () => {
      this.#queue = this.#queue.filter((f) => f !== cb);
    };
  }
  /** Advance by `ms` and run the frame callbacks that were waiting (not those they schedule). */
  tick(ms = 16) {
    this.time += ms;
    const q = this.#queue;
    this.#queue = [];
    for (const f of q) f();
    flushSync();
  }
}

let apps: AppState[] = [];
function make(clock: TestClock): AppState {
  const app = new AppState(builtin, '', { reducedMotion: () => true, clock });
  apps.push(app);
  flushSync();
  return app;
}
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
});

describe('scrubbing', () => {
  it('the first input is drawn at once; more in the same frame wait for the next one, skipping the steps passed over', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.stepBy(1);
    flushSync();
    expect([app.sliderStep, app.step, app.scene.step]).toEqual([1, 1, 1]);
    app.stepBy(1);
    app.scrub(3);
    flushSync();
    expect([app.sliderStep, app.step]).toEqual([3, 1]);
    expect(app.sliderText).toBe(app.timeline.valueText(3, 'vi'));
    expect(app.sliderText).not.toBe(app.stepText);
    expect(app.scene.step).toBe(1);
    clock.tick(); // step 1 reached the screen
    expect(app.step).toBe(1);
    clock.tick();
    expect([app.sliderStep, app.step, app.scene.step, app.motion.step]).toEqual([3, 3, 3, 3]);
    clock.tick(); // that one took 16 ms: the next input is drawn at once again
    app.stepBy(-1);
    flushSync();
    expect(app.step).toBe(2);
  });

  it('a step that took 40 ms (not slow): the next input is still drawn at once', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.stepBy(1);
    clock.tick(40);
    app.stepBy(1);
    flushSync();
    expect([app.sliderStep, app.step, app.scene.step]).toEqual([2, 2, 2]);
  });

  it('clamps, and setStep moves both at once', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.scrub(99);
    expect(app.sliderStep).toBe(4);
    app.stepBy(-1);
    expect(app.sliderStep).toBe(3);
    app.setStep(1);
    expect([app.sliderStep, app.step]).toEqual([1, 1]);
    clock.tick();
    // the pending follow was cancelled by setStep
    expect([app.sliderStep, app.step]).toEqual([1, 1]);
  });

  it('when a step is slow to draw, the views wait until input pauses, then show exactly where it stopped', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.stepBy(1); // the views show step 1 at once (the built-in dataset draws within a frame)
    expect(app.step).toBe(1);
    clock.tick(120); // the next frame came 120 ms later: slow
    for (let i = 0; i < 3; i++) {
      app.stepBy(1);
      clock.tick(33);
      expect(app.step).toBe(1);
    }
    expect(app.sliderStep).toBe(4);
    clock.tick(60);
    expect(app.step).toBe(1);
    clock.tick(100); // 160 ms since the last input (waits for 100 ms of quiet)
    expect([app.step, app.scene.step]).toEqual([4, 4]);
  });

  it('a dataset whose first draw was slow keeps even the first input responsive', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.openDataset(app.builtin.id); // a dataset opened: its first draw is measured
    flushSync();
    clock.tick(150); // 150 ms for a first draw (every node made): not slow
    app.stepBy(1);
    clock.tick(16);
    expect(app.step).toBe(1);
    clock.tick(16); // that step was fast
    app.openDataset(app.builtin.id);
    flushSync();
    clock.tick(400); // 400 ms: slow
    app.stepBy(1);
    clock.tick(16);
    expect([app.sliderStep, app.step]).toEqual([1, 0]);
    clock.tick(100);
    expect(app.step).toBe(1);
  });

  it('while the pointer holds the thumb of a slow dataset, a pause of 100 ms is not enough; let go, it is', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.stepBy(1);
    clock.tick(120); // slow
    app.holdSlider(true);
    app.scrub(3);
    clock.tick(16);
    clock.tick(150);
    expect([app.sliderStep, app.step]).toEqual([3, 1]);
    app.holdSlider(false);
    clock.tick(16);
    expect(app.step).toBe(3);
    // let go right after a move: the move is painted first
    app.holdSlider(true);
    app.scrub(4);
    app.holdSlider(false);
    clock.tick(16);
    expect(app.step).toBe(3);
    clock.tick(100);
    expect(app.step).toBe(4);
  });

  it('a fast dataset follows every frame', () => {
    const clock = new TestClock();
    const app = make(clock);
    app.stepBy(1);
    clock.tick();
    clock.tick(); // measured: fast
    app.stepBy(1);
    clock.tick();
    expect(app.step).toBe(2);
  });
});
