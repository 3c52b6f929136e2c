/** The English of `screen-words.ts` (see `SCREEN_WORDS` there). */
import type { ScreenWords } from '../screen-words.ts';

export const en: ScreenWords = {
  download: {
    button: 'Download',
    picture: 'Picture',
    data: 'Data',
    close: 'Close',
  },
  toolbar: 'Chart tools',
  stepCard: 'The term step by step',
  sections: {
    nav: 'Sections below',
    counts: 'Counts',
    members: 'Member timeline',
    flows: 'Flows over the term',
    roles: 'Role table',
    readings: 'Readings compared',
    source: 'Source',
    data: 'Data',
  },
  stepBar: 'Step bar',
};
