/**
 * Where each person is at a step, for the seat plan's walk over the steps: from snapshots (with the
 * people named in `Step.changes`, or a full diff) or from membership spans (the model's rules,
 * without building a snapshot). Both give the same targets (`tests/layout/seat-plan.test.ts`).
 */
import type { Step } from '../model/timeline-types.ts';
import type { OrgTree } from '../model/org-tree.ts';
import type { Placement, SnapshotSource, SpanLike } from './seat-plan-types.ts';

/** Where a person should be at a step: a region (seat) or a tray, with the arrival sort rank. */
export type Target = { kind: 'seat'; region: string; rank: number; slot?: number } | { kind: 'tray'; cause: string; rank: number } | null;

/** The place of each post in its organization (`postSlots` of `seat-plan-input.ts`). */
export type PostSlots = ReadonlyMap<string, { org: string; slot: number }>;

/**
 * The cell a seated person's posts give them in `region`: the lowest place (`PostSlots`) of the
 * posts they hold there; undefined when they hold none of that organization.
 */
export function slotOf(postIds: readonly string[], region: string, slots: PostSlots | undefined): number | undefined {
  let out: number | undefined;
  if (!slots) return out;
  for (const id of postIds) {
    const s = slots.get(id);
    if (s && s.org === region && (out === undefined || s.slot < out)) out = s.slot;
  }
  return out;
}

/** A seat target, with the post's place when the posts give one. */
function seatTarget(region: string, postIds: readonly string[], postRank: ReadonlyMap<string, number>, slots: PostSlots | undefined): Target {
  const slot = slotOf(postIds, region, slots);
  return slot === undefined ? { kind: 'seat', region, rank: rankOf(postIds, postRank) } : { kind: 'seat', region, rank: rankOf(postIds, postRank), slot };
}

/** Where the people who may have moved are at one step. */
export interface StepStates {
  /** People who may have changed place at this step (everyone at step 0). */
  candidates: Iterable<string>;
  target(pid: string): Target;
  /** Start cause of a newcomer at this step (null when unknown). */
  startCause(pid: string): string | null;
}

/** Where each person is, step by step: asked for steps 0, 1, 2… in order. */
export interface StateSource {
  stepCount: number;
  /** Called for steps 0, 1, 2... in order; `current` is where everyone was after the previous step. */
  step(step: number, current: ReadonlyMap<string, Placement>): StepStates;
}

/** The arrival sort rank of someone holding `postIds`: the lowest dataset position of those posts (`postRank`), +∞ for none. */
export function rankOf(postIds: readonly string[], postRank: ReadonlyMap<string, number>): number {
  let r = Number.POSITIVE_INFINITY;
  for (const id of postIds) {
    const k = postRank.get(id);
    if (k !== undefined && k < r) r = k;
  }
  return r;
}

/** From snapshots: candidates from `Step.changes` (or a full diff without steps). */
export function snapshotSource(
  src: SnapshotSource,
  steps: readonly Pick<Step, 'index' | 'changes'>[] | undefined,
  postRank: ReadonlyMap<string, number>,
  slots?: PostSlots,
): StateSource {
  const stepCount = 'snapshots' in src ? src.snapshots.length : src.stepCount;
  const snapshotAt = 'snapshots' in src ? (i: number) => src.snapshots[i]! : (i: number) => src.snapshotAt(i);
  const byIndex = steps ? new Map(steps.map((s, i) => [typeof s.index === 'number' ? s.index : i, s] as const)) : null;
  return {
    stepCount,
    step(step, current) {
      const snap = snapshotAt(step);
      const info = byIndex?.get(step);
      let candidates: Iterable<string>;
      if (step === 0) candidates = [...snap.seats.keys(), ...snap.departed.keys()];
      else if (info) candidates = new Set(info.changes.map((c) => c.person_id));
      else {
        const ids = new Set<string>();
        for (const [pid, seat] of snap.seats) {
          const cur = current.get(pid);
          if (!cur || cur.kind !== 'seat' || cur.region !== seat.innermost) ids.add(pid);
          else {
            const slot = slotOf(seat.post_ids, seat.innermost, slots);
            if (slot !== undefined && slot !== cur.index) ids.add(pid);
          }
        }
        for (const [pid, dep] of snap.departed) {
          const cur = current.get(pid);
          if (!cur || cur.kind !== 'tray' || cur.cause !== dep.cause) ids.add(pid);
        }
        for (const pid of current.keys()) if (!snap.seats.has(pid) && !snap.departed.has(pid)) ids.add(pid);
        candidates = ids;
      }
      // Start changes of this step by person (for the causes of newcomers).
      const starts = new Map<string, { organization_id: string; cause: string }[]>();
      for (const c of info?.changes ?? []) {
        if (c.kind !== 'start' || c.cause === null) continue;
        const list = starts.get(c.person_id);
        if (list) list.push({ organization_id: c.organization_id, cause: c.cause });
        else starts.set(c.person_id, [{ organization_id: c.organization_id, cause: c.cause }]);
      }
      return {
        candidates,
        target(pid) {
          const seat = snap.seats.get(pid);
          if (seat) return seatTarget(seat.innermost, seat.post_ids, postRank, slots);
          const dep = snap.departed.get(pid);
          return dep ? { kind: 'tray', cause: dep.cause, rank: rankOf(dep.last_post_ids, postRank) } : null;
        },
        startCause(pid) {
          const list = starts.get(pid);
          if (!list || list.length === 0) return null;
          const outermost = snap.seats.get(pid)?.organizations[0];
          return (list.find((c) => c.organization_id === outermost) ?? list[0]!).cause;
        },
      };
    },
  };
}

/**
 * From membership spans, with the model's rules (model/snapshots.ts): a person is seated while a
 * live membership is active ([start, end)); their innermost body is the deepest of those
 * organizations (ties: dataset order); not seated, they have departed at the last step where one
 * of their memberships ended, with the end cause of the outermost of the memberships that ended
 * there. Only the people with a start or end at a step are looked at: O(memberships + changes).
 */
export function spanSource(
  stepCount: number,
  spans: readonly SpanLike[],
  tree: OrgTree,
  postRank: ReadonlyMap<string, number>,
  slots?: PostSlots,
): StateSource {
  const own = new Map<string, SpanLike[]>();
  const touched: Set<string>[] = Array.from({ length: stepCount }, () => new Set<string>());
  for (const sp of spans) {
    if (!sp.live) continue;
    const p = sp.membership.person_id;
    const list = own.get(p);
    if (list) list.push(sp);
    else own.set(p, [sp]);
    if (sp.startStep !== null && sp.startStep >= 0 && sp.startStep < stepCount) touched[sp.startStep]!.add(p);
    if (sp.endStep !== null && sp.endStep >= 0 && sp.endStep < stepCount) touched[sp.endStep]!.add(p);
  }
  const n = tree.order.size;
  const depth = (o: string) => tree.depth.get(o) ?? 0;
  const order = (o: string) => tree.order.get(o) ?? n;
  const rankOrg = (o: string) => depth(o) * (n + 1) + order(o);
  const postsOf = (list: readonly SpanLike[]) =>
    list.map((sp) => sp.membership.post_id).filter((x): x is string => typeof x === 'string' && x !== '');
  return {
    stepCount,
    step(k) {
      return {
        candidates: k === 0 ? own.keys() : touched[k]!,
        target(pid) {
          const list = own.get(pid) ?? [];
          const active: SpanLike[] = [];
          let lastEnd = -1;
          for (const sp of list) {
            if (sp.start <= k && k < sp.end) active.push(sp);
            else if (sp.endStep !== null && sp.end <= k && sp.end > lastEnd) lastEnd = sp.end;
          }
          if (active.length > 0) {
            let inner = active[0]!.membership.organization_id;
            for (const sp of active) {
              const o = sp.membership.organization_id;
              if (depth(o) > depth(inner) || (depth(o) === depth(inner) && order(o) < order(inner))) inner = o;
            }
            return seatTarget(inner, postsOf(active), postRank, slots);
          }
          if (lastEnd < 0) return null;
          const ended = list.filter((sp) => sp.endStep === lastEnd);
          let outer = ended[0]!.membership;
          for (const sp of ended) if (rankOrg(sp.membership.organization_id) < rankOrg(outer.organization_id)) outer = sp.membership;
          return { kind: 'tray', cause: outer.end_cause ?? 'unknown', rank: rankOf(postsOf(ended), postRank) };
        },
        startCause(pid) {
          let best: SpanLike | null = null;
          for (const sp of own.get(pid) ?? []) {
            if (sp.startStep !== k || !(sp.start <= k && k < sp.end)) continue;
            if (!best || rankOrg(sp.membership.organization_id) < rankOrg(best.membership.organization_id)) best = sp;
          }
          return best?.membership.start_cause ?? null;
        },
      };
    },
  };
}
