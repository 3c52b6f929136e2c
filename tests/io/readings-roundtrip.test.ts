/** Datasets with readings (`alternatives`) through import and export: our JSON and Popolo round trips are exact, and the readings are checked on import. */
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/import.ts';
import { exportJson } from '../../src/lib/io/json-format.ts';
import { exportPopolo, NS } from '../../src/lib/io/popolo.ts';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { builtinWithTestReadings, twoPosts } from '../model/readings-fixtures.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The built-in dataset with its test readings that keep the counts (the default and the swap). */
function builtinSound(): Dataset {
  const d = builtinWithTestReadings();
  d.alternatives![0]!.readings.pop();
  return d;
}

describe('round trips keep the readings exactly', () => {
  for (const [name, make] of [
    ['twoPosts', twoPosts],
    ['the built-in dataset with test readings', builtinSound],
  ] as const) {
    test(`${name}: our JSON → our JSON`, () => {
      const d = make();
      const text = exportJson(d);
      const r = importFile('r.json', enc(text));
      expect(r.ok && r.problems).toEqual([]);
      expect(r.ok && r.dataset).toEqual(d);
      expect(r.ok && r.dataset.alternatives).toEqual(d.alternatives);
      if (r.ok) expect(exportJson(r.dataset)).toBe(text);
    });
    test(`${name}: our dataset → Popolo → our dataset`, () => {
      const d = make();
      const text = exportPopolo(d);
      expect((JSON.parse(text) as Record<string, Record<string, unknown>>)[NS]!.alternatives).toEqual(d.alternatives);
      const r = importFile('r.popolo.json', enc(text));
      expect(r.ok && r.format).toBe('popolo');
      expect(r.ok && r.problems).toEqual([]);
      expect(r.ok && r.dataset).toEqual(d);
      if (r.ok) expect(exportPopolo(r.dataset)).toBe(text);
    });
  }
  test('the JSON writes alternatives last (after annotations and notes), with keys in the schema’s order', () => {
    const text = exportJson(twoPosts());
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.slice(-2)).toEqual(['annotations', 'alternatives']);
    const reading = (JSON.parse(text) as Dataset).alternatives![0]!.readings[1]!;
    expect(Object.keys(reading)).toEqual(['id', 'label', 'basis', 'memberships']);
    expect(Object.keys((JSON.parse(text) as Dataset).alternatives![0]!)).toEqual(['id', 'event_id', 'label', 'basis', 'replaces', 'readings']);
  });
});

describe('import checks the readings', () => {
  test('a reading that breaks a stated count refuses the file, naming the reading by its label', () => {
    const r = importFile('b.json', enc(exportJson(builtinWithTestReadings())));
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([['reading-claim-mismatch', '/alternatives/0/readings/2']]);
    expect(formatImportProblem(errors[0]!, 'en')).toContain('Reading “Broken” (id “test-broken”) of alternative “Test readings” (id “test-1999”) breaks claim “claim-btv-report”');
    expect(formatImportProblem(errors[0]!, 'en')).toContain('the source states 10 members of “Standing Committee” (id “btv”) at some moment within 2000-04/2000-12, but under this reading the memberships give 9');
  });
  test('a shape error in a reading is located in the file', () => {
    const d = twoPosts() as unknown as { alternatives: { readings: { memberships?: { start_date?: unknown }[] }[] }[] };
    d.alternatives[0]!.readings[1]!.memberships![0]!.start_date = 2001;
    const r = importFile('t.json', enc(JSON.stringify(d)));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([['wrong-type', '/alternatives/0/readings/1/memberships/0/start_date']]);
  });
  test('an unknown key in a reading is a warning, and dropped', () => {
    const d = twoPosts() as unknown as { alternatives: Record<string, unknown>[] };
    (d.alternatives[0]!.readings as Record<string, unknown>[])[1]!.weight = 3;
    const r = importFile('t.json', enc(JSON.stringify(d)));
    expect(r.ok && r.problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([['warning', 'unknown-key', '/alternatives/0/readings/1/weight']]);
    expect(r.ok && r.dataset).toEqual(twoPosts());
  });
  test('Popolo: a reading’s problem points into committee_history', () => {
    const p = JSON.parse(exportPopolo(twoPosts())) as Record<string, { alternatives: { readings: { memberships: { person_id: string }[] }[] }[] }>;
    p[NS]!.alternatives[0]!.readings[1]!.memberships[0]!.person_id = 'ghost';
    const r = importFile('t.popolo.json', enc(JSON.stringify(p)));
    expect(r.ok).toBe(false);
    expect(r.problems.map((x) => [x.code, x.pointer])).toEqual([['unknown-reference', `/${NS}/alternatives/0/readings/1/memberships/0/person_id`]]);
  });
  test('Popolo: readings written at the file’s top level (not under committee_history) are read, and a problem in them points there', () => {
    const p = JSON.parse(exportPopolo(twoPosts())) as Record<string, unknown>;
    const ns = p[NS] as { alternatives?: unknown };
    p.alternatives = ns.alternatives;
    delete ns.alternatives;
    const r = importFile('t.popolo.json', enc(JSON.stringify(p)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dataset.alternatives).toEqual(twoPosts().alternatives);
      // written back under committee_history, once
      const again = JSON.parse(exportPopolo(r.dataset)) as Record<string, unknown>;
      expect(again.alternatives).toBeUndefined();
      expect((again[NS] as { alternatives: unknown }).alternatives).toEqual(twoPosts().alternatives);
    }
    (p.alternatives as { readings: { memberships: { person_id: string }[] }[] }[])[0]!.readings[1]!.memberships[0]!.person_id = 'ghost';
    const bad = importFile('t.popolo.json', enc(JSON.stringify(p)));
    expect(bad.problems.map((x) => [x.code, x.pointer])).toEqual([['unknown-reference', '/alternatives/0/readings/1/memberships/0/person_id']]);
  });
});
