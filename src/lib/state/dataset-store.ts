/**
 * Datasets the user imported, kept in the browser (IndexedDB, through `idb`), so they are there
 * after a reload or a browser restart. The built-in dataset is not stored here and can never be
 * deleted. Only datasets that passed validation are ever stored (the caller's duty: `put` takes a
 * dataset that `importFile` returned with `ok: true`), but anything may be found there (an older
 * version of the app, devtools, an extension): every record is checked when it is read
 * (`checkStoredRecord`), and one that fails is listed as damaged, never opened, never overwritten.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset } from '../model/types.ts';
import { CodedError, type ErrorParams, type StoreErrorCode } from '../i18n/errors.ts';
import type { DamagedDataset, KeptDataset, KeptEntry, StoredDataset } from './stored-record.ts';

/**
 * `checkStoredRecord` of `stored-record.ts`, loaded when a record is first read: the checks are the
 * JSON importer's (schema, validation), which the page does not load until it is needed.
 */
async function checker(): Promise<typeof import('./stored-record.ts').checkStoredRecord> {
  return (await import('./stored-record.ts')).checkStoredRecord;
}

export type { DamagedDataset, KeptDataset, KeptEntry, StoredDataset } from './stored-record.ts';

/**
 * A failure of the store that the app itself detects, with a code instead of words: the UI says it
 * in its language (`view/errors.ts`). `message` is the English sentence, for logs and the console.
 * Failures of IndexedDB itself (quota, blocked…) are the browser's own errors, not this class.
 */
export class StoreError extends CodedError<StoreErrorCode> {
  /**
   * @param code `no-indexeddb`, `empty-name`, `unknown-dataset` or `damaged-dataset` (params `{ key }`), or
   *   `builtin-undeletable`
   * @param params values for the sentence
   */
  constructor(code: StoreErrorCode, params: ErrorParams = {}) {
    super(code, params);
    this.name = 'StoreError';
  }
}

interface Schema extends DBSchema {
  // What is written; what is read is `unknown` until `checkStoredRecord` has looked at it.
  datasets: { key: string; value: StoredDataset };
}

const DB_NAME = 'committee-history';
const DB_VERSION = 1;

/** Keys that can never be used by an imported dataset (the built-in ones). */
const RESERVED_KEYS = new Set(['quan6-1996-2000']);

/** Whether `raw` (a record as read, anything) holds the same data as `dataset` (`sameData`); false for anything else. */
function isSameRecord(raw: unknown, dataset: Dataset): boolean {
  if (raw === null || typeof raw !== 'object' || !('dataset' in raw)) return false;
  const d = (raw as { dataset: unknown }).dataset;
  if (d === null || typeof d !== 'object') return false;
  try {
    return sameData(d as Dataset, dataset);
  } catch {
    return false;
  }
}

/** Same data, whatever the title (a renamed dataset is still the file it came from). */
function sameData(a: Dataset, b: Dataset): boolean {
  return JSON.stringify({ ...a, title: null }) === JSON.stringify({ ...b, title: null });
}

/**
 * Reads and checks every record somewhere else than in this thread (the page: `store-worker.ts`),
 * as `DatasetStore.list` does, reporting records checked of records found.
 */
export type KeptLister = (progress: (done: number, total: number) => void) => Promise<KeptEntry[]>;

export class DatasetStore {
  #db: Promise<IDBPDatabase<Schema>> | null = null;
  #factory: IDBFactory | undefined;
  #lister: KeptLister | undefined;

  /**
   * @param factory an IndexedDB factory (tests pass `fake-indexeddb`'s); default `globalThis.indexedDB`
   * @param options.lister where `list` reads and checks the records (the page: a Web Worker, so that
   *   checking a large dataset, about a second for 10,000 people, never blocks the page); default here
   */
  constructor(factory?: IDBFactory, options: { lister?: KeptLister } = {}) {
    this.#factory = factory;
    this.#lister = options.lister;
  }

  /**
   * How many records the store holds (not checked: damaged ones count).
   * @throws the browser's error when IndexedDB itself fails; StoreError `no-indexeddb`
   */
  async count(): Promise<number> {
    return (await this.#open()).count('datasets');
  }

  #open(): Promise<IDBPDatabase<Schema>> {
    if (!this.#db) {
      const factory = this.#factory ?? globalThis.indexedDB;
      if (!factory) return Promise.reject(new StoreError('no-indexeddb'));
      // idb's openDB uses the global indexedDB; temporarily point it at the given factory.
      const saved = globalThis.indexedDB;
      if (factory !== saved) (globalThis as { indexedDB: IDBFactory }).indexedDB = factory;
      this.#db = openDB<Schema>(DB_NAME, DB_VERSION, {
        upgrade(db) {
          db.createObjectStore('datasets', { keyPath: 'key' });
        },
      }).finally(() => {
        if (factory !== saved) (globalThis as { indexedDB: IDBFactory }).indexedDB = saved;
      });
    }
    return this.#db;
  }

  /**
   * Every record of the store, checked: the kept datasets that pass, oldest import first, then the
   * damaged records by key. One bad record hides nothing else. Where a lister was given (the
   * page's worker), the records are read and checked there.
   * @param progress called with records checked of records found, after each record
   * @throws the browser's error when IndexedDB itself fails; StoreError `no-indexeddb`
   */
  async list(progress: (done: number, total: number) => void = () => {}): Promise<KeptEntry[]> {
    if (this.#lister) return this.#lister(progress);
    const db = await this.#open();
    const good: KeptDataset[] = [];
    const damaged: DamagedDataset[] = [];
    const records: { key: IDBValidKey; value: unknown }[] = [];
    for (let cur = await db.transaction('datasets').store.openCursor(); cur; cur = await cur.continue()) records.push({ key: cur.primaryKey, value: cur.value as unknown });
    // Checked after the cursor is done: loading the checks must not let the transaction close under it.
    const checkStoredRecord = records.length ? await checker() : null;
    progress(0, records.length);
    for (const [i, { key, value }] of records.entries()) {
      const entry = checkStoredRecord!(key, value);
      if (entry.damaged) damaged.push(entry);
      else good.push(entry);
      progress(i + 1, records.length);
    }
    // A non-text store key (42) reads like a text one ("42"): keep the list's keys unique.
    const keys = new Set(good.map((d) => d.key));
    for (const d of damaged) {
      const base = d.key;
      for (let n = 2; keys.has(d.key); n++) d.key = `${base} (${n})`;
      keys.add(d.key);
    }
    good.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.key.localeCompare(b.key));
    damaged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return [...good, ...damaged];
  }

  /**
   * One record by key, checked (`checkStoredRecord`): a kept dataset, a damaged record, or
   * undefined when there is none.
   */
  async get(key: string): Promise<KeptEntry | undefined> {
    const value = (await (await this.#open()).get('datasets', key)) as unknown;
    return value === undefined ? undefined : (await checker())(key, value);
  }

  /**
   * Keep a validated dataset. Its key is its id, or `<id>-2`, `-3`… when that id is taken by a
   * different dataset, by a damaged record (kept as it is, for the user to rescue) or reserved;
   * re-importing an identical dataset replaces the old entry.
   * @returns the stored record
   * @throws the browser's error when IndexedDB fails (quota…); StoreError `no-indexeddb`
   */
  async put(entry: Omit<StoredDataset, 'key' | 'title'> & { title?: string }): Promise<StoredDataset> {
    const db = await this.#open();
    const base = entry.dataset.id || 'dataset';
    let key = base;
    let previous: StoredDataset | undefined;
    for (let n = 2; ; n++) {
      if (!RESERVED_KEYS.has(key)) {
        const raw = (await db.get('datasets', key)) as unknown;
        if (raw === undefined) break;
        // The same data first (the checks take about a second for 10,000 people): only then is the
        // record checked, to replace a sound one and never a damaged one.
        const same = isSameRecord(raw, entry.dataset);
        if (same && !(await checker())(key, raw).damaged) {
          previous = raw as StoredDataset;
          break;
        }
      }
      key = `${base}-${n}`;
    }
    // Re-importing the same data keeps the name the user gave it.
    const dataset = previous ? previous.dataset : entry.dataset;
    const title =
      entry.title ?? previous?.title ?? (entry.dataset.title.vi || entry.dataset.title.en || Object.values(entry.dataset.title).find(Boolean) || key);
    const record: StoredDataset = { ...entry, dataset, key, title };
    await this.#write(db, record);
    return record;
  }

  /** Write a record (a store made with out-of-line keys, by anything else, gets the key given). */
  async #write(db: IDBPDatabase<Schema>, record: StoredDataset): Promise<void> {
    const tx = db.transaction('datasets', 'readwrite');
    await (tx.store.keyPath === null ? tx.store.put(record, record.key) : tx.store.put(record));
    await tx.done;
  }

  /**
   * Rename a kept dataset: the list's name and the dataset's title (every language it has), so the
   * header, the chart and exports say the new name. Empty names are refused.
   * @returns the updated record
   * @throws StoreError `empty-name` (nothing left after trimming), `unknown-dataset` (no such key),
   *   `damaged-dataset` (the record does not pass the checks), `no-indexeddb`
   */
  async rename(key: string, title: string): Promise<StoredDataset> {
    const t = title.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (t === '') throw new StoreError('empty-name');
    const db = await this.#open();
    const raw = (await db.get('datasets', key)) as unknown;
    if (raw === undefined) throw new StoreError('unknown-dataset', { key });
    if ((await checker())(key, raw).damaged) throw new StoreError('damaged-dataset', { key });
    const rec = raw as StoredDataset;
    const langs = Object.keys(rec.dataset.title);
    const newTitle = Object.fromEntries((langs.length ? langs : ['vi']).map((l) => [l, t]));
    const updated: StoredDataset = { ...rec, title: t, dataset: { ...rec.dataset, title: newTitle } };
    await this.#write(db, updated);
    return updated;
  }

  /**
   * Delete a kept record, damaged or not, by its store key (a damaged record's `storeKey` may be
   * something else than a text). The built-in dataset cannot be deleted.
   * @throws StoreError `builtin-undeletable`, `no-indexeddb`
   */
  async delete(key: IDBValidKey): Promise<void> {
    if (typeof key === 'string' && RESERVED_KEYS.has(key)) throw new StoreError('builtin-undeletable');
    await (await this.#open()).delete('datasets', key as string);
  }
}
