/** The "who held which post" table as text, from the model's `roleTable`. */
import type { Timeline } from '../model/steps.ts';
import type { RoleRow } from '../model/history.ts';
import type { Lang } from '../model/types.ts';
import { pick } from '../i18n/strings.ts';
import { personName } from './names.ts';

/** One cell: the holders with their names, or vacant, or not stated. */
export type RoleCellView =
  | { kind: 'held'; holders: { id: string; name: string }[]; inferred: boolean }
  | { kind: 'vacant' }
  | { kind: 'not_stated' };

export interface RoleTableView {
  /** One heading per step shown: its slider text ("6/1996"). */
  columns: string[];
  /** The step of the first column (0 unless the table is cut to a window of steps). */
  first: number;
  /** Set when the table shows only some steps (`MAX_ROLE_CELLS`): the steps shown (0-based, inclusive) and how many there are. */
  window: { first: number; last: number; total: number } | null;
  rows: { postId: string; label: string; cells: RoleCellView[] }[];
}

/**
 * The most cells the page's role table shows. A house of 650 posts over 320 steps would be 208,000
 * cells, and drawing them blocks the page for minutes; past this the table shows the steps around
 * the current one (the role table CSV export has every step).
 */
export const MAX_ROLE_CELLS = 4000;

/**
 * The role table of `timeline` in `lang`; `rows` is `roleTable(timeline)` (post order, one cell per
 * step). When posts × steps is over `MAX_ROLE_CELLS`, only a window of steps around `step` (as many
 * as fit, at least one) is shown, and `window` says which.
 */
export function roleTableView(timeline: Timeline, rows: readonly RoleRow[], lang: Lang, step = 0, maxCells = MAX_ROLE_CELLS): RoleTableView {
  const total = timeline.steps.length;
  const width = rows.length * total > maxCells ? Math.max(1, Math.floor(maxCells / Math.max(1, rows.length))) : total;
  const first = width >= total ? 0 : Math.min(Math.max(0, step - Math.floor(width / 2)), total - width);
  const last = Math.min(total, first + width) - 1;
  return {
    columns: timeline.steps.slice(first, last + 1).map((s) => timeline.valueText(s.index, lang)),
    first,
    window: width >= total ? null : { first, last, total },
    rows: rows.map((row) => ({
      postId: row.post.id,
      label: pick(row.post.label, lang),
      cells: row.cells.slice(first, last + 1).map((cell): RoleCellView =>
        cell.kind === 'held'
          ? { kind: 'held', holders: cell.person_ids.map((id) => ({ id, name: personName(timeline, id, lang) })), inferred: cell.inferred }
          : { kind: cell.kind },
      ),
    })),
  };
}
