import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { houseCsv, houseRows } from '../../scripts/gen-house-fixture.ts';
import { importFile } from '../../src/lib/io/index.ts';

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('the 650-seat house fixture', () => {
  const rows = houseRows();
  it('is what the seeded generator writes (run `npx tsx scripts/gen-house-fixture.ts` after changing it)', () => {
    expect(read('house-650.csv')).toBe(houseCsv(rows, false));
    expect(read('house-650-groups.csv')).toBe(houseCsv(houseRows(), true));
  });
  it('has 650 seats filled at the election, deaths, resignations, by-elections and changes of party', () => {
    expect(rows.filter((r) => r.start_cause === 'elected')).toHaveLength(650);
    expect(rows.filter((r) => r.end_cause === 'death')).toHaveLength(24);
    expect(rows.filter((r) => r.end_cause === 'resignation')).toHaveLength(30);
    expect(rows.filter((r) => r.start_cause === 'by_election')).toHaveLength(54);
    const switches = rows.filter((r) => r.end_cause === 'changed_group');
    expect(switches).toHaveLength(6);
    for (const s of switches) {
      const next = rows.find((r) => r.person === s.person && r.start_cause === 'changed_group')!;
      expect(next.start).toBe(s.end);
      expect(next.group).not.toBe(s.group);
    }
  });
  it('imports today without a problem (the variant with a `group` column waits for that column)', () => {
    const r = importFile('house-650.csv', new TextEncoder().encode(read('house-650.csv')));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.dataset.persons).toHaveLength(650 + 54);
    expect(r.dataset.organizations.map((o) => o.seats)).toEqual([650]);
    expect(r.dataset.posts).toHaveLength(650);
  });
});
