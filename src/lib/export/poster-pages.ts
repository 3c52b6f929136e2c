/**
 * How a poster is cut into sheets, apart from its drawing (so the page can say it without loading
 * the poster's code): at most `POSTER_PANELS` panels on a sheet; a longer term is drawn on sheets
 * of `POSTER_PANELS` consecutive steps, every step on one.
 *
 * Pure: no imports.
 */

/** At most this many panels on one sheet: a longer term is drawn on sheets of this many steps each. */
export const POSTER_PANELS = 24;

/** One sheet of the poster: the steps `from` to `to - 1`, sheet `index` (0-based) of `pages`. */
export interface PosterPage {
  index: number;
  pages: number;
  from: number;
  to: number;
  /** The panels of a full sheet: the grid every sheet is laid out for (so all cells are of one size). */
  panels: number;
}

/**
 * The sheets of the poster of `n` steps: one sheet of every step when `n` ≤ `panels`, else sheets
 * of `panels` consecutive steps (the last one may hold fewer), so every step is on a sheet.
 * @param n steps in the term (0 gives one empty sheet)
 * @param panels panels per sheet (default `POSTER_PANELS`)
 * @throws RangeError when `panels` is below 1
 */
export function posterPages(n: number, panels = POSTER_PANELS): PosterPage[] {
  if (!(panels >= 1)) throw new RangeError('posterPages: panels must be at least 1');
  const pages = Math.max(1, Math.ceil(n / panels));
  return Array.from({ length: pages }, (_, index) => ({ index, pages, from: index * panels, to: Math.min(n, (index + 1) * panels), panels: pages > 1 ? panels : n }));
}
