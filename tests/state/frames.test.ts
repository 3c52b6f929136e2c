import { describe, expect, it } from 'vitest';
import { frameAt, isAtRest, planTransition, type FrameItem } from '../../src/lib/state/frames.ts';

const anchor = () => ({ x: -100, y: 0 });
const target = (pts: [string, number, number][]) => pts.map(([key, x, y]) => ({ key, x, y, datum: key }));

describe('frames', () => {
  it('enters from the anchor, moves, leaves and drops the leaving item at the end', () => {
    const current: FrameItem<string>[] = [
      { key: 'a', x: 0, y: 0, opacity: 1, datum: 'a' },
      { key: 'b', x: 10, y: 0, opacity: 1, datum: 'b' },
    ];
    const tr = planTransition(current, target([['a', 20, 0], ['c', 30, 30]]), anchor, anchor);
    expect(frameAt(tr, 0).map((d) => [d.key, d.x, d.y, d.opacity])).toEqual([
      ['a', 0, 0, 1],
      ['c', -100, 0, 0],
      ['b', 10, 0, 1],
    ]);
    expect(frameAt(tr, 0.5).map((d) => [d.key, d.x, d.opacity])).toEqual([
      ['a', 10, 1],
      ['c', -35, 0.5],
      ['b', -45, 0.5],
    ]);
    const end = frameAt(tr, 1);
    expect(end.map((d) => [d.key, d.x, d.y, d.opacity])).toEqual([
      ['a', 20, 0, 1],
      ['c', 30, 30, 1],
    ]);
    expect(isAtRest(end, target([['a', 20, 0], ['c', 30, 30]]))).toBe(true);
  });

  it('an interrupted transition restarts from where each item is, and ends exactly on the new target', () => {
    const t1 = target([['a', 100, 0], ['b', 0, 100]]);
    let frame = frameAt(planTransition([], t1, anchor, anchor), 1);
    // go to a second target, stop a third of the way, then go back to the first
    const t2 = target([['a', 0, 0], ['c', 50, 50]]);
    frame = frameAt(planTransition(frame, t2, anchor, anchor), 1 / 3);
    expect(frame.find((d) => d.key === 'b')!.opacity).toBeCloseTo(2 / 3);
    const back = planTransition(frame, t1, anchor, anchor);
    expect(back.from.find((d) => d.key === 'a')!.x).toBeCloseTo(200 / 3);
    const end = frameAt(back, 1);
    expect(isAtRest(end, t1)).toBe(true);
    expect(end.some((d) => d.key === 'c')).toBe(false);
  });
});
