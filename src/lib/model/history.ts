/**
 * Per-person and per-post views over the whole timeline: the member panel's history and the
 * "who held which role" table (`data/README.md`, "The \"who held which role\" table").
 */
import type { Certainty, Citation, EndCause, LangString, Post, Person, StartCause } from './types.ts';
import type { PartialDate } from './dates.ts';
import type { Timeline } from './steps.ts';
import type { MembershipSpan } from './spans.ts';
import { orgRank, sortPosts } from './snapshots.ts';
import { inferenceBasis, isInferred } from './certainty.ts';

/** A person's situation at one step. */
export interface PersonStepState {
  step: number;
  /** `seated`: in some body; `departed`: was in one earlier, in none now; `not_yet`: not arrived. */
  status: 'seated' | 'departed' | 'not_yet';
  /** Bodies at this step, outermost first (empty unless seated). */
  organizations: string[];
  /** The deepest of them, null unless seated. */
  innermost: string | null;
  /** Posts held at this step, dataset order. */
  post_ids: string[];
  membership_ids: string[];
  /** Any active membership is inferred. */
  inferred: boolean;
}

/** One start or end of one of the person's memberships. */
export interface PersonChange {
  membership_id: string;
  kind: 'start' | 'end';
  /** Step index at which it happens. */
  step: number;
  /** The step's date. */
  date: PartialDate;
  /** The membership's own `start_date` / `end_date` as written, or null. */
  stated_date: string | null;
  organization_id: string;
  post_id: string | null;
  cause: StartCause | EndCause | null;
  /** For an end: `end_destination`, else null. */
  destination: LangString | null;
  destination_wikidata: string | null;
  citations: Citation[];
  certainty: Certainty;
  basis: LangString | null;
}

/** Everything the member panel shows about one person. */
export interface PersonHistory {
  person_id: string;
  /** The dataset record, or null for an id only memberships mention. */
  person: Person | null;
  /** One entry per step. */
  steps: PersonStepState[];
  /** Starts and ends in step order (at one step: ends before starts, then dataset order). */
  changes: PersonChange[];
}

/**
 * The history of `personId`: where they sit at each step, and every start and end of their
 * memberships with cause, destination, citations and certainty. Memberships without a start
 * (from before step 0) give no start change. O(memberships + steps · the person's memberships).
 * An unknown id gives `person: null`, every step `not_yet`, no changes.
 */
export function personHistory(timeline: Timeline, personId: string): PersonHistory {
  const own = timeline.spans.filter((sp) => sp.live && sp.membership.person_id === personId);
  const steps: PersonStepState[] = timeline.steps.map((_, k) => {
    const active = own.filter((sp) => sp.start <= k && k < sp.end);
    if (active.length === 0) {
      const earlier = own.some((sp) => sp.startStep === null || sp.start < k);
      return {
        step: k,
        status: earlier ? 'departed' : 'not_yet',
        organizations: [],
        innermost: null,
        post_ids: [],
        membership_ids: [],
        inferred: false,
      };
    }
    const orgs = [...new Set(active.map((sp) => sp.membership.organization_id))].sort(
      (a, b) => orgRank(timeline.orgTree, a) - orgRank(timeline.orgTree, b),
    );
    let innermost = orgs[0]!;
    for (const o of orgs) if ((timeline.orgDepth.get(o) ?? 0) > (timeline.orgDepth.get(innermost) ?? 0)) innermost = o;
    return {
      step: k,
      status: 'seated',
      organizations: orgs,
      innermost,
      post_ids: sortPosts(postsOf(active), timeline.postOrder),
      membership_ids: active.map((sp) => sp.membership.id),
      inferred: active.some((sp) => isInferred(sp.membership)),
    };
  });
  const changes: PersonChange[] = [];
  for (const sp of own) {
    if (sp.startStep !== null) changes.push(changeOf(timeline, sp, 'start', sp.startStep));
    if (sp.endStep !== null) changes.push(changeOf(timeline, sp, 'end', sp.endStep));
  }
  const rank = (c: PersonChange): number => (c.kind === 'end' ? 0 : 1);
  const order = new Map(own.map((sp) => [sp.membership.id, sp.index]));
  changes.sort((a, b) => a.step - b.step || rank(a) - rank(b) || order.get(a.membership_id)! - order.get(b.membership_id)!);
  return { person_id: personId, person: timeline.personById.get(personId) ?? null, steps, changes };
}

function postsOf(spans: readonly MembershipSpan[]): string[] {
  return spans.map((sp) => sp.membership.post_id).filter((p): p is string => typeof p === 'string' && p !== '');
}

function changeOf(timeline: Timeline, sp: MembershipSpan, kind: 'start' | 'end', step: number): PersonChange {
  const m = sp.membership;
  return {
    membership_id: m.id,
    kind,
    step,
    date: timeline.steps[step]!.date,
    stated_date: (kind === 'start' ? m.start_date : m.end_date) ?? null,
    organization_id: m.organization_id,
    post_id: m.post_id ?? null,
    cause: (kind === 'start' ? m.start_cause : m.end_cause) ?? null,
    destination: kind === 'end' ? (m.end_destination ?? null) : null,
    destination_wikidata: kind === 'end' ? (m.end_destination_wikidata ?? null) : null,
    citations: m.citations ?? [],
    certainty: isInferred(m) ? 'inferred' : 'stated',
    basis: inferenceBasis(m) ?? (m.basis ?? null),
  };
}

/** One cell of the role table. */
export type RoleCell =
  /** Someone holds the post; `inferred` when any of the holding memberships is. */
  | { kind: 'held'; person_ids: string[]; membership_ids: string[]; inferred: boolean }
  /** Nobody holds it, between a known holder leaving and a known successor arriving. */
  | { kind: 'vacant' }
  /** Nobody in the data holds it, and the source does not say it was empty. */
  | { kind: 'not_stated' };

/** One post across the timeline. */
export interface RoleRow {
  post: Post;
  /** One cell per step. */
  cells: RoleCell[];
}

/**
 * The "who held which role" table: one row per post (dataset order), one cell per step.
 * An unheld post is `vacant` at step k only when some holder's membership of it ended at a step
 * ≤ k and some membership of it starts at a step > k; otherwise `not_stated` (where
 * the source says nothing, tables say "not stated", never "vacant": a gap in the sources is not a
 * vacancy; `data/README.md`, "vacant" vs "not stated"). O(posts · steps + memberships).
 */
export function roleTable(timeline: Timeline): RoleRow[] {
  const byPost = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    const p = sp.membership.post_id;
    if (!sp.live || typeof p !== 'string' || p === '') continue;
    const list = byPost.get(p);
    if (list) list.push(sp);
    else byPost.set(p, [sp]);
  }
  const n = timeline.steps.length;
  const seen = new Set<string>();
  const rows: RoleRow[] = [];
  for (const post of timeline.dataset.posts ?? []) {
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    const spans = byPost.get(post.id) ?? [];
    const firstEnd = Math.min(...spans.map((sp) => sp.endStep ?? Infinity));
    const lastStart = Math.max(...spans.map((sp) => sp.startStep ?? -Infinity));
    const cells: RoleCell[] = [];
    for (let k = 0; k < n; k++) {
      const active = spans.filter((sp) => sp.start <= k && k < sp.end);
      if (active.length > 0) {
        cells.push({
          kind: 'held',
          person_ids: [...new Set(active.map((sp) => sp.membership.person_id))],
          membership_ids: active.map((sp) => sp.membership.id),
          inferred: active.some((sp) => isInferred(sp.membership)),
        });
      } else if (firstEnd <= k && lastStart > k) {
        cells.push({ kind: 'vacant' });
      } else {
        cells.push({ kind: 'not_stated' });
      }
    }
    rows.push({ post, cells });
  }
  return rows;
}
