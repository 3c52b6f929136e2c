/**
 * Rule "counts used": whether a sentence of sizes holds a number of people that its counts did not
 * use (`BCH có 35 đồng chí, 7 người …` with no body for the 7) or two numbers for one body. Such a
 * sentence is listed as not understood (its counts are still read), so nothing is dropped
 * silently. Matching text (`normalize.ts`). Pure.
 */
import type { BodyKey } from './bodies.ts';
import { findPeopleCounts } from './people.ts';

/**
 * True when `text` holds a number of people outside `counts` and outside `dates`, or two different
 * numbers for one body.
 * @example countsLeftOver("btv 13 đồng chí, 2 đồng chí", [{ body: "btv", n: 13, start: 4, end: 15 }, { body: "btv", n: 2, start: 17, end: 27 }], []) // true
 * @example countsLeftOver("bch có 31 ủy viên", [{ body: "bch", n: 31, start: 7, end: 17 }], []) // false
 */
export function countsLeftOver(text: string, counts: readonly { body: BodyKey; n: number; start: number; end: number }[], dates: readonly { start: number; end: number }[]): boolean {
  const seen = new Map<BodyKey, number>();
  for (const c of counts) {
    const n = seen.get(c.body);
    if (n !== undefined && n !== c.n) return true;
    seen.set(c.body, c.n);
  }
  const inside = (i: number, list: readonly { start: number; end: number }[]) => list.some((x) => i >= x.start && i < x.end);
  return findPeopleCounts(text).some((pc) => !inside(pc.start, dates) && !inside(pc.start, counts));
}
