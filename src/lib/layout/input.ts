/**
 * The input of `layoutScene`: the dataset's parts and one snapshot (or a timeline and a step), the
 * seat plan, the language and the words (`LayoutStrings`), and options.
 */
import type { Lang, Organization, Person, Post } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { SeatPlan } from './seat-plan.ts';
import type { LayoutStrings } from './words.ts';
import { membershipAreas } from '../model/areas.ts';
import { groupsFromTimeline, type LayoutGroups } from './groups.ts';
import type { Transition } from '../model/timeline-types.ts';
import { stepDiff } from '../model/diff.ts';
import type { Timeline } from '../model/steps.ts';
import { vacantPostIds, type PostSpan } from './vacant-posts.ts';

export interface LayoutOptions {
  /** Total width of the scene in units (default `DEFAULT_WIDTH`, 1440). The scene grows wider if the tree needs it. */
  width?: number;
  /**
   * `nested` boxes, the `hemicycle`, or `auto` (default): the hemicycle when the largest root body
   * has more than 60 seats (members when it has none; `chooseLayout` of `hemicycle-mode.ts`).
   * The hemicycle's default width is 1360 units (`HEMICYCLE_WIDTH`).
   */
  layout?: 'auto' | 'hemicycle' | 'nested';
}

/** The explicit form of the input. */
export interface LayoutParts {
  organizations: readonly Organization[];
  posts: readonly Post[];
  persons: readonly Person[];
  snapshot: Snapshot;
  plan: SeatPlan;
  /** Defaults to `snapshot.step`. */
  step?: number;
  lang: Lang;
  /** Every text the layout writes, in `lang` (`layoutWords(lang)` of `view/layout-words.ts`). */
  words: LayoutStrings;
  options?: LayoutOptions;
  /** Area (constituency) names by membership id (`membershipAreas` of `model/areas.ts`); shown in hemicycle tooltips. */
  areas?: ReadonlyMap<string, string>;
  /** Who sits for which group at the step, and the groups' order; absent: no groups. */
  groups?: LayoutGroups;
  /**
   * What the step changed (`stepDiff` of `model/diff.ts`): the members it touched are marked, the
   * others dimmed (`changes.ts`); absent or empty: nothing is marked.
   */
  changes?: readonly Transition[];
  /** The posts vacant at the step that were held before (`vacantPostIds`), drawn as placeholders; absent: none. */
  vacantPosts?: readonly string[];
}

/** A timeline as `model/steps.ts` builds it (only what the layout reads). */
export interface LayoutTimeline {
  dataset: { organizations: readonly Organization[]; posts: readonly Post[]; persons: readonly Person[]; popolo?: Record<string, unknown> };
  snapshotAt(step: number): Snapshot;
}

/** The same input, with the parts taken from a timeline: the snapshot is `timeline.snapshotAt(step)`. */
export interface LayoutFromTimeline {
  timeline: LayoutTimeline;
  plan: SeatPlan;
  step: number;
  lang: Lang;
  /** Every text the layout writes, in `lang` (`layoutWords(lang)` of `view/layout-words.ts`). */
  words: LayoutStrings;
  options?: LayoutOptions;
  /** Absent: read from the timeline when it is a whole `model/steps.ts` timeline (`groupsFromTimeline`). */
  groups?: LayoutGroups;
}

export type LayoutInput = LayoutParts | LayoutFromTimeline;

/** The explicit form of either input, with the step and the groups resolved. */
export function toParts(input: LayoutInput): LayoutParts & { step: number; groups: LayoutGroups } {
  if ('timeline' in input) {
    const d = input.timeline.dataset;
    return {
      organizations: d.organizations,
      posts: d.posts,
      persons: d.persons,
      snapshot: input.timeline.snapshotAt(input.step),
      plan: input.plan,
      step: input.step,
      lang: input.lang,
      words: input.words,
      ...(input.options ? { options: input.options } : {}),
      ...(d.popolo ? { areas: membershipAreas(d) } : {}),
      groups: input.groups ?? groupsFromTimeline(input.timeline, input.step),
      ...changesOf(input.timeline, input.step),
    };
  }
  return { ...input, step: input.step ?? input.snapshot.step, groups: input.groups ?? { order: [], at: new Map() } };
}

/**
 * The step's changes and vacant posts, read from a whole timeline of `model/steps.ts` (one with
 * `changesAround` and `spans`); nothing for a bare `LayoutTimeline` or the first step.
 */
function changesOf(timeline: LayoutTimeline, step: number): Pick<LayoutParts, 'changes' | 'vacantPosts'> {
  const t = timeline as Partial<Timeline> & LayoutTimeline;
  if (typeof t.changesAround !== 'function' || !Array.isArray(t.spans) || !Array.isArray(t.steps)) return {};
  const out: Pick<LayoutParts, 'changes' | 'vacantPosts'> = { vacantPosts: vacantPostIds(t.spans as readonly PostSpan[], timeline.dataset.posts, step) };
  if (step > 0 && step < t.steps.length) out.changes = stepDiff(t as Timeline, step);
  return out;
}

/**
 * A lookup by id (the first item wins when ids repeat). The lookup of a list is made once and kept
 * while the list lives (a dataset's persons are looked up at every step); it is made again when the
 * list's length changes. Treat lists given here as read-only.
 */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const kept = lookups.get(list);
  if (kept && kept.length === list.length) return kept.map as ReadonlyMap<string, T>;
  const m = new Map<string, T>();
  for (const x of list) if (!m.has(x.id)) m.set(x.id, x);
  lookups.set(list, { length: list.length, map: m });
  return m;
}

/** The lookups made by `byId`, by list. */
const lookups = new WeakMap<readonly { id: string }[], { length: number; map: ReadonlyMap<string, { id: string }> }>();
