import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { DatasetStore } from '../../src/lib/state/dataset-store.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const builtin = JSON.parse(readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8')) as Dataset;
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
const entry = (d: Dataset) => ({ dataset: d, format: 'json' as const, fileName: `${d.id}.json`, importedAt: '2026-11-30T00:00:00.000Z', warnings: [] });

describe('DatasetStore (IndexedDB)', () => {
  it('keeps, lists, renames and deletes datasets; survives a new store on the same database', async () => {
    const idb = new IDBFactory();
    const store = new DatasetStore(idb);
    const a = await store.put(entry(small('board', 'My board')));
    expect(a.key).toBe('board');
    expect(a.title).toBe('My board');
    // a different dataset with the same id gets its own key; the same one replaces itself
    const b = await store.put(entry({ ...small('board', 'Other'), persons: [{ id: 'q', name: { en: 'Q' } }], memberships: [{ id: 'm', person_id: 'q', organization_id: 'b', start_date: '2011' }] }));
    expect(b.key).toBe('board-2');
    expect((await store.put({ ...entry(small('board', 'My board')), importedAt: '2026-11-30T01:00:00.000Z' })).key).toBe('board');
    const renamed = await store.rename('board-2', '  Renamed\u00a0 board ');
    expect(renamed.dataset.title).toEqual({ en: 'Renamed board' });
    // re-importing the same data keeps the new name
    expect((await store.put(entry({ ...renamed.dataset, title: { en: 'Other' } }))).title).toBe('Renamed board');
    const again = new DatasetStore(idb);
    expect((await again.list()).map((d) => [d.key, d.title])).toEqual([
      ['board-2', 'Renamed board'],
      ['board', 'My board'],
    ]);
    await again.delete('board-2');
    expect((await again.list()).map((d) => d.key)).toEqual(['board']);
  });

  it('never uses or deletes the built-in dataset key', async () => {
    const store = new DatasetStore(new IDBFactory());
    const rec = await store.put(entry(builtin));
    expect(rec.key).toBe('quan6-1996-2000-2');
    await expect(store.delete('quan6-1996-2000')).rejects.toThrow('The built-in dataset cannot be deleted.');
    await expect(store.rename(rec.key, '   ')).rejects.toThrow('A dataset name cannot be empty.');
    await expect(store.rename('nope', 'x')).rejects.toThrow('No kept dataset “nope”.');
  });
});
