/**
 * Failures as sentences in the UI language. An error that carries a known `code` (a `StoreError`
 * or an `ExportError`, recognised by shape so this layer needs neither the state nor the export
 * layer) is said with the words of `i18n/errors.ts`; any other error (IndexedDB, the browser, file
 * reading) keeps its own message, after the translated lead-in.
 */
import type { Lang } from '../model/types.ts';
import { ERROR_SENTENCES, isErrorCode } from '../i18n/errors.ts';
import { STRINGS } from '../i18n/strings.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';

/**
 * What went wrong, in `lang`: the coded sentence for an error with a known `code` (and its
 * `params`), else the error's own `message` (else `String(error)`).
 * @param error anything thrown
 */
export function errorText(error: unknown, lang: Lang): string {
  if (typeof error === 'object' && error !== null) {
    const { code, params } = error as { code?: unknown; params?: unknown };
    if (isErrorCode(code)) {
      const p = typeof params === 'object' && params !== null ? (params as Record<string, string>) : {};
      return ERROR_SENTENCES[lang][code](p);
    }
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
