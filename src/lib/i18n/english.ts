/**
 * Gives the English words to the word records that keep it in a chunk of its own (`STRINGS`,
 * `UI_WORDS`, `SCREEN_WORDS`, `READING_WORDS`, `LAYOUT_CHOICE_WORDS`, `GROUP_WORDS`, `ERROR_SENTENCES`,
 * `STORY_WORDS`, `SUMMARY_WORDS`, `FIGURE_WORDS`, `CHANGE_WORDS`). Imported by `langs.ts`'s `loadWords('en')` (the page, on demand) and
 * by `en-static.ts` (everything that imports the words statically).
 */
import { STRINGS } from './strings.ts';
import { UI_WORDS } from './ui-words.ts';
import { SCREEN_WORDS } from './screen-words.ts';
import { en as strings } from './en/strings.ts';
import { en as ui } from './en/ui-words.ts';
import { en as screen } from './en/screen-words.ts';
import { READING_WORDS } from './reading-words.ts';
import { LAYOUT_CHOICE_WORDS } from './layout-choice-words.ts';
import { GROUP_WORDS } from './group-words.ts';
import { ERROR_SENTENCES } from './errors.ts';
import { STORY_WORDS } from './story-words.ts';
import { FIGURE_WORDS, SUMMARY_WORDS } from './export-words.ts';
import { CHANGE_WORDS } from './change-words.ts';
import { en as change } from './en/change-words.ts';
import { figure, summary } from './en/export-words.ts';
import { en as reading } from './en/reading-words.ts';
import { en as layoutChoice } from './en/layout-choice-words.ts';
import { en as group } from './en/group-words.ts';
import { en as errors } from './en/errors.ts';
import { en as story } from './en/story-words.ts';

/** Put the English words into the records (idempotent). */
export function provideEnglish(): void {
  STRINGS.en = strings;
  UI_WORDS.en = ui;
  SCREEN_WORDS.en = screen;
  READING_WORDS.en = reading;
  LAYOUT_CHOICE_WORDS.en = layoutChoice;
  GROUP_WORDS.en = group;
  ERROR_SENTENCES.en = errors;
  STORY_WORDS.en = story;
  SUMMARY_WORDS.en = summary;
  FIGURE_WORDS.en = figure;
  CHANGE_WORDS.en = change;
}
