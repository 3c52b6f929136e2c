/**
 * Determinism of the model: every result is computed twice from inputs rebuilt from scratch
 * (a fresh parse of the file, a fresh timeline, snapshots read in a different order), and the
 * two are compared deep-equal. Reusing one cached timeline could not catch a result that
 * depends on call order or shared state.
 */
import { expect, test } from 'vitest';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { personHistory, roleTable } from '../../src/lib/model/history.ts';
import { changesCaption, diff } from '../../src/lib/model/diff.ts';
import { searchMembers } from '../../src/lib/model/search.ts';
import { builtin, tiny } from './fixtures.ts';
import { bigDataset } from './big.ts';

/** Everything the model derives from a timeline, reading snapshots in the order `order`. */
function everything(tl: Timeline, order: readonly number[]) {
  const snaps = new Map(order.map((i) => [i, tl.snapshotAt(i)] as const));
  const at = (i: number) => snaps.get(i)!;
  const indices = tl.steps.map((s) => s.index);
  return {
    steps: tl.steps,
    spans: tl.spans,
    countSeries: [...tl.countSeries],
    orgIds: tl.orgIdsInTreeOrder,
    snapshots: indices.map((i) => ({ ...at(i), seats: [...at(i).seats], members: [...at(i).members].map(([k, v]) => [k, [...v]]), departed: [...at(i).departed], postHolders: [...at(i).postHolders] })),
    transitions: indices.slice(1).map((i) => diff(at(i - 1), at(i))),
    jumps: indices.map((i) => diff(at(0), at(i))),
    captions: indices.map((i) => changesCaption(tl, i, 'en')),
    valueTexts: indices.map((i) => [tl.valueText(i, 'vi'), tl.valueText(i, 'en')]),
    claims: checkClaims(tl),
    roles: roleTable(tl),
    histories: [...tl.personById.keys()].map((p) => personHistory(tl, p)),
    search: ['bí thư', 'BCH', 'military', 'quan su'].map((q) => [...searchMembers(tl, q, { lang: 'vi', diacritics: !q.startsWith('quan') })]),
  };
}

for (const [name, make] of [
  ['built-in dataset', builtin],
  ['tiny fixture', tiny],
  ['generated dataset (300 members, 60 steps)', () => bigDataset(300, 60, 3)],
] as const) {
  test(`${name}: two timelines built from fresh copies give deep-equal results in any access order`, () => {
    const a = make();
    const b = make();
    expect(b).not.toBe(a);
    const tlA = buildTimeline(a);
    const tlB = buildTimeline(b);
    expect(tlB).not.toBe(tlA);
    const n = tlA.steps.length;
    const forward = Array.from({ length: n }, (_, i) => i);
    const shuffled = [...forward].reverse().sort((x, y) => (x % 3) - (y % 3));
    expect(everything(tlB, shuffled)).toEqual(everything(tlA, forward));
    expect(validateDataset(make())).toEqual(validateDataset(make()));
  });
}
