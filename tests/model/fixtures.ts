/** Small inline datasets for the model tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/lib/model/types.ts';

/**
 * A tiny valid dataset: body "a" (3 seats) contains "b" (1 seat) whose post "chair" p1 holds at
 * 2000, leaves (transfer) at 2001 when p3 is by-elected to "a", and p3 is promoted to "b" as
 * chair in 3/2002. Counts a/b: 2/1, 2/0, 2/1.
 */
export function tiny(): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'tiny',
    title: { en: 'Tiny', vi: 'Nhỏ' },
    sources: [{ id: 's', title: { en: 'Source' } }],
    organizations: [
      { id: 'a', name: { en: 'Board A', vi: 'Ban A' }, short_name: { en: 'A', vi: 'A' }, seats: 3 },
      { id: 'b', name: { en: 'Board B', vi: 'Ban B' }, short_name: { en: 'B', vi: 'B' }, parent_id: 'a', seats: 1 },
    ],
    persons: [
      { id: 'p1', name: { en: 'P1' } },
      { id: 'p2', name: { en: 'P2' } },
      { id: 'p3', name: { en: 'P3' } },
    ],
    posts: [{ id: 'chair', organization_id: 'b', label: { en: 'Chair' } }],
    memberships: [
      {
        id: 'm1', person_id: 'p1', organization_id: 'a', start_event_id: 'e0', start_cause: 'elected',
        end_event_id: 'e1', end_cause: 'transfer', end_destination: { en: 'City level' },
        citations: [{ source_id: 's', locator: 'para 1' }],
      },
      {
        id: 'm2', person_id: 'p1', organization_id: 'b', post_id: 'chair', start_event_id: 'e0', start_cause: 'elected',
        end_event_id: 'e1', end_cause: 'transfer',
      },
      { id: 'm3', person_id: 'p2', organization_id: 'a', start_event_id: 'e0', start_cause: 'elected' },
      { id: 'm4', person_id: 'p3', organization_id: 'a', start_event_id: 'e1', start_cause: 'by_election' },
      {
        id: 'm5', person_id: 'p3', organization_id: 'b', post_id: 'chair', start_event_id: 'e2', start_cause: 'promoted',
        certainty: 'inferred', basis: { en: 'convention' },
      },
    ],
    events: [
      { id: 'e0', date: '2000', label: { en: '2000 · congress', vi: '2000 · đại hội' } },
      { id: 'e1', date: '2001', label: { en: '2001 · changes', vi: '2001 · thay đổi' } },
      { id: 'e2', date: '2002-03', label: { en: '3/2002 · promotion', vi: '3/2002 · đề bạt' } },
    ],
    claims: [{ id: 'c0', organization_id: 'a', date: '2000', count: 2 }],
    annotations: [],
  };
}

/** A deep copy of `tiny()` changed by `fn`. */
export function tinyWith(fn: (d: Dataset) => void): Dataset {
  const d = structuredClone(tiny());
  fn(d);
  return d;
}

/** The built-in dataset, read from `data/quan6-1996-2000.json`. */
export function builtin(): Dataset {
  const url = new URL('../../data/quan6-1996-2000.json', import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Dataset;
}
