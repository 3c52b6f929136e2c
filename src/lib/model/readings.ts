/**
 * Readings: the alternative ways a source allows to read an inferred part of a dataset
 * (`Dataset.alternatives`, see `types.ts` and `data/README.md`). Pure.
 */
import type { Alternative, Dataset, Reading } from './types.ts';

/** Every reading of the dataset with its alternative, in file order. */
export function readingsOf(dataset: Dataset): { alternative: Alternative; reading: Reading }[] {
  return (dataset.alternatives ?? []).flatMap((alternative) => alternative.readings.map((reading) => ({ alternative, reading })));
}

/** The reading with id `id`, or null when the dataset has none by that id. */
export function findReading(dataset: Dataset, id: string): { alternative: Alternative; reading: Reading } | null {
  return readingsOf(dataset).find((r) => r.reading.id === id) ?? null;
}

/** The default reading of an alternative (the first marked `default`, else the first). */
export function defaultReading(alternative: Alternative): Reading | undefined {
  return alternative.readings.find((r) => r.default === true) ?? alternative.readings[0];
}

/**
 * The dataset as reading `id` tells it: the memberships of its alternative's `replaces` are taken
 * out and the reading's memberships put in (after the last of them, in the reading's order); the
 * reading's persons and posts replace those of the same id, or are added. A reading's membership
 * that says no `certainty` is inferred, with the reading's `basis` (a reading is an inference; one
 * that every reading shares because the counts force it says `"stated"`). The default reading, null,
 * or an id the dataset does not have give the dataset itself (the same object).
 * @param dataset a dataset (not modified)
 * @param id a reading id (`Reading.id`), or null for the default
 * @returns a new dataset (its arrays new, its records shared) or `dataset`
 */
export function applyReading(dataset: Dataset, id: string | null): Dataset {
  if (id === null) return dataset;
  const found = findReading(dataset, id);
  if (!found || found.reading.default === true || !found.reading.memberships) return dataset;
  const { alternative, reading } = found;
  const out = new Set(alternative.replaces);
  const own = reading.memberships!.map((m) => (m.certainty === undefined ? { ...m, certainty: 'inferred' as const, basis: m.basis ?? reading.basis } : m));
  const memberships = [];
  let placed = false;
  const lastOut = dataset.memberships.reduce((at, m, i) => (out.has(m.id) ? i : at), -1);
  for (let i = 0; i < dataset.memberships.length; i++) {
    const m = dataset.memberships[i]!;
    if (!out.has(m.id)) memberships.push(m);
    if (i === lastOut) {
      memberships.push(...own);
      placed = true;
    }
  }
  if (!placed) memberships.push(...own);
  return {
    ...dataset,
    memberships,
    persons: replaceById(dataset.persons, reading.persons),
    posts: replaceById(dataset.posts, reading.posts),
  };
}

/** `list` with the records of `by` replacing those of the same id, the others of `by` added at the end. */
function replaceById<T extends { id: string }>(list: T[], by: T[] | undefined): T[] {
  if (!by || by.length === 0) return list;
  const byId = new Map(by.map((r) => [r.id, r]));
  const out = list.map((r) => byId.get(r.id) ?? r);
  const had = new Set(list.map((r) => r.id));
  for (const r of by) if (!had.has(r.id)) out.push(r);
  return out;
}
