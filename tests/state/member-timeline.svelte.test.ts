/**
 * The member timeline's state: a small layout made at once, a large one in time-boxed slices with
 * a pause for the page between them, the same layout as `memberTimeline` in the end, the previous
 * one drawn meanwhile; and `runSlice` on its own.
 */
import { describe, expect, it } from 'vitest';
import { AT_ONCE_SPANS, MemberTimelineState } from '../../src/lib/state/member-timeline.svelte.ts';
import { runSlice } from '../../src/lib/state/paced.ts';
import { memberTimeline, type MemberTimelineLayout } from '../../src/lib/layout/member-timeline.ts';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { bigDataset } from '../model/big.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';

const geometry = { x0: 0, x1: 1000, rowHeight: 24, top: 0 };
const builtin = buildTimeline(builtinDataset(builtinJson));
const big = buildTimeline(bigDataset(2400, 120));

/** A layout's values: its scale as its values over the years it spans (a function is compared by identity). */
const plain = (l: MemberTimelineLayout) => ({ ...l, x: [l.domain[0], (l.domain[0] + l.domain[1]) / 2, l.domain[1]].map((y) => l.x(y)) });

/** A clock that moves 1 ms per reading, and pauses the test lets go of one by one. */
function fakePage() {
  let t = 0;
  const waiting: (() => void)[] = [];
  return {
    now: () => t++,
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    waiting,
    /** Lets the paused work go on once; false when nothing waits. */
    async step(): Promise<boolean> {
      const go = waiting.shift();
      if (!go) return false;
      go();
      for (let i = 0; i < 5; i++) await Promise.resolve();
      return true;
    },
  };
}

describe('MemberTimelineState', () => {
  it('makes a small layout at once: the same as memberTimeline, in both modes', () => {
    const page = fakePage();
    const mt = new MemberTimelineState({ geometry, sliceMs: 1e9, now: page.now, pause: page.pause });
    const shown = mt.shownFor(builtin);
    expect(shown.timeline).toBe(builtin);
    expect(plain(shown.layout)).toEqual(plain(memberTimeline(builtin, { ...geometry, mode: 'member' })));
    expect(shown.layout.rows).toHaveLength(39);
    expect(mt.pending(shown, builtin)).toBe(false);
    mt.mode = 'seat';
    const seats = mt.shownFor(builtin);
    expect(seats.mode).toBe('seat');
    expect(plain(seats.layout)).toEqual(plain(memberTimeline(builtin, { ...geometry, mode: 'seat' })));
    expect(page.waiting).toHaveLength(0);
  });

  it('makes a large layout a slice at a time, the axis without rows drawn meanwhile, then the same layout as memberTimeline', async () => {
    const page = fakePage();
    const mt = new MemberTimelineState({ geometry, sliceMs: 40, now: page.now, pause: page.pause });
    const view = $derived(mt.shownFor(big));
    const shown = () => view;
    expect(shown().timeline).toBe(big);
    expect(shown().layout.rows).toEqual([]);
    expect(shown().layout.years.length).toBeGreaterThan(5);
    expect(mt.pending(shown(), big)).toBe(true);
    // More memberships than are laid out at once: nothing is made before the first pause.
    expect(big.spans.length).toBeGreaterThan(AT_ONCE_SPANS);
    expect(page.waiting).toHaveLength(1);
    let slices = 0;
    while (await page.step()) slices++;
    // 2,400 rows' runs and 2,400 rows' drawings, a clock reading per 8 parts, 40 readings a slice: 16 slices.
    expect(slices).toBe(16);
    expect(mt.pending(shown(), big)).toBe(false);
    const whole = memberTimeline(big, { ...geometry, mode: 'member' });
    expect(shown().layout.rows).toHaveLength(whole.rows.length);
    expect(plain(shown().layout)).toEqual(plain(whole));
  });

  it('keeps the previous layout with its timeline while the next is made; a newer timeline stops the older work', async () => {
    const page = fakePage();
    let timeline: Timeline = $state.raw(builtin);
    const mt = new MemberTimelineState({ geometry, sliceMs: 40, now: page.now, pause: page.pause });
    const view = $derived(mt.shownFor(timeline));
    const shown = () => view;
    expect(shown().layout.rows).toHaveLength(39);
    timeline = big;
    expect(shown().timeline).toBe(builtin);
    expect(shown().layout.rows).toHaveLength(39);
    expect(mt.pending(shown(), big)).toBe(true);
    await page.step();
    const other = buildTimeline(bigDataset(2200, 50, 7));
    timeline = other;
    expect(shown().timeline).toBe(builtin);
    // The work for `big` stops at its next pause; only the work for `other` goes on.
    expect(page.waiting).toHaveLength(2);
    await page.step();
    expect(page.waiting).toHaveLength(1);
    expect(shown().timeline).toBe(builtin);
    while (await page.step());
    expect(shown().timeline).toBe(other);
    expect(plain(shown().layout)).toEqual(plain(memberTimeline(other, { ...geometry, mode: 'member' })));
    // Back to the built-in timeline: made again at once (40 ms is enough for 39 rows on this clock).
    timeline = builtin;
    expect(shown().timeline).toBe(builtin);
    expect(shown().layout.rows).toHaveLength(39);
  });
});

describe('runSlice', () => {
  function* parts(n: number): Generator<void, string> {
    for (let i = 0; i < n; i++) yield;
    return 'done';
  }
  it('goes on until the work is done or its time is up (the clock read every 8 parts), at least one part a call', () => {
    let t = 0;
    const now = () => t++;
    const work = parts(100);
    // 1 reading at the start, then one per 8 parts: time is up (5 ms) at the 5th reading, after 40 parts.
    expect(runSlice(work, 5, now)).toEqual({ done: false });
    expect(t).toBe(6);
    expect(runSlice(work, 1e9, now)).toEqual({ done: true, value: 'done' });
    expect(runSlice(parts(0), 0, now)).toEqual({ done: true, value: 'done' });
  });
});
