/**
 * The import panel's paste box: rows copied from a spreadsheet (Excel, Google Sheets and
 * LibreOffice put tab-separated text on the clipboard) are imported like a CSV file, through the
 * app's usual import (`AppState.importFiles`: worker, checks, findings, kept in the store). The
 * text becomes a file named after the UI language's `pastedName` with the `.tsv` extension, so the
 * dataset's title is that name; the delimiter is detected from the header row (a tab), or the
 * one chosen in the CSV options.
 */

/** What the paste box needs of the app (`AppState` has all of it). */
export interface PasteTarget {
  importFiles(files: readonly File[]): Promise<void>;
  readonly t: { readonly pastedName: string };
  readonly importReport: { ok: boolean } | null | undefined;
}

export class PasteImport {
  /** The text in the box. */
  text = $state('');
  /** True when the box holds something other than white space. */
  readonly ready: boolean = $derived(this.text.trim() !== '');
  readonly #app: PasteTarget;

  constructor(app: PasteTarget) {
    this.#app = app;
  }

  /**
   * Imports the text as a tab-separated file (see the module comment); an accepted import empties
   * the box, a refused one keeps the text for the user to correct. Does nothing when not `ready`.
   */
  readonly submit = async (): Promise<void> => {
    if (!this.ready) return;
    const file = new File([this.text], `${this.#app.t.pastedName}.tsv`, { type: 'text/tab-separated-values' });
    await this.#app.importFiles([file]);
    if (this.#app.importReport?.ok) this.text = '';
  };
}
