/**
 * The readings of a dataset as the page and the files show them: the picker's options and the line
 * that names the reading shown (the table of the readings side by side is `reading-table.ts`). Pure: reads the dataset (`Dataset.alternatives`), words come
 * from `i18n/reading-words.ts`, data labels through `pick`.
 */
import type { Alternative, Dataset, Lang, Reading } from '../model/types.ts';
import { defaultReading } from '../model/readings.ts';
import { READING_WORDS } from '../i18n/reading-words.ts';
import { pick } from '../i18n/strings.ts';

/** One option of a reading picker. */
export interface ReadingOption {
  /** The reading's id. */
  value: string;
  /** Its label in the UI language, the default one marked ("… (mặc định)"). */
  text: string;
  isDefault: boolean;
}

/** The picker of one alternative: its label, its options, the reading shown. */
export interface ReadingPickerView {
  /** The alternative's id. */
  id: string;
  /** "Cách hiểu: <the alternative's label>". */
  label: string;
  /** The id of the reading shown (the chosen one when it belongs here, else the default). */
  value: string;
  options: ReadingOption[];
  /** The shown reading's option text in full (a narrow select cuts it). */
  shownText: string;
  /** Why the source allows several readings (the alternative's `basis`) in `lang`. */
  why: string;
  /** The shown reading's reasoning (its `basis`) in `lang`, '' when it has none. */
  basis: string;
  /** The summary of the reasoning's disclosure: "Vì sao có cách hiểu này". */
  basisSummary: string;
}

/**
 * The reading of `alternative` that is shown when `chosen` (a reading id, or null for the defaults)
 * is chosen: that reading when it belongs to `alternative`, else the alternative's default.
 */
export function shownReading(alternative: Alternative, chosen: string | null): Reading | undefined {
  return (chosen !== null ? alternative.readings.find((r) => r.id === chosen) : undefined) ?? defaultReading(alternative);
}

/** Alternatives that have at least one reading (the others have nothing to show). */
export function alternativesOf(dataset: Dataset): Alternative[] {
  return (dataset.alternatives ?? []).filter((a) => a.readings.length > 0);
}

/**
 * The summary line of each alternative's side-by-side table of readings ("So sánh 12 cách hiểu"),
 * by alternative id, in `alternativesOf` order: what the page shows before a table is opened (the
 * table itself, `view/reading-table.ts`, loads when it is).
 */
export function readingTableSummaries(dataset: Dataset, lang: Lang): { id: string; summary: string }[] {
  return alternativesOf(dataset).map((a) => ({ id: a.id, summary: READING_WORDS[lang].tableSummary(a.readings.length) }));
}

/** A reading's label in `lang`, else its id. */
export function readingLabel(r: Reading, lang: Lang): string {
  return pick(r.label, lang) || r.id;
}

/** An alternative's label in `lang`, else its id. */
export function alternativeLabel(a: Alternative, lang: Lang): string {
  return pick(a.label, lang) || a.id;
}

/** Whether `r` is the default reading of `a` (marked `default`, else the first). */
export function isDefault(a: Alternative, r: Reading): boolean {
  return defaultReading(a) === r;
}

/**
 * One picker per alternative of the dataset that has readings ([] for a dataset without readings):
 * every reading in file order, its label in `lang`, the default marked.
 * @param chosen the reading chosen (`AppState.reading`), null for the defaults
 */
export function readingPickers(dataset: Dataset, chosen: string | null, lang: Lang): ReadingPickerView[] {
  const w = READING_WORDS[lang];
  return alternativesOf(dataset).map((a) => {
    const shown = shownReading(a, chosen);
    const options = a.readings.map((r, i) => ({ value: r.id, text: w.option(readingLabel(r, lang), isDefault(a, r), i + 1), isDefault: isDefault(a, r) }));
    return {
      id: a.id,
      label: w.pickerLabel(alternativeLabel(a, lang)),
      value: shown?.id ?? '',
      options,
      shownText: options.find((o) => o.value === shown?.id)?.text ?? '',
      why: pick(a.basis, lang),
      basis: shown ? pick(shown.basis, lang) : '',
      basisSummary: w.basisSummary,
    };
  });
}

/**
 * The reading shown, as the drawing writes it under the chart: "Cách hiểu: <label>" for each alternative with
 * readings, joined by "; " ('' for a dataset without readings).
 * @param chosen the reading chosen, null for the defaults
 */
export function readingCaption(dataset: Dataset, chosen: string | null, lang: Lang): string {
  const w = READING_WORDS[lang];
  return alternativesOf(dataset)
    .flatMap((a) => {
      const r = shownReading(a, chosen);
      return r ? [w.caption(readingLabel(r, lang), isDefault(a, r))] : [];
    })
    .join('; ');
}

/**
 * The reading shown, as a file's description and the ZIP's README say it: one line per alternative
 * with readings, "Cách hiểu: <label> (<what is read several ways>)" ([] for a dataset without readings).
 * @param chosen the reading chosen, null for the defaults
 */
export function readingLines(dataset: Dataset, chosen: string | null, lang: Lang): string[] {
  const w = READING_WORDS[lang];
  return alternativesOf(dataset).flatMap((a) => {
    const r = shownReading(a, chosen);
    return r ? [w.line(alternativeLabel(a, lang), readingLabel(r, lang), isDefault(a, r))] : [];
  });
}
