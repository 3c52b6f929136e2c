/** applyReading: what a reading replaces, adds and redescribes, and the certainty of its records. */
import { describe, expect, it } from 'vitest';
import { applyReading } from '../../src/lib/model/readings.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';

const m = (id: string, person_id: string, extra: Partial<Membership> = {}): Membership => ({ id, person_id, organization_id: 'ec', start_date: '2001', ...extra });

const dataset: Dataset = {
  format: 'committee-history',
  format_version: 1,
  id: 'tiny',
  title: { en: 'Tiny' },
  sources: [],
  organizations: [{ id: 'ec', name: { en: 'EC' } }],
  persons: [{ id: 'a', name: { en: 'A' } }, { id: 'b', name: { en: 'B' } }],
  posts: [],
  memberships: [m('m-a', 'a'), m('m-b', 'b', { certainty: 'inferred', basis: { en: 'the convention' } }), m('m-c', 'a', { start_date: '2002' })],
  events: [],
  claims: [],
  annotations: [],
  alternatives: [
    {
      id: 'alt',
      label: { en: 'Who' },
      basis: { en: 'The source does not say who.' },
      replaces: ['m-b'],
      readings: [
        { id: 'conv', label: { en: 'Convention' }, basis: { en: 'Usual.' }, default: true },
        {
          id: 'other',
          label: { en: 'Other' },
          basis: { en: 'The other way round.' },
          memberships: [m('m-b2', 'c'), m('m-b3', 'a', { certainty: 'stated' })],
          persons: [{ id: 'c', name: { en: 'C' } }, { id: 'b', name: { en: 'B, described otherwise' } }],
        },
      ],
    },
  ],
};

describe('applyReading', () => {
  it('the default, null and an unknown id give the dataset itself', () => {
    expect(applyReading(dataset, null)).toBe(dataset);
    expect(applyReading(dataset, 'conv')).toBe(dataset);
    expect(applyReading(dataset, 'nope')).toBe(dataset);
  });

  it('takes out the replaced memberships, puts the reading’s in their place, redescribes and adds persons', () => {
    const d = applyReading(dataset, 'other');
    expect(d.memberships.map((x) => x.id)).toEqual(['m-a', 'm-b2', 'm-b3', 'm-c']);
    expect(d.persons.map((p) => [p.id, p.name.en])).toEqual([['a', 'A'], ['b', 'B, described otherwise'], ['c', 'C']]);
    expect(dataset.memberships.map((x) => x.id)).toEqual(['m-a', 'm-b', 'm-c']);
  });

  it('a reading’s membership that says no certainty is inferred, with the reading’s basis; one that says stated stays stated', () => {
    const d = applyReading(dataset, 'other');
    const b2 = d.memberships.find((x) => x.id === 'm-b2')!;
    expect([b2.certainty, b2.basis]).toEqual(['inferred', { en: 'The other way round.' }]);
    const b3 = d.memberships.find((x) => x.id === 'm-b3')!;
    expect([b3.certainty, b3.basis]).toEqual(['stated', undefined]);
    expect(d.memberships.find((x) => x.id === 'm-a')!.certainty).toBeUndefined();
  });
});
