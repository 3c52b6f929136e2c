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

const en: UiWords = {
  langNames: { vi: 'Tiếng Việt', en: 'English' },
  search: {
    label: 'Search by name or post',
    placeholder: 'e.g. secretary, military, standing',
    ignoreDiacritics: 'Ignore accents',
    count: (n: number) => (n === 0 ? 'No member matches' : n === 1 ? '1 member matches' : `${n} members match`),
    more: (n: number) => `and ${n} more`,
    results: 'Search results',
  },
  zoom: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show all',
    hint: 'Drag to pan; Ctrl + wheel or pinch to zoom.',
    hintAlways: 'Drag to pan; wheel or pinch to zoom.',
  },
  memberTimeline: {
    title: 'Member timeline',
    label: (step: string) => `Member timeline, current step ${step}`,
    view: 'Show',
    byMember: 'By member',
    bySeat: 'By post',
    from: (d: string) => `from ${d}`,
    rows: (n: number) => `${n} rows`,
    matched: 'matches the search',
    known: 'Known',
    zone: 'Date known only to a span (year or month)',
    hatched: 'Rests on inference',
    byElection: 'Joined by by-election',
    current: 'Current step',
    otherCause: 'Other cause',
    focusHint: 'Focus or hover a row for details and the reasoning behind inferred parts.',
    keys: 'Arrow keys move, Enter selects.',
  },
  exportMenu: {
    group: 'Export',
    png: 'Export PNG',
    scale: 'Scale',
    background: 'Background',
    white: 'white',
    transparent: 'transparent',
    all: 'All steps (ZIP)',
    poster: 'Poster (SVG)',
    working: 'Making the PNG…',
    zipWorking: 'Making the ZIP of every step…',
    posterWorking: 'Making the poster…',
    posterSheets: (steps: number, sheets: number, per: number) =>
      `${steps.toLocaleString('en')} steps: the poster is ${sheets.toLocaleString('en')} sheets of ${per.toLocaleString('en')} steps, in one ZIP`,
    posterZip: 'Poster (ZIP)',
    posterSheet: 'A3 landscape, text at least 7 pt',
    figureSvg: 'Figure for print (SVG)',
    figurePng: 'Figure for print (PNG, 300 dpi)',
    figureNote: '170 mm wide, text at least 7 pt; labels only on post holders and on who changed',
    figureWorking: 'Making the figure…',
    outlined: 'SVG, text as outlines',
    outlinedNote: 'For Inkscape, Illustrator, Word: text drawn as shapes, no font needed',
    outlinedWorking: 'Outlining the text…',
    done: (name: string) => `Exported ${name}`,
    reduced: (req: number, used: number, w: number, h: number) =>
      `A ${req}× image is too large for this browser; exported at ${used}× (${w}×${h} pixels).`,
    failed: (msg: string) => `Export failed: ${msg}`,
  },
  progress: {
    label: 'Progress',
    cancel: 'Cancel',
    of: (done: number, total: number) => `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    cancelled: 'Cancelled.',
  },
  tab: 'Tab',
  term: {
    label: 'Term',
    all: 'All terms',
    option: (label: string, from: number | null, to: number | null) =>
      from === null ? label : `${label} (${from}–${to ?? ''})`,
    bad: (v: string) => `“term=${v}” is not valid: the dataset has no such term. Showing the default term.`,
  },
};

/** The components' words per language. */
export const UI_WORDS: Record<Lang, UiWords> = { vi, en };
export type { UiWords };
