/**
 * `stepDiff` (the changes at a step from the people whose memberships start or end there) gives
 * exactly `diff` of the two neighbouring snapshots, key order included, on every fixture.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { diff, stepDiff } from '../../src/lib/model/diff.ts';
import { importFile } from '../../src/lib/io/index.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { loadHouse650 } from '../fixtures/house.ts';
import { bigDataset } from './big.ts';
import { tiny } from './fixtures.ts';

function fixture(name: string): Timeline {
  const r = importFile(name, readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
  if (!r.ok) throw new Error(`${name} refused`);
  return buildTimeline(r.dataset);
}

const cases: [string, () => Timeline][] = [
  ['built-in', () => loadBuiltIn().timeline],
  ['tiny', () => buildTimeline(tiny())],
  ['every end cause', () => fixture('every-end-cause.json')],
  ['many changes', () => fixture('many-changes.json')],
  ['Popolo house with groups', () => fixture('popolo-house.json')],
  ['EP legislature', () => fixture('ep-legislature.json')],
  ['CSV board', () => fixture('board-small.csv')],
  ['650-seat house', () => loadHouse650().timeline],
  ['400 people × 120 steps', () => buildTimeline(bigDataset(400, 120, 3))],
];

test.each(cases)('%s: stepDiff(k) is diff(snapshot k-1, snapshot k) at every step', (_name, make) => {
  const tl = make();
  let changes = 0;
  for (let k = 1; k < tl.steps.length; k++) {
    const want = diff(tl.snapshotAt(k - 1), tl.snapshotAt(k));
    const got = stepDiff(tl, k);
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    changes += want.length;
  }
  // The fixture has changes to compare (a comparison of empty lists proves nothing).
  if (tl.steps.length > 1) expect(changes).toBeGreaterThan(0);
});

test('stepDiff has no previous step at 0, nor past the end', () => {
  const tl = buildTimeline(tiny());
  expect(() => stepDiff(tl, 0)).toThrow(RangeError);
  expect(() => stepDiff(tl, tl.steps.length)).toThrow(RangeError);
  expect(() => stepDiff(tl, 1.5)).toThrow(RangeError);
});

test('changesAround lists only the people whose memberships start or end at the step, by id', () => {
  const tl = buildTimeline(tiny());
  const ids = tl.changesAround(1).map((c) => c.person_id);
  const expected = [...new Set(tl.spans.filter((s) => s.live && (s.startStep === 1 || s.endStep === 1)).map((s) => s.membership.person_id))].sort();
  expect(ids).toEqual(expected);
  expect(ids.length).toBeGreaterThan(0);
});
