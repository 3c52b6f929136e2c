/**
 * Words about kept datasets that are damaged (a record in the browser's store that no longer reads
 * as a dataset), in Vietnamese and English: the list's tag and buttons, what is wrong with a
 * record's own fields, and the notice shown when a damaged dataset is opened. Problems of the
 * dataset inside a record are import problems and are said by `formatImportProblem`.
 * Pick a language with `STORE_WORDS[lang]`.
 */
import type { Lang } from '../model/types.ts';

/** The fields of a kept record that are checked besides the dataset. */
export type RecordField = 'key' | 'title' | 'fileName' | 'importedAt' | 'warnings' | 'format' | 'dataset';

/** What was found where a value was expected: `kind` of the value, `shown` a short rendering ("" for none). */
export interface FoundValue {
  kind: 'missing' | 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other';
  shown: string;
}

const viKinds: Record<FoundValue['kind'], string> = {
  missing: 'không có',
  null: 'null',
  string: 'một chuỗi văn bản',
  number: 'một số',
  boolean: 'một giá trị đúng/sai',
  array: 'một danh sách',
  object: 'một đối tượng',
  other: 'một giá trị lạ',
};

const enKinds: Record<FoundValue['kind'], string> = {
  missing: 'missing',
  null: 'null',
  string: 'a text',
  number: 'a number',
  boolean: 'a true/false value',
  array: 'a list',
  object: 'an object',
  other: 'an unusual value',
};

/** "a number (42)", "missing". */
const found = (kinds: Record<FoundValue['kind'], string>, f: FoundValue): string => (f.shown ? `${kinds[f.kind]} (${f.shown})` : kinds[f.kind]);

const vi = {
  /** The tag of a damaged entry in the dataset list. */
  damagedTag: 'bị hỏng',
  /** Label before the store key of a damaged entry. */
  keyLabel: 'Khóa',
  /** The button that downloads the record as it is. */
  exportRaw: 'Xuất JSON gốc',
  exportRawHelp: 'Tải nội dung bản ghi đúng như đang lưu, để sửa tay và nhập lại.',
  /** More problems than shown. */
  more: (n: number) => `và ${n} lỗi khác`,
  /** The record is not an object at all. */
  notARecord: (f: FoundValue) => `Bản ghi là ${found(viKinds, f)}, không phải một bộ dữ liệu đã lưu.`,
  /** A field of the record is wrong. */
  badField: (field: RecordField, f: FoundValue) =>
    f.kind === 'missing' ? `Thiếu trường “${field}”; cần ${viExpected[field]}.` : `Trường “${field}” là ${found(viKinds, f)}; cần ${viExpected[field]}.`,
  /** The record's key differs from the key it is stored under. */
  keyMismatch: (key: string, storeKey: string) => `Trường “key” là “${key}” nhưng bản ghi được lưu với khóa “${storeKey}”.`,
  /** The checks could not read the record at all; `m` is the error's own message. */
  unreadable: (m: string) => `Không đọc được bản ghi: ${m}`,
  /** Opening a damaged dataset (from the list or by `?dataset=`); `problem` is its first problem, a sentence. */
  openDamaged: (key: string, problem: string) =>
    `Bộ dữ liệu “${key}” trong trình duyệt này bị hỏng nên không mở được: ${problem} Bộ dữ liệu đang xem vẫn giữ nguyên; trong danh sách bộ dữ liệu có thể xuất JSON gốc của nó hoặc xóa nó.`,
};

const viExpected: Record<RecordField, string> = {
  key: 'một chuỗi văn bản không rỗng',
  title: 'một chuỗi văn bản không rỗng',
  fileName: 'một chuỗi văn bản',
  importedAt: 'một thời điểm ISO 8601 (ví dụ 2026-11-30T08:00:00.000Z)',
  warnings: 'một danh sách cảnh báo của lần nhập, mỗi cảnh báo có severity, code, file, params và message',
  format: '“json”, “popolo” hoặc “csv”',
  dataset: 'một bộ dữ liệu',
};

type StoreWords = typeof vi;

const enExpected: Record<RecordField, string> = {
  key: 'a non-empty text',
  title: 'a non-empty text',
  fileName: 'a text',
  importedAt: 'an ISO 8601 date and time (e.g. 2026-11-30T08:00:00.000Z)',
  warnings: 'a list of the import’s warnings, each with severity, code, file, params and message',
  format: '“json”, “popolo” or “csv”',
  dataset: 'a dataset',
};

const en: StoreWords = {
  damagedTag: 'damaged',
  keyLabel: 'Key',
  exportRaw: 'Export raw JSON',
  exportRawHelp: 'Download the record’s content exactly as it is kept, to repair it by hand and load it again.',
  more: (n: number) => `and ${n} more`,
  notARecord: (f: FoundValue) => `The record is ${found(enKinds, f)}, not a kept dataset.`,
  badField: (field: RecordField, f: FoundValue) => `Field “${field}” is ${found(enKinds, f)}; expected ${enExpected[field]}.`,
  keyMismatch: (key: string, storeKey: string) => `Field “key” is “${key}” but the record is kept under the key “${storeKey}”.`,
  unreadable: (m: string) => `The record could not be read: ${m}`,
  openDamaged: (key: string, problem: string) =>
    `The dataset “${key}” in this browser is damaged and cannot be opened: ${problem} The dataset on screen is unchanged; the dataset list can export its raw JSON or delete it.`,
};

/** The words of damaged kept datasets, per language: `STORE_WORDS[lang].exportRaw`. */
export const STORE_WORDS: Record<Lang, StoreWords> = { vi, en };
