import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { diff } from '../../src/lib/model/diff.ts';
import { groupChanges } from '../../src/lib/model/group-changes.ts';
import { groupAt } from '../../src/lib/model/group-at.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { stepSummary } from '../../src/lib/view/caption.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { tinyWith } from './fixtures.ts';

/** tiny() with parties; p2 sits for red until 2001, then for blue (two consecutive memberships). */
function switcher(stateCauses: boolean): Dataset {
  return tinyWith((d) => {
    d.organizations.push(
      { id: 'red', name: { en: 'Red' }, classification: 'party' },
      { id: 'blue', name: { en: 'Blue' }, classification: 'party' },
    );
    for (const m of d.memberships) m.on_behalf_of_id = 'red';
    const m3 = d.memberships.find((m) => m.id === 'm3')!;
    m3.end_event_id = 'e1';
    if (stateCauses) m3.end_cause = 'changed_group';
    d.memberships.push({
      id: 'm3b', person_id: 'p2', organization_id: 'a', on_behalf_of_id: 'blue', start_event_id: 'e1',
      ...(stateCauses ? { start_cause: 'changed_group' as const } : {}),
    });
  });
}

describe('changes of group', () => {
  test.each([false, true])('consecutive memberships with another group are one change (causes stated: %s)', (stated) => {
    const tl = buildTimeline(switcher(stated));
    expect(groupChanges(tl, 0)).toEqual([]);
    expect(groupChanges(tl, 1)).toEqual([{ person_id: 'p2', from: 'red', to: 'blue', stated }]);
    expect(groupChanges(tl, 2)).toEqual([]);
    expect([groupAt(tl, 'p2', 0), groupAt(tl, 'p2', 1)]).toEqual(['red', 'blue']);
    // Not a departure plus an arrival: p2 is seated throughout and the diff has nothing for them.
    expect(diff(tl.snapshotAt(0), tl.snapshotAt(1)).filter((t) => t.person_id === 'p2')).toEqual([]);
    expect(tl.snapshotAt(1).departed.has('p2')).toBe(false);
  });

  test('the member keeps their seat, and is not marked as new', () => {
    const tl = buildTimeline(switcher(true));
    const plan = planSeats(tl);
    const e0 = plan.entryAt('p2', 0)!;
    const e1 = plan.entryAt('p2', 1)!;
    expect(e1.place).toEqual(e0.place);
    expect(e1.joined === true && e1.step === 1).toBe(false);
  });

  test('the step summary says it, in both languages', () => {
    const tl = buildTimeline(switcher(false));
    expect(stepSummary(tl, 1, 'en')).toContain('Changed group: P2 (Red → Blue).');
    expect(stepSummary(tl, 1, 'vi')).toContain('Đổi nhóm: P2 (Red → Blue).');
  });

  test('same group on both memberships and no stated cause: no change', () => {
    const d = switcher(false);
    d.memberships.find((m) => m.id === 'm3b')!.on_behalf_of_id = 'red';
    expect(groupChanges(buildTimeline(d), 1)).toEqual([]);
  });

  test('throws RangeError out of range', () => {
    expect(() => groupChanges(buildTimeline(switcher(false)), 9)).toThrow(RangeError);
  });
});
