/** Each stage of importPopolo on a small Popolo object, with the values it must give. */
import { describe, expect, test } from 'vitest';
import {
  assemblePopoloDataset,
  detectPopoloLanguage,
  mapAnnotations,
  mapEvents,
  mapMemberships,
  mapPeopleAndBodies,
  NS,
  quietEventsToAnnotations,
  type Origins,
} from '../../src/lib/io/popolo.ts';

type Obj = Record<string, unknown>;

/** A small plain Popolo file, built afresh for each test. */
function popolo(): Obj {
  return {
    persons: [
      { id: 'p1', name: 'Jón', other_names: [{ lang: 'is', name: 'Jón', note: 'multilingual' }] },
      { id: 'p2', name: 'Nguyễn Văn A' },
    ],
    organizations: [
      { id: 'alt', name: 'Althing', classification: 'legislature', seats: 63 },
      { id: 'bud', name: 'Budget committee', parent_id: 'alt' },
    ],
    posts: [{ id: 'chair', label: 'Chair', organization_id: 'bud' }],
    memberships: [
      { person_id: 'p1', organization_id: 'alt', legislative_period_id: 'term/1' },
      { id: 'm1', person_id: 'p2', post_id: 'chair', start_date: '2010', role: 'chair' },
      { person_id: 'p2', post_id: 'nowhere', legislative_period_id: 'term/9' },
    ],
    events: [
      { id: 'e2', name: 'Election', start_date: '2011-03' },
      { id: 'term/1', name: 'First', classification: 'legislative period', start_date: '2009', end_date: '2013' },
      { id: 'e1', name: 'Earlier', start_date: '2010' },
      { id: 'undated', name: 'Someday' },
    ],
  };
}

describe('importPopolo stages', () => {
  test('detectPopoloLanguage: ours, else vi by names, else undefined', () => {
    expect(detectPopoloLanguage(popolo())).toBe('vi');
    expect(detectPopoloLanguage({ persons: [{ id: 'x', name: 'John' }] })).toBeUndefined();
    expect(detectPopoloLanguage({ [NS]: { language: 'en' }, persons: [{ id: 'x', name: 'Nguyễn' }] })).toBe('en');
  });

  test('mapPeopleAndBodies: names by language, organizations and posts, origins', () => {
    const origins: Origins = new Map();
    const r = mapPeopleAndBodies(popolo(), 'vi', origins);
    expect(r.persons).toEqual([
      { id: 'p1', name: { is: 'Jón' } },
      { id: 'p2', name: { vi: 'Nguyễn Văn A' } },
    ]);
    expect(r.organizations).toEqual([
      { id: 'alt', name: { vi: 'Althing' }, classification: 'legislature', seats: 63 },
      { id: 'bud', name: { vi: 'Budget committee' }, parent_id: 'alt' },
    ]);
    // A Popolo post gives no seat count: any number may hold it (seats null).
    expect(r.posts).toEqual([{ id: 'chair', organization_id: 'bud', label: { vi: 'Chair' }, seats: null }]);
    expect(origins.get('/posts/0')).toEqual({ base: '/posts/0', fields: { id: 'id', organization_id: 'organization_id', label: 'label', seats: 'seats' } });
    expect([...origins.keys()]).toEqual(['/persons/0', '/persons/1', '/organizations/0', '/organizations/1', '/posts/0']);
  });

  test('mapEvents: terms, steps sorted by date, undated events kept with a warning', () => {
    const origins: Origins = new Map();
    const r = mapEvents(popolo(), 'en', 'f.json', origins);
    expect(r.events).toEqual([
      { id: 'e1', date: '2010', label: { en: 'Earlier' } },
      { id: 'e2', date: '2011-03', label: { en: 'Election' } },
    ]);
    expect(r.termAnnotations).toEqual([
      { a: { id: 'term/1', date: '2009/2013', label: { en: 'First' }, classification: 'legislative period' }, index: 1 },
    ]);
    expect([...r.terms.keys()]).toEqual(['term/1']);
    expect(r.unmapped).toEqual([{ id: 'undated', name: 'Someday' }]);
    expect(r.problems.map((p) => [p.code, p.pointer, p.params.id])).toEqual([['popolo-event-kept', '/events/3', 'undated']]);
    expect(origins.get('/events/0')!.base).toBe('/events/2');
  });

  test('mapMemberships: generated ids, organization from the post, dates from the term', () => {
    const src = popolo();
    const origins: Origins = new Map();
    const ev = mapEvents(src, 'en', 'f.json', origins);
    const { posts } = mapPeopleAndBodies(src, 'en', origins);
    const r = mapMemberships(src, ev.terms, posts, 'en', 'f.json', origins);
    expect(r.memberships.map((m) => [m.id, m.organization_id, m.post_id, m.start_date, m.end_date, m.certainty])).toEqual([
      ['m2', 'alt', undefined, '2009', '2013', 'inferred'],
      ['m1', 'bud', 'chair', '2010', undefined, undefined],
      ['m3', '', 'nowhere', undefined, undefined, undefined],
    ]);
    expect(r.memberships.map((m) => m.legislative_period_id)).toEqual(['term/1', undefined, undefined]);
    expect(r.memberships[1]!.role).toEqual({ en: 'chair' });
    expect(r.problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['error', 'popolo-membership-incomplete', '/memberships/2'],
      ['warning', 'unknown-term', '/memberships/2/legislative_period_id'],
      ['warning', 'dates-from-term', '/events/1'],
    ]);
    expect(r.problems[2]!.params).toEqual({ term: 'term/1', name: 'First', count: 1 });
  });

  test('quietEventsToAnnotations: in a plain file, events no membership starts or ends at become annotations', () => {
    const src = popolo();
    const origins: Origins = new Map();
    const ev = mapEvents(src, 'en', 'f.json', origins);
    const { posts } = mapPeopleAndBodies(src, 'en', origins);
    const { memberships } = mapMemberships(src, ev.terms, posts, 'en', 'f.json', origins);
    const split = quietEventsToAnnotations(ev, memberships, true, origins);
    // e1 (2010) is where m1 starts; e2 (2011-03) changes nothing.
    expect(split.events.map((e) => e.id)).toEqual(['e1']);
    expect(origins.get('/events/0')!.base).toBe('/events/2');
    expect(origins.has('/events/1')).toBe(false);
    expect(split.annotations.map((x) => [x.a.id, x.a.date, x.index])).toEqual([
      ['e2', '2011-03', 0],
      ['term/1', '2009/2013', 1],
    ]);
    expect(split.fromEvents).toEqual(['e2']);
    // In a file we wrote, every event stays a step.
    const ours = quietEventsToAnnotations(mapEvents(src, 'en', 'f.json', new Map()), memberships, false, new Map());
    expect([ours.events.map((e) => e.id), ours.fromEvents]).toEqual([['e1', 'e2'], []]);
  });

  test('mapAnnotations: terms first, then ours, in annotation_order', () => {
    const origins: Origins = new Map();
    const terms = [{ a: { id: 't', date: '2009/2013', label: { en: 'T' }, classification: 'legislative period' }, index: 4 }];
    const ns = { annotations: [{ id: 'a1', date: '2010', label: { en: 'A' } }], annotation_order: ['a1', 't'] };
    expect(mapAnnotations(terms, ns, origins).map((a) => a.id)).toEqual(['a1', 't']);
    expect(origins.get('/annotations/0')).toEqual({ base: `/${NS}/annotations/0`, fields: { id: 'id', date: 'date', label: 'label' } });
    expect(origins.get('/annotations/1')!.base).toBe('/events/4');
    expect(mapAnnotations(terms, undefined, new Map()).map((a) => a.id)).toEqual(['t']);
  });

  test('assemblePopoloDataset: id and title from the file and the legislature', () => {
    const origins: Origins = new Map();
    const parts = { ...mapPeopleAndBodies(popolo(), 'en', origins), memberships: [], events: [], annotations: [] };
    const d = assemblePopoloDataset('dir/Althing Mini.json', undefined, 'is', 'en', parts, origins);
    expect([d.format, d.format_version, d.id, d.title, d.language, d.sources, d.claims]).toEqual([
      'committee-history', 1, 'althing-mini', { en: 'Althing' }, 'is', [], [],
    ]);
    const ours = assemblePopoloDataset('x.json', { id: 'mine', sources: [{ id: 's1' }] }, undefined, 'en', parts, origins);
    expect([ours.id, ours.sources]).toEqual(['mine', [{ id: 's1' }]]);
    expect(origins.get('/sources/0')).toEqual({ base: `/${NS}/sources/0`, fields: { id: 'id' } });
  });
});
