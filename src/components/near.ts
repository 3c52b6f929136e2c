/**
 * Loading on first use: code for what lies below the first screen (the member timeline, the role
 * table, the data tools) is fetched when its place comes near the viewport, not with the page's
 * first load nor right after it (`Deferred.svelte`).
 */

/**
 * How far outside the viewport a deferred section starts loading: a quarter of a screen ahead, so
 * it is drawn before it is seen (one chunk from this server takes a few ms; over a slow network a
 * fast scroll may show its empty box a moment). Not more: the first screen is the card of the
 * step controls and the chart, sized to the window, and the counts under it are about a quarter
 * of a 1920 × 1080 screen high, so the member timeline lies about a third of a screen below the
 * first one, and an untouched page must not load it.
 */
export const NEAR_MARGIN = '25% 0px 25% 0px';

/**
 * Calls `onNear` once, when `el` comes within `margin` of the viewport (an `IntersectionObserver`;
 * at once where there is none, as in Node tests). Returns a function that stops watching.
 * @param margin CSS margin around the viewport (`rootMargin`), default `NEAR_MARGIN`
 */
export function whenNear(el: Element, onNear: () => void, margin: string = NEAR_MARGIN): () => void {
  if (typeof IntersectionObserver !== 'function') {
    onNear();
    return () => {};
  }
  let done = false;
  const io = new IntersectionObserver(
    (entries) => {
      if (done || !entries.some((e) => e.isIntersecting)) return;
      done = true;
      io.disconnect();
      onNear();
    },
    { rootMargin: margin },
  );
  io.observe(el);
  return () => {
    done = true;
    io.disconnect();
  };
}

/** `load()` once (later calls give the same promise): a dynamic `import()` run on first use. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= load());
}

/**
 * An attachment that calls `load` (once per element) when the reader first reaches for the
 * element: the pointer enters it, a touch, a press, focus inside. For code needed on a click there
 * (the member panel), so it is there by the time of the click.
 */
export function onReach(load: () => unknown): (el: HTMLElement) => () => void {
  return (el) => {
    const types = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'] as const;
    const go = () => {
      for (const type of types) el.removeEventListener(type, go);
      void load();
    };
    for (const type of types) el.addEventListener(type, go, { passive: true });
    return () => {
      for (const type of types) el.removeEventListener(type, go);
    };
  };
}
