/**
 * Datasets the user imported, kept in the browser (IndexedDB, through `idb`), so they are there
 * after a reload or a browser restart. The built-in dataset is not stored here and can never be
 * deleted. Only datasets that passed validation are ever stored (the caller's duty: `put` takes a
 * dataset that `importFile` returned with `ok: true`).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset } from '../model/types.ts';
import type { ImportProblem } from '../io/problems.ts';
import { ERROR_SENTENCES, type ErrorParams, type StoreErrorCode } from '../i18n/errors.ts';

/**
 * A failure of the store that the app itself detects, with a code instead of words: the UI says it
 * in its language (`view/errors.ts`). `message` is the English sentence, for logs and the console.
 * Failures of IndexedDB itself (quota, blocked…) are the browser's own errors, not this class.
 */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly params: ErrorParams;

  /**
   * @param code `no-indexeddb`, `empty-name`, `unknown-dataset` (params `{ key }`) or `builtin-undeletable`
   * @param params values for the sentence
   */
  constructor(code: StoreErrorCode, params: ErrorParams = {}) {
    super(ERROR_SENTENCES.en[code](params));
    this.name = 'StoreError';
    this.code = code;
    this.params = params;
  }
}

/** One kept dataset. `key` is the store key (the dataset id, made unique among kept ones). */
export interface StoredDataset {
  key: string;
  /** Title shown in the list (the user may rename it; the dataset's own title is kept as it was). */
  title: string;
  dataset: Dataset;
  format: 'json' | 'popolo' | 'csv';
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Warnings of the import, still listed after a reload. */
  warnings: ImportProblem[];
}

interface Schema extends DBSchema {
  datasets: { key: string; value: StoredDataset };
}

const DB_NAME = 'committee-history';
const DB_VERSION = 1;

/** Keys that can never be used by an imported dataset (the built-in ones). */
const RESERVED_KEYS = new Set(['quan6-1996-2000']);

/** Same data, whatever the title (a renamed dataset is still the file it came from). */
function sameData(a: Dataset, b: Dataset): boolean {
  return JSON.stringify({ ...a, title: null }) === JSON.stringify({ ...b, title: null });
}

export class DatasetStore {
  #db: Promise<IDBPDatabase<Schema>> | null = null;
  #factory: IDBFactory | undefined;

  /** @param factory an IndexedDB factory (tests pass `fake-indexeddb`'s); default `globalThis.indexedDB` */
  constructor(factory?: IDBFactory) {
    this.#factory = factory;
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

  /** Every kept dataset, oldest import first. */
  async list(): Promise<StoredDataset[]> {
    const all = await (await this.#open()).getAll('datasets');
    return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.key.localeCompare(b.key));
  }

  async get(key: string): Promise<StoredDataset | undefined> {
    return (await this.#open()).get('datasets', key);
  }

  /**
   * Keep a validated dataset. Its key is its id, or `<id>-2`, `-3`… when that id is taken by a
   * different dataset or reserved; re-importing an identical dataset replaces the old entry.
   * @returns the stored record
   */
  async put(entry: Omit<StoredDataset, 'key' | 'title'> & { title?: string }): Promise<StoredDataset> {
    const db = await this.#open();
    const base = entry.dataset.id || 'dataset';
    let key = base;
    for (let n = 2; ; n++) {
      if (!RESERVED_KEYS.has(key)) {
        const existing = await db.get('datasets', key);
        if (!existing || sameData(existing.dataset, entry.dataset)) break;
      }
      key = `${base}-${n}`;
    }
    const previous = await db.get('datasets', key);
    // Re-importing the same data keeps the name the user gave it.
    const dataset = previous ? previous.dataset : entry.dataset;
    const title =
      entry.title ?? previous?.title ?? (entry.dataset.title.vi || entry.dataset.title.en || Object.values(entry.dataset.title).find(Boolean) || key);
    const record: StoredDataset = { ...entry, dataset, key, title };
    await db.put('datasets', record);
    return record;
  }

  /**
   * Rename a kept dataset: the list's name and the dataset's title (every language it has), so the
   * header, the chart and exports say the new name. Empty names are refused.
   * @returns the updated record
   * @throws StoreError `empty-name` (nothing left after trimming), `unknown-dataset` (no such key),
   *   `no-indexeddb`
   */
  async rename(key: string, title: string): Promise<StoredDataset> {
    const t = title.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (t === '') throw new StoreError('empty-name');
    const db = await this.#open();
    const rec = await db.get('datasets', key);
    if (!rec) throw new StoreError('unknown-dataset', { key });
    const langs = Object.keys(rec.dataset.title);
    const newTitle = Object.fromEntries((langs.length ? langs : ['vi']).map((l) => [l, t]));
    const updated: StoredDataset = { ...rec, title: t, dataset: { ...rec.dataset, title: newTitle } };
    await db.put('datasets', updated);
    return updated;
  }

  /**
   * Delete a kept dataset. The built-in dataset cannot be deleted.
   * @throws StoreError `builtin-undeletable`, `no-indexeddb`
   */
  async delete(key: string): Promise<void> {
    if (RESERVED_KEYS.has(key)) throw new StoreError('builtin-undeletable');
    await (await this.#open()).delete('datasets', key);
  }
}
