/**
 * Work the page does only once its first screen is painted (e.g. reading the store to open a kept
 * dataset the address names), so the first frame does not wait for it.
 */

/** Resolves once the page has painted a frame (the next frame's start, then a task after it). */
export function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
