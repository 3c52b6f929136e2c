/**
 * Areas (constituencies) of memberships, as an imported plain Popolo file gives them: the
 * membership's `area_id` (kept, with the file's `areas` list, in the dataset's `popolo` field by
 * `io/popolo.ts`), named by the area's `name`. Our own format has no areas; a post's label plays
 * that part there.
 */
import type { Dataset } from './types.ts';

const cache = new WeakMap<object, ReadonlyMap<string, string>>();
const EMPTY: ReadonlyMap<string, string> = new Map();

const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * The area name of each membership that has one, by membership id. An area without a name (or a
 * name that is not a string) is named by its id.
 * @returns an empty map for a dataset without Popolo areas; memoised per dataset object
 */
export function membershipAreas(dataset: Pick<Dataset, 'popolo'>): ReadonlyMap<string, string> {
  const p = dataset.popolo;
  if (!isObj(p)) return EMPTY;
  const hit = cache.get(dataset);
  if (hit) return hit;
  const names = new Map<string, string>();
  const areas = isObj(p.top) ? p.top.areas : undefined;
  if (Array.isArray(areas)) {
    for (const a of areas) if (isObj(a) && typeof a.id === 'string') names.set(a.id, typeof a.name === 'string' && a.name.trim() !== '' ? a.name : a.id);
  }
  const out = new Map<string, string>();
  const records = isObj(p.records) ? p.records.memberships : undefined;
  if (isObj(records)) {
    for (const [mid, rec] of Object.entries(records)) {
      if (isObj(rec) && typeof rec.area_id === 'string') out.set(mid, names.get(rec.area_id) ?? rec.area_id);
    }
  }
  cache.set(dataset, out);
  return out;
}

/** The area of the first of `membershipIds` that has one, or ''. */
export function areaOf(areas: ReadonlyMap<string, string>, membershipIds: readonly string[]): string {
  for (const id of membershipIds) {
    const a = areas.get(id);
    if (a) return a;
  }
  return '';
}
