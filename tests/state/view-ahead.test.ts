import { describe, expect, it } from 'vitest';
import { AHEAD_BUDGET_MS, ViewsAhead } from '../../src/lib/state/view-ahead.ts';

/** An idle queue run by hand, and a clock that `make` advances. */
function harness() {
  const queue: (() => void)[] = [];
  let now = 0;
  const made: number[] = [];
  const views = new ViewsAhead<string>((cb) => queue.push(cb), () => now);
  const make = (cost: number) => (step: number) => {
    made.push(step);
    now += cost;
    return `view ${step}`;
  };
  const idle = () => {
    while (queue.length) queue.shift()!();
  };
  return { views, make, made, idle, queue };
}

describe('ViewsAhead', () => {
  it('makes the neighbours of a cheap view in idle time, and gives them without making them again', () => {
    const h = harness();
    const deps = ['timeline', 'plan'];
    expect(h.views.view(deps, 3, 5, h.make(1))).toBe('view 3');
    expect(h.made).toEqual([3]);
    h.idle();
    expect(h.made).toEqual([3, 4, 2]);
    expect(h.views.kept).toEqual([2, 3, 4]);
    // The next step is ready: nothing is made on the input's path; then its new neighbour in idle time.
    expect(h.views.view(deps, 4, 5, h.make(1))).toBe('view 4');
    expect(h.made).toEqual([3, 4, 2]);
    expect(h.views.kept).toEqual([3, 4]);
    h.idle();
    expect(h.made).toEqual([3, 4, 2, 5]);
    expect(h.views.kept).toEqual([3, 4, 5]);
  });

  it('stays within the first and last steps', () => {
    const h = harness();
    h.views.view(['d'], 0, 1, h.make(1));
    h.idle();
    expect(h.made).toEqual([0, 1]);
    h.views.view(['d'], 1, 1, h.make(1));
    h.idle();
    expect(h.made).toEqual([0, 1]);
  });

  it('drops the kept views when a dependency changes, and never keeps one made for the old ones', () => {
    const h = harness();
    const a = { id: 'a' };
    h.views.view([a, 'vi'], 2, 5, h.make(1));
    expect(h.queue).toHaveLength(1);
    // The language changes before the idle callback runs: the callback makes the new language's neighbour.
    h.views.view([a, 'en'], 2, 5, (s) => `en ${s}`);
    expect(h.views.kept).toEqual([2]);
    h.idle();
    expect(h.views.view([a, 'en'], 3, 5, h.make(1))).toBe('en 3');
    // Same values, other identity: dropped.
    h.views.view([{ id: 'a' }, 'en'], 3, 5, h.make(1));
    expect(h.made.at(-1)).toBe(3);
  });

  it('asks for an idle period as long as the shown view took to make', () => {
    const asked: number[] = [];
    let now = 0;
    const views = new ViewsAhead<string>((cb, ms) => {
      asked.push(ms);
      cb();
    }, () => now);
    views.view(['d'], 1, 3, (s) => {
      now += 12;
      return `v${s}`;
    });
    expect(asked).toEqual([12, 12]);
    expect(views.kept).toEqual([0, 1, 2]);
  });

  it('makes nothing ahead when the shown view was costly (a large scene), nor without idle callbacks', () => {
    const h = harness();
    h.views.view(['big'], 10, 20, h.make(AHEAD_BUDGET_MS + 1));
    expect(h.queue).toHaveLength(0);
    expect(h.views.kept).toEqual([10]);
    const none = new ViewsAhead<string>(null, () => 0);
    expect(none.view(['d'], 1, 3, (s) => `v${s}`)).toBe('v1');
    expect(none.kept).toEqual([1]);
  });
});
