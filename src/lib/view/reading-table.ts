/**
 * The readings of a dataset side by side (posts × readings): each cell says whether the post's new
 * holder was a newcomer or came from the BCH or the BTV in that reading. Pure: reads the dataset
 * (`Dataset.alternatives`) and `readingOrigins` of the model; words from `i18n/reading-words.ts`.
 * Loaded with the table after the first paint (`ReadingTable.svelte`).
 */
import type { Dataset, Lang } from '../model/types.ts';
import { readingOrigins, type ReadingOrigins } from '../model/readings-origins.ts';
import { READING_WORDS } from '../i18n/reading-words.ts';
import { pick } from '../i18n/strings.ts';
import { alternativeLabel, alternativesOf, isDefault, readingLabel, shownReading } from './readings.ts';

/** Where a post's holder came from: `newcomer`, `outer` (the BCH), `inner` (the BTV). */
type Origin = ReadingOrigins['posts'][number]['origin'];

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
 * @param only an alternative's id: only its readings' origins (the others' lists are empty)
 */
export function datasetOrigins(dataset: Dataset, only?: string): DatasetOrigins {
  return alternativesOf(dataset).map((a) => (only === undefined || a.id === only ? a.readings.map((r) => readingOrigins(dataset, a, r)) : []));
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
      summary: w.tableSummary(a.readings.length), // as readingTableSummaries (view/readings.ts)
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
