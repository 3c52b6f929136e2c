/**
 * Drives `frames.ts` transitions in time with d3-timer. One animator per chart; `to(target)` may be
 * called at any moment: the running transition stops where it is and the new one starts from there.
 */
import { timer, type Timer } from 'd3-timer';
import { easeCubicInOut } from 'd3-ease';
import { frameAt, planTransition, type Anchor, type FrameItem, type Transition } from './frames.ts';

export interface AnimatorOptions<T> {
  /** Called with every new frame (and once with the final frame). */
  onFrame: (frame: FrameItem<T>[], animating: boolean) => void;
  enterFrom: Anchor;
  exitTo: Anchor;
}

export class Animator<T> {
  #frame: FrameItem<T>[] = [];
  #timer: Timer | null = null;
  #opts: AnimatorOptions<T>;

  constructor(opts: AnimatorOptions<T>) {
    this.#opts = opts;
  }

  /** The frame on screen now. */
  get frame(): FrameItem<T>[] {
    return this.#frame;
  }

  /**
   * Move to a target. `duration` in milliseconds; 0 (reduced motion, first draw) jumps at once.
   * Anchors may be replaced per call (they depend on the target's layout).
   */
  to(target: { key: string; x: number; y: number; datum: T }[], duration: number, anchors?: { enterFrom: Anchor; exitTo: Anchor }): void {
    this.stop();
    const tr: Transition<T> = planTransition(
      this.#frame,
      target,
      anchors?.enterFrom ?? this.#opts.enterFrom,
      anchors?.exitTo ?? this.#opts.exitTo,
    );
    if (duration <= 0) {
      this.#frame = frameAt(tr, 1);
      this.#opts.onFrame(this.#frame, false);
      return;
    }
    this.#frame = frameAt(tr, 0);
    this.#opts.onFrame(this.#frame, true);
    const t = timer((elapsed) => {
      const p = Math.min(1, elapsed / duration);
      this.#frame = frameAt(tr, p >= 1 ? 1 : easeCubicInOut(p));
      if (p >= 1) {
        t.stop();
        if (this.#timer === t) this.#timer = null;
        this.#opts.onFrame(this.#frame, false);
      } else {
        this.#opts.onFrame(this.#frame, true);
      }
    });
    this.#timer = t;
  }

  /** Forget what is on screen (a new dataset): the next `to` starts from nothing. */
  reset(): void {
    this.stop();
    this.#frame = [];
  }

  /** Stop where we are (the frame stays as it is). */
  stop(): void {
    this.#timer?.stop();
    this.#timer = null;
  }
}
