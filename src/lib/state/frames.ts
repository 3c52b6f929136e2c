/**
 * Interruptible transitions between two sets of positioned items, as pure functions.
 * A frame is what is on screen: every item with its position and opacity. A transition goes from the
 * frame on screen NOW (possibly mid-way through an earlier transition) to a target; so a new target
 * always starts from where each node is, and the end frame is exactly the target (no ghosts).
 */

/** A drawable item keyed by a stable id. Units: the layout's abstract units. */
export interface FrameItem<T> {
  key: string;
  x: number;
  y: number;
  /** 0 (invisible) to 1. */
  opacity: number;
  /** The item's data (label, shape...), taken from the target as soon as a transition starts. */
  datum: T;
}

/** Where an item that has no position yet comes from, or one that goes away goes to. */
export type Anchor = (key: string, datum: unknown) => { x: number; y: number };

export interface Transition<T> {
  /** Items at t = 0 and t = 1, aligned by key (same length, same order). */
  from: FrameItem<T>[];
  to: FrameItem<T>[];
}

/**
 * How many items may enter (or leave) in one transition and still move from (to) their anchor;
 * above it they fade in (out) in place. Dozens of cards stacked on one point read as a blur, and
 * painting them took Chromium 12–25 ms a frame at 2,000 members with 200 entering and 200 leaving
 * (3 ms in place): the frames dropped.
 */
export const CROWD = 40;

/**
 * Align the frame on screen with a target: items in both keep their current place and move;
 * items only in the target enter from `enterFrom` at opacity 0; items only on screen leave to
 * `exitTo` and fade to 0 (the motion drops them when the transition ends). When more than `crowd`
 * items enter, they fade in at their target place instead; the same for leaving items.
 * Order: target order first, then leaving items in their on-screen order (deterministic).
 */
export function planTransition<T>(
  current: FrameItem<T>[],
  target: { key: string; x: number; y: number; datum: T }[],
  enterFrom: Anchor,
  exitTo: Anchor,
  crowd = CROWD,
): Transition<T> {
  const now = new Map(current.map((c) => [c.key, c]));
  const from: FrameItem<T>[] = [];
  const to: FrameItem<T>[] = [];
  const targetKeys = new Set<string>();
  for (const t of target) targetKeys.add(t.key);
  const entering = target.reduce((n, t) => (now.has(t.key) ? n : n + 1), 0);
  const leaving = current.reduce((n, c) => (targetKeys.has(c.key) ? n : n + 1), 0);
  for (const t of target) {
    const c = now.get(t.key);
    if (c) from.push({ ...c, datum: t.datum });
    else {
      const a = entering > crowd ? t : enterFrom(t.key, t.datum);
      from.push({ key: t.key, x: a.x, y: a.y, opacity: 0, datum: t.datum });
    }
    to.push({ key: t.key, x: t.x, y: t.y, opacity: 1, datum: t.datum });
  }
  for (const c of current) {
    if (targetKeys.has(c.key)) continue;
    const a = leaving > crowd ? c : exitTo(c.key, c.datum);
    from.push(c);
    to.push({ key: c.key, x: a.x, y: a.y, opacity: 0, datum: c.datum });
  }
  return { from, to };
}

/** Where an item is at time `t` (0..1, already eased) of its move from `a` to `b` (linear in x, y, opacity). */
export function between(
  a: { x: number; y: number; opacity: number },
  b: { x: number; y: number; opacity: number },
  t: number,
): { x: number; y: number; opacity: number } {
  if (t >= 1) return { x: b.x, y: b.y, opacity: b.opacity };
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, opacity: a.opacity + (b.opacity - a.opacity) * t };
}

/** True when the frame equals the target (same keys, positions, full opacity). */
export function isAtRest(frame: readonly { key: string; x: number; y: number; opacity: number }[], target: { key: string; x: number; y: number }[]): boolean {
  if (frame.length !== target.length) return false;
  return frame.every((f, i) => {
    const t = target[i]!;
    return f.key === t.key && f.x === t.x && f.y === t.y && f.opacity === 1;
  });
}
