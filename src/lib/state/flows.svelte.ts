/**
 * The flows view's state: its width on screen, the band under the pointer or focus, and its
 * exports (SVG now, PNG as the page's task). The model follows the dataset on screen (the reading
 * and the term shown) and is made once per timeline; the drawing follows the language and the width.
 * Read by `Flows.svelte`, which only renders.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { flowsModel, type FlowsModel } from '../layout/flows.ts';
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
  readonly task: TaskState;
}

/** Narrowest drawing on screen, in CSS px: narrower screens scroll it sideways (labels stay readable). */
export const FLOWS_MIN_WIDTH = 720;

const SVG_TYPE = 'image/svg+xml;charset=utf-8';

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

  /** The flows of the timeline on screen (made once per timeline). */
  readonly model: FlowsModel = $derived.by(() => flowsModel(this.#app.timeline));
  /** The drawing at the screen's width (never narrower than `FLOWS_MIN_WIDTH`), focusable bands. */
  readonly view = $derived.by(() => flowsView(this.#app.timeline, this.model, this.#app.lang, Math.max(FLOWS_MIN_WIDTH, this.width), { interactive: true }));
  /** The words of the view in the UI language. */
  readonly words = $derived.by(() => FLOWS_WORDS[this.#app.lang]);
  /** The active band in words (its ends and count, then its people), or null. */
  readonly detail: { title: string; people: string } | null = $derived.by(() => {
    const band = this.active === null ? undefined : this.model.bands.find((b) => b.id === this.active);
    if (!band) return null;
    const { timeline, lang } = this.#app;
    return { title: bandTitle(timeline, this.model, band, lang), people: bandPeople(timeline, band, lang) };
  });
  /** What the export did, in the UI language ('' at first). */
  readonly status: string = $derived.by(() => (this.#said ? this.#said(this.#app.lang) : ''));

  /** Shows band `id` (pointer over it, or focus on it); null: none. */
  readonly show = (id: string | null): void => {
    this.active = id;
  };

  /** The view as an SVG file, fonts embedded. */
  readonly svg = async (): Promise<void> => {
    const { timeline, lang } = this.#app;
    try {
      const { finishSvg } = await import('../export/finish-browser.ts');
      const { svg, name } = flowsSvg(timeline, lang, this.model);
      download(await finishSvg(svg), name, SVG_TYPE);
      this.#said = (l) => FLOWS_WORDS[l].done(name);
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    }
  };

  /** The view as a PNG at 2×, white background, as the page's task (Cancel stops it). */
  readonly png = async (): Promise<void> => {
    const { timeline, lang, task } = this.#app;
    if (task.running) {
      this.#said = (l) => exportFailureText(new ExportError('busy'), l);
      return;
    }
    this.busy = true;
    this.#said = null;
    try {
      const model = this.model;
      const result = await task.run(FLOWS_WORDS[lang].working, async ({ signal, progress }) => {
        const { finishSvg } = await import('../export/finish-browser.ts');
        return makeFlowsPng({ timeline, model, lang, scale: 2, background: 'white', finish: (svg) => finishSvg(svg), pause: () => yieldToPage(signal), progress, signal });
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
