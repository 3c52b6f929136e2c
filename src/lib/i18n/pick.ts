/**
 * The one label picker: a dataset's multilingual text (`LangString`) in one language. Every place
 * that shows dataset text uses it (the app state, the captions, the layout through the words it is
 * given by `view/layout-words.ts`), so a label falls back the same way everywhere.
 */
import type { Lang, LangString } from '../model/types.ts';

/**
 * Pick a label in the wanted language, falling back to the other language, then to any value.
 * @param s a LangString (may be undefined or null)
 * @param lang the wanted language
 * @returns the text, or '' when there is none
 */
export function pick(s: LangString | undefined | null, lang: Lang): string {
  if (!s) return '';
  return s[lang] ?? s[lang === 'vi' ? 'en' : 'vi'] ?? Object.values(s).find((v) => typeof v === 'string') ?? '';
}
