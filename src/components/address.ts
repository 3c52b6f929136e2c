/**
 * Writes the page's address (`history.replaceState`). A change of the step alone (the slider) is
 * written off the path from input to paint: after the next paint, and at most once per `gap` ms.
 * One call took 9 ms of a 500-member step's 18 ms frame (a CPU profile in Chromium), and Chromium
 * ignores more than 200 calls in 10 s, which a held arrow key reaches. Any other change (dataset,
 * term, member, language…) is written at once, so that a reload right after it keeps it.
 */

/** Milliseconds between two writes of the address while the step keeps changing (a scrub). */
export const ADDRESS_GAP = 250;

/** The query string without its `step` parameter (to tell a change of the step alone). */
function withoutStep(search: string): string {
  const q = new URLSearchParams(search);
  q.delete('step');
  return q.toString();
}

/**
 * A writer of the address's query string.
 * @param gap minimum ms between two deferred writes
 * @returns `want(search)`: the address should read `search` (`?a=b…`), with the page's
 *   `location.hash` kept: at once when more than the step changed, else after the next paint (or
 *   `gap` ms after the previous write); the last wanted one wins
 */
export function addressWriter(gap = ADDRESS_GAP): (search: string) => void {
  let wanted: string | null = null;
  let scheduled = false;
  let last = -Infinity;
  const write = () => {
    last = performance.now();
    const search = wanted;
    wanted = null;
    if (search !== null && search !== location.search) history.replaceState(null, '', search + location.hash);
  };
  return (search) => {
    wanted = search;
    if (search === location.search) return;
    if (withoutStep(search) !== withoutStep(location.search)) return write();
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, last + gap - performance.now());
    requestAnimationFrame(() =>
      setTimeout(() => {
        scheduled = false;
        write();
      }, wait),
    );
  };
}

/**
 * Take the fragment (`#data=…` of a share link, once its dataset is imported and kept) off the
 * address, keeping the path and the query; no entry is added to the history.
 */
export function dropFragment(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}
