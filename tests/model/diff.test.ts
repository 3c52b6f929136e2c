import { expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { changesCaption, diff } from '../../src/lib/model/diff.ts';
import { tiny, tinyWith } from './fixtures.ts';

const tl = buildTimeline(tiny());
const s = (i: number) => tl.snapshotAt(i);

test('neighbouring steps', () => {
  expect(diff(s(0), s(1))).toEqual([
    { kind: 'exit', person_id: 'p1', from: 'b', post_ids: ['chair'], cause: 'transfer' },
    { kind: 'enter', person_id: 'p3', to: 'a', post_ids: [], cause: 'by_election', fromTray: false },
  ]);
  expect(diff(s(1), s(2))).toEqual([{ kind: 'move', person_id: 'p3', from: 'a', to: 'b', from_posts: [], to_posts: ['chair'] }]);
});

test('a jump forward uses the start cause of the membership in the innermost body', () => {
  expect(diff(s(0), s(2))).toEqual([
    { kind: 'exit', person_id: 'p1', from: 'b', post_ids: ['chair'], cause: 'transfer' },
    { kind: 'enter', person_id: 'p3', to: 'b', post_ids: ['chair'], cause: 'promoted', fromTray: false },
  ]);
});

test('a jump back: the departed enter from the tray, those not yet arrived exit without cause', () => {
  expect(diff(s(2), s(0))).toEqual([
    { kind: 'enter', person_id: 'p1', to: 'b', post_ids: ['chair'], cause: 'elected', fromTray: true },
    { kind: 'exit', person_id: 'p3', from: 'b', post_ids: ['chair'], cause: null },
  ]);
});

test('role change: same innermost body, different posts', () => {
  const d = tinyWith((d) => {
    d.posts.push({ id: 'deputy', organization_id: 'b', label: { en: 'Deputy' } });
    d.memberships[1]!.end_event_id = 'e2';
    d.memberships[0]!.end_event_id = 'e2';
    d.memberships.push({ id: 'm8', person_id: 'p1', organization_id: 'b', post_id: 'deputy', start_event_id: 'e1', end_event_id: 'e2' });
    d.memberships[1]!.end_event_id = 'e1';
  });
  const t = buildTimeline(d);
  expect(diff(t.snapshotAt(0), t.snapshotAt(1))).toContainEqual({
    kind: 'role', person_id: 'p1', org: 'b', from_posts: ['chair'], to_posts: ['deputy'],
  });
});

test('snapshots from another timeline: an explicit lookup, or null causes without one', () => {
  const a = structuredClone(s(0));
  const b = structuredClone(s(1));
  expect(diff(a, b).find((t) => t.kind === 'enter')).toMatchObject({ cause: null });
  expect(diff(a, b, tl).find((t) => t.kind === 'enter')).toMatchObject({ cause: 'by_election' });
});

test('results are sorted by person id in code-unit order', () => {
  const d = tinyWith((d) => {
    d.persons.push({ id: 'B-upper', name: { en: 'x' } }, { id: 'a-lower', name: { en: 'y' } });
    d.memberships.push(
      { id: 'x1', person_id: 'a-lower', organization_id: 'a', start_event_id: 'e1' },
      { id: 'x2', person_id: 'B-upper', organization_id: 'a', start_event_id: 'e1' },
    );
  });
  const t = buildTimeline(d);
  expect(diff(t.snapshotAt(0), t.snapshotAt(1)).map((x) => x.person_id)).toEqual(['B-upper', 'a-lower', 'p1', 'p3']);
});

test('changesCaption', () => {
  expect(changesCaption(tl, 1, 'en')).toEqual({
    step: 1,
    counts: [
      { org: 'a', label: 'A', short_name: { en: 'A', vi: 'A' }, before: 2, after: 2, seats: 3, changed: false },
      { org: 'b', label: 'B', short_name: { en: 'B', vi: 'B' }, before: 1, after: 0, seats: 1, changed: true },
    ],
    allCounts: [
      { org: 'a', label: 'A', short_name: { en: 'A', vi: 'A' }, before: 2, after: 2, seats: 3, changed: false },
      { org: 'b', label: 'B', short_name: { en: 'B', vi: 'B' }, before: 1, after: 0, seats: 1, changed: true },
    ],
  });
  expect(() => changesCaption(tl, 9)).toThrow(RangeError);
  const noSeats = buildTimeline(tinyWith((d) => d.organizations.forEach((o) => delete o.seats)));
  expect(changesCaption(noSeats, 0).counts.map((c) => [c.org, c.before, c.after, c.seats])).toEqual([
    ['a', 0, 2, null],
    ['b', 0, 1, null],
  ]);
});
