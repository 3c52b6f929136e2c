/**
 * Sentences for the app's own failures, by code, in Vietnamese and English. The code travels with
 * the error (`StoreError` of `state/dataset-store.ts`, `ExportError` of `export/export-error.ts`);
 * `view/errors.ts` turns an error into a sentence in the UI language. Failures of the browser
 * (IndexedDB, quota, file reading) carry no code and keep their own message.
 */
import type { Lang } from '../model/types.ts';

/** Failures of the dataset store (kept datasets in IndexedDB). */
export type StoreErrorCode = 'no-indexeddb' | 'empty-name' | 'unknown-dataset' | 'damaged-dataset' | 'builtin-undeletable';
/** Failures of a file export in the browser. */
export type ExportErrorCode = 'svg-not-loaded' | 'png-too-large' | 'fonts-unavailable' | 'busy';
/** Every coded failure. */
export type ErrorCode = StoreErrorCode | ExportErrorCode;
/** Values put into a failure's sentence (e.g. `{ key: 'my-data' }` for `unknown-dataset`). */
export type ErrorParams = Readonly<Record<string, string>>;

export type ErrorSentences = Record<ErrorCode, (p: ErrorParams) => string>;

const vi: ErrorSentences = {
  'no-indexeddb': () => 'Trình duyệt này không có IndexedDB nên không giữ được bộ dữ liệu đã nhập.',
  'empty-name': () => 'Tên bộ dữ liệu không được để trống.',
  'unknown-dataset': (p) => `Không có bộ dữ liệu “${p.key ?? ''}” trong trình duyệt này.`,
  'damaged-dataset': (p) => `Bộ dữ liệu “${p.key ?? ''}” trong trình duyệt này bị hỏng.`,
  'builtin-undeletable': () => 'Không thể xóa bộ dữ liệu có sẵn.',
  'svg-not-loaded': () => 'Trình duyệt không mở được ảnh SVG.',
  'png-too-large': () => 'Trình duyệt không tạo được ảnh PNG.',
  'fonts-unavailable': () => 'không tải được phông chữ để nhúng vào tệp (mất kết nối, hoặc thiếu tệp phông trên máy chủ). Hãy tải lại trang rồi thử lại.',
  'busy': () => 'một việc khác đang chạy (xem thanh tiến độ). Chờ việc đó xong, hoặc bấm Hủy, rồi thử lại.',
};


/** The sentence of each failure code, per language: `ERROR_SENTENCES[lang][code](params)`. */
export const ERROR_SENTENCES = { vi } as Record<Lang, ErrorSentences>;
/* English: `en/errors.ts`, given by `provideEnglish` (`english.ts`). */

/**
 * A failure the app detects itself, with a code instead of words: the UI says it in its language
 * (`errorText` of `view/errors.ts`); `message` is the English sentence (the code alone in a page that has not loaded English), for
 * logs and the console.
 * The store's `StoreError` and the export's `ExportError` are its two kinds.
 */
export class CodedError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams;

  /**
   * @param code what failed (a key of `ERROR_SENTENCES`)
   * @param params values for the sentence
   */
  constructor(code: C, params: ErrorParams = {}) {
    // The page loads English on demand (`langs.ts`): before that, the message is the code.
    super(ERROR_SENTENCES.en?.[code](params) ?? code);
    this.name = 'CodedError';
    this.code = code;
    this.params = params;
  }
}
