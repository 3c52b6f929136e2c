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

describe('a change of group written with a gap (member lists end the old membership the day before)', () => {
  const house = (gapEnd: string): Dataset => ({
    format: 'committee-history',
    format_version: 1,
    id: 'gap',
    title: { en: 'Gap' },
    sources: [],
    organizations: [
      { id: 'h', name: { en: 'House' }, seats: 2 },
      { id: 'alp', name: { en: 'ALP' }, classification: 'party' },
      { id: 'ind', name: { en: 'Independent' }, classification: 'party' },
    ],
    persons: [{ id: 'burke', name: { en: 'Anna Burke' } }, { id: 'x', name: { en: 'X' } }],
    posts: [],
    memberships: [
      { id: 'a1', person_id: 'burke', organization_id: 'h', on_behalf_of_id: 'alp', start_date: '1998-10-03', end_date: gapEnd, end_cause: 'changed_group' },
      { id: 'a2', person_id: 'burke', organization_id: 'h', on_behalf_of_id: 'ind', start_date: '2008-02-12', start_cause: 'changed_group', end_date: '2012-10-09' },
      { id: 'x1', person_id: 'x', organization_id: 'h', on_behalf_of_id: 'alp', start_date: '1998-10-03' },
    ],
    events: [],
    claims: [],
    annotations: [],
  });

  test('ending on 11 Feb and starting again on 12 Feb is one change at 12 Feb: no departure, no empty step', () => {
    const tl = buildTimeline(house('2008-02-11'));
    expect(tl.steps.map((s) => s.date.text)).toEqual(['1998-10-03', '2008-02-12', '2012-10-09']);
    expect(tl.countSeries.get('h')).toEqual([2, 2, 1]);
    expect(groupChanges(tl, 1)).toEqual([{ person_id: 'burke', from: 'alp', to: 'ind', stated: true }]);
    expect(tl.snapshotAt(1).departed.has('burke')).toBe(false);
    // The dataset keeps its dates as written.
    expect(tl.dataset.memberships[0]!.end_date).toBe('2008-02-11');
  });

  test('a gap longer than GROUP_CHANGE_GAP_DAYS is a departure and a return', () => {
    const tl = buildTimeline(house('2007-11-01'));
    expect(tl.steps.map((s) => s.date.text)).toEqual(['1998-10-03', '2007-11-01', '2008-02-12', '2012-10-09']);
    expect(tl.countSeries.get('h')).toEqual([2, 1, 2, 1]);
  });
});
