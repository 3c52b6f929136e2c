/**
 * The words of the findings panel and of the command line's findings, Vietnamese and English (NFC;
 * one tone-mark style: ủy, hòa). A finding is a fact about the data that loads (severity `warning`
 * of an import problem): each kind (its problem code) has a short title and a sentence saying what
 * it means for the chart; the place and the fix come from the problem itself
 * (`importProblemSentence`, `problemFix`). A code without its own words falls back to `other`.
 */
import type { Lang } from '../model/types.ts';

/** Title and meaning of one kind of finding. */
export interface FindingKindWords {
  title: string;
  meaning: string;
}

/** What the panel and the command line say around the findings. */
export interface FindingWords {
  /** The panel's heading. */
  title: string;
  /** The sentence under it: the data loaded, nothing was dropped. */
  lead: string;
  /** A kind's heading: its title and how many. */
  heading: (title: string, count: number) => string;
  /** "… and N more" after the first places. */
  more: (n: number) => string;
  /** The label before the places. */
  where: string;
  /** The kinds, by problem code. */
  kinds: Readonly<Record<string, FindingKindWords>>;
  /** A kind without words of its own. */
  other: FindingKindWords;
}

const VI_KINDS: Record<string, FindingKindWords> = {
  'over-seats': { title: 'Nhiều thành viên hơn số ghế', meaning: 'Ở một số bước, cơ quan có nhiều thành viên hơn số ghế. Dữ liệu vẫn được nạp; số lượng ghi như “103/101” và những người vượt số ghế được khoanh vòng đỏ.' },
  'post-overlap': { title: 'Chức vụ có nhiều người giữ hơn số ghế của nó', meaning: 'Nhiều người cùng giữ một chức vụ hơn số người được phép cùng lúc (không ghi “seats” thì là một người). Tất cả đều được vẽ.' },
  'post-held-twice': { title: 'Một người giữ cùng chức vụ qua hai bản ghi', meaning: 'Hai bản ghi thành viên của cùng một người cho cùng chức vụ chồng lên nhau; người đó chỉ được vẽ một lần.' },
  'membership-overlap': { title: 'Hai bản ghi thành viên chồng lên nhau', meaning: 'Một người có hai bản ghi thành viên của cùng một cơ quan cùng hiệu lực; người đó chỉ được tính và vẽ một lần.' },
  'end-before-term': { title: 'Kết thúc trước khi nhiệm kỳ của nó bắt đầu', meaning: 'Bản ghi không ghi ngày bắt đầu và kết thúc trước ngày đầu nhiệm kỳ mà nó nêu; có lẽ ngày kết thúc thuộc nhiệm kỳ trước. Bản ghi được để riêng (không vẽ) nhưng vẫn giữ trong dữ liệu và khi xuất ra.' },
  'end-before-start': { title: 'Kết thúc trước khi bắt đầu', meaning: 'Bản ghi thành viên này không thể đặt lên dòng thời gian: nó được để riêng (không vẽ) nhưng vẫn giữ trong dữ liệu và khi xuất ra.' },
  'empty-membership': { title: 'Bản ghi không có hiệu lực ở bước nào', meaning: 'Bước kết thúc không sau bước bắt đầu, nên bản ghi được để riêng (không vẽ) nhưng vẫn giữ trong dữ liệu và khi xuất ra.' },
  'undated-membership': { title: 'Bản ghi thành viên không có ngày', meaning: 'Không có ngày bắt đầu lẫn ngày kết thúc, nên người đó được vẽ ở mọi bước.' },
  'dates-from-term': { title: 'Bản ghi thành viên không có ngày, lấy ngày của nhiệm kỳ', meaning: 'Các bản ghi này không ghi ngày; chúng lấy ngày bắt đầu và kết thúc của nhiệm kỳ và được đánh dấu là suy luận.' },
  'person-without-membership': { title: 'Người không có bản ghi thành viên', meaning: 'Người này có trong danh sách nhưng không thuộc cơ quan nào, nên không xuất hiện trên sơ đồ; vẫn giữ trong dữ liệu.' },
  'not-in-parent': { title: 'Thành viên cơ quan con nhưng không thuộc cơ quan cấp trên', meaning: 'Người đó được vẽ trong cơ quan con; số lượng của cơ quan cấp trên không tính người đó.' },
  'alternative-event': { title: 'Sự kiện của phần có nhiều cách hiểu không khớp', meaning: 'Không bản ghi thành viên nào của phần này bắt đầu hay kết thúc ở sự kiện nó nêu; bảng so sánh các cách hiểu khi đó không cho biết gì.' },
  'reading-label': { title: 'Cách hiểu không có tên riêng', meaning: 'Tên của cách hiểu để trống hoặc trùng với tên một cách hiểu khác; bộ chọn hiện mã của nó hoặc hai tên giống nhau.' },
  'same-reading': { title: 'Hai cách hiểu giống hệt nhau', meaning: 'Một cách hiểu cho ra đúng các bản ghi của cách hiểu mặc định hoặc của một cách hiểu trước nó; bộ chọn vẫn liệt kê cả hai.' },
  'claim-mismatch': { title: 'Số liệu nguồn nêu không khớp', meaning: 'Số thành viên nguồn nêu khác với số tính từ các bản ghi thành viên. Sơ đồ theo các bản ghi.' },
  'claim-before-steps': { title: 'Số liệu có ngày trước bước đầu tiên', meaning: 'Số liệu được đối chiếu với trạng thái trước bước đầu tiên.' },
  'event-date-mismatch': { title: 'Ngày của bản ghi khác ngày của sự kiện', meaning: 'Bản ghi được đặt theo sự kiện nó nêu, không theo ngày của nó.' },
  'ambiguous-date': { title: 'Ngày trùng với nhiều sự kiện', meaning: 'Ở một ngày, người rời đi được tính trước, người vào sau; ghi mã sự kiện để chỉ rõ.' },
  'inferred-without-basis': { title: 'Mục suy luận không có căn cứ', meaning: 'Mục được đánh dấu là suy luận nhưng không ghi vì sao.' },
  'unknown-term': { title: 'Nhiệm kỳ không có trong tệp', meaning: 'Bản ghi thành viên nêu một nhiệm kỳ không có trong danh sách sự kiện; bản ghi vẫn được giữ.' },
  'popolo-event-kept': { title: 'Sự kiện không có ngày', meaning: 'Sự kiện không có ngày nên không là một bước; nó được giữ để xuất ra lại.' },
  'unknown-key': { title: 'Trường không được dùng', meaning: 'Trường này không thuộc định dạng; nó được bỏ qua khi vẽ.' },
  'eth-replaced': { title: 'Chữ Ð được đọc thành Đ', meaning: 'Chữ Ð (giống Đ) trong văn bản tiếng Việt được đọc thành Đ.' },
  'date-far-from-rest': { title: 'Ngày cách xa các ngày khác', meaning: 'Có thể là gõ nhầm năm; hãy kiểm tra.' },
  'csv-unknown-column': { title: 'Cột không được đọc', meaning: 'Tệp có cột mà ứng dụng không đọc; giá trị của cột không được nạp, phần còn lại của tệp vẫn được nạp.' },
  'popolo-bad-color': { title: 'Màu nhóm không đọc được', meaning: 'Màu không viết dạng #rrggbb; nhóm lấy một màu trong bảng màu.' },
  'csv-bad-color': { title: 'Màu nhóm không đọc được', meaning: 'Màu không viết dạng #rrggbb; nhóm lấy một màu trong bảng màu.' },
  'csv-group-color-differs': { title: 'Một nhóm, nhiều màu', meaning: 'Các hàng ghi màu khác nhau cho cùng một nhóm; màu đầu tiên được giữ.' },
  'csv-no-body-column': { title: 'Không có cột cơ quan', meaning: 'Mọi hàng được coi là thành viên của một cơ quan, đặt tên theo tên tệp.' },
  'csv-comment-rows': { title: 'Hàng ghi chú', meaning: 'Các hàng chỉ có ghi chú bắt đầu bằng “#” không phải bản ghi thành viên nên không được nạp.' },
  'csv-unknown-value': { title: 'Lý do hoặc mức chắc chắn không được nhận biết', meaning: 'Giá trị không có trong danh sách; lý do được đọc là “không rõ”, mức chắc chắn là “nêu rõ”.' },
  'csv-same-name-overlap': { title: 'Một tên, hai người?', meaning: 'Hai hàng cùng tên trong cùng cơ quan có thời gian chồng lên nhau; nếu là hai người khác nhau, hãy thêm cột person_id.' },
  'csv-person-names-differ': { title: 'Một mã người, nhiều tên', meaning: 'Các hàng cùng person_id ghi tên khác nhau; tên đầu tiên được dùng.' },
  'csv-short-row': { title: 'Hàng thiếu ô', meaning: 'Các ô thiếu ở cuối hàng được coi là để trống.' },
  'csv-encoding-assumed': { title: 'Bảng mã được đoán', meaning: 'Tệp không phải UTF-8; bảng mã được đoán, hãy kiểm tra các chữ có dấu.' },
  'csv-date-order-assumed': { title: 'Thứ tự ngày/tháng được giả định', meaning: 'Các ngày như 5/6/1996 được đọc là ngày/tháng/năm.' },
  'csv-date-serial': { title: 'Ngày là số thứ tự của bảng tính', meaning: 'Ô ngày được lưu thành số; được đọc là một ngày cụ thể, có thể chính xác hơn nguồn.' },
  'csv-date-two-digit-year': { title: 'Năm viết hai chữ số', meaning: 'Một tháng như Jun-96 do Excel ghi; thế kỷ được lấy theo cách của Excel.' },
  'csv-date-first-of-month': { title: 'Ngày mùng 1 có thể là một tháng', meaning: 'Bảng tính có thể đã biến một tháng thành ngày mùng 1; ngày được đọc như đã ghi.' },
  'xlsx-body-cell-ignored': { title: 'Ô không dùng ở trang cơ quan', meaning: 'Một ô của trang cơ quan mâu thuẫn với trang thành viên hoặc không đọc được, nên được bỏ qua.' },
  'xlsx-cell-ignored': { title: 'Ô không đọc được', meaning: 'Một ô của bảng tính không đọc được theo cột của nó nên bị bỏ qua; các ô khác của hàng vẫn được nạp.' },
  'xlsx-row-ignored': { title: 'Hàng bị bỏ qua', meaning: 'Một hàng thiếu mã, hoặc thuộc về một bản ghi không có, nên không được nạp.' },
  'xlsx-date-cell': { title: 'Ô ngày của Excel', meaning: 'Ô được Excel giữ dạng ngày; được đọc là một ngày cụ thể, có thể chính xác hơn nguồn.' },
  'xlsx-formula-no-value': { title: 'Công thức không có giá trị đã tính', meaning: 'Ô có công thức nhưng tệp không lưu kết quả; ô được đọc là trống.' },
  'xlsx-cell-unreadable': { title: 'Ô không đọc được', meaning: 'Ô có lỗi bảng tính hoặc giá trị không khớp kiểu; ô được đọc là trống.' },
  'xlsx-merged-filled': { title: 'Ô gộp theo cột', meaning: 'Giá trị của vùng gộp được dùng cho mọi hàng mà vùng phủ.' },
  'xlsx-merged-across': { title: 'Ô gộp qua nhiều cột', meaning: 'Giá trị của vùng gộp chỉ được đọc ở cột đầu của vùng.' },
  'csv-date-order-detected': { title: 'Ngày ghi theo tháng/ngày', meaning: 'Tệp có ngày chỉ đọc được theo tháng/ngày/năm, nên mọi ngày được đọc như vậy.' },
  'csv-double-encoded': { title: 'Chữ có vẻ bị mã hóa hai lần', meaning: 'Một số chữ trông như UTF-8 bị đọc nhầm; hãy kiểm tra và lưu lại tệp ở UTF-8.' },
  'csv-inferred-without-basis': { title: 'Hàng suy luận không có căn cứ', meaning: 'Hàng được đánh dấu là suy luận nhưng không ghi vì sao.' },
};

const EN_KINDS: Record<string, FindingKindWords> = {
  'over-seats': { title: 'More members than seats', meaning: 'At some steps the body has more members than seats. The data loads; the count reads like “103/101” and those beyond the seats get a red ring.' },
  'post-overlap': { title: 'A post held by more people than its seats', meaning: 'More people hold one post at once than it allows (one when the post gives no “seats”). All of them are drawn.' },
  'post-held-twice': { title: 'One person holds one post through two memberships', meaning: 'Two memberships of the same person in the same post overlap; the person is drawn once.' },
  'membership-overlap': { title: 'Two memberships overlap', meaning: 'A person has two memberships of one body active at once; they are counted and drawn once.' },
  'end-before-term': { title: 'Ends before its term begins', meaning: 'No start date, and an end before the first day of the legislative period it names: perhaps the end date belongs to the previous term. It is set aside (not drawn) but stays in the dataset and in every export.' },
  'end-before-start': { title: 'Ends before it starts', meaning: 'This membership cannot be placed on the timeline: it is set aside (not drawn) but stays in the dataset and in every export.' },
  'empty-membership': { title: 'Never active', meaning: 'Its end step is not after its start step, so it is set aside (not drawn) but stays in the dataset and in every export.' },
  'undated-membership': { title: 'Memberships without dates', meaning: 'Neither a start nor an end, so the person is drawn at every step.' },
  'dates-from-term': { title: 'Memberships dated by their term', meaning: 'These memberships give no dates; they take the start and end of their legislative period and are marked inferred.' },
  'person-without-membership': { title: 'People without a membership', meaning: 'Listed, but in no body, so not in the chart; they stay in the dataset.' },
  'not-in-parent': { title: 'In a body but not in the body that contains it', meaning: 'The person is drawn in the inner body; the outer body’s count leaves them out.' },
  'alternative-event': { title: 'An alternative names the wrong event', meaning: 'None of its memberships starts or ends at the event it names; the table of its readings then tells nothing.' },
  'reading-label': { title: 'A reading without a name of its own', meaning: 'The reading’s label is empty or the same as another reading’s; the picker shows its id, or two identical names.' },
  'same-reading': { title: 'Readings that tell the same', meaning: 'A reading gives exactly the records of the default reading or of an earlier one; the picker still lists both.' },
  'claim-mismatch': { title: 'Stated counts that the memberships contradict', meaning: 'A count the source states differs from the count of the memberships. The chart follows the memberships.' },
  'claim-before-steps': { title: 'A stated count dated before the first step', meaning: 'It is checked against the state before the first step.' },
  'event-date-mismatch': { title: 'A date that differs from its event’s', meaning: 'The membership is placed at the event it names, not at its date.' },
  'ambiguous-date': { title: 'A date that several events share', meaning: 'At one date, departures come first and arrivals after; name the event to be exact.' },
  'inferred-without-basis': { title: 'Inferred without a basis', meaning: 'Marked inferred, without saying why.' },
  'unknown-term': { title: 'A term the file does not list', meaning: 'The membership names a legislative period that is not among the events; it is kept.' },
  'popolo-event-kept': { title: 'Events without a date', meaning: 'No date, so no step; kept for the export.' },
  'unknown-key': { title: 'Fields not used', meaning: 'Not part of the format; ignored by the chart.' },
  'eth-replaced': { title: 'Ð read as Đ', meaning: 'The look-alike letter Ð in Vietnamese text was read as Đ.' },
  'date-far-from-rest': { title: 'A date far from the others', meaning: 'Perhaps a mistyped year; check it.' },
  'csv-unknown-column': { title: 'Columns not read', meaning: 'The file has columns the app does not read; their values are not loaded, the rest of the file is.' },
  'popolo-bad-color': { title: 'Group colours not read', meaning: 'Not written #rrggbb; the group takes a colour from the palette.' },
  'csv-bad-color': { title: 'Group colours not read', meaning: 'Not written #rrggbb; the group takes a colour from the palette.' },
  'csv-group-color-differs': { title: 'One group, several colours', meaning: 'Rows give one group different colours; the first is kept.' },
  'csv-no-body-column': { title: 'No body column', meaning: 'Every row is taken as a membership of one body, named after the file.' },
  'csv-comment-rows': { title: 'Comment rows', meaning: 'Rows holding only a comment starting with “#” are not memberships and are not loaded.' },
  'csv-unknown-value': { title: 'Causes or certainty not recognised', meaning: 'A value not in the list: a cause reads as “unknown”, a certainty as stated.' },
  'csv-same-name-overlap': { title: 'One name, two people?', meaning: 'Two rows with one name in one body overlap in time; if they are two people, add a person_id column.' },
  'csv-person-names-differ': { title: 'One person id, several names', meaning: 'Rows with one person_id give different names; the first is used.' },
  'csv-short-row': { title: 'Rows with missing cells', meaning: 'Missing cells at the end of a row read as empty.' },
  'csv-encoding-assumed': { title: 'Encoding guessed', meaning: 'The file is not UTF-8; its encoding was guessed: check the accented letters.' },
  'csv-date-order-assumed': { title: 'Day and month order assumed', meaning: 'Dates such as 5/6/1996 are read day first.' },
  'csv-date-serial': { title: 'Dates as spreadsheet day numbers', meaning: 'A date cell saved as a number; read as a full day, perhaps more precise than the source.' },
  'csv-date-two-digit-year': { title: 'Two-digit years', meaning: 'A month such as Jun-96, as Excel writes it; the century is taken as Excel takes it.' },
  'csv-date-first-of-month': { title: 'A 1st of the month that may be a month', meaning: 'A spreadsheet may have turned a month into its 1st; the date is read as written.' },
  'xlsx-body-cell-ignored': { title: 'Bodies sheet cells not taken', meaning: 'A cell of the bodies sheet that contradicts the memberships sheet or cannot be read, so it was left out.' },
  'xlsx-cell-ignored': { title: 'Cells not read', meaning: 'A cell of the workbook that does not read as its column takes, so it was left out; the rest of its row loads.' },
  'xlsx-row-ignored': { title: 'Rows left out', meaning: 'A row without its id, or of a record that does not exist, so it was not loaded.' },
  'xlsx-date-cell': { title: 'Excel date cells', meaning: 'A cell Excel holds as a date; read as a full day, perhaps more precise than the source.' },
  'xlsx-formula-no-value': { title: 'Formulas without a saved value', meaning: 'A cell holds a formula whose result the file does not keep; it is read as empty.' },
  'xlsx-cell-unreadable': { title: 'Cells that cannot be read', meaning: 'A cell holds a spreadsheet error or a value that does not fit its type; it is read as empty.' },
  'xlsx-merged-filled': { title: 'Cells merged down a column', meaning: 'The merged value is taken for every row the range covers.' },
  'xlsx-merged-across': { title: 'Cells merged across columns', meaning: 'The merged value is read in the range’s first column only.' },
  'csv-date-order-detected': { title: 'Dates written month first', meaning: 'Some dates can only be month/day/year, so every date is read that way.' },
  'csv-double-encoded': { title: 'Text that looks encoded twice', meaning: 'Some text looks like UTF-8 read the wrong way; check it and save the file as UTF-8.' },
  'csv-inferred-without-basis': { title: 'Inferred rows without a basis', meaning: 'Rows marked inferred, without saying why.' },
};

/** The findings' words in each UI language. */
export const FINDING_WORDS: Record<Lang, FindingWords> = {
  vi: {
    title: 'Những điều cần xem lại trong dữ liệu',
    lead: 'Dữ liệu đã được nạp, không bỏ sót bản ghi nào. Đây là những điều về dữ liệu nên kiểm tra lại:',
    heading: (title, count) => `${title} (${count})`,
    more: (n) => `… và ${n} chỗ khác.`,
    where: 'Ở đâu',
    kinds: VI_KINDS,
    other: { title: 'Ghi chú khác', meaning: 'Dữ liệu vẫn được nạp.' },
  },
  en: {
    title: 'Findings in the data',
    lead: 'The data loaded; no record was dropped. These are facts about it worth checking:',
    heading: (title, count) => `${title} (${count})`,
    more: (n) => `… and ${n} more.`,
    where: 'Where',
    kinds: EN_KINDS,
    other: { title: 'Other notes', meaning: 'The data still loads.' },
  },
};

/** The title and meaning of the kind `code` in `lang` (the `other` words for a code without its own). */
export function findingKind(code: string, lang: Lang): FindingKindWords {
  const w = FINDING_WORDS[lang] ?? FINDING_WORDS.en;
  return w.kinds[code] ?? w.other;
}
