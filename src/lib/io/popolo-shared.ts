/**
 * What the Popolo import and export (`popolo-import.ts`, `popolo-export.ts`) share: the names of
 * our extra fields, the kept-extras shape, and small JSON helpers.
 */
import type { LangString } from '../model/types.ts';
import { TERM_CLASSIFICATION } from '../model/terms.ts';

/** The key of our extra fields on each Popolo record and at the top level. */
export const NS = 'committee_history';
/** Popolo/EveryPolitician classification of a term event (our term annotations keep it: `model/terms.ts`). */
export const TERM = TERM_CLASSIFICATION;

/** A JSON object. */
export type Obj = Record<string, unknown>;
/** The Popolo collections. */
export type Coll = 'persons' | 'organizations' | 'posts' | 'memberships' | 'events';

/**
 * Popolo fields with no counterpart in our format, kept (in the dataset's `popolo` field) so that
 * exporting an imported plain Popolo file gives them back:
 * - `top`: top-level keys other than the five collections and `committee_history` (e.g. `areas`, `meta`);
 * - `records[collection][id]`: per record, the original value of each field the export would
 *   otherwise write differently or not at all;
 * - `events_order`: the original order of `events` ids, when the export's order differs;
 * - `events_unmapped`: events that are no step or term (no `start_date`), kept verbatim;
 * - `annotation_events`: ids of the annotations that were events of the file other than terms
 *   (events that change no membership, e.g. the general elections of other terms); the export
 *   writes them back as events, marked `committee_history.record: "annotation"`.
 */
export type PopoloExtras = {
  annotation_events?: string[];
  top?: Obj;
  records?: Partial<Record<Coll, Record<string, Obj>>>;
  events_order?: string[];
  events_unmapped?: Obj[];
};

/** A JSON object (not null, not an array). */
export const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
/** `x` when it is a string, else undefined. */
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** JSON deep equality (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Copies the fields of `r` named in `keys` that are not undefined. */
export function pick(r: object, keys: readonly string[]): Obj {
  const o: Obj = {};
  for (const k of keys) {
    const x = (r as Obj)[k];
    if (x !== undefined) o[k] = x;
  }
  return o;
}

/**
 * A date as Popolo's fields accept it (the schemas' pattern: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`): our
 * partial date without the `?` of an uncertain date (`"1999?"` → `"1999"`, `"1996-06"` unchanged).
 * The full date, when it differs, travels under `committee_history` (`putPopoloDate`).
 */
export const bareDate = (d: string): string => d.replace(/\?$/, '');

/**
 * Writes `date` into the Popolo field `key` of `out` as a bare date (`bareDate`), and, when that
 * loses something (the `?` of an uncertain date), the date as written under `ns[nsKey]`, where the
 * import reads it back first.
 */
export function putPopoloDate(out: Obj, ns: Obj, key: string, date: string, nsKey: string = key): void {
  const bare = bareDate(date);
  out[key] = bare;
  if (bare !== date) ns[nsKey] = date;
}

/** Our provenance fields, carried under NS on every Popolo record. */
export const PROVENANCE = ['certainty', 'basis', 'note', 'citations'] as const;

/** The objects of a list (anything else is skipped); [] when `x` is not a list. */
export const arr = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObj) : []);
/** A record's NS object, or {}. */
export const nsOf = (r: Obj): Obj => {
  const n = r[NS];
  return isObj(n) ? n : {};
};
/** `x` as a label when it is an object. */
export const lsOf = (x: unknown): LangString | undefined => (isObj(x) ? (x as LangString) : undefined);
