/**
 * The flows view's state: its width on screen, the band under the pointer or focus, and its
 * exports (SVG now, PNG as the page's task). The model follows the dataset on screen (the reading
 * and the term shown) and is made once per timeline; the drawing follows the language and the width.
 * Read by `Flows.svelte`, which only renders.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { flowsModelPaced, type FlowsModel } from '../layout/flows.ts';
import { flowsView } from '../draw/flows-view.ts';
import { bandPeople, bandTitle } from '../view/flows.ts';
import { FLOWS_WORDS } from '../i18n/flows-words.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';
import { exportFailureText } from '../view/errors.ts';
import { ExportError } from '../export/export-error.ts';
import { download, downloadBlob } from '../export/download.ts';
import { flowsSvg } from '../export/flows-export.ts';
import { makeFlowsPng } from '../export/flows-png.ts';
import { yieldToPage, type TaskState } from './task.svelte.ts';

/** What the flows view reads from the app state (`AppState` has all of it). */
export interface FlowsSource {
  readonly timeline: Timeline;
  readonly lang: Lang;
  /** "Stated facts only" (the inferred part of each band greyed out, in the view and its files). */
  readonly statedOnly: boolean;
  readonly task: TaskState;
}

const SVG_TYPE = 'image/svg+xml;charset=utf-8';

/** Lets the page paint and take input (a macrotask), then goes on. */
const pauseForPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A model with the timeline it was made from (the drawing and the words read both). */
export interface FlowsData {
  timeline: Timeline;
  model: FlowsModel;
}

export class FlowsState {
  readonly #app: FlowsSource;
  /** The width the view has on screen (CSS px; the component measures it). */
  width = $state(1100);
  /** The band under the pointer, or focused (its id), or null. */
  active: string | null = $state(null);
  /** Whether the PNG export is running. */
  busy = $state(false);
  #said: ((lang: Lang) => string) | null = $state.raw(null);

  constructor(app: FlowsSource) {
    this.#app = app;
  }

  /**
   * The flows of the timeline on screen, with that timeline, made once per timeline, a column at a
   * time with a pause for the page between columns (a long history never holds the page at once).
   * Until a new timeline's flows are made, the view shows the previous ones with their own timeline.
   */
  readonly model: Promise<FlowsData> = $derived.by(() => {
    const timeline = this.#app.timeline;
    return flowsModelPaced(timeline, pauseForPage).then((model) => ({ timeline, model }));
  });
  /** The words of the view in the UI language. */
  readonly words = $derived.by(() => FLOWS_WORDS[this.#app.lang]);

  /**
   * The drawing of `model` at the screen's width (never narrower than `flowsWidth` allows: 720 CSS
   * px and 110 per column; a narrower screen scrolls it sideways, labels stay readable), with
   * focusable bands; reactive on the language and the width when read in a template or a derived.
   */
  viewOf({ timeline, model }: FlowsData) {
    return flowsView(timeline, model, this.#app.lang, this.width, { interactive: true, statedOnly: this.#app.statedOnly });
  }

  /** The active band of `model` in words (its ends and count, then its people), or null. */
  detailOf({ timeline, model }: FlowsData): { title: string; people: string } | null {
    const band = this.active === null ? undefined : model.bands.find((b) => b.id === this.active);
    if (!band) return null;
    const { lang } = this.#app;
    return { title: bandTitle(timeline, model, band, lang), people: bandPeople(timeline, band, lang) };
  }

  /** What the export did, in the UI language ('' at first). */
  readonly status: string = $derived.by(() => (this.#said ? this.#said(this.#app.lang) : ''));

  /** Shows band `id` (pointer over it, or focus on it); null: none. */
  readonly show = (id: string | null): void => {
    this.active = id;
  };

  /** The view as an SVG file, fonts embedded. */
  readonly svg = async (): Promise<void> => {
    const { lang } = this.#app;
    try {
      const { finishSvg } = await import('../export/finish-browser.ts');
      const data = await this.model;
      const { svg, name } = flowsSvg(data.timeline, lang, data.model, this.#app.statedOnly);
      download(await finishSvg(svg), name, SVG_TYPE);
      this.#said = (l) => FLOWS_WORDS[l].done(name);
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    }
  };

  /** The view as a PNG at 2×, white background, as the page's task (Cancel stops it). */
  readonly png = async (): Promise<void> => {
    const { lang, task } = this.#app;
    if (task.running) {
      this.#said = (l) => exportFailureText(new ExportError('busy'), l);
      return;
    }
    this.busy = true;
    this.#said = null;
    try {
      const { timeline, model } = await this.model;
      const result = await task.run(FLOWS_WORDS[lang].working, async ({ signal, progress }) => {
        const { finishSvg } = await import('../export/finish-browser.ts');
        return makeFlowsPng({ timeline, model, lang, scale: 2, background: 'white', statedOnly: this.#app.statedOnly, finish: (svg) => finishSvg(svg), pause: () => yieldToPage(signal), progress, signal });
      });
      if (result === undefined) this.#said = (l) => UI_WORDS[l].progress.cancelled;
      else {
        downloadBlob(result.blob, result.name);
        this.#said = (l) => FLOWS_WORDS[l].done(result.name);
      }
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    } finally {
      this.busy = false;
    }
  };
}
