/**
 * Determinism of import and export: each file is read from disk afresh and imported twice, each
 * export is made from a freshly imported dataset, and the results are compared deep-equal (so a
 * cache returning the same object cannot make the test pass).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importFile, type ImportResult } from '../../src/lib/io/import.ts';
import { exportJson } from '../../src/lib/io/json-format.ts';
import { exportPopolo } from '../../src/lib/io/popolo.ts';
import { exportCsv } from '../../src/lib/io/csv.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const FILES: [string, URL][] = [
  ['quan6-1996-2000.json', new URL('../../data/quan6-1996-2000.json', import.meta.url)],
  ['althing-mini.json', new URL('./fixtures/popolo/althing-mini.json', import.meta.url)],
  ['dates-all-forms.csv', new URL('./fixtures/csv/dates-all-forms.csv', import.meta.url)],
  ['windows-1258.csv', new URL('./fixtures/csv/windows-1258.csv', import.meta.url)],
  ['same-person.csv', new URL('./fixtures/csv/same-person.csv', import.meta.url)],
];

/** Reads the file from disk and imports it: new bytes, new objects every call. */
const freshImport = (name: string, url: URL): ImportResult => importFile(name, new Uint8Array(readFileSync(url)));
const datasetOf = (r: ImportResult): Dataset => {
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
};

describe('import and export give the same result from fresh inputs', () => {
  for (const [name, url] of FILES) {
    test(name, () => {
      const a = freshImport(name, url);
      const b = freshImport(name, url);
      expect(b).not.toBe(a);
      expect(b).toEqual(a);
      const da = datasetOf(freshImport(name, url));
      const db = datasetOf(freshImport(name, url));
      expect(exportJson(db)).toBe(exportJson(da));
      expect(exportPopolo(db)).toBe(exportPopolo(da));
      expect(exportCsv(db, { lang: 'vi' })).toBe(exportCsv(da, { lang: 'vi' }));
    });
  }

  test('builtinDataset on two fresh parses', () => {
    const read = () => JSON.parse(readFileSync(FILES[0]![1], 'utf8')) as unknown;
    expect(builtinDataset(read())).toEqual(builtinDataset(read()));
  });
});
