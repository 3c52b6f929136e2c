import { describe, expect, it, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { builtin, tinyWith } from './fixtures.ts';

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

describe('a claim dated by an interval: the count held at some moment within it', () => {
  // Board b has 1 member at step 0 (2000), 0 at step 1 (2001), 1 at step 2 (3/2002).
  const check = (date: string, count: number) =>
    checkClaims(buildTimeline(tinyWith((d) => (d.claims = [{ id: 'c', organization_id: 'b', date, count }]))))[0]!;

  it('with no step inside, it is checked against the last step on or before its start, as a date would be', () => {
    expect(check('2002-04/2002-12', 1)).toMatchObject({ step: 2, candidates: [2], via: 'date', computed: 1, holds: true });
    expect(check('2002-04/2002-12', 0)).toMatchObject({ step: 2, candidates: [2], computed: 1, holds: false });
    expect(check('2002-04/2002-12', 0).end?.text).toBe('2002-12');
  });

  it('every step that may fall inside is a candidate; it holds when one of them has the count', () => {
    // 2001 … 2003 opens at step 1 (2001) and takes in 3/2002.
    expect(check('2001/2003', 1)).toMatchObject({ candidates: [1, 2], step: 2, computed: 1, holds: true });
    expect(check('2001/2003', 0)).toMatchObject({ candidates: [1, 2], step: 1, computed: 0, holds: true });
    expect(check('2001/2003', 5)).toMatchObject({ candidates: [1, 2], step: 1, computed: 0, holds: false });
    // Ending before 3/2002: that step cannot fall inside.
    expect(check('2001/2002-02', 1)).toMatchObject({ candidates: [1], step: 1, holds: false });
    // Ending in the step's month: it may.
    expect(check('2001/2002-03', 1)).toMatchObject({ candidates: [1, 2], step: 2, holds: true });
  });

  it('an interval that opens before every step takes in the state before the first step, then the steps inside', () => {
    expect(check('1990/2000', 1)).toMatchObject({ candidates: [-1, 0], step: 0, holds: true });
    expect(check('1990/1995', 0)).toMatchObject({ candidates: [-1], step: -1, holds: true });
  });

  it('a single date has one candidate; event_id still picks the step', () => {
    expect(check('2001', 1)).toMatchObject({ candidates: [1], step: 1, end: null, holds: false });
  });
});

test('the built-in report counts are dated by the report\'s interval and checked against the last step', () => {
  const checks = checkClaims(buildTimeline(builtin()));
  const report = checks.filter((c) => c.claim.id.endsWith('-report'));
  expect(report.map((c) => [c.claim.id, c.claim.date, c.candidates, c.step, c.computed, c.holds])).toEqual([
    ['claim-bch-report', '2000-04/2000-12', [4], 4, 32, true],
    ['claim-btv-report', '2000-04/2000-12', [4], 4, 10, true],
  ]);
});

test('an interval claim is "before the steps" only when it ends before the first step too', () => {
  const codes = (date: string, count: number) =>
    validateDataset(tinyWith((d) => (d.claims = [{ id: 'c', organization_id: 'b', date, count }]))).map((p) => [p.code, p.params.date]);
  expect(codes('1990/1995', 0)).toEqual([['claim-before-steps', '1990/1995']]);
  expect(codes('1990/2000', 1)).toEqual([]);
  expect(codes('1990', 0)).toEqual([['claim-before-steps', '1990']]);
});

describe('a claim dated before every step', () => {
  it('its mismatch names the state before the first step, not an empty step', async () => {
    const { formatProblem } = await import('../../src/lib/i18n/problems.ts');
    const p = { code: 'claim-mismatch' as const, pointer: '/claims/0', params: { claim: 'c', org: 'ec', date: '1990/1995', stated: 3, computed: 0, step: -1, step_label_en: '', step_label_vi: '' } };
    expect(formatProblem(p, 'en')).toContain('but the memberships give 0 at the state before the first step;');
    expect(formatProblem(p, 'vi')).toContain('cho ra 0 tại trạng thái trước bước đầu tiên;');
    expect(formatProblem({ ...p, params: { ...p.params, step: 2, step_label_en: '1998' } }, 'en')).toContain('at step “1998” (index 2)');
  });
});
