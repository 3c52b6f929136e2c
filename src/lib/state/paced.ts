/**
 * Work in time-boxed slices: a generator that yields after each small part of its work is run until
 * it is done or its slice of time is up, so the caller can let the page paint and take input
 * between slices (long work never holds the page in one long task).
 */

/** What one slice of work came to: the result, or not done yet. */
export type SliceResult<R> = { done: true; value: R } | { done: false };

/** How often, in parts of the work, the clock is read (it is not free: thousands of parts a slice). */
const CHECK_EVERY = 8;

/**
 * Runs `work` until it returns or `budgetMs` milliseconds (by `now`) have passed since the call;
 * at least one part of the work is done per call. Call again with the same `work` to go on.
 * @param now milliseconds, monotonic (`performance.now` by default)
 * @throws whatever the work throws
 */
export function runSlice<R>(work: Iterator<unknown, R>, budgetMs: number, now: () => number = () => performance.now()): SliceResult<R> {
  const start = now();
  for (let k = 1; ; k++) {
    const r = work.next();
    if (r.done) return { done: true, value: r.value };
    if (k % CHECK_EVERY === 0 && now() - start >= budgetMs) return { done: false };
  }
}
