/** The English of `export-words.ts` (see `SUMMARY_WORDS` and `FIGURE_WORDS` there). */
import type { FigureWords, SummaryWords } from '../export-words.ts';

export const summary: SummaryWords = { enter: 'Joined', exit: 'Left', move: 'Moved', role: 'Changed post', start: 'Initial membership', more: (n) => `and ${n} more` };

export const figure: FigureWords = {
  labels: 'Labels only on named members, post holders and the members who changed at this step.',
  statedOnly: 'Stated facts only: what rests on inference (not stated by the source) is greyed out.',
  figure: 'Figure',
};
