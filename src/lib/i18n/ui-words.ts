/**
 * Words of the components that are not in `strings.ts` (search box, zoom pane, member timeline,
 * export menu, language names), in Vietnamese and English. Same shape as `STRINGS`: pick a language
 * with `UI_WORDS[lang]`.
 */
import type { Lang } from '../model/types.ts';

const vi = {
  /** Each language's name in itself (the language menu). */
  langNames: { vi: 'Tiếng Việt', en: 'English' } as Record<Lang, string>,
  search: {
    label: 'Tìm theo tên hoặc chức vụ',
    placeholder: 'ví dụ: bí thư, quân sự, thường vụ',
    ignoreDiacritics: 'Không phân biệt dấu',
    count: (n: number) => (n === 0 ? 'Không tìm thấy ai' : `Tìm thấy ${n} người`),
    more: (n: number) => `và ${n} người khác`,
    results: 'Kết quả tìm kiếm',
  },
  zoom: {
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    reset: 'Xem toàn bộ',
    hint: 'Kéo để di chuyển; Ctrl + cuộn chuột hoặc chụm hai ngón để phóng to, thu nhỏ.',
    hintAlways: 'Kéo để di chuyển; cuộn chuột hoặc chụm hai ngón để phóng to, thu nhỏ.',
  },
  memberTimeline: {
    title: 'Diễn biến của từng người',
    label: (step: string) => `Diễn biến của từng người, bước hiện tại ${step}`,
    view: 'Hiển thị',
    byMember: 'Theo từng người',
    bySeat: 'Theo chức vụ',
    from: (d: string) => `từ ${d}`,
    rows: (n: number) => `${n} hàng`,
    matched: 'khớp tìm kiếm',
    known: 'Đã biết',
    zone: 'Thời điểm chỉ biết trong khoảng (năm hoặc tháng)',
    hatched: 'Dựa trên suy luận',
    byElection: 'Vào qua bầu bổ sung',
    current: 'Bước hiện tại',
    otherCause: 'Lý do khác',
    focusHint: 'Chọn hoặc di chuột lên một hàng để xem chi tiết và lý do suy luận.',
    keys: 'Phím mũi tên để di chuyển, Enter để chọn.',
  },
  exportMenu: {
    group: 'Xuất',
    png: 'Xuất PNG',
    scale: 'Tỉ lệ',
    background: 'Nền',
    white: 'trắng',
    transparent: 'trong suốt',
    all: 'Mọi bước (ZIP)',
    poster: 'Áp phích (SVG)',
    working: 'Đang tạo ảnh PNG…',
    zipWorking: 'Đang tạo tệp ZIP mọi bước…',
    posterWorking: 'Đang tạo áp phích…',
    /** The poster of a long term: sheets of `per` steps each, in one ZIP (said next to its button). */
    posterSheets: (steps: number, sheets: number, per: number) =>
      `${steps.toLocaleString('vi-VN')} bước: áp phích gồm ${sheets.toLocaleString('vi-VN')} tờ, mỗi tờ ${per.toLocaleString('vi-VN')} bước, trong một tệp ZIP`,
    posterZip: 'Áp phích (ZIP)',
    /** The poster of a short term: what the sheet is (said under its entry). */
    posterSheet: 'Khổ A3 ngang, chữ ít nhất 7 pt',
    figureSvg: 'Hình để in (SVG)',
    figurePng: 'Hình để in (PNG, 300 dpi)',
    /** Said under the figure's entries. */
    figureNote: 'Rộng 170 mm, chữ ít nhất 7 pt; nhãn chỉ ở người giữ chức vụ và người thay đổi',
    figureWorking: 'Đang tạo hình để in…',
    outlined: 'SVG chữ thành nét',
    outlinedNote: 'Cho Inkscape, Illustrator, Word: chữ vẽ bằng đường nét, không cần phông',
    outlinedWorking: 'Đang chuyển chữ thành nét…',
    done: (name: string) => `Đã xuất ${name}`,
    reduced: (req: number, used: number, w: number, h: number) =>
      `Ảnh ${req}× quá lớn cho trình duyệt; đã xuất ở ${used}× (${w}×${h} điểm ảnh).`,
    failed: (msg: string) => `Không xuất được: ${msg}`,
  },
  /** The CSV delimiter option for a tab character. */
  /** The bar of a long task (import, ZIP, poster, PNG) and its Cancel button. */
  progress: {
    label: 'Tiến độ',
    cancel: 'Hủy',
    of: (done: number, total: number) => `${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')}`,
    cancelled: 'Đã hủy.',
  },
  tab: 'Tab',
  /** The term picker (a dataset with several legislative periods). */
  term: {
    label: 'Khóa',
    all: 'Tất cả các khóa',
    /** One term: its name and its years ("Khóa 31 (2011–2016)"; "2016–" while still running). */
    option: (label: string, from: number | null, to: number | null) =>
      from === null ? label : `${label} (${from}–${to ?? ''})`,
    bad: (v: string) => `Tham số “term=${v}” không hợp lệ: bộ dữ liệu không có khóa này. Đã chọn khóa mặc định.`,
  },
};

type UiWords = typeof vi;


/** The components' words per language. */
/**
 * The words by language. English is its own chunk in the page (`en/ui-words.ts`), given by
 * `loadWords('en')` (`langs.ts`) before the page shows English, or by `import './en-static.ts'`
 * (exports in Node, the command line, workers, tests): read `UI_WORDS[lang]` only for a language
 * `wordsReady(lang)`.
 */
export const UI_WORDS = { vi } as Record<Lang, UiWords>;
export type { UiWords };
