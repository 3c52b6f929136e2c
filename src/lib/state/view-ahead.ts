/**
 * The chart's views of the steps next to the shown one, made ahead in the page's idle time, so that
 * a slider move or an arrow key finds its step's layout and drawing ready and the input's frame only
 * updates the page.
 *
 * A view is only made ahead when the shown one was cheap to make (`AHEAD_BUDGET_MS`): a large
 * scene's layout would be a long task of its own in the idle callback, and the page must stay
 * responsive to the input that may come during it.
 */

/** A view made ahead only when making the shown one took at most this long (ms, `performance.now`). */
export const AHEAD_BUDGET_MS = 6;

/** How many steps either side of the shown one are made ahead. */
export const AHEAD_SPAN = 1;

type Idle = (cb: () => void) => void;

/** `requestIdleCallback` (at most 200 ms later) where the page has it; none in Node (nothing is made ahead). */
function browserIdle(): Idle | null {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  return typeof ric === 'function' ? (cb) => void ric(cb, { timeout: 200 }) : null;
}

/**
 * The views of one drawing's steps (one timeline, seat plan, language and drawing options: its
 * `deps`), the shown step's and its neighbours'.
 *
 * `view(deps, step, last, make)` gives `make(step)`, from the views made ahead when it is there. When
 * any of `deps` differs (by identity) from the last call's, the views kept are dropped. After it,
 * when `make` took at most `AHEAD_BUDGET_MS`, the steps `step ± AHEAD_SPAN` within `0..last` are
 * made in idle callbacks, one per callback. At most `2 × AHEAD_SPAN + 1` views are kept.
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
      this.#cheap = this.#now() - t0 <= AHEAD_BUDGET_MS;
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
    });
  }
}
