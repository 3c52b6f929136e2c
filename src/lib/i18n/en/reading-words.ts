/** The English of `reading-words.ts` (see `READING_WORDS` there). */
import type { ReadingWords } from '../reading-words.ts';

export const en: ReadingWords = {
  pickerLabel: (a) => `Reading: ${a}`,
  option: (l, d, n) => `${n}. ${l}${d ? ' (default)' : ''}`,
  basisSummary: 'Why there are several readings, and the reasoning of this one',
  tableSummary: (n) => `The ${n} readings side by side`,
  tableCaption: (a) => `${a}: each cell says whether the post went to a newcomer or where its holder came from.`,
  post: 'Post',
  column: (n) => `Reading ${n}`,
  defaultMark: 'default',
  shownMark: 'shown',
  choose: (n, l) => `Reading ${n}: ${l}`,
  newcomer: 'newcomer',
  from: (b) => `from the ${b}`,
  none: '—',
  caption: (r, d) => `Reading${d ? ' (default)' : ''}: ${r}`,
  line: (a, r, d) => `Reading${d ? ' (default)' : ''}: ${r} (${a})`,
  bad: (v) => `“reading=${v}” is not valid: the dataset has no such reading. Showing the default reading.`,
};
