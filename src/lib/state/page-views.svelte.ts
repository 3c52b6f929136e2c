/**
 * What the page's leaf components show, derived from the app state with the pure view functions of
 * `lib/view/`: one `$derived` per view, recomputed only when what it reads changes. Components get
 * these as narrow props and only render them.
 */
import { countSeries } from '../layout/count-series.ts';
import { bodyCounts, claimText } from '../view/counts.ts';
import { memberPanelView } from '../view/member-panel.ts';
import { orgShortName } from '../view/names.ts';
import { roleTableView } from '../view/role-table.ts';
import { searchResultsView } from '../view/search.ts';
import { sourceInfoView } from '../view/source-info.ts';
import type { AppState } from './app-state.svelte.ts';

/** Size of the small counts-over-the-term chart, in CSS px (it scales with its container). */
const SERIES_SIZE = { width: 320, height: 120 };

export class PageViews {
  readonly #app: AppState;

  /** The search box's result list (names of the matching people, in match order). */
  readonly searchResults = $derived.by(() => searchResultsView(this.#app.timeline, this.#app.matches, this.#app.lang));
  /** The member panel's facts, or null when no member is selected. */
  readonly panel = $derived.by(() =>
    this.#app.history ? memberPanelView(this.#app.timeline, this.#app.history, this.#app.lang) : null,
  );
  /** The counts chart's geometry (one stepped line per body, the stated counts marked). */
  readonly series = $derived.by(() => countSeries(this.#app.timeline, SERIES_SIZE));
  /** The label of each line of `series`, in the UI language. */
  readonly seriesLabels = $derived.by(() => this.series.lines.map((l) => orgShortName(this.#app.timeline, l.org, this.#app.lang)));
  /** Members, seats and vacancies of every body at the current step. */
  readonly bodies = $derived.by(() => bodyCounts(this.#app.timeline, this.#app.step, this.#app.lang));
  /** The source's stated counts, each checked against the data, as sentences. */
  readonly claims = $derived.by(() =>
    this.#app.claims.map((c) => ({ id: c.claim.id, holds: c.holds, text: claimText(this.#app.timeline, c, this.#app.lang) })),
  );
  /** "Who held which role": posts × steps. */
  readonly roleTable = $derived.by(() => roleTableView(this.#app.timeline, this.#app.roles, this.#app.lang));
  /** The sources of the dataset and its notes, in the UI language. */
  readonly sourceInfo = $derived.by(() => sourceInfoView(this.#app.dataset, this.#app.lang));

  /** @param app the app state these views read */
  constructor(app: AppState) {
    this.#app = app;
  }
}
