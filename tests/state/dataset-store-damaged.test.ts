/**
 * Records written straight into IndexedDB, past the store: the store checks every record it reads,
 * lists the good ones as they were and the bad ones as damaged (with what is wrong), and never
 * opens, renames or overwrites a damaged one.
 */
import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { DatasetStore, StoreError, type DamagedDataset, type KeptEntry } from '../../src/lib/state/dataset-store.ts';
import { checkStoredRecord } from '../../src/lib/state/stored-record.ts';
import { damagedProblemTexts, recordProblemText } from '../../src/lib/state/stored-record-words.ts';
import { rawRecordJson } from '../../src/lib/state/raw-record.ts';
import { importFile } from '../../src/lib/io/import.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const small = (id: string, title: string): Dataset => ({
  format: 'committee-history',
  format_version: 1,
  id,
  title: { en: title },
  sources: [],
  organizations: [{ id: 'b', name: { en: 'Board' }, seats: 3 }],
  persons: [{ id: 'p', name: { en: 'P' } }],
  posts: [],
  memberships: [{ id: 'm', person_id: 'p', organization_id: 'b', start_date: '2010' }],
  events: [],
  claims: [],
  annotations: [],
});
/** A record as the store writes it. */
const record = (key: string, dataset: Dataset = small(key, `Title ${key}`)) => ({
  key,
  title: `Title ${key}`,
  dataset,
  format: 'json',
  fileName: `${key}.json`,
  importedAt: '2026-11-30T00:00:00.000Z',
  warnings: [],
});
const without = <T extends object>(o: T, k: string): Partial<T> => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k)) as Partial<T>;

/**
 * Write records straight into the app's database (`committee-history`, store `datasets`),
 * bypassing `DatasetStore`. With `inline` the store is made as the app makes it (`keyPath: 'key'`,
 * so every record is an object with a key); without, as anything else could have made it (keys
 * apart from the values, so a record may be a text, a number, null or an object with no key).
 */
async function writeRaw(factory: IDBFactory, records: [IDBValidKey, unknown][], inline = true): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open('committee-history', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('datasets', inline ? { keyPath: 'key' } : undefined);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('datasets', 'readwrite');
    for (const [key, value] of records) {
      if (inline) tx.objectStore('datasets').put(value);
      else tx.objectStore('datasets').put(value, key);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const damagedOnes = (list: KeptEntry[]) => list.filter((d): d is DamagedDataset => d.damaged);
const codes = (d: DamagedDataset) => d.problems.map((p) => (p.code === 'dataset' ? `dataset:${p.problem.code}:${p.problem.pointer}` : p.code === 'bad-field' ? `bad-field:${p.field}` : p.code));

describe('damaged records in the store', () => {
  it('lists the good datasets as they were and the damaged ones marked, with what is wrong', async () => {
    const idb = new IDBFactory();
    await writeRaw(idb, [
      ['good', record('good')],
      ['nomem', { ...record('nomem'), dataset: without(small('nomem', 'No memberships'), 'memberships') }],
      ['old', { ...record('old'), dataset: { ...small('old', 'Old'), format_version: 0 } }],
      ['noformat', { ...record('noformat'), dataset: without(small('noformat', 'No format'), 'format') }],
      [42, { ...record('x'), key: 42 }],
      ['fields', { key: 'fields', title: '', dataset: small('fields', 'F'), format: 'xml', fileName: 7, importedAt: 'yesterday', warnings: 'none' }],
    ]);
    const store = new DatasetStore(idb);
    // A dataset saved through the store keeps working next to them.
    await store.put({ dataset: small('later', 'Later'), format: 'json', fileName: 'later.json', importedAt: '2026-12-01T00:00:00.000Z', warnings: [] });
    const list = await store.list();
    expect(list.map((d) => [d.key, d.damaged])).toEqual([
      ['good', false],
      ['later', false],
      ['42', true],
      ['fields', true],
      ['noformat', true],
      ['nomem', true],
      ['old', true],
    ]);
    const good = list[0]!;
    expect(!good.damaged && good.dataset.memberships.length).toBe(1);
    const byKey = Object.fromEntries(damagedOnes(list).map((d) => [d.key, d]));
    expect(codes(byKey.nomem!)).toEqual(['dataset:missing-key:/memberships']);
    expect(codes(byKey.old!)).toEqual(['dataset:unsupported-version:/format_version']);
    expect(codes(byKey.noformat!)).toEqual(['dataset:missing-key:/format']);
    expect(codes(byKey['42']!)).toEqual(['bad-field:key']);
    expect(byKey['42']!.storeKey).toBe(42);
    expect(codes(byKey.fields!)).toEqual(['bad-field:title', 'bad-field:fileName', 'bad-field:importedAt', 'bad-field:warnings', 'bad-field:format']);
    expect(byKey.fields!.title).toBeNull();
    expect(byKey.nomem!).toMatchObject({ title: 'Title nomem', fileName: 'nomem.json' });
    // The damaged record keeps its content as it was.
    expect(JSON.parse(rawRecordJson(byKey.nomem!.raw))).toEqual({ ...record('nomem'), dataset: without(small('nomem', 'No memberships'), 'memberships') });
    // get() checks too.
    expect((await store.get('nomem'))?.damaged).toBe(true);
    expect((await store.get('good'))?.damaged).toBe(false);
    expect(await store.get('none')).toBeUndefined();
  });

  it('says what is wrong in Vietnamese and English', async () => {
    const idb = new IDBFactory();
    await writeRaw(idb, [['nomem', { ...record('nomem'), dataset: without(small('nomem', 'N'), 'memberships') }]]);
    const [d] = damagedOnes(await new DatasetStore(idb).list());
    expect(damagedProblemTexts(d!, 'en')).toEqual(['File “nomem.json”, at /memberships: the required field “memberships” is missing; expected a list. To fix: Add the missing field to the record.']);
    expect(damagedProblemTexts(d!, 'vi')[0]).toMatch(/^Tệp “nomem\.json”.*memberships/);
    const noTitle = checkStoredRecord('t', without(record('t'), 'title'));
    expect(noTitle.damaged && noTitle.problems.map((p) => recordProblemText(p, 'vi'))[0]).toMatch(/^Thiếu trường “title”; cần /);
    const fields = checkStoredRecord('k', { ...record('k'), key: 'other', importedAt: 3 });
    expect(fields.damaged && fields.problems.map((p) => recordProblemText(p, 'en'))).toEqual([
      'Field “key” is “other” but the record is kept under the key “k”.',
      'Field “importedAt” is a number (3); expected an ISO 8601 date and time (e.g. 2026-11-30T08:00:00.000Z).',
    ]);
    expect(fields.damaged && fields.problems.map((p) => recordProblemText(p, 'vi'))).toEqual([
      'Trường “key” là “other” nhưng bản ghi được lưu với khóa “k”.',
      'Trường “importedAt” là một số (3); cần một thời điểm ISO 8601 (ví dụ 2026-11-30T08:00:00.000Z).',
    ]);
    const warning = { severity: 'warning', code: 'unknown-key', file: 'w.json', pointer: '/x', params: { key: 'x' }, message: 'm' };
    expect(checkStoredRecord('w', { ...record('w'), warnings: [warning] }).damaged).toBe(false);
    const badWarning = checkStoredRecord('w', { ...record('w'), warnings: [{ ...warning, params: null }] });
    expect(badWarning.damaged && badWarning.problems.map((p) => recordProblemText(p, 'en'))).toEqual([
      'Field “warnings” is a list; expected a list of the import’s warnings, each with severity, code, file, params and message.',
    ]);
    const many = checkStoredRecord('m', { key: 'm' });
    expect(many.damaged && damagedProblemTexts(many, 'en').at(-1)).toBe('and 3 more');
  });

  it('lists garbage (a text, a number, null, a record with no key, one that refers to itself) as damaged and can delete it', async () => {
    const idb = new IDBFactory();
    const cyclic: Record<string, unknown> = { ...record('cycle'), dataset: { ...small('cycle', 'C') } };
    (cyclic.dataset as Record<string, unknown>).self = cyclic;
    await writeRaw(
      idb,
      [
        ['str', 'hello'],
        ['num', 7],
        ['nul', null],
        ['nokey', without(record('nokey'), 'key')],
        [5, 'five'],
        ['5', record('5')],
        ['good', record('good')],
        ['cycle', cyclic],
      ],
      false,
    );
    const store = new DatasetStore(idb);
    const list = await store.list();
    expect(list.map((d) => [d.key, d.damaged])).toEqual([
      ['5', false],
      ['good', false],
      ['5 (2)', true],
      ['cycle', true],
      ['nokey', true],
      ['nul', true],
      ['num', true],
      ['str', true],
    ]);
    const byKey = Object.fromEntries(damagedOnes(list).map((d) => [d.key, d]));
    expect(damagedProblemTexts(byKey.str!, 'en')).toEqual(['The record is a text ("hello"), not a kept dataset.']);
    expect(damagedProblemTexts(byKey.num!, 'en')).toEqual(['The record is a number (7), not a kept dataset.']);
    expect(damagedProblemTexts(byKey.nul!, 'vi')).toEqual(['Bản ghi là null, không phải một bộ dữ liệu đã lưu.']);
    expect(damagedProblemTexts(byKey.nokey!, 'en')).toEqual(['Field “key” is missing; expected a non-empty text.']);
    expect(rawRecordJson(byKey.str!.raw)).toBe('"hello"\n');
    expect(rawRecordJson(byKey.nul!.raw)).toBe('null\n');
    // Delete by the record's own store key, whatever its type.
    await store.delete(byKey.str!.storeKey);
    expect(byKey['5 (2)']!.storeKey).toBe(5);
    // A record that contains itself is caught by the depth bound of the import checks (no stack overflow).
    expect(byKey.cycle!.problems).toHaveLength(5);
    expect(damagedProblemTexts(byKey.cycle!, 'en')[0]).toMatch(/^File “cycle\.json”, at \/self\/dataset\/self\/.*: lists and objects are nested more than 64 levels deep here; at most 64 levels are accepted\. To fix: /);
    expect(rawRecordJson(byKey.cycle!.raw)).toBe('"[object Object]"\n');
    await store.delete(byKey['5 (2)']!.storeKey);
    await store.delete('cycle');
    // A store made with keys apart from the values still takes new datasets.
    const rec = await store.put({ dataset: small('new', 'New'), format: 'json', fileName: 'new.json', importedAt: '2026-12-02T00:00:00.000Z', warnings: [] });
    await store.rename(rec.key, 'Renamed');
    expect((await store.list()).map((d) => d.key)).toEqual(['5', 'good', 'new', 'nokey', 'nul', 'num']);
  });

  it('never overwrites or renames a damaged record', async () => {
    const idb = new IDBFactory();
    await writeRaw(idb, [['board', { ...record('board'), dataset: without(small('board', 'B'), 'persons') }]]);
    const store = new DatasetStore(idb);
    const rec = await store.put({ dataset: small('board', 'B'), format: 'json', fileName: 'board.json', importedAt: '2026-12-01T00:00:00.000Z', warnings: [] });
    expect(rec.key).toBe('board-2');
    expect((await store.list()).map((d) => [d.key, d.damaged])).toEqual([
      ['board-2', false],
      ['board', true],
    ]);
    await expect(store.rename('board', 'x')).rejects.toEqual(new StoreError('damaged-dataset', { key: 'board' }));
    await expect(store.rename('board', 'x')).rejects.toThrow('The kept dataset “board” is damaged.');
  });

  it('a dataset imported from CSV or Popolo passes the checks after a reload', async () => {
    const idb = new IDBFactory();
    const store = new DatasetStore(idb);
    for (const file of ['tests/fixtures/board-small.csv', 'tests/fixtures/popolo-house.json']) {
      const r = importFile(file.split('/').pop()!, readFileSync(file));
      if (!r.ok) throw new Error(`fixture ${file} does not import`);
      const rec = await store.put({ dataset: r.dataset, format: r.format, fileName: file, importedAt: '2026-12-01T00:00:00.000Z', warnings: r.problems });
      // Re-importing the same file still finds it the same dataset.
      expect((await store.put({ dataset: r.dataset, format: r.format, fileName: file, importedAt: '2026-12-01T00:00:00.000Z', warnings: r.problems })).key).toBe(rec.key);
    }
    const list = await new DatasetStore(idb).list();
    expect(list.map((d) => d.damaged)).toEqual([false, false]);
  });
});
