import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { MotionState, REVEAL_CHUNK, REVEAL_FRAME_MS, REVEAL_MIN_CHUNK, STEP_DURATION, type MotionTarget } from '../../src/lib/state/motion.svelte.ts';

const anchor = () => ({ x: 0, y: 0 });
const target = (step: number, pts: [string, number, number][]): MotionTarget<string> => ({
  step,
  items: pts.map(([key, x, y]) => ({ key, x, y, datum: key })),
  enterFrom: anchor,
  exitTo: anchor,
});
const pos = (m: MotionState<string>) => m.frame.map((f) => [f.key, f.x, f.y, f.opacity]);

describe('MotionState with fake timers (no component mounted)', () => {
  let current = $state(target(0, [['a', 0, 0]]));
  let reduced = false;
  let motion: MotionState<string>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
    reduced = false;
    current = target(0, [['a', 0, 0], ['b', 100, 0]]);
    motion = new MotionState(() => current, { reducedMotion: () => reduced });
    flushSync();
  });
  afterEach(() => {
    motion.destroy();
    vi.useRealTimers();
  });

  it('draws the first target at once', () => {
    expect(motion.step).toBe(0);
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['a', 0, 0, 1], ['b', 100, 0, 1]]);
  });

  it('animates a new target: animating true, then false on exactly the target', () => {
    current = target(1, [['a', 200, 0], ['c', 50, 50]]);
    flushSync();
    expect(motion.step).toBe(1);
    expect(motion.animating).toBe(true);
    // t = 0: every item where it was ('c' enters from the anchor, 'b' still there)
    expect(pos(motion)).toEqual([['a', 0, 0, 1], ['c', 0, 0, 0], ['b', 100, 0, 1]]);
    // Staged: first 'b' leaves (0 to 0.4 of the transition), then the seats stand empty, then 'a'
    // moves and 'c' arrives (0.5 to 1).
    vi.advanceTimersByTime(STEP_DURATION * 0.2);
    const b = motion.frame.find((f) => f.key === 'b')!;
    expect(b.opacity).toBeGreaterThan(0);
    expect(b.opacity).toBeLessThan(1);
    expect(motion.frame.find((f) => f.key === 'a')!.x).toBe(0);
    expect(motion.frame.find((f) => f.key === 'c')!.opacity).toBe(0);
    vi.advanceTimersByTime(STEP_DURATION * 0.25);
    expect([b.x, b.y, b.opacity]).toEqual([0, 0, 0]);
    expect(motion.frame.find((f) => f.key === 'a')!.x).toBe(0);
    vi.advanceTimersByTime(STEP_DURATION * 0.3);
    const a = motion.frame.find((f) => f.key === 'a')!;
    expect(a.moving).toBe(true);
    expect(a.x).toBeGreaterThan(0);
    expect(a.x).toBeLessThan(200);
    expect(motion.animating).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION);
    expect(motion.animating).toBe(false);
    expect(a.moving).toBe(false);
    expect(pos(motion)).toEqual([['a', 200, 0, 1], ['c', 50, 50, 1]]);
  });

  it('an interruption continues from where the items are and ends on the last target', () => {
    current = target(1, [['a', 300, 0], ['b', 100, 0]]);
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION / 2);
    const mid = motion.frame.find((f) => f.key === 'a')!.x;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(300);
    current = target(2, [['a', -300, 0], ['b', 100, 0]]);
    flushSync();
    // the new transition starts where 'a' was, not where it was going or coming from
    expect(motion.frame.find((f) => f.key === 'a')!.x).toBe(mid);
    expect(motion.step).toBe(2);
    expect(motion.animating).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION + 50);
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['a', -300, 0, 1], ['b', 100, 0, 1]]);
  });

  it('a new drawing of the same places (e.g. stated facts only) changes at once, without motion', () => {
    current = { ...target(0, [['a', 0, 0], ['b', 100, 0]]), items: current.items.map((i) => ({ ...i, datum: `${i.datum}*` })) };
    flushSync();
    expect(motion.animating).toBe(false);
    expect(motion.frame.map((f) => f.datum)).toEqual(['a*', 'b*']);
  });

  it('the same places during a transition still finish moving there', () => {
    current = target(1, [['a', 200, 0], ['b', 100, 0]]);
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION / 2);
    current = target(1, [['a', 200, 0], ['b', 100, 0]]);
    flushSync();
    expect(motion.animating).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION * 2);
    expect(pos(motion)).toEqual([['a', 200, 0, 1], ['b', 100, 0, 1]]);
  });

  it('reset during a transition ends it on its target (the same target may follow, and nothing else redraws it)', () => {
    current = target(1, [['a', 200, 0], ['b', 100, 0]]);
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION / 3);
    expect(motion.animating).toBe(true);
    motion.reset();
    flushSync();
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['a', 200, 0, 1], ['b', 100, 0, 1]]);
    vi.advanceTimersByTime(STEP_DURATION);
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['a', 200, 0, 1], ['b', 100, 0, 1]]);
  });

  it('reduced motion jumps at once', () => {
    reduced = true;
    current = target(3, [['a', 7, 8]]);
    flushSync();
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['a', 7, 8, 1]]);
  });

  it('after reset (a new dataset) the next target is drawn at once, from nothing', () => {
    motion.reset();
    current = target(0, [['z', 1, 2]]);
    flushSync();
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['z', 1, 2, 1]]);
  });

  it('above the node limit (target and leaving nodes) a change jumps', () => {
    motion.destroy();
    current = target(0, [['a', 0, 0]]);
    motion = new MotionState(() => current, { maxNodes: 2 });
    flushSync();
    // 2 nodes in the target, none leaving: animates
    current = target(1, [['a', 5, 0], ['b', 6, 0]]);
    flushSync();
    expect(motion.animating).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION + 50);
    // 2 in the target and 1 leaving: 3 > 2, jumps
    current = target(2, [['a', 7, 0], ['c', 8, 0]]);
    flushSync();
    expect(motion.animating).toBe(false);
    expect(pos(motion)).toEqual([['a', 7, 0, 1], ['c', 8, 0, 1]]);
  });

  it('keeps one item per key across steps, and a frame writes only the items that move', () => {
    const a0 = motion.frame.find((f) => f.key === 'a')!;
    const b0 = motion.frame.find((f) => f.key === 'b')!;
    current = target(1, [['a', 0, 0], ['b', 200, 0]]);
    flushSync();
    expect(motion.frame[0]).toBe(a0);
    expect(motion.frame[1]).toBe(b0);
    // every frame says what it moved: b, never a
    const v0 = motion.version;
    const seen = new Set<string>();
    let frames = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void motion.version;
        for (const m of motion.moved) seen.add(m.key);
        frames++;
      });
    });
    flushSync();
    seen.clear(); // what the effect saw at its first run: the first draw
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(STEP_DURATION / 10);
      flushSync();
    }
    vi.advanceTimersByTime(50);
    flushSync();
    expect(motion.animating).toBe(false);
    expect(b0.x).toBe(200);
    expect(a0.x).toBe(0);
    expect(motion.version - v0).toBeGreaterThan(5);
    expect(frames).toBeGreaterThan(5);
    expect([...seen]).toEqual(['b']);
    stop();
  });

  it('keeps the datum of an item that draws the same (`same`)', () => {
    motion.destroy();
    type D = { id: string; pos: number };
    let cur = $state<MotionTarget<D>>({ step: 0, items: [{ key: 'a', x: 0, y: 0, datum: { id: 'a', pos: 0 } }], enterFrom: anchor, exitTo: anchor });
    const m = new MotionState<D>(() => cur, { same: (p, q) => p.id === q.id });
    flushSync();
    const d0 = m.frame[0]!.datum;
    cur = { ...cur, step: 1, items: [{ key: 'a', x: 9, y: 0, datum: { id: 'a', pos: 9 } }] };
    flushSync();
    expect(m.frame[0]!.datum).toBe(d0);
    cur = { ...cur, step: 2, items: [{ key: 'a', x: 9, y: 0, datum: { id: 'a2', pos: 9 } }] };
    flushSync();
    expect(m.frame[0]!.datum.id).toBe('a2');
    m.destroy();
  });

  it('a crowd fading in place is drawn as two groups from the second frame on, with one opacity each', () => {
    // 50 stay, 50 leave and 50 enter: more than CROWD (40) each way, so they fade in place
    const seat = (i: number): [string, number, number] => [`s${i}`, i * 10, 0];
    current = target(0, Array.from({ length: 100 }, (_, i) => seat(i)));
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION + 50);
    flushSync();
    const stayed = Array.from({ length: 50 }, (_, i) => seat(i)).map(([k, x, y]): [string, number, number] => [k, x, y + 5]);
    const entering = Array.from({ length: 50 }, (_, i) => seat(100 + i));
    current = target(1, [...stayed, ...entering]);
    flushSync();
    expect(motion.animating).toBe(true);
    // the first frame draws no group: it paints the new step at its lightest
    expect(motion.fades.in).toEqual([]);
    vi.advanceTimersByTime(17);
    flushSync();
    expect(motion.fades.in).toEqual([]);
    vi.advanceTimersByTime(17 * 10);
    flushSync();
    const ins = motion.fades.in.map((m) => m.key);
    const outs = motion.fades.out.map((m) => m.key);
    expect(ins).toEqual(entering.map(([k]) => k));
    expect(outs).toEqual(Array.from({ length: 50 }, (_, i) => `s${50 + i}`));
    // staged: the leaving group fades first, the entering one after it
    expect(motion.fadeOut).toBeGreaterThan(0);
    expect(motion.fadeOut).toBeLessThan(1);
    expect(motion.fadeIn).toBe(0);
    for (const m of motion.fades.out) expect([m.fade, m.opacity]).toEqual(['out', motion.fadeOut]);
    vi.advanceTimersByTime(17 * 30);
    flushSync();
    expect(motion.fadeIn).toBeGreaterThan(0);
    expect(motion.fadeIn).toBeLessThan(1);
    expect(motion.fadeOut).toBe(0);
    // each item's own opacity is its group's; only the members who move are in `moved`
    for (const m of motion.fades.in) expect([m.fade, m.opacity]).toEqual(['in', motion.fadeIn]);
    for (const m of motion.fades.out) expect([m.fade, m.opacity]).toEqual(['out', motion.fadeOut]);
    expect(motion.moved.map((m) => m.key)).toEqual(stayed.map(([k]) => k));
    vi.advanceTimersByTime(STEP_DURATION);
    flushSync();
    expect(motion.animating).toBe(false);
    expect(motion.fades).toEqual({ in: [], out: [] });
    expect(motion.frame.every((m) => m.fade === null && m.opacity === 1)).toBe(true);
    // the last frame writes every item that moved or faded, the groups' too
    expect(motion.moved.map((m) => m.key)).toEqual([...stayed, ...entering].map(([k]) => k).concat(outs));
    expect(pos(motion)).toEqual([...stayed, ...entering].map(([k, x, y]) => [k, x, y, 1]));
  });

  it('an interrupted crowd fade continues from each item\'s own opacity, out of the groups', () => {
    const seat = (i: number): [string, number, number] => [`s${i}`, i * 10, 0];
    current = target(0, Array.from({ length: 50 }, (_, i) => seat(i)));
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION + 50);
    flushSync();
    current = target(1, Array.from({ length: 50 }, (_, i) => seat(50 + i)));
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION * 0.75);
    flushSync();
    expect(motion.fades.in.length).toBe(50);
    const mid = motion.fadeIn;
    expect(mid).toBeGreaterThan(0);
    current = target(2, Array.from({ length: 50 }, (_, i) => seat(50 + i)));
    flushSync();
    // the same 50 again: they go on from where they are (no longer from 0), each on its own
    expect(motion.fades).toEqual({ in: [], out: [] });
    expect(motion.frame.slice(0, 50).every((m) => m.opacity === mid && m.fade === null)).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION / 2);
    flushSync();
    expect(motion.fades).toEqual({ in: [], out: [] });
    // each writes its own opacity (those that were leaving went at the interruption, as always)
    expect(motion.moved.map((m) => m.key)).toEqual(Array.from({ length: 50 }, (_, i) => `s${50 + i}`));
    vi.advanceTimersByTime(STEP_DURATION);
    flushSync();
    expect(pos(motion)).toEqual(Array.from({ length: 50 }, (_, i) => [`s${50 + i}`, (50 + i) * 10, 0, 1]));
  });

  it('after destroy it no longer follows', () => {
    motion.destroy();
    current = target(4, [['q', 1, 1]]);
    flushSync();
    expect(motion.step).toBe(0);
  });
});

describe('MotionState: the first drawing of many items comes a chunk per frame', () => {
  const many = (step: number, n: number, dx = 0) => target(step, Array.from({ length: n }, (_, i) => [`p${i}`, i + dx, 0] as [string, number, number]));
  let current = $state(many(0, 1));
  let motion: MotionState<string>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
  });
  afterEach(() => {
    motion.destroy();
    vi.useRealTimers();
  });

  it('shows REVEAL_CHUNK items, then chunks sized by the time the last frame took, animating until all are drawn, each at its place', () => {
    // A clock whose time the test sets, and whose frames the test runs.
    let t = 1000;
    const frames: (() => void)[] = [];
    const clock = { now: () => t, frame: (cb: () => void) => (frames.push(cb), () => void frames.splice(frames.indexOf(cb), 1)) };
    const next = (ms: number) => {
      t += ms;
      frames.shift()!();
      flushSync();
    };
    const n = 2000;
    current = many(0, n);
    motion = new MotionState(() => current, { clock });
    flushSync();
    expect([REVEAL_CHUNK, REVEAL_FRAME_MS, REVEAL_MIN_CHUNK]).toEqual([200, 30, 50]);
    expect(motion.frame.length).toBe(200);
    expect(motion.animating).toBe(true);
    expect(motion.frame[199]).toMatchObject({ key: 'p199', x: 199, opacity: 1 });
    // 200 items in 80 ms: 75 fit in 30 ms.
    next(80);
    expect(motion.frame.length).toBe(275);
    // 75 in 10 ms: 225 would fit, twice the last chunk is the most (150).
    next(10);
    expect(motion.frame.length).toBe(425);
    // 150 in 17 ms: 264 fit (floor of 150 × 30 / 17).
    next(17);
    expect(motion.frame.length).toBe(689);
    // 264 in 900 ms: never fewer than 50.
    next(900);
    expect(motion.frame.length).toBe(739);
    expect(motion.animating).toBe(true);
    // 50 in 5 ms: 100 (twice), then 200; 200 in no time (a frame at once): twice; then 800, cut to what is left.
    for (const [ms, shown] of [[5, 839], [5, 1039], [0, 1439]] as const) {
      next(ms);
      expect(motion.frame.length).toBe(shown);
    }
    next(5);
    expect(motion.frame.length).toBe(n);
    expect(motion.animating).toBe(false);
    expect(frames).toHaveLength(0);
    expect(motion.frame.map((f) => f.x)).toEqual(current.items.map((i) => i.x));
  });

  it('a new target during the reveal is drawn whole, and a small first drawing comes at once', () => {
    // More items than move one by one (ANIMATE_MAX_NODES, 2,500): the new step is drawn at once.
    const n = 3000;
    current = many(0, n);
    motion = new MotionState(() => current);
    flushSync();
    expect(motion.frame.length).toBe(REVEAL_CHUNK);
    current = many(1, n, 5);
    flushSync();
    expect(motion.step).toBe(1);
    expect(motion.animating).toBe(false);
    expect(motion.frame.length).toBe(n);
    expect(motion.frame[0]!.x).toBe(5);
    motion.destroy();
    current = many(0, REVEAL_CHUNK);
    motion = new MotionState(() => current);
    flushSync();
    expect(motion.frame.length).toBe(REVEAL_CHUNK);
    expect(motion.animating).toBe(false);
  });
});
