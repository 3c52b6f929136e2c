/**
 * The member timeline's rows before they are drawn: the live, placeable memberships grouped by
 * person (member mode) or by post (seat mode), cut into runs (`member-timeline-runs.ts`), and the
 * rows' order.
 */
import type { Timeline } from '../model/steps.ts';
import type { MembershipSpan } from '../model/spans.ts';
import { orgRank } from '../model/snapshots.ts';
import type { Run, TimelineMode } from './member-timeline-types.ts';
import { memberRuns, seatRuns } from './member-timeline-runs.ts';

/** A row's runs, with what orders the rows. */
export interface RowRuns {
  /** Person id (member mode) or post id (seat mode). */
  id: string;
  runs: Run[];
  /** Deepest body ever held (member mode; ties: dataset order) or the post's body (seat mode), and its depth. */
  sortOrg: string;
  sortDepth: number;
  /** Step of the first run's start (−1 when it starts before the first step); 0 in seat mode. */
  first: number;
  /** The post's dataset position (seat mode); 0 in member mode. */
  order: number;
}

/**
 * The live, placeable membership spans by person id (member mode) or post id (seat mode, known
 * posts only), in the order of `timeline.spans`; spans without that id are left out.
 */
export function groupSpans(timeline: Timeline, mode: TimelineMode): Map<string, MembershipSpan[]> {
  const groups = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    if (!sp.live || !sp.placeable) continue;
    const m = sp.membership;
    const id = mode === 'member' ? m.person_id : m.post_id;
    if (typeof id !== 'string' || id === '') continue;
    if (mode === 'seat' && !timeline.postById.has(id)) continue;
    const g = groups.get(id);
    if (g) g.push(sp);
    else groups.set(id, [sp]);
  }
  return groups;
}

/**
 * One person's row (member mode), or null when they have no run: their runs, and what orders the
 * rows (`memberRowRuns` gives every person's, in order).
 */
export function memberRowOf(timeline: Timeline, pid: string, own: MembershipSpan[]): RowRuns | null {
  const depth = (o: string) => timeline.orgDepth.get(o) ?? 0;
  const runs = memberRuns(timeline, pid, own, timeline.steps.length);
  if (runs.length === 0) return null;
  let deepest = runs[0]!.org;
  for (const r of runs) if (depth(r.org) > depth(deepest) || (depth(r.org) === depth(deepest) && orgRank(timeline.orgTree, r.org) < orgRank(timeline.orgTree, deepest))) deepest = r.org;
  return { id: pid, runs, sortOrg: deepest, sortDepth: depth(deepest), first: runs[0]!.openStart ? -1 : runs[0]!.start, order: 0 };
}

/**
 * One post's row (seat mode), or null when it has no run (`seatRowRuns` gives every post's, in order).
 * @throws TypeError when the timeline does not know post `postId` (`groupSpans` leaves such posts out).
 */
export function seatRowOf(timeline: Timeline, postId: string, own: MembershipSpan[]): RowRuns | null {
  const post = timeline.postById.get(postId)!;
  const runs = seatRuns(postId, post.organization_id, own, timeline.steps.length);
  if (runs.length === 0) return null;
  const depth = timeline.orgDepth.get(post.organization_id) ?? 0;
  return { id: postId, runs, sortOrg: post.organization_id, sortDepth: depth, first: 0, order: timeline.postOrder.get(postId) ?? Infinity };
}

/**
 * Sorts rows of `mode` (in place) into row order, and returns them. Member mode: deepest body
 * first (deeper bodies, then the body tree's order), then the first step, then person id. Seat
 * mode: the posts of deeper bodies first, then the body tree's order, then the posts' dataset order.
 */
export function sortRowRuns(timeline: Timeline, mode: TimelineMode, pending: RowRuns[]): RowRuns[] {
  // Each row's rank in the body tree, read once (not once per comparison).
  const rank = new Map<string, number>();
  for (const p of pending) if (!rank.has(p.sortOrg)) rank.set(p.sortOrg, orgRank(timeline.orgTree, p.sortOrg));
  const r = (p: RowRuns) => rank.get(p.sortOrg)!;
  if (mode === 'member') pending.sort((a, b) => b.sortDepth - a.sortDepth || r(a) - r(b) || a.first - b.first || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  else pending.sort((a, b) => b.sortDepth - a.sortDepth || r(a) - r(b) || a.order - b.order);
  return pending;
}

/**
 * One row per person with at least one run, in row order: deepest body first (deeper bodies, then
 * the body tree's order), then the first step, then person id.
 */
export function memberRowRuns(timeline: Timeline, groups: ReadonlyMap<string, MembershipSpan[]>): RowRuns[] {
  const pending: RowRuns[] = [];
  for (const [pid, own] of groups) {
    const row = memberRowOf(timeline, pid, own);
    if (row) pending.push(row);
  }
  return sortRowRuns(timeline, 'member', pending);
}

/**
 * One row per post with at least one run, in row order: the posts of deeper bodies first, then the
 * body tree's order, then the posts' dataset order.
 * @throws TypeError when `groups` names a post the timeline does not know (`groupSpans` leaves them out).
 */
export function seatRowRuns(timeline: Timeline, groups: ReadonlyMap<string, MembershipSpan[]>): RowRuns[] {
  const pending: RowRuns[] = [];
  for (const [postId, own] of groups) {
    const row = seatRowOf(timeline, postId, own);
    if (row) pending.push(row);
  }
  return sortRowRuns(timeline, 'seat', pending);
}
