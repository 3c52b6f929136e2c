/** The English of `layout-choice-words.ts` (see `LAYOUT_CHOICE_WORDS` there). */
import type { LayoutChoiceWords } from '../layout-choice-words.ts';

export const en: LayoutChoiceWords = {
  layout: 'Layout',
  choices: { auto: 'Automatic', hemicycle: 'Hemicycle', nested: 'Nested boxes' },
  badLayout: (v) => `“layout=${v}” is not valid: expected “hemicycle” or “nested”. Using the automatic layout.`,
  trayListHeading: 'People who left',
  trayListLabel: (t) => `${t}: names`,
};
