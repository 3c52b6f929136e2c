/**
 * Reading the input of `deriveReadings` (`readings-derive.ts`) from a dataset: which two nested
 * bodies an event concerns, the posts filled at it, the plain outer seats filled, and the counts
 * around it. Pure.
 */
import type { Dataset } from './types.ts';
import { buildTimeline, type Timeline } from './steps.ts';
import { checkClaims } from './claims.ts';
import { initialCounts } from './diff.ts';
import type { BodyCounts, FilledPost, Origin, ReadingInput } from './readings-derive.ts';

/** The outer body (a root, the BCH) and the inner body (its child that holds the posts, the BTV). */
export interface NestedBodies {
  outer: string;
  inner: string;
}

/** A post filled at an event: the membership that fills it. */
export interface PostFilling {
  post_id: string;
  person_id: string;
  membership_id: string;
  /** The membership's organization (the inner body or a body inside it, e.g. the Standing Office). */
  organization_id: string;
}

/** The input of `deriveReadings` for one event, with what it was read from. */
export interface ReadingSetup {
  input: ReadingInput;
  /** The event's step index on the timeline. */
  step: number;
  bodies: NestedBodies;
  /** The memberships that fill `input.posts`, parallel to it. */
  fillings: PostFilling[];
  /** Where each of the four counts comes from: a stated claim, or the memberships. */
  countSource: { before: Record<keyof BodyCounts, 'stated' | 'computed'>; after: Record<keyof BodyCounts, 'stated' | 'computed'> };
}

/** Options of `readingInputAt`. */
export interface ReadingInputOptions {
  /** Which origins may hold each post, by post id (a post not named: any). */
  eligible?: Readonly<Record<string, readonly Origin[]>>;
  /** The bodies, when they are not to be found from the posts' organizations. */
  bodies?: NestedBodies;
}

/** True when `org` is `ancestor` or nested inside it (through the tree's parents). */
export function isWithin(timeline: Timeline, org: string, ancestor: string): boolean {
  const parent = timeline.orgTree.parent;
  let at: string | null | undefined = org;
  for (let guard = 0; at != null && guard <= parent.size; guard++) {
    if (at === ancestor) return true;
    at = parent.get(at);
  }
  return false;
}

/**
 * The memberships starting at `step` that hold a post whose organization is `inner` or inside it, in
 * the order of the dataset's posts, then of its memberships. Memberships that are not live (set aside
 * by the timeline) are left out.
 */
export function postsFilledAt(timeline: Timeline, step: number, inner: string): PostFilling[] {
  const out: PostFilling[] = [];
  for (const sp of timeline.spans) {
    const m = sp.membership;
    if (!sp.live || sp.startStep !== step || typeof m.post_id !== 'string') continue;
    const post = timeline.postById.get(m.post_id);
    if (!post || !isWithin(timeline, post.organization_id, inner)) continue;
    out.push({ post_id: m.post_id, person_id: m.person_id, membership_id: m.id, organization_id: m.organization_id });
  }
  const order = (id: string): number => timeline.postOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return out.map((f, i) => ({ f, i })).sort((a, b) => order(a.f.post_id) - order(b.f.post_id) || a.i - b.i).map(({ f }) => f);
}

/**
 * The bodies of the posts filled at `step`: the outer body is the root of the tree above them, the
 * inner body the root's child on the way down to them. Null when no post is filled at the step, a
 * post belongs to a root itself, or the posts lie under different roots or different children.
 */
export function bodiesOfPostsAt(timeline: Timeline, step: number): NestedBodies | null {
  let found: NestedBodies | null = null;
  for (const sp of timeline.spans) {
    const m = sp.membership;
    if (!sp.live || sp.startStep !== step || typeof m.post_id !== 'string') continue;
    const post = timeline.postById.get(m.post_id);
    if (!post || !timeline.organizationById.has(post.organization_id)) continue;
    const path = pathToRoot(timeline, post.organization_id);
    if (path.length < 2) return null;
    const bodies = { outer: path[path.length - 1]!, inner: path[path.length - 2]! };
    if (found && (found.outer !== bodies.outer || found.inner !== bodies.inner)) return null;
    found = bodies;
  }
  return found;
}

/** `org`, its parent, … up to its root (cycles were cut by the tree). */
function pathToRoot(timeline: Timeline, org: string): string[] {
  const parent = timeline.orgTree.parent;
  const out: string[] = [];
  for (let at: string | null | undefined = org; at != null && out.length <= parent.size; at = parent.get(at)) out.push(at);
  return out;
}

/** Who is a member of `org` just before `step` (the snapshot after the previous step, or those seated from before step 0). */
export function membersBefore(timeline: Timeline, step: number, org: string): ReadonlySet<string> {
  if (step > 0) return timeline.snapshotAt(step - 1).members.get(org) ?? new Set();
  const out = new Set<string>();
  for (const sp of timeline.spans) if (sp.live && sp.startStep === null && sp.membership.organization_id === org) out.add(sp.membership.person_id);
  return out;
}

/**
 * The input of `deriveReadings` for the event `eventId` of `dataset`:
 * - `posts`: the posts filled at the event (`postsFilledAt`), inside the inner body;
 * - `plainSeats`: the people with an outer-body membership starting at the event who are not
 *   members of the inner body after it;
 * - `before` / `after`: the bodies' counts just before and just after the event: a stated count
 *   (a claim that `checkClaims` checks against that step, the first for the body) when there is one,
 *   else the count of the memberships (the timeline's count series; before the first step, the
 *   members from before it).
 * The bodies come from `options.bodies`, else from the posts' organizations (`bodiesOfPostsAt`).
 * Returns null when the event is not a step of the timeline or no bodies are found (no post filled).
 * Never throws for data shaped like `Dataset`.
 */
export function readingInputAt(dataset: Dataset, eventId: string, options: ReadingInputOptions = {}): ReadingSetup | null {
  const timeline = buildTimeline(dataset);
  const step = timeline.stepIndexByEvent.get(eventId);
  if (step === undefined) return null;
  const bodies = options.bodies ?? bodiesOfPostsAt(timeline, step);
  if (!bodies) return null;
  const fillings = postsFilledAt(timeline, step, bodies.inner);
  const innerAfter = timeline.snapshotAt(step).members.get(bodies.inner) ?? new Set<string>();
  const plain = new Set<string>();
  for (const sp of timeline.spans) {
    const m = sp.membership;
    if (sp.live && sp.startStep === step && m.organization_id === bodies.outer && !innerAfter.has(m.person_id)) plain.add(m.person_id);
  }
  const plainSeats = plain.size;
  const posts: FilledPost[] = fillings.map((f) => {
    const eligible = options.eligible?.[f.post_id];
    return eligible ? { id: f.post_id, eligible } : { id: f.post_id };
  });
  const checks = checkClaims(timeline);
  const countAt = (at: number, org: string): { n: number; source: 'stated' | 'computed' } => {
    const claim = checks.find((c) => c.step === at && c.claim.organization_id === org && c.date !== null);
    if (claim) return { n: claim.stated, source: 'stated' };
    if (at >= 0) return { n: timeline.countSeries.get(org)?.[at] ?? 0, source: 'computed' };
    return { n: initialCounts(timeline)[org] ?? 0, source: 'computed' };
  };
  const bo = countAt(step - 1, bodies.outer);
  const bi = countAt(step - 1, bodies.inner);
  const ao = countAt(step, bodies.outer);
  const ai = countAt(step, bodies.inner);
  return {
    input: { posts, plainSeats, before: { outer: bo.n, inner: bi.n }, after: { outer: ao.n, inner: ai.n } },
    step,
    bodies,
    fillings,
    countSource: { before: { outer: bo.source, inner: bi.source }, after: { outer: ao.source, inner: ai.source } },
  };
}
