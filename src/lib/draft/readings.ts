/**
 * The by-election's other readings (issue 12's machinery on a draft): when the counts allow several
 * assignments of posts to origins (`model/readings-derive.ts`), the draft is built once per reading
 * with that assignment forced, and each becomes a `Reading` of an `Alternative` replacing the
 * memberships in which the readings differ. The convention's reading is the default. Pure.
 */
import type { Alternative, Dataset, LangString, Membership, Person, Reading } from '../model/types.ts';
import type { Origin } from '../model/readings-derive.ts';
import type { Facts } from './facts.ts';
import type { DraftDatasetWords } from './words.ts';
import { buildDraft, type Built } from './build.ts';
import { DRAFT_SOURCE_ID } from './cite.ts';
import { assembleDataset, type DatasetHead } from './assemble.ts';

/** The most readings listed for one by-election (the first ones in `deriveReadings`' order, the default always). */
export const MAX_DRAFT_READINGS = 24;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The alternatives of every by-election of `built` that allows several readings, read from
 * `defaultDataset` (the draft's dataset) and a rebuild per reading. [] when there is none.
 */
export function draftAlternatives(facts: Facts, w: DraftDatasetWords, built: Built, head: DatasetHead, defaultDataset: Dataset): Alternative[] {
  const out: Alternative[] = [];
  for (const be of built.byElections) {
    const others = be.readings.filter((r) => !same(r, be.chosen)).slice(0, MAX_DRAFT_READINGS - 1);
    const variants = others.map((origins) => ({ origins, dataset: assembleDataset(head, buildDraft(facts, w, built.language, { forced: new Map([[be.eventId, origins]]) }).records) }));
    const byId = new Map(defaultDataset.memberships.map((m) => [m.id, m]));
    const replaces = new Set<string>();
    for (const v of variants) {
      const ids = new Map(v.dataset.memberships.map((m) => [m.id, m]));
      for (const m of defaultDataset.memberships) if (!same(ids.get(m.id), m)) replaces.add(m.id);
    }
    if (!replaces.size) continue;
    const personsById = new Map(defaultDataset.persons.map((p) => [p.id, p]));
    const readingOf = (origins: Origin[], i: number, ds: Dataset | null): Reading => {
      const label = w.readingLabel(be.posts.map((p, k) => ({ post: p.label, origin: origins[k]! })));
      if (!ds) return { id: `${be.eventId}-r1`, label, basis: w.basis.readingDefault(be.paragraph), default: true };
      const memberships: Membership[] = ds.memberships.filter((m) => replaces.has(m.id) || !byId.has(m.id) || !same(byId.get(m.id), m));
      const persons: Person[] = ds.persons.filter((p) => !same(personsById.get(p.id), p));
      return { id: `${be.eventId}-r${i + 2}`, label, basis: w.basis.reading(be.paragraph), memberships, ...(persons.length ? { persons } : {}) };
    };
    const readings: Reading[] = [readingOf(be.chosen, -1, null), ...variants.map((v, i) => readingOf(v.origins, i, v.dataset))];
    const eventLabel: LangString = defaultDataset.events.find((e) => e.id === be.eventId)?.label ?? {};
    out.push({
      id: `${be.eventId}-posts`,
      event_id: be.eventId,
      label: w.alternativeLabel(eventLabel),
      basis: w.basis.alternative(be.readings.length, be.paragraph),
      replaces: defaultDataset.memberships.filter((m) => replaces.has(m.id)).map((m) => m.id),
      readings,
      citations: [{ source_id: DRAFT_SOURCE_ID, locator: `para ${be.paragraph}` }],
    });
  }
  return out;
}
