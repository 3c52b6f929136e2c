/**
 * The words of editing a draft record in the review (issue 15) and of the review's findings about
 * the edited dataset, in Vietnamese and English. Used only by the review, which loads on first use
 * (`DraftReview.svelte`, `state/draft-review.svelte.ts`), so both languages sit in this module.
 */
import type { Lang } from '../model/types.ts';
import { dateInputForms } from './date-input.ts';

/** A field of the edit form (`EditForm`) or of a record in the dataset. */
export type DraftField = 'label' | 'date' | 'count' | 'start_date' | 'end_date' | 'start_cause' | 'end_cause' | 'other';

/** The words of the edit form and of an edited draft's findings. */
export interface DraftEditWords {
  /** A field's name as the form labels it. */
  field: Record<DraftField, string>;
  /** A date field that cannot be read, with the forms it may take. */
  badDate: (value: string, interval: boolean) => string;
  /** A count that is not a whole number ≥ 0. */
  badCount: (value: string) => string;
  /** The edit could not be saved: what the form says, then why. */
  notSaved: (why: string) => string;
  /** The hint under a date field. */
  dateHint: (interval: boolean) => string;
  /** A record named in a sentence: its kind and label. */
  recordRef: (kind: string, label: string) => string;
  /** A finding about a date of the edited dataset: which record, which field, the forms. */
  datasetBadDate: (record: string, field: string, value: string, interval: boolean) => string;
  /** A membership that ends before it starts. */
  endBeforeStart: (record: string, body: string, start: string, end: string) => string;
  /** Any other problem of the edited dataset, with the record and field it concerns. */
  otherProblem: (record: string, field: string, sentence: string) => string;
  /** What "Reject" removes, by kind. */
  rejectWhat: Record<'body' | 'person' | 'membership' | 'event' | 'claim' | 'annotation', string>;
  /** The button that keeps a person but drops their leaving (for one who leaves at a change). */
  keepStaying: string;
  /** What it does. */
  keepStayingWhat: string;
  /** The note beside an edited end: the membership no longer follows the event. */
  offEvent: (event: string) => string;
  /** The button that adds a membership to a person in the edit form. */
  addMembership: string;
  /** The body picker of a new membership. */
  body: string;
  /** Removes a membership added in the form and not yet saved. */
  removeMembership: string;
}

const KIND_VI: Record<string, string> = { body: 'cơ quan', person: 'người', membership: 'tư cách ủy viên', event: 'sự kiện', claim: 'số lượng nêu', annotation: 'ghi chú' };
const KIND_EN: Record<string, string> = { body: 'body', person: 'person', membership: 'membership', event: 'event', claim: 'stated count', annotation: 'annotation' };

export const DRAFT_EDIT_WORDS: Record<Lang, DraftEditWords> = {
  vi: {
    field: { label: 'Tên', date: 'Ngày', count: 'Số lượng', start_date: 'Từ', end_date: 'Đến', start_cause: 'Cách vào', end_cause: 'Lý do thôi', other: 'một trường' },
    badDate: (v, i) => `Không đọc được ngày “${v}”: hãy viết ${dateInputForms('vi')}${i ? ', hoặc một khoảng như 2010–12/2010' : ''}.`,
    badCount: (v) => `Số lượng “${v}” không phải là một số nguyên từ 0 trở lên.`,
    notSaved: (why) => `Chưa lưu được: ${why}`,
    dateHint: (i) => `Ví dụ: ${dateInputForms('vi')}${i ? '; một khoảng: 2010–12/2010' : ''}.`,
    recordRef: (k, l) => `${KIND_VI[k] ?? k} “${l}”`,
    datasetBadDate: (r, f, v, i) => `Ngày “${v}” (ô “${f}”) của ${r} không đọc được: hãy sửa bản ghi đó và viết ${dateInputForms('vi')}${i ? ', hoặc một khoảng như 2010–12/2010' : ''}.`,
    endBeforeStart: (r, b, s, e) => `Tư cách ủy viên ${b} của ${r} kết thúc (${e}) trước khi bắt đầu (${s}): nó sẽ không được vẽ. Hãy sửa ngày “Từ” hoặc “Đến” của bản ghi đó.`,
    otherProblem: (r, f, s) => `${r} (ô “${f}”): ${s}`,
    rejectWhat: {
      body: 'Bỏ cơ quan này: cùng với nó là mọi tư cách ủy viên và số lượng nêu của nó.',
      person: 'Bỏ người này khỏi bộ dữ liệu ở mọi bước, kể cả đầu nhiệm kỳ.',
      membership: 'Bỏ tư cách ủy viên thêm này; người đó vẫn giữ các tư cách khác.',
      event: 'Bỏ sự kiện này: những người rời đi ở đó ở lại đến cuối nhiệm kỳ, những người vào ở đó không được thêm.',
      claim: 'Bỏ con số này: nó không còn được đối chiếu.',
      annotation: 'Bỏ ghi chú này.',
    },
    keepStaying: 'Không rời đi',
    keepStayingWhat: 'Giữ người này nhưng bỏ việc rời đi: họ ở lại đến cuối nhiệm kỳ (để bỏ hẳn người này, bấm “Bỏ”).',
    offEvent: (e) => `Ngày hoặc lý do thôi đã sửa: tư cách này không còn gắn với sự kiện “${e}”.`,
    addMembership: 'Thêm tư cách ủy viên',
    body: 'Cơ quan',
    removeMembership: 'Xóa tư cách này',
  },
  en: {
    field: { label: 'Name', date: 'Date', count: 'Count', start_date: 'From', end_date: 'Until', start_cause: 'How it began', end_cause: 'Why it ended', other: 'a field' },
    badDate: (v, i) => `“${v}” cannot be read as a date: write ${dateInputForms('en')}${i ? ', or a span such as 2010–December 2010' : ''}.`,
    badCount: (v) => `The count “${v}” is not a whole number of 0 or more.`,
    notSaved: (why) => `Not saved: ${why}`,
    dateHint: (i) => `For example ${dateInputForms('en')}${i ? '; a span: 2010–December 2010' : ''}.`,
    recordRef: (k, l) => `the ${KIND_EN[k] ?? k} “${l}”`,
    datasetBadDate: (r, f, v, i) => `The date “${v}” (field “${f}”) of ${r} cannot be read: edit that record and write ${dateInputForms('en')}${i ? ', or a span such as 2010–December 2010' : ''}.`,
    endBeforeStart: (r, b, s, e) => `The membership of ${r} in the ${b} ends (${e}) before it starts (${s}), so it is not drawn. Edit the “From” or “Until” date of that record.`,
    otherProblem: (r, f, s) => `${r} (field “${f}”): ${s}`,
    rejectWhat: {
      body: 'Reject this body: its memberships and stated counts go with it.',
      person: 'Reject this person: they are removed at every step, the start of the term included.',
      membership: 'Reject this added membership; the person keeps their other memberships.',
      event: 'Reject this event: those who left at it stay to the end of the term, those who joined at it are not added.',
      claim: 'Reject this count: it is no longer checked.',
      annotation: 'Reject this annotation.',
    },
    keepStaying: 'Did not leave',
    keepStayingWhat: 'Keep this person but drop their leaving: they stay to the end of the term (to remove the person, use “Reject”).',
    offEvent: (e) => `End date or cause edited: this membership no longer follows the event “${e}”.`,
    addMembership: 'Add a membership',
    body: 'Body',
    removeMembership: 'Remove this membership',
  },
};
