/**
 * The addresses of the embedded page (`?embed=1`): the embed link the iframe snippet carries
 * (`writeUrlEmbed`) and the full page's, for the embedded page's "view full" link
 * (`fullPageSearch`). Loaded with the share menu or the embedded page's bar, not with the page.
 */

/** `search` with `embed=1` (`on`) or without `embed` (the full page's address); other parameters kept. */
export function writeUrlEmbed(search: string, on: boolean): string {
  const q = new URLSearchParams(search);
  if (on) q.set('embed', '1');
  else q.delete('embed');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The full page's query for an embedded one ("view full"): `search` without `embed`, and, when the
 * page came with a shared dataset (`shared`, its fragment carried on), without `dataset=` (a key of
 * the framed page's own store, which the full page in a new tab does not share).
 */
export function fullPageSearch(search: string, shared: boolean): string {
  const q = new URLSearchParams(writeUrlEmbed(search, false));
  if (shared) q.delete('dataset');
  const s = q.toString();
  return s ? `?${s}` : '';
}

