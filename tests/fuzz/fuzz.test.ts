/**
 * "Nothing breaks, nothing is lost": mutated files (the built-in dataset, a CSV board, a Popolo
 * file; see `scripts/fuzz/mutations.ts`) are either refused with located problems said in vi and en,
 * or load and every step is drawn, within the per-case bound. A few hundred seeded cases here;
 * `npm run fuzz` runs thousands, each in a worker that a hang cannot stop.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ODD_NUMBERS, caseArb, materialise } from '../../scripts/fuzz/mutations.ts';
import { CASE_BOUND_MS, runCase, inputBeyondBounds } from '../../scripts/fuzz/check.ts';

const SEED = 20261207;

describe('fuzz harness', () => {
  it('loads each base unmutated', () => {
    for (const base of ['builtin', 'csv', 'popolo'] as const) {
      expect(runCase({ base, mutations: [], bytes: 'none' }, 'vi')).toMatchObject({ kind: 'loaded' });
    }
  });

  it('materialises a case deterministically, and odd strings survive as JSON escapes', () => {
    const c = { base: 'popolo' as const, mutations: [{ op: 'label' as const, at: 0, pick: 7, append: false }], bytes: 'none' as const };
    const a = materialise(c);
    expect(a.bytes).toEqual(materialise(c).bytes);
    expect(new TextDecoder().decode(a.bytes)).toContain('\\ud800');
  });

  it('writes nesting deeper than the stack and counts it beyond the bounds', () => {
    const f = materialise({ base: 'popolo', mutations: [{ op: 'nest', at: 0, depth: 20_000, array: true }], bytes: 'none' });
    expect(f.bytes.length).toBeGreaterThan(40_000);
    expect(inputBeyondBounds(f.value)).toMatch(/nesting/);
  });

  it("judges a dataset beyond the importer's bounds: the importer refuses it", () => {
    // Seats 1e21 on the Popolo council: refused by the bounds (io/bounds.ts) with a located problem.
    const c = { base: 'popolo' as const, mutations: [{ op: 'number' as const, at: 0, pick: ODD_NUMBERS.indexOf(1e21) }], bytes: 'none' as const };
    expect(runCase(c, 'en')).toMatchObject({ kind: 'refused', problems: 1 });
  });

  it('refuses a case that loads with nothing to draw (found by npm run fuzz: seed 20261207, case 5461), as the app does', () => {
    expect(runCase({ base: 'popolo', mutations: [{ op: 'delete', at: 517239 }], bytes: 'none', statedOnly: true }, 'en')).toMatchObject({ kind: 'refused' });
  });

  it('reports a case over the time bound as a failure', () => {
    expect(runCase({ base: 'builtin', mutations: [], bytes: 'none' }, 'en', -1)).toMatchObject({ kind: 'failed', stage: 'time' });
  });
});

/**
 * The time bound in this suite: three times `npm run fuzz`'s (`CASE_BOUND_MS`), since the suite runs
 * beside other test files on a shared machine; a hang or a blow-up still fails it.
 */
const SUITE_BOUND_MS = 3 * CASE_BOUND_MS;

describe('fuzzing the import, the timeline, the seat plan and the drawing', () => {
  it('refuses with located problems or draws every step, for 300 seeded cases', () => {
    const counts = { refused: 0, loaded: 0, skipped: 0 };
    fc.assert(
      fc.property(caseArb, fc.constantFrom('vi' as const, 'en' as const), (c, lang) => {
        const o = runCase(c, lang, SUITE_BOUND_MS);
        if (o.kind === 'failed') throw new Error(`${o.stage}: ${o.error}`);
        counts[o.kind]++;
      }),
      { seed: SEED, numRuns: 300, endOnFailure: false },
    );
    // The mix stays useful: most cases are judged, and some of them load.
    expect(counts.loaded).toBeGreaterThan(30);
    expect(counts.refused).toBeGreaterThan(100);
    expect(counts.skipped).toBe(0);
  });
});
