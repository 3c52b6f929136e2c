/**
 * Shapes the model derives from a dataset: steps, snapshots and transitions.
 * Produced by `steps.ts` / `diff.ts`; consumed by layout, state, components and export.
 */
import type { EndCause, LangString, Membership, StartCause, TimelineEvent } from './types.ts';
import type { PartialDate } from './dates.ts';

/** One membership start or end that happens at a step. */
export interface Change {
  kind: 'start' | 'end';
  membership_id: string;
  person_id: string;
  organization_id: string;
  post_id: string | null;
  cause: StartCause | EndCause | null;
}

/** A stop on the timeline: a date, the changes at it, a unique label. */
export interface Step {
  /** 0-based position in the timeline. */
  index: number;
  /** The event behind the step (synthesised with id `auto-<date>` when the dataset has none). */
  event: TimelineEvent;
  date: PartialDate;
  /** Unique across the timeline, per language: "1999 · nghỉ hưu" / "1999 · retirement". */
  label: LangString;
  /** Short date label for the slider's aria-valuetext: "6/1996", "1999 (1)"... unique. */
  dateLabel: string;
  changes: Change[];
}

/** Where a person sits at a step. */
export interface Seat {
  person_id: string;
  /** Every organization the person is a member of at this step, outermost first. */
  organizations: string[];
  /** The innermost of them (deepest in the `parent_id` tree). */
  innermost: string;
  /** Posts held at this step, in dataset order. */
  post_ids: string[];
  /** Memberships active at this step. */
  membership_ids: string[];
  /** True when any active membership is `inferred`. */
  inferred: boolean;
}

/** Someone who was a member earlier and is now in no organization of the dataset. */
export interface Departure {
  person_id: string;
  /** End cause of the membership that took them out of the outermost body. */
  cause: EndCause;
  /** Step index at which they left. */
  step: number;
  /** The outermost organization they left. */
  organization_id: string;
  destination: LangString | null;
  /** Posts held just before leaving (for the tray label). */
  last_post_ids: string[];
  inferred: boolean;
}

/** The state after a step. */
export interface Snapshot {
  step: number;
  /** Seated people keyed by person id. */
  seats: Map<string, Seat>;
  /** Direct members per organization id (every org of the dataset has an entry). */
  members: Map<string, Set<string>>;
  /** Who has left, keyed by person id. */
  departed: Map<string, Departure>;
  /** Member count per organization id. */
  counts: Record<string, number>;
  /** seats − members for organizations with `seats`; null for those without. */
  vacancies: Record<string, number | null>;
  /** Holder(s) of each post id at this step (empty array = nobody seated in it). */
  postHolders: Map<string, string[]>;
  /**
   * The memberships by id of the timeline that made the snapshot, so that `diff(a, b)` can find
   * start causes without the timeline. Set by `snapshotAt` as a non-enumerable property (not
   * copied by spread or `structuredClone`, not compared by `toEqual`); absent on hand-made snapshots.
   */
  readonly membershipById?: ReadonlyMap<string, Membership>;
}

/** What `diff` needs to look up start causes: the memberships by id. A `Timeline` is one, and so is a snapshot made by one. */
export interface MembershipLookup {
  readonly membershipById: ReadonlyMap<string, Membership>;
}

/** What changes for one person between two snapshots. */
export type Transition =
  /** Seated in B, not in A. `cause`: start cause of the seat in B; `fromTray`: was departed in A (scrubbing back). */
  | { kind: 'enter'; person_id: string; to: string; post_ids: string[]; cause: StartCause | null; fromTray: boolean }
  /** Seated in A, not in B. `cause`: departure cause in B, or null when B is before their arrival. */
  | { kind: 'exit'; person_id: string; from: string; post_ids: string[]; cause: EndCause | null }
  /** Seated in both, innermost body differs. */
  | { kind: 'move'; person_id: string; from: string; to: string; from_posts: string[]; to_posts: string[] }
  /** Seated in both, same innermost body, posts differ. */
  | { kind: 'role'; person_id: string; org: string; from_posts: string[]; to_posts: string[] };
