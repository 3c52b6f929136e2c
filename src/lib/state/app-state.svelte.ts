/**
 * The one application state: which dataset, which step, which member, which language, what is
 * playing, and what is on screen. Everything else is derived from these with the pure model and
 * layout; components read this object and call its methods, nothing more.
 */
import { prefersReducedMotion } from 'svelte/motion';
import type { Dataset, Lang } from '../model/types.ts';
import { buildTimeline, type Timeline } from '../model/steps.ts';
import { checkClaims } from '../model/claims.ts';
import { changesCaption } from '../model/diff.ts';
import { personHistory, roleTable } from '../model/history.ts';
import { planSeats } from '../layout/seat-plan.ts';
import { entryPoint } from '../layout/layout.ts';
import type { Scene, SceneNode } from '../layout/scene.ts';
import { viewTree } from '../export/view-svg.ts';
import type { ChartTree, SvgEl } from '../export/svg.ts';
import { END_CAUSE_LABELS, STRINGS, pick } from '../i18n/strings.ts';
import type { EndCause } from '../model/types.ts';
import { Animator } from './animator.ts';
import type { FrameItem } from './frames.ts';
import { noticeText, readUrlState, writeUrlState, type UrlNotice } from './url.ts';

/** Milliseconds for one step's transition (0 under prefers-reduced-motion). */
export const STEP_DURATION = 700;
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
  readonly caption = $derived(changesCaption(this.timeline, this.step, this.lang));
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

  /**
   * @param dataset the dataset to show (validated by the caller)
   * @param search `location.search` to read the initial step, member and language from
   */
  constructor(dataset: Dataset, search = '') {
    this.dataset = dataset;
    const timeline = buildTimeline(dataset);
    const persons = new Set(dataset.persons.map((p) => p.id));
    const { state, notices } = readUrlState(search, timeline.steps.length, (id) => persons.has(id));
    this.step = state.step;
    this.member = state.member;
    this.lang = state.lang;
    this.urlNotices = notices;
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
    const duration = !this.#drawn || prefersReducedMotion.current ? 0 : STEP_DURATION;
    this.#drawn = true;
    const anchor = (_key: string, datum: unknown) => entryPoint(scene, (datum as ChartDatum).node);
    this.frameStep = scene.step;
    this.#animator.to(target, duration, { enterFrom: anchor, exitTo: anchor });
  }

  /** "Bí thư Quận ủy (đến 1999) — Nghỉ hưu (suy luận)": a node's name for screen readers. */
  accessibleName(n: SceneNode): string {
    const parts = [n.title];
    if (n.kind === 'departed' && n.cause) parts.push(END_CAUSE_LABELS[n.cause as EndCause]?.[this.lang] ?? n.cause);
    else if (n.org) parts.push(this.label(this.timeline.organizationById.get(n.org)?.short_name) || n.org);
    if (n.inferred) parts.push(this.t.inferred);
    return parts.join(' — ');
  }

  /** The query string for the current state (keeps other parameters). */
  urlSearch(current: string): string {
    return writeUrlState(current, { step: this.step, member: this.member, lang: this.lang });
  }

  /** Label in the current language. */
  label(s: Parameters<typeof pick>[0]): string {
    return pick(s, this.lang);
  }
}
