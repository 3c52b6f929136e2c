/**
 * The seat plan's trays: exit trays (where departed people rest, by end cause) and entry trays
 * (where newcomers come from, by start cause other than `elected`), in order of first appearance.
 */
import { END_CAUSES } from '../model/types.ts';
import type { TrayPlan } from './seat-plan-types.ts';
import { naturalCompare } from './natural-compare.ts';

/** Exit trays follow the order of end causes in the format (`END_CAUSES`). */
const END_ORDER: readonly string[] = END_CAUSES;
const START_ORDER = ['elected', 'by_election', 'appointed', 'promoted', 'unknown'];

function causeRank(order: readonly string[], cause: string): number {
  const i = order.indexOf(cause);
  return i < 0 ? order.length : i;
}

/**
 * Builds the trays from what the walk over the steps counted (steps are indices from 0, capacities
 * counts of slots). Order: first step, then the cause's place in the format's order (`END_CAUSES`;
 * for entries elected, by-election, appointed, promoted, changed_group, unknown), then natural order of the cause.
 * @param exitFirst first step at which each end cause's tray is used.
 * @param trayOccupancy most people in each exit tray at one step, by end cause (absent: 0).
 * @param entryFirst first step at which newcomers arrive with each start cause.
 * @param entryMax most newcomers with each start cause at one step (absent: 0).
 * @throws nothing.
 */
export function planTrays(counts: {
  exitFirst: ReadonlyMap<string, number>;
  trayOccupancy: ReadonlyMap<string, number>;
  entryFirst: ReadonlyMap<string, number>;
  entryMax: ReadonlyMap<string, number>;
}): { exitTrays: TrayPlan[]; entryTrays: TrayPlan[] } {
  const { exitFirst, trayOccupancy, entryFirst, entryMax } = counts;
  const exitTrays: TrayPlan[] = [...exitFirst.entries()]
    .sort((a, b) => a[1] - b[1] || causeRank(END_ORDER, a[0]) - causeRank(END_ORDER, b[0]) || naturalCompare(a[0], b[0]))
    .map(([cause, firstStep]) => ({
      id: `exit:${cause}`,
      kind: 'exit' as const,
      cause,
      capacity: trayOccupancy.get(cause) ?? 0,
      firstStep,
    }));
  const entryTrays: TrayPlan[] = [...entryFirst.entries()]
    .sort((a, b) => a[1] - b[1] || causeRank(START_ORDER, a[0]) - causeRank(START_ORDER, b[0]) || naturalCompare(a[0], b[0]))
    .map(([cause, firstStep]) => ({
      id: `entry:${cause}`,
      kind: 'entry' as const,
      cause,
      capacity: entryMax.get(cause) ?? 0,
      firstStep,
    }));
  return { exitTrays, entryTrays };
}
