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
    legendSeated: (name) => `${s.legendSeated}: ${name}`,
    legendVacant: s.legendVacant,
    legendNew: (CHART_WORDS[lang] ?? CHART_WORDS.en).legendNew,
    legendOverCapacity: (CHART_WORDS[lang] ?? CHART_WORDS.en).legendOverCapacity,
    legendInferred: s.legendInferred,
    legendGroup: GROUP_WORDS[lang].legendGroup,
    changeTag: (kind, cause, to) => changeTag(lang, kind, cause, to),
    vacantPost: (post) => vacantPostLabel(lang, post),
  };
}
