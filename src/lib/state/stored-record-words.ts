/**
 * What is wrong with a damaged kept record, as sentences in the UI language (the words of
 * `stored-record.ts`'s `RecordProblem`s; a dataset's own problems as an import says them). Loaded
 * with the import words (`import-words.ts`), not on the page's first load.
 */
import type { Lang } from '../model/types.ts';
import { formatImportProblem } from '../io/problems.ts';
import { STORE_WORDS } from '../i18n/store-words.ts';
import { displayValue } from '../i18n/display-value.ts';
import type { DamagedDataset, RecordProblem } from './stored-record.ts';

/**
 * The notice that the damaged kept record `key` cannot be opened, in `lang`, with its first problem
 * (`first`; without one, the list's "damaged" tag).
 */
export function damagedNoticeText(key: string, first: RecordProblem | undefined, lang: Lang): string {
  const w = STORE_WORDS[lang];
  return w.openDamaged(displayValue(key), first ? recordProblemText(first, lang) : w.damagedTag);
}

/** A problem of a kept record as one sentence in `lang`. */
export function recordProblemText(p: RecordProblem, lang: Lang): string {
  const w = STORE_WORDS[lang];
  switch (p.code) {
    case 'not-a-record':
      return w.notARecord(p.found);
    case 'bad-field':
      return w.badField(p.field, p.found);
    case 'key-mismatch':
      return w.keyMismatch(p.key, p.storeKey);
    case 'dataset':
      return formatImportProblem(p.problem, lang);
    case 'unreadable':
      return w.unreadable(p.message);
  }
}

/**
 * What is wrong with a damaged record, in `lang`: the first `max` problems as sentences, then
 * "and N more" when there are more.
 * @param max how many problems to say (default 3)
 */
export function damagedProblemTexts(d: DamagedDataset, lang: Lang, max = 3): string[] {
  const shown = d.problems.slice(0, max).map((p) => recordProblemText(p, lang));
  if (d.problems.length > max) shown.push(STORE_WORDS[lang].more(d.problems.length - max));
  return shown;
}

