/**
 * The words of the layout (`LayoutStrings` of `layout/words.ts`) in one language, from `i18n/`:
 * tray titles and legend labels, and the one label picker (`pick`) bound to the language.
 */
import type { Lang } from '../model/types.ts';
import type { LayoutStrings } from '../layout/words.ts';
import { END_CAUSE_LABELS, START_CAUSE_LABELS, STRINGS } from '../i18n/strings.ts';
import { CHART_WORDS } from '../i18n/export-words.ts';
import { pick } from '../i18n/strings.ts';
import { GROUP_WORDS } from '../i18n/group-words.ts';
import { changeTag, vacantPostLabel } from '../i18n/change-words.ts';

/** The words of each language, made once (the layout keeps what it derives from them by their identity). */
const made = new Map<Lang, LayoutStrings>();

/** `LayoutStrings` in `lang`; a cause without a label is written as its code. The same object for the same language: read-only. */
export function layoutWords(lang: Lang): LayoutStrings {
  let words = made.get(lang);
  if (!words) made.set(lang, (words = makeWords(lang)));
  return words;
}

function makeWords(lang: Lang): LayoutStrings {
  const s = STRINGS[lang];
  return {
    label: (text) => pick(text, lang),
    causeLabel: (kind, cause) => {
      const table = (kind === 'exit' ? END_CAUSE_LABELS : START_CAUSE_LABELS) as Record<string, Record<Lang, string>>;
      return table[cause]?.[lang] ?? cause;
    },
    legendTitle: s.legend,
    legendSeated: (name, names) => {
      // The Vietnamese abbreviation beside a translated one ("EC (BCH)"), so that a reader of the
      // English chart can match it with the source and the Vietnamese chart.
      const source = names?.vi ?? '';
      const abbreviation = isAbbreviation(name);
      const shown = lang !== 'vi' && abbreviation && isAbbreviation(source) && source !== name ? s.withSourceAbbreviation(name, source) : name;
      return s.legendSeated(shown, abbreviation);
    },
    legendVacant: s.legendVacant,
    legendNew: (CHART_WORDS[lang] ?? CHART_WORDS.en).legendNew,
    legendOverCapacity: (CHART_WORDS[lang] ?? CHART_WORDS.en).legendOverCapacity,
    legendInferred: s.legendInferred,
    legendGroup: GROUP_WORDS[lang].legendGroup,
    changeTag: (kind, cause, to) => changeTag(lang, kind, cause, to),
    vacantPost: (post) => vacantPostLabel(lang, post),
  };
}

/** True for a short name written as an abbreviation: two or more capitals or digits ("BCH", "EC", "TT"). */
export function isAbbreviation(name: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(name);
}
