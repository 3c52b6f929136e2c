/**
 * Popolo exports are valid Popolo (issue 14): every record of the export of the built-in dataset
 * and of a dataset with uncertain and interval dates validates against the vendored Popolo JSON
 * Schemas (`tests/vendor/popolo-schemas/`, two validators: `popolo-schema-validators.ts`); an
 * uncertain date is bare in Popolo's field and whole under `committee_history`, and comes back
 * exactly; citations of a source with a URL are Popolo `sources`; memberships carry their
 * `legislative_period_id`; a plain file's `identifiers` (Wikidata) come back on export.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { exportPopolo, importPopolo } from '../../src/lib/io/popolo.ts';
import { importFile } from '../../src/lib/io/import.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { popoloSchemaErrors } from './popolo-schema-validators.ts';
import { uncertainDataset } from './uncertain-dataset.ts';

type Obj = Record<string, unknown>;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const popoloOf = (d: Dataset): Obj => JSON.parse(exportPopolo(d)) as Obj;
const byId = (list: unknown, id: string): Obj => (list as Obj[]).find((r) => r.id === id)!;

describe('the validators catch what the issue found', () => {
  test('an uncertain date in start_date and a source without url are errors for both validators', () => {
    const errors = popoloSchemaErrors({ memberships: [{ id: 'm', start_date: '1999?', sources: [{ note: 'para 3' }] }] });
    expect(errors.filter((e) => e.startsWith('jsonschema /memberships/0')).length).toBe(2);
    expect(errors.filter((e) => e.startsWith('ajv /memberships/0')).length).toBe(2);
    expect(errors.some((e) => e.includes('start_date'))).toBe(true);
  });
});

describe('the built-in dataset as Popolo', () => {
  test('validates against the Popolo schemas and reads back to the same dataset', () => {
    const { dataset } = loadBuiltIn();
    const p = popoloOf(dataset);
    expect(popoloSchemaErrors(p)).toEqual([]);
    expect((p.memberships as Obj[]).length).toBe(dataset.memberships.length);
    const back = importPopolo(JSON.parse(exportPopolo(dataset)), 'quan6.popolo.json');
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.dataset).toEqual(dataset);
  });

  test('its one source has no URL: no Popolo sources (a Link needs a url), the citations stay ours', () => {
    const { dataset } = loadBuiltIn();
    const p = popoloOf(dataset);
    const m = byId(p.memberships, 'm-uvtv-tuyen-giao-bch');
    expect(m.sources).toBeUndefined();
    expect((m.committee_history as Obj).citations).toEqual([
      { source_id: 'bckd-q6-vii', locator: 'para 3' },
      { source_id: 'bckd-q6-vii', locator: 'para 4' },
    ]);
  });
});

describe('a dataset with uncertain and interval dates, a term and a source with a URL', () => {
  const d = uncertainDataset();
  const p = popoloOf(d);

  test('validates against the Popolo schemas', () => {
    expect(popoloSchemaErrors(p)).toEqual([]);
  });

  test('an uncertain date is bare in Popolo start_date/end_date, whole under committee_history', () => {
    const m = byId(p.memberships, 'm-uvtv-quan-su-1996-bch');
    expect(m.start_date).toBe('1996');
    expect(m.end_date).toBe('1998');
    expect((m.committee_history as Obj).end_date).toBe('1998?');
    expect((m.committee_history as Obj).start_date).toBeUndefined();
    const e = byId(p.events, 'transfer-1998');
    expect(e.start_date).toBe('1998');
    expect((e.committee_history as Obj).date).toBe('1998?');
    const term = byId(p.events, 'term-vii');
    expect([term.classification, term.start_date, term.end_date]).toEqual(['legislative period', '1996', '2000']);
    expect((term.committee_history as Obj).date).toBe('1996/2000?');
    // Month precision is valid Popolo and stays as it is, with nothing under committee_history.
    const month = byId(p.memberships, 'm-uvtv-tuyen-giao-bch');
    expect(month.end_date).toBe('1996-06');
    expect((month.committee_history as Obj).end_date).toBeUndefined();
  });

  test('memberships carry legislative_period_id; citations of the source with a URL are Popolo sources', () => {
    const ms = p.memberships as Obj[];
    expect(ms.every((m) => m.legislative_period_id === 'term-vii')).toBe(true);
    expect(byId(p.memberships, 'm-uvtv-tuyen-giao-bch').sources).toEqual([
      { url: 'https://example.org/bao-cao-kiem-diem-quan-6', note: 'para 3' },
      { url: 'https://example.org/bao-cao-kiem-diem-quan-6', note: 'para 4' },
    ]);
    expect(byId(p.persons, 'uvtv-tuyen-giao').sources).toEqual([{ url: 'https://example.org/bao-cao-kiem-diem-quan-6', note: 'para 4' }]);
  });

  test('the import reads it back exactly (dates with their uncertainty, term, sources)', () => {
    const back = importPopolo(JSON.parse(exportPopolo(d)), 'uncertain.popolo.json');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.dataset).toEqual(d);
    expect(back.dataset.memberships.find((m) => m.id === 'm-uvtv-quan-su-1996-bch')?.end_date).toBe('1998?');
    expect(back.dataset.annotations.find((a) => a.id === 'term-vii')?.date).toBe('1996/2000?');
  });
});

describe('identifiers of a plain Popolo file (EveryPolitician style)', () => {
  test('persons and organizations keep their identifiers, Wikidata included, and the export validates', () => {
    const src = JSON.parse(readFileSync(new URL('../fixtures/ep-legislature.json', import.meta.url), 'utf8')) as Obj;
    const persons = src.persons as Obj[];
    persons[0]!.identifiers = [
      { scheme: 'wikidata', identifier: 'Q4115189' },
      { scheme: 'everypolitician_legacy', identifier: 'ana-1' },
    ];
    (src.organizations as Obj[])[0]!.identifiers = [{ scheme: 'wikidata', identifier: 'Q13406463' }];
    const r = importFile('ep.json', enc(JSON.stringify(src)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = popoloOf(r.dataset);
    expect(byId(out.persons, 'person/ana').identifiers).toEqual(persons[0]!.identifiers);
    expect(byId(out.organizations, 'org/lakeland-assembly').identifiers).toEqual([{ scheme: 'wikidata', identifier: 'Q13406463' }]);
    expect((out.memberships as Obj[]).filter((m) => m.legislative_period_id === 'term/1').length).toBeGreaterThan(0);
    expect(popoloSchemaErrors(out)).toEqual([]);
  });
});
