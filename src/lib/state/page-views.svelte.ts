/**
 * What the page's leaf components show, derived from the app state with the pure view functions of
 * `lib/view/`: one `$derived` per view, recomputed only when what it reads changes. Components get
 * these as narrow props and only render them.
 */
import { countSeries } from '../layout/count-series.ts';
import { bodyCounts, claimLine } from '../view/counts.ts';
import { screenCaption } from '../view/caption.ts';
import { storyDescription, storyHeadline } from '../view/story.ts';
import { readingStepsOf } from '../view/screen-chart.ts';
import { stepStrip, type StepStripView } from '../view/step-strip.ts';
import { STRINGS } from '../i18n/strings.ts';
import type { memberPanelView } from '../view/member-panel.ts';
import { orgShortName } from '../view/names.ts';
import { roleTableView } from '../view/role-table.ts';
import { searchResultsView } from '../view/search.ts';
import type { sourceInfoView } from '../view/source-info.ts';
import type { AppState } from './app-state.svelte.ts';
import { GROUP_WORDS } from '../i18n/group-words.ts';
import { compactTrayLists } from '../view/tray-lists.ts';

/** Size of the small counts-over-the-term chart, in CSS px (it scales with its container). */
const SERIES_SIZE = { width: 320, height: 120 };

export class PageViews {
  readonly #app: AppState;
  /** `memberPanelView`, given once the panel's code has loaded (`setPanelView`); null until then. */
  #panelView: typeof memberPanelView | null = $state.raw(null);
  /** `sourceInfoView`, given once the source section's code has loaded (`setSourceInfoView`); null until then. */
  #sourceInfoView: typeof sourceInfoView | null = $state.raw(null);

  /** The search box's result list (names of the matching people, in match order). */
  readonly searchResults = $derived.by(() => searchResultsView(this.#app.timeline, this.#app.matches, this.#app.lang));
  /** The member panel's facts, or null when no member is selected (or the panel's view is not loaded yet, `setPanelView`). */
  readonly panel = $derived.by(() =>
    this.#app.history && this.#panelView ? this.#panelView(this.#app.timeline, this.#app.history, this.#app.lang, { statedOnly: this.#app.statedOnly }) : null,
  );
  /** The names behind the chart's compact trays (a large house), [] when none is compact. */
  readonly trayLists = $derived.by(() => compactTrayLists(this.#app.scene, this.#app.timeline, this.#app.lang));
  /** The counts chart's geometry (one stepped line per body, the stated counts marked). */
  readonly series = $derived.by(() => countSeries(this.#app.timeline, SERIES_SIZE));
  /** The label of each line of `series`, in the UI language. */
  readonly seriesLabels = $derived.by(() => this.series.lines.map((l) => orgShortName(this.#app.timeline, l.org, this.#app.lang)));
  /** The label of each group line of `series` (short name, else name), in the UI language; [] without groups. */
  readonly groupSeriesLabels = $derived.by(() => this.series.groupLines.map((l) => orgShortName(this.#app.timeline, l.group, this.#app.lang)));
  /** The heading of the counts chart's group legend, in the UI language. */
  readonly groupSeriesTitle = $derived.by(() => GROUP_WORDS[this.#app.lang].countsByGroup);
  /** Members, seats and vacancies of every body at the current step. */
  readonly bodies = $derived.by(() => bodyCounts(this.#app.timeline, this.#app.step, this.#app.lang));
  /** The source's stated counts, each checked against the data, as sentences. */
  readonly claims = $derived.by(() => this.#app.claims.map((c) => claimLine(this.#app.timeline, c, this.#app.lang)));
  /** The step caption under the slider (lead, description, counts), built as the exported caption is. */
  readonly caption = $derived.by(() => screenCaption(this.#app.timeline, this.#app.step, this.#app.lang));
  /** The page's headline: the story of the dataset shown, first step to last ("1996–2000: … went from 35 to 32 members, …"). */
  readonly story = $derived.by(() => storyHeadline(this.#app.timeline, this.#app.claims, this.#app.lang));
  /** The dataset's description on one line, under the headline ('' for none). */
  readonly description = $derived.by(() => storyDescription(this.#app.timeline, this.#app.lang));
  /** Whether the readings differ at the step shown (the reading picker under the chart is then marked as the step's). */
  readonly readingHere = $derived.by(() => readingStepsOf(this.#app.timeline).includes(this.#app.step));
  /** The browser tab's title: "Biến động nhân sự · <dataset title>". */
  readonly documentTitle = $derived.by(() => STRINGS[this.#app.lang].documentTitle(this.#app.label(this.#app.dataset.title)));
  /** "Who held which role": posts × steps. */
  readonly roleTable = $derived.by(() => roleTableView(this.#app.timeline, this.#app.roles, this.#app.lang, this.#app.step));
  /**
   * The sources of the dataset and its notes, in the UI language ("stated facts only" hides inferred
   * annotations); null until the section's view is given (`setSourceInfoView`).
   */
  readonly sourceInfo = $derived.by(() =>
    this.#sourceInfoView ? this.#sourceInfoView(this.#app.dataset, this.#app.lang, { statedOnly: this.#app.statedOnly }) : null,
  );

  /**
   * The strip under the slider for a width (the component measures it): step stops, year axis,
   * stop labels and annotations of the dataset on screen, in the UI language (under "stated facts
   * only", without the inferred annotations). Reads the app state,
   * so a `$derived` that calls it follows the dataset and the language.
   * @param width the strip's width, in CSS px
   */
  stepStrip(width: number): StepStripView {
    return stepStrip(this.#app.timeline, width, this.#app.lang, this.#app.statedOnly);
  }

  /**
   * Give the member panel's view function (`memberPanelView` of `view/member-panel.ts`): it loads
   * with the panel's component when a member is first opened (`App.svelte`), not on the page's
   * first load. Until it is given, `panel` is null.
   */
  setPanelView(view: typeof memberPanelView): void {
    this.#panelView = view;
  }

  /**
   * Give the source section's view function (`sourceInfoView` of `view/source-info.ts`): it loads
   * with the section's component when the section first comes near the viewport (`App.svelte`).
   */
  setSourceInfoView(view: typeof sourceInfoView): void {
    this.#sourceInfoView = view;
  }

  /** @param app the app state these views read */
  constructor(app: AppState) {
    this.#app = app;
  }
}
