import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { diff } from '../../src/lib/model/diff.ts';
import { tinyWith } from './fixtures.ts';

describe('groups are not bodies', () => {
  const council = () =>
    tinyWith((d) => {
      d.organizations.push({ id: 'green', name: { en: 'Green Party' }, classification: 'party' });
      d.organizations.push({ id: 'grey', name: { en: 'Grey' } }); // named only by on_behalf_of_id: a group
      d.memberships.find((m) => m.id === 'm3')!.on_behalf_of_id = 'grey';
      // p2's party membership goes on after the data ends (2005), p1's starts after their seat ended.
      d.memberships.push({ id: 'g2', person_id: 'p2', organization_id: 'green', start_date: '1998', end_date: '2005' });
      d.memberships.push({ id: 'g1', person_id: 'p1', organization_id: 'green', start_date: '2001-06' });
    });

  test('no tree entry, no count series, no snapshot count for a group', () => {
    const tl = buildTimeline(council());
    expect(tl.orgIdsInTreeOrder).toEqual(['a', 'b']);
    expect([...tl.countSeries.keys()]).toEqual(['a', 'b']);
    expect(Object.keys(tl.snapshotAt(0).counts)).toEqual(['a', 'b']);
    expect([...tl.groupIds].sort()).toEqual(['green', 'grey']);
  });

  test('memberships of a group make no step and no seat, so no "body → party" move', () => {
    const tl = buildTimeline(council());
    expect(tl.steps.map((s) => s.event.id)).toEqual(['e0', 'e1', 'e2']);
    expect(tl.spans.filter((s) => s.membership.organization_id === 'green').map((s) => s.live)).toEqual([false, false]);
    const transitions = tl.steps.slice(1).flatMap((s) => diff(tl.snapshotAt(s.index - 1), tl.snapshotAt(s.index)));
    expect(transitions.filter((t) => t.kind === 'move').map((t) => t.kind === 'move' && t.to)).toEqual(['b']); // the promotion only
    expect(tl.snapshotAt(1).seats.has('p1')).toBe(false);
    expect(tl.snapshotAt(1).departed.get('p1')).toMatchObject({ cause: 'transfer', organization_id: 'a' });
    expect(tl.snapshotAt(2).seats.get('p2')?.organizations).toEqual(['a']);
  });
});
