/**
 * INTERIM (the app's branch of issue 12): where each post's new holder came from under one reading,
 * with the same names and shapes as `readingOrigins` of `readings-origins.ts` (the model's branch).
 * Once that file is merged, import it instead and delete this one. Pure.
 */
import type { Alternative, Dataset, Reading } from './types.ts';
import { applyReading } from './readings.ts';
import { buildTimeline, type Timeline } from './steps.ts';

/** Where the holder of a post filled at the event came from. */
export type Origin = 'newcomer' | 'outer' | 'inner';

/** The outer body (a root, the BCH) and the inner body (its child that holds the posts, the BTV). */
export interface NestedBodies {
  outer: string;
  inner: string;
}

/** One post filled at the alternative's event, with its holder and where they came from. */
export interface PostOrigin {
  post_id: string;
  person_id: string;
  membership_id: string;
  /** `inner`: in the inner body just before the event; `outer`: in the outer body only; `newcomer`: in neither. */
  origin: Origin;
}

/** The origins of one reading, with the bodies and the step they were read at. */
export interface ReadingOrigins {
  step: number;
  bodies: NestedBodies;
  posts: PostOrigin[];
}

/** `org`, its parent, … up to its root. */
function pathToRoot(timeline: Timeline, org: string): string[] {
  const parent = timeline.orgTree.parent;
  const out: string[] = [];
  for (let at: string | null | undefined = org; at != null && out.length <= parent.size; at = parent.get(at)) out.push(at);
  return out;
}

/**
 * For each post filled at the alternative's event (`event_id`), the origin of its holder under
 * `reading`, read on the applied dataset just before the event. The outer body is the root above the
 * posts, the inner body the root's child on the way to them. Null when the event is not a step or no
 * post under a nested body is filled at it.
 */
export function readingOrigins(dataset: Dataset, alternative: Alternative, reading: Reading): ReadingOrigins | null {
  const eventId = alternative.event_id;
  if (!eventId) return null;
  const timeline = buildTimeline(applyReading(dataset, reading.default === true ? null : reading.id));
  const step = timeline.stepIndexByEvent.get(eventId);
  if (step === undefined) return null;
  const filled = timeline.spans.filter((sp) => sp.live && sp.startStep === step && typeof sp.membership.post_id === 'string' && timeline.postById.has(sp.membership.post_id));
  let bodies: NestedBodies | null = null;
  for (const sp of filled) {
    const path = pathToRoot(timeline, timeline.postById.get(sp.membership.post_id as string)!.organization_id);
    if (path.length >= 2) bodies ??= { outer: path[path.length - 1]!, inner: path[path.length - 2]! };
  }
  if (!bodies) return null;
  const before = (org: string): ReadonlySet<string> => (step > 0 ? (timeline.snapshotAt(step - 1).members.get(org) ?? new Set()) : new Set());
  const inner = before(bodies.inner);
  const outer = before(bodies.outer);
  const order = (id: string): number => timeline.postOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const posts = filled
    .filter((sp) => pathToRoot(timeline, timeline.postById.get(sp.membership.post_id as string)!.organization_id).includes(bodies.inner))
    .map((sp) => sp.membership)
    .sort((a, b) => order(a.post_id as string) - order(b.post_id as string))
    .map((m): PostOrigin => ({
      post_id: m.post_id as string,
      person_id: m.person_id,
      membership_id: m.id,
      origin: inner.has(m.person_id) ? 'inner' : outer.has(m.person_id) ? 'outer' : 'newcomer',
    }));
  return { step, bodies, posts };
}
