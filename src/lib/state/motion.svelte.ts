/**
 * The chart's motion, owned by the state (no component needed): a `MotionState` follows a target
 * (the scene of the app state) and moves what is on screen (`frame`) towards it, frame by frame.
 * A new target may come at any moment: the running transition stops where it is and the next one
 * starts from there, so rapid scrubbing always ends exactly on the last target (see `frames.ts`).
 * The first target after construction or `reset()`, reduced motion, and targets above `maxNodes`
 * nodes are shown at once.
 */
import { untrack } from 'svelte';
import { easeCubicInOut } from 'd3-ease';
import { frameAt, isAtRest, planTransition, type Anchor, type FrameItem, type Transition } from './frames.ts';

/** Milliseconds for one step's transition. */
export const STEP_DURATION = 700;
/** Above this many nodes (on screen + target), a step changes at once instead of animating. */
const ANIMATE_MAX_NODES = 3000;

/** Time and frames for the motion: the browser's by default, a fake one in tests. */
export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Call `cb` at the next animation frame; returns a function that cancels it. */
  frame(cb: () => void): () => void;
}

/**
 * `performance.now` and `requestAnimationFrame` (a 16 ms timeout where there is none), looked up at
 * each call, so fake timers installed after this module loaded are used.
 */
const browserClock: Clock = {
  now: () => (globalThis.performance ? globalThis.performance.now() : Date.now()),
  frame(cb) {
    if (typeof globalThis.requestAnimationFrame === 'function') {
      const id = globalThis.requestAnimationFrame(() => cb());
      return () => globalThis.cancelAnimationFrame(id);
    }
    const id = setTimeout(cb, 16);
    return () => clearTimeout(id);
  },
};

/** Where the motion should go: the items at rest (layout units) and where new/leaving items come from/go to. */
export interface MotionTarget<T> {
  /** The step this target shows (`MotionState.step` takes it when the transition starts). */
  step: number;
  items: { key: string; x: number; y: number; datum: T }[];
  enterFrom: Anchor;
  exitTo: Anchor;
}

export interface MotionOptions {
  /** Read when a transition starts: true jumps at once (prefers-reduced-motion). Default false. */
  reducedMotion?: () => boolean;
  clock?: Clock;
  /** Milliseconds of one transition (default `STEP_DURATION`). */
  duration?: number;
  /** Node count (on screen + target) above which a change jumps (default `ANIMATE_MAX_NODES`). */
  maxNodes?: number;
}

/**
 * Follows `target()` (read in an effect owned by this object: every change of what it reads starts
 * a transition). Call `destroy()` to stop following.
 */
export class MotionState<T> {
  /** Items as drawn right now (mid-transition or at rest), in layout units; opacity 0..1. */
  frame: FrameItem<T>[] = $state.raw([]);
  /** True from the start of a transition until its last frame. */
  animating = $state(false);
  /** The step the frame shows or is moving to (-1 before the first target). */
  step = $state(-1);

  /** The frame as the motion knows it (`[]` after `reset`, while `frame` still shows the old one). */
  #current: FrameItem<T>[] = [];
  #drawn = false;
  #cancel: (() => void) | null = null;
  /** The transition last started (running while `#cancel` is set). */
  #transition: Transition<T> | null = null;
  readonly #opts: Required<MotionOptions>;
  readonly #destroy: () => void;

  /**
   * @param target the target to follow, read reactively (e.g. derived from the app state's scene)
   * @param options reduced motion, clock, duration and node limit
   */
  constructor(target: () => MotionTarget<T>, options: MotionOptions = {}) {
    this.#opts = {
      reducedMotion: options.reducedMotion ?? (() => false),
      clock: options.clock ?? browserClock,
      duration: options.duration ?? STEP_DURATION,
      maxNodes: options.maxNodes ?? ANIMATE_MAX_NODES,
    };
    this.#destroy = $effect.root(() => {
      // `pre`: the frame follows a new scene before the DOM updates (never one paint of new scene, old frame).
      $effect.pre(() => {
        const t = target();
        untrack(() => this.#to(t));
      });
    });
  }

  /**
   * Forget what is on screen (a new dataset): the next target is drawn at once, from nothing. A
   * transition under way ends at once on its target, so that the frame is never left half-way (the
   * next target may be that same one, and then nothing else would redraw it).
   */
  reset(): void {
    const running = this.#cancel !== null ? this.#transition : null;
    this.#stop();
    if (running) this.#show(frameAt(running, 1), false);
    this.#current = [];
    this.#drawn = false;
  }

  /** Stop the running transition and stop following the target. */
  destroy(): void {
    this.#stop();
    this.#destroy();
  }

  #stop(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  #show(frame: FrameItem<T>[], animating: boolean): void {
    this.#current = frame;
    this.frame = frame;
    this.animating = animating;
  }

  #to(target: MotionTarget<T>): void {
    const moving = this.#cancel !== null;
    this.#stop();
    const { clock, duration: full, maxNodes, reducedMotion } = this.#opts;
    // Past a few thousand nodes, movement costs more than it shows: change at once (never wrong).
    const tooMany = target.items.length + this.#current.length > maxNodes;
    // Nothing moves (the same places, only the drawing changed, e.g. "stated facts only"): no motion.
    const still = !moving && isAtRest(this.#current, target.items);
    const duration = !this.#drawn || reducedMotion() || tooMany || still ? 0 : full;
    this.#drawn = true;
    this.step = target.step;
    const tr = planTransition(this.#current, target.items, target.enterFrom, target.exitTo);
    this.#transition = tr;
    if (duration <= 0) return this.#show(frameAt(tr, 1), false);
    this.#show(frameAt(tr, 0), true);
    const start = clock.now();
    const tick = () => {
      const p = Math.min(1, (clock.now() - start) / duration);
      if (p >= 1) {
        this.#cancel = null;
        this.#show(frameAt(tr, 1), false);
      } else {
        this.#show(frameAt(tr, easeCubicInOut(p)), true);
        this.#cancel = clock.frame(tick);
      }
    };
    this.#cancel = clock.frame(tick);
  }
}
