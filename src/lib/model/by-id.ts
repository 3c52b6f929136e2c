/**
 * One lookup helper for every "record by id" map of the model and the importers.
 */

/**
 * A map from each record's `id` to the record, in list order. On duplicate ids the first
 * occurrence wins (later duplicates are ignored; `validateDataset` reports them as
 * `duplicate-id`). Records whose `id` is not a string are skipped.
 *
 * Example: `byId([{ id: 'a', n: 1 }, { id: 'a', n: 2 }]).get('a')` → `{ id: 'a', n: 1 }`.
 * Cost: O(records). Never throws.
 * @param records any list of objects with an `id` (persons, organizations, posts, memberships…)
 * @returns a new `Map`; the records themselves are not copied.
 */
export function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of records) if (typeof r.id === 'string' && !out.has(r.id)) out.set(r.id, r);
  return out;
}
