/**
 * The one application state: which dataset, which term, which step, which member, which language, what is
 * searched, what is playing, and the chart's motion. Everything else is derived from these with the
 * pure model, layout and view functions; components read it (through `context.ts` or narrow props)
 * and call its methods. Nothing here needs a component to be mounted: the motion follows the scene
 * by itself (`motion.svelte.ts`).
 */
import type { Dataset, Lang, LangString } from '../model/types.ts';
import { buildTimeline, type Timeline } from '../model/steps.ts';
import { checkClaims } from '../model/claims.ts';
import type { PersonHistory, RoleRow } from '../model/history.ts';
import { searchMembers } from '../model/search.ts';
import { planSeats, type SeatPlan } from '../layout/seat-plan.ts';
import { chooseLayout, entryPoint, hemicycleReady, loadHemicycle, type LayoutChoice, type LayoutMode } from '../layout/layout.ts';
import { HEMICYCLE_THRESHOLD } from '../layout/hemicycle-mode.ts';
import type { Scene, SceneNode } from '../layout/scene.ts';
import { viewTree } from '../draw/view-tree.ts';
import type { ViewsAhead } from './view-ahead.ts';
import { loadWords, wordsReady } from '../i18n/langs.ts';
import { fitChartWidth } from '../layout/fit.ts';
import { stagedUnder } from '../draw/chart-tree.ts';
import { sameEl, type ChartTree, type SvgEl } from '../draw/svg-el.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { nodeAccessibleName } from '../view/chart.ts';
import { MotionState, browserClock, type Clock, type MotionTarget, type Stage } from './motion.svelte.ts';
import { TaskState, yieldToPage } from './task.svelte.ts';
import { noticeText, readUrlEmbed, readUrlReading, readUrlState, readUrlTerm, writeUrlReading, writeUrlState, writeUrlTerm, type UrlNotice } from './url.ts';
import { applyReading, defaultReading, readingsOf } from '../model/readings.ts';
import { readingPickers, type ReadingPickerView } from '../view/readings.ts';
import { datasetForTerm, defaultTerm, termsOf, type Term } from '../model/terms.ts';
import { termOptions, type TermOption } from '../view/terms.ts';
import { readingFileId, termFileId } from '../export/file-ids.ts';
import type { DatasetStore, DamagedDataset, KeptEntry, StoredDataset } from './dataset-store.ts';
import type { FindingGroup, ImportProblem, CsvOptions } from '../io/index.ts';
import { CSV_ENCODINGS } from '../io/csv-encodings.ts';
import type { FindingWords } from '../i18n/findings.ts';
import type { ImportWords } from './import-words.ts';
import type { Importer } from './importers.ts';

export { STEP_DURATION } from './motion.svelte.ts';
/** The terms of `dataset` that have memberships to draw (the term picker's). */
function drawableTerms(dataset: Dataset): Term[] {
  return termsOf(dataset).filter((t) => t.drawable > 0);
}

/** The term shown when none is chosen: the latest with memberships when there are several terms (`defaultTerm`), else every term (null). */
function openingTerm(terms: readonly Term[]): string | null {
  return terms.length >= 2 ? (defaultTerm(terms)?.id ?? null) : null;
}

/** `dataset` restricted to `term` (`datasetForTerm`, its id `termFileId`); `dataset` itself for null. */
function termView(dataset: Dataset, term: string | null): Dataset {
  return term === null ? dataset : { ...datasetForTerm(dataset, term), id: termFileId(dataset.id, term) };
}

/** The timeline of `shown`; of `whole` (every term) when `shown` has no step (its memberships all undated). */
function timelineOf(shown: Dataset, whole: Dataset): Timeline {
  const t = buildTimeline(shown);
  return t.steps.length > 0 || shown === whole ? t : buildTimeline(whole);
}

/**
 * Milliseconds from a step's input to the next frame above which drawing a step counts as slow: the
 * views then follow the slider only once input pauses (`SCRUB_QUIET`), so the slider stays responsive.
 * Below it, an input that comes while a step is drawn waits less than this, and is painted within
 * about 100 ms (at 80 ms, a drag on 10,000 × 1,500 measured an input → paint p95 of 114–129 ms).
 * A step's cost is predicted from the last one measured, in proportion to the nodes drawn
 * (`drawWeight`): on a long history the first steps are small and the middle ones large.
 */
const SLOW_STEP = 50;
/** Memberships from which a dataset's timeline and seat plan are made ahead, in slices, before it is shown (`#prepare`). */
const PREPARE_FROM = 5000;
/**
 * The same while the pointer holds the slider's thumb: a drag sends a move every frame or two, and
 * every move that comes while a step is drawn waits for it, so only steps predicted well within a
 * frame budget or two are drawn during it (the rest once it pauses, `HELD_QUIET`, or lets go).
 */
const HELD_SLOW_STEP = 35;
/**
 * What a step costs to draw whatever its size (a frame, the caption, the counts...), in members:
 * added to the members drawn (`#weight`), so that a small step's time is not all put on its members.
 */
const FIXED_WEIGHT = 50;
/**
 * The same for the first draw of a dataset, which makes every node (a step changes some): above
 * this many ms, its steps are taken as slow until one is measured.
 */
const SLOW_FIRST_DRAW = 160;
/** Milliseconds without slider input after which a slow dataset draws the step the slider shows. */
const SCRUB_QUIET = 100;
/** The same while the pointer holds the slider's thumb (a drag that pauses has not stopped). */
const HELD_QUIET = 400;
/** Milliseconds between steps while playing at 1× (transition + a pause to read); half under reduced motion. */
const PLAY_INTERVAL = 1600;
/** The playback speeds offered (`AppState.setSpeed`): the interval between steps is `PLAY_INTERVAL` divided by the speed. */
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
/** One of `PLAY_SPEEDS`. */
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/**
 * `model/history.ts` (a member's history, the role table), loaded by `loadHistory` when the member
 * panel or the role table is first needed, not with the page's first load; until then
 * `AppState.roles` is empty and `AppState.history` null. One for every `AppState`.
 */
let historyLib: typeof import('../model/history.ts') | null = $state.raw(null);

/** Load `model/history.ts` for every `AppState` (once). */
export async function loadHistory(): Promise<void> {
  historyLib ??= await import('../model/history.ts');
}

/** What the chart animates per member: the scene node, its drawing, its accessible name. */
export interface ChartDatum {
  node: SceneNode;
  el: SvgEl;
  accessibleName: string;
}

/** What the app state needs from its surroundings; every field has a browser default. */
export interface AppOptions {
  /** Where imported datasets are kept (default: this browser's IndexedDB, its code loaded when first used). */
  store?: DatasetStore;
  /**
   * Whether the user prefers reduced motion, read when a transition starts or play schedules a step
   * (default: the `prefers-reduced-motion` media query, false where there is none).
   */
  reducedMotion?: () => boolean;
  /** The motion's clock (default `requestAnimationFrame` and `performance.now`). */
  clock?: Clock;
  /**
   * How a file is imported (default: in a Web Worker where there is one, except in the single-file
   * build; else in this thread, as in the tests in Node).
   */
  importer?: Importer;
  /**
   * The page was opened with a dataset in its fragment (`#data=`, a share link): the address's view
   * (step, member, term, reading) waits for `openShared`, as a kept dataset's waits for `init`.
   */
  shared?: boolean;
}

/**
 * The importer when none is given: the worker in a page (loaded with the first import), this
 * thread where there is no `Worker` (Node) and in the single-file build (a page opened from file://
 * may start no worker; the build leaves the worker out).
 */
function defaultImporter(): Importer {
  if (import.meta.env.VITE_SINGLE_FILE || typeof Worker !== 'function') return async (file, options, ctx) => (await import('./importers.ts')).inThreadImporter(file, options, ctx);
  return async (file, options, ctx) => (await import('./import-worker-client.ts')).workerImport(file, options, ctx);
}

/**
 * This browser's dataset store (`dataset-store.ts` and idb, loaded on first use): its records read and
 * checked in a Web Worker (`store-worker.ts`) where there is one, except in the single-file build.
 */
async function pageStore(): Promise<DatasetStore> {
  const { DatasetStore } = await import('./dataset-store.ts');
  if (import.meta.env.VITE_SINGLE_FILE || typeof Worker !== 'function') return new DatasetStore();
  const { pageLister } = await import('./store-worker-client.ts');
  return new DatasetStore(undefined, { lister: pageLister });
}

/**
 * `kept` with the record `rec` just written (replacing the entry of its key), in the store list's
 * order: kept datasets by import time then key, then the damaged records.
 */
function withKept(kept: readonly KeptEntry[], rec: StoredDataset): KeptEntry[] {
  const good = kept.filter((k) => !k.damaged && k.key !== rec.key);
  good.push({ ...rec, damaged: false });
  good.sort((a, b) => (a as StoredDataset).importedAt.localeCompare((b as StoredDataset).importedAt) || a.key.localeCompare(b.key));
  return [...good, ...kept.filter((k) => k.damaged)];
}

/** `search` without what belongs to the dataset it names (step, member, term, reading). */
function withoutDatasetState(search: string): string {
  const q = new URLSearchParams(search);
  for (const k of ['step', 'member', 'term', 'reading']) q.delete(k);
  const rest = q.toString();
  return rest ? `?${rest}` : '';
}

/**
 * True when a node draws the same at two steps (same drawing, same accessible name): the screen keeps
 * what it drew. (Its scene node may differ in position only; the motion owns positions.)
 */
function sameDatum(a: ChartDatum, b: ChartDatum): boolean {
  return a.accessibleName === b.accessibleName && a.node.person_id === b.node.person_id && a.node.kind === b.node.kind && sameEl(a.el, b.el, 'transform');
}

/** A member's stage in the motion: going from a seat to a tray leaves first; the rest arrive after. */
function stageOf(a: ChartDatum, b: ChartDatum): Stage {
  return a.node.kind === 'seated' && b.node.kind === 'departed' ? 'leave' : 'arrive';
}

/** `prefers-reduced-motion: reduce` now (false outside a browser). */
function mediaReducedMotion(): boolean {
  return typeof globalThis.matchMedia === 'function' && globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The application state. Writable fields (`dataset`, `step`, `lang`, `member`, `statedOnly`, `query`...)
 * are changed through the methods or bound by components; the rest is `$derived`. `motion` follows
 * `chartTarget` by itself. Call `destroy()` when an instance is dropped (tests).
 */
export class AppState {
  /** The dataset on screen (the built-in one or a kept one); replaced whole, never mutated. */
  dataset: Dataset;
  /** The step every view shows (and the URL keeps). */
  step = $state(0);
  /**
   * The step the slider shows: the user's input at once (`scrub`, `stepBy`). `step` follows it at
   * the next frame, skipping the steps passed over meanwhile; on a dataset whose steps are slow to
   * draw, once the input pauses. `setStep` sets both.
   */
  sliderStep = $state(0);
  lang: Lang = $state('vi');
  member: string | null = $state(null);
  playing = $state(false);
  /**
   * The playback speed (one of `PLAY_SPEEDS`; 1 at first): steps follow each other every
   * `PLAY_INTERVAL / speed` ms (half that under reduced motion, where steps jump without motion).
   * A reader's preference for this visit, not part of the view: the address does not keep it.
   */
  speed: PlaySpeed = $state(1);
  /** The page is embedded in another site (`?embed=1`): the chart, the slider and the caption only. */
  embed = $state(false);
  /** "Stated facts only": grey out what rests on inference, in every view and export. */
  statedOnly = $state(false);
  /** The chart's layout as chosen (`auto`: a hemicycle for a body of more than 60 seats), in every view and export. */
  layout: LayoutChoice = $state('auto');
  urlNotices: UrlNotice[] = $state([]);
  /** The search box's text (empty: no search). */
  query = $state('');
  /** Search ignoring every diacritic (`bi thu` finds `Bí thư`); on by default. */
  ignoreDiacritics = $state(true);

  /**
   * The dataset's terms (legislative periods) that have memberships, in date order (a term without
   * members would draw nothing); the picker shows when there are two or more.
   */
  readonly terms: Term[] = $derived.by(() => drawableTerms(this.dataset));
  /** The term on screen (a term id), or null for every term. Set by `setTerm`, the URL, or a dataset's default. */
  term: string | null = $state(null);
  /** The term picker's options in the UI language ([] when there is nothing to choose). */
  readonly termOptions: TermOption[] = $derived(termOptions(this.terms, this.lang));
  /**
   * The reading shown (a `Reading.id` of `dataset.alternatives`), or null for the default readings
   * (the dataset's own records). Set by `setReading` or the URL (`&reading=`); back to null when
   * another dataset opens. Never a default reading's id, never an id the dataset does not have.
   */
  reading: string | null = $state(null);
  /** One reading picker per alternative of the dataset, in the UI language ([] without readings). */
  readonly readingPickers: ReadingPickerView[] = $derived.by(() => readingPickers(this.dataset, this.reading, this.lang));
  /** Timelines made ahead by `#prepare`, by dataset and term (the default reading's). */
  readonly #prepared = new WeakMap<Dataset, Map<string | null, Timeline>>();
  /** Seat plans made ahead by `#prepare`, by timeline. */
  readonly #plans = new WeakMap<Timeline, SeatPlan>();
  /**
   * The dataset as the chosen reading tells it (`applyReading`; the dataset itself for the default),
   * its id `readingFileId` for another reading so that exported files name it.
   */
  readonly readingDataset: Dataset = $derived.by(() => {
    const r = this.reading;
    const applied = applyReading(this.dataset, r);
    return r === null || applied === this.dataset ? applied : { ...applied, id: readingFileId(this.dataset.id, r) };
  });
  /**
   * What the views draw: the chosen reading (`readingDataset`), then restricted to the chosen term
   * (`datasetForTerm`), its id `termFileId` so that exported files name the term; for every term,
   * `readingDataset` itself.
   */
  readonly shownDataset: Dataset = $derived.by(() => {
    const term = this.term;
    const d = this.readingDataset;
    return term === null || !this.terms.some((t) => t.id === term) ? d : termView(d, term);
  });
  /** The timeline of `shownDataset`; of `readingDataset` (every term) when the term has no step (its memberships all undated). */
  readonly timeline: Timeline = $derived.by(() => {
    // A large dataset's timeline and seat plan are made ahead, in slices, before it is shown (`#prepare`).
    const made = this.reading === null ? this.#prepared.get(this.dataset)?.get(this.term) : undefined;
    return made ?? timelineOf(this.shownDataset, this.readingDataset);
  });
  readonly seatPlan: SeatPlan = $derived(this.#plans.get(this.timeline) ?? planSeats(this.timeline));
  readonly snapshot = $derived(this.timeline.snapshotAt(this.step));
  readonly t = $derived(STRINGS[this.lang]);
  /** The current step as the slider says it ("6/1996", "1999 · retirements"). */
  readonly stepText: string = $derived(this.timeline.valueText(this.step, this.lang));
  /** The slider's step as it says it (`sliderStep`; the same as `stepText` at rest). */
  readonly sliderText: string = $derived(this.timeline.valueText(this.sliderStep, this.lang));
  /**
   * The chart container's width in CSS px, as the page measured it (`setChartWidth`); 0 until then
   * (and in Node): the chart is laid out at the exports' width.
   */
  chartPx: number = $state(0);
  /** The width the chart is laid out at on screen, in units (`fitChartWidth` of `chartPx`; exports keep their own). */
  readonly chartWidth: number = $derived(fitChartWidth(this.chartPx).width);
  /** Whether the hemicycle's layout is loaded (its own chunk, `loadHemicycle`). */
  hemicycleLoaded: boolean = $state(hemicycleReady());
  /**
   * The layout asked of the drawing: the chosen one; while the hemicycle's code loads (a dataset or
   * a choice that needs it), the nested boxes (the page loads it ahead where it can: `#ensureLayout`).
   */
  readonly #drawnLayout: LayoutChoice = $derived.by(() => {
    if (this.hemicycleLoaded || chooseLayout(this.seatPlan, this.timeline.dataset.organizations, this.layout) !== 'hemicycle') return this.layout;
    queueMicrotask(() => void this.#ensureLayout());
    return 'nested';
  });
  /**
   * The views of the steps next to the shown one, made ahead in idle time (`ViewsAhead`): loaded
   * with the first step change (`#loadAhead`), off the page's first load; not reactive (loading it
   * draws nothing again).
   */
  #ahead: ViewsAhead<{ scene: Scene; tree: ChartTree }> | null = null;
  #aheadAsked = false;
  /** Load `ViewsAhead` (once). */
  #loadAhead(): void {
    if (this.#aheadAsked) return;
    this.#aheadAsked = true;
    void import('./view-ahead.ts').then(({ ViewsAhead }) => (this.#ahead = new ViewsAhead()), () => (this.#aheadAsked = false));
  }
  readonly view: { scene: Scene; tree: ChartTree } = $derived.by(() => {
    const { timeline, seatPlan: plan, lang, statedOnly, reading, chartWidth: width } = this;
    const layout = this.#drawnLayout;
    const make = (step: number) => {
      const t0 = this.#clock.now();
      const v = viewTree(timeline, plan, step, lang, { statedOnly, layout, reading, width });
      // What the layout and drawing of a step cost, per member (see `#slowTo`); not reactive.
      if (step === this.step) this.#viewMsPerWeight = (this.#clock.now() - t0) / this.#weight(step);
      return v;
    };
    return this.#ahead ? this.#ahead.view([timeline, plan, lang, statedOnly, layout, reading, width], this.step, timeline.steps.length - 1, make) : make(this.step);
  });
  /** The layout drawn: `hemicycle` or `nested` (what `auto` chose, or the forced one). */
  readonly layoutMode: LayoutMode = $derived(this.view.scene.layout ?? 'nested');
  readonly scene: Scene = $derived(this.view.scene);
  readonly tree: ChartTree = $derived(this.view.tree);
  readonly claims = $derived(checkClaims(this.timeline));
  /** The role table (empty until `loadHistory`). */
  readonly roles: RoleRow[] = $derived(historyLib ? historyLib.roleTable(this.timeline) : []);
  /** The open member's history (null until `loadHistory`). */
  readonly history: PersonHistory | null = $derived(this.member && historyLib ? historyLib.personHistory(this.timeline, this.member) : null);

  /** Load what `roles` and `history` are computed with (once; the member panel and the role table wait for it). */
  loadHistory(): Promise<void> {
    return loadHistory();
  }
  /** Damaged kept datasets the user tried to open (from the list or by `?dataset=`), by list key. */
  damagedNotices: string[] = $state.raw([]);
  /** Every notice in the UI language: the URL's, then "this kept dataset is damaged". */
  /** Notices of code loaded later (a share link's dataset that did not open), each in any language; `dismissNotices` clears them. */
  otherNotices: ((lang: Lang) => string)[] = $state.raw([]);
  readonly notices: string[] = $derived([
    ...this.urlNotices.map((n) => noticeText(n, this.lang)),
    ...this.damagedNotices.flatMap((key) => this.#damagedNotice(key)),
    ...this.otherNotices.map((say) => say(this.lang)),
  ]);
  /** Person ids the search matches (empty for an empty query), highlighted in every view. */
  readonly matches: ReadonlySet<string> = $derived(
    searchMembers(this.timeline, this.query, { lang: this.lang, diacritics: !this.ignoreDiacritics }),
  );
  /** Where the chart's nodes should be: the scene, with each node's drawing and accessible name. */
  readonly chartTarget: MotionTarget<ChartDatum, ChartTree> = $derived.by(() => {
    const scene = this.scene;
    const els = new Map(this.tree.nodes.map((n) => [n.key, n.el]));
    const anchor = (_key: string, datum: unknown) => entryPoint(scene, (datum as ChartDatum).node);
    return {
      step: scene.step,
      items: scene.nodes.map((n) => ({
        key: n.key,
        x: n.x,
        y: n.y,
        datum: { node: n, el: els.get(n.key)!, accessibleName: nodeAccessibleName(n, this.timeline, this.lang) },
      })),
      enterFrom: anchor,
      exitTo: anchor,
      // The boxes' counts, the trays' totals and the vacant seats change once the members have arrived.
      backdrop: this.tree,
    };
  });
  /**
   * The chart's layer under the members (`stagedUnder`): the caption of the step shown, the boxes'
   * counts, the trays' totals and the vacancies of the step the members last reached.
   */
  get chartUnder(): SvgEl[] {
    return stagedUnder(this.tree, this.motion.backdrop ?? this.tree);
  }
  /** The chart's motion towards `chartTarget`: `motion.frame`, `motion.animating`, `motion.step`. */
  readonly motion: MotionState<ChartDatum, ChartTree>;
  /** The page's one long task (import, ZIP, poster, PNG): label, progress, Cancel (`Progress.svelte`). */
  readonly task = new TaskState();

  readonly #reducedMotion: () => boolean;
  readonly #clock: Clock;
  #playTimer: ReturnType<typeof setTimeout> | null = null;
  /** The frame at which `step` follows `sliderStep` (scheduled while they differ). */
  #follow: (() => void) | null = null;
  /** The address of a link to a kept dataset until `init` has opened it (it is kept as it is), else null. */
  #opening: string | null = $state(null);
  /** True while the pointer holds the slider's thumb. */
  #held = false;
  /** When the slider last moved (clock ms). */
  #lastInput = 0;
  /**
   * Milliseconds per unit of `drawWeight` that the last step drawn took to reach the screen (its
   * first draw counted at `SLOW_STEP / SLOW_FIRST_DRAW` of its time): what the next step is
   * predicted to cost.
   */
  #msPerWeight = 0;
  /**
   * The last step's layout and drawing (`view`), ms per member: part of a step's cost that the
   * frame measurements miss when the first drawing of a dataset is revealed a slice a frame.
   */
  #viewMsPerWeight = 0;
  /** Whether `kept` holds what the store held when it was last read (false until the first read succeeds). */
  #keptRead = false;

  /**
   * Whether the page was opened with a link to a kept dataset that `init` has not opened yet: the
   * page then reads the store at start (else only when the kept datasets are first shown).
   */
  get opensKept(): boolean {
    return this.#opening !== null && !this.#sharedPending;
  }

  /** Whether the page waits for the dataset of its share link (`AppOptions.shared`, until `openShared`). */
  #sharedPending = false;

  /** The built-in dataset (always available, never deleted). */
  readonly builtin: Dataset;
  /** Key of the dataset on screen: the built-in dataset's id, or a kept dataset's key. */
  datasetKey = $state('');
  /** Datasets kept in the browser, for the list: those that open, then the damaged records. */
  kept: KeptEntry[] = $state.raw([]);
  /** Problems of the last import (errors when it was refused, warnings when it went through). */
  importReport: { fileName: string; ok: boolean; problems: ImportProblem[] } | null = $state.raw(null);
  /**
   * Warnings kept with the dataset on screen (from its import; kept in the store with the dataset,
   * so a reopened dataset shows them again): its findings, facts about the data that loaded.
   */
  datasetWarnings: ImportProblem[] = $state.raw([]);
  /**
   * The words of imports (problems, findings, damaged records), loaded with `import()` on the first
   * import or when the store holds a kept dataset: until then there is nothing for them to say.
   */
  #words: ImportWords | null = $state.raw(null);
  /** The findings of the dataset on screen, one group per kind, in the UI language (the findings panel). */
  readonly findings: FindingGroup[] = $derived(this.#words ? this.#words.groupFindings(this.datasetWarnings, this.lang) : []);
  /** The findings panel's own words in the UI language (null until the import words are loaded). */
  readonly findingWords: FindingWords | null = $derived(this.#words ? this.#words.FINDING_WORDS[this.lang] : null);
  /**
   * The last failure of the dataset store (a `StoreError` with a code, or the browser's own error:
   * no IndexedDB, quota...), or null. Shown as `storeError`; the app keeps working. Cleared by the
   * next store operation that succeeds.
   */
  storeFailure: unknown = $state.raw(null);
  /**
   * `storeFailureText` of `view/errors.ts` (with the failure sentences), loaded with the first store
   * operation or import (`#failWith`), not with the page's first load: only a failure needs it.
   */
  #failureText: typeof import('../view/errors.ts').storeFailureText | null = $state.raw(null);
  /** `storeFailure` as a sentence in the UI language ("Không lưu được vào trình duyệt: …"), or null. */
  readonly storeError: string | null = $derived(this.storeFailure === null ? null : (this.#failureText?.(this.storeFailure, this.lang) ?? ''));

  /** Keep `e` as the store's failure, once its words are loaded (so `storeError` says it at once). */
  async #failWith(e: unknown): Promise<void> {
    this.#failureText ??= (await import('../view/errors.ts')).storeFailureText;
    this.storeFailure = e;
  }
  /** CSV reading options chosen in the import panel (undefined = detect). */
  csvOptions: CsvOptions = $state({});
  readonly #givenStore: DatasetStore | undefined;
  #storeLoad: Promise<DatasetStore> | null = null;
  readonly #importer: Importer;

  /**
   * @param dataset the built-in dataset (`shippedBuiltin` in the page: the file its tests ran through the import checks)
   * @param search `location.search` to read the initial step, member, language and "stated only" from
   *   (the dataset named by `?dataset=` is opened by `init`, which needs the store)
   * @param options store, reduced motion and clock (browser defaults)
   */
  constructor(dataset: Dataset, search = '', options: AppOptions = {}) {
    this.dataset = $state.raw(dataset);
    this.builtin = dataset;
    this.datasetKey = dataset.id;
    this.#givenStore = options.store;
    this.#reducedMotion = options.reducedMotion ?? mediaReducedMotion;
    this.#importer = options.importer ?? defaultImporter();
    this.#clock = options.clock ?? browserClock;
    // A link to a kept dataset: its step, member and term are read when `init` has opened it (read
    // now, they would be checked against the built-in dataset); until then the address stays as given.
    const named = new URLSearchParams(search).get('dataset');
    this.#sharedPending = options.shared === true;
    this.#opening = (named !== null && named !== dataset.id) || this.#sharedPending ? search : null;
    this.#applyUrl(this.#opening === null ? search : withoutDatasetState(search));
    // After the URL's step: the first scene the motion sees is the one to draw at once.
    // While the pointer holds the slider's thumb, steps change at once: a drag skips steps, and
    // motion frames would delay the next moves.
    this.motion = new MotionState(() => this.chartTarget, { reducedMotion: () => this.#held || this.#reducedMotion(), clock: this.#clock, same: sameDatum, stage: stageOf });
  }

  /** Read the reading, the term, then step, member, language and "stated only" from the URL, for the dataset on screen. */
  #applyUrl(search: string): void {
    const all = readingsOf(this.dataset);
    const rr = readUrlReading(
      search,
      all.map((r) => r.reading.id),
      all.flatMap((r) => (defaultReading(r.alternative) === r.reading ? [r.reading.id] : [])),
    );
    this.reading = rr.reading;
    const tr = readUrlTerm(search, this.terms.map((t) => t.id), openingTerm(this.terms));
    this.term = tr.term;
    const timeline = this.timeline;
    const { state, notices } = readUrlState(search, timeline.steps.length, (id) => timeline.personById.has(id));
    this.#jump(state.step);
    this.member = state.member;
    this.#showLang(state.lang);
    this.statedOnly = state.statedOnly;
    this.layout = state.layout ?? 'auto';
    const em = readUrlEmbed(search);
    this.embed = em.embed;
    this.urlNotices = [...(rr.notice ? [rr.notice] : []), ...(tr.notice ? [tr.notice] : []), ...notices, ...(em.notice ? [em.notice] : [])];
  }

  /**
   * Show one term (a term id) or every term (null), from its first step, without animating from
   * the other term's chart; the member stays open. An id that is not one of `terms` is ignored.
   */
  setTerm(term: string | null): void {
    if (term !== null && !this.terms.some((t) => t.id === term)) return;
    if (term === this.term) return;
    this.stop();
    this.motion.reset();
    this.term = term;
    this.#jump(0);
    this.#measureDraw();
  }

  /**
   * Show a reading (a `Reading.id` of the dataset), or the default readings (null, or a default
   * reading's id): every view and export follows; the step stays and the chart moves the people whose
   * seats differ. An id the dataset does not have is ignored.
   */
  setReading(id: string | null): void {
    let next: string | null = null;
    if (id !== null) {
      const found = readingsOf(this.dataset).find((r) => r.reading.id === id);
      if (!found) return;
      next = defaultReading(found.alternative) === found.reading ? null : id;
    }
    if (next === this.reading) return;
    this.reading = next;
    if (this.member !== null && !this.timeline.personById.has(this.member)) this.member = null;
    if (this.step >= this.stepCount) this.setStep(this.stepCount - 1);
  }

  /**
   * Read the kept datasets into `kept`; a success clears an earlier store failure, a failure is kept.
   * When the store holds any record, the reading and checking (a worker in the page) is shown as the
   * page's task, without Cancel: every kept record is listed, none is left out (when another task
   * is running, it runs without the bar).
   */
  async #reload(): Promise<void> {
    const store = await this.#store();
    let kept: KeptEntry[] = [];
    if ((await store.count()) > 0) {
      if (this.task.running) kept = await store.list();
      else await this.task.run(this.t.checkingKept, async (ctx) => void (kept = await store.list(ctx.progress)), { cancellable: false });
    }
    // A kept dataset may have findings, a damaged one has problems: have their words ready.
    if (kept.length) await this.#loadWords();
    this.kept = kept;
    this.#keptRead = true;
    this.storeFailure = null;
  }

  /** The dataset store: the one given, else this browser's (`dataset-store.ts` and idb loaded on first use). */
  #store(): Promise<DatasetStore> {
    this.#storeLoad ??= this.#givenStore ? Promise.resolve(this.#givenStore) : pageStore();
    return this.#storeLoad;
  }

  /** Load the import words (once); `findings`, `problemText` and `damagedText` use them. */
  async #loadWords(): Promise<ImportWords> {
    this.#words ??= await import('./import-words.ts');
    return this.#words;
  }

  /**
   * Load the kept datasets; if the URL names one (`?dataset=`), open it and apply the URL's step and
   * member to it. An unknown dataset key falls back to the built-in dataset with a notice; so does a
   * damaged one, with a notice that says what is wrong.
   */
  async init(search: string): Promise<void> {
    try {
      await this.#open(search);
    } finally {
      if (!this.#sharedPending) this.#opening = null;
    }
  }

  /**
   * End the wait for a share link's dataset (`AppOptions.shared`; `share-open.ts` imports it): when
   * it is on screen (`shown`), the address's view (reading, term, step, member), kept until now, is
   * applied to it.
   */
  endShared(shown: boolean): void {
    const search = this.#opening ?? '';
    this.#sharedPending = false;
    this.#opening = null;
    if (shown) this.#applyUrl(search);
  }

  /** `init`'s work: the kept datasets, then the one the URL names. */
  async #open(search: string): Promise<void> {
    try {
      await this.#reload();
    } catch (e) {
      await this.#failWith(e);
    }
    const key = new URLSearchParams(search).get('dataset');
    if (key === null || key === this.builtin.id) return;
    const rec = this.kept.find((k) => k.key === key);
    if (!rec) {
      this.urlNotices = [...this.urlNotices, { param: 'dataset', value: key }];
      return;
    }
    if (rec.damaged) return this.#noticeDamaged(rec);
    await this.#layoutFor(rec.dataset);
    if (this.#toPrepare(rec.dataset) && !(await this.#prepare(rec.dataset))) return;
    this.#show(rec.dataset, rec.key, rec.warnings);
    const before = this.urlNotices.filter((n) => n.param === 'dataset' || n.param === 'lang' || n.param === 'repeated');
    this.#applyUrl(search);
    this.urlNotices = [...before, ...this.urlNotices.filter((n) => n.param !== 'lang' && n.param !== 'repeated')];
  }

  /** Put a dataset on screen from its first step, without animating from the previous one. */
  #show(dataset: Dataset, key: string, warnings: ImportProblem[]): void {
    this.stop();
    this.motion.reset();
    this.dataset = dataset;
    this.datasetKey = key;
    this.datasetWarnings = warnings;
    this.reading = null;
    this.term = openingTerm(this.terms);
    this.#jump(0);
    this.member = null;
    this.#measureDraw();
  }

  /**
   * Whether drawing this dataset is slow, from its first draw: the time from now (the state has
   * changed; the draw runs before the next frame) to the next frame. So the first input on a large
   * dataset already leaves the slider responsive.
   */
  #measureDraw(): void {
    const start = this.#clock.now();
    const weight = this.#weight(this.step);
    this.#frameCost(start, (delay) => (this.#msPerWeight = (delay * (SLOW_STEP / SLOW_FIRST_DRAW)) / weight));
  }

  /**
   * Measures what drawing a change made at clock ms `start` costs, and gives it to `done` (ms): the
   * longer of the wait for the next frame and that frame's own length (from its start to the next
   * frame's). Part of the drawing runs in the frame itself (the chart's motion and first reveal,
   * style and layout), so the wait alone can say "fast" for a 10,000-member step that then holds
   * the frame for 0.2 s (a held arrow key then drew every step, input → paint p95 0.19–0.76 s).
   * Returns the first frame's cancel function.
   */
  #frameCost(start: number, done: (ms: number) => void, first?: () => void): () => void {
    return this.#clock.frame(() => {
      const t1 = this.#clock.now();
      done(t1 - start);
      first?.();
      this.#clock.frame(() => {
        const t2 = this.#clock.now();
        if (t2 - t1 > t1 - start) done(t2 - t1);
      });
    });
  }

  /**
   * How much there is to draw at step `i`, in members (`FIXED_WEIGHT` + the members of every body
   * at the step, a nested body's counted in its parents too): what a step's drawing time grows with.
   */
  #weight(i: number): number {
    const k = this.#clampStep(i);
    let w = FIXED_WEIGHT;
    for (const series of this.timeline.countSeries.values()) w += series[k] ?? 0;
    return w;
  }

  /**
   * Whether going from the step on screen to step `to` is predicted to take longer than the
   * bound (`HELD_SLOW_STEP` while the thumb is held, else `SLOW_STEP`): in proportion to the larger
   * of the two steps (what is drawn, or taken away), at the cost per member last measured.
   */
  #slowTo(to: number): boolean {
    const weight = Math.max(this.#weight(this.step), this.#weight(to));
    return Math.max(this.#msPerWeight, this.#viewMsPerWeight) * weight > (this.#held ? HELD_SLOW_STEP : SLOW_STEP);
  }

  /**
   * Open the built-in dataset or a kept one by key (the last import's report is cleared; the
   * dataset's findings show). Unknown keys are ignored; a damaged one leaves the dataset on screen
   * as it is and adds a notice.
   */
  openDataset(key: string): void | Promise<void> {
    if (key === this.builtin.id) return this.#showOpened(this.builtin, key, []);
    const rec = this.kept.find((k) => k.key === key);
    if (!rec) return;
    if (rec.damaged) return this.#noticeDamaged(rec);
    // A large dataset is shown once its chart is prepared (`#prepare`); any other at once.
    if (this.#toPrepare(rec.dataset) || this.#mayBeHemicycle(rec.dataset)) {
      return this.#layoutFor(rec.dataset)
        .then(() => this.#prepare(rec.dataset))
        .then((ok) => {
          if (ok) this.#showOpened(rec.dataset, rec.key, rec.warnings);
        });
    }
    this.#showOpened(rec.dataset, rec.key, rec.warnings);
  }

  /** Whether `dataset` is large enough to be prepared before it is shown and is not yet (`#prepare`). */
  #toPrepare(dataset: Dataset): boolean {
    return dataset.memberships.length >= PREPARE_FROM && !this.#prepared.has(dataset);
  }

  /**
   * Before a large dataset is shown (at least `PREPARE_FROM` memberships), make its timeline and
   * its seat plan (a walk over every step: about 0.2 s for 10,000 people over 1,500 steps) in
   * slices that yield to the page, as the page's task (progress bar, Cancel), for the term it will
   * open on; the views then take them as made. Smaller datasets are left to the views.
   * @returns false when the user cancelled (the dataset on screen stays), else true
   */
  async #prepare(dataset: Dataset): Promise<boolean> {
    if (!this.#toPrepare(dataset)) return true;
    const term = openingTerm(drawableTerms(dataset));
    const title = dataset.title[this.lang] || Object.values(dataset.title).find(Boolean) || dataset.id;
    const work = async (signal?: AbortSignal): Promise<void> => {
      // Its code loads with the first large dataset (not with the page's first load).
      const { preparePaced } = await import('./prepare.ts');
      const { timeline, plan } = await preparePaced(termView(dataset, term), dataset, () => yieldToPage(signal));
      this.#plans.set(timeline, plan);
      this.#prepared.set(dataset, new Map([[term, timeline]]));
    };
    if (this.task.running) {
      await work();
      return true;
    }
    const done = await this.task.run(this.t.preparing(title), async (ctx) => {
      await work(ctx.signal);
      return true;
    });
    return done === true;
  }

  /** Show a dataset the user opened from the list: the last import's report is about another file now, so it goes. */
  #showOpened(dataset: Dataset, key: string, warnings: ImportProblem[]): void {
    this.importReport = null;
    this.#show(dataset, key, warnings);
  }

  /** Say (once) that the damaged dataset `d` cannot be opened. */
  #noticeDamaged(d: DamagedDataset): void {
    if (!this.damagedNotices.includes(d.key)) this.damagedNotices = [...this.damagedNotices, d.key];
  }

  /**
   * The notice about the damaged entry `key` in the UI language, with its first problem; none until
   * the import words are loaded (they are, once the store has listed a damaged record).
   */
  #damagedNotice(key: string): string[] {
    const d = this.kept.find((k) => k.key === key);
    return this.#words ? [this.#words.damagedNoticeText(key, d?.damaged ? d.problems[0] : undefined, this.lang)] : [];
  }

  /** What is wrong with a damaged entry of the list, in the UI language (the first three problems, then "and N more"). */
  damagedText(d: DamagedDataset): string[] {
    return this.#words ? this.#words.damagedProblemTexts(d, this.lang) : [];
  }

  /**
   * Import files (picker or drop). Each is read, validated and, when it has no error, kept and
   * opened; a refused file leaves the dataset on screen as it is and lists its problems. Each runs
   * as the page's task (`task`: bytes read, then an indeterminate bar, and Cancel) through the
   * importer (`AppOptions.importer`: a Web Worker in the page). Cancel stops it and the files after
   * it: nothing changes (the dataset on screen, its findings and the last import's report stay).
   */
  async importFiles(files: readonly File[]): Promise<void> {
    const words = this.#loadWords();
    for (const file of files) {
      let result: Awaited<ReturnType<Importer>> | undefined;
      try {
        result = await this.task.run(this.t.importing(file.name), (ctx) => this.#importer(file, { csv: { ...this.csvOptions } }, ctx));
      } catch (e) {
        this.importReport = { fileName: file.name, ok: false, problems: [] };
        await this.#failWith(e);
        continue;
      }
      if (result === undefined) return;
      await words;
      if (!result.ok) {
        this.importReport = { fileName: file.name, ok: false, problems: result.problems };
        continue;
      }
      this.importReport = { fileName: file.name, ok: true, problems: result.problems };
      let rec: StoredDataset;
      try {
        rec = await (await this.#store()).put({
          dataset: result.dataset,
          format: result.format,
          fileName: file.name,
          importedAt: new Date().toISOString(),
          warnings: result.problems,
        });
      } catch (e) {
        // Not kept, but still shown: nothing the user loaded is lost for this session.
        await this.#failWith(e);
        await this.#layoutFor(result.dataset);
        if (!this.#toPrepare(result.dataset) || (await this.#prepare(result.dataset))) this.#show(result.dataset, result.dataset.id, result.problems);
        continue;
      }
      // Cancelled while its chart was prepared: kept (in the list), not shown.
      await this.#layoutFor(rec.dataset);
      if (!this.#toPrepare(rec.dataset) || (await this.#prepare(rec.dataset))) this.#show(rec.dataset, rec.key, rec.warnings);
      try {
        // The record just kept was checked by this import: the list takes it as it is, unless the
        // list was never read (then every record is read and checked, off the page's thread).
        if (this.#keptRead) {
          this.kept = withKept(this.kept, rec);
          this.storeFailure = null;
        } else await this.#reload();
      } catch (e) {
        await this.#failWith(e);
      }
    }
  }

  /**
   * Import a dataset value (a draft made from a report's text, issue 15) as a JSON file named
   * `fileName`, through `importFiles`: the same checks, report, store and display as a file the
   * user picked.
   */
  async importValue(value: unknown, fileName: string): Promise<void> {
    await this.importFiles([new File([JSON.stringify(value)], fileName, { type: 'application/json' })]);
  }

  /** Rename a kept dataset in the list. */
  async renameDataset(key: string, title: string): Promise<void> {
    try {
      const rec = await (await this.#store()).rename(key, title);
      await this.#reload();
      if (this.datasetKey === key) this.dataset = rec.dataset;
    } catch (e) {
      await this.#failWith(e);
    }
  }

  /**
   * Delete a kept dataset, damaged or not, by its list key (the caller has asked for confirmation);
   * the built-in one is refused.
   */
  async deleteDataset(key: string): Promise<void> {
    try {
      const rec = this.kept.find((k) => k.key === key);
      await (await this.#store()).delete(rec?.damaged ? rec.storeKey : key);
      this.damagedNotices = this.damagedNotices.filter((k) => k !== key);
      await this.#reload();
      if (this.datasetKey === key) this.openDataset(this.builtin.id);
    } catch (e) {
      await this.#failWith(e);
    }
  }

  /** A problem of an import as a sentence in the UI language. */
  problemText(p: ImportProblem): string {
    return this.#words ? this.#words.formatImportProblem(p, this.lang) : p.message;
  }

  /** Number of steps of the dataset on screen. */
  get stepCount(): number {
    return this.timeline.steps.length;
  }

  /** `i` rounded and clamped to the timeline's steps. */
  #clampStep(i: number): number {
    return Math.max(0, Math.min(this.stepCount - 1, Math.round(i)));
  }

  /** Go to a step (clamped to the timeline) at once: the views and the slider. */
  setStep(i: number): void {
    this.#loadAhead();
    this.#jump(this.#clampStep(i));
  }

  /** Show step `n` (a valid step) at once, in the views and on the slider. */
  #jump(n: number): void {
    this.#cancelFollow();
    this.sliderStep = n;
    this.step = n;
  }

  /**
   * The slider moved: stop playing, put the slider at `i` (clamped) at once. The views follow at
   * once, in this event, when no step is being drawn (so the step is painted at the next frame);
   * else at the next frame, skipping the steps passed over. A slow dataset (`SLOW_STEP`) draws only
   * once the input pauses for `SCRUB_QUIET` ms. The step where the input stops is always drawn.
   */
  scrub(i: number): void {
    this.#loadAhead();
    this.stop();
    this.sliderStep = this.#clampStep(i);
    this.#lastInput = this.#clock.now();
    if (this.sliderStep === this.step) return this.#cancelFollow();
    if (this.#follow !== null) return;
    if (!this.#slowTo(this.sliderStep)) this.#drawSlider(this.#lastInput);
    else this.#follow = this.#clock.frame(() => this.#followSlider());
  }

  /**
   * The pointer holds the slider's thumb (`true`) or let it go (`false`). While it is held, a slow
   * dataset waits for a longer pause (`HELD_QUIET`) before drawing; let go, the usual pause
   * (`SCRUB_QUIET` after the last move, so that the last moves are painted first).
   */
  holdSlider(held: boolean): void {
    this.#held = held;
    if (!held && this.sliderStep !== this.step && this.#follow === null) this.#follow = this.#clock.frame(() => this.#followSlider());
  }

  /** Step by `d` (±1) from the slider's step, clamped; stops playing (see `scrub`). */
  stepBy(d: number): void {
    this.scrub(this.sliderStep + d);
  }

  /** At a frame: show the slider's step, unless drawing is slow and the input has not paused yet. */
  #followSlider(): void {
    this.#follow = null;
    if (this.sliderStep === this.step) return;
    const now = this.#clock.now();
    if (this.#slowTo(this.sliderStep) && now - this.#lastInput < (this.#held ? HELD_QUIET : SCRUB_QUIET)) {
      this.#follow = this.#clock.frame(() => this.#followSlider());
      return;
    }
    this.#drawSlider(now);
  }

  /** Show the slider's step in the views now (clock ms `now`), and measure how long it takes to reach the screen. */
  #drawSlider(now: number): void {
    const weight = Math.max(this.#weight(this.step), this.#weight(this.sliderStep));
    this.step = this.sliderStep;
    // The next frame starts once this step is drawn and painted: that delay says whether drawing is slow.
    const measure = this.#frameCost(
      now,
      (delay) => (this.#msPerWeight = delay / weight),
      () => {
        if (this.#follow === measure) this.#follow = null;
        if (this.sliderStep !== this.step && this.#follow === null) this.#follow = this.#clock.frame(() => this.#followSlider());
      },
    );
    this.#follow = measure;
  }

  #cancelFollow(): void {
    this.#follow?.();
    this.#follow = null;
  }

  /** Switch the UI language (the URL and every label follow), once its words are ready (`loadWords`). */
  setLang(lang: Lang): void {
    this.#showLang(lang);
  }

  /** The language last asked for (`#showLang`): a slower load of an earlier one does not win. */
  #langWanted = 0;

  /**
   * The language whose words are loading (the page shows `lang` meanwhile, with a status that says
   * so in both languages, `t.loadingEnglish`; the address already names it), or null.
   */
  langLoading: Lang | null = $state(null);

  /**
   * Show `lang`: at once when its words are ready, else after `loadWords` (English is a chunk of its
   * own in the page; the page is drawn meanwhile, in the language it has); a load that fails leaves
   * the language as it was, with a notice that says so.
   */
  #showLang(lang: Lang): void {
    const wanted = ++this.#langWanted;
    if (wordsReady(lang)) {
      this.lang = lang;
      this.langLoading = null;
      return;
    }
    this.langLoading = lang;
    void loadWords(lang).then(
      () => {
        if (wanted !== this.#langWanted) return;
        this.lang = lang;
        this.langLoading = null;
      },
      () => {
        if (wanted !== this.#langWanted) return;
        this.langLoading = null;
        // Said in the language shown (whose words are loaded), until the notices are dismissed.
        this.otherNotices = [...this.otherNotices, (l) => STRINGS[l].wordsUnavailable];
      },
    );
  }

  /**
   * The chart's container is `px` CSS px wide (measured by the page, e.g. a ResizeObserver): the
   * chart is laid out for it (`fitChartWidth`). When that changes the layout's width, the chart
   * shows the new layout at once (a resize is not a step: nothing animates). Not a positive finite
   * number: ignored.
   */
  setChartWidth(px: number): void {
    if (!(px > 0) || !Number.isFinite(px) || px === this.chartPx) return;
    const before = this.chartWidth;
    if (fitChartWidth(px).width !== before) this.motion.reset();
    this.chartPx = px;
  }

  /** Show only what the source states (inferred records greyed out in every view and export), or everything. */
  setStatedOnly(on: boolean): void {
    this.statedOnly = on;
  }

  /**
   * Choose the chart's layout (the URL and every export follow). A value that is not `auto`,
   * `hemicycle` or `nested` counts as `auto`.
   */
  setLayout(layout: string): void {
    this.layout = layout === 'hemicycle' || layout === 'nested' ? layout : 'auto';
  }

  /** Load the hemicycle's layout (once) and say so (`hemicycleLoaded`). */
  async #ensureLayout(): Promise<void> {
    if (this.hemicycleLoaded) return;
    await loadHemicycle();
    this.hemicycleLoaded = true;
  }

  /**
   * Before `dataset` is shown: load the hemicycle's layout when the dataset may be drawn as one (a
   * body of more than 60 seats or more than 60 people), so that it never shows as nested boxes first.
   */
  async #layoutFor(dataset: Dataset): Promise<void> {
    if (this.#mayBeHemicycle(dataset)) await this.#ensureLayout();
  }

  /** Whether `dataset` may be drawn as a hemicycle and its layout is not loaded yet (see `#layoutFor`). */
  #mayBeHemicycle(dataset: Dataset): boolean {
    if (this.hemicycleLoaded) return false;
    return this.layout === 'hemicycle' || dataset.persons.length > HEMICYCLE_THRESHOLD || dataset.organizations.some((o) => (o.seats ?? 0) > HEMICYCLE_THRESHOLD);
  }

  /** The CSV reading options as the import panel's lists show them; '' means "detect". */
  get csvChoice(): { delimiter: string; dateOrder: '' | 'dmy' | 'mdy'; encoding: string } {
    const o = this.csvOptions;
    return {
      delimiter: o.delimiter ?? '',
      dateOrder: o.dayFirst === undefined ? '' : o.dayFirst ? 'dmy' : 'mdy',
      encoding: o.encoding ?? '',
    };
  }

  /**
   * Set one CSV reading option from the value of its list in the import panel ('' = detect). A value
   * that is not one of the list's choices counts as '' (detect).
   * @param option `delimiter` (`,` `;` or a tab), `dateOrder` (`dmy` or `mdy`) or `encoding` (one of `CSV_ENCODINGS`)
   */
  setCsvOption(option: 'delimiter' | 'dateOrder' | 'encoding', value: string): void {
    const o = { ...this.csvOptions };
    if (option === 'delimiter') o.delimiter = value === ',' || value === ';' || value === '\t' ? value : undefined;
    else if (option === 'dateOrder') o.dayFirst = value === 'dmy' ? true : value === 'mdy' ? false : undefined;
    else o.encoding = CSV_ENCODINGS.find((e) => e.value === value)?.value;
    this.csvOptions = o;
  }

  /**
   * Open a member's panel (null closes it). Unknown ids are ignored. Moving keyboard focus into the
   * panel is the caller's (see `PanelFocus` in `context.ts`).
   * @returns whether the member on screen is now `id`
   */
  select(id: string | null): boolean {
    if (id !== null && !this.timeline.personById.has(id)) return false;
    this.member = id;
    return true;
  }

  /** Hide the notices (the URL's and the damaged datasets'). */
  dismissNotices(): void {
    this.urlNotices = [];
    this.damagedNotices = [];
    this.otherNotices = [];
  }

  /** Play from the current step (from the start when at the end); pause when playing. */
  togglePlay(): void {
    if (this.playing) return this.stop();
    if (this.step >= this.stepCount - 1) this.setStep(0);
    this.playing = true;
    this.#schedule();
  }

  /** Set the playback speed (a value not in `PLAY_SPEEDS` is ignored); while playing, the next step comes at the new pace. */
  setSpeed(speed: number): void {
    const s = PLAY_SPEEDS.find((v) => v === speed);
    if (s === undefined || s === this.speed) return;
    this.speed = s;
    if (!this.playing) return;
    if (this.#playTimer) clearTimeout(this.#playTimer);
    this.#schedule();
  }

  /** Stop playing (the step stays where it is). */
  stop(): void {
    this.playing = false;
    if (this.#playTimer) clearTimeout(this.#playTimer);
    this.#playTimer = null;
  }

  /** Next step after `PLAY_INTERVAL / speed` ms (half under reduced motion), until the last step. */
  #schedule(): void {
    this.#playTimer = setTimeout(() => {
      if (!this.playing) return;
      if (this.step >= this.stepCount - 1) return this.stop();
      this.setStep(this.step + 1);
      if (this.step >= this.stepCount - 1) this.stop();
      else this.#schedule();
    }, (this.#reducedMotion() ? PLAY_INTERVAL / 2 : PLAY_INTERVAL) / this.speed);
  }

  /** Stop following the scene and stop playing (tests; the page keeps its state for its lifetime). */
  destroy(): void {
    this.stop();
    this.#cancelFollow();
    this.motion.destroy();
  }

  /** The query string for the current state (keeps other parameters). */
  urlSearch(current: string): string {
    if (this.#opening !== null) return this.#opening;
    const q = new URLSearchParams(
      writeUrlState(current, { step: this.step, member: this.member, lang: this.langLoading ?? this.lang, statedOnly: this.statedOnly, layout: this.layout }),
    );
    if (this.datasetKey === this.builtin.id) q.delete('dataset');
    else q.set('dataset', this.datasetKey);
    return writeUrlReading(writeUrlTerm(`?${q.toString()}`, this.term, this.terms.length >= 2 || this.term !== null), this.reading);
  }

  /** A dataset label in the current language (`pick`: the other language, then any value, else ''). */
  label(s: LangString | undefined | null): string {
    return pick(s, this.lang);
  }
}
