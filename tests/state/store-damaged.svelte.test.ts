/**
 * The app state with damaged records in the store: the good kept datasets stay listed and open,
 * opening a damaged one (from the list or by `?dataset=`) gives a notice and leaves the app usable,
 * and a store failure goes away with the next store operation that succeeds.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { DatasetStore, type StoredDataset } from '../../src/lib/state/dataset-store.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import type { Dataset } from '../../src/lib/model/types.ts';

const builtin = builtinDataset(builtinJson);
const small = (id: string): Dataset => ({
  format: 'committee-history',
  format_version: 1,
  id,
  title: { en: `Board ${id}` },
  sources: [],
  organizations: [{ id: 'b', name: { en: 'Board' }, seats: 3 }],
  persons: [{ id: 'p', name: { en: 'Pat' } }],
  posts: [],
  memberships: [{ id: 'm', person_id: 'p', organization_id: 'b', start_date: '2010' }],
  events: [],
  claims: [],
  annotations: [],
});
const record = (key: string, dataset: unknown = small(key)) => ({
  key,
  title: `Board ${key}`,
  dataset,
  format: 'json',
  fileName: `${key}.json`,
  importedAt: '2026-11-30T00:00:00.000Z',
  warnings: [],
});

/** Records written straight into the app's database, as the app makes it (`keyPath: 'key'`). */
async function writeRaw(factory: IDBFactory, records: unknown[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open('committee-history', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('datasets', { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('datasets', 'readwrite');
    for (const r of records) tx.objectStore('datasets').put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** A store with one good dataset (`good`) and one with no memberships (`nomem`). */
async function damagedStore(): Promise<DatasetStore> {
  const idb = new IDBFactory();
  const { memberships: _m, ...nomem } = small('nomem');
  await writeRaw(idb, [record('good'), record('nomem', nomem)]);
  return new DatasetStore(idb);
}

/** A store whose first save fails as a full disk does. */
class FullOnce extends DatasetStore {
  failures = 1;
  override async put(entry: Parameters<DatasetStore['put']>[0]): Promise<StoredDataset> {
    if (this.failures-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.put(entry);
  }
}

let apps: AppState[] = [];
function make(store: DatasetStore, search = ''): AppState {
  const app = new AppState(builtin, search, { store, reducedMotion: () => true });
  apps.push(app);
  flushSync();
  return app;
}
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
});

/** The app still works: the chart steps and search finds members. */
function expectUsable(app: AppState): void {
  app.setStep(app.step + 1);
  flushSync();
  expect(app.step).toBe(1);
  expect(app.scene.step).toBe(1);
  app.query = 'bi thu';
  flushSync();
  expect(app.matches.size).toBeGreaterThan(0);
  app.query = '';
}

describe('damaged kept datasets in the app', () => {
  it('?dataset=<damaged key> keeps the built-in dataset, says why, and the app keeps working', async () => {
    const app = make(await damagedStore(), '?dataset=nomem&lang=en');
    await app.init('?dataset=nomem&lang=en');
    flushSync();
    expect(app.kept.map((d) => [d.key, d.damaged])).toEqual([
      ['good', false],
      ['nomem', true],
    ]);
    expect(app.datasetKey).toBe(builtin.id);
    expect(app.dataset).toBe(builtin);
    expect(app.notices).toEqual([
      'The dataset “nomem” in this browser is damaged and cannot be opened: File “nomem.json”, at /memberships: the required field “memberships” is missing; expected a list. To fix: Add the missing field to the record. The dataset on screen is unchanged; the dataset list can export its raw JSON or delete it.',
    ]);
    app.setLang('vi');
    flushSync();
    expect(app.notices[0]).toMatch(/^Bộ dữ liệu “nomem” trong trình duyệt này bị hỏng nên không mở được: Tệp “nomem\.json”/);
    expect(app.storeError).toBeNull();
    expectUsable(app);
    // The address bar does not keep pointing at the damaged dataset.
    expect(app.urlSearch('?dataset=nomem')).not.toContain('dataset=');
  });

  it('opening a damaged one from the list gives a notice (once); the good one opens; delete removes the damaged one', async () => {
    const app = make(await damagedStore());
    await app.init('');
    app.openDataset('good');
    flushSync();
    expect(app.datasetKey).toBe('good');
    app.openDataset('nomem');
    app.openDataset('nomem');
    flushSync();
    expect(app.datasetKey).toBe('good');
    expect(app.dataset.id).toBe('good');
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]).toContain('“nomem”');
    const damaged = app.kept.find((d) => d.damaged)!;
    expect(damaged.damaged && app.damagedText(damaged)).toEqual(['Tệp “nomem.json”, tại /memberships: thiếu trường bắt buộc “memberships”; cần một danh sách. Cách sửa: Thêm trường còn thiếu vào bản ghi.']);
    app.openDataset(builtin.id);
    flushSync();
    expectUsable(app);
    await app.deleteDataset('nomem');
    flushSync();
    expect(app.kept.map((d) => d.key)).toEqual(['good']);
    expect(app.notices).toEqual([]);
    expect(app.storeFailure).toBeNull();
  });

  it('a store failure clears after a later save succeeds', async () => {
    const app = make(new FullOnce(new IDBFactory()), '?lang=en');
    await app.init('?lang=en');
    const file = (id: string) => new File([JSON.stringify(small(id))], `${id}.json`, { type: 'application/json' });
    await app.importFiles([file('first')]);
    flushSync();
    expect(app.storeError).toBe('Could not keep it in this browser: The quota has been exceeded.');
    // Not kept, still shown.
    expect(app.dataset.id).toBe('first');
    await app.importFiles([file('second')]);
    flushSync();
    expect(app.storeFailure).toBeNull();
    expect(app.storeError).toBeNull();
    expect(app.kept.map((d) => d.key)).toEqual(['second']);
    // A failed rename, then a successful one.
    await app.renameDataset('second', '  ');
    expect(app.storeError).not.toBeNull();
    await app.renameDataset('second', 'Renamed');
    expect(app.storeError).toBeNull();
  });
});
