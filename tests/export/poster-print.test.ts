import { describe, expect, test } from 'vitest';
import { POSTER_W, posterGrid, posterSvg, posterTree } from '../../src/lib/export/poster.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { smallestPt } from './type-size.ts';

const { timeline, plan } = loadBuiltIn();

describe('the poster fills its A3 sheet with type that reads', () => {
  test('every text is at least 7 pt on A3 (420 mm), in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const min = smallestPt(posterSvg(timeline, plan, lang), 420);
      expect(min.pt, `${lang}: "${min.text}"`).toBeGreaterThanOrEqual(7);
    }
  });

  test('five steps: three and two, the second row centred, the first row across the inner width', () => {
    const { cells } = posterTree(timeline, plan, 'en');
    expect(cells).toHaveLength(5);
    const rows = [...new Set(cells.map((c) => c.y))];
    expect(rows).toHaveLength(2);
    const row1 = cells.filter((c) => c.y === rows[0]);
    const row2 = cells.filter((c) => c.y === rows[1]);
    expect(row1).toHaveLength(3);
    expect(row2).toHaveLength(2);
    const left = Math.min(...row1.map((c) => c.x));
    const right = Math.max(...row1.map((c) => c.x + c.w));
    // Centred: the same margin left and right, and the sheet's width used (margins of 36 units = 9 mm).
    expect(left).toBeCloseTo(POSTER_W - right, 6);
    expect(left).toBeLessThanOrEqual(40);
    const mid = (cs: typeof cells) => (Math.min(...cs.map((c) => c.x)) + Math.max(...cs.map((c) => c.x + c.w))) / 2;
    expect(mid(row2)).toBeCloseTo(POSTER_W / 2, 6);
  });

  test('posterGrid never stacks more rows than columns on the landscape sheet', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 12, 24]) {
      const g = posterGrid(n, 1400, 528, 1608, 900);
      expect(g.cols, `n=${n}`).toBeGreaterThanOrEqual(g.rows);
      expect(g.cols * g.rows).toBeGreaterThanOrEqual(n);
    }
    expect(posterGrid(5, 1400, 528, 1608, 900)).toMatchObject({ cols: 3, rows: 2 });
  });
});
