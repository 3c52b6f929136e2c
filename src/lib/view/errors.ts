/**
 * Failures as sentences in the UI language. A `CodedError` (the store's `StoreError`, the export's
 * `ExportError`) is said with the words of `i18n/errors.ts`; any other error (IndexedDB, the
 * browser, file reading) keeps its own message, after the translated lead-in.
 */
import type { Lang } from '../model/types.ts';
import { CodedError, ERROR_SENTENCES } from '../i18n/errors.ts';
import { STRINGS } from '../i18n/strings.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';

/**
 * What went wrong, in `lang`: the coded sentence of a `CodedError` (with its `params`), else the
 * error's own `message` (else `String(error)`).
 * @param error anything thrown
 */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof CodedError) {
    const e: CodedError = error;
    return ERROR_SENTENCES[lang][e.code](e.params);
  }
  return error instanceof Error ? error.message : String(error);
}

/** "Không lưu được vào trình duyệt: <what went wrong>" — a failure of the dataset store, in `lang`. */
export function storeFailureText(error: unknown, lang: Lang): string {
  return STRINGS[lang].storeFailed(errorText(error, lang));
}

/** "Không xuất được: <what went wrong>" — a failure of a file export, in `lang`. */
export function exportFailureText(error: unknown, lang: Lang): string {
  return UI_WORDS[lang].exportMenu.failed(errorText(error, lang));
}
