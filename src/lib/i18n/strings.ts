/**
 * UI strings in Vietnamese (default) and English. Dataset labels are data and come from the dataset;
 * these are the app's own words. Vietnamese is NFC with one tone-mark style (ủy, hòa).
 */
import type { EndCause, Lang, LangString, StartCause } from '../model/types.ts';

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';

const vi = {
  appTitle: 'Biến động nhân sự',
  appSubtitle: 'Xem thành phần ban chấp hành thay đổi qua từng bước của nhiệm kỳ',
  language: 'Ngôn ngữ',
  timeline: 'Dòng thời gian',
  play: 'Phát',
  pause: 'Tạm dừng',
  stepBack: 'Bước trước',
  stepForward: 'Bước sau',
  stepOf: (i: number, n: number) => `Bước ${i}/${n}`,
  counts: 'Số lượng',
  members: 'thành viên',
  seats: 'ghế',
  vacant: 'trống',
  claims: 'Số liệu nguồn nêu',
  claimHolds: 'khớp',
  claimFails: 'không khớp',
  claimStated: (n: number) => `nguồn nêu ${n}`,
  claimComputed: (n: number) => `tính được ${n}`,
  noChange: 'Không có thay đổi',
  memberPanel: 'Thành viên',
  close: 'Đóng',
  rolesOverTime: 'Cơ quan và chức vụ theo từng bước',
  events: 'Sự kiện liên quan',
  notMember: 'không là thành viên',
  departedAs: 'đã rời',
  stated: 'nguồn nêu rõ',
  inferred: 'suy luận',
  basis: 'Lý do suy luận',
  citation: 'Trích dẫn',
  roleTable: 'Ai giữ chức vụ nào',
  roleTableCaption: 'Chức vụ theo từng bước: người giữ, “trống”, hoặc “không nêu” khi nguồn không nói gì',
  post: 'Chức vụ',
  notStated: 'không nêu',
  vacantPost: 'trống',
  exportSvg: 'Xuất SVG',
  legend: 'Chú giải',
  legendSeated: 'Thành viên đương nhiệm',
  legendVacant: 'Ghế trống',
  legendInferred: 'Dựa trên suy luận',
  trayEntry: 'Bầu bổ sung',
  source: 'Nguồn',
  annotations: 'Bối cảnh',
  notice: 'Thông báo',
  dismiss: 'Ẩn',
  badStep: (v: string, n: number) => `Tham số “step=${v}” không hợp lệ: cần số nguyên từ 0 đến ${n - 1}. Đã mở bước đầu.`,
  badMember: (v: string) => `Tham số “member=${v}” không khớp với thành viên nào. Đã bỏ qua.`,
  badLang: (v: string) => `Tham số “lang=${v}” không hợp lệ: cần “vi” hoặc “en”. Đã mở bằng tiếng Việt.`,
  selectMemberHint: 'Chọn một thành viên trên sơ đồ để xem lịch sử.',
  changesAtStep: 'Thay đổi ở bước này',
  dataNotes: 'Ghi chú về dữ liệu',
  chartLabel: (step: string) => `Sơ đồ thành phần tại bước ${step}`,
  inferredMark: 'suy luận',
  caption: (date: string, text: string) => `${date}: ${text}`,
  reportDate: 'Ngày báo cáo',
  anonymous: 'Nguồn không nêu tên; gọi theo chức danh.',
  joined: 'vào',
  basisAbove: 'Lý do suy luận: như đã nêu ở trên.',
  vacantOfWhich: (n: number, org: string) => `trong đó ${n} ở ${org}`,
  memberWord: (_n: number) => 'thành viên',
  repeated: (p: string) => `Tham số “${p}” xuất hiện nhiều lần; dùng giá trị đầu tiên.`,
  left: 'rời',
  pageDate: 'Ngày trang web',
};

type Strings = typeof vi;

const en: Strings = {
  appTitle: 'Membership changes',
  appSubtitle: "Watch a committee's membership change step by step over its term",
  language: 'Language',
  timeline: 'Timeline',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Previous step',
  stepForward: 'Next step',
  stepOf: (i: number, n: number) => `Step ${i}/${n}`,
  counts: 'Counts',
  members: 'members',
  seats: 'seats',
  vacant: 'vacant',
  claims: 'Counts stated by the source',
  claimHolds: 'holds',
  claimFails: 'contradicted',
  claimStated: (n: number) => `stated ${n}`,
  claimComputed: (n: number) => `computed ${n}`,
  noChange: 'No change',
  memberPanel: 'Member',
  close: 'Close',
  rolesOverTime: 'Bodies and posts at each step',
  events: 'Events',
  notMember: 'not a member',
  departedAs: 'left',
  stated: 'stated',
  inferred: 'inferred',
  basis: 'Reasoning',
  citation: 'Citation',
  roleTable: 'Who held which role',
  roleTableCaption: 'Posts at each step: the holder, “vacant”, or “not stated” where the source says nothing',
  post: 'Post',
  notStated: 'not stated',
  vacantPost: 'vacant',
  exportSvg: 'Export SVG',
  legend: 'Legend',
  legendSeated: 'Sitting member',
  legendVacant: 'Vacant seat',
  legendInferred: 'Rests on inference',
  trayEntry: 'By-election',
  source: 'Source',
  annotations: 'Context',
  notice: 'Notice',
  dismiss: 'Dismiss',
  badStep: (v: string, n: number) => `“step=${v}” is not valid: expected a whole number from 0 to ${n - 1}. Opened at the first step.`,
  badMember: (v: string) => `“member=${v}” matches no member. Ignored.`,
  badLang: (v: string) => `“lang=${v}” is not valid: expected “vi” or “en”. Opened in Vietnamese.`,
  selectMemberHint: 'Select a member in the chart to see their history.',
  changesAtStep: 'Changes at this step',
  dataNotes: 'Notes on the data',
  chartLabel: (step: string) => `Membership chart at step ${step}`,
  inferredMark: 'inferred',
  caption: (date: string, text: string) => `${date}: ${text}`,
  reportDate: 'Report date',
  anonymous: 'Not named by the source; known by role.',
  joined: 'joined',
  basisAbove: 'Reasoning: as given above.',
  vacantOfWhich: (n: number, org: string) => `${n} of them in the ${org}`,
  memberWord: (n: number) => (n === 1 ? 'member' : 'members'),
  repeated: (p: string) => `“${p}” is given more than once; the first value is used.`,
  left: 'left',
  pageDate: 'Web page date',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
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
  unknown: { vi: 'Không rõ lý do', en: 'Cause unknown' },
};

/** Labels for start causes. */
export const START_CAUSE_LABELS: Record<StartCause, Record<Lang, string>> = {
  elected: { vi: 'Bầu tại đại hội', en: 'Elected at congress' },
  by_election: { vi: 'Bầu bổ sung', en: 'By-election' },
  appointed: { vi: 'Chỉ định', en: 'Appointed' },
  promoted: { vi: 'Đề bạt', en: 'Promoted' },
  unknown: { vi: 'Không rõ', en: 'Unknown' },
};

/**
 * Pick a label in the wanted language, falling back to the other language, then to any value.
 * @param s a LangString (may be undefined)
 * @returns the text, or '' when there is none
 */
export function pick(s: LangString | undefined | null, lang: Lang): string {
  if (!s) return '';
  return s[lang] ?? s[lang === 'vi' ? 'en' : 'vi'] ?? Object.values(s).find((v) => typeof v === 'string') ?? '';
}
