/**
 * The member timeline's runs: the maximal stretches of steps over which a row's drawn state does
 * not change, for a person (innermost body, posts, certainty) or for a post (one holder). Steps are
 * indices from 0; a run's end is exclusive.
 */
import type { Timeline } from '../model/steps.ts';
import type { MembershipSpan } from '../model/spans.ts';
import { orgRank, sortPosts } from '../model/snapshots.ts';
import type { Run } from './member-timeline-types.ts';
import { isInferred } from '../model/certainty.ts';

/** Change points of a set of spans (steps where something starts or ends), sorted, within [0, n). */
export function boundaries(spans: readonly MembershipSpan[], n: number): number[] {
  const pts = new Set<number>([0]);
  for (const sp of spans) {
    if (sp.start > 0 && sp.start < n) pts.add(sp.start);
    if (sp.end > 0 && sp.end < n) pts.add(sp.end);
  }
  return [...pts].sort((a, b) => a - b);
}

/** A person's runs: maximal stretches with the same innermost body, posts and certainty. */
export function memberRuns(timeline: Timeline, pid: string, own: MembershipSpan[], n: number): Run[] {
  const pts = boundaries(own, n);
  const runs: Run[] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = i + 1 < pts.length ? pts[i + 1]! : n;
    if (b <= a) continue;
    const active = own.filter((sp) => sp.start <= a && a < sp.end);
    if (active.length === 0) continue;
    const orgs = [...new Set(active.map((sp) => sp.membership.organization_id))].sort(
      (p, q) => orgRank(timeline.orgTree, p) - orgRank(timeline.orgTree, q),
    );
    let org = orgs[0]!;
    for (const o of orgs) if ((timeline.orgDepth.get(o) ?? 0) > (timeline.orgDepth.get(org) ?? 0)) org = o;
    const posts = sortPosts(
      active.map((sp) => sp.membership.post_id).filter((p): p is string => typeof p === 'string' && p !== ''),
      timeline.postOrder,
    );
    const inferred = active.some((sp) => sp.membership.organization_id === org && isInferred(sp.membership));
    const sig = `${org}|${posts.join(',')}|${inferred ? 1 : 0}`;
    const openStart = a === 0 && active.some((sp) => sp.startStep === null);
    const last = runs[runs.length - 1];
    if (last && last.end === a && last.sig === sig) {
      last.end = b;
      for (const sp of active) if (!last.spans.includes(sp)) last.spans.push(sp);
      continue;
    }
    runs.push({ start: a, end: b, org, orgs, post_ids: posts, person_id: pid, spans: [...active], sig, openStart });
  }
  return runs;
}

/** A post's runs: one per holder stretch (joint holders each get their own). */
export function seatRuns(postId: string, org: string, own: MembershipSpan[], n: number): Run[] {
  const runs: Run[] = [];
  const sorted = [...own].sort((a, b) => a.start - b.start || a.index - b.index);
  for (const sp of sorted) {
    const start = sp.start;
    const end = Math.min(n, sp.end);
    if (end <= start) continue;
    const pid = sp.membership.person_id;
    const inferred = isInferred(sp.membership);
    const sig = `${pid}|${inferred ? 1 : 0}`;
    const last = runs.find((r) => r.person_id === pid && r.end === start && r.sig === sig);
    if (last) {
      last.end = end;
      last.spans.push(sp);
      continue;
    }
    runs.push({ start, end, org, orgs: [org], post_ids: [postId], person_id: pid, spans: [sp], sig, openStart: sp.startStep === null });
  }
  return runs;
}
