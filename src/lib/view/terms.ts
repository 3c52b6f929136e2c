/** The term picker's options as text: each term with its years, then "all terms". Pure. */
import type { Lang } from '../model/types.ts';
import type { Term } from '../model/terms.ts';
import { pick } from '../i18n/strings.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';

/** The value of the "all terms" option (also the URL's `term=all`). */
export const ALL_TERMS = 'all';

/** One option of the term picker. */
export interface TermOption {
  /** A term id, or `ALL_TERMS`. */
  value: string;
  text: string;
}

/**
 * The options of the term picker in `lang`: every term in `terms`' order as "<label> (<from>–<to>)"
 * (years of its start and end; "<from>–" while it runs; the label alone when its date does not
 * parse; the id when it has no label), then "all terms". [] when there are fewer than two terms
 * (no picker then).
 */
export function termOptions(terms: readonly Term[], lang: Lang): TermOption[] {
  if (terms.length < 2) return [];
  const w = UI_WORDS[lang].term;
  return [
    ...terms.map((t) => ({ value: t.id, text: w.option(pick(t.label, lang) || t.id, t.start?.year ?? null, t.end?.year ?? null) })),
    { value: ALL_TERMS, text: w.all },
  ];
}
