/** The English of `group-words.ts` (see `GROUP_WORDS` there). */
import type { GroupWords } from '../group-words.ts';

export const en: GroupWords = {
  legendGroup: (name, count) => `${name}: ${count} ${count === 1 ? 'member' : 'members'}`,
  summaryChanged: 'Changed group',
  changedGroupOne: (name, from, to) => `${name} (${from} → ${to})`,
  panelGroups: 'Groups over time',
  panelGroupSpan: (group, from, to) => (to === null ? `${group} (from ${from})` : `${group} (${from} – ${to})`),
  countsByGroup: 'Members by group',
};
