/**
 * The one application state: which dataset, which step, which member, which language, what is
 * playing, and what is on screen. Everything else is derived from these with the pure model and
 * layout; components read this object and call its methods, nothing more.
 */
import { prefersReducedMotion } from 'svelte/motion';
import type { Dataset, Lang } from '../model/types.ts';
import { buildTimeline, type Timeline } from '../model/steps.ts';
import { checkClaims } from '../model/claims.ts';
import { personHistory, roleTable } from '../model/history.ts';
import { planSeats } from '../layout/seat-plan.ts';
import { entryPoint } from '../layout/layout.ts';
import type { Scene, SceneNode } from '../layout/scene.ts';
import { viewTree } from '../draw/view-tree.ts';
import type { ChartTree, SvgEl } from '../draw/svg-el.ts';
import { END_CAUSE_LABELS, STRINGS, pick } from '../i18n/strings.ts';
import type { EndCause } from '../model/types.ts';
import { Animator } from './animator.ts';
import type { FrameItem } from './frames.ts';
import { noticeText, readUrlState, writeUrlState, type UrlNotice } from './url.ts';
import { DatasetStore, type StoredDataset } from './dataset-store.ts';
import { importFile, type ImportProblem, type CsvOptions } from '../io/index.ts';
import { formatImportProblem } from '../io/problems.ts';

/** Milliseconds for one step's transition (0 under prefers-reduced-motion). */
export const STEP_DURATION = 700;
/** Above this many nodes (on screen + target), a step changes at once instead of animating. */
export const ANIMATE_MAX_NODES = 3000;
/** Milliseconds between steps while playing (transition + a pause to read). */
export const PLAY_INTERVAL = 1600;

/** What the chart animates per member: the scene node, its drawing, its accessible name. */
export interface ChartDatum {
  node: SceneNode;
  el: SvgEl;
  accessibleName: string;
}

export class AppState {
  dataset: Dataset = $state.raw() as unknown as Dataset;
  step = $state(0);
  lang: Lang = $state('vi');
  member: string | null = $state(null);
  playing = $state(false);
  /** "Stated facts only": grey out what rests on inference, in every view and export. */
  statedOnly = $state(false);
  urlNotices: UrlNotice[] = $state([]);

  /** Nodes as drawn right now (mid-transition or at rest). */
  frame: FrameItem<ChartDatum>[] = $state.raw([]);
  /** True while any node is moving or fading. */
  animating = $state(false);
  /** The step the chart shows or is moving to (set when its transition starts). */
  frameStep = $state(-1);

  readonly timeline: Timeline = $derived(buildTimeline(this.dataset));
  readonly seatPlan = $derived(planSeats(this.timeline));
  readonly snapshot = $derived(this.timeline.snapshotAt(this.step));
  readonly t = $derived(STRINGS[this.lang]);
  readonly view: { scene: Scene; tree: ChartTree } = $derived(viewTree(this.timeline, this.seatPlan, this.step, this.lang));
  readonly scene: Scene = $derived(this.view.scene);
  readonly tree: ChartTree = $derived(this.view.tree);
  readonly claims = $derived(checkClaims(this.timeline));
  readonly roles = $derived(roleTable(this.timeline));
  readonly history = $derived(this.member ? personHistory(this.timeline, this.member) : null);
  readonly notices: string[] = $derived(this.urlNotices.map((n) => noticeText(n, this.lang)));

  #animator = new Animator<ChartDatum>({
    onFrame: (frame, animating) => {
      this.frame = frame;
      this.animating = animating;
    },
    enterFrom: () => ({ x: 0, y: 0 }),
    exitTo: () => ({ x: 0, y: 0 }),
  });
  #drawn = false;
  #playTimer: ReturnType<typeof setTimeout> | null = null;

  /** The built-in dataset (always available, never deleted). */
  readonly builtin: Dataset;
  /** Key of the dataset on screen: the built-in dataset's id, or a kept dataset's key. */
  datasetKey = $state('');
  /** Datasets kept in the browser, for the list. */
  kept: StoredDataset[] = $state.raw([]);
  /** Problems of the last import (errors when it was refused, warnings when it went through). */
  importReport: { fileName: string; ok: boolean; problems: ImportProblem[] } | null = $state.raw(null);
  /** Warnings kept with the dataset on screen (from its import). */
  datasetWarnings: ImportProblem[] = $state.raw([]);
  /** Text of a store failure (no IndexedDB, quota...), shown; the app keeps working. */
  storeError: string | null = $state(null);
  /** CSV reading options chosen in the import panel (undefined = detect). */
  csvOptions: CsvOptions = $state({});
  readonly #store: DatasetStore;

  /**
   * @param dataset the built-in dataset (validated by its tests)
   * @param search `location.search` to read the initial dataset, step, member and language from
   * @param store where imported datasets are kept (default: this browser's IndexedDB)
   */
  constructor(dataset: Dataset, search = '', store = new DatasetStore()) {
    this.builtin = dataset;
    this.dataset = dataset;
    this.datasetKey = dataset.id;
    this.#store = store;
    this.#applyUrl(search);
  }

  /** Read step, member and language from the URL for the dataset on screen. */
  #applyUrl(search: string): void {
    const timeline = buildTimeline(this.dataset);
    const { state, notices } = readUrlState(search, timeline.steps.length, (id) => timeline.personById.has(id));
    this.step = state.step;
    this.member = state.member;
    this.lang = state.lang;
    this.statedOnly = state.statedOnly;
    this.urlNotices = notices;
  }

  /**
   * Load the kept datasets; if the URL names one (`?dataset=`), open it and apply the URL's step and
   * member to it. An unknown dataset key falls back to the built-in dataset with a notice.
   */
  async init(search: string): Promise<void> {
    try {
      this.kept = await this.#store.list();
    } catch (e) {
      this.storeError = e instanceof Error ? e.message : String(e);
    }
    const key = new URLSearchParams(search).get('dataset');
    if (key === null || key === this.builtin.id) return;
    const rec = this.kept.find((k) => k.key === key);
    if (!rec) {
      this.urlNotices = [...this.urlNotices, { param: 'dataset', value: key }];
      return;
    }
    this.#show(rec.dataset, rec.key, rec.warnings);
    const before = this.urlNotices.filter((n) => n.param === 'dataset' || n.param === 'lang' || n.param === 'repeated');
    this.#applyUrl(search);
    this.urlNotices = [...before, ...this.urlNotices.filter((n) => n.param !== 'lang' && n.param !== 'repeated')];
  }

  /** Put a dataset on screen from its first step, without animating from the previous one. */
  #show(dataset: Dataset, key: string, warnings: ImportProblem[]): void {
    this.stop();
    this.#animator.reset();
    this.#drawn = false;
    this.dataset = dataset;
    this.datasetKey = key;
    this.datasetWarnings = warnings;
    this.step = 0;
    this.member = null;
  }

  /** Open the built-in dataset or a kept one by key. Unknown keys are ignored. */
  openDataset(key: string): void {
    if (key === this.builtin.id) return this.#show(this.builtin, key, []);
    const rec = this.kept.find((k) => k.key === key);
    if (rec) this.#show(rec.dataset, rec.key, rec.warnings);
  }

  /**
   * Import files (picker or drop). Each is read, validated and, when it has no error, kept and
   * opened; a refused file leaves the dataset on screen as it is and lists its problems.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (e) {
        this.importReport = { fileName: file.name, ok: false, problems: [] };
        this.storeError = e instanceof Error ? e.message : String(e);
        continue;
      }
      const result = importFile(file.name, bytes, { csv: { ...this.csvOptions } });
      if (!result.ok) {
        this.importReport = { fileName: file.name, ok: false, problems: result.problems };
        continue;
      }
      this.importReport = { fileName: file.name, ok: true, problems: result.problems };
      try {
        const rec = await this.#store.put({
          dataset: result.dataset,
          format: result.format,
          fileName: file.name,
          importedAt: new Date().toISOString(),
          warnings: result.problems,
        });
        this.kept = await this.#store.list();
        this.#show(rec.dataset, rec.key, rec.warnings);
      } catch (e) {
        // Not kept, but still shown: nothing the user loaded is lost for this session.
        this.storeError = e instanceof Error ? e.message : String(e);
        this.#show(result.dataset, result.dataset.id, result.problems);
      }
    }
  }

  /** Rename a kept dataset in the list. */
  async renameDataset(key: string, title: string): Promise<void> {
    try {
      const rec = await this.#store.rename(key, title);
      this.kept = await this.#store.list();
      if (this.datasetKey === key) this.dataset = rec.dataset;
    } catch (e) {
      this.storeError = e instanceof Error ? e.message : String(e);
    }
  }

  /** Delete a kept dataset (the caller has asked for confirmation); the built-in one is refused. */
  async deleteDataset(key: string): Promise<void> {
    try {
      await this.#store.delete(key);
      this.kept = await this.#store.list();
      if (this.datasetKey === key) this.openDataset(this.builtin.id);
    } catch (e) {
      this.storeError = e instanceof Error ? e.message : String(e);
    }
  }

  /** A problem of an import as a sentence in the UI language. */
  problemText(p: ImportProblem): string {
    return formatImportProblem(p, this.lang);
  }

  get stepCount(): number {
    return this.timeline.steps.length;
  }

  /** Go to a step (clamped to the timeline). */
  setStep(i: number): void {
    const n = Math.max(0, Math.min(this.stepCount - 1, Math.round(i)));
    this.step = n;
  }

  stepBy(d: number): void {
    this.stop();
    this.setStep(this.step + d);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** Bumped when the panel should take keyboard focus (opened by click or Enter, not by focus). */
  panelFocusRequest = $state(0);

  /**
   * Open a member's panel (null closes it). Unknown ids are ignored.
   * @param focus move keyboard focus into the panel (click, Enter); false when following focus
   */
  select(id: string | null, focus = false): void {
    if (id !== null && !this.timeline.personById.has(id)) return;
    this.member = id;
    if (id !== null && focus) this.panelFocusRequest++;
  }

  dismissNotices(): void {
    this.urlNotices = [];
  }

  /** Play from the current step (from the start when at the end); pause when playing. */
  togglePlay(): void {
    if (this.playing) return this.stop();
    if (this.step >= this.stepCount - 1) this.setStep(0);
    this.playing = true;
    this.#schedule();
  }

  stop(): void {
    this.playing = false;
    if (this.#playTimer) clearTimeout(this.#playTimer);
    this.#playTimer = null;
  }

  #schedule(): void {
    this.#playTimer = setTimeout(() => {
      if (!this.playing) return;
      if (this.step >= this.stepCount - 1) return this.stop();
      this.setStep(this.step + 1);
      if (this.step >= this.stepCount - 1) this.stop();
      else this.#schedule();
    }, prefersReducedMotion.current ? PLAY_INTERVAL / 2 : PLAY_INTERVAL);
  }

  /**
   * Animate the chart to the current scene. Called by the chart whenever the scene changes; the
   * first draw and reduced motion jump at once.
   */
  animateToScene(scene: Scene): void {
    const els = new Map(this.tree.nodes.map((n) => [n.key, n.el]));
    const target = scene.nodes.map((n) => ({
      key: n.key,
      x: n.x,
      y: n.y,
      datum: { node: n, el: els.get(n.key)!, accessibleName: this.accessibleName(n) },
    }));
    // Past a few thousand nodes, movement costs more than it shows: change at once (never wrong).
    const tooMany = target.length + this.frame.length > ANIMATE_MAX_NODES;
    const duration = !this.#drawn || prefersReducedMotion.current || tooMany ? 0 : STEP_DURATION;
    this.#drawn = true;
    const anchor = (_key: string, datum: unknown) => entryPoint(scene, (datum as ChartDatum).node);
    this.frameStep = scene.step;
    this.#animator.to(target, duration, { enterFrom: anchor, exitTo: anchor });
  }

  /** "Bí thư Quận ủy (đến 1999) — Nghỉ hưu (suy luận)": a node's name for screen readers. */
  accessibleName(n: SceneNode): string {
    const parts = [n.title];
    if (n.kind === 'departed' && n.cause) parts.push(END_CAUSE_LABELS[n.cause as EndCause]?.[this.lang] ?? n.cause);
    else if (n.org) {
      const o = this.timeline.organizationById.get(n.org);
      parts.push(this.label(o?.short_name) || this.label(o?.name) || n.org);
    }
    if (n.inferred) parts.push(this.t.inferred);
    return parts.join(' — ');
  }

  /** The query string for the current state (keeps other parameters). */
  urlSearch(current: string): string {
    const q = new URLSearchParams(
      writeUrlState(current, { step: this.step, member: this.member, lang: this.lang, statedOnly: this.statedOnly }),
    );
    if (this.datasetKey === this.builtin.id) q.delete('dataset');
    else q.set('dataset', this.datasetKey);
    return `?${q.toString()}`;
  }

  /** Label in the current language. */
  label(s: Parameters<typeof pick>[0]): string {
    return pick(s, this.lang);
  }
}
