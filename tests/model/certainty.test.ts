/** A stated seat whose post is inferred (`post_certainty`, `post_basis`; `model/certainty.ts`): read alike by the snapshot, the role table, the history, the validator and the CSV export. */
import { expect, test } from 'vitest';
import { inferenceBasis, isInferred, postInferred } from '../../src/lib/model/certainty.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { personHistory, roleTable } from '../../src/lib/model/history.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { csvProjection } from '../../src/lib/io/csv-export.ts';
import { tinyWith } from './fixtures.ts';

/** tiny() with p3's chair membership a stated seat whose post is inferred. */
const postOnly = (postBasis: boolean) =>
  tinyWith((d) => {
    const m = d.memberships.find((x) => x.id === 'm5')!;
    m.certainty = 'stated';
    delete m.basis;
    m.post_certainty = 'inferred';
    if (postBasis) m.post_basis = { en: 'which post: convention' };
    m.note = { en: 'the seat is forced by the counts' };
  });

test('isInferred, postInferred, inferenceBasis', () => {
  expect(isInferred({ certainty: 'stated', post_certainty: 'inferred', post_id: 'x' })).toBe(true);
  expect(isInferred({ certainty: 'stated', post_certainty: 'inferred' })).toBe(false); // no post: nothing inferred
  expect(isInferred({ certainty: 'inferred' })).toBe(true);
  expect(isInferred({})).toBe(false);
  expect(postInferred({ certainty: 'inferred' })).toBe(true);
  expect(postInferred({ certainty: 'inferred', post_certainty: 'stated' })).toBe(false);
  expect(inferenceBasis({ certainty: 'stated', post_certainty: 'inferred', post_id: 'x', post_basis: { en: 'p' }, basis: { en: 'b' } })).toEqual({ en: 'p' });
  expect(inferenceBasis({ certainty: 'inferred', post_certainty: 'inferred', post_id: 'x', post_basis: { en: 'p' }, basis: { en: 'b' } })).toEqual({ en: 'b' });
  expect(inferenceBasis({ certainty: 'stated', basis: { en: 'b' } })).toBeNull();
});

test('a stated seat with an inferred post: the seat, the role-table cell and the history change are marked inferred, with the post basis', () => {
  const tl = buildTimeline(postOnly(true));
  expect(tl.snapshotAt(2).seats.get('p3')!.inferred).toBe(true);
  expect(tl.snapshotAt(1).seats.get('p3')!.inferred).toBe(false);
  const chair = roleTable(tl).find((r) => r.post.id === 'chair')!;
  expect(chair.cells[2]).toMatchObject({ kind: 'held', person_ids: ['p3'], inferred: true });
  expect(personHistory(tl, 'p3').changes.find((c) => c.membership_id === 'm5')).toMatchObject({ certainty: 'inferred', basis: { en: 'which post: convention' } });
});

test('the validator: no problem with a post basis; inferred-without-basis at post_basis without one; unknown-value for a bad post_certainty', () => {
  expect(validateDataset(postOnly(true))).toEqual([]);
  const without = validateDataset(postOnly(false));
  expect(without.map((p) => [p.code, p.pointer])).toEqual([['inferred-without-basis', '/memberships/4/post_basis']]);
  const bad = validateDataset(tinyWith((d) => ((d.memberships[4] as unknown as Record<string, unknown>).post_certainty = 'maybe')));
  expect(bad.map((p) => [p.code, p.severity, p.pointer])).toEqual([['unknown-value', 'error', '/memberships/4/post_certainty']]);
});

test('CSV (no column for the post alone): the membership is written inferred with the post basis', () => {
  const row = csvProjection(postOnly(true), 'en')[4]!;
  expect([row.certainty, row.basis]).toEqual(['inferred', 'which post: convention']);
});
