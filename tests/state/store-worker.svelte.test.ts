/**
 * The kept datasets are read and checked off the page's thread (the store worker), as the page's
 * task with a bar and no Cancel: what the worker answers (`answerList`), how the page relays it
 * (`workerLister`), and the app state at start with a store whose listing takes its time. Nothing
 * kept is left out: a damaged record is listed too.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { DatasetStore, StoreError, type KeptEntry } from '../../src/lib/state/dataset-store.ts';
import { answerList } from '../../src/lib/state/store-answer.ts';
import { workerLister } from '../../src/lib/state/store-worker-client.ts';
import type { StoreReply } from '../../src/lib/state/store-messages.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
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
const entry = (d: Dataset, at: string) => ({ dataset: d, format: 'json' as const, fileName: `${d.id}.json`, importedAt: at, warnings: [] });

/** A store holding `a`, `b` and a record whose dataset has no memberships (damaged). */
async function threeRecords(): Promise<IDBFactory> {
  const idb = new IDBFactory();
  const store = new DatasetStore(idb);
  await store.put(entry(small('a'), '2026-11-30T00:00:00.000Z'));
  await store.put(entry(small('b'), '2026-11-30T01:00:00.000Z'));
  await store.put(entry({ ...small('c'), memberships: [] }, '2026-11-30T02:00:00.000Z'));
  return idb;
}

describe('the store worker', () => {
  it('answers with records checked of records found, then every entry, the damaged one too', async () => {
    const store = new DatasetStore(await threeRecords());
    expect(await store.count()).toBe(3);
    const posted: StoreReply[] = [];
    await answerList(store, (m) => posted.push(m));
    expect(posted.filter((m) => m.kind === 'progress').map((m) => m.kind === 'progress' && [m.done, m.total])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const last = posted.at(-1)!;
    expect(last.kind).toBe('done');
    const entries = last.kind === 'done' ? last.entries : [];
    expect(entries.map((e) => [e.key, e.damaged])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
    // what the worker posts survives a structured clone (it crosses to the page as one)
    expect(structuredClone(entries).map((e) => e.key)).toEqual(['a', 'b', 'c']);
  });

  it('answers a failure with the StoreError code, and never throws', async () => {
    const posted: StoreReply[] = [];
    await answerList({ list: () => Promise.reject(new StoreError('no-indexeddb')) }, (m) => posted.push(m));
    expect(posted).toEqual([{ kind: 'failed', name: 'StoreError', message: new StoreError('no-indexeddb').message, code: 'no-indexeddb' }]);
  });
});

/** A stand-in for the store worker: answers a `list` request with `replies`, in order. */
class FakeWorker {
  onmessage: ((e: MessageEvent<StoreReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(readonly replies: StoreReply[]) {}
  postMessage(m: unknown) {
    expect(m).toEqual({ op: 'list' });
    queueMicrotask(() => {
      for (const r of this.replies) this.onmessage?.({ data: r } as MessageEvent<StoreReply>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('workerLister (the page side)', () => {
  it('relays progress, resolves with the entries and ends the worker', async () => {
    const entries = [{ key: 'x' }] as unknown as KeptEntry[];
    const w = new FakeWorker([{ kind: 'progress', done: 0, total: 1 }, { kind: 'progress', done: 1, total: 1 }, { kind: 'done', entries }]);
    const seen: [number, number][] = [];
    const out = await workerLister(() => w as unknown as Worker)((d, t) => seen.push([d, t]));
    expect(out).toBe(entries);
    expect(seen).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(w.terminated).toBe(true);
  });

  it('rejects with the StoreError the worker met (its code kept), or the browser error by name', async () => {
    const coded = new FakeWorker([{ kind: 'failed', name: 'StoreError', message: 'x', code: 'no-indexeddb' }]);
    const e1 = await workerLister(() => coded as unknown as Worker)(() => {}).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(StoreError);
    expect((e1 as StoreError).code).toBe('no-indexeddb');
    const quota = new FakeWorker([{ kind: 'failed', name: 'QuotaExceededError', message: 'full', code: null }]);
    const e2 = await workerLister(() => quota as unknown as Worker)(() => {}).catch((e: unknown) => e);
    expect([(e2 as Error).name, (e2 as Error).message]).toEqual(['QuotaExceededError', 'full']);
    expect(coded.terminated && quota.terminated).toBe(true);
  });
});

let apps: AppState[] = [];
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
});

describe('the app at start with kept datasets', () => {
  it('checks them as the page task (a bar, no Cancel), then lists every one and opens the one the address names', async () => {
    const idb = await threeRecords();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inner = new DatasetStore(idb);
    // A lister that takes its time, as the worker does with a large dataset.
    const store = new DatasetStore(idb, {
      lister: async (progress) => {
        progress(0, 3);
        await gate;
        return inner.list(progress);
      },
    });
    const app = new AppState(builtin, '?dataset=b&lang=en', { store, reducedMotion: () => true });
    apps.push(app);
    const started = app.init('?dataset=b&lang=en');
    await new Promise((r) => setTimeout(r, 20));
    flushSync();
    expect(app.task.running).toBe(true);
    expect(app.task.cancellable).toBe(false);
    expect(app.task.label).toBe(STRINGS.en.checkingKept);
    expect([app.task.done, app.task.total]).toEqual([0, 3]);
    expect(app.datasetKey).toBe(builtin.id); // the built-in dataset meanwhile, and the page answers
    release();
    await started;
    flushSync();
    expect(app.task.running).toBe(false);
    expect(app.kept.map((k) => [k.key, k.damaged])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
    ]);
    expect(app.datasetKey).toBe('b');
    expect(app.urlNotices).toEqual([]);
  });

  it('with nothing kept, no bar', async () => {
    const app = new AppState(builtin, '', { store: new DatasetStore(new IDBFactory()), reducedMotion: () => true });
    apps.push(app);
    let sawTask = false;
    const started = app.init('');
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      sawTask ||= app.task.running;
    }
    await started;
    expect(sawTask).toBe(false);
    expect(app.kept).toEqual([]);
  });
});

describe('after an import', () => {
  it('the list takes the record just kept without reading and checking every record again', async () => {
    const idb = await threeRecords();
    const inner = new DatasetStore(idb);
    let listings = 0;
    const store = new DatasetStore(idb, { lister: (progress) => (listings++, inner.list(progress)) });
    const app = new AppState(builtin, '', { store, reducedMotion: () => true });
    apps.push(app);
    await app.init('');
    expect(listings).toBe(1);
    const file = new File([JSON.stringify({ ...small('d'), title: { en: 'Board d' } })], 'd.json', { type: 'application/json' });
    await app.importFiles([file]);
    flushSync();
    expect(listings).toBe(1);
    expect(app.datasetKey).toBe('d');
    expect(app.kept.map((k) => [k.key, k.damaged])).toEqual([
      ['a', false],
      ['b', false],
      ['d', false],
      ['c', true],
    ]);
    // the same list as the store's own, read again
    expect((await inner.list()).map((k) => k.key)).toEqual(app.kept.map((k) => k.key));
  });
});
