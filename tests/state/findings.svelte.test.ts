/**
 * The app state's findings: an import with findings loads, keeps them with the dataset in the store
 * and shows them grouped by kind (`app.findings`) in the UI language; another dataset opened has its
 * own (none for the built-in one); the kept dataset reopened, or read again by a new session, shows
 * them again. A refused file leaves the dataset (and its findings) as they were.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { DatasetStore } from '../../src/lib/state/dataset-store.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import epJson from '../fixtures/ep-legislature.json';

const builtin = builtinDataset(builtinJson);
const EP = JSON.stringify(epJson);
const KINDS = [
  ['over-seats', 1],
  ['end-before-term', 1],
  ['dates-from-term', 2],
  ['person-without-membership', 1],
];

let apps: AppState[] = [];
async function make(idb: IDBFactory, search = '?lang=en'): Promise<AppState> {
  const app = new AppState(builtin, search, { store: new DatasetStore(idb), reducedMotion: () => true });
  apps.push(app);
  await app.init(search);
  flushSync();
  return app;
}
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
});

describe('findings in the app state', () => {
  it('an import with findings loads and lists them by kind; they come back when the dataset is reopened, also in a new session', async () => {
    const idb = new IDBFactory();
    const app = await make(idb);
    expect(app.findings).toEqual([]);
    await app.importFiles([new File([EP], 'ep-legislature.json', { type: 'application/json' })]);
    flushSync();
    expect(app.importReport?.ok).toBe(true);
    expect(app.dataset.memberships).toHaveLength(13);
    expect(app.findings.map((g) => [g.code, g.count])).toEqual(KINDS);
    expect(app.findings[0]!.heading).toBe('More members than seats (1)');
    app.lang = 'vi';
    flushSync();
    expect(app.findings[0]!.heading).toBe('Nhiều thành viên hơn số ghế (1)');
    expect(app.findingWords?.title).toBe('Những điều cần xem lại trong dữ liệu');
    const key = app.datasetKey;
    app.openDataset(builtin.id);
    flushSync();
    expect(app.findings).toEqual([]);
    expect(app.importReport).toBeNull();
    app.openDataset(key);
    flushSync();
    expect(app.findings.map((g) => [g.code, g.count])).toEqual(KINDS);
    // A new session reads the kept dataset with its findings.
    const again = await make(idb, `?lang=en&dataset=${encodeURIComponent(key)}`);
    expect(again.datasetKey).toBe(key);
    expect(again.findings.map((g) => [g.code, g.count])).toEqual(KINDS);
  });

  it('a refused file leaves the dataset on screen and its findings as they were', async () => {
    const app = await make(new IDBFactory());
    await app.importFiles([new File([EP], 'ep-legislature.json', { type: 'application/json' })]);
    await app.importFiles([new File(['{"format": "committee-history", '], 'broken.json', { type: 'application/json' })]);
    flushSync();
    expect(app.importReport?.ok).toBe(false);
    expect(app.importReport?.problems.map((p) => p.code)).toEqual(['bad-json']);
    expect(app.findings.map((g) => [g.code, g.count])).toEqual(KINDS);
  });
});
