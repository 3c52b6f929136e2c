/**
 * Pacing of long exports (every step as a ZIP, the poster, the PNG) on the page's main thread: the
 * work is cut into pieces (a step's drawing, its serialisation, a slice of its compression), and
 * between pieces, once a time budget is spent, it pauses so the page can paint and take input. The
 * caller (the browser) says how to pause (`yieldToPage` of the task state) and hears progress; an
 * aborted signal stops the work with its reason, and nothing is produced.
 *
 * Pure of the DOM: in Node, with no `pause`, the work runs straight through (the signal is still
 * checked), so the files are the same everywhere.
 */

/** How a long export is paced, told of progress and stopped. All fields are optional. */
export interface Pacing {
  /**
   * Let the page paint and take input, then go on (the browser passes `() => yieldToPage(signal)`).
   * Rejecting stops the work with that reason. Default: never pause.
   */
  pause?: () => Promise<void>;
  /** `done` of `total` units (steps, panels), called in order as units finish, `done` from 1 to `total`. */
  progress?: (done: number, total: number) => void;
  /** Aborted: the work throws `signal.reason` at its next check and produces nothing. */
  signal?: AbortSignal;
  /** Work time between pauses in ms (default `PACE_BUDGET_MS`). */
  budgetMs?: number;
}

/**
 * Work time between two pauses, ms. Each piece of work is kept well under the 50 ms of a long
 * task, so a piece plus the budget stays under it too.
 */
export const PACE_BUDGET_MS = 8;

/** The clock of the pacing (ms; `performance.now` where there is one). */
const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/**
 * A checkpoint to call between pieces of work: throws when `pacing.signal` is aborted, and pauses
 * (awaits `pacing.pause`) when at least `budgetMs` of work has run since the last pause.
 * @returns the checkpoint; it resolves when the work may go on
 * @throws (the returned function) `signal.reason` once aborted, or whatever `pause` rejects with
 */
export function pacer(pacing: Pacing = {}): () => Promise<void> {
  const budget = pacing.budgetMs ?? PACE_BUDGET_MS;
  let since = now();
  return async () => {
    pacing.signal?.throwIfAborted();
    if (!pacing.pause || now() - since < budget) return;
    await pacing.pause();
    pacing.signal?.throwIfAborted();
    since = now();
  };
}
