/**
 * Changes of group (party) during the term: a member who sits at two consecutive steps and whose
 * group differs between them (two consecutive memberships of the same person in the same body, the
 * first ending when the second starts, with different `on_behalf_of_id`), or whose change at the
 * step states the cause `changed_group`. The member keeps their seat (the snapshots see one
 * continuous seat, so there is no departure and no arrival); only their group, and so their
 * colour, changes.
 */
import type { Timeline } from './steps.ts';
import { groupAt } from './group-at.ts';

/** One member's change of group at a step. */
export interface GroupChange {
  person_id: string;
  /** The group before the step (null: none). */
  from: string | null;
  /** The group after the step (null: none). */
  to: string | null;
  /** True when a membership change at the step states the cause `changed_group`. */
  stated: boolean;
}

/**
 * The changes of group at `step` (from step − 1 to `step`), sorted by person id (code-unit order);
 * `[]` at step 0. A person counts when seated at both steps and either both groups are known and
 * differ, or a start or end of theirs at the step has cause `changed_group`.
 * Cost: O(changes at the step + people with a group).
 * @throws {RangeError} when `step` is not an integer in [0, steps.length).
 */
export function groupChanges(timeline: Timeline, step: number): GroupChange[] {
  const n = timeline.steps.length;
  if (!Number.isInteger(step) || step < 0 || step >= n) {
    throw new RangeError(`Step index ${step} is out of range; expected an integer from 0 to ${n - 1}.`);
  }
  if (step === 0) return [];
  const stated = new Set<string>();
  for (const c of timeline.steps[step]!.changes) {
    if (c.cause === 'changed_group') stated.add(c.person_id);
  }
  if (timeline.groupIds.size === 0 && stated.size === 0) return [];
  const before = timeline.snapshotAt(step - 1).seats;
  const after = timeline.snapshotAt(step).seats;
  const out: GroupChange[] = [];
  // A group changes only where a membership starts or ends (seat or party membership): look at
  // everyone seated at both steps whose group differs.
  for (const p of after.keys()) {
    if (!before.has(p)) continue;
    const from = groupAt(timeline, p, step - 1);
    const to = groupAt(timeline, p, step);
    const isStated = stated.has(p);
    if (isStated || (from !== null && to !== null && from !== to)) out.push({ person_id: p, from, to, stated: isStated });
  }
  return out.sort((a, b) => (a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : 0));
}
