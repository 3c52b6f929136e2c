/**
 * Writes the readings of the 1999 by-election into the built-in dataset (`data/quan6-1996-2000.json`):
 * the default reading's records (the usual succession, `defaultRecords`) in place of the dataset's
 * own records of the same ids, the notes of the seats the counts force, and the top-level
 * `alternatives` (after `notes`, at the end of the file) with the 12 readings. Idempotent.
 * Usage: `npx tsx scripts/builtin-readings.ts [--check]` (`--check`: exit 1 when the file would change).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Dataset } from '../src/lib/model/types.ts';
import { buildAlternative, defaultRecords, NEWCOMER_BCH_NOTE, PEOPLE, RAISED_PERSON_NOTE, REPLACES, SITTING_BCH_NOTE } from './builtin-readings/build.ts';

const FILE = new URL('../data/quan6-1996-2000.json', import.meta.url);

/**
 * The dataset with the by-election's records and readings written in.
 * @throws {Error} when a record the readings replace is missing
 */
export function withReadings(input: Dataset): Dataset {
  const d: Dataset = structuredClone(input);
  const { memberships, persons } = defaultRecords();
  const ids = memberships.map((m) => m.id);
  if (JSON.stringify(ids) !== JSON.stringify(REPLACES)) throw new Error(`The default reading's memberships ${ids.join(', ')} are not ${REPLACES.join(', ')}.`);
  const byId = new Map(memberships.map((m) => [m.id, m]));
  for (const id of REPLACES) if (!d.memberships.some((m) => m.id === id)) throw new Error(`Membership ${id} is missing.`);
  d.memberships = d.memberships.map((m) => byId.get(m.id) ?? m);
  d.memberships = d.memberships.map((m) => {
    if (m.id === `m-${PEOPLE.newcomer}-bch`) {
      const { basis: _b, certainty: _c, note: _n, citations: _ci, ...rest } = m;
      return { ...rest, certainty: 'stated', note: NEWCOMER_BCH_NOTE, citations: [{ source_id: 'bckd-q6-vii', locator: 'paras 3-6' }] };
    }
    if (m.id === `m-${PEOPLE.sitting}-bch`) {
      const { citations, note: _n, ...rest } = m;
      return { ...rest, note: SITTING_BCH_NOTE, ...(citations ? { citations } : {}) };
    }
    return m;
  });
  const personById = new Map(persons.map((p) => [p.id, p]));
  d.persons = d.persons.map((p) => {
    const q = personById.get(p.id);
    if (q) return q;
    if ((PEOPLE.raised as readonly string[]).includes(p.id)) {
      const { citations, note: _n, ...rest } = p;
      return { ...rest, ...(citations ? { citations } : {}), note: RAISED_PERSON_NOTE };
    }
    return p;
  });
  delete d.alternatives;
  d.alternatives = [buildAlternative()];
  return d;
}

/** `dataset` as the file writes it: 2-space indent, a final newline. */
export const formatDataset = (dataset: Dataset): string => `${JSON.stringify(dataset, null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const before = readFileSync(FILE, 'utf8');
  const after = formatDataset(withReadings(JSON.parse(before) as Dataset));
  if (process.argv.includes('--check')) {
    if (before !== after) {
      console.error('data/quan6-1996-2000.json is not up to date: run npx tsx scripts/builtin-readings.ts');
      process.exit(1);
    }
  } else if (before !== after) {
    writeFileSync(FILE, after);
    console.log('data/quan6-1996-2000.json: readings written');
  } else console.log('data/quan6-1996-2000.json: up to date');
}
