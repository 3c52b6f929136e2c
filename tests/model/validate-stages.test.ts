/** Each stage of validateDataset on its own, with the problems it must give. */
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/model/types.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import {
  checkDates,
  checkEventOrder,
  checkIds,
  checkPostOrganizations,
  checkPersonsWithoutMembership,
  checkProvenance,
  checkReferences,
  checkValues,
  readCollections,
} from '../../src/lib/model/validate-records.ts';
import {
  checkClaimCounts,
  checkCycles,
  checkMembershipDates,
  checkNesting,
  checkPersonOverlaps, checkPosts, postCapacity,
  checkSeats,
  stepParams,
} from '../../src/lib/model/validate-timeline.ts';
import { tiny, tinyWith } from './fixtures.ts';

const brief = (ps: { severity: string; code: string; pointer: string }[]) => ps.map((p) => [p.severity, p.code, p.pointer]);
const listsOf = (d: Dataset) => readCollections(d).lists;

describe('record stages', () => {
  test('readCollections: missing lists reported (notes optional), a safe dataset with arrays', () => {
    const d = tinyWith((d) => {
      delete (d as Partial<Dataset>).claims;
      (d as unknown as Record<string, unknown>).posts = { not: 'a list' };
    });
    const r = readCollections(d);
    expect(brief(r.problems)).toEqual([
      ['error', 'missing-field', '/posts'],
      ['error', 'missing-field', '/claims'],
    ]);
    expect(r.problems[0]!.params).toEqual({ field: 'posts', expected: 'list' });
    expect(r.lists.posts).toEqual([]);
    expect(r.safe.claims).toEqual([]);
    expect(r.safe.posts).toEqual([]);
    expect(r.safe.notes).toEqual([]);
    expect(r.lists.memberships.length).toBe(5);
    expect(readCollections(tiny()).problems).toEqual([]);
  });

  test('checkIds: missing fields and duplicates, and the index of first uses', () => {
    const r = checkIds(
      listsOf(
        tinyWith((d) => {
          d.persons.push({ id: 'p2', name: { en: 'again' } });
          d.memberships[0]!.person_id = '';
        }),
      ),
    );
    expect(brief(r.problems)).toEqual([
      ['error', 'duplicate-id', '/persons/3/id'],
      ['error', 'missing-field', '/memberships/0/person_id'],
    ]);
    expect(r.problems[0]!.params).toEqual({ id: 'p2', collection: 'persons', first: '/persons/1/id' });
    expect([...r.ids.persons]).toEqual([['p1', 0], ['p2', 1], ['p3', 2]]);
  });

  test('checkReferences: unknown ids of each kind, and citations without a source', () => {
    const lists = listsOf(
      tinyWith((d) => {
        d.memberships[2]!.organization_id = 'xyz';
        d.memberships[0]!.citations = [{ source_id: 'nope', locator: '' }, { locator: 'x' } as never];
      }),
    );
    const ps = checkReferences(lists, checkIds(lists).ids);
    expect(brief(ps)).toEqual([
      ['error', 'unknown-reference', '/memberships/2/organization_id'],
      ['error', 'unknown-reference', '/memberships/0/citations/0/source_id'],
      ['error', 'missing-field', '/memberships/0/citations/1/source_id'],
    ]);
    expect(ps[0]!.params).toEqual({ id: 'xyz', kind: 'organization', collection: 'organizations' });
  });

  test('checkValues: causes, certainty, seats and counts', () => {
    const ps = checkValues(
      listsOf(
        tinyWith((d) => {
          (d.memberships[0] as { start_cause: string }).start_cause = 'coup';
          (d.persons[0] as { certainty?: string }).certainty = 'maybe';
          d.organizations[0]!.seats = -1;
          d.claims[0]!.count = 2.5;
        }),
      ),
    );
    expect(brief(ps)).toEqual([
      ['error', 'unknown-value', '/memberships/0/start_cause'],
      ['error', 'unknown-value', '/persons/0/certainty'],
      ['error', 'bad-number', '/organizations/0/seats'],
      ['error', 'bad-number', '/claims/0/count'],
    ]);
    expect(ps[2]!.params).toEqual({ field: 'seats', value: '-1' });
  });

  test('checkDates: the reason and whether an interval was allowed', () => {
    const ps = checkDates(
      listsOf(
        tinyWith((d) => {
          d.memberships[2]!.end_date = '2001-02-30';
          d.claims[0]!.date = '2001/2000';
        }),
      ),
    );
    expect(ps).toEqual([
      { severity: 'error', code: 'bad-date', pointer: '/memberships/2/end_date', params: { value: '2001-02-30', reason: 'day', expected: 'date' } },
      { severity: 'error', code: 'bad-date', pointer: '/claims/0/date', params: { value: '2001/2000', reason: 'interval-order', expected: 'date-or-interval' } },
    ]);
  });

  test('checkPostOrganizations: a post of another body', () => {
    const ps = checkPostOrganizations(listsOf(tinyWith((d) => (d.memberships[1]!.organization_id = 'a'))));
    expect(ps).toEqual([
      { severity: 'error', code: 'post-organization-mismatch', pointer: '/memberships/1/post_id', params: { membership: 'm2', post: 'chair', post_org: 'b', org: 'a' } },
    ]);
  });

  test('checkEventOrder: a later event listed first; parsed dates returned', () => {
    const r = checkEventOrder(listsOf(tinyWith((d) => (d.events[0]!.date = '2002'))).events);
    expect(r.eventDates.map((x) => x?.text)).toEqual(['2002', '2001', '2002-03']);
    expect(r.problems).toEqual([
      { severity: 'error', code: 'events-out-of-order', pointer: '/events/1/date', params: { event: 'e0', date: '2002', next: 'e1', next_date: '2001' } },
    ]);
  });

  test('checkProvenance: inferred records without basis', () => {
    const ps = checkProvenance(listsOf(tinyWith((d) => delete d.memberships[4]!.basis)));
    expect(ps).toEqual([
      { severity: 'warning', code: 'inferred-without-basis', pointer: '/memberships/4/basis', params: { collection: 'memberships', id: 'm5' } },
    ]);
    expect(checkProvenance(listsOf(tiny()))).toEqual([]);
  });
});

describe('timeline stages', () => {
  test('stepParams names the step by label and date label', () => {
    const tl = buildTimeline(tiny());
    expect(stepParams(tl, 1, 'step')).toEqual({ step: 1, step_label_vi: '2001 · thay đổi', step_label_en: '2001 · changes', step_date: '2001' });
    expect(stepParams(tl, 9, 'x')).toEqual({ x: 9, x_label_vi: '', x_label_en: '', x_date: '' });
  });

  test('checkCycles', () => {
    const tl = buildTimeline(tinyWith((d) => (d.organizations[0]!.parent_id = 'b')));
    expect(brief(checkCycles(tl))).toEqual([['error', 'parent-cycle', '/organizations/1/parent_id']]);
    expect(checkCycles(tl)[0]!.params).toEqual({ org: 'b', cycle: 'a → b → a' });
  });

  test('checkMembershipDates: end before start, and a start date its event contradicts', () => {
    const d = tinyWith((d) => {
      d.memberships[2]!.start_date = '2001';
      d.memberships[2]!.end_date = '2000';
    });
    const lists = listsOf(d);
    const ps = checkMembershipDates(buildTimeline(d), lists.events, checkEventOrder(lists.events).eventDates);
    expect(brief(ps)).toEqual([
      ['warning', 'end-before-start', '/memberships/2/end_date'],
      ['warning', 'event-date-mismatch', '/memberships/2/start_date'],
    ]);
    expect(ps[0]!.params).toEqual({ membership: 'm3', start: '2001', end: '2000' });
    expect(ps[1]!.params).toEqual({ membership: 'm3', field: 'start_date', date: '2001', event_field: 'start_event_id', event: 'e0', event_date: '2000' });
  });

  test('checkNesting: a member of b who is not in a', () => {
    const ps = checkNesting(buildTimeline(tinyWith((d) => (d.memberships[0]!.end_event_id = 'e0'))));
    expect(brief(ps)).toEqual([['warning', 'not-in-parent', '/memberships/1/organization_id']]);
    expect(ps[0]!.params).toMatchObject({ person: 'p1', org: 'b', parent: 'a', step: 0 });
  });

  test('checkPosts: two holders of one post', () => {
    const ps = checkPosts(buildTimeline(tinyWith((d) => (d.memberships[4]!.start_event_id = 'e0'))));
    expect(brief(ps)).toEqual([['warning', 'post-overlap', '/memberships/4/post_id']]);
    expect(ps[0]!.params).toMatchObject({ post: 'chair', person: 'p1', other: 'p3', step: 0 });
  });

  test('postCapacity: absent = 1, null = any number, a number = that many', () => {
    expect(postCapacity(undefined)).toBe(1);
    expect(postCapacity({})).toBe(1);
    expect(postCapacity({ seats: null })).toBe(Infinity);
    expect(postCapacity({ seats: 3 })).toBe(3);
  });

  test('checkPosts: a post of two seats holds two at once, not three; seats null holds any number', () => {
    const three = (seats: number | null) =>
      tinyWith((d) => {
        d.posts[0]!.seats = seats;
        d.memberships[4]!.start_event_id = 'e0';
        d.persons.push({ id: 'p4', name: { en: 'P4' } });
        d.memberships.push({ id: 'm6', person_id: 'p4', organization_id: 'b', post_id: 'chair', start_event_id: 'e0', end_event_id: 'e1' });
      });
    const two = tinyWith((d) => {
      d.posts[0]!.seats = 2;
      d.memberships[4]!.start_event_id = 'e0';
    });
    expect(checkPosts(buildTimeline(two))).toEqual([]);
    const ps = checkPosts(buildTimeline(three(2)));
    expect(brief(ps)).toEqual([['warning', 'post-overlap', '/memberships/5/post_id']]);
    expect(ps[0]!.params).toMatchObject({ post: 'chair', person: 'p1', other: 'p4', count: 3, seats: 2, step: 0 });
    expect(checkPosts(buildTimeline(three(null)))).toEqual([]);
  });

  test('checkPersonOverlaps: one person twice in one body (membership-overlap), twice in one post (post-held-twice)', () => {
    const ps = checkPersonOverlaps(
      buildTimeline(
        tinyWith((d) => {
          d.memberships.push({ id: 'm6', person_id: 'p2', organization_id: 'a', start_event_id: 'e1' });
          d.memberships.push({ id: 'm7', person_id: 'p3', organization_id: 'b', post_id: 'chair', start_event_id: 'e2' });
        }),
      ),
    );
    expect(brief(ps)).toEqual([
      ['warning', 'membership-overlap', '/memberships/5'],
      ['warning', 'post-held-twice', '/memberships/6/post_id'],
    ]);
    expect(ps[0]!.params).toMatchObject({ person: 'p2', org: 'a', membership: 'm6', other_membership: 'm3', step: 1 });
    expect(ps[1]!.params).toMatchObject({ person: 'p3', post: 'chair', membership: 'm7', other_membership: 'm5', step: 2 });
    // Back to back (one ends at the step the next starts) is no overlap.
    const seq = tinyWith((d) => d.memberships.push({ id: 'm6', person_id: 'p1', organization_id: 'a', start_event_id: 'e1' }));
    expect(checkPersonOverlaps(buildTimeline(seq))).toEqual([]);
  });

  test('checkPersonsWithoutMembership: a person no membership names', () => {
    const lists = listsOf(tinyWith((d) => d.persons.splice(1, 0, { id: 'p9', name: { en: 'P9' } })));
    expect(checkPersonsWithoutMembership(lists)).toEqual([{ severity: 'warning', code: 'person-without-membership', pointer: '/persons/1', params: { person: 'p9' } }]);
  });

  test('checkSeats: the first step of a run over the seats', () => {
    const ps = checkSeats(buildTimeline(tinyWith((d) => (d.organizations[0]!.seats = 1))));
    expect(ps.map((p) => [p.code, p.pointer, p.params.count, p.params.step])).toEqual([['over-seats', '/organizations/0/seats', 2, 0]]);
  });

  test('checkClaimCounts: a stated count the memberships contradict', () => {
    const ps = checkClaimCounts(buildTimeline(tinyWith((d) => (d.claims[0]!.count = 9))));
    expect(ps.map((p) => [p.code, p.params.stated, p.params.computed, p.params.step])).toEqual([['claim-mismatch', 9, 2, 0]]);
    expect(checkClaimCounts(buildTimeline(tiny()))).toEqual([]);
  });
});
