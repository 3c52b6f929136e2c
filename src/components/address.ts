/**
 * Writes the page's address (`history.replaceState`) off the path from input to paint: after the
 * next paint, and at most once per `gap` ms. One call took 9 ms of a 500-member step's 18 ms frame
 * (a CPU profile in Chromium), and Chromium ignores more than 200 calls in 10 s, which a held
 * arrow key reaches.
 */

/** Milliseconds between two writes of the address while it keeps changing (a scrub). */
export const ADDRESS_GAP = 250;

/**
 * A writer of the address's query string.
 * @param gap minimum ms between two writes
 * @returns `want(search)`: the address should read `search` (`?a=b…`); the last
 *   wanted one is written after the next paint (or `gap` ms after the previous write), with the
 *   page's `location.hash` kept
 */
export function addressWriter(gap = ADDRESS_GAP): (search: string) => void {
  let wanted: string | null = null;
  let scheduled = false;
  let last = -Infinity;
  const write = () => {
    scheduled = false;
    last = performance.now();
    const search = wanted;
    wanted = null;
    if (search !== null && search !== location.search) history.replaceState(null, '', search + location.hash);
  };
  return (search) => {
    wanted = search;
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, last + gap - performance.now());
    requestAnimationFrame(() => setTimeout(write, wait));
  };
}
