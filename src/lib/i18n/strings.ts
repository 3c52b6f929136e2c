/**
 * UI strings in Vietnamese (default) and English. Dataset labels are data and come from the dataset;
 * these are the app's own words. Vietnamese is NFC with one tone-mark style (ủy, hòa).
 */
import type { EndCause, Lang, LangString, StartCause } from '../model/types.ts';
import { displayValue } from './display-value.ts';
import { isolateBidi, pick as pickText } from '../model/lang.ts';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

const vi = {
  appTitle: 'Biến động nhân sự',
  language: 'Ngôn ngữ',
  timeline: 'Dòng thời gian',
  play: 'Phát',
  pause: 'Tạm dừng',
  stepBack: 'Bước trước',
  stepForward: 'Bước sau',
  stepOf: (i: number, n: number) => `Bước ${i}/${n}`,
  counts: 'Số lượng',
  members: 'ủy viên',
  /** A body's elected size, after the member word: "số lượng 35". */
  seatsOf: (n: number) => `số lượng ${n}`,
  /** Vacancies of a body: "khuyết 3". */
  vacantN: (n: number) => `khuyết ${n}`,
  /** Members beyond a body's size: "thừa 2 so với số lượng". */
  overN: (n: number) => `thừa ${n} so với số lượng`,
  claims: 'Số liệu nguồn nêu',
  claimHolds: 'khớp',
  claimFails: 'không khớp',
  claimStated: (n: number) => `nguồn nêu ${n}`,
  claimComputed: (n: number) => `dữ liệu có ${n}`,
  noChange: 'Không có thay đổi',
  close: 'Đóng',
  rolesOverTime: 'Cơ quan và chức vụ theo từng bước',
  events: 'Diễn biến',
  notMember: 'chưa là ủy viên',
  departedAs: 'đã rời',
  stated: 'nguồn nêu rõ',
  inferred: 'suy luận',
  basis: 'Lý do suy luận',
  citation: 'Trích dẫn',
  roleTable: 'Ai giữ chức vụ nào',
  roleTableCaption: 'Chức vụ theo từng bước: người giữ, “khuyết”, hoặc “không nêu” khi nguồn không nói gì',
  roleTableWindow: (from: number, to: number, total: number) => `Bảng quá lớn để hiện đủ: chỉ hiện bước ${from}–${to} trong ${total} bước, quanh bước đang xem; tệp CSV của bảng có mọi bước.`,
  post: 'Chức vụ',
  notStated: 'không nêu',
  vacantPost: 'khuyết',
  exportSvg: 'Xuất SVG',
  legend: 'Chú giải',
  /**
   * The legend's label of a body's members, given its short name and whether that name is an
   * abbreviation: "Ủy viên BCH"; a body named in words is written alone ("Thường trực").
   */
  legendSeated: (body: string, abbreviation: boolean) => (abbreviation ? `Ủy viên ${body}` : body),
  /** A translated abbreviation with the source's own beside it (English only: "EC (BCH)"); Vietnamese keeps its own. */
  withSourceAbbreviation: (own: string, _source: string) => own,
  legendVacant: 'Chỗ khuyết',
  legendInferred: 'Dựa trên suy luận',
  source: 'Nguồn',
  annotations: 'Bối cảnh',
  notice: 'Thông báo',
  dismiss: 'Ẩn',
  badStep: (v: string, n: number) => `Tham số “step=${v}” không hợp lệ: cần số nguyên từ 0 đến ${n - 1}. Đã mở bước đầu.`,
  badMember: (v: string) => `Tham số “member=${v}” không khớp với ai trong bộ dữ liệu. Đã bỏ qua.`,
  badLang: (v: string) => `Tham số “lang=${v}” không hợp lệ: cần “vi” hoặc “en”. Đã mở bằng tiếng Việt.`,
  dataNotes: 'Ghi chú về dữ liệu',
  chartLabel: (step: string) => `Sơ đồ nhân sự tại bước ${step}`,
  inferredMark: 'suy luận',
  caption: (date: string, text: string) => `${date}: ${text}`,
  /** What follows a caption's date when the date is set apart (bold): ": <text>". */
  captionRest: (text: string) => `: ${text}`,
  /** The step caption's lead on screen: "6/1996:". */
  captionLead: (step: string) => `${step}:`,
  /** A label set before its text, in bold: "Lý do suy luận:". */
  heading: (label: string) => `${label}:`,
  /** The mark after a seated step that rests on inference: " * (suy luận)". */
  starred: (label: string) => ` * (${label})`,
  /** A heading with how many items it holds: "Cảnh báo của bộ dữ liệu này (3)". */
  counted: (label: string, n: number) => `${label} (${n})`,
  /** What follows a change's date in the member panel: " · <what changed>". */
  changeRest: (what: string) => ` · ${what}`,
  /** What follows a change's certainty in the member panel: " · Trích dẫn: <citations>". */
  citedAs: (citations: string) => ` · Trích dẫn: ${citations}`,
  /** A reasoning line under a bar's text: "Lý do suy luận: <text>". */
  basisLine: (text: string) => `Lý do suy luận: ${text}`,
  /** A stated count, before its verdict (set in bold after it): "<claim> — ". */
  claimLead: (claim: string) => `${claim} — `,
  /** The browser tab's title: the app's, then the dataset's. */
  documentTitle: (dataset: string) => `Biến động nhân sự · ${dataset}`,
  reportDate: 'Ngày báo cáo',
  anonymous: 'Nguồn không nêu tên; gọi theo chức danh.',
  joined: 'vào',
  leftPost: 'thôi giữ chức',
  statedOnly: 'Chỉ hiện điều nguồn nêu rõ',
  statedOnlyHelp: 'Làm mờ mọi điều dựa trên suy luận và ẩn các ghi chú suy luận.',
  badStated: (v: string) => `Tham số “stated=${v}” không hợp lệ: cần “only” hoặc “all”. Đã hiện tất cả.`,
  annotationsHint: 'Bối cảnh trên trục thời gian: di chuột, chạm hoặc Tab tới một dấu để đọc.',
  /** The line over the context marks when they are collapsed into one row (a narrow screen). */
  annotationsRow: (n: number) => `Bối cảnh: ${n} mốc`,
  basisAbove: 'Lý do suy luận: như đã nêu ở trên.',
  badDataset: (v: string) => `Không có bộ dữ liệu “${v}” trong trình duyệt này. Đã mở bộ dữ liệu có sẵn.`,
  datasets: 'Bộ dữ liệu',
  builtinTag: 'có sẵn',
  open: 'Mở',
  opened: 'đang mở',
  rename: 'Đổi tên',
  delete: 'Xóa',
  confirmDelete: (t: string) => `Xóa bộ dữ liệu “${t}” khỏi trình duyệt này? Không thể hoàn tác.`,
  /** The progress bar's label while a file is read and checked. */
  importing: (f: string) => `Đang đọc và kiểm tra “${displayValue(f, Infinity)}”`,
  /** The progress bar's label while the datasets kept in this browser are read and checked (at start, after an import). */
  checkingKept: 'Đang kiểm tra các bộ dữ liệu đã lưu trong trình duyệt',
  /** The progress bar's label while a large dataset's chart is prepared before it is shown. */
  preparing: (t: string) => `Đang dựng sơ đồ “${displayValue(t, 80)}”`,
  warnings: 'Cảnh báo của bộ dữ liệu này',
  exportData: 'Xuất dữ liệu',
  exportJson: 'JSON',
  exportPopolo: 'Popolo JSON',
  exportCsv: 'CSV',
  exportRoles: 'Bảng chức vụ (CSV)',
  storeFailed: (m: string) => `Không lưu được vào trình duyệt: ${m}`,
  newName: 'Tên mới',
  save: 'Lưu',
  cancel: 'Hủy',
  vacantOfWhich: (n: number, org: string) => `trong đó ${org} khuyết ${n}`,
  memberWord: (_n: number) => 'ủy viên',
  repeated: (p: string) => `Tham số “${p}” xuất hiện nhiều lần; dùng giá trị đầu tiên.`,
  left: 'rời',
  pageDate: 'Ngày trang web',
  /** The member panel's line of a membership without a post: "Ủy viên <body's name>". */
  memberOf: (body: string) => `Ủy viên ${body}`,
  /** A membership's dates: "1996 – 6/1996", or "từ 1999" while it lasts to the last step. */
  spanRange: (from: string, to: string | null) => (to === null ? `từ ${from}` : `${from} – ${to}`),
  /** How a membership came to an end, with its date as a phrase: "nghỉ hưu năm 1999", "chuyển công tác năm 1998 (cấp Thành phố)". */
  spanEnd: (cause: string, when: string, destination: string | null) => `${cause} ${when}${destination ? ` (${destination})` : ''}`,
  /** One membership in the member panel's summary: "<role>, <dates>; <how it ended>". */
  spanLine: (role: string, range: string, arrival: string | null, end: string | null) =>
    `${role}, ${range}${arrival ? ` (${arrival})` : ''}${end ? `; ${end}` : ''}`,
  /** The fold of the member panel that holds the reasoning and the notes behind what is inferred. */
  /** The English words (a file of their own) could not be loaded: the page stays in Vietnamese. */
  wordsUnavailable: 'Không tải được phần chữ tiếng Anh (English); trang vẫn hiện tiếng Việt. Kiểm tra kết nối mạng rồi chọn lại ngôn ngữ.',
  /** While the English words load (a link in English, or the menu): said in both languages, as the reader may read either. */
  loadingEnglish: 'Đang tải tiếng Anh… · Loading English…',
  whyInferred: 'Vì sao suy ra?',
};

type Strings = typeof vi;


/**
 * The words by language. English is its own chunk in the page (`en/strings.ts`), given by
 * `loadWords('en')` (`langs.ts`) before the page shows English, or by `import './en-static.ts'`
 * (exports in Node, the command line, workers, tests): read `STRINGS[lang]` only for a language
 * `wordsReady(lang)`.
 */
export const STRINGS = { vi } as Record<Lang, Strings>;
export type { Strings };

/** Labels for end causes (tray titles, legend, panel). */
export const END_CAUSE_LABELS: Record<EndCause, Record<Lang, string>> = {
  term_end: { vi: 'Hết nhiệm kỳ', en: 'End of term' },
  removed_from_roll: { vi: 'Xóa tên khỏi danh sách đảng viên', en: 'Removed from the party roll' },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
  transfer: { vi: 'Chuyển công tác', en: 'Transferred' },
  retirement: { vi: 'Nghỉ hưu', en: 'Retired' },
  resignation: { vi: 'Từ chức', en: 'Resigned' },
  death: { vi: 'Từ trần', en: 'Died' },
  dismissed: { vi: 'Miễn nhiệm', en: 'Dismissed' },
  promoted: { vi: 'Chuyển chức vụ', en: 'Changed post' },
  changed_group: { vi: 'Chuyển nhóm', en: 'Changed group' },
  unknown: { vi: 'Không rõ lý do', en: 'Cause unknown' },
};

/** Labels for start causes. */
export const START_CAUSE_LABELS: Record<StartCause, Record<Lang, string>> = {
  elected: { vi: 'Được bầu', en: 'Elected' },
  by_election: { vi: 'Bầu bổ sung', en: 'By-election' },
  appointed: { vi: 'Chỉ định', en: 'Appointed' },
  promoted: { vi: 'Đề bạt', en: 'Promoted' },
  changed_group: { vi: 'Chuyển nhóm', en: 'Changed group' },
  unknown: { vi: 'Không rõ', en: 'Unknown' },
};

/**
 * The one label picker (`pick` of `model/lang.ts`) for what is shown, on screen and in the drawings:
 * the text in `lang` (with the same fallbacks), isolated by `isolateBidi` when it holds a
 * bidirectional control, so that a name cannot reverse the words after it in a sentence.
 * @returns the text to show, or '' when there is none
 */
export function pick(s: LangString | undefined | null, lang: Lang): string {
  return isolateBidi(pickText(s, lang));
}
