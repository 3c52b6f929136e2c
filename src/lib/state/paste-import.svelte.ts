/**
 * The import panel's paste box: rows copied from a spreadsheet (Excel, Google Sheets and
 * LibreOffice put tab-separated text on the clipboard) are imported like a CSV file, through the
 * app's usual import (`AppState.importFiles`: worker, checks, findings, kept in the store). The
 * text becomes a file named after the UI language's `pastedName` (`i18n/spreadsheet-words.ts`) with the `.tsv` extension, so the
 * dataset's title is that name; the delimiter is detected from the header row (a tab), or the
 * one chosen in the CSV options.
 */

import type { Lang } from '../model/types.ts';
import { SPREADSHEET_WORDS } from '../i18n/spreadsheet-words.ts';

/** What the paste box needs of the app (`AppState` has all of it). */
export interface PasteTarget {
  importFiles(files: readonly File[]): Promise<void>;
  readonly lang: Lang;
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
    const file = new File([this.text], `${SPREADSHEET_WORDS[this.#app.lang].pastedName}.tsv`, { type: 'text/tab-separated-values' });
    await this.#app.importFiles([file]);
    if (this.#app.importReport?.ok) this.text = '';
  };
}
