/**
 * The one label picker: a dataset's multilingual text (`LangString`) in one language. Every place
 * that shows dataset text uses it (the model's caption counts, the views, the app state, and the
 * layout through the words `view/layout-words.ts` gives it), so a label falls back the same way
 * everywhere.
 */
import type { Lang, LangString } from './types.ts';

/**
 * A label in the wanted language, else in the other language, else in any language the text has.
 * An empty string counts as missing.
 * @param s a LangString (may be undefined or null)
 * @param lang the wanted language
 * @returns the text, or '' when there is none
 */
export function pick(s: LangString | undefined | null, lang: Lang): string {
  if (!s) return '';
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  for (const v of [s[lang], s[other], ...Object.values(s)]) if (typeof v === 'string' && v !== '') return v;
  return '';
}
