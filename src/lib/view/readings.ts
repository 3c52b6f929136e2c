/**
 * The readings of a dataset as the page and the files show them: the picker's options, the table of
 * the readings side by side (posts × readings, each cell newcomer / from the BCH / from the BTV), and
 * the line that names the reading shown. Pure: reads the dataset (`Dataset.alternatives`), words come
 * from `i18n/reading-words.ts`, data labels through `pick`.
 */
import type { Alternative, Dataset, Lang, Reading } from '../model/types.ts';
import { defaultReading } from '../model/readings.ts';
// INTERIM: the app's branch reads the origins from its own minimal copy; once the model's
// `readings-origins.ts` is merged, import `readingOrigins` and `ReadingOrigins` from it (same names
// and shapes) and delete `readings-origins-interim.ts`.
import { readingOrigins, type ReadingOrigins } from '../model/readings-origins-interim.ts';

/** Where a post's holder came from: `newcomer`, `outer` (the BCH), `inner` (the BTV). */
type Origin = ReadingOrigins['posts'][number]['origin'];
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
}

/**
 * The reading of `alternative` that is shown when `chosen` (a reading id, or null for the defaults)
 * is chosen: that reading when it belongs to `alternative`, else the alternative's default.
 */
export function shownReading(alternative: Alternative, chosen: string | null): Reading | undefined {
  return (chosen !== null ? alternative.readings.find((r) => r.id === chosen) : undefined) ?? defaultReading(alternative);
}

/** Alternatives that have at least one reading (the others have nothing to show). */
function alternativesOf(dataset: Dataset): Alternative[] {
  return (dataset.alternatives ?? []).filter((a) => a.readings.length > 0);
}

/** A reading's label in `lang`, else its id. */
function readingLabel(r: Reading, lang: Lang): string {
  return pick(r.label, lang) || r.id;
}

/** An alternative's label in `lang`, else its id. */
function alternativeLabel(a: Alternative, lang: Lang): string {
  return pick(a.label, lang) || a.id;
}

/** Whether `r` is the default reading of `a` (marked `default`, else the first). */
function isDefault(a: Alternative, r: Reading): boolean {
  return defaultReading(a) === r;
}

/**
 * One picker per alternative of the dataset that has readings ([] for a dataset without readings):
 * every reading in file order, its label in `lang`, the default marked.
 * @param chosen the reading chosen (`AppState.reading`), null for the defaults
 */
export function readingPickers(dataset: Dataset, chosen: string | null, lang: Lang): ReadingPickerView[] {
  const w = READING_WORDS[lang];
  return alternativesOf(dataset).map((a) => ({
    id: a.id,
    label: w.pickerLabel(alternativeLabel(a, lang)),
    value: shownReading(a, chosen)?.id ?? '',
    options: a.readings.map((r) => ({ value: r.id, text: w.option(readingLabel(r, lang), isDefault(a, r)), isDefault: isDefault(a, r) })),
  }));
}

/** A cell of the side-by-side table: where the post's holder came from under one reading. */
export interface ReadingCellView {
  /** `none`: the reading fills no such post at the event. */
  kind: Origin | 'none';
  /** "người mới", "từ BCH", "từ BTV" (the bodies' short names from the dataset). */
  text: string;
}

/** A column of the side-by-side table: one reading. */
export interface ReadingColumnView {
  id: string;
  /** Its heading ("Cách 3"). */
  heading: string;
  /** The reading's label in the UI language. */
  label: string;
  /** The heading button's accessible name, its visible heading first ("Cách 3: <label>"). */
  choose: string;
  isDefault: boolean;
  /** The reading on screen. */
  shown: boolean;
}

/** The readings of one alternative side by side: posts × readings. */
export interface ReadingTableView {
  /** The alternative's id. */
  id: string;
  /** The `<details>` summary: "So sánh 12 cách hiểu". */
  summary: string;
  caption: string;
  /** The first column's heading. */
  postHeading: string;
  defaultMark: string;
  shownMark: string;
  columns: ReadingColumnView[];
  /** One row per post filled at the event by any reading, in the dataset's post order. */
  rows: { postId: string; label: string; cells: ReadingCellView[] }[];
}

/** A body's short name ("BCH"), else its name, else its id. */
function bodyName(dataset: Dataset, id: string, lang: Lang): string {
  const o = dataset.organizations.find((x) => x.id === id);
  return pick(o?.short_name, lang) || pick(o?.name, lang) || id;
}

/** `readingOrigins` of every reading of every alternative with readings, parallel to them (the table's cells, before words). */
export type DatasetOrigins = (ReadingOrigins | null)[][];

/**
 * Where each post's holder came from in every reading (`readingOrigins`: each reading applied, its
 * holders read just before the event), one list per alternative with readings, parallel to its
 * readings. Builds one timeline per reading: compute it once per dataset (`PageViews`).
 */
export function datasetOrigins(dataset: Dataset): DatasetOrigins {
  return alternativesOf(dataset).map((a) => a.readings.map((r) => readingOrigins(dataset, a, r)));
}

/**
 * The side-by-side table of every alternative with readings ([] without readings). Each cell says
 * where the post's holder came from under that reading: newcomer, from the outer body (the BCH), from
 * the inner body (the BTV), the bodies named by their short names in `lang`. A reading whose origins
 * cannot be read (its event is not a step) has `none` cells.
 * @param chosen the reading chosen (`AppState.reading`), null for the defaults; its column is `shown`
 * @param all `datasetOrigins(dataset)` (computed here when not given)
 */
export function readingTables(dataset: Dataset, chosen: string | null, lang: Lang, all: DatasetOrigins = datasetOrigins(dataset)): ReadingTableView[] {
  const w = READING_WORDS[lang];
  return alternativesOf(dataset).map((a, ai) => {
    const shown = shownReading(a, chosen);
    const origins = all[ai] ?? [];
    const postIds: string[] = [];
    for (const o of origins) for (const p of o?.posts ?? []) if (!postIds.includes(p.post_id)) postIds.push(p.post_id);
    const order = new Map(dataset.posts.map((p, i) => [p.id, i]));
    postIds.sort((x, y) => (order.get(x) ?? Infinity) - (order.get(y) ?? Infinity));
    const cell = (k: number, postId: string): ReadingCellView => {
      const o = origins[k];
      const p = o?.posts.find((x) => x.post_id === postId);
      if (!o || !p) return { kind: 'none', text: w.none };
      if (p.origin === 'newcomer') return { kind: 'newcomer', text: w.newcomer };
      return { kind: p.origin, text: w.from(bodyName(dataset, p.origin === 'outer' ? o.bodies.outer : o.bodies.inner, lang)) };
    };
    return {
      id: a.id,
      summary: w.tableSummary(a.readings.length),
      caption: w.tableCaption(alternativeLabel(a, lang)),
      postHeading: w.post,
      defaultMark: w.defaultMark,
      shownMark: w.shownMark,
      columns: a.readings.map((r, k) => ({
        id: r.id,
        heading: w.column(k + 1),
        label: readingLabel(r, lang),
        choose: w.choose(k + 1, readingLabel(r, lang)),
        isDefault: isDefault(a, r),
        shown: r === shown,
      })),
      rows: postIds.map((postId) => ({
        postId,
        label: pick(dataset.posts.find((p) => p.id === postId)?.label, lang) || postId,
        cells: a.readings.map((_, k) => cell(k, postId)),
      })),
    };
  });
}

/**
 * The reading shown, as a file's caption says it: "Cách hiểu: <label>" for each alternative with
 * readings, joined by "; " ('' for a dataset without readings).
 * @param chosen the reading chosen, null for the defaults
 */
export function readingCaption(dataset: Dataset, chosen: string | null, lang: Lang): string {
  const w = READING_WORDS[lang];
  return alternativesOf(dataset)
    .map((a) => shownReading(a, chosen))
    .filter((r): r is Reading => r !== undefined)
    .map((r) => w.caption(readingLabel(r, lang)))
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
    return r ? [w.line(alternativeLabel(a, lang), readingLabel(r, lang))] : [];
  });
}
