/** Small broken variants of the tiny fixture, one per validation problem. */
import type { Alternative, Dataset, Membership, Reading } from '../../src/lib/model/types.ts';

export const CASES: [string, (d: Dataset) => void][] = [
  ['missing field', (d) => { delete (d.memberships[2] as Partial<Membership>).person_id; }],
  ['missing list', (d) => { delete (d as Partial<Dataset>).claims; }],
  ['duplicate id', (d) => { d.persons.push({ id: 'p2', name: { en: 'again' } }); }],
  ['unknown organization', (d) => { d.memberships[2]!.organization_id = 'xyz'; d.claims = []; }],
  ['unknown post', (d) => { d.memberships[2]!.post_id = 'nope'; }],
  ['unknown person', (d) => { d.memberships[2]!.person_id = 'ghost'; }],
  ['unknown parent', (d) => { d.organizations[1]!.parent_id = 'zzz'; d.organizations[1]!.seats = 5; }],
  ['unknown event', (d) => { d.memberships[3]!.start_event_id = 'e9'; d.claims = []; }],
  ['unknown source', (d) => { d.memberships[0]!.citations![0]!.source_id = 'nope'; }],
  ['unknown claim org', (d) => { d.claims[0]!.organization_id = 'q'; d.claims[0]!.count = 0; }],
  ['unknown cause', (d) => { (d.memberships[0] as { end_cause: string }).end_cause = 'fired'; }],
  ['bad number', (d) => { d.organizations[0]!.seats = 2.5; }],
  ['bad month', (d) => { d.memberships[2]!.start_date = '1996-13'; }],
  ['not a date', (d) => { d.memberships[2]!.start_date = 'abc'; }],
  ['no such day', (d) => { d.memberships[2]!.start_date = '1996-02-30'; }],
  ['bad claim interval', (d) => { d.claims[0]!.date = '2001/2000'; }],
  ['post of another org', (d) => { d.posts.push({ id: 'sec', organization_id: 'a', label: { en: 'Sec' } }); d.memberships[1]!.post_id = 'sec'; }],
  ['parent cycle', (d) => { d.organizations.push({ id: 'x', name: { en: 'X' }, parent_id: 'y' }, { id: 'y', name: { en: 'Y' }, parent_id: 'x' }); }],
  ['end before start', (d) => { d.memberships.push({ id: 'm9', person_id: 'p2', organization_id: 'a', start_date: '2002-03', end_date: '2001' }); }],
  ['empty membership', (d) => { d.memberships.push({ id: 'm9', person_id: 'p2', organization_id: 'a', start_event_id: 'e2', end_event_id: 'e1' }); }],
  ['event date mismatch', (d) => { d.memberships[3]!.start_date = '1999'; }],
  ['events out of order', (d) => { d.events[1]!.date = '2003'; }],
  ['ambiguous date', (d) => {
    d.events.splice(2, 0, { id: 'e1b', date: '2001', label: { en: 'again' } });
    delete d.memberships[3]!.start_event_id;
    d.memberships[3]!.start_date = '2001';
  }],
  ['not in parent', (d) => { d.memberships.splice(3, 1); }],
  ['post overlap', (d) => {
    d.posts.push({ id: 'sec', organization_id: 'a', label: { en: 'Sec' } });
    d.memberships[2]!.post_id = 'sec';
    d.memberships[3]!.post_id = 'sec';
  }],
  ['post held twice', (d) => {
    d.posts.push({ id: 'sec', organization_id: 'a', label: { en: 'Sec' } });
    d.memberships[2]!.post_id = 'sec';
    d.memberships.push({ id: 'm10', person_id: 'p2', organization_id: 'a', post_id: 'sec', start_event_id: 'e1' });
  }],
  ['over seats', (d) => { d.memberships.push({ id: 'm11', person_id: 'p2', organization_id: 'b', start_event_id: 'e0', end_event_id: 'e1' }); }],
  ['claim mismatch', (d) => { d.claims[0]!.count = 3; }],
  ['claim before steps', (d) => { d.claims.push({ id: 'c-early', organization_id: 'a', date: '1990', count: 0 }); }],
  ['inferred without basis', (d) => { delete d.memberships[4]!.basis; }],
  ['membership overlap', (d) => { d.memberships.push({ id: 'm12', person_id: 'p2', organization_id: 'a', start_event_id: 'e1' }); }],
  ['person without membership', (d) => { d.persons.push({ id: 'p4', name: { en: 'P4' } }); }],
  ['undated membership', (d) => {
    d.persons.push({ id: 'p4', name: { en: 'P4' } });
    d.memberships.push({ id: 'm13', person_id: 'p4', organization_id: 'a' });
  }],
  ['a post of two seats held by three', (d) => {
    d.persons.push({ id: 'p4', name: { en: 'P4' } });
    d.posts.push({ id: 'sec', organization_id: 'a', label: { en: 'Sec' }, seats: 2 });
    for (const i of [0, 2, 3]) d.memberships[i]!.post_id = 'sec';
    d.memberships.push({ id: 'm14', person_id: 'p4', organization_id: 'a', post_id: 'sec', start_event_id: 'e0' });
  }],
  ['a post of any number of holders (seats null)', (d) => {
    d.persons.push({ id: 'p4', name: { en: 'P4' } });
    d.posts.push({ id: 'sec', organization_id: 'a', label: { en: 'Sec' }, seats: null });
    for (const i of [0, 2, 3]) d.memberships[i]!.post_id = 'sec';
    d.memberships.push({ id: 'm14', person_id: 'p4', organization_id: 'a', post_id: 'sec', start_event_id: 'e0' });
  }],
  ['a reading breaks a stated count', (d) => {
    d.claims.push({ id: 'c-b', organization_id: 'b', date: '2002-03', event_id: 'e2', count: 1 });
    d.alternatives = [alternative([{ id: 'r-none', label: { en: 'Nobody promoted' }, basis: { en: 'b left empty' }, memberships: [] }])];
  }],
  ['no default reading', (d) => {
    d.alternatives = [alternative([])];
    d.alternatives[0]!.readings.shift();
  }],
  ['a reading that restates the default', (d) => {
    d.alternatives = [alternative([{ id: 'r-again', label: { en: 'P3 again' }, basis: { en: 'the same' }, memberships: [{ ...structuredClone(d.memberships[4]!), id: 'm5-again' }] }])];
  }],
  ['a reading with no label', (d) => {
    d.alternatives = [alternative([{ id: 'r-blank', label: { en: ' ' }, basis: { en: 'someone else' }, memberships: [{ ...structuredClone(d.memberships[4]!), id: 'm5-other', start_cause: 'appointed' }] }])];
  }],
  ['an alternative naming an event its records do not touch', (d) => {
    d.alternatives = [{ ...alternative([{ id: 'r-other', label: { en: 'Appointed' }, basis: { en: 'appointed' }, memberships: [{ ...structuredClone(d.memberships[4]!), id: 'm5-appointed', start_cause: 'appointed' }] }]), event_id: 'e1' }];
  }],
  ['a default reading with memberships', (d) => {
    d.alternatives = [alternative([])];
    d.alternatives[0]!.readings[0]!.memberships = [];
  }],
];

/** An alternative of tiny's 3/2002 promotion (membership m5): the default reading, then `others`. */
function alternative(others: Reading[]): Alternative {
  return {
    id: 'alt-2002',
    event_id: 'e2',
    label: { en: 'Who was promoted' },
    basis: { en: 'The source does not say.' },
    replaces: ['m5'],
    readings: [{ id: 'r-p3', label: { en: 'P3 promoted' }, basis: { en: 'convention' }, default: true }, ...others],
  };
}

