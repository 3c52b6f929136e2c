import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/lib/io/import.ts';
import { exportPopolo, importPopolo, jsonEqual, NS } from '../../src/lib/io/popolo.ts';
import { exportJson } from '../../src/lib/io/json-format.ts';
import { importProblemSentence } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

type Obj = Record<string, unknown>;
const FIXTURE_TEXT = readFileSync(new URL('./fixtures/popolo/althing-mini.json', import.meta.url), 'utf8');
const fixture = (): Obj => JSON.parse(FIXTURE_TEXT) as Obj;
const BUILTIN = JSON.parse(readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8')) as Dataset;
const enc = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));
const ETH = '\u00D0';

const ALTHINGI = '1ba661a9-22ad-4d0f-8a60-fe8e59f2dd77';

function importFixture(): Dataset {
  const r = importFile('althing-mini.json', enc(FIXTURE_TEXT));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
}

describe('a plain EveryPolitician-like Popolo file', () => {
  test('imports as Popolo with one warning per term whose dates were used', () => {
    const r = importFile('althing-mini.json', enc(FIXTURE_TEXT));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('popolo');
    expect(r.problems.map((p) => [p.severity, p.code, p.pointer, p.params.count])).toEqual([
      ['warning', 'dates-from-term', '/events/0', 3],
      ['warning', 'dates-from-term', '/events/1', 2],
    ]);
    expect(importProblemSentence(r.problems[0]!, 'en')).toBe(
      'File “althing-mini.json”, at /events/0: 3 memberships have no start or end date; they take the dates of the legislative period “138th Althing” (term/138) and are marked inferred.',
    );
    expect(importProblemSentence(r.problems[1]!, 'vi')).toBe(
      'Tệp “althing-mini.json”, tại /events/1: 2 bản ghi thành viên không có ngày bắt đầu hoặc kết thúc; chúng lấy ngày của nhiệm kỳ “142nd Althing” (term/142) và được đánh dấu là suy luận.',
    );
  });

  test('memberships without dates take the term’s bounds, marked inferred; reduced dates keep their precision', () => {
    const d = importFixture();
    expect(d.memberships.map((m) => [m.id, m.organization_id, m.start_date, m.end_date, m.certainty ?? 'stated'])).toEqual([
      ['m1', ALTHINGI, '2009-04-25', '2013-04-27', 'inferred'],
      ['m2', ALTHINGI, '2013-04-27', '2016-10-29', 'inferred'],
      ['m3', ALTHINGI, '2009-04-25', '2013-04-27', 'inferred'],
      ['m4', 'committee/budget', '2010', '2011-03', 'stated'],
      ['m5', ALTHINGI, '2011-03', '2013-04-27', 'inferred'],
      ['membership/jon-142', ALTHINGI, '2013-04-27', '2016-10-29', 'inferred'],
    ]);
    // An end taken from the term is the end of the term.
    expect(d.memberships.map((m) => m.end_cause)).toEqual(['term_end', 'term_end', 'term_end', undefined, 'term_end', 'term_end']);
    expect(d.memberships[0]!.basis).toEqual({
      vi: 'Tệp không ghi ngày bắt đầu và kết thúc của bản ghi thành viên này; lấy theo nhiệm kỳ “138th Althing” (2009-04-25–2013-04-27).',
      en: 'The file gives no dates for this membership; taken from the legislative period “138th Althing” (2009-04-25–2013-04-27).',
    });
    expect(d.memberships[4]!.basis!.en).toBe('The file gives no end date for this membership; taken from the legislative period “138th Althing” (2009-04-25–2013-04-27).');
    expect(d.memberships.map((m) => m.legislative_period_id)).toEqual(['term/138', 'term/142', 'term/138', 'term/138', 'term/138', 'term/142']);
    // Our field, so no longer among the kept Popolo fields.
    const kept = Object.values((d.popolo as { records: { memberships: Record<string, Record<string, unknown>> } }).records.memberships);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((r) => 'legislative_period_id' in r)).toEqual([]);
    expect(d.memberships[3]!.post_id).toBe('post/budget-chair');
    expect(d.memberships[0]!.role).toEqual({ en: 'member' });
  });

  test('records map onto ours: names by language, nesting, seats, terms as annotations, other events as steps', () => {
    const d = importFixture();
    expect(d.id).toBe('althing-mini');
    expect(d.title).toEqual({ en: 'Alþingi' });
    expect(d.language).toBeUndefined();
    expect(d.persons.map((p) => p.name)).toEqual([
      { is: 'Sigríður Björk Ólafsdóttir', en: 'Sigridur Bjork Olafsdottir' },
      { is: 'Eiður Þórðarson' },
      { en: 'Guðrún Hallsdóttir' },
      { en: `Jón ${ETH}orláksson Ásgeirsson` },
    ]);
    expect(d.organizations.map((o) => [o.id, o.name, o.classification, o.parent_id, o.seats])).toEqual([
      [ALTHINGI, { en: 'Alþingi' }, 'legislature', undefined, 63],
      ['committee/budget', { en: 'Budget Committee', und: 'Fjárlaganefnd' }, 'committee', ALTHINGI, 3],
      ['party/samfylkingin', { en: 'Samfylkingin' }, 'party', undefined, undefined],
      ['party/sjalfstaedisflokkurinn', { en: 'Sjálfstæðisflokkurinn' }, 'party', undefined, undefined],
    ]);
    expect(d.posts).toEqual([{ id: 'post/budget-chair', organization_id: 'committee/budget', label: { en: 'Chair of the Budget Committee' }, seats: null }]);
    expect(d.annotations).toEqual([
      { id: 'term/138', date: '2009-04-25/2013-04-27', label: { en: '138th Althing' }, classification: 'legislative period', organization_id: ALTHINGI },
      { id: 'term/142', date: '2013-04-27/2016-10-29', label: { en: '142nd Althing' }, classification: 'legislative period', organization_id: ALTHINGI },
    ]);
    expect(d.events).toEqual([{ id: 'Q00000400', date: '2009-04-25', label: { en: 'Icelandic parliamentary election, 2009' }, classification: 'general election' }]);
  });

  test('Icelandic Ð is left alone (no warning), in names and in kept fields', () => {
    const d = importFixture();
    const out = JSON.parse(exportPopolo(d)) as { persons: Obj[] };
    expect(out.persons[3]!.name).toBe(`Jón ${ETH}orláksson Ásgeirsson`);
    expect(out.persons[3]!.sort_name).toBe(`ÁSGEIRSSON, JÓN ${ETH}ORLÁKSSON`);
    expect(out.persons[1]!.other_names).toEqual([
      { lang: 'is', name: 'Eiður Þórðarson', note: 'multilingual' },
      { name: 'EIÐUR ÞÓRÐARSON', note: 'as printed on the ballot' },
    ]);
  });

  test('import → export keeps every Popolo field it had, and the order of events', () => {
    const original = fixture();
    const out = JSON.parse(exportPopolo(importFixture())) as Obj;
    for (const coll of ['persons', 'organizations', 'posts', 'memberships', 'events']) {
      const a = original[coll] as Obj[];
      const b = out[coll] as Obj[];
      expect(b).toHaveLength(a.length);
      a.forEach((rec, i) => {
        const exported = b[i]!;
        for (const [k, val] of Object.entries(rec)) expect([coll, i, k, exported[k]]).toEqual([coll, i, k, val]);
      });
    }
    expect(out.areas).toEqual(original.areas);
    expect(out.meta).toEqual(original.meta);
    // What was added: our namespace, ids for memberships that had none, dates from the terms.
    const added = (out.memberships as Obj[])[0]!;
    expect(added.id).toBe('m1');
    expect(added.start_date).toBe('2009-04-25');
    expect(added[NS]).toMatchObject({ certainty: 'inferred' });
    expect(Object.keys(out[NS] as Obj)).toEqual(['format', 'format_version', 'id', 'title', 'default_lang', 'sources', 'claims', 'annotations']);
  });

  test('export → import gives back the same dataset (kept fields included), and the same text', () => {
    const d = importFixture();
    const text = exportPopolo(d);
    const r = importFile('althing-mini.json', enc(text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.dataset).toEqual(d);
    expect(exportPopolo(r.dataset)).toBe(text);
    // And through our JSON: the kept Popolo fields travel in `popolo`.
    const viaJson = importFile('althing-mini.ours.json', enc(exportJson(d)));
    expect(viaJson.ok && viaJson.dataset).toEqual(d);
    expect(viaJson.ok && exportPopolo(viaJson.dataset)).toBe(text);
  });
});

describe('Popolo export of our dataset', () => {
  test('the built-in dataset: Popolo fields written, ours carried, import gives it back exactly', () => {
    const text = exportPopolo(BUILTIN);
    const p = JSON.parse(text) as Obj & { persons: Obj[]; organizations: Obj[]; memberships: Obj[]; events: Obj[] };
    expect(p.organizations[1]).toMatchObject({ id: 'btv', name: 'Ban Thường vụ Quận ủy', classification: 'standing committee', parent_id: 'bch', seats: 11 });
    expect(p.organizations[1]!.other_names).toEqual([
      { lang: 'vi', name: 'Ban Thường vụ Quận ủy', note: 'multilingual' },
      { lang: 'en', name: 'Standing Committee', note: 'multilingual' },
    ]);
    expect(p.memberships[0]).toMatchObject({
      id: 'm-uvtv-tuyen-giao-bch',
      person_id: 'uvtv-tuyen-giao',
      organization_id: 'bch',
      start_date: '1996',
      end_date: '1996-06',
      [NS]: { start_event_id: 'congress-1996', start_cause: 'elected', end_event_id: 'removal-1996-06', end_cause: 'removed_from_roll' },
    });
    expect(p.events.map((e) => [e.id, e.start_date])).toEqual(BUILTIN.events.map((e) => [e.id, e.date]));
    const ns = p[NS] as Obj;
    expect(ns.claims).toEqual(BUILTIN.claims);
    expect(ns.sources).toEqual(BUILTIN.sources);
    expect(ns.notes).toEqual(BUILTIN.notes);
    const r = importFile('quan6.popolo.json', enc(text));
    expect(r.ok && r.problems).toEqual([]);
    expect(r.ok && r.format).toBe('popolo');
    expect(r.ok && r.dataset).toEqual(BUILTIN);
    expect(r.ok && 'popolo' in r.dataset).toBe(false);
  });
});

describe('Popolo problems', () => {
  const base = (): Obj => ({
    persons: [{ id: 'p1', name: 'Nguyễn Văn An' }],
    organizations: [{ id: 'o1', name: 'Ban Chấp hành', seats: 5 }],
    memberships: [{ person_id: 'p1', organization_id: 'o1', start_date: '1996' }],
  });
  test('Ð in a Vietnamese Popolo file is read as Đ, with a warning pointing into the file', () => {
    const f = base();
    (f.persons as Obj[])[0]!.name = `${ETH}ặng Văn An`;
    const r = importFile('vn.json', enc(f));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.language).toBe('vi');
    expect(r.dataset.persons[0]!.name).toEqual({ vi: 'Đặng Văn An' });
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([['eth-replaced', '/persons/0/name']]);
  });
  test('shape errors point into the Popolo file', () => {
    const f = base();
    (f.memberships as Obj[])[0]!.start_date = '1996-6';
    delete (f.persons as Obj[])[0]!.id;
    const r = importPopolo(f, 'bad.json');
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([
      ['missing-key', '/persons/0/id'],
      ['bad-date', '/memberships/0/start_date'],
    ]);
    expect(importProblemSentence(r.problems[1]!, 'en')).toBe(
      'File “bad.json”, at /memberships/0/start_date: Bad date “1996-6”: it is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”.',
    );
  });
  test('semantic errors and our extra fields point into the Popolo file', () => {
    const f = base();
    (f.memberships as Obj[])[0]!.organization_id = 'nope';
    let r = importPopolo(f, 'sem.json');
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([['unknown-reference', '/memberships/0/organization_id']]);
    const g = base();
    (g.memberships as Obj[])[0]![NS] = { end_cause: 'fired' };
    r = importPopolo(g, 'ns.json');
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([['bad-value', `/memberships/0/${NS}/end_cause`]]);
  });
  test('a membership naming an unknown term is kept with a warning; events without a date are kept for export', () => {
    const f = base();
    (f.memberships as Obj[])[0]!.legislative_period_id = 'term/9';
    delete (f.memberships as Obj[])[0]!.start_date;
    f.events = [{ id: 'ev', name: 'Something', classification: 'sitting' }];
    const r = importFile('t.json', enc(f));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([
      ['popolo-event-kept', '/events/0'],
      ['unknown-term', '/memberships/0/legislative_period_id'],
      ['undated-membership', '/memberships/0'],
    ]);
    expect(r.dataset.events).toEqual([]);
    const out = JSON.parse(exportPopolo(r.dataset)) as Obj;
    expect(out.events).toEqual(f.events);
    expect(jsonEqual((out.memberships as Obj[])[0]!.legislative_period_id, 'term/9')).toBe(true);
  });
  test('a membership of a post takes the post’s organization', () => {
    const f = base();
    f.posts = [{ id: 'chair', label: 'Chủ tịch', organization_id: 'o1' }];
    f.memberships = [{ id: 'm', person_id: 'p1', post_id: 'chair', start_date: '1997' }];
    const r = importPopolo(f, 'post.json');
    expect(r.ok && r.dataset.memberships[0]).toEqual({ id: 'm', person_id: 'p1', organization_id: 'o1', post_id: 'chair', start_date: '1997' });
    expect(r.ok && r.dataset.posts[0]!.label).toEqual({ vi: 'Chủ tịch' });
  });
});
