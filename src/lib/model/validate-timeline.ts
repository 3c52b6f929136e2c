/**
 * The timeline checks of `validateDataset` (`validate.ts`): problems only visible once the
 * memberships are placed on steps (organization cycles, membership dates against their steps,
 * nesting per step, posts held by more people than their seats, one person's overlapping
 * memberships, over-full bodies, stated counts). Each takes the timeline of the dataset (built
 * from `readCollections`'s safe dataset) and returns its problems in check order; none throws.
 * Only a parent cycle is an error; every other problem here is a finding (`warning`): the data
 * loads, and a membership that cannot be placed (it ends before it starts) is set aside (not
 * `live`: in no snapshot) but stays in the dataset.
 */
import type { Timeline } from './steps.ts';
import { isAfter, mayCoincide, tryParseDate, type PartialDate } from './dates.ts';
import { checkClaims } from './claims.ts';
import { firstUncovered, mergeIntervals, type MembershipSpan, type StepInterval } from './spans.ts';
import type { Problem } from './problems.ts';
import { problemSink, type AnyRecord } from './validate-records.ts';

/** `parent-cycle` for each cycle of `parent_id` (at the parent_id of the organization where it was cut). */
export function checkCycles(timeline: Timeline): Problem[] {
  const { out, add } = problemSink();
  for (const cycle of timeline.orgTree.cycles) {
    const last = cycle[cycle.length - 2]!;
    add('error', 'parent-cycle', `/organizations/${timeline.orgTree.order.get(last)}/parent_id`, { org: last, cycle: cycle.join(' → ') });
  }
  return out;
}

/**
 * `claim-before-steps` (warning) for a claim dated before the first step (an interval: one that
 * ends before it too), `claim-mismatch` for a
 * claim whose stated count differs from the members computed at its step (see `checkClaims`).
 * Claims with a bad date or count are left to the record checks.
 */
export function checkClaimCounts(timeline: Timeline): Problem[] {
  const { out, add } = problemSink();
  for (const c of checkClaims(timeline)) {
    if (c.date === null || typeof c.claim.count !== 'number') continue;
    // Dated before every step: for an interval, only when it ends before the first step too.
    if (c.candidates.every((i) => i < 0)) {
      const first = timeline.steps[0];
      add('warning', 'claim-before-steps', `/claims/${c.index}/date`, {
        claim: c.claim.id,
        date: c.end === null ? c.date.text : c.claim.date,
        first: first ? first.date.text : '',
      });
    }
    if (!c.holds) {
      add('warning', 'claim-mismatch', `/claims/${c.index}/count`, {
        claim: c.claim.id,
        org: c.claim.organization_id,
        date: c.claim.date,
        stated: c.stated,
        computed: c.computed,
        ...stepParams(timeline, c.step, 'step'),
      });
    }
  }
  return out;
}

/** `{prefix}` = index, `{prefix}_label_vi|en` = the step's label, `{prefix}_date` = its dateLabel. */
export function stepParams(timeline: Timeline, index: number, prefix: string): Record<string, string | number> {
  const s = timeline.steps[index];
  if (!s) return { [prefix]: index, [`${prefix}_label_vi`]: '', [`${prefix}_label_en`]: '', [`${prefix}_date`]: '' };
  const vi = s.label.vi ?? s.label.en ?? s.dateLabel;
  const en = s.label.en ?? s.label.vi ?? s.dateLabel;
  return { [prefix]: index, [`${prefix}_label_vi`]: vi, [`${prefix}_label_en`]: en, [`${prefix}_date`]: s.dateLabel };
}

/**
 * end-before-start, empty-membership, event-date-mismatch, ambiguous-date, undated-membership (a
 * membership with no start and no end, neither date nor event: it is drawn at every step).
 */
export function checkMembershipDates(timeline: Timeline, events: readonly AnyRecord[], eventDates: readonly (PartialDate | null)[]): Problem[] {
  const { out, add } = problemSink();
  const eventIndex = new Map<string, number>();
  events.forEach((e, i) => {
    if (typeof e.id === 'string' && !eventIndex.has(e.id)) eventIndex.set(e.id, i);
  });
  for (const sp of timeline.spans) {
    const m = sp.membership;
    const i = sp.index;
    const start = tryParseDate(m.start_date);
    const end = tryParseDate(m.end_date);
    let reported = false;
    if ([m.start_date, m.end_date, m.start_event_id, m.end_event_id].every(isBlank)) {
      add('warning', 'undated-membership', `/memberships/${i}`, { membership: m.id });
    }
    if (start && end && isAfter(start, end)) {
      add('warning', 'end-before-start', `/memberships/${i}/end_date`, { membership: m.id, start: start.text, end: end.text });
      reported = true;
    }
    if (!reported && sp.startStep !== null && sp.endStep !== null && sp.endStep <= sp.startStep) {
      add('warning', 'empty-membership', `/memberships/${i}`, {
        membership: m.id,
        ...stepParams(timeline, sp.startStep, 'start'),
        ...stepParams(timeline, sp.endStep, 'end'),
      });
    }
    for (const side of ['start', 'end'] as const) {
      const d = side === 'start' ? start : end;
      const eventId = side === 'start' ? m.start_event_id : m.end_event_id;
      const via = side === 'start' ? sp.startVia : sp.endVia;
      if (!d) continue;
      if (eventId !== undefined && via === 'event') {
        const ed = eventDates[eventIndex.get(eventId)!];
        if (ed && !mayCoincide(d, ed)) {
          add('warning', 'event-date-mismatch', `/memberships/${i}/${side}_date`, {
            membership: m.id,
            field: `${side}_date`,
            date: d.text,
            event_field: `${side}_event_id`,
            event: eventId,
            event_date: ed.text,
          });
        }
      } else if (via === 'auto' || via === 'date') {
        const same = events.filter((_, j) => {
          const ed = eventDates[j];
          return ed && ed.year === d.year && ed.month === d.month && ed.day === d.day;
        });
        if (same.length > 1) {
          add('warning', 'ambiguous-date', `/memberships/${i}/${side}_date`, {
            membership: m.id,
            field: `${side}_date`,
            date: d.text,
            event_field: `${side}_event_id`,
            events: same.map((e) => String(e.id)).join(', '),
            placed: via === 'date' ? 'first' : 'after',
          });
        }
      }
    }
  }
  return out;
}

/** not-in-parent: per person and child body, the first step they are in it but not in its parent. */
export function checkNesting(timeline: Timeline): Problem[] {
  const { out, add } = problemSink();
  const byPersonOrg = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    if (!sp.live) continue;
    const key = `${sp.membership.person_id}\u0000${sp.membership.organization_id}`;
    const l = byPersonOrg.get(key);
    if (l) l.push(sp);
    else byPersonOrg.set(key, [sp]);
  }
  const n = timeline.steps.length;
  const iv = (sp: MembershipSpan): StepInterval => ({ start: sp.start, end: Math.min(sp.end, n) });
  for (const [key, spans] of byPersonOrg) {
    const [person, org] = key.split('\u0000') as [string, string];
    const parent = timeline.orgTree.parent.get(org) ?? null;
    if (parent === null) continue;
    const cover = mergeIntervals((byPersonOrg.get(`${person}\u0000${parent}`) ?? []).map(iv));
    let first: number | null = null;
    for (const m of mergeIntervals(spans.map(iv))) {
      first = firstUncovered(m, cover);
      if (first !== null) break;
    }
    if (first === null) continue;
    const at = first;
    const culprit = spans.find((sp) => sp.start <= at && at < sp.end) ?? spans[0]!;
    add('warning', 'not-in-parent', `/memberships/${culprit.index}/organization_id`, {
      person,
      org,
      parent,
      ...stepParams(timeline, at, 'step'),
    });
  }
  return out;
}

/** How many people may hold `post` at once: `seats` when a number, any number (Infinity) when null, 1 when absent. */
export function postCapacity(post: { seats?: number | null } | undefined): number {
  if (!post || post.seats === undefined) return 1;
  if (post.seats === null) return Infinity;
  return typeof post.seats === 'number' && Number.isFinite(post.seats) ? Math.max(0, post.seats) : 1;
}

/**
 * post-overlap: a live membership of a post that starts while the post already has as many
 * holders as it has seats (`postCapacity`: absent = 1, `null` = any number). Params: post, person
 * (the one who arrives), other (a holder already there), count (holders then), seats, step. Two
 * memberships of one person count as one holder (their overlap is `checkPersonOverlaps`'s).
 * O(memberships · holders at once).
 */
export function checkPosts(timeline: Timeline): Problem[] {
  const { out, add } = problemSink();
  const byPost = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    const p = sp.membership.post_id;
    if (!sp.live || typeof p !== 'string' || p === '' || sp.end <= sp.start) continue;
    const l = byPost.get(p);
    if (l) l.push(sp);
    else byPost.set(p, [sp]);
  }
  for (const [post, spans] of byPost) {
    const seats = postCapacity(timeline.postById.get(post));
    if (spans.length <= seats) continue;
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
    let active: MembershipSpan[] = [];
    for (const sp of sorted) {
      active = active.filter((x) => x.end > sp.start);
      const person = sp.membership.person_id;
      const others = active.filter((x) => x.membership.person_id !== person);
      active.push(sp);
      const holders = new Set(active.map((x) => x.membership.person_id)).size;
      if (others.length === 0 || holders <= seats) continue;
      add('warning', 'post-overlap', `/memberships/${sp.index}/post_id`, {
        post,
        person: others[0]!.membership.person_id,
        other: person,
        count: holders,
        seats: Number.isFinite(seats) ? seats : '',
        ...stepParams(timeline, sp.start, 'step'),
      });
    }
  }
  return out;
}

/**
 * One person's live memberships of one body that are active at a common step: `post-held-twice`
 * when both are of the same post, else `membership-overlap`. Reported at the later one (params:
 * person, org, membership, other_membership, post for post-held-twice, step: where they first
 * overlap). The person counts once in the body's count. O(memberships · log).
 */
export function checkPersonOverlaps(timeline: Timeline): Problem[] {
  const { out, add } = problemSink();
  const byKey = new Map<string, MembershipSpan[]>();
  for (const sp of timeline.spans) {
    if (!sp.live || sp.end <= sp.start) continue;
    const key = `${sp.membership.person_id}\u0000${sp.membership.organization_id}`;
    const l = byKey.get(key);
    if (l) l.push(sp);
    else byKey.set(key, [sp]);
  }
  for (const spans of byKey.values()) {
    if (spans.length < 2) continue;
    const sorted = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
    let reach: MembershipSpan | null = null;
    for (const sp of sorted) {
      if (reach && sp.start < reach.end) {
        const m = sp.membership;
        const base = { person: m.person_id, org: m.organization_id, membership: m.id, other_membership: reach.membership.id, ...stepParams(timeline, sp.start, 'step') };
        const post = m.post_id;
        if (typeof post === 'string' && post !== '' && post === reach.membership.post_id) add('warning', 'post-held-twice', `/memberships/${sp.index}/post_id`, { ...base, post });
        else add('warning', 'membership-overlap', `/memberships/${sp.index}`, base);
      }
      if (!reach || sp.end > reach.end) reach = sp;
    }
  }
  return out;
}

/** over-seats: the first step of each run of steps at which an organization has more members than seats. */
export function checkSeats(timeline: Timeline): Problem[] {
  const { out, add } = problemSink();
  const counts = timeline.countSeries;
  const orgs = timeline.dataset.organizations ?? [];
  for (const org of timeline.orgIdsInTreeOrder) {
    const o = timeline.organizationById.get(org);
    const seats = o?.seats;
    if (typeof seats !== 'number') continue;
    const series = counts.get(org) ?? [];
    for (let k = 0; k < series.length; k++) {
      const c = series[k]!;
      if (c > seats && (k === 0 || series[k - 1]! <= seats)) {
        add('warning', 'over-seats', `/organizations/${orgs.indexOf(o!)}/seats`, {
          org,
          count: c,
          seats,
          ...stepParams(timeline, k, 'step'),
        });
      }
    }
  }
  return out;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';
