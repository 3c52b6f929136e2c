/**
 * The one label picker: a dataset's multilingual text (`LangString`) in one language. Every place
 * that shows dataset text uses it (the model's caption counts, the views, the app state, and the
 * layout through the words `view/layout-words.ts` gives it), so a label falls back the same way
 * everywhere.
 */
import type { Lang, LangString } from './types.ts';

/**
 * A label in the wanted language, else in the other language, else in any language the text has.
 * An empty string counts as missing. The text is returned as the dataset has it (files need it
 * verbatim); what the screen and the drawings show goes through `pick` of `i18n/strings.ts`, which
 * also applies `isolateBidi`.
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

/** Bidirectional controls: marks (ALM, LRM, RLM), embeddings and overrides (LRE…RLO), isolates (LRI…PDI). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A dataset's text, ready to be set inside a sentence or next to other text: when it holds a
 * bidirectional control, it is wrapped in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE
 * (U+2069), so that an override in a name (say an unterminated U+202E) keeps its effect inside the
 * name and cannot reverse the words after it (Unicode Bidirectional Algorithm, UAX #9: an isolate
 * closes every embedding and override opened inside it). Any other text is returned as it is.
 * @param text a label from a dataset
 * @returns `text`, isolated when it holds a bidirectional control
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text;
}
