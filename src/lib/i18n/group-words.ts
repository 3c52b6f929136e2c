/**
 * The words about groups (parties, parliamentary groups), in Vietnamese and English: the chart
 * legend's group entries, the change of group in the step summary, the member panel's groups, the
 * counts chart's group legend.
 */
import type { Lang } from '../model/types.ts';

/** Words about groups in one language. */
export interface GroupWords {
  /** Legend label of a group with its members at the step: "Red Party: 3 members". */
  legendGroup: (name: string, count: number) => string;
  /** The step summary's heading of the members who changed group: "Changed group" (then ": A (Red → Blue)."). */
  summaryChanged: string;
  /** One change of group in the step summary: "Ann Ash (Red Party → Blue Party)". */
  changedGroupOne: (name: string, from: string, to: string) => string;
  /** The member panel's heading of the person's groups over time. */
  panelGroups: string;
  /**
   * A stretch of group membership in the member panel, from the step it starts at to the step at
   * which it no longer holds: "Red Party (5/2010 – 3/2012)"; `to` null: still at the last step,
   * "Red Party (from 5/2010)".
   */
  panelGroupSpan: (group: string, from: string, to: string | null) => string;
  /** Heading of the counts chart's lines per group. */
  countsByGroup: string;
}

/** Group words by language. */
export const GROUP_WORDS = {
  vi: {
    legendGroup: (name, count) => `${name}: ${count} người`,
    summaryChanged: 'Đổi nhóm',
    changedGroupOne: (name, from, to) => `${name} (${from} → ${to})`,
    panelGroups: 'Nhóm, đảng qua các thời điểm',
    panelGroupSpan: (group, from, to) => (to === null ? `${group} (từ ${from})` : `${group} (${from} – ${to})`),
    countsByGroup: 'Số người theo nhóm',
  },
} as Record<Lang, GroupWords>;
/* English: `en/group-words.ts`, given by `provideEnglish` (`english.ts`). */
