/**
 * More words of drafting from a report's text (issue 15, second round), in Vietnamese and English:
 * why a report's file cannot be read, the findings about the text's encoding, its form, its dates
 * and changes outside the term, why a sentence was not read as a change, and the review's words
 * for "nothing to check", a Load that cannot run, an edit that is refused and leaving mid-review.
 * Used by the review (a lazily loaded part of the page), the command line and `draft-words.ts`.
 */
import type { Lang } from '../model/types.ts';

/** Why a report's file was refused (`decodeReportBytes` of `io/report-decode.ts`), as a sentence. */
export const REPORT_FILE_WORDS: Record<Lang, { refused: (reason: 'binary' | 'workbook' | 'invalid', line: number, found: string) => string }> = {
  vi: {
    refused: (reason, line, found) =>
      reason === 'workbook'
        ? 'Tệp này là một sổ tính Excel, không phải văn bản. Để nhập nó như một bảng, đổi đuôi tệp thành .xlsx rồi chọn lại.'
        : `Tệp này không phải văn bản đọc được (dòng ${line}, ${found}): không khớp UTF-8, UTF-16, Windows-1258 hay Windows-1252. Hãy lưu báo cáo thành văn bản thuần (.txt, UTF-8) rồi chọn lại.`,
  },
  en: {
    refused: (reason, line, found) =>
      reason === 'workbook'
        ? 'This file is an Excel workbook, not text. To import it as a table, rename it to .xlsx and pick it again.'
        : `This file is not readable text (line ${line}, ${found}): it fits neither UTF-8, UTF-16, Windows-1258 nor Windows-1252. Save the report as plain text (.txt, UTF-8) and pick it again.`,
  },
};

/** The findings added in this round: each code's sentence and how to fix it. */
export const MORE_FINDINGS: Record<string, Record<Lang, (p: Record<string, string | number>) => [string, string]>> = {
  'looks-like-table': {
    vi: () => ['Văn bản trông như một bảng (các dòng chia cột bằng phím Tab), không phải một báo cáo.', 'Để nhập nó như một bảng, đổi đuôi tệp thành .tsv rồi chọn lại, hoặc dán các dòng vào ô “Dán bảng từ Excel hoặc Google Sheets”.'],
    en: () => ['The text looks like a table (lines split into columns by tabs), not a report.', 'To import it as a table, rename the file to .tsv and pick it again, or paste the rows into the “Paste a table from Excel or Google Sheets” box.'],
  },
  'date-not-a-date': {
    vi: (p) => [`“${p.written}” không phải một ngày có thật; thay đổi của câu này không lấy ngày đó.`, 'Sửa ngày trong văn bản (ví dụ ngày 28/2/1997, tháng 12/1997, quý IV/1998) hoặc sửa ngày của sự kiện khi xem lại.'],
    en: (p) => [`“${p.written}” is not a real date; the sentence’s change does not take it.`, 'Correct the date in the text (e.g. 28/2/1997, tháng 12/1997, quý IV/1998) or edit the event’s date in the review.'],
  },
  'change-outside-term': {
    vi: (p) => [`Thay đổi ghi ngày ${p.date}, ${p.side === 'before' ? 'trước khi nhiệm kỳ bắt đầu' : 'sau ngày của báo cáo'} (nhiệm kỳ từ ${p.from} đến ${p.to}).`, 'Kiểm tra năm trong văn bản, hoặc sửa ngày của sự kiện khi xem lại (hoặc bỏ nó nếu không thuộc nhiệm kỳ).'],
    en: (p) => [`A change is dated ${p.date}, ${p.side === 'before' ? 'before the term began' : 'after the report’s date'} (the term runs from ${p.from} to ${p.to}).`, 'Check the year in the text, or edit the event’s date in the review (or reject it if it is not in the term).'],
  },
  'text-encoding': {
    vi: (p) => [
      p.assumed ? `Văn bản không phải UTF-8; được đọc theo bảng mã ${p.encoding}.` : `Văn bản được đọc theo bảng mã ${p.encoding}.`,
      p.assumed ? 'Nếu chữ hiện sai, hãy lưu báo cáo dưới dạng UTF-8 rồi chọn lại.' : '',
    ],
    en: (p) => [
      p.assumed ? `The text is not UTF-8; it was read as ${p.encoding}.` : `The text was read as ${p.encoding}.`,
      p.assumed ? 'If letters look wrong, save the report as UTF-8 and pick it again.' : '',
    ],
  },
};

/** The review's and the command line's words of this round. */
export interface DraftMoreWords {
  /** The counts check when no stated count was checked (neutral, neither "holds" nor "fails"). */
  nothingToCheck: string;
  /** Why Load is off. */
  loadBlocked: (block: { reason: 'no-members' } | { reason: 'problems'; count: number }) => string;
  /** The edit form refuses an empty name or label. */
  emptyLabel: string;
  /** A reason after a sentence: " (…)", with its space. */
  because: (reason: string) => string;
  /** The command line: `--out` names the report itself. */
  outIsInput: (path: string) => string;
  /** The command line: the draft fails the import checks, so nothing was written. */
  notWritten: (path: string) => string;
}

export const DRAFT_MORE_WORDS: Record<Lang, DraftMoreWords> = {
  vi: {
    nothingToCheck: 'Không có gì để đối chiếu: văn bản không nêu con số nào (hoặc các con số đã bị bỏ).',
    loadBlocked: (b) =>
      b.reason === 'no-members'
        ? 'Chưa nạp được: bản nháp không có ủy viên nào để vẽ (không đọc được số lượng đầu nhiệm kỳ, hoặc mọi bản ghi đã bị bỏ).'
        : `Chưa nạp được: bản nháp có ${b.count} lỗi khiến tệp bị từ chối (xem “Phát hiện”); sửa hoặc bỏ các bản ghi đó.`,
    emptyLabel: 'Tên không được để trống: nhập một tên, hoặc bấm “Thôi” (Esc) để giữ tên cũ.',
    because: (r) => ` (${r})`,
    outIsInput: (path) => `--out ${path} chính là văn bản báo cáo: ghi vào đó sẽ xóa mất báo cáo. Hãy chọn một tệp khác, ví dụ bản-nháp.json.`,
    notWritten: (path) => `Không ghi ${path}: bản nháp không qua được kiểm tra nhập. Sửa văn bản theo các phát hiện trên rồi chạy lại.`,
  },
  en: {
    nothingToCheck: 'Nothing to check: the text states no count (or the counts were rejected).',
    loadBlocked: (b) =>
      b.reason === 'no-members'
        ? 'Cannot load yet: the draft has no members to draw (no start-of-term size was read, or every record was rejected).'
        : `Cannot load yet: the draft has ${b.count} ${b.count === 1 ? 'error' : 'errors'} that would refuse the file (see “Findings”); edit or reject those records.`,
    emptyLabel: 'The name cannot be empty: type a name, or press Cancel (Esc) to keep the old one.',
    because: (r) => ` (${r})`,
    outIsInput: (path) => `--out ${path} is the report itself: writing it would destroy the report. Choose another file, e.g. draft.json.`,
    notWritten: (path) => `Did not write ${path}: the draft does not pass the import checks. Fix the text as the findings above say and run again.`,
  },
};

/** Why a sentence that names a cause was not read as a change (`rules/mood.ts`), after the sentence. */
export const NOT_A_CHANGE_WORDS: Record<Lang, Record<'negated' | 'proposed' | 'future', string>> = {
  vi: {
    negated: 'câu phủ định: không có thay đổi nào xảy ra',
    proposed: 'mới là đề nghị, chưa được quyết định',
    future: 'việc sẽ xảy ra, chưa xảy ra',
  },
  en: {
    negated: 'a negation: no change happened',
    proposed: 'only proposed, not decided',
    future: 'to happen later, not yet',
  },
};
