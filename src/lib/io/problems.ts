/**
 * Problems found while importing a file, shared by every importer (our JSON, Popolo JSON, CSV).
 *
 * An `ImportProblem` says where (file; a JSON pointer for JSON files, a 1-based line/row and a field
 * for CSV), what was found and what is expected, with a stable `code` and `params` for translation.
 * `formatImportProblem(p, lang)` renders it as a full sentence in Vietnamese or English:
 * a location prefix built from the problem's place, then the sentence of its code's template.
 *
 * Templates live in a registry: this file registers the JSON/Popolo codes; other importers
 * (the CSV one) call `registerTemplates` from their own module so no two people edit one file.
 * Codes reported by the model's `validateDataset` are rendered by `formatProblem`
 * (`src/lib/i18n/problems.ts`) and need no template here.
 */
import type { Dataset, Lang } from '../model/types.ts';
import { PROBLEM_CODES, type Problem } from '../model/problems.ts';
import { formatProblem } from '../i18n/problems.ts';
import { displayValue } from '../i18n/display-value.ts';
import { problemFix } from '../i18n/problem-fixes.ts';

/** One thing wrong (error) or worth knowing (warning) about an imported file. */
export interface ImportProblem {
  /** Errors block the import (the current dataset stays on screen); warnings let it through. */
  severity: 'error' | 'warning';
  /** Stable code, e.g. `bad-json`, `wrong-type`, or a `validateDataset` code such as `over-seats`. */
  code: string;
  /** The file's name as the user gave it. */
  file: string;
  /** JSON pointer (RFC 6901) for JSON files, e.g. "/memberships/3/start_date"; "" is the whole document. */
  pointer?: string;
  /** 1-based line (JSON syntax errors, CSV physical lines). */
  line?: number;
  /** 1-based column, with `line`. */
  column?: number;
  /** 1-based data row (CSV). */
  row?: number;
  /** The field (CSV column name, or the key a JSON problem is about). */
  field?: string;
  /** The sheet of a workbook (XLSX), as the workbook names it. */
  sheet?: string;
  /** The cell or range of a workbook's sheet, A1 style (`C4`, `B2:B5`). */
  cell?: string;
  /** What the message names (values found, what is expected, ids), for translation. */
  params: Record<string, string | number>;
  /** The problem's sentence in English (as `importProblemSentence(p, 'en')`, without the fix). */
  message: string;
}

/**
 * What an importer returns. `ok: true`: the dataset (normalised and validated), the warnings that
 * stay listed, and the format read. `ok: false`: the errors (and any warnings); the caller keeps the
 * dataset it had. Re-exported by `import.ts`; every importer (JSON, Popolo, CSV) returns it.
 */
export type ImportResult =
  | { ok: true; dataset: Dataset; problems: ImportProblem[]; format: 'json' | 'popolo' | 'csv' }
  | { ok: false; problems: ImportProblem[] };

/**
 * A template renders the part of the sentence after the location: what was found and what is
 * expected, from `p.params` (and, if useful, `p.field`). `formatImportProblem` adds the location.
 */
export type ImportTemplate = (p: ImportProblem) => string;

/** Templates for one code, one per UI language. */
export interface ImportTemplates {
  vi: ImportTemplate;
  en: ImportTemplate;
}

const REGISTRY = new Map<string, ImportTemplates>();

/**
 * Adds (or replaces) the templates for `codes`. Call it at module load of the importer that
 * reports those codes (e.g. `csv.ts` registers its CSV codes). Codes of `validateDataset` need no
 * template: they are formatted by `formatProblem`.
 */
export function registerTemplates(codes: Record<string, ImportTemplates>): void {
  for (const [code, t] of Object.entries(codes)) REGISTRY.set(code, t);
}

/** The codes that have import templates (for completeness tests). */
export function registeredCodes(): string[] {
  return [...REGISTRY.keys()];
}

const q = (x: string | number | undefined): string => `“${x ?? ''}”`;
const s = (p: ImportProblem, k: string): string => String(p.params[k] ?? '');
const MODEL_CODES = new Set<string>(PROBLEM_CODES);

/**
 * The location phrase: `File “x.json”, line 3, column 5, row 2, field “name”, at /persons/0/name`
 * (vi: `Tệp “x.json”, dòng 3, cột 5, hàng 2, trường “name”, tại /persons/0/name`); a workbook's
 * `sheet “memberships”, cell C4` (vi: `trang “memberships”, ô C4`) follows the file. Only the parts
 * the problem has are named; a pointer "" (the whole document) is named as such.
 */
function describeLocation(p: Pick<ImportProblem, 'file' | 'pointer' | 'line' | 'column' | 'row' | 'field' | 'sheet' | 'cell'>, lang: Lang): string {
  const vi = lang === 'vi';
  const parts = [`${vi ? 'Tệp' : 'File'} ${q(p.file)}`];
  if (p.sheet !== undefined) parts.push(`${vi ? 'trang' : 'sheet'} ${q(p.sheet)}`);
  if (p.cell !== undefined) parts.push(`${vi ? (p.cell.includes(':') ? 'vùng' : 'ô') : p.cell.includes(':') ? 'range' : 'cell'} ${p.cell}`);
  if (p.line !== undefined) parts.push(`${vi ? 'dòng' : 'line'} ${p.line}`);
  if (p.column !== undefined) parts.push(`${vi ? 'cột' : 'column'} ${p.column}`);
  if (p.row !== undefined) parts.push(`${vi ? 'hàng' : 'row'} ${p.row}`);
  if (p.field !== undefined) parts.push(`${vi ? 'trường' : 'field'} ${q(p.field)}`);
  if (p.pointer !== undefined) {
    parts.push(p.pointer === '' ? (vi ? 'toàn bộ tài liệu' : 'the whole document') : `${vi ? 'tại' : 'at'} ${p.pointer}`);
  }
  return parts.join(', ');
}

/**
 * The problem in `lang` (NFC) as the app and the command line show it: its sentence
 * (`importProblemSentence`: the location, a colon, what was found and what is expected), then the
 * code's "how to fix" sentence (`problemFix` of i18n/problem-fixes.ts), e.g. en:
 * `File “s.json”, at /organizations/0/seats: the number of seats is 10001; expected a whole number
 * from 0 to 10000. To fix: Write the number of seats the source gives, e.g. 35; leave it out when
 * the source gives none.` Semantic codes from `validateDataset` use `formatProblem`; an unknown code
 * falls back to `p.message`. Never throws.
 */
export function formatImportProblem(p: ImportProblem, lang: Lang): string {
  const fix = problemFix(p.code, lang);
  const sentence = importProblemSentence(p, lang);
  return fix ? `${sentence} ${fix}`.normalize('NFC') : sentence;
}

/**
 * A copy of `p` whose file name, field, pointer and text params are safe to show (`displayValue`
 * with no length cut: control and bidirectional characters written as `\u{XXXX}`).
 */
function shown(p: ImportProblem): ImportProblem {
  const params: ImportProblem['params'] = {};
  for (const [k, v] of Object.entries(p.params)) params[k] = typeof v === 'string' ? displayValue(v, Infinity) : v;
  const out: ImportProblem = { ...p, file: displayValue(p.file, Infinity), params };
  if (p.field !== undefined) out.field = displayValue(p.field, Infinity);
  if (p.sheet !== undefined) out.sheet = displayValue(p.sheet, Infinity);
  if (p.pointer !== undefined) out.pointer = displayValue(p.pointer, Infinity);
  return out;
}

/**
 * The problem's own sentence in `lang` (NFC), without the "how to fix" sentence: the location, a
 * colon, then what was found and what is expected. Every value from the file (its name, fields,
 * pointers, texts and ids in params) is shown through `displayValue`, so control and bidi
 * characters are written as `\u{XXXX}`. Never throws.
 */
export function importProblemSentence(problem: ImportProblem, lang: Lang): string {
  const p = shown(problem);
  const where = describeLocation(p, lang);
  const t = REGISTRY.get(p.code);
  let body: string;
  if (t) body = (t[lang] ?? t.en)(p);
  else if (MODEL_CODES.has(p.code)) {
    const pointer = p.pointer ?? '';
    body = formatProblem({ code: p.code as Problem['code'], params: p.params, pointer }, lang);
    // The location prefix already names the pointer; drop the model's own "(at …)".
    body = body.replace(lang === 'vi' ? ` (tại ${pointer})` : ` (at ${pointer})`, '');
  }
  else body = p.message;
  return `${where}: ${body}`.normalize('NFC');
}

/**
 * Builds an `ImportProblem` and fills `message` with its English sentence (without the fix). `where` holds the
 * location fields (pointer, line, column, row, field, and a workbook's sheet and cell).
 */
export function makeProblem(
  severity: ImportProblem['severity'],
  code: string,
  file: string,
  where: Pick<ImportProblem, 'pointer' | 'line' | 'column' | 'row' | 'field' | 'sheet' | 'cell'>,
  params: ImportProblem['params'] = {},
): ImportProblem {
  const p: ImportProblem = { severity, code, file, ...where, params, message: '' };
  for (const k of Object.keys(p) as (keyof ImportProblem)[]) if (p[k] === undefined) delete p[k];
  p.message = importProblemSentence(p, 'en');
  return p;
}

/**
 * Converts a `validateDataset` problem (`src/lib/model/validate.ts`) to an import problem of
 * `file`, keeping its code, severity, pointer and params; `message` becomes the located English
 * sentence. `names` (a `problemNamer` of problem-names.ts) adds the names of the records the
 * params name by id, so the sentence says who and which body.
 */
export function fromModelProblem(problem: Problem, file: string, names?: (params: Problem['params']) => Problem['params']): ImportProblem {
  return makeProblem(problem.severity, problem.code, file, { pointer: problem.pointer }, names ? names(problem.params) : problem.params);
}

/** True when any problem is an error (the import is then refused). */
export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

// ---------------------------------------------------------------------------------------------
// Templates of the codes reported by the JSON and Popolo importers (import.ts, schema.ts,
// normalize.ts, popolo.ts). Params named in each are listed in the code's comment.

/** A membership named by its person and body (`problemNamer`'s params), else by its id. */
const memberRef = (p: ImportProblem, lang: Lang): string => {
  const person = p.params[`membership_person_name_${lang}`];
  const org = p.params[`membership_org_name_${lang}`];
  if (person === undefined || org === undefined) return q(s(p, 'membership'));
  return lang === 'vi' ? `của ${q(String(person))} trong ${q(String(org))}` : `of ${q(String(person))} in ${q(String(org))}`;
};

const MB = (bytes: string | number): string => (Number(bytes) / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** Words for the JSON kinds `kindOf` in schema.ts reports (`found_kind`), and expectations (`expected`). */
const KINDS: Record<Lang, Record<string, string>> = {
  en: {
    string: 'a text',
    number: 'a number',
    integer: 'a whole number ≥ 0',
    boolean: 'true or false',
    null: 'null',
    array: 'a list',
    object: 'an object',
    missing: 'nothing',
    langstring: 'an object of texts by language such as {"vi": "…", "en": "…"}, with at least one text',
    text: 'a non-empty text',
    'text-or-null': 'a text or null',
    color: 'a colour written #rrggbb, such as "#1f77b4"',
    'one-of': 'one of the allowed values',
  },
  vi: {
    string: 'một chuỗi',
    number: 'một số',
    integer: 'một số nguyên ≥ 0',
    boolean: 'true hoặc false',
    null: 'null',
    array: 'một danh sách',
    object: 'một đối tượng',
    missing: 'không có gì',
    langstring: 'một đối tượng gồm các chuỗi theo ngôn ngữ như {"vi": "…", "en": "…"}, có ít nhất một chuỗi',
    text: 'một chuỗi không rỗng',
    'text-or-null': 'một chuỗi hoặc null',
    color: 'một màu viết dạng #rrggbb, như "#1f77b4"',
    'one-of': 'một trong các giá trị cho phép',
  },
};
const kind = (lang: Lang, k: string): string => KINDS[lang][k] ?? k;
const found = (p: ImportProblem, lang: Lang): string => {
  const k = kind(lang, s(p, 'found_kind'));
  const v = p.params.found;
  return v === undefined || v === '' ? k : `${k} (${v})`;
};

/** JSON syntax errors (`reason` of `bad-json`), as found by `locateJsonError` in json-format.ts. */
const JSON_REASONS: Record<Lang, Record<string, (found: string) => string>> = {
  en: {
    'unexpected-end': () => 'the text ends too early; expected the rest of the value (a closing bracket or quote may be missing)',
    'unexpected-char': (f) => `found ${f}; expected a value (an object, list, text in double quotes, number, true, false or null)`,
    'expected-key': (f) => `found ${f}; expected a field name in double quotes`,
    'expected-colon': (f) => `found ${f}; expected “:” after the field name`,
    'expected-comma-or-brace': (f) => `found ${f}; expected “,” or “}”`,
    'expected-comma-or-bracket': (f) => `found ${f}; expected “,” or “]”`,
    'trailing-comma': (f) => `found ${f} after a comma; expected another item (JSON allows no trailing comma)`,
    'bad-string': (f) => `found ${f} inside a text; expected printable characters or an escape such as \\n`,
    'bad-escape': (f) => `found the escape ${f}; expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`,
    'bad-number': (f) => `found the number ${f}; expected a JSON number such as 12, -3 or 1.5`,
    'trailing-text': (f) => `found ${f} after the end of the JSON value; expected nothing more`,
    'too-deep': () => 'the values are nested too deeply to read',
  },
  vi: {
    'unexpected-end': () => 'văn bản kết thúc quá sớm; cần phần còn lại của giá trị (có thể thiếu dấu đóng ngoặc hoặc dấu nháy)',
    'unexpected-char': (f) => `thấy ${f}; cần một giá trị (đối tượng, danh sách, chuỗi trong dấu nháy kép, số, true, false hoặc null)`,
    'expected-key': (f) => `thấy ${f}; cần tên trường trong dấu nháy kép`,
    'expected-colon': (f) => `thấy ${f}; cần dấu “:” sau tên trường`,
    'expected-comma-or-brace': (f) => `thấy ${f}; cần “,” hoặc “}”`,
    'expected-comma-or-bracket': (f) => `thấy ${f}; cần “,” hoặc “]”`,
    'trailing-comma': (f) => `thấy ${f} sau dấu phẩy; cần thêm một mục (JSON không cho phép dấu phẩy cuối)`,
    'bad-string': (f) => `thấy ${f} trong một chuỗi; cần ký tự in được hoặc một chuỗi thoát như \\n`,
    'bad-escape': (f) => `thấy chuỗi thoát ${f}; cần một trong \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`,
    'bad-number': (f) => `thấy số ${f}; cần một số JSON như 12, -3 hoặc 1.5`,
    'trailing-text': (f) => `thấy ${f} sau khi giá trị JSON đã kết thúc; không cần gì thêm`,
    'too-deep': () => 'các giá trị lồng nhau quá sâu để đọc',
  },
};
const jsonReason = (lang: Lang, p: ImportProblem): string => {
  const f = JSON_REASONS[lang][s(p, 'reason')] ?? JSON_REASONS[lang]['unexpected-char']!;
  return f(s(p, 'found'));
};

registerTemplates({
  /** params: size, limit (bytes). */
  'file-too-large': {
    en: (p) => `the file is ${MB(s(p, 'size'))} MB (${s(p, 'size')} bytes); files over ${MB(s(p, 'limit'))} MB are refused.`,
    vi: (p) => `tệp có dung lượng ${MB(s(p, 'size'))} MB (${s(p, 'size')} byte); tệp lớn hơn ${MB(s(p, 'limit'))} MB bị từ chối.`,
  },
  /** params: count, limit. */
  'too-many-memberships': {
    en: (p) => `the file has ${s(p, 'count')} memberships; at most ${s(p, 'limit')} are accepted.`,
    vi: (p) => `tệp có ${s(p, 'count')} bản ghi thành viên; chỉ nhận tối đa ${s(p, 'limit')}.`,
  },
  /** params: collection (a top-level list such as persons), count, limit. */
  'too-many-records': {
    en: (p) => `the list ${q(s(p, 'collection'))} has ${s(p, 'count')} records; at most ${s(p, 'limit')} are accepted.`,
    vi: (p) => `danh sách ${q(s(p, 'collection'))} có ${s(p, 'count')} bản ghi; chỉ nhận tối đa ${s(p, 'limit')}.`,
  },
  /** params: readings, memberships (the dataset's own), product, limit. */
  'too-many-reading-checks': {
    en: (p) =>
      `each of the ${s(p, 'readings')} readings is checked against the dataset's ${s(p, 'memberships')} memberships (${s(p, 'readings')} × ${s(p, 'memberships')} = ${s(p, 'product')}); at most ${s(p, 'limit')} are accepted.`,
    vi: (p) =>
      `mỗi cách hiểu trong ${s(p, 'readings')} cách hiểu được đối chiếu với ${s(p, 'memberships')} bản ghi thành viên của bộ dữ liệu (${s(p, 'readings')} × ${s(p, 'memberships')} = ${s(p, 'product')}); chỉ nhận tối đa ${s(p, 'limit')}.`,
  },
  /** params: count (distinct dates), limit. */
  'too-many-steps': {
    en: (p) => `the memberships and events have ${s(p, 'count')} different dates, each a step of the timeline; at most ${s(p, 'limit')} are accepted.`,
    vi: (p) => `các bản ghi thành viên và sự kiện có ${s(p, 'count')} ngày khác nhau, mỗi ngày là một bước của dòng thời gian; chỉ nhận tối đa ${s(p, 'limit')}.`,
  },
  /** params: limit (levels). */
  'too-deep': {
    en: (p) => `lists and objects are nested more than ${s(p, 'limit')} levels deep here; at most ${s(p, 'limit')} levels are accepted.`,
    vi: (p) => `danh sách và đối tượng lồng nhau quá ${s(p, 'limit')} cấp ở đây; chỉ nhận tối đa ${s(p, 'limit')} cấp.`,
  },
  /** params: length, limit (characters), start (the first 40 characters). */
  'text-too-long': {
    en: (p) => `the text ${q(`${s(p, 'start')}…`)} is ${s(p, 'length')} characters long; at most ${s(p, 'limit')} characters are accepted.`,
    vi: (p) => `chuỗi ${q(`${s(p, 'start')}…`)} dài ${s(p, 'length')} ký tự; chỉ nhận tối đa ${s(p, 'limit')} ký tự.`,
  },
  /** params: value (as written), limit. */
  'seats-out-of-range': {
    en: (p) => `the number of seats is ${s(p, 'value')}; expected a whole number from 0 to ${s(p, 'limit')}.`,
    vi: (p) => `số ghế là ${s(p, 'value')}; cần một số nguyên từ 0 đến ${s(p, 'limit')}.`,
  },
  /** params: id, char (U+XXXX). */
  'bad-id-character': {
    en: (p) =>
      `the id ${q(s(p, 'id'))} contains the character ${s(p, 'char')} (a control character, a text-direction control or half of a surrogate pair); expected an id of visible characters only.`,
    vi: (p) =>
      `mã ${q(s(p, 'id'))} chứa ký tự ${s(p, 'char')} (ký tự điều khiển, ký tự đổi chiều văn bản hoặc nửa cặp thay thế bị lẻ); cần mã chỉ gồm các ký tự nhìn thấy được.`,
  },
  /** params: value, min, max (years). */
  'date-out-of-range': {
    en: (p) => `the date ${q(s(p, 'value'))} is outside the years ${s(p, 'min')}–${s(p, 'max')}; expected a date within them.`,
    vi: (p) => `ngày ${q(s(p, 'value'))} nằm ngoài khoảng năm ${s(p, 'min')}–${s(p, 'max')}; cần một ngày trong khoảng đó.`,
  },
  /** params: value, median (year), limit (years). A warning. */
  'date-far-from-rest': {
    en: (p) => `the date ${q(s(p, 'value'))} is more than ${s(p, 'limit')} years from the rest of the file’s dates (middle year ${s(p, 'median')}); it was kept.`,
    vi: (p) => `ngày ${q(s(p, 'value'))} cách các ngày khác trong tệp hơn ${s(p, 'limit')} năm (năm ở giữa là ${s(p, 'median')}); ngày này vẫn được giữ.`,
  },
  /** params: none. */
  'empty-file': {
    en: () => `the file is empty (nothing but blank space); expected a dataset (JSON) or a table (CSV).`,
    vi: () => `tệp trống (không có nội dung nào ngoài khoảng trắng); cần một bộ dữ liệu (JSON) hoặc một bảng (CSV).`,
  },
  /** params: none. */
  'bad-encoding': {
    en: () => `the file is not valid UTF-8 text; expected a UTF-8 file (with or without a byte-order mark).`,
    vi: () => `tệp không phải văn bản UTF-8 hợp lệ; cần tệp mã hóa UTF-8 (có hoặc không có BOM).`,
  },
  /** params: reason (a JSON_REASONS key), found (the character found, or ""). */
  'bad-json': {
    en: (p) => `the file is not valid JSON: ${jsonReason('en', p)}.`,
    vi: (p) => `tệp không phải JSON hợp lệ: ${jsonReason('vi', p)}.`,
  },
  /** params: found_kind (a JSON kind), keys (the first field names, quoted, when an object). */
  'unknown-format': {
    en: (p) =>
      `the file is neither a committee-history dataset nor Popolo JSON nor CSV (found ${
        p.params.keys ? `an object with the fields ${s(p, 'keys')}` : kind('en', s(p, 'found_kind'))
      }); expected an object with "format": "committee-history", or Popolo's "persons", "organizations" and "memberships" lists, or a .csv file.`,
    vi: (p) =>
      `tệp không phải bộ dữ liệu committee-history, cũng không phải Popolo JSON hay CSV (thấy ${
        p.params.keys ? `một đối tượng có các trường ${s(p, 'keys')}` : kind('vi', s(p, 'found_kind'))
      }); cần một đối tượng có "format": "committee-history", hoặc các danh sách "persons", "organizations", "memberships" của Popolo, hoặc một tệp .csv.`,
  },
  /** params: found (the version found), expected. */
  'unsupported-version': {
    en: (p) => `format_version is ${q(s(p, 'found'))}; this app reads format_version ${s(p, 'expected')}.`,
    vi: (p) => `format_version là ${q(s(p, 'found'))}; ứng dụng này đọc format_version ${s(p, 'expected')}.`,
  },
  /** params: found_kind, found (a short rendering of the value), expected (a KINDS key). */
  'wrong-type': {
    en: (p) => `found ${found(p, 'en')}; expected ${kind('en', s(p, 'expected'))}.`,
    vi: (p) => `thấy ${found(p, 'vi')}; cần ${kind('vi', s(p, 'expected'))}.`,
  },
  /** params: key, expected (a KINDS key). */
  'missing-key': {
    en: (p) => `the required field ${q(s(p, 'key'))} is missing; expected ${kind('en', s(p, 'expected'))}.`,
    vi: (p) => `thiếu trường bắt buộc ${q(s(p, 'key'))}; cần ${kind('vi', s(p, 'expected'))}.`,
  },
  /** params: found, allowed (comma-separated). */
  'bad-value': {
    en: (p) => `found ${q(s(p, 'found'))}; expected one of: ${s(p, 'allowed')}.`,
    vi: (p) => `thấy ${q(s(p, 'found'))}; cần một trong: ${s(p, 'allowed')}.`,
  },
  /** params: key, record ('dataset' or a collection name). */
  'unknown-key': {
    en: (p) => `the field ${q(s(p, 'key'))} is not part of the format; it is ignored and will not be exported.`,
    vi: (p) => `trường ${q(s(p, 'key'))} không thuộc định dạng; nó bị bỏ qua và sẽ không được xuất ra.`,
  },
  /** params: found (original text), text (after replacement). */
  'eth-replaced': {
    en: (p) =>
      `the Vietnamese text ${q(s(p, 'found'))} used the look-alike letter Ð (U+00D0, Icelandic eth); it was read as Đ (U+0110): ${q(s(p, 'text'))}.`,
    vi: (p) =>
      `chuỗi tiếng Việt ${q(s(p, 'found'))} dùng chữ Ð trông giống (U+00D0, chữ eth của tiếng Iceland); đã được đọc thành Đ (U+0110): ${q(s(p, 'text'))}.`,
  },
  /** params: term (legislative period id), name (its name), count (memberships). */
  'dates-from-term': {
    en: (p) =>
      `${p.params.count === 1 ? '1 membership has' : `${s(p, 'count')} memberships have`} no start or end date; ${p.params.count === 1 ? 'it takes' : 'they take'} the dates of the legislative period ${q(s(p, 'name'))} (${s(p, 'term')}) and ${p.params.count === 1 ? 'is' : 'are'} marked inferred.`,
    vi: (p) =>
      `${s(p, 'count')} bản ghi thành viên không có ngày bắt đầu hoặc kết thúc; chúng lấy ngày của nhiệm kỳ ${q(s(p, 'name'))} (${s(p, 'term')}) và được đánh dấu là suy luận.`,
  },
  /** params: value. */
  'popolo-bad-color': {
    en: (p) => `the colour ${q(s(p, 'value'))} is not written #rrggbb (such as #d62728); the group takes a colour from the palette, and the value is kept for export.`,
    vi: (p) => `màu ${q(s(p, 'value'))} không viết dạng #rrggbb (như #d62728); nhóm lấy một màu trong bảng màu, giá trị vẫn được giữ khi xuất ra.`,
  },
  /** params: memberships, undated, set_aside (counts). */
  'no-steps': {
    en: (p) =>
      `nothing to draw: no event has a date and no membership can be placed on a timeline (${s(p, 'memberships')} memberships: ${s(p, 'undated')} without any date, ${s(p, 'set_aside')} ending before they start); expected at least one dated event or membership.`,
    vi: (p) =>
      `không có gì để vẽ: không sự kiện nào có ngày và không bản ghi thành viên nào đặt được lên dòng thời gian (${s(p, 'memberships')} bản ghi: ${s(p, 'undated')} không có ngày nào, ${s(p, 'set_aside')} kết thúc trước khi bắt đầu); cần ít nhất một sự kiện hoặc bản ghi thành viên có ngày.`,
  },
  /** params: membership (+ the names of `problemNamer`), start, end, term, name (the term's). */
  'end-before-term': {
    en: (p) =>
      `the membership ${memberRef(p, 'en')} ends (${s(p, 'end')}) before its legislative period ${q(s(p, 'name'))} (${s(p, 'term')}) begins (${s(p, 'start')}); the file gives it no start date, so it would take the period’s. It is set aside: not drawn, but kept in the dataset.`,
    vi: (p) =>
      `bản ghi thành viên ${memberRef(p, 'vi')} kết thúc (${s(p, 'end')}) trước khi nhiệm kỳ ${q(s(p, 'name'))} (${s(p, 'term')}) bắt đầu (${s(p, 'start')}); tệp không ghi ngày bắt đầu nên bản ghi sẽ lấy ngày của nhiệm kỳ. Bản ghi được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu.`,
  },
  /** params: id. */
  'popolo-event-kept': {
    en: (p) => `the event ${q(s(p, 'id'))} has no start_date, so it is no step of the timeline; it is kept as it is for export.`,
    vi: (p) => `sự kiện ${q(s(p, 'id'))} không có start_date nên không là một bước của dòng thời gian; nó được giữ nguyên để xuất ra.`,
  },
  /** params: term (legislative period id). */
  'unknown-term': {
    en: (p) => `no legislative period ${q(s(p, 'term'))} among the events; expected the id of an event with classification "legislative period".`,
    vi: (p) => `không có nhiệm kỳ ${q(s(p, 'term'))} trong danh sách events; cần mã của một sự kiện có classification "legislative period".`,
  },
  /** params: none. Popolo memberships need a person and an organization. */
  'popolo-membership-incomplete': {
    en: (p) => `the membership has no ${q(s(p, 'key'))}; expected the id of a ${s(p, 'key') === 'person_id' ? 'person' : 'organization'} (Popolo memberships of posts without an organization are not supported).`,
    vi: (p) => `bản ghi thành viên không có ${q(s(p, 'key'))}; cần mã của một ${s(p, 'key') === 'person_id' ? 'người' : 'tổ chức'} (chưa hỗ trợ bản ghi Popolo chỉ gắn với chức vụ mà không có tổ chức).`,
  },
});
