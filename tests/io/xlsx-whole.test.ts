/**
 * Issue 14: an XLSX round trip keeps every field of the dataset and every date's precision: the
 * built-in dataset and a hostile one (uncertain and interval dates, both languages, markup and
 * right-to-left text in names, annotations, claims, citation notes, readings) → exportXlsx →
 * importXlsx → the same dataset as our JSON's own round trip gives, and the same headline; a
 * workbook made by hand with only a memberships sheet imports as a CSV does.
 */
import { describe, expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { exportXlsx } from '../../src/lib/io/xlsx-export.ts';
import { importXlsx } from '../../src/lib/io/xlsx-import.ts';
import { exportJson, importJsonValue } from '../../src/lib/io/json-format.ts';
import { importCsv } from '../../src/lib/io/csv.ts';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { uncertainDataset } from './uncertain-dataset.ts';

/** Our JSON's normal form of a dataset (what importing its JSON export gives). */
function normal(d: Dataset): Dataset {
  const r = importJsonValue(JSON.parse(exportJson(d)), 'd.json');
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
}

async function roundTrip(d: Dataset, lang: 'vi' | 'en') {
  const r = await importXlsx('back.xlsx', await exportXlsx(d, { lang }));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
}

/** The hostile dataset: the uncertain one, with markup, right-to-left text and an override in names, a citation note, a locator with ; and : in it, an English-only role, a claim at an interval, a person no membership names. */
function hostileDataset(): Dataset {
  const d = uncertainDataset();
  d.persons[0]!.name = { vi: '<b>Nguyễn</b> "A" =1+1', en: 'שלום \u202Eevil' };
  d.persons.push({ id: 'lonely', name: { en: 'Only in English' }, anonymous: false });
  d.organizations[0]!.note = { en: '@mention -5' };
  d.memberships[0]!.citations = [{ source_id: d.sources[0]!.id, locator: 'para 3; see: para 4', note: { vi: 'ghi chú', en: 'a note' } }];
  d.memberships[1]!.role = { en: 'English only' };
  d.memberships[2]!.end_destination_wikidata = 'Q1854';
  d.claims.push({ id: 'claim-interval', organization_id: d.organizations[0]!.id, date: '1997/1998?', count: 34, certainty: 'inferred', basis: { vi: 'suy ra', en: 'inferred' } });
  d.annotations.push({ id: 'ann-x', date: '1997-03?', label: { vi: '<script>alert(1)</script>', en: 'مرحبا' }, classification: 'milestone', person_id: d.persons[1]!.id });
  d.events[0]!.description = { vi: 'đầu nhiệm kỳ <i>x</i>', en: 'start "of" term' };
  return d;
}

describe('a whole workbook round trip', () => {
  test.each(['vi', 'en'] as const)('the built-in dataset (%s) comes back equal, every field, both languages, the readings', async (lang) => {
    const d = loadBuiltIn().dataset;
    const r = await roundTrip(d, lang);
    expect(r.dataset).toEqual(normal(d));
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.code)).toEqual(
      importJsonValue(JSON.parse(exportJson(d)), 'd.json').problems.map((p) => p.code),
    );
  });

  test.each(['vi', 'en'] as const)('a hostile dataset (%s) comes back equal', async (lang) => {
    const d = hostileDataset();
    const r = await roundTrip(d, lang);
    expect(r.dataset).toEqual(normal(d));
    expect(r.dataset.persons[0]!.name).toEqual({ vi: '<b>Nguyễn</b> "A" =1+1', en: 'שלום \u202Eevil' });
    expect(r.dataset.memberships[0]!.citations).toEqual([{ source_id: d.sources[0]!.id, locator: 'para 3; see: para 4', note: { vi: 'ghi chú', en: 'a note' } }]);
  });
});

describe('a workbook made by hand', () => {
  test('only a memberships sheet: imports as the same table in CSV does', async () => {
    const rows = [
      ['person', 'body', 'seats', 'start', 'end', 'end_cause'],
      ['Trần Văn Một', 'Ban Chấp hành', '3', '1996', '1998-06', 'transfer'],
      ['Lê Thị Hai', 'Ban Chấp hành', '3', '1996', '', ''],
      ['Phạm Ba', 'Ban Chấp hành', '3', '1998-06?', '', ''],
    ];
    const blob = await writeXlsxFile(rows.map((r) => r.map((v) => (v === '' ? null : { type: String, value: v }))) as never).toBlob();
    const r = await importXlsx('tay.xlsx', new Uint8Array(await blob.arrayBuffer()));
    const csv = importCsv('tay.xlsx', new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n')));
    expect(r.ok && csv.ok).toBe(true);
    if (!r.ok || !csv.ok) return;
    expect(r.dataset).toEqual(csv.dataset);
    expect(r.dataset.memberships.map((m) => [m.start_date, m.end_date ?? ''])).toEqual([['1996', '1998-06'], ['1996', ''], ['1998-06?', '']]);
  });
});
