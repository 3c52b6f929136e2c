import { describe, expect, it } from 'vitest';
import { between, isAtRest, planTransition, type FrameItem } from '../../src/lib/state/frames.ts';

const anchor = () => ({ x: -100, y: 0 });
const target = (pts: [string, number, number][]) => pts.map(([key, x, y]) => ({ key, x, y, datum: key }));
/** Every item of a transition at time t. */
const at = <T>(tr: { from: FrameItem<T>[]; to: FrameItem<T>[] }, t: number) =>
  tr.from.map((a, i) => ({ key: a.key, ...between(a, tr.to[i]!, t) }));

describe('frames', () => {
  it('enters from the anchor, moves, and leaves towards the anchor fading out', () => {
    const current: FrameItem<string>[] = [
      { key: 'a', x: 0, y: 0, opacity: 1, datum: 'a' },
      { key: 'b', x: 10, y: 0, opacity: 1, datum: 'b' },
    ];
    const tr = planTransition(current, target([['a', 20, 0], ['c', 30, 30]]), anchor, anchor);
    expect(at(tr, 0).map((d) => [d.key, d.x, d.y, d.opacity])).toEqual([
      ['a', 0, 0, 1],
      ['c', -100, 0, 0],
      ['b', 10, 0, 1],
    ]);
    expect(at(tr, 0.5).map((d) => [d.key, d.x, d.opacity])).toEqual([
      ['a', 10, 1],
      ['c', -35, 0.5],
      ['b', -45, 0.5],
    ]);
    expect(at(tr, 1).map((d) => [d.key, d.x, d.y, d.opacity])).toEqual([
      ['a', 20, 0, 1],
      ['c', 30, 30, 1],
      ['b', -100, 0, 0],
    ]);
    const rest = at(tr, 1).filter((d) => d.opacity > 0);
    expect(isAtRest(rest, target([['a', 20, 0], ['c', 30, 30]]))).toBe(true);
  });

  it('an interrupted transition restarts from where each item is', () => {
    const t1 = target([['a', 100, 0], ['b', 0, 100]]);
    const first = planTransition([], t1, anchor, anchor).to;
    // go to a second target, stop a third of the way, then go back to the first
    const t2 = target([['a', 0, 0], ['c', 50, 50]]);
    const tr2 = planTransition(first, t2, anchor, anchor);
    const third = tr2.from.map((a, i) => ({ ...a, ...between(a, tr2.to[i]!, 1 / 3) }));
    expect(third.find((d) => d.key === 'b')!.opacity).toBeCloseTo(2 / 3);
    const back = planTransition(third, t1, anchor, anchor);
    expect(back.from.find((d) => d.key === 'a')!.x).toBeCloseTo(200 / 3);
    expect(back.to.map((d) => [d.key, d.x, d.y, d.opacity])).toEqual([
      ['a', 100, 0, 1],
      ['b', 0, 100, 1],
      ['c', -100, 0, 0],
    ]);
  });

  it('more than `crowd` entering (or leaving) items fade in (out) in place; the other side keeps its anchor', () => {
    const current: FrameItem<string>[] = ['a', 'b', 'c'].map((key, i) => ({ key, x: i * 10, y: 0, opacity: 1, datum: key }));
    // 3 enter (d, e, f), 1 leaves (c), crowd 2: the entering fade in place, the leaving one goes to the anchor
    const tr = planTransition(current, target([['a', 0, 0], ['b', 10, 0], ['d', 40, 5], ['e', 50, 5], ['f', 60, 5]]), anchor, anchor, 2);
    expect(tr.from.map((d) => [d.key, d.x, d.y, d.opacity])).toEqual([
      ['a', 0, 0, 1], ['b', 10, 0, 1], ['d', 40, 5, 0], ['e', 50, 5, 0], ['f', 60, 5, 0], ['c', 20, 0, 1],
    ]);
    expect(tr.to.at(-1)).toMatchObject({ key: 'c', x: -100, y: 0, opacity: 0 });
    // the other way round: 3 leave in place, 1 enters from the anchor
    const back = planTransition(tr.to.slice(0, 5), target([['a', 0, 0], ['g', 70, 0]]), anchor, anchor, 2);
    expect(back.from.find((d) => d.key === 'g')).toMatchObject({ x: -100, y: 0, opacity: 0 });
    expect(back.to.filter((d) => d.opacity === 0).map((d) => [d.key, d.x, d.y])).toEqual([['b', 10, 0], ['d', 40, 5], ['e', 50, 5], ['f', 60, 5]]);
    // at the default (CROWD = 40), three is not a crowd
    expect(planTransition(current, target([['d', 40, 5], ['e', 50, 5], ['f', 60, 5]]), anchor, anchor).from[0]).toMatchObject({ key: 'd', x: -100 });
  });

  it('between is exact at the end', () => {
    expect(between({ x: 0.1, y: 0.2, opacity: 0 }, { x: 0.3, y: 0.7, opacity: 1 }, 1)).toEqual({ x: 0.3, y: 0.7, opacity: 1 });
  });
});
