/**
 * Whether a dataset that loaded can be drawn: it needs at least one step (a dated event, or a
 * membership with a date it can be placed by). A file whose memberships are all undated, or all set
 * aside for ending before they start, builds a dataset but has nothing to draw; the app and the
 * command line refuse it with `no-steps` rather than keep a dataset no view can open.
 */
import type { Dataset } from '../model/types.ts';
import { buildTimeline } from '../model/steps.ts';
import { endsBeforeStart } from '../model/timeline-stages.ts';
import { makeProblem, type ImportProblem } from './problems.ts';

/**
 * The `no-steps` error for a dataset without a step, null for one that has steps. Params:
 * memberships (how many), undated (without a date or event), set_aside (ending before they start).
 * O(memberships + events) (builds the timeline's steps).
 */
export function nothingToDraw(dataset: Dataset, file: string): ImportProblem | null {
  if (buildTimeline(dataset).steps.length > 0) return null;
  const ms = dataset.memberships ?? [];
  const undated = ms.filter((m) => !m.start_date && !m.end_date && !m.start_event_id && !m.end_event_id).length;
  const setAside = ms.filter((m) => endsBeforeStart(m)).length;
  return makeProblem('error', 'no-steps', file, { pointer: '/memberships' }, { memberships: ms.length, undated, set_aside: setAside });
}
