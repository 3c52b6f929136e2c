/** Small datasets with readings, for the tests of readings (derive, origins, validation). */
import type { Alternative, Dataset, Membership } from '../../src/lib/model/types.ts';
import { builtin } from './fixtures.ts';

/**
 * A body "o" (10 seats) holding "i" (4 seats). Before event e1 (2001): A, B, C in "o", A in "i"
 * (counts 3/1). At e1: A's seat in "i" ends and A takes post p1 there (inner), D is elected to "o" and "i" and takes post p2
 * (newcomer), E is elected to "o" only (a plain seat). After: 5/2, stated by claims c-o and c-i.
 * The alternative "alt" has two readings: "r-default" (the records) and "r-swap" (D takes p1, A p2).
 */
export function twoPosts(): Dataset {
  const m = (id: string, person: string, org: string, extra: Partial<Membership> = {}): Membership => ({
    id,
    person_id: person,
    organization_id: org,
    ...extra,
  });
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'two-posts',
    title: { en: 'Two posts' },
    sources: [],
    organizations: [
      { id: 'o', name: { en: 'Outer' }, seats: 10 },
      { id: 'i', name: { en: 'Inner' }, parent_id: 'o', seats: 4 },
    ],
    persons: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, name: { en: id } })),
    posts: [
      { id: 'p1', organization_id: 'i', label: { en: 'Post 1' } },
      { id: 'p2', organization_id: 'i', label: { en: 'Post 2' } },
    ],
    memberships: [
      m('mA-o', 'A', 'o', { start_event_id: 'e0' }),
      m('mB-o', 'B', 'o', { start_event_id: 'e0' }),
      m('mC-o', 'C', 'o', { start_event_id: 'e0' }),
      m('mA-i', 'A', 'i', { start_event_id: 'e0', end_event_id: 'e1' }),
      m('mA-p1', 'A', 'i', { post_id: 'p1', start_event_id: 'e1', certainty: 'inferred', basis: { en: 'convention' } }),
      m('mD-o', 'D', 'o', { start_event_id: 'e1' }),
      m('mD-p2', 'D', 'i', { post_id: 'p2', start_event_id: 'e1', certainty: 'inferred', basis: { en: 'convention' } }),
      m('mE-o', 'E', 'o', { start_event_id: 'e1' }),
    ],
    events: [
      { id: 'e0', date: '2000', label: { en: '2000' } },
      { id: 'e1', date: '2001', label: { en: '2001' } },
    ],
    claims: [
      { id: 'c-o', organization_id: 'o', date: '2001', event_id: 'e1', count: 5 },
      { id: 'c-i', organization_id: 'i', date: '2001', event_id: 'e1', count: 2 },
    ],
    annotations: [],
    alternatives: [
      {
        id: 'alt',
        event_id: 'e1',
        label: { en: 'Who took which post' },
        basis: { en: 'The counts allow both.' },
        replaces: ['mA-p1', 'mD-p2'],
        readings: [
          { id: 'r-default', label: { en: 'A p1, D p2' }, basis: { en: 'convention' }, default: true },
          {
            id: 'r-swap',
            label: { en: 'D p1, A p2' },
            basis: { en: 'the other way' },
            memberships: [
              m('mD-p1', 'D', 'i', { post_id: 'p1', start_event_id: 'e1' }),
              m('mA-p2', 'A', 'i', { post_id: 'p2', start_event_id: 'e1' }),
            ],
          },
        ],
      },
    ],
  };
}

/** A deep copy of `twoPosts()` changed by `fn`. */
export function twoPostsWith(fn: (d: Dataset) => void): Dataset {
  const d = structuredClone(twoPosts());
  fn(d);
  return d;
}

/** The inferred memberships of the built-in dataset's 1999 by-election that the test readings replace. */
export const BUILTIN_REPLACED = ['m-bch-20-btv-uvtv-to-chuc', 'm-pbt-tt-1999-btv', 'm-pbt-tt-1999-tt-pbt-tt'];

/**
 * The built-in dataset with a test alternative of the 1999 by-election (not the dataset's own
 * readings): the default, and "swap" where the BCH member of `m-bch-20-…` becomes the Standing
 * Deputy Secretary and the newcomer the Organisation member. `broken`: a third reading that leaves
 * the newcomer out of the BTV (the BTV then has 9 members after the by-election, not the stated 10).
 */
export function builtinWithTestReadings(): Dataset {
  const d = builtin();
  const alt: Alternative = {
    id: 'test-1999',
    event_id: 'by-election-1999',
    label: { en: 'Test readings' },
    basis: { en: 'For the tests.' },
    replaces: BUILTIN_REPLACED,
    readings: [
      { id: 'test-default', label: { en: 'Convention' }, basis: { en: 'the records' }, default: true },
      {
        id: 'test-swap',
        label: { en: 'Swap' },
        basis: { en: 'swapped' },
        memberships: [
          { id: 'x-bch-20-btv', person_id: 'bch-20', organization_id: 'btv', start_event_id: 'by-election-1999' },
          { id: 'x-bch-20-tt', person_id: 'bch-20', organization_id: 'tt', post_id: 'pbt-tt', start_event_id: 'by-election-1999' },
          { id: 'x-new-btv', person_id: 'pbt-tt-1999', organization_id: 'btv', post_id: 'uvtv-to-chuc', start_event_id: 'by-election-1999' },
        ],
      },
      {
        id: 'test-broken',
        label: { en: 'Broken' },
        basis: { en: 'breaks the BTV count' },
        memberships: [
          { id: 'x-bch-20-btv', person_id: 'bch-20', organization_id: 'btv', post_id: 'uvtv-to-chuc', start_event_id: 'by-election-1999' },
        ],
      },
    ],
  };
  return { ...d, alternatives: [alt] };
}
