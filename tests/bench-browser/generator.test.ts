import { describe, expect, it } from 'vitest';
import { committeeBench, orgChartRows, EXEC, STANDING } from '../../scripts/bench-browser/generator.ts';
import { exportJson, importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';

const members = (rows: ReturnType<typeof orgChartRows>) => rows.filter((r) => r.id !== EXEC && r.id !== STANDING);

describe('committeeBench (bench:browser datasets)', () => {
  for (const [n, k] of [[35, 4], [500, 50], [2000, 200]] as const) {
    it(`${n} members: ${k} leave and ${k} enter at the second step, the Standing Committee has 11 seats`, () => {
      const { dataset, leavers, entrants } = committeeBench(n);
      expect(leavers).toHaveLength(k);
      expect(new Set(leavers).size).toBe(k);
      expect(entrants).toHaveLength(k);
      const before = orgChartRows(dataset, 0);
      const after = orgChartRows(dataset, 1);
      expect(members(before)).toHaveLength(n);
      expect(members(after)).toHaveLength(n);
      const idsBefore = new Set(members(before).map((r) => r.id));
      const idsAfter = new Set(members(after).map((r) => r.id));
      expect([...idsBefore].filter((id) => !idsAfter.has(id)).sort()).toEqual([...leavers].sort());
      expect([...idsAfter].filter((id) => !idsBefore.has(id)).sort()).toEqual([...entrants].sort());
      expect(before.filter((r) => r.parentId === STANDING)).toHaveLength(11);
      expect(after.filter((r) => r.parentId === STANDING)).toHaveLength(11 - leavers.filter((id) => Number(id.slice(1)) < 11).length);
      expect(dataset.organizations.find((o) => o.id === EXEC)?.seats).toBe(n);
    });
  }

  it('is deterministic, and another seed chooses other leavers', () => {
    expect(committeeBench(500)).toEqual(committeeBench(500));
    expect(committeeBench(500, { seed: 11 }).leavers).not.toEqual(committeeBench(500).leavers);
  });

  it('imports without errors and makes a timeline of two steps', () => {
    const { dataset } = committeeBench(35);
    const r = importFile('bench.json', new TextEncoder().encode(exportJson(dataset)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const timeline = buildTimeline(r.dataset);
    expect(timeline.steps).toHaveLength(2);
  });

  it('refuses a committee smaller than its Standing Committee', () => {
    expect(() => committeeBench(10)).toThrow(RangeError);
    expect(() => committeeBench(35.5)).toThrow(RangeError);
  });
});
