/**
 * What the page loads after its first screen is painted: code for what lies below the chart (the
 * member timeline, the data tools) and for gestures (zoom). Fetched once the first frame is on
 * screen, so the page's first load is only what the first screen needs.
 */

/** Resolves once the page has painted a frame (the next frame's start, then a task after it). */
export function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** `load()` called after the first paint (e.g. a dynamic `import()`). */
export function afterFirstPaint<T>(load: () => Promise<T>): Promise<T> {
  return firstPaint().then(load);
}
