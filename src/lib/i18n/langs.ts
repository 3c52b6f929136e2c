/**
 * Which languages' words are ready. Vietnamese, the default, is in the page's first load; English is
 * a chunk of its own (`english.ts`), loaded before the page first shows English (the URL's
 * `lang=en` at start, the language menu, a step back in history), so that an untouched page stays
 * light (issue 10, target 5).
 */
import type { Lang } from '../model/types.ts';
import { STRINGS } from './strings.ts';

/** Whether `STRINGS[lang]` and the other split records hold `lang`'s words. */
export function wordsReady(lang: Lang): boolean {
  return STRINGS[lang] !== undefined;
}

/**
 * Make `lang`'s words ready (a dynamic import for English; nothing for Vietnamese).
 * @throws whatever the chunk's load throws (a network failure): the caller keeps its language
 */
export async function loadWords(lang: Lang): Promise<void> {
  if (wordsReady(lang)) return;
  (await import('./english.ts')).provideEnglish();
}
