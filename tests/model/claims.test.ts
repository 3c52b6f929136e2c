import { expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { tinyWith } from './fixtures.ts';

const claimsOf = (claims: { id: string; organization_id: string; date: string; count: number; event_id?: string }[]) =>
  checkClaims(buildTimeline(tinyWith((d) => (d.claims = claims)))).map((c) => [c.claim.id, c.step, c.via, c.computed, c.holds]);

test('a claim is checked against the last step on or before its date', () => {
  expect(
    claimsOf([
      { id: 'y2000', organization_id: 'b', date: '2000', count: 1 },
      { id: 'y2001-06', organization_id: 'b', date: '2001-06', count: 0 },
      { id: 'y2002', organization_id: 'b', date: '2002', count: 0 }, // 3/2002 is after the start of 2002
      { id: 'y2002-03', organization_id: 'b', date: '2002-03', count: 1 },
      { id: 'y2010', organization_id: 'b', date: '2010', count: 5 },
    ]),
  ).toEqual([
    ['y2000', 0, 'date', 1, true],
    ['y2001-06', 1, 'date', 0, true],
    ['y2002', 1, 'date', 0, true],
    ['y2002-03', 2, 'date', 1, true],
    ['y2010', 2, 'date', 1, false],
  ]);
});

test('event_id picks the step; an interval date uses its start; a claim before every step uses the state before step 0', () => {
  expect(
    claimsOf([
      { id: 'ev', organization_id: 'a', date: '2002', event_id: 'e0', count: 2 },
      { id: 'range', organization_id: 'b', date: '2001/2003', count: 0 },
      { id: 'early', organization_id: 'a', date: '1990', count: 0 },
      { id: 'bad', organization_id: 'a', date: 'soon', count: 0 },
    ]),
  ).toEqual([
    ['ev', 0, 'event', 2, true],
    ['range', 1, 'date', 0, true],
    ['early', -1, 'date', 0, true],
    ['bad', -1, 'none', 0, true],
  ]);
});

test('a shared date is checked against the last of the steps that share it', () => {
  const tl = buildTimeline(
    tinyWith((d) => {
      d.events[2]!.date = '2001';
      d.claims = [{ id: 'c', organization_id: 'b', date: '2001', count: 1 }];
    }),
  );
  expect(checkClaims(tl)[0]).toMatchObject({ step: 2, computed: 1, holds: true, stated: 1 });
});
