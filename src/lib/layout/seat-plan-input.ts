/**
 * The seat plan's input stage: from what `planSeats` is given (a timeline, or organizations with
 * snapshots) to the organization tree, the seats of each organization, and where each person is at
 * each step (`seat-plan-states.ts`).
 */
import type { Organization } from '../model/types.ts';
import { buildOrgTree, type OrgTree } from '../model/org-tree.ts';
import { groupIds } from '../model/groups.ts';
import { groupIndex } from '../model/group-at.ts';
import type { Timeline } from '../model/steps.ts';
import { snapshotSource, spanSource, type PostSlots, type StateSource } from './seat-plan-states.ts';
import type { PlanOrganization, SeatPlanInput, TimelineLike } from './seat-plan-types.ts';

/** What the later stages of the plan read. */
export interface PlanInput {
  tree: OrgTree;
  /** The seats of each organization (null: none), by id. */
  orgSeats: Map<string, number | null>;
  /** Where each person is at each step. */
  states: StateSource;
  /** Number of steps (≥ 1). */
  stepCount: number;
  /**
   * Per person with a group, the seat order of their main group (the one they hold longest, ties
   * the first: `GroupIndex.mainGroup`) in `groupOrder`; empty without groups or without a full
   * timeline.
   */
  groupRank: Map<string, number>;
}

/**
 * Reads the plan's input. With a timeline that has `spans`, the places come from the spans (no
 * snapshot is built); otherwise from `snapshotAt` or `snapshots`, with `steps` when given.
 * @throws Error when there are no steps (the message gives the step count).
 */
export function readPlanInput(source: SeatPlanInput | TimelineLike): PlanInput {
  const allOrganizations = 'dataset' in source ? source.dataset.organizations : source.organizations;
  // Groups (parties) are no bodies: no region, no box.
  const groups = groupIds({
    organizations: allOrganizations as Organization[],
    memberships: 'dataset' in source ? ((source.dataset as { memberships?: Timeline['dataset']['memberships'] }).memberships ?? []) : [],
  });
  const organizations = groups.size === 0 ? allOrganizations : allOrganizations.filter((o) => !groups.has(o.id));
  const posts = ('dataset' in source ? source.dataset.posts : source.posts) ?? [];
  // buildOrgTree reads only `id` and `parent_id`.
  const tree = buildOrgTree(organizations as readonly Organization[]);
  const postRank = postRanks(posts);
  const slots = postSlots(posts);
  const states: StateSource =
    'dataset' in source
      ? source.spans
        ? spanSource(source.steps.length, source.spans, tree, postRank, slots)
        : snapshotSource({ stepCount: source.steps.length, snapshotAt: (i) => source.snapshotAt(i) }, source.steps, postRank, slots)
      : snapshotSource(source, source.steps, postRank, slots);
  const stepCount = states.stepCount;
  if (!Number.isInteger(stepCount) || stepCount < 1) {
    throw new Error(`planSeats: the timeline has no steps (stepCount = ${String(stepCount)}); at least one is needed.`);
  }
  return { tree, orgSeats: seatsByOrg(organizations), states, stepCount, groupRank: groupRanks(source) };
}

/** True when `source` is a whole timeline of `model/steps.ts` (what `groupIndex` reads). */
function isTimeline(source: unknown): source is Timeline {
  const t = source as Partial<Timeline>;
  return typeof t === 'object' && t !== null && 'dataset' in t && Array.isArray(t.spans) && t.groupIds instanceof Set && Array.isArray(t.steps);
}

/** See `PlanInput.groupRank`. */
function groupRanks(source: SeatPlanInput | TimelineLike): Map<string, number> {
  const out = new Map<string, number>();
  if (!isTimeline(source) || source.groupIds.size === 0) return out;
  const idx = groupIndex(source);
  const rank = new Map(idx.order.map((g, i) => [g, i] as const));
  for (const [p, g] of idx.mainGroup) out.set(p, rank.get(g) ?? idx.order.length);
  return out;
}

/** Each post's position in the dataset (0-based; on duplicate ids the first wins): newcomers are ordered by it. */
export function postRanks(posts: readonly { id: string }[]): Map<string, number> {
  const postRank = new Map<string, number>();
  posts.forEach((p, i) => {
    if (!postRank.has(p.id)) postRank.set(p.id, i);
  });
  return postRank;
}

/**
 * The place of each post in its organization: the posts of one organization, in dataset order, are
 * its cells 0, 1, 2… (the first post of the Standing Office, the Secretary, is its first cell). A
 * post without an organization has none; on duplicate ids the first wins.
 */
export function postSlots(posts: readonly { id: string; organization_id?: string }[]): PostSlots {
  const out = new Map<string, { org: string; slot: number }>();
  const next = new Map<string, number>();
  for (const p of posts) {
    if (out.has(p.id) || typeof p.organization_id !== 'string') continue;
    const k = next.get(p.organization_id) ?? 0;
    out.set(p.id, { org: p.organization_id, slot: k });
    next.set(p.organization_id, k + 1);
  }
  return out;
}

/** The seats of each organization by id: a number ≥ 0, or null when it has none (missing, negative, not a number); the first of duplicate ids wins. */
export function seatsByOrg(organizations: readonly PlanOrganization[]): Map<string, number | null> {
  const orgSeats = new Map<string, number | null>();
  for (const o of organizations) {
    if (!orgSeats.has(o.id)) orgSeats.set(o.id, typeof o.seats === 'number' && o.seats >= 0 ? o.seats : null);
  }
  return orgSeats;
}
