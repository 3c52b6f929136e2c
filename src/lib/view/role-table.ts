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
  /** One heading per step: its slider text ("6/1996"). */
  columns: string[];
  rows: { postId: string; label: string; cells: RoleCellView[] }[];
}

/** The role table of `timeline` in `lang`; `rows` is `roleTable(timeline)` (post order, one cell per step). */
export function roleTableView(timeline: Timeline, rows: readonly RoleRow[], lang: Lang): RoleTableView {
  return {
    columns: timeline.steps.map((s) => timeline.valueText(s.index, lang)),
    rows: rows.map((row) => ({
      postId: row.post.id,
      label: pick(row.post.label, lang),
      cells: row.cells.map((cell): RoleCellView =>
        cell.kind === 'held'
          ? { kind: 'held', holders: cell.person_ids.map((id) => ({ id, name: personName(timeline, id, lang) })), inferred: cell.inferred }
          : { kind: cell.kind },
      ),
    })),
  };
}
