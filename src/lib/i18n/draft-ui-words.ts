/**
 * The words of the "From text" import and its review (issue 15), in Vietnamese and English. The
 * record kinds, "not understood", "stated"/"inferred" and the findings' sentences are in
 * `draft-words.ts`.
 */
import type { Lang } from '../model/types.ts';

/** The review's words. */
export interface DraftReviewWords {
  fromText: string;
  fromTextHelp: string;
  draftButton: string;
  drafting: string;
  failed: (message: string) => string;
  review: string;
  reviewHelp: string;
  text: string;
  textHelp: string;
  records: string;
  kinds: Record<'body' | 'person' | 'membership' | 'event' | 'claim' | 'annotation', string>;
  accept: string;
  reject: string;
  edit: string;
  save: string;
  cancelEdit: string;
  acceptAll: string;
  decision: Record<'accept' | 'reject' | 'edit', string>;
  basis: string;
  cites: (paras: number[]) => string;
  noPlace: string;
  highlight: (records: number) => string;
  show: string;
  label: string;
  date: string;
  count: string;
  from: string;
  until: string;
  startCause: string;
  endCause: string;
  causeNone: string;
  membershipIn: (body: string) => string;
  findings: string;
  noFindings: string;
  check: string;
  /** Whether every stated count holds; when not, the steps where one does not (labels). */
  reconciled: (yes: boolean, at?: readonly string[]) => string;
  step: string;
  claimLine: (body: string, stated: number, computed: number, holds: boolean) => string;
  notUnderstoodHelp: string;
  noneNotUnderstood: string;
  load: string;
  cancel: string;
  /** How the report was read: "Read as Vietnamese (guessed from its letters)". */
  reportLang: (lang: 'vi' | 'en', guessed: boolean) => string;
  /** The report's language choice: its label, "automatic", and a note that a change drafts again. */
  langLabel: string;
  langAuto: string;
  /** The two languages, each named in its own language (the same in both UIs). */
  langVi: string;
  langEn: string;
  langRedraft: string;
  /** "para N: " before a paragraph's text, for screen readers. */
  paraPrefix: (n: number) => string;
  /** A heading with a count: "Events (4)". */
  withCount: (label: string, n: number) => string;
  /** The records heading's note: kept of all, and how many are selected. */
  recordsNote: (kept: number, all: number, selected: number) => string;
  /** A stated count's line: its date, then `claimLine`. */
  claimAt: (date: string, line: string) => string;
  /** The fold of the people the text does not name. */
  unnamed: (n: number) => string;
}

export const DRAFT_REVIEW_WORDS: Record<Lang, DraftReviewWords> = {
  vi: {
    fromText: 'Từ văn bản báo cáo',
    fromTextHelp: 'Dán văn bản một báo cáo kiểm điểm (hoặc chọn tệp .txt ở trên): bản nháp đọc số lượng và các thay đổi nhân sự, kèm số đoạn. Xem lại trước khi nạp.',
    draftButton: 'Dựng bản nháp',
    drafting: 'Đang dựng bản nháp',
    failed: (m) => `Không dựng được bản nháp: ${m}`,
    review: 'Xem lại bản nháp',
    reviewHelp: 'Bấm vào chỗ tô màu để xem bản ghi của nó; chọn một bản ghi để thấy chỗ văn bản nói về nó. Nhận, bỏ hoặc sửa từng bản ghi, rồi nạp.',
    text: 'Văn bản',
    textHelp: 'Các đoạn được đánh số như ứng dụng đếm: mỗi dòng có chữ là một đoạn.',
    records: 'Bản ghi',
    kinds: { body: 'Cơ quan', person: 'Người và tư cách ủy viên', membership: 'Tư cách ủy viên thêm', event: 'Sự kiện', claim: 'Số lượng được nêu', annotation: 'Ghi chú' },
    accept: 'Nhận',
    reject: 'Bỏ',
    edit: 'Sửa',
    save: 'Lưu',
    cancelEdit: 'Thôi',
    acceptAll: 'Nhận tất cả',
    decision: { accept: 'nhận', reject: 'bỏ', edit: 'đã sửa' },
    basis: 'Lý do:',
    cites: (ps) => (ps.length ? `đoạn ${ps.join(', ')}` : ''),
    noPlace: 'không gắn với chỗ nào trong văn bản',
    highlight: (n) => `${n} bản ghi`,
    show: 'Xem trong văn bản',
    label: 'Tên',
    date: 'Ngày',
    count: 'Số lượng',
    from: 'Từ',
    until: 'Đến',
    startCause: 'Cách vào',
    endCause: 'Lý do thôi',
    causeNone: '(không có)',
    membershipIn: (b) => `Tư cách ủy viên ${b}`,
    findings: 'Phát hiện',
    noFindings: 'Không có phát hiện nào.',
    check: 'Đối chiếu số lượng',
    reconciled: (y, at = []) => (y ? 'Các con số khớp ở mọi bước.' : at.length ? `Con số không khớp ở ${at.length === 1 ? 'bước' : 'các bước'}: ${at.join('; ')}.` : 'Có bước con số không khớp.'),
    step: 'Bước',
    claimLine: (b, s, c, h) => `${b}: nêu ${s}, tính được ${c} — ${h ? 'khớp' : 'không khớp'}`,
    notUnderstoodHelp: 'Những câu nói về người mà không quy tắc nào đọc được: hãy tự kiểm tra.',
    noneNotUnderstood: 'Không có câu nào bị bỏ sót.',
    load: 'Nạp bản nháp',
    cancel: 'Hủy',
    reportLang: (l, g) => `Đọc như văn bản ${l === 'vi' ? 'tiếng Việt' : 'tiếng Anh'} (${g ? 'tự nhận biết theo chữ viết' : 'đã chọn'}).`,
    langLabel: 'Ngôn ngữ của văn bản',
    langAuto: 'Tự nhận biết',
    langVi: 'Tiếng Việt',
    langEn: 'English',
    langRedraft: 'Đổi ngôn ngữ thì bản nháp được dựng lại; các quyết định đã có sẽ mất.',
    paraPrefix: (n) => `đoạn ${n}: `,
    withCount: (l, n) => `${l} (${n})`,
    recordsNote: (k, a, s) => `Giữ ${k}/${a} bản ghi${s ? ` · đang chọn ${s}` : ''}`,
    claimAt: (d, l) => `${d} · ${l}`,
    unnamed: (n) => `${n} người không được nêu tên`,
  },
  en: {
    fromText: 'From a report’s text',
    fromTextHelp: 'Paste the text of a term review (or pick a .txt file above): the draft reads the sizes and the personnel changes, with paragraph numbers. Review it before loading.',
    draftButton: 'Draft',
    drafting: 'Drafting',
    failed: (m) => `The draft could not be made: ${m}`,
    review: 'Review the draft',
    reviewHelp: 'Click a highlight to see its records; pick a record to see where the text says it. Accept, reject or edit each record, then load.',
    text: 'Text',
    textHelp: 'Paragraphs are numbered as the app counts them: each line with text is one.',
    records: 'Records',
    kinds: { body: 'Bodies', person: 'People and memberships', membership: 'Added memberships', event: 'Events', claim: 'Stated counts', annotation: 'Annotations' },
    accept: 'Accept',
    reject: 'Reject',
    edit: 'Edit',
    save: 'Save',
    cancelEdit: 'Cancel',
    acceptAll: 'Accept all',
    decision: { accept: 'accepted', reject: 'rejected', edit: 'edited' },
    basis: 'Basis:',
    cites: (ps) => (ps.length ? `para ${ps.join(', ')}` : ''),
    noPlace: 'not tied to a place in the text',
    highlight: (n) => `${n} record${n === 1 ? '' : 's'}`,
    show: 'Show in the text',
    label: 'Name',
    date: 'Date',
    count: 'Count',
    from: 'From',
    until: 'Until',
    startCause: 'How it began',
    endCause: 'Why it ended',
    causeNone: '(none)',
    membershipIn: (b) => `Membership of the ${b}`,
    findings: 'Findings',
    noFindings: 'No findings.',
    check: 'Counts check',
    reconciled: (y, at = []) => (y ? 'The counts reconcile at every step.' : at.length ? `Not all steps reconcile: the counts do not hold at ${at.join('; ')}.` : 'Not all steps reconcile.'),
    step: 'Step',
    claimLine: (b, s, c, h) => `${b}: stated ${s}, computed ${c} — ${h ? 'holds' : 'does not hold'}`,
    notUnderstoodHelp: 'Sentences about people that no rule read: check them yourself.',
    noneNotUnderstood: 'No sentence was left out.',
    load: 'Load the draft',
    cancel: 'Cancel',
    reportLang: (l, g) => `Read as ${l === 'vi' ? 'Vietnamese' : 'English'} (${g ? 'guessed from its letters' : 'chosen'}).`,
    langLabel: 'Language of the report',
    langAuto: 'Automatic',
    langVi: 'Tiếng Việt',
    langEn: 'English',
    langRedraft: 'Changing the language drafts the text again; decisions made so far are dropped.',
    paraPrefix: (n) => `para ${n}: `,
    withCount: (l, n) => `${l} (${n})`,
    recordsNote: (k, a, s) => `Keeping ${k} of ${a} records${s ? ` · ${s} selected` : ''}`,
    claimAt: (d, l) => `${d} · ${l}`,
    unnamed: (n) => `${n} ${n === 1 ? 'person' : 'people'} not named by the text`,
  },
};
