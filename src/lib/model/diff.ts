/**
 * Transitions between any two snapshots (neighbours or not, forwards or backwards), so that a
 * jump from 1996 to 2000 animates correctly; and the counts for the step caption.
 */
import type { Lang, LangString, Membership, StartCause } from './types.ts';
import type { Departure, MembershipLookup, Seat, Snapshot, Transition } from './timeline-types.ts';
import { checkIndex, type Timeline } from './steps.ts';
import { pick } from './lang.ts';

/**
 * What changes for each person from snapshot `a` to snapshot `b`, sorted by person id
 * (code-unit order):
 * - `enter`: seated in `b`, not in `a`; `to` = innermost body in `b`; `cause` = `start_cause` of
 *   the active membership in that innermost body in `b` (null when missing); `fromTray` = the
 *   person is departed in `a` (scrubbing back to before their departure).
 * - `exit`: seated in `a`, not in `b`; `cause` = the person's departure cause in `b`, or null
 *   when in `b` they are not departed (they have not arrived yet).
 * - `move`: seated in both, innermost body differs.
 * - `role`: seated in both, same innermost body, posts differ.
 * People unchanged between the two produce nothing; `diff(a, a)` is `[]`.
 *
 * @param lookup where to find memberships by id; defaults to the lookup the snapshots carry
 *   (`Snapshot.membershipById`, set by the timeline's `snapshotAt`; `b`'s, else `a`'s). Without
 *   either, every `enter` cause is null.
 */
export function diff(a: Snapshot, b: Snapshot, lookup?: MembershipLookup): Transition[] {
  const owner = lookup ?? lookupOf(b) ?? lookupOf(a);
  const ids = new Set<string>([...a.seats.keys(), ...b.seats.keys()]);
  const sorted = [...ids].sort(byCodeUnits);
  const out: Transition[] = [];
  for (const person_id of sorted) {
    const t = transition(person_id, a.seats.get(person_id), b.seats.get(person_id), a.departed.has(person_id), b.departed.get(person_id), owner);
    if (t) out.push(t);
  }
  return out;
}

/**
 * What changes at step `index`: the same transitions as
 * `diff(timeline.snapshotAt(index - 1), timeline.snapshotAt(index))`, in the same order, computed
 * from the people whose memberships start or end at the step (`Timeline.changesAround`) without
 * building either snapshot: O(those people), where `diff` costs O(people seated).
 * @throws {RangeError} unless `index` is an integer in [1, steps.length)
 */
export function stepDiff(timeline: Timeline, index: number): Transition[] {
  const out: Transition[] = [];
  for (const c of timeline.changesAround(index)) {
    const t = transition(c.person_id, c.before.seat, c.after.seat, c.before.departed !== undefined, c.after.departed, timeline);
    if (t) out.push(t);
  }
  return out;
}

/**
 * One person's transition (see `diff`) from seat `sa` to seat `sb`, or null when nothing changes.
 * @param departedBefore the person is departed in the first state
 * @param departureAfter the person's departure in the second state, if any
 */
function transition(
  person_id: string,
  sa: Seat | undefined,
  sb: Seat | undefined,
  departedBefore: boolean,
  departureAfter: Departure | undefined,
  owner: MembershipLookup | null,
): Transition | null {
  if (sb && !sa) {
    return {
      kind: 'enter',
      person_id,
      to: sb.innermost,
      post_ids: [...sb.post_ids],
      cause: startCause(sb, owner),
      fromTray: departedBefore,
    };
  }
  if (sa && !sb) {
    return {
      kind: 'exit',
      person_id,
      from: sa.innermost,
      post_ids: [...sa.post_ids],
      cause: departureAfter?.cause ?? null,
    };
  }
  if (sa && sb) {
    if (sa.innermost !== sb.innermost) {
      return {
        kind: 'move',
        person_id,
        from: sa.innermost,
        to: sb.innermost,
        from_posts: [...sa.post_ids],
        to_posts: [...sb.post_ids],
      };
    }
    if (!sameList(sa.post_ids, sb.post_ids)) {
      return { kind: 'role', person_id, org: sa.innermost, from_posts: [...sa.post_ids], to_posts: [...sb.post_ids] };
    }
  }
  return null;
}

/** The membership lookup a snapshot carries, if it was made by a timeline. */
function lookupOf(s: Snapshot): MembershipLookup | null {
  const m = s.membershipById;
  return m ? { membershipById: m } : null;
}

/** `a < b` by UTF-16 code units: a locale-independent, deterministic order. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Start cause of the seat's membership in its innermost body (one with a post preferred). */
function startCause(seat: Seat, owner: MembershipLookup | null): StartCause | null {
  if (!owner) return null;
  let best: Membership | null = null;
  for (const id of seat.membership_ids) {
    const m = owner.membershipById.get(id);
    if (!m || m.organization_id !== seat.innermost) continue;
    if (!best || (!best.post_id && m.post_id)) best = m;
  }
  return best?.start_cause ?? null;
}

/** One organization's count before and after a step, for the caption "BCH 35 → 34". */
export interface CaptionCount {
  org: string;
  /** The organization's `short_name` (else `name`, else id) in the requested language. */
  label: string;
  short_name: LangString | null;
  /** Count after the previous step; at step 0, the count before the first step (usually 0). */
  before: number;
  /** Count after this step. */
  after: number;
  /** Elected seats, or null when the organization has none. */
  seats: number | null;
  changed: boolean;
}

/** Data for the step caption. */
export interface StepCaption {
  step: number;
  /** Organizations with seats, in tree order (all organizations when none has seats): BCH, BTV. */
  counts: CaptionCount[];
  /** Every organization, in tree order (BCH, BTV, Thường trực). */
  allCounts: CaptionCount[];
}

/**
 * Counts before and after step `index` per organization, for the caption
 * "BCH 35 → 34, BTV 11 → 10" (the caller formats; at step 0 "before" is the state before the
 * first step). `label` uses `short_name[lang]`, falling back to other languages, `name`, the id.
 * @throws {RangeError} for an index out of range.
 */
export function changesCaption(timeline: Timeline, index: number, lang: Lang = 'vi'): StepCaption {
  checkIndex(index, timeline.steps.length);
  const after = timeline.snapshotAt(index).counts;
  const before = index > 0 ? timeline.snapshotAt(index - 1).counts : initialCounts(timeline);
  const allCounts: CaptionCount[] = timeline.orgIdsInTreeOrder.map((org) => {
    const o = timeline.organizationById.get(org);
    const b = before[org] ?? 0;
    const a = after[org] ?? 0;
    return {
      org,
      label: pick(o?.short_name, lang) || pick(o?.name, lang) || org,
      short_name: o?.short_name ?? null,
      before: b,
      after: a,
      seats: typeof o?.seats === 'number' ? o.seats : null,
      changed: a !== b,
    };
  });
  const seated = allCounts.filter((c) => c.seats !== null);
  return { step: index, counts: seated.length > 0 ? seated : allCounts, allCounts };
}

/** Members per organization before step 0 (memberships without a start that are live). */
export function initialCounts(timeline: Timeline): Record<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const sp of timeline.spans) {
    if (!sp.live || sp.startStep !== null) continue;
    const org = sp.membership.organization_id;
    const set = sets.get(org) ?? new Set<string>();
    set.add(sp.membership.person_id);
    sets.set(org, set);
  }
  const out: Record<string, number> = {};
  for (const org of timeline.orgIdsInTreeOrder) out[org] = sets.get(org)?.size ?? 0;
  return out;
}
