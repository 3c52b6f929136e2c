/**
 * Checking a record read from the dataset store. Anything can be in IndexedDB (an older version of
 * the app, a browser extension, devtools, a half-written record), so every record is checked when
 * it is read: its own fields (key, title, fileName, importedAt, warnings, format) and its dataset,
 * which goes through the same checks as an import of our JSON format (`importJsonValue`:
 * normalisation, shape, `validateDataset`). A record that passes is a `KeptDataset`; one that does
 * not is a `DamagedDataset`, which keeps the record as it was (to export it raw) and what is wrong.
 * Pure: no IndexedDB, no runes.
 */
import type { Dataset, Lang } from '../model/types.ts';
import { importJsonValue } from '../io/json-format.ts';
import { nothingToDraw } from '../io/drawable.ts';
import { formatImportProblem, type ImportProblem } from '../io/problems.ts';
import type { FoundValue, RecordField } from '../i18n/store-words.ts';

/** One kept dataset as it is written to the store. `key` is the store key (the dataset id, made unique among kept ones). */
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

/** A kept record that passed every check, as `list()` and `get()` return it. */
export type KeptDataset = StoredDataset & { readonly damaged: false };

/** One thing wrong with a kept record. */
export type RecordProblem =
  /** The record is not an object (a text, a number, null, a list…). */
  | { code: 'not-a-record'; found: FoundValue }
  /** One of the record's own fields is missing or of the wrong kind. */
  | { code: 'bad-field'; field: RecordField; found: FoundValue }
  /** The record's `key` is a text but not the key it is stored under. */
  | { code: 'key-mismatch'; key: string; storeKey: string }
  /** A problem of the dataset inside the record, as an import of it would report it. */
  | { code: 'dataset'; problem: ImportProblem }
  /** The checks themselves failed on this record (e.g. a value that refers to itself); `message` is the error's. */
  | { code: 'unreadable'; message: string };

/**
 * A record of the store that does not read as a kept dataset. It is listed (marked as damaged) so
 * the user can export it raw or delete it; it is never opened.
 */
export interface DamagedDataset {
  readonly damaged: true;
  /** The store key as text (for the list and `?dataset=`); unique among the listed entries. */
  key: string;
  /** The record's IndexedDB primary key, to delete it by. */
  storeKey: IDBValidKey;
  /** The record's `fileName` when it is a text, else null. */
  fileName: string | null;
  /** The record's `title` when it is a non-empty text, else null. */
  title: string | null;
  /** What is wrong, at least one. */
  problems: RecordProblem[];
  /** The record exactly as it was read. */
  raw: unknown;
}

/** An entry of the dataset list: a dataset that opens, or a damaged record. */
export type KeptEntry = KeptDataset | DamagedDataset;

const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The kind of a value and a short rendering of it (texts quoted, at most 40 characters). */
export function foundValue(x: unknown): FoundValue {
  const kind: FoundValue['kind'] =
    x === undefined ? 'missing'
    : x === null ? 'null'
    : Array.isArray(x) ? 'array'
    : typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || typeof x === 'object' ? typeof x as FoundValue['kind']
    : 'other';
  let shown = '';
  if (kind === 'string' || kind === 'number' || kind === 'boolean') {
    shown = JSON.stringify(x) ?? '';
    if (shown.length > 40) shown = `${shown.slice(0, 39)}…`;
  }
  return { kind, shown };
}

/** The store key as text: itself when it is a text, else its JSON (`42`, `["a",1]`). */
export function storeKeyText(storeKey: IDBValidKey): string {
  if (typeof storeKey === 'string') return storeKey;
  if (storeKey instanceof Date) return storeKey.toISOString();
  try {
    return JSON.stringify(storeKey) ?? String(storeKey);
  } catch {
    return String(storeKey);
  }
}

const FORMATS = new Set(['json', 'popolo', 'csv']);

/**
 * Whether a warning read back from the store can be listed: the shape of an `ImportProblem`, and
 * `formatImportProblem` says it in both languages without failing.
 */
function isProblem(x: unknown): boolean {
  if (
    !isObj(x) ||
    (x.severity !== 'warning' && x.severity !== 'error') ||
    typeof x.code !== 'string' ||
    typeof x.file !== 'string' ||
    typeof x.message !== 'string' ||
    !isObj(x.params)
  )
    return false;
  try {
    formatImportProblem(x as unknown as ImportProblem, 'vi');
    formatImportProblem(x as unknown as ImportProblem, 'en');
    return true;
  } catch {
    return false;
  }
}

/**
 * Check one record read from the store.
 * @param storeKey the record's IndexedDB primary key
 * @param value the record as read
 * @returns a `KeptDataset` (with the dataset as the import checks return it: normalised) when every
 *   field and the dataset pass; else a `DamagedDataset` listing every problem found (the dataset's
 *   import errors, not its warnings)
 */
export function checkStoredRecord(storeKey: IDBValidKey, value: unknown): KeptEntry {
  try {
    return checkRecord(storeKey, value);
  } catch (e) {
    // Never let one record stop the others from being read.
    const problem: RecordProblem = { code: 'unreadable', message: e instanceof Error ? e.message : String(e) };
    const rec = isObj(value) ? value : {};
    return {
      damaged: true,
      key: storeKeyText(storeKey),
      storeKey,
      fileName: typeof rec.fileName === 'string' ? rec.fileName : null,
      title: typeof rec.title === 'string' && rec.title.trim() !== '' ? rec.title : null,
      problems: [problem],
      raw: value,
    };
  }
}

/** `checkStoredRecord`'s checks; may throw on values no import could produce. */
function checkRecord(storeKey: IDBValidKey, value: unknown): KeptEntry {
  const key = storeKeyText(storeKey);
  const damaged = (problems: RecordProblem[]): DamagedDataset => {
    const rec = isObj(value) ? value : {};
    return {
      damaged: true,
      key,
      storeKey,
      fileName: typeof rec.fileName === 'string' ? rec.fileName : null,
      title: typeof rec.title === 'string' && rec.title.trim() !== '' ? rec.title : null,
      problems,
      raw: value,
    };
  };
  if (!isObj(value)) return damaged([{ code: 'not-a-record', found: foundValue(value) }]);
  const problems: RecordProblem[] = [];
  const bad = (field: RecordField) => problems.push({ code: 'bad-field', field, found: foundValue(value[field]) });
  if (typeof value.key !== 'string' || value.key === '') bad('key');
  else if (value.key !== key) problems.push({ code: 'key-mismatch', key: value.key, storeKey: key });
  if (typeof value.title !== 'string' || value.title.trim() === '') bad('title');
  if (typeof value.fileName !== 'string') bad('fileName');
  if (typeof value.importedAt !== 'string' || Number.isNaN(Date.parse(value.importedAt))) bad('importedAt');
  if (!Array.isArray(value.warnings) || !value.warnings.every(isProblem)) bad('warnings');
  if (typeof value.format !== 'string' || !FORMATS.has(value.format)) bad('format');
  let dataset: Dataset | null = null;
  if (!isObj(value.dataset)) bad('dataset');
  else {
    const file = typeof value.fileName === 'string' && value.fileName !== '' ? value.fileName : key;
    const result = importJsonValue(value.dataset, file);
    const empty = result.ok ? nothingToDraw(result.dataset, file) : null;
    if (result.ok && !empty) dataset = result.dataset;
    else if (empty) problems.push({ code: 'dataset', problem: empty });
    else for (const p of result.problems) if (p.severity === 'error') problems.push({ code: 'dataset', problem: p });
  }
  if (problems.length || !dataset) return damaged(problems);
  const rec = value as unknown as StoredDataset;
  return { ...rec, dataset, damaged: false };
}
