/** The English of `change-words.ts` (see `CHANGE_WORDS` there). */
import type { ChangeWords } from '../change-words.ts';

export const en: ChangeWords = {
  exit: {
    term_end: 'term ended',
    removed_from_roll: 'struck off',
    expelled: 'expelled',
    transfer: 'transferred',
    retirement: 'retired',
    resignation: 'resigned',
    death: 'died',
    dismissed: 'dismissed',
    promoted: 'changed post',
    changed_group: 'changed group',
  },
  enter: {
    elected: 'elected',
    by_election: 'elected',
    appointed: 'appointed',
    promoted: 'promoted',
    changed_group: 'changed group',
  },
  other: {
    exit: 'left',
    enter: 'joined',
  },
  vacant: 'vacant',
};
