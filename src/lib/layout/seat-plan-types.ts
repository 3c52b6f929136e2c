/**
 * The seat plan's types (see `seat-plan.ts` for the rules): what it reads (organizations,
 * snapshots or a timeline with membership spans) and what it gives (regions, trays, each person's
 * history). In their own module so that the plan's stages can share them; `seat-plan.ts`
 * re-exports them all.
 */
import type { Membership, Organization } from '../model/types.ts';
import type { Snapshot, Step } from '../model/timeline-types.ts';

/** The fields of an organization the plan needs. */
export type PlanOrganization = Pick<Organization, 'id' | 'parent_id' | 'seats'>;

/** Snapshots as an array, or as a function of the step index plus the number of steps. */
export type SnapshotSource =
  | { snapshots: readonly Snapshot[] }
  | { stepCount: number; snapshotAt: (step: number) => Snapshot };

/**
 * A timeline as `model/steps.ts` builds it (only what the plan reads). With `spans`, the plan reads
 * the memberships' places on the step axis and never builds a whole snapshot (near-linear);
 * without, it reads `snapshotAt(i).seats` / `.departed` at every step.
 */
export interface TimelineLike {
  dataset: { organizations: readonly PlanOrganization[]; posts?: readonly { id: string; organization_id?: string }[] };
  steps: readonly Pick<Step, 'index' | 'changes'>[];
  snapshotAt(step: number): Snapshot;
  spans?: readonly SpanLike[];
}

export type SeatPlanInput = {
  organizations: readonly PlanOrganization[];
  /**
   * Dataset posts, in dataset order: newcomers are ordered by their first post's position, and a post
   * of an organization keeps its place there (`postSlots`).
   */
  posts?: readonly { id: string; organization_id?: string }[];
  /**
   * The timeline's steps. When given, only the people named in `steps[i].changes` are looked at for
   * step i > 0 (fast path), and the start causes of newcomers decide the entry trays.
   */
  steps?: readonly Pick<Step, 'index' | 'changes'>[];
} & SnapshotSource;

/** One region (organization) of the chart. */
export interface RegionPlan {
  org: string;
  parent: string | null;
  depth: number;
  /** Child regions in dataset order. */
  children: string[];
  /** The organization's seats, or null when it has none. */
  seats: number | null;
  /** Nearest organization with seats, itself included (null when none up the tree). */
  seatOrg: string | null;
  /** Most people ever seated directly in this region at one step. */
  maxOccupancy: number;
  /**
   * Number of cells of its own area (see the file comment): enough for the people seated directly
   * in it and, for a body with seats, all the vacant seats it draws, at every step.
   */
  capacity: number;
  /** Cells of this region and all its descendants. */
  totalCapacity: number;
}

/** A tray: where departed people rest (exit), or where newcomers come from (entry). */
export interface TrayPlan {
  /** `exit:<cause>` or `entry:<cause>`. */
  id: string;
  kind: 'exit' | 'entry';
  cause: string;
  /** Slots needed: most people in it at one step (exit), most newcomers with this cause at one step (entry). */
  capacity: number;
  /** First step at which the cause appears. */
  firstStep: number;
}

/** Where a person is at a step, as planned. */
export type Placement =
  | { kind: 'seat'; region: string; index: number }
  | { kind: 'tray'; cause: string; index: number };

/** An entry of a person's history: from `step` on, they are at `place` (null = nowhere). */
export interface PlanEntry {
  step: number;
  place: Placement | null;
  /**
   * For a seat: the start cause with which the person came into the dataset's bodies for this
   * stretch of seats (they were nowhere or in a tray just before); null at step 0 or when unknown.
   */
  arrival: string | null;
  /** A seat taken at `step` > 0 by someone not seated at the step before (a newcomer, whatever the cause). */
  joined: boolean;
}

export interface SeatPlan {
  stepCount: number;
  /** Regions in pre-order (parents before children, siblings in dataset order). */
  regions: RegionPlan[];
  region: ReadonlyMap<string, RegionPlan>;
  /** Exit trays in order of first appearance (ties: END_CAUSES order of the cause string). */
  exitTrays: TrayPlan[];
  /** Entry trays (start causes other than `elected`), in order of first appearance. */
  entryTrays: TrayPlan[];
  /** Each person's placements over time, in step order. */
  history: ReadonlyMap<string, readonly PlanEntry[]>;
  /** Where `personId` is at `step` (binary search in their history). */
  placeAt(personId: string, step: number): Placement | null;
  /** The history entry in force for `personId` at `step`, or null. */
  entryAt(personId: string, step: number): PlanEntry | null;
}

/** A membership placed on the step axis (what `model/spans.ts` gives; only these fields are read). */
export interface SpanLike {
  membership: Pick<Membership, 'person_id' | 'organization_id' | 'post_id' | 'start_cause' | 'end_cause'>;
  start: number;
  end: number;
  startStep: number | null;
  endStep: number | null;
  live: boolean;
}
