/**
 * The export menu's state and actions: the PNG's scale and background, the status line, and the
 * four exports (the view as SVG or PNG, every step as a ZIP, the poster). The long ones (PNG, ZIP,
 * poster) run as the page's task (`app.task`): paced in chunks that yield to the page, with
 * progress and Cancel (`Progress.svelte`); a cancelled export downloads nothing and the status
 * line says it was cancelled.
 *
 * The exporters are loaded when first used (`import()`), so the page's first load carries neither
 * fflate nor the poster's, the PNG's or the fonts' code.
 */
import { displayValue } from '../i18n/display-value.ts';
import type { PdfOptions } from '../export/pdf.ts';
import type { Dataset, Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { svgForView as SvgForView } from '../export/svg.ts';
import type { LayoutChoice } from '../layout/layout.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';
import { STRINGS } from '../i18n/strings.ts';
import { exportFailureText } from '../view/errors.ts';
import { ExportError } from '../export/export-error.ts';
import { download, downloadBlob } from '../export/download.ts';
import { datasetFileName, exportFileName, figureFileName, outlinedName, roleTableFileName, statedOnlyName } from '../export/filename.ts';
import { SCREEN_WORDS } from '../i18n/screen-words.ts';
import { formatKb, SHARE_WORDS } from '../i18n/share-words.ts';
import { PDF_WORDS } from '../i18n/pdf-words.ts';
import { posterPages, POSTER_PANELS } from '../export/poster-pages.ts';
import type { PngBackground } from '../export/png-scales.ts';
import { yieldToPage, type TaskState } from './task.svelte.ts';
import { defaultCsvSeparator } from '../io/dataset-files.ts';
import { SPREADSHEET_WORDS } from '../i18n/spreadsheet-words.ts';

/** What the exports read from the app state (`AppState` has all of it). */
export interface ExportSource {
  readonly timeline: Timeline;
  readonly seatPlan: SeatPlan;
  readonly step: number;
  readonly lang: Lang;
  readonly statedOnly: boolean;
  readonly layout: LayoutChoice;
  /** The reading shown (a `Reading.id`), null for the default readings; the files name it. */
  readonly reading?: string | null;
  readonly task: TaskState;
  /** The dataset as opened (its JSON and Popolo files); without it the menu offers no data files. */
  readonly dataset?: Dataset;
  /** The dataset under the reading shown (its CSV file). */
  readonly readingDataset?: Dataset;
  /** The view's query string for the current page's (`AppState.urlSearch`): with it, the menu offers the Share group. */
  readonly urlSearch?: (current: string) => string;
  /** The key of the dataset on screen, and the built-in dataset (whose link is the ordinary address). */
  readonly datasetKey?: string;
  readonly builtin?: Dataset;
  /** A dataset label in the UI language (the iframe's title). */
  readonly label?: (s: Dataset['title']) => string;
}

/**
 * One entry of the Download menu (`DownloadMenu.svelte` renders the list `ExportActions.entries`
 * gives, in order, under its group's heading): a new export is one more entry in that list.
 */
export interface ExportEntry {
  /** Stable id; the entry's button has `data-testid="export-<id>"`. */
  id: string;
  /** The heading it is listed under: the picture of the chart, or the dataset's files. */
  group: 'picture' | 'data' | 'share';
  /** The button's words, in the UI language. */
  label: string;
  /** A sentence shown under the button (e.g. the poster of a long term is sheets in a ZIP), '' for none. */
  note: string;
  /** Whether this export is running now (its button shows it busy). */
  busy: boolean;
  /** Options shown with the entry: 'png' = the PNG's scale and background (`scale`, `background`); 'csv' = the separator (`csvSeparator`). */
  options?: 'png' | 'csv';
  /** What the entry made to copy (a link, an iframe snippet), shown in a read-only box; absent until made. */
  text?: string;
  /** Runs the export (downloads the file; the status line says what was made, or why not). */
  run: () => Promise<void>;
}

/** Which export is running (its button shows it busy). */
export type ExportKind = 'png' | 'all' | 'poster' | 'figure-png' | 'outlined' | PdfKind;

/** The PDF exports: the view of the step, the figure of the step, the poster. */
export type PdfKind = 'pdf' | 'figure-pdf' | 'poster-pdf';

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SVG_TYPE = 'image/svg+xml;charset=utf-8';

/** The export menu's state; one per menu (`ExportMenu.svelte`). */
/** "Exported <name>" in any language. */
const done = (name: string) => (lang: Lang) => UI_WORDS[lang].exportMenu.done(name);

export class ExportActions {
  /** PNG pixels per unit (one of `PNG_SCALES`). */
  scale = $state(2);
  /** PNG background. */
  background: PngBackground = $state('white');
  /** The CSV separator the user chose in this menu, or null: then the UI language's (`defaultCsvSeparator`). */
  #separatorChosen: ',' | ';' | null = $state(null);
  /** What the status line says, in any language (null at first). */
  #said: ((lang: Lang) => string) | null = $state.raw(null);
  /** The status line in the UI language: what was made, or why not, or that it was cancelled ('' at first). */
  readonly status: string = $derived.by(() => (this.#said ? this.#said(this.#lang()) : ''));
  /** The export running now, or null. */
  running: ExportKind | null = $state(null);
  readonly #app: ExportSource;

  constructor(app: ExportSource) {
    this.#app = app;
  }

  /** The UI language now. */
  #lang(): Lang {
    return this.#app.lang;
  }

  /** The CSV download's separator: the one chosen, else `;` in Vietnamese and `,` in English (`defaultCsvSeparator`). */
  get csvSeparator(): ',' | ';' {
    return this.#separatorChosen ?? defaultCsvSeparator(this.#app.lang);
  }
  set csvSeparator(v: ',' | ';') {
    this.#separatorChosen = v === ';' ? ';' : ',';
  }

  /** The spreadsheet entries' words (the workbook, the CSV's separator) in the UI language. */
  get sheetWords() {
    return SPREADSHEET_WORDS[this.#app.lang];
  }

  /** The menu's words in the UI language. */
  get words() {
    return UI_WORDS[this.#app.lang].exportMenu;
  }

  /**
   * What the poster will be: `sheets` of `per` steps each (one sheet, every step, when the term
   * has at most `POSTER_PANELS` steps), and the sentence saying so for a long term ('' otherwise).
   */
  get posterPlan(): { sheets: number; per: number; note: string } {
    const n = this.#app.timeline.steps.length;
    const sheets = posterPages(n).length;
    return { sheets, per: sheets > 1 ? POSTER_PANELS : n, note: sheets > 1 ? this.words.posterSheets(n, sheets, POSTER_PANELS) : '' };
  }

  /**
   * The Download menu's entries, in order: the picture (SVG, PNG with its options, PDF, the outlined SVG,
   * the figure for print as SVG, PNG and PDF, every step as a ZIP, the poster as SVG or ZIP, and as PDF), then the data files when the source
   * has the dataset (JSON, Popolo JSON, CSV with its separator, the workbook (XLSX), the role table). Add an export here and the menu lists it.
   */
  get entries(): ExportEntry[] {
    const w = this.words;
    const t = STRINGS[this.#app.lang];
    const poster = this.posterPlan;
    const p = PDF_WORDS[this.#app.lang];
    const list: ExportEntry[] = [
      { id: 'svg', group: 'picture', label: t.exportSvg, note: '', busy: false, run: this.svg },
      { id: 'png', group: 'picture', label: w.png, note: '', busy: this.running === 'png', options: 'png', run: this.png },
      { id: 'pdf', group: 'picture', label: p.view, note: p.viewNote, busy: this.running === 'pdf', run: this.pdf },
      { id: 'outlined', group: 'picture', label: w.outlined, note: w.outlinedNote, busy: this.running === 'outlined', run: this.outlined },
      { id: 'figure-svg', group: 'picture', label: w.figureSvg, note: w.figureNote, busy: false, run: this.figureSvg },
      { id: 'figure-png', group: 'picture', label: w.figurePng, note: '', busy: this.running === 'figure-png', run: this.figurePng },
      { id: 'figure-pdf', group: 'picture', label: p.figure, note: '', busy: this.running === 'figure-pdf', run: this.figurePdf },
      { id: 'all', group: 'picture', label: w.all, note: '', busy: this.running === 'all', run: this.all },
      { id: 'poster', group: 'picture', label: poster.sheets > 1 ? w.posterZip : w.poster, note: poster.note || w.posterSheet, busy: this.running === 'poster', run: this.poster },
      { id: 'poster-pdf', group: 'picture', label: p.poster, note: p.posterNote(poster.sheets), busy: this.running === 'poster-pdf', run: this.posterPdf },
    ];
    if (this.#app.dataset) {
      list.push(
        { id: 'json', group: 'data', label: t.exportJson, note: '', busy: false, run: () => this.#dataFile('json') },
        { id: 'popolo', group: 'data', label: t.exportPopolo, note: '', busy: false, run: () => this.#dataFile('popolo') },
        { id: 'csv', group: 'data', label: t.exportCsv, note: '', busy: false, options: 'csv', run: () => this.#dataFile('csv') },
        { id: 'xlsx', group: 'data', label: this.sheetWords.xlsx, note: this.sheetWords.xlsxNote, busy: false, run: () => this.#dataFile('xlsx') },
        { id: 'roles', group: 'data', label: t.exportRoles, note: '', busy: false, run: () => this.#dataFile('roles') },
      );
    }
    if (this.#app.urlSearch) {
      const sw = SHARE_WORDS[this.#app.lang];
      const own = this.#app.datasetKey !== undefined && this.#app.datasetKey !== this.#app.builtin?.id;
      list.push(
        { id: 'embed', group: 'share', label: sw.embed, note: sw.embedNote, busy: false, text: this.#made?.id === 'embed' ? this.#made.text : undefined, run: () => this.#share(true) },
        { id: 'share-link', group: 'share', label: sw.link, note: own ? sw.linkNote : '', busy: false, text: this.#made?.id === 'share-link' ? this.#made.text : undefined, run: () => this.#share(false) },
      );
    }
    return list;
  }

  /** The headings of the menu's groups, in the UI language. */
  get groups(): Record<ExportEntry['group'], string> {
    const s = SCREEN_WORDS[this.#app.lang].download;
    return { picture: s.picture, data: s.data, share: SHARE_WORDS[this.#app.lang].heading };
  }

  /** The last link or snippet made (shown under its entry until the next one). */
  #made: { id: 'embed' | 'share-link'; text: string } | null = $state.raw(null);

  /**
   * Make the link to the view (`embed`: the iframe snippet of its `embed=1` link) and copy it; the
   * text is shown under the entry too. A dataset too large for a link is downloaded as its JSON file
   * instead, and the status line says so with its size. The code (fflate) loads when first used.
   */
  async #share(embed: boolean): Promise<void> {
    const app = this.#app;
    if (!app.urlSearch) return;
    const id = embed ? 'embed' : 'share-link';
    try {
      const { makeLink, iframeSnippet, copyText } = await import('./share.ts');
      const own = app.dataset && app.datasetKey !== undefined && app.datasetKey !== app.builtin?.id ? app.dataset : null;
      const made = await makeLink({ base: location.origin + location.pathname, search: app.urlSearch(location.search), dataset: own, embed });
      if (!made.ok) {
        const name = datasetFileName(own!.id, 'json', app.lang);
        download(made.fileText, name, JSON_TYPE);
        this.#made = null;
        this.#said = (l) => SHARE_WORDS[l].tooLarge(formatKb(made.bytes, l), formatKb(made.max, l), name);
        return;
      }
      const lang = app.lang;
      const title = SHARE_WORDS[lang].frameTitle(app.label ? app.label(app.timeline.dataset.title) : '', STRINGS[lang].appTitle);
      const text = embed ? iframeSnippet(made.url, title, lang) : made.url;
      this.#made = { id, text };
      const copied = await copyText(text);
      this.#said = (l) => (copied ? SHARE_WORDS[l].copied : SHARE_WORDS[l].copyByHand);
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    }
  }

  /**
   * One of the dataset's files: our JSON and Popolo JSON of the dataset as opened, the CSV (with
   * `csvSeparator`) and the workbook of the reading shown, the role table of the timeline shown (with
   * `csvSeparator` too).
   * The writers load when first used.
   */
  async #dataFile(kind: 'json' | 'popolo' | 'csv' | 'xlsx' | 'roles'): Promise<void> {
    const { lang, timeline } = this.#app;
    const dataset = this.#app.dataset;
    if (!dataset) return;
    try {
      const { datasetFileText, datasetXlsxBytes, roleTableText } = await import('../io/dataset-files.ts');
      if (kind === 'roles') {
        const name = roleTableFileName(timeline.dataset.id, lang);
        download(await roleTableText(timeline, lang, this.csvSeparator), name, CSV_TYPE);
        this.#said = done(name);
        return;
      }
      // A CSV holds one reading (the one on screen); the workbook, like the JSON files, holds every reading (issue 14).
      const d = kind === 'csv' ? (this.#app.readingDataset ?? dataset) : dataset;
      const name = datasetFileName(d.id, kind, lang);
      if (kind === 'xlsx') downloadBlob(new Blob([(await datasetXlsxBytes(d, lang)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), name);
      else download(await datasetFileText(d, kind, lang, this.csvSeparator), name, kind === 'csv' ? CSV_TYPE : JSON_TYPE);
      this.#said = done(name);
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    }
  }

  /** `name` with `_stated-only` when only stated facts are shown. */
  #named(name: string): string {
    return statedOnlyName(name, this.#app.statedOnly);
  }

  /** The drawing options of every file: "stated facts only", the layout and the reading, as on screen. */
  #drawOptions() {
    return { statedOnly: this.#app.statedOnly, layout: this.#app.layout, reading: this.#app.reading ?? null };
  }

  /**
   * Runs a long export as the page's task: `work` gets the pacing (pause = yield to the page,
   * progress to the bar, the cancel signal) and returns what to download; when it was not
   * cancelled, `deliver` downloads it and gives the status line.
   */
  async #long<T>(kind: ExportKind, label: string, work: (pacing: { pause: () => Promise<void>; progress: (done: number, total: number) => void; signal: AbortSignal }) => Promise<T>, deliver: (result: T) => (lang: Lang) => string): Promise<void> {
    // Another long task (an import, another export) is not cancelled by an export: the user is told.
    if (this.#app.task.running) {
      this.#said = (l) => exportFailureText(new ExportError('busy'), l);
      return;
    }
    this.running = kind;
    this.#said = null;
    try {
      const result = await this.#app.task.run(label, ({ signal, progress }) => work({ pause: () => yieldToPage(signal), progress, signal }));
      this.#said = result === undefined ? (l) => UI_WORDS[l].progress.cancelled : deliver(result);
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    } finally {
      if (this.running === kind) this.running = null;
    }
  }

  /** The current view as SVG (one step: quick, no task). */
  readonly svg = (): Promise<void> =>
    this.#quickSvg(exportFileName, async () => (await import('../export/svg.ts')).svgForView);

  /** The current view as PNG at the chosen scale and background, a layer at a time. */
  readonly png = async (): Promise<void> => {
    const { timeline, seatPlan, step, lang } = this.#app;
    const w = this.words;
    const { scale, background } = this;
    const opts = this.#drawOptions();
    await this.#long(
      'png',
      w.working,
      async (pacing) => {
        const [{ makePng }, { finishSvg }] = await Promise.all([import('../export/png-raster.ts'), import('../export/finish-browser.ts')]);
        return makePng({ timeline, plan: seatPlan, step, lang, scale, background, ...opts, finish: (svg) => finishSvg(svg), ...pacing });
      },
      (r) => {
        const name = this.#named(r.name);
        downloadBlob(r.blob, name);
        return r.scale < r.requested ? (l) => UI_WORDS[l].exportMenu.reduced(r.requested, r.scale, r.width, r.height) : done(name);
      },
    );
  };

  /** Every step as a ZIP of SVGs, a step at a time. */
  readonly all = async (): Promise<void> => {
    const { timeline, seatPlan, lang } = this.#app;
    const w = this.words;
    const opts = this.#drawOptions();
    await this.#long(
      'all',
      w.zipWorking,
      async (pacing) => {
        const [{ allStepsZip }, { finishSvg }] = await Promise.all([import('../export/zip.ts'), import('../export/finish-browser.ts')]);
        return allStepsZip(timeline, seatPlan, lang, { ...opts, finish: (svg) => finishSvg(svg), ...pacing });
      },
      (z) => {
        // Named by allStepsZip, with `_stated-only` on the archive and on every file inside.
        const name = z.name;
        downloadBlob(new Blob(z.parts as Uint8Array<ArrayBuffer>[], { type: 'application/zip' }), name);
        return done(name);
      },
    );
  };

  /** The poster: one SVG for a short term, a ZIP of sheets for a long one, a panel at a time. */
  readonly poster = async (): Promise<void> => {
    const { timeline, seatPlan, lang } = this.#app;
    const w = this.words;
    const opts = this.#drawOptions();
    await this.#long(
      'poster',
      w.posterWorking,
      async (pacing) => {
        const [{ posterExport }, { finishSvg }] = await Promise.all([import('../export/poster-sheets.ts'), import('../export/finish-browser.ts')]);
        return posterExport(timeline, seatPlan, lang, { ...opts, finish: finishSvg, ...pacing });
      },
      (p) => {
        const name = this.#named(p.name);
        if (p.kind === 'svg') download(p.text, name, SVG_TYPE);
        else downloadBlob(new Blob(p.parts as Uint8Array<ArrayBuffer>[], { type: 'application/zip' }), name);
        return done(name);
      },
    );
  };

  /** The current step as the figure for print (`export/figure.ts`: 170 mm, text ≥ 7 pt), SVG with the fonts embedded. */
  readonly figureSvg = (): Promise<void> =>
    this.#quickSvg(figureFileName, async () => (await import('../export/figure.ts')).figureSvg);

  /**
   * One step as an SVG file with the fonts embedded (quick: no task): the drawing `load` gives (the
   * view, the figure), named by `fileName`; the status line says what was made or why it failed.
   */
  async #quickSvg(
    fileName: (datasetId: string, step: number, stepText: string, lang: string, ext: 'svg') => string,
    load: () => Promise<typeof SvgForView>,
  ): Promise<void> {
    const { timeline, seatPlan, step, lang } = this.#app;
    const opts = this.#drawOptions();
    try {
      const [draw, { finishSvg }] = await Promise.all([load(), import('../export/finish-browser.ts')]);
      const name = this.#named(fileName(timeline.dataset.id, step, timeline.valueText(step, lang), lang, 'svg'));
      download(await finishSvg(draw(timeline, seatPlan, step, lang, opts)), name, SVG_TYPE);
      this.#said = done(name);
    } catch (e) {
      this.#said = (l) => exportFailureText(e, l);
    }
  }

  /** The figure for print as a PNG at 300 dpi (170 mm across), on the chosen background. */
  readonly figurePng = async (): Promise<void> => {
    const { timeline, seatPlan, step, lang } = this.#app;
    const { background } = this;
    const opts = this.#drawOptions();
    await this.#long(
      'figure-png',
      this.words.figureWorking,
      async (pacing) => {
        const [{ makeFigurePng }, { finishSvg }] = await Promise.all([import('../export/figure-png.ts'), import('../export/finish-browser.ts')]);
        return makeFigurePng({ timeline, plan: seatPlan, step, lang, background, ...opts, finish: (svg) => finishSvg(svg), ...pacing });
      },
      (r) => {
        downloadBlob(r.blob, r.name);
        return done(r.name);
      },
    );
  };

  /** The current view as PDF (`export/pdf-export.ts`: the SVG's drawing, fonts embedded, text selectable). */
  readonly pdf = (): Promise<void> => this.#pdf('pdf');

  /** The figure for print as PDF, 170 mm wide. */
  readonly figurePdf = (): Promise<void> => this.#pdf('figure-pdf');

  /** The poster as one PDF, an A3 page per sheet, a panel at a time. */
  readonly posterPdf = (): Promise<void> => this.#pdf('poster-pdf');

  /**
   * A PDF as the page's task (progress for the poster's panels, Cancel): PDFKit, the PDF code and the
   * TrueType fonts load on first use (`import()`; the fonts are fetched once and kept).
   */
  #pdf(kind: PdfKind): Promise<void> {
    const { timeline, seatPlan, step, lang } = this.#app;
    const opts = this.#drawOptions();
    return this.#long(
      kind,
      PDF_WORDS[lang].working,
      async (pacing) => {
        const [pdf, { browserPdfFonts }] = await Promise.all([import('../export/pdf-export.ts'), import('../export/pdf-fonts-browser.ts')]);
        const fonts = await browserPdfFonts();
        await pacing.pause();
        // PDFKit's work in a worker (the page stays responsive, Cancel stops it at once); in this
        // thread where no worker can start (the single-file build, Node's tests).
        const inWorker = !import.meta.env.VITE_SINGLE_FILE && typeof Worker === 'function';
        const convert = inWorker ? (await import('../export/pdf-worker-client.ts')).pdfInWorker : undefined;
        const o = { ...opts, ...pacing, fonts, ...(convert ? { convert: (svgs: readonly string[], po: PdfOptions) => convert(svgs, po, pacing.signal) } : {}) };
        if (kind === 'poster-pdf') return pdf.posterPdf(timeline, seatPlan, lang, o);
        return (kind === 'pdf' ? pdf.viewPdf : pdf.figurePdf)(timeline, seatPlan, step, lang, o);
      },
      (r) => {
        const name = this.#named(r.name);
        downloadBlob(new Blob([r.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name);
        if (r.missing.length === 0) return done(name);
        const list = r.missing.slice(0, 12).map((c) => `“${displayValue(c)}”`).join(', ') + (r.missing.length > 12 ? ', …' : '');
        return (l: Lang) => `${done(name)(l)} ${PDF_WORDS[l].missing(r.missing.length, list)}`;
      },
    );
  }

  /** The current view as SVG with its text drawn as paths (for editors that ignore embedded fonts). */
  readonly outlined = async (): Promise<void> => {
    const { timeline, seatPlan, step, lang } = this.#app;
    const opts = this.#drawOptions();
    await this.#long(
      'outlined',
      this.words.outlinedWorking,
      async (pacing) => {
        const [{ svgForView }, { outlineInBrowser }] = await Promise.all([import('../export/svg.ts'), import('../export/outline-browser.ts')]);
        const svg = svgForView(timeline, seatPlan, step, lang, opts);
        await pacing.pause();
        const text = await outlineInBrowser(svg);
        return { text, name: this.#named(outlinedName(exportFileName(timeline.dataset.id, step, timeline.valueText(step, lang), lang, 'svg'))) };
      },
      (r) => {
        download(r.text, r.name, SVG_TYPE);
        return done(r.name);
      },
    );
  };
}
