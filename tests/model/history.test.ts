import { expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { personHistory, roleTable } from '../../src/lib/model/history.ts';
import { tiny, tinyWith } from './fixtures.ts';

const tl = buildTimeline(tiny());

test('personHistory: steps and changes', () => {
  const h = personHistory(tl, 'p1');
  expect(h.person?.id).toBe('p1');
  expect(h.steps).toEqual([
    { step: 0, status: 'seated', organizations: ['a', 'b'], innermost: 'b', post_ids: ['chair'], membership_ids: ['m1', 'm2'], inferred: false },
    { step: 1, status: 'departed', organizations: [], innermost: null, post_ids: [], membership_ids: [], inferred: false },
    { step: 2, status: 'departed', organizations: [], innermost: null, post_ids: [], membership_ids: [], inferred: false },
  ]);
  expect(h.changes.map((c) => [c.membership_id, c.kind, c.step, c.cause, c.organization_id, c.post_id])).toEqual([
    ['m1', 'start', 0, 'elected', 'a', null],
    ['m2', 'start', 0, 'elected', 'b', 'chair'],
    ['m1', 'end', 1, 'transfer', 'a', null],
    ['m2', 'end', 1, 'transfer', 'b', 'chair'],
  ]);
  expect(h.changes[2]).toMatchObject({
    destination: { en: 'City level' },
    citations: [{ source_id: 's', locator: 'para 1' }],
    certainty: 'stated',
    basis: null,
    stated_date: null,
    date: { text: '2001' },
  });
  expect(personHistory(tl, 'p3').changes[1]).toMatchObject({ membership_id: 'm5', certainty: 'inferred', basis: { en: 'convention' } });
});

test('personHistory of an unknown id', () => {
  const h = personHistory(tl, 'nobody');
  expect(h.person).toBeNull();
  expect(h.steps.map((s) => s.status)).toEqual(['not_yet', 'not_yet', 'not_yet']);
  expect(h.changes).toEqual([]);
});

test('roleTable: held, vacant between holders, not stated otherwise', () => {
  expect(roleTable(tl)).toEqual([
    {
      post: tiny().posts[0],
      cells: [
        { kind: 'held', person_ids: ['p1'], membership_ids: ['m2'], inferred: false },
        { kind: 'vacant' },
        { kind: 'held', person_ids: ['p3'], membership_ids: ['m5'], inferred: true },
      ],
    },
  ]);
  const noSuccessor = buildTimeline(tinyWith((d) => d.memberships.splice(4, 1)));
  expect(roleTable(noSuccessor)[0]!.cells.map((c) => c.kind)).toEqual(['held', 'not_stated', 'not_stated']);
  const noPredecessor = buildTimeline(tinyWith((d) => d.memberships.splice(1, 1)));
  expect(roleTable(noPredecessor)[0]!.cells.map((c) => c.kind)).toEqual(['not_stated', 'not_stated', 'held']);
});
