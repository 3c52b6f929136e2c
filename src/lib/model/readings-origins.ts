/**
 * Where each post's new holder came from under one reading (issue 12, the readings side by side:
 * posts × readings, each cell newcomer / from the outer body / from the inner body). Pure.
 */
import type { Alternative, Dataset, Reading } from './types.ts';
import { applyReading } from './readings.ts';
import { buildTimeline } from './steps.ts';
import type { Origin } from './readings-derive.ts';
import { bodiesOfPostsAt, membersBefore, postsFilledAt, type NestedBodies } from './readings-input.ts';

export type { NestedBodies } from './readings-input.ts';
export type { Origin } from './readings-derive.ts';

/** One post filled at the alternative's event, with its holder and where they came from. */
export interface PostOrigin {
  post_id: string;
  person_id: string;
  /** The membership that fills the post (in the applied dataset: the reading's own, or the dataset's). */
  membership_id: string;
  /**
   * `inner`: a member of the inner body (the BTV) just before the event; `outer`: of the outer body
   * (the BCH) but not the inner; `newcomer`: of neither.
   */
  origin: Origin;
}

/** The origins of one reading, with the bodies and the step they were read at. */
export interface ReadingOrigins {
  /** The event's step on the applied dataset's timeline. */
  step: number;
  bodies: NestedBodies;
  /** One entry per post filled at the event, in the dataset's post order (then membership order). */
  posts: PostOrigin[];
}

/**
 * The event an alternative is about: its `event_id`, else the start event (`start_event_id`) of the
 * first of its `replaces` memberships that has one; null when neither is known.
 */
export function alternativeEventId(dataset: Dataset, alternative: Alternative): string | null {
  if (alternative.event_id) return alternative.event_id;
  const replaced = new Set(alternative.replaces);
  for (const m of dataset.memberships) if (replaced.has(m.id) && m.start_event_id) return m.start_event_id;
  return null;
}

/**
 * For each post filled at the alternative's event, the origin of its holder under `reading`: the
 * dataset is applied (`applyReading`; the default reading is the dataset itself) and its timeline
 * read just before the event (`membersBefore`). The bodies are those of the posts filled
 * (`bodiesOfPostsAt`: the outer body is the root above them, the inner its child). Returns null when
 * the event is unknown, is not a step, or no inner-body post is filled at it. Never throws for data
 * shaped like `Dataset`.
 * @param dataset the dataset (not modified)
 * @param alternative one of `dataset.alternatives`
 * @param reading one of `alternative.readings`
 * @example readingOrigins(builtin, alt, defaultReading(alt)).posts.map((p) => p.origin)
 *   // one entry per Standing post filled in 1999, e.g. ['inner', 'newcomer', 'outer', 'outer']
 */
export function readingOrigins(dataset: Dataset, alternative: Alternative, reading: Reading): ReadingOrigins | null {
  const eventId = alternativeEventId(dataset, alternative);
  if (eventId === null) return null;
  const applied = applyReading(dataset, reading.default === true ? null : reading.id);
  const timeline = buildTimeline(applied);
  const step = timeline.stepIndexByEvent.get(eventId);
  if (step === undefined) return null;
  const bodies = bodiesOfPostsAt(timeline, step);
  if (!bodies) return null;
  const inner = membersBefore(timeline, step, bodies.inner);
  const outer = membersBefore(timeline, step, bodies.outer);
  const posts = postsFilledAt(timeline, step, bodies.inner).map((f): PostOrigin => ({
    post_id: f.post_id,
    person_id: f.person_id,
    membership_id: f.membership_id,
    origin: inner.has(f.person_id) ? 'inner' : outer.has(f.person_id) ? 'outer' : 'newcomer',
  }));
  return { step, bodies, posts };
}

/** The readings of an alternative side by side: rows are posts, columns readings. */
export interface OriginsTable {
  /** Every post filled at the event under some reading, in the dataset's post order. */
  posts: string[];
  /** One column per reading, in the alternative's order: each post's holder and origin (null: not filled at the event under that reading). */
  columns: { reading: Reading; origins: Record<string, PostOrigin | null> }[];
}

/**
 * The origins of every reading of `alternative` (`readingOrigins`), as a table posts × readings. A
 * reading whose origins cannot be read (unknown event, no post filled) has null in every row. A post
 * filled twice under one reading shows its first holder.
 */
export function originsTable(dataset: Dataset, alternative: Alternative): OriginsTable {
  const each = alternative.readings.map((reading) => ({ reading, read: readingOrigins(dataset, alternative, reading) }));
  const seen = new Set<string>();
  for (const { read } of each) for (const p of read?.posts ?? []) seen.add(p.post_id);
  const order = new Map(dataset.posts.map((p, i) => [p.id, i]));
  const posts = [...seen].sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER));
  const columns = each.map(({ reading, read }) => {
    const origins: Record<string, PostOrigin | null> = {};
    for (const id of posts) origins[id] = read?.posts.find((p) => p.post_id === id) ?? null;
    return { reading, origins };
  });
  return { posts, columns };
}
