/**
 * The chart's motion, owned by the state (no component needed): a `MotionState` follows a target
 * (the scene of the app state) and moves what is on screen (`frame`) towards it, frame by frame.
 * A new target may come at any moment: the running transition stops where it is and the next one
 * starts from there, so rapid scrubbing always ends exactly on the last target (see `frames.ts`).
 * The first target after construction or `reset()`, reduced motion, and targets above `maxNodes`
 * nodes are shown at once.
 *
 * What is on screen is a list of `MotionItem`s, one per key, each with its own reactive position:
 * a frame of the motion writes only the items that move, and the list itself changes only when a
 * transition starts or ends. So the page re-renders, per frame, only what moves; an item's drawing
 * (`datum`) is replaced only when it draws differently (`MotionOptions.same`).
 */
import { untrack } from 'svelte';
import { easeCubicInOut } from 'd3-ease';
import { between, isAtRest, planTransition, type Anchor, type FrameItem, type Transition } from './frames.ts';

/** Milliseconds for one step's transition (both stages, when it has two: see `Stage`). */
export const STEP_DURATION = 1000;

/**
 * The stage of an item's move: `leave` (a member going to their tray, or an item leaving the chart)
 * comes first, `arrive` (newcomers, and members moving between seats) after it; between them, the
 * seats stand empty. A transition with items of one stage only moves them over its whole length.
 */
export type Stage = 'leave' | 'arrive';
/** The part of a staged transition (0..1) each stage takes: leavers first, a pause, then arrivals. */
export const STAGES: Readonly<Record<Stage, readonly [number, number]>> = { leave: [0, 0.4], arrive: [0.5, 1] };
/**
 * Above this many nodes (the target's and those leaving), a step changes at once instead of
 * animating: the motion of a few thousand SVG nodes no longer fits a frame.
 */
const ANIMATE_MAX_NODES = 2500;
/**
 * The first drawing of more items than this (a new dataset) is put on the page a chunk per frame,
 * this many items in the first, so that making thousands of SVG nodes never blocks the page for
 * long (10,000 took one task of about 0.3 s); `animating` stays true until every item is drawn.
 * The next chunks are sized by time, not by count (see `#reveal`): a chunk of 500 a frame still
 * made frames of 70-85 ms after a 10,000-person import on a loaded machine.
 */
export const REVEAL_CHUNK = 200;
/**
 * Milliseconds a frame of the reveal should take, from one frame to the next (the script that
 * makes a chunk's nodes, then style, layout and paint): the next chunk is sized to it.
 */
export const REVEAL_FRAME_MS = 30;
/** The fewest items a frame of the reveal adds (so that it ends, however slow the frames). */
export const REVEAL_MIN_CHUNK = 50;

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
export const browserClock: Clock = {
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
export interface MotionTarget<T, B = undefined> {
  /** The step this target shows (`MotionState.step` takes it when the transition starts). */
  step: number;
  /**
   * What is drawn behind the items for this target (e.g. the bodies' boxes with their counts, the
   * trays with their totals): `MotionState.backdrop` takes it when the transition ends, so counts
   * change once the items have arrived.
   */
  backdrop?: B;
  items: { key: string; x: number; y: number; datum: T }[];
  enterFrom: Anchor;
  exitTo: Anchor;
}

export interface MotionOptions<T = unknown> {
  /** Read when a transition starts: true jumps at once (prefers-reduced-motion). Default false. */
  reducedMotion?: () => boolean;
  clock?: Clock;
  /** Milliseconds of one transition (default `STEP_DURATION`). */
  duration?: number;
  /** Node count (target + leaving) above which a change jumps (default `ANIMATE_MAX_NODES`). */
  maxNodes?: number;
  /**
   * True when datum `b` draws exactly as datum `a` (default `Object.is`): the item then keeps `a`, so
   * nothing that renders it runs again.
   */
  same?: (a: T, b: T) => boolean;
  /**
   * The stage of an item that is on screen (drawn as `a`) and stays (to be drawn as `b`): `leave`
   * (e.g. a member going to their tray) or `arrive` (default). Items leaving the chart always
   * `leave`, new items always `arrive`.
   */
  stage?: (a: T, b: T) => Stage;
}

/**
 * One item on screen: its key, its position (layout units) and opacity (0..1), and its datum
 * (reactive, replaced only when it draws differently). The position is a plain field: a frame of
 * motion says which items it moved (`MotionState.moved`, `MotionState.version`), so the page writes
 * those and nothing else.
 */
export class MotionItem<T> {
  readonly key: string;
  x: number;
  y: number;
  opacity: number;
  /**
   * Set while the item fades in place as one of a group (`MotionState.fades`): its own node is then
   * hidden and the group's copy, under one opacity (`fadeIn` / `fadeOut`), is what shows; null otherwise.
   */
  fade: 'in' | 'out' | null = null;
  /** True while the item is on its way (its stage has started and not ended): the page hides its label. */
  moving = false;
  datum: T = $state.raw() as T;

  constructor(key: string, x: number, y: number, opacity: number, datum: T) {
    this.key = key;
    this.x = x;
    this.y = y;
    this.opacity = opacity;
    this.datum = datum;
  }

  /** Move to (x, y, opacity). */
  place(x: number, y: number, opacity: number): void {
    this.x = x;
    this.y = y;
    this.opacity = opacity;
  }
}

/** Where progress `p` (0..1) stands within the window [t0, t1], clamped to 0..1. */
function local(p: number, t0: number, t1: number): number {
  return t1 <= t0 ? (p >= t1 ? 1 : 0) : Math.min(1, Math.max(0, (p - t0) / (t1 - t0)));
}

/** A running transition: the items, and for each one that moves, where from and where to. */
interface Run<T, B> {
  /** The target's backdrop (`MotionTarget.backdrop`). */
  backdrop: B | undefined;
  /** Every item of the transition (target order, then leaving items). */
  items: MotionItem<T>[];
  /** The items at rest when it ends (the target's, in order). */
  rest: MotionItem<T>[];
  /** The items that move or fade, with their start and end, and the part of the transition (0..1) they move in. */
  moving: { item: MotionItem<T>; from: FrameItem<T>; to: FrameItem<T>; t0: number; t1: number }[];
  /** The items of `moving` outside the fade groups (whose own position and opacity are written at every frame). */
  movedItems: MotionItem<T>[];
  /** The items fading in (out) in place from 0 to 1 (1 to 0): drawn as one group each. */
  fades: Fades<T>;
  /** The part of the transition (0..1) in which the `fades.in` and `fades.out` groups fade. */
  fadeWindow: { in: readonly [number, number]; out: readonly [number, number] };
}

/**
 * The items that fade in place as a group in the running transition: `in` from opacity 0 to 1, `out`
 * from 1 to 0, all at the same pace, so the page can draw each group under one opacity (one
 * compositor layer) instead of writing and repainting every node at every frame.
 */
export interface Fades<T> {
  in: readonly MotionItem<T>[];
  out: readonly MotionItem<T>[];
}

const NO_FADES: Fades<never> = { in: [], out: [] };

/**
 * Follows `target()` (read in an effect owned by this object: every change of what it reads starts
 * a transition). Call `destroy()` to stop following.
 */
export class MotionState<T, B = undefined> {
  /**
   * The items as drawn right now (mid-transition or at rest), in target order then leaving items. The
   * list changes when a transition starts or ends; the items' positions change frame by frame.
   */
  frame: MotionItem<T>[] = $state.raw([]);
  /** True from the start of a transition until its last frame. */
  animating = $state(false);
  /** Counts the frames that moved items (a reactive signal: read it to follow every frame). */
  version = $state(0);
  /** The items the last frame moved (to write their new positions); the others did not move. */
  moved: readonly MotionItem<T>[] = [];
  /**
   * The backdrop of the target last reached (`MotionTarget.backdrop`): it changes when a transition
   * ends (or a change is shown at once), never while items are on their way.
   */
  backdrop: B | undefined = $state.raw(undefined);
  /** The step the frame shows or is moving to (-1 before the first target). */
  step = $state(-1);
  /**
   * The items of the running transition that fade in place as a group (each such item has `fade`
   * set), from its second frame to its end; empty at rest. The groups' items are not in `moved`
   * (but are at the last frame): the page draws each group under one opacity (`fadeIn`, `fadeOut`).
   */
  fades: Fades<T> = $state.raw(NO_FADES);
  /** Opacity of the `fades.in` group at the last frame (0..1); its items' own `opacity` equals it. */
  fadeIn = 1;
  /** Opacity of the `fades.out` group at the last frame (0..1); its items' own `opacity` equals it. */
  fadeOut = 1;

  /** Items by key as the motion knows them (empty after `reset`, while `frame` still shows the old ones). */
  #items = new Map<string, MotionItem<T>>();
  #drawn = false;
  #cancel: (() => void) | null = null;
  /** The transition last started (running while `#cancel` is set). */
  #run: Run<T, B> | null = null;
  readonly #opts: Required<MotionOptions<T>>;
  readonly #destroy: () => void;

  /**
   * @param target the target to follow, read reactively (e.g. derived from the app state's scene)
   * @param options reduced motion, clock, duration, node limit, datum equality
   */
  constructor(target: () => MotionTarget<T, B>, options: MotionOptions<T> = {}) {
    this.#opts = {
      reducedMotion: options.reducedMotion ?? (() => false),
      clock: options.clock ?? browserClock,
      duration: options.duration ?? STEP_DURATION,
      maxNodes: options.maxNodes ?? ANIMATE_MAX_NODES,
      same: options.same ?? Object.is,
      stage: options.stage ?? (() => 'arrive'),
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
    const running = this.#cancel !== null ? this.#run : null;
    this.#stop();
    if (running) this.#finish(running);
    this.#items = new Map();
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

  /** Put every item of `run` at its end, show only the items at rest. */
  #finish(run: Run<T, B>): void {
    for (const m of run.moving) {
      m.item.place(m.to.x, m.to.y, m.to.opacity);
      m.item.moving = false;
    }
    for (const item of run.fades.in) item.fade = null;
    for (const item of run.fades.out) item.fade = null;
    this.fadeIn = 1;
    this.fadeOut = 0;
    this.#moved(run, true);
    this.fades = NO_FADES;
    this.frame = run.rest;
    this.backdrop = run.backdrop;
    this.animating = false;
  }

  /**
   * Show `all` (at rest, already placed) a chunk more per frame, `animating` until the last; a new
   * target meanwhile stops it (and starts from every item, as at rest). The first chunk is
   * `REVEAL_CHUNK` items; each next one as many as fit in `REVEAL_FRAME_MS` at the pace of the last
   * frame (the items it added, the time from its start to this one's), at most twice the last
   * chunk (a frame waits for the screen's refresh: a fast one says little about a larger one), at
   * least `REVEAL_MIN_CHUNK`.
   */
  #reveal(all: MotionItem<T>[]): void {
    const { clock } = this.#opts;
    let chunk = REVEAL_CHUNK;
    let shown = chunk;
    let last = clock.now();
    this.frame = all.slice(0, shown);
    this.animating = true;
    const tick = () => {
      const now = clock.now();
      chunk = Math.max(REVEAL_MIN_CHUNK, Math.min(2 * chunk, Math.floor((chunk * REVEAL_FRAME_MS) / (now - last))));
      last = now;
      shown += chunk;
      if (shown >= all.length) {
        this.#cancel = null;
        this.frame = all;
        this.animating = false;
        return;
      }
      this.frame = all.slice(0, shown);
      this.#cancel = clock.frame(tick);
    };
    this.#cancel = clock.frame(tick);
  }

  /** Draw `fades` as groups from now on (each item's `fade` set). */
  #showFades(fades: Fades<T>): void {
    for (const item of fades.in) item.fade = 'in';
    for (const item of fades.out) item.fade = 'out';
    this.fades = fades;
  }

  /**
   * Items at progress p (0..1, not eased) of `run`: each moves, eased, within its stage's part of the
   * transition; only the items whose stage is under way, or has just ended, are written.
   */
  #at(run: Run<T, B>, p: number): void {
    const moved: MotionItem<T>[] = [];
    for (const m of run.moving) {
      const { item } = m;
      if (p <= m.t0 || (!item.moving && p >= m.t1 && item.x === m.to.x && item.y === m.to.y && item.opacity === m.to.opacity)) continue;
      const t = local(p, m.t0, m.t1);
      const q = between(m.from, m.to, easeCubicInOut(t));
      item.place(q.x, q.y, q.opacity);
      item.moving = t < 1;
      if (item.fade === null) moved.push(item);
    }
    this.fadeIn = easeCubicInOut(local(p, ...run.fadeWindow.in));
    this.fadeOut = 1 - easeCubicInOut(local(p, ...run.fadeWindow.out));
    this.moved = moved;
    if (run.moving.length > 0) this.version++;
  }

  /**
   * Say that the items moving in `run` moved (`moved`, `version`): those outside the fade groups,
   * or with `all` (the last frame) every one.
   */
  #moved(run: Run<T, B>, all = false): void {
    if (run.moving.length === 0) return;
    this.moved = all ? run.moving.map((m) => m.item) : run.movedItems;
    this.version++;
  }

  #to(target: MotionTarget<T, B>): void {
    const moving = this.#cancel !== null;
    this.#stop();
    const { clock, duration: full, maxNodes, reducedMotion, same } = this.#opts;
    const current = this.#items;
    // A copy of each item's place: the items themselves move while the transition runs.
    const tr: Transition<T> = planTransition(
      [...current.values()].map((m) => ({ key: m.key, x: m.x, y: m.y, opacity: m.opacity, datum: m.datum })),
      target.items,
      target.enterFrom,
      target.exitTo,
    );
    // Past a few thousand nodes (the target's and those leaving), movement costs more than it shows: change at once (never wrong).
    const tooMany = tr.from.length > maxNodes;
    // Nothing moves (the same places, only the drawing changed, e.g. "stated facts only"): no motion.
    const still = !moving && isAtRest(this.frame, target.items);
    const first = !this.#drawn;
    const duration = first || reducedMotion() || tooMany || still ? 0 : full;
    this.#drawn = true;
    this.step = target.step;
    const run = this.#plan(tr, target.items.length, same, this.#opts.stage);
    run.backdrop = target.backdrop;
    this.#run = run;
    this.#items = new Map(run.rest.map((m) => [m.key, m]));
    if (duration <= 0) {
      this.#finish(run);
      if (first && run.rest.length > REVEAL_CHUNK) this.#reveal(run.rest);
      return;
    }
    this.fadeIn = 0;
    this.fadeOut = 1;
    this.fades = NO_FADES;
    this.frame = run.items;
    this.animating = true;
    const start = clock.now();
    let ticks = 0;
    const tick = () => {
      const p = Math.min(1, (clock.now() - start) / duration);
      if (p >= 1) {
        this.#cancel = null;
        this.#finish(run);
      } else {
        // The groups are drawn from the second frame on: the first, which paints the new step, stays
        // as light as it can be (the items are then all but where they start: fading in unseen,
        // fading out fully seen, as their own nodes show them).
        if (++ticks === 2 && (run.fades.in.length > 0 || run.fades.out.length > 0)) this.#showFades(run.fades);
        this.#at(run, p);
        this.#cancel = clock.frame(tick);
      }
    };
    this.#cancel = clock.frame(tick);
  }

  /**
   * The items of a planned transition: the items on screen are kept (their datum replaced when it
   * draws differently), new ones made at their start; `rest` is the first `restCount` (the target's).
   */
  #plan(tr: Transition<T>, restCount: number, same: (a: T, b: T) => boolean, stageOf: (a: T, b: T) => Stage): Run<T, B> {
    const items: MotionItem<T>[] = [];
    const fades = { in: [] as MotionItem<T>[], out: [] as MotionItem<T>[] };
    const run: Run<T, B> = { backdrop: undefined, items, rest: [], moving: [], movedItems: [], fades, fadeWindow: { in: [0, 1], out: [0, 1] } };
    const stages: Stage[] = [];
    for (let i = 0; i < tr.from.length; i++) {
      const a = tr.from[i]!;
      const b = tr.to[i]!;
      let item = this.#items.get(a.key);
      // Leaving the chart: leave; new: arrive; staying: as the caller says, from its drawing now and next.
      const stage: Stage = i >= restCount ? 'leave' : item ? stageOf(item.datum, b.datum) : 'arrive';
      if (item) {
        if (!same(item.datum, b.datum)) item.datum = b.datum;
        item.place(a.x, a.y, a.opacity);
      } else item = new MotionItem(a.key, a.x, a.y, a.opacity, b.datum);
      items.push(item);
      item.fade = null;
      item.moving = false;
      if (a.x !== b.x || a.y !== b.y || a.opacity !== b.opacity) {
        stages.push(stage);
        run.moving.push({ item, from: a, to: b, t0: 0, t1: 1 });
        // In place from 0 to 1 (1 to 0): one of a group that shares its opacity at every frame.
        const inPlace = a.x === b.x && a.y === b.y;
        if (inPlace && a.opacity === 0 && b.opacity === 1) fades.in.push(item);
        else if (inPlace && a.opacity === 1 && b.opacity === 0) fades.out.push(item);
        else run.movedItems.push(item);
      }
    }
    run.rest = items.slice(0, restCount);
    // Two stages only when the step has both: leavers go first, then the seats stand empty, then arrivals.
    if (stages.includes('leave') && stages.includes('arrive')) {
      run.moving.forEach((m, i) => ([m.t0, m.t1] = STAGES[stages[i]!]));
      run.fadeWindow = { in: STAGES.arrive, out: STAGES.leave };
    }
    return run;
  }
}
