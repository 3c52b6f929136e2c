/**
 * The chart's views of the steps next to the shown one, made ahead in the page's idle time, so that
 * a slider move or an arrow key finds its step's layout and drawing ready and the input's frame only
 * updates the page.
 *
 * A view is only made ahead when the shown one was cheap enough to make (`AHEAD_BUDGET_MS`), and
 * in an idle period that has the time for it: a large scene's layout would be a long task of its
 * own, and the page must stay responsive to the input that may come during it.
 */

/**
 * A view is made ahead only when making the shown one took at most this long (ms,
 * `performance.now`): a 500-member committee's view takes about 15 ms, a 2,000-member one about
 * 25 ms (Node, this machine); a 10,000-member house's far more, never made ahead.
 */
export const AHEAD_BUDGET_MS = 30;

/** How many steps either side of the shown one are made ahead. */
export const AHEAD_SPAN = 1;

/** Schedules `cb` in idle time with at least `ms` milliseconds free. */
type Idle = (cb: () => void, ms: number) => void;

/**
 * `requestIdleCallback` where the page has it, waiting for an idle period with `ms` free, so that a
 * view made ahead never delays a frame of a motion or an input; none in Node (nothing is made ahead).
 */
function browserIdle(): Idle | null {
  type Deadline = { timeRemaining(): number };
  const ric = (globalThis as { requestIdleCallback?: (cb: (d: Deadline) => void) => number }).requestIdleCallback;
  if (typeof ric !== 'function') return null;
  return (cb, ms) => {
    const wait = (d: Deadline) => (d.timeRemaining() >= ms ? cb() : void ric(wait));
    void ric(wait);
  };
}

/**
 * The views of one drawing's steps (one timeline, seat plan, language and drawing options: its
 * `deps`), the shown step's and its neighbours'.
 *
 * `view(deps, step, last, make)` gives `make(step)`, from the views made ahead when it is there. When
 * any of `deps` differs (by identity) from the last call's, the views kept are dropped. After it,
 * when `make` took at most `AHEAD_BUDGET_MS`, the steps `step ± AHEAD_SPAN` within `0..last` are
 * made in idle callbacks, one per callback, each waiting for an idle period as long as the shown
 * view took to make. At most `2 × AHEAD_SPAN + 1` views are kept.
 */
export class ViewsAhead<V> {
  #deps: readonly unknown[] = [];
  #views = new Map<number, V>();
  #make: ((step: number) => V) | null = null;
  #shown = -1;
  #last = -1;
  #queued = false;
  /** Whether the last view made on the input's path took at most `AHEAD_BUDGET_MS`. */
  #cheap = false;
  /** How long that view took to make, ms: the idle time a view made ahead waits for. */
  #cost = 0;
  readonly #idle: Idle | null;
  readonly #now: () => number;

  /**
   * @param idle schedules a callback in idle time (default `requestIdleCallback`; null: never make ahead)
   * @param now the clock, ms (default `performance.now`)
   */
  constructor(idle: Idle | null = browserIdle(), now: () => number = () => performance.now()) {
    this.#idle = idle;
    this.#now = now;
  }

  /**
   * The view of `step`.
   * @param deps what the views depend on besides the step, compared by identity
   * @param step the shown step (0-based)
   * @param last the last step of the drawing
   * @param make makes the view of a step (pure: the same step and deps give an equal view)
   */
  view(deps: readonly unknown[], step: number, last: number, make: (step: number) => V): V {
    if (deps.length !== this.#deps.length || deps.some((d, i) => d !== this.#deps[i])) {
      this.#deps = deps;
      this.#views.clear();
    }
    this.#make = make;
    this.#shown = step;
    this.#last = last;
    let v = this.#views.get(step);
    if (v === undefined) {
      const t0 = this.#now();
      v = make(step);
      this.#views.set(step, v);
      this.#cost = this.#now() - t0;
      this.#cheap = this.#cost <= AHEAD_BUDGET_MS;
    }
    this.#trim();
    this.#ahead();
    return v;
  }

  /** The steps whose views are kept (for tests). */
  get kept(): number[] {
    return [...this.#views.keys()].sort((a, b) => a - b);
  }

  /** Drop the views too far from the shown step. */
  #trim(): void {
    for (const s of this.#views.keys()) if (Math.abs(s - this.#shown) > AHEAD_SPAN) this.#views.delete(s);
  }

  /** The next neighbour of the shown step without a view, or null. */
  #missing(): number | null {
    for (let d = 1; d <= AHEAD_SPAN; d++) {
      for (const s of [this.#shown + d, this.#shown - d]) if (s >= 0 && s <= this.#last && !this.#views.has(s)) return s;
    }
    return null;
  }

  /** Make the missing neighbours, one per idle callback. */
  #ahead(): void {
    if (!this.#idle || !this.#cheap || this.#queued || this.#missing() === null) return;
    this.#queued = true;
    this.#idle(() => {
      this.#queued = false;
      // The shown step, the deps and `make` may have changed since: make what is missing now.
      const s = this.#missing();
      if (s === null || !this.#cheap || !this.#make) return;
      this.#views.set(s, this.#make(s));
      this.#ahead();
    }, this.#cost);
  }
}
