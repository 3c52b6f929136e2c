/**
 * "How to fix" sentences, one per problem code, in Vietnamese and English (NFC; one tone-mark
 * style: ủy, hòa). `formatImportProblem` (io/problems.ts) shows the fix after the problem's own
 * sentence, on screen and on the command line. The words are for the person who edits the file:
 * what to change, and where, in a spreadsheet or a text editor.
 */
import type { Lang } from '../model/types.ts';

/** The fix of each code: the codes of `validateDataset`, of the JSON/Popolo importers, of the bounds and of the CSV importer. */
const FIXES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  // validateDataset (model/problems.ts)
  'missing-field': {
    vi: 'Thêm trường còn thiếu vào bản ghi, ví dụ "id": "bch" hoặc danh sách rỗng [].',
    en: 'Add the missing field to the record, e.g. "id": "bch", or an empty list [].',
  },
  'duplicate-id': {
    vi: 'Đổi một trong hai mã cho khác đi (ví dụ thêm “-2”) và sửa theo mọi chỗ tham chiếu đến bản ghi đó.',
    en: 'Change one of the two ids (e.g. add “-2”) and update every reference to that record.',
  },
  'unknown-reference': {
    vi: 'Sửa mã cho đúng với một bản ghi đã có, hoặc thêm bản ghi có mã đó.',
    en: 'Correct the id so it matches an existing record, or add a record with that id.',
  },
  'unknown-value': {
    vi: 'Thay giá trị bằng một trong các giá trị được liệt kê.',
    en: 'Replace the value with one of the listed values.',
  },
  'bad-number': {
    vi: 'Ghi một số nguyên không âm, không có dấu chấm hay dấu phẩy, ví dụ 35.',
    en: 'Write a whole number with no decimal point or separator, e.g. 35.',
  },
  'bad-date': {
    vi: 'Viết lại ngày theo dạng năm-tháng-ngày, ví dụ 1996, 1996-06 hoặc 1996-06-15.',
    en: 'Rewrite the date as year-month-day, e.g. 1996, 1996-06 or 1996-06-15.',
  },
  'post-organization-mismatch': {
    vi: 'Chọn một chức vụ của đúng cơ quan đó, hoặc đổi cơ quan của bản ghi thành viên.',
    en: 'Pick a post of that body, or change the membership’s body.',
  },
  'parent-cycle': {
    vi: 'Sửa cơ quan cấp trên (parent_id) của một cơ quan trong vòng lặp; cơ quan ngoài cùng để null.',
    en: 'Change the parent (parent_id) of one body in the loop; the outermost body has null.',
  },
  'end-before-start': {
    vi: 'Kiểm tra lại hai ngày: có thể bị đảo ngày bắt đầu và ngày kết thúc, hoặc gõ nhầm năm.',
    en: 'Check both dates: the start and end may be swapped, or a year mistyped.',
  },
  'empty-membership': {
    vi: 'Sửa sự kiện hoặc ngày kết thúc cho muộn hơn lúc bắt đầu, hoặc xóa bản ghi thành viên này.',
    en: 'Move the end event or date after the start, or delete this membership.',
  },
  'event-date-mismatch': {
    vi: 'Sửa ngày của bản ghi thành viên cho trùng ngày của sự kiện, hoặc chọn sự kiện khác.',
    en: 'Make the membership’s date the event’s date, or name another event.',
  },
  'events-out-of-order': {
    vi: 'Sắp xếp lại danh sách events theo thứ tự thời gian.',
    en: 'Reorder the events list by date.',
  },
  'ambiguous-date': {
    vi: 'Ghi start_event_id hoặc end_event_id để chỉ rõ sự kiện nào.',
    en: 'Add start_event_id or end_event_id to say which event it is.',
  },
  'not-in-parent': {
    vi: 'Thêm bản ghi thành viên của người đó trong cơ quan cấp trên cho cùng khoảng thời gian (ví dụ ủy viên Ban Thường vụ cũng là ủy viên Ban Chấp hành).',
    en: 'Add the person’s membership of the parent body for the same time (e.g. a Standing Committee member is also an Executive Committee member).',
  },
  'post-overlap': {
    vi: 'Cho người giữ trước kết thúc trước khi người sau bắt đầu, sửa chức vụ của một trong hai người, hoặc ghi số người được cùng giữ chức vụ (“seats” của chức vụ; null nếu không giới hạn).',
    en: 'End the earlier holder before the later one starts, correct the post of one of them, or give the post the number of people who may hold it at once (the post’s “seats”; null for any number).',
  },
  'post-held-twice': {
    vi: 'Gộp hai bản ghi thành viên trùng nhau thành một, hoặc sửa ngày để chúng không chồng lên nhau.',
    en: 'Merge the two overlapping memberships into one, or correct their dates so they do not overlap.',
  },
  'over-seats': {
    vi: 'Kiểm tra số ghế của cơ quan và ngày kết thúc của những người đã rời khỏi cơ quan trong khóa.',
    en: 'Check the body’s number of seats and the end dates of those who left during the term.',
  },
  'claim-mismatch': {
    vi: 'Đối chiếu lại với nguồn: sửa số liệu đã nêu, hoặc sửa các bản ghi thành viên cho khớp.',
    en: 'Check the source again: correct the stated count, or the memberships, so they agree.',
  },
  'claim-before-steps': {
    vi: 'Nếu không đúng ý, sửa ngày của số liệu hoặc thêm một sự kiện sớm hơn.',
    en: 'If that is not meant, correct the claim’s date or add an earlier event.',
  },
  'inferred-without-basis': {
    vi: 'Ghi vào basis lý do suy luận, bằng tiếng Việt và tiếng Anh nếu có thể.',
    en: 'Write the reasoning in basis, in Vietnamese and English if you can.',
  },
  'membership-overlap': {
    vi: 'Gộp hai bản ghi thành một, hoặc sửa ngày kết thúc của bản ghi trước cho không muộn hơn ngày bắt đầu của bản ghi sau.',
    en: 'Merge the two memberships into one, or end the earlier one no later than the later one starts.',
  },
  'person-without-membership': {
    vi: 'Thêm bản ghi thành viên cho người này, hoặc xóa người này khỏi danh sách persons nếu không cần.',
    en: 'Add a membership for this person, or remove them from the persons list if they are not needed.',
  },
  'undated-membership': {
    vi: 'Nếu biết ngày thật, thêm start_date và end_date (hoặc start_event_id và end_event_id) cho bản ghi thành viên này.',
    en: 'If the real dates are known, add start_date and end_date (or start_event_id and end_event_id) to this membership.',
  },
  'default-reading-count': {
    vi: 'Ghi "default": true cho đúng một cách hiểu của phần này: cách hiểu theo các bản ghi của bộ dữ liệu; bỏ "default" ở các cách hiểu khác.',
    en: 'Mark exactly one reading of this alternative "default": true, the one the dataset’s own records tell; remove "default" from the others.',
  },
  'default-reading-records': {
    vi: 'Xóa danh sách này khỏi cách hiểu mặc định; nếu các bản ghi đó là một cách hiểu khác, chuyển chúng sang một cách hiểu không mặc định.',
    en: 'Remove this list from the default reading; if those records tell another reading, move them to a reading that is not the default.',
  },
  'reading-claim-mismatch': {
    vi: 'Sửa các bản ghi thành viên của cách hiểu này cho khớp với số liệu nguồn nêu, hoặc xóa cách hiểu này nếu nguồn không cho phép nó.',
    en: 'Correct this reading’s memberships so the stated counts hold, or delete the reading if the source does not allow it.',
  },
  'alternative-event': {
    vi: 'Ghi vào event_id sự kiện mà các cách hiểu khác nhau ở đó (sự kiện các bản ghi thành viên của chúng bắt đầu hoặc kết thúc).',
    en: 'Set event_id to the event the readings differ on (where their memberships start or end).',
  },
  'reading-label': {
    vi: 'Đặt cho mỗi cách hiểu một tên riêng (label), nói chức danh nào về tay ai, bằng cả tiếng Việt và tiếng Anh.',
    en: 'Give each reading a label of its own saying which post went which way, in Vietnamese and English.',
  },
  'same-reading': {
    vi: 'Xóa một trong hai cách hiểu, hoặc sửa các bản ghi thành viên của nó cho đúng với cách hiểu mà nhãn của nó nêu.',
    en: 'Delete one of the two readings, or correct its memberships so they tell the reading its label names.',
  },

  // JSON and Popolo importers (io/problems.ts)
  'file-too-large': {
    vi: 'Tách thành nhiều tệp, mỗi tệp một khóa hoặc một cơ quan, hoặc bỏ bớt phần không cần.',
    en: 'Split the file, one term or one body per file, or remove what is not needed.',
  },
  'empty-file': {
    vi: 'Kiểm tra lại đã chọn đúng tệp chưa; nếu tệp được xuất từ chương trình khác, xuất lại và mở thử trước khi nạp.',
    en: 'Check that the right file was chosen; if another program wrote it, export it again and open it before importing.',
  },
  'too-many-memberships': {
    vi: 'Tách thành nhiều tệp, mỗi tệp một khóa hoặc một cơ quan.',
    en: 'Split the file, one term or one body per file.',
  },
  'bad-encoding': {
    vi: 'Mở tệp trong trình soạn thảo văn bản và lưu lại với bảng mã UTF-8.',
    en: 'Open the file in a text editor and save it again as UTF-8.',
  },
  'bad-json': {
    vi: 'Mở tệp trong trình soạn thảo văn bản, đến đúng dòng và cột đã nêu và sửa ký tự ở đó.',
    en: 'Open the file in a text editor, go to the line and column given and correct the character there.',
  },
  'unknown-format': {
    vi: 'Chọn đúng tệp dữ liệu, hoặc thêm "format": "committee-history" vào đầu đối tượng.',
    en: 'Choose the right data file, or add "format": "committee-history" to the top-level object.',
  },
  'unsupported-version': {
    vi: 'Đặt "format_version": 1, hoặc dùng phiên bản ứng dụng mới hơn.',
    en: 'Set "format_version": 1, or use a newer version of the app.',
  },
  'wrong-type': {
    vi: 'Viết lại giá trị theo kiểu cần có, ví dụ chuỗi trong dấu nháy kép, số không có dấu nháy.',
    en: 'Rewrite the value as the kind expected, e.g. text in double quotes, a number without quotes.',
  },
  'missing-key': {
    vi: 'Thêm trường còn thiếu vào bản ghi.',
    en: 'Add the missing field to the record.',
  },
  'bad-value': {
    vi: 'Thay giá trị bằng một trong các giá trị được liệt kê.',
    en: 'Replace the value with one of the listed values.',
  },
  'unknown-key': {
    vi: 'Nếu trường này cần giữ lại, đưa nó vào note; nếu gõ nhầm tên, sửa lại tên trường.',
    en: 'If the field matters, move it into a note; if its name is mistyped, correct it.',
  },
  'eth-replaced': {
    vi: 'Không cần làm gì; để tệp gốc đúng, thay chữ Ð bằng Đ.',
    en: 'Nothing to do; to correct the file itself, replace Ð with Đ.',
  },
  'dates-from-term': {
    vi: 'Nếu biết ngày thật, ghi start_date và end_date vào các bản ghi thành viên đó.',
    en: 'If the real dates are known, add start_date and end_date to those memberships.',
  },
  'popolo-bad-color': {
    vi: 'Viết màu dạng # và sáu chữ số hệ mười sáu, như #d62728, hoặc bỏ trường đó.',
    en: 'Write the colour as # and six hex digits, such as #d62728, or remove the field.',
  },
  'no-steps': {
    vi: 'Ghi ngày bắt đầu (start_date) cho các bản ghi thành viên, hoặc thêm một sự kiện có ngày; sửa các ngày kết thúc sớm hơn ngày bắt đầu.',
    en: 'Give the memberships a start_date, or add a dated event; correct any end date that comes before its start.',
  },
  'end-before-term': {
    vi: 'Kiểm tra ngày kết thúc và legislative_period_id: bản ghi có thể thuộc nhiệm kỳ trước; nếu vậy, đổi legislative_period_id, hoặc ghi start_date thật.',
    en: 'Check the end date and the legislative_period_id: the membership may belong to the previous term; if so, change its legislative_period_id, or give its real start_date.',
  },
  'popolo-event-kept': {
    vi: 'Muốn sự kiện này là một bước của dòng thời gian thì thêm start_date cho nó.',
    en: 'To make this event a step of the timeline, give it a start_date.',
  },
  'unknown-term': {
    vi: 'Thêm sự kiện nhiệm kỳ có mã đó (classification "legislative period"), hoặc sửa legislative_period_id.',
    en: 'Add the term event with that id (classification "legislative period"), or correct legislative_period_id.',
  },
  'popolo-membership-incomplete': {
    vi: 'Ghi person_id và organization_id cho bản ghi thành viên, hoặc một post_id thuộc một tổ chức.',
    en: 'Give the membership a person_id and an organization_id, or a post_id of an organization.',
  },

  // Bounds (io/bounds.ts)
  'too-many-records': {
    vi: 'Tách thành nhiều tệp, mỗi tệp một khóa hoặc một cơ quan.',
    en: 'Split the file, one term or one body per file.',
  },
  'too-many-reading-checks': {
    vi: 'Giữ ít cách hiểu hơn, hoặc tách thành nhiều tệp, mỗi tệp một khóa hoặc một cơ quan.',
    en: 'Keep fewer readings, or split the file, one term or one body per file.',
  },
  'too-many-steps': {
    vi: 'Tách thành nhiều tệp, mỗi tệp một khóa; hoặc ghi ngày chỉ đến tháng hay năm khi nguồn không cần đến ngày.',
    en: 'Split the file, one term per file; or write dates to the month or year where the day does not matter.',
  },
  'too-deep': {
    vi: 'Bỏ bớt các danh sách lồng nhau ở chỗ đã nêu; định dạng chỉ cần vài cấp.',
    en: 'Remove the nested lists at the place given; the format needs only a few levels.',
  },
  'text-too-long': {
    vi: 'Rút ngắn chuỗi, hoặc chuyển phần dài sang một ghi chú (note) riêng.',
    en: 'Shorten the text, or move the long part into a separate note.',
  },
  'seats-out-of-range': {
    vi: 'Ghi đúng số ghế theo nguồn, ví dụ 35 ủy viên Ban Chấp hành; bỏ trống nếu nguồn không nêu.',
    en: 'Write the number of seats the source gives, e.g. 35; leave it out when the source gives none.',
  },
  'bad-id-character': {
    vi: 'Gõ lại mã chỉ bằng chữ, số và dấu gạch ngang (ví dụ nguyen-van-an), ở mọi chỗ dùng mã đó.',
    en: 'Retype the id with letters, digits and hyphens only (e.g. nguyen-van-an), everywhere it is used.',
  },
  'date-out-of-range': {
    vi: 'Sửa năm cho đúng (thường là gõ nhầm, ví dụ 9999 hay 0996); nếu không biết ngày, bỏ trống.',
    en: 'Correct the year (usually a typo, e.g. 9999 or 0996); if the date is unknown, leave it out.',
  },
  'date-far-from-rest': {
    vi: 'Kiểm tra năm: nếu gõ nhầm, sửa lại để dòng thời gian không bị kéo dài.',
    en: 'Check the year: if it is a typo, correct it so the timeline is not stretched.',
  },

  // CSV importer (io/csv-messages.ts)
  'csv-encoding-assumed': {
    vi: 'Trong Excel chọn Lưu Như (Save As), kiểu tệp “CSV UTF-8”.',
    en: 'In Excel choose Save As, type “CSV UTF-8 (Comma delimited)”.',
  },
  'csv-bad-encoding': {
    vi: 'Trong Excel chọn Lưu Như (Save As), kiểu tệp “CSV UTF-8”, rồi nhập lại.',
    en: 'In Excel choose Save As, type “CSV UTF-8 (Comma delimited)”, then import again.',
  },
  'csv-double-encoded': {
    vi: 'Mở tệp gốc (trước khi bị lưu lại), lưu dưới dạng “CSV UTF-8” và nhập lại.',
    en: 'Open the original file (before it was saved again), save it as “CSV UTF-8” and import again.',
  },
  'csv-binary': {
    vi: 'Chọn đúng tệp CSV, hoặc mở tệp trong bảng tính và lưu dưới dạng “CSV UTF-8”.',
    en: 'Choose the CSV file, or open the file in a spreadsheet and save it as “CSV UTF-8”.',
  },
  'csv-workbook': {
    vi: 'Mở sổ tính trong Excel, chọn Lưu Như (Save As), kiểu tệp “CSV UTF-8”.',
    en: 'Open the workbook in Excel, choose Save As, type “CSV UTF-8 (Comma delimited)”.',
  },
  'csv-empty': {
    vi: 'Tải tệp mẫu ở khung nhập dữ liệu và chép dữ liệu vào dưới hàng tiêu đề.',
    en: 'Download the template in the import panel and copy the data under its header row.',
  },
  'csv-no-rows': {
    vi: 'Thêm dưới hàng tiêu đề mỗi ủy viên một hàng cho mỗi lần giữ chức.',
    en: 'Under the header add one row per member per membership.',
  },
  'csv-no-dates': {
    vi: 'Ghi ngày đầu khóa (ví dụ 1996) vào cột bắt đầu của các hàng.',
    en: 'Write the start of the term (e.g. 1996) in the start column of the rows.',
  },
  'csv-unclosed-quote': {
    vi: 'Tìm dấu nháy kép mở ở dòng đã nêu và thêm dấu nháy đóng, hoặc xóa dấu nháy thừa.',
    en: 'Find the opening double quote on the line given and close it, or remove the stray quote.',
  },
  'csv-text-after-quote': {
    vi: 'Đặt cả ô trong dấu nháy kép và viết dấu nháy bên trong thành hai dấu ("").',
    en: 'Put the whole cell in double quotes and double each quote inside it ("").',
  },
  'csv-unknown-column': {
    vi: 'Nếu cột này cần được đọc, đổi tên cột theo danh sách trên (ví dụ “họ tên”, “cơ quan”); nếu không, không cần làm gì.',
    en: 'If the column should be read, rename it to one of those listed (e.g. “person”, “body”); otherwise nothing is needed.',
  },
  'csv-bad-color': {
    vi: 'Viết màu dạng # và sáu chữ số hệ mười sáu, như #d62728, hoặc để trống ô.',
    en: 'Write the colour as # and six hex digits, such as #d62728, or leave the cell empty.',
  },
  'csv-group-color-differs': {
    vi: 'Ghi cùng một màu cho nhóm ở mọi hàng, hoặc chỉ ghi ở một hàng.',
    en: 'Give the group the same colour on every row, or on one row only.',
  },
  'csv-no-body-column': {
    vi: 'Nếu các hàng thuộc nhiều cơ quan, hoặc để đặt tên cho cơ quan, thêm cột “cơ quan” (body) ghi tên cơ quan ở mỗi hàng.',
    en: 'To name the body, or when the rows belong to several bodies, add a “body” column with the body\'s name on each row.',
  },
  'csv-comment-rows': {
    vi: 'Không bắt buộc; nếu một hàng như vậy là bản ghi thành viên, bỏ dấu “#” và điền các ô.',
    en: 'Nothing is required; if such a row is a membership, remove the “#” and fill in its cells.',
  },
  'csv-unnamed-column': {
    vi: 'Ghi tên cho cột ở hàng tiêu đề, hoặc xóa dữ liệu trong cột đó.',
    en: 'Give the column a name in the header row, or clear its cells.',
  },
  'csv-duplicate-column': {
    vi: 'Xóa một trong hai cột, hoặc đổi tên cho đúng cột còn thiếu.',
    en: 'Delete one of the two columns, or rename it to the column that is missing.',
  },
  'csv-missing-column': {
    vi: 'Thêm cột còn thiếu vào hàng tiêu đề (ví dụ “họ tên” và “cơ quan”).',
    en: 'Add the missing column to the header row (e.g. “person” and “body”).',
  },
  'csv-too-many-fields': {
    vi: 'Đặt ô có dấu phân cách trong dấu nháy kép, hoặc xóa các ô thừa ở cuối hàng.',
    en: 'Put the cell that holds the delimiter in double quotes, or delete the extra cells at the end of the row.',
  },
  'csv-short-row': {
    vi: 'Không bắt buộc; nếu hàng bị cắt, điền đủ các ô còn thiếu.',
    en: 'Nothing is required; if the row was cut short, fill in the missing cells.',
  },
  'csv-missing-value': {
    vi: 'Điền ô còn trống, hoặc xóa hàng nếu không dùng.',
    en: 'Fill in the empty cell, or delete the row if it is not needed.',
  },
  'csv-bad-date': {
    vi: 'Viết lại ngày theo dạng ngày/tháng/năm (15/6/1996) hoặc năm-tháng-ngày (1996-06-15).',
    en: 'Rewrite the date as day/month/year (15/6/1996) or year-month-day (1996-06-15).',
  },
  'csv-ambiguous-date': {
    vi: 'Viết ngày theo dạng năm-tháng-ngày (1996-06-05), hoặc chọn thứ tự ngày/tháng khi nhập.',
    en: 'Write the date as year-month-day (1996-06-05), or set the day-month order when importing.',
  },
  'csv-date-order-assumed': {
    vi: 'Nếu tệp ghi tháng trước, chọn thứ tự tháng/ngày khi nhập.',
    en: 'If the file writes the month first, set the month-day order when importing.',
  },
  'csv-date-serial': {
    vi: 'Trong bảng tính, định dạng cột ngày là Văn bản (Text) rồi ghi lại ngày như 1996, 1996-06 hoặc 1996-06-15; hoặc xuất và sửa dữ liệu dạng XLSX, nơi ngày được giữ là văn bản.',
    en: 'In the spreadsheet, format the date column as Text and write the date again as 1996, 1996-06 or 1996-06-15; or export and edit the data as XLSX, where dates are kept as text.',
  },
  'csv-date-two-digit-year': {
    vi: 'Kiểm tra năm với nguồn, rồi ghi ngày với năm đủ bốn chữ số, ví dụ 1996-06, trong một ô định dạng Văn bản (Text); hoặc dùng tệp XLSX.',
    en: 'Check the year against the source, then write the date with a four-digit year, e.g. 1996-06, in a cell formatted as Text; or use the XLSX file.',
  },
  'csv-date-first-of-month': {
    vi: 'Nếu ngày gốc chỉ có tháng, ghi lại là 1996-06 trong một ô định dạng Văn bản (Text); khi mở tệp CSV trong Excel, dùng Dữ liệu > Từ Văn bản/CSV và đặt các cột ngày là Văn bản; hoặc dùng tệp XLSX.',
    en: 'If the date was only a month, write it again as 1996-06 in a cell formatted as Text; to open a CSV in Excel, use Data > From Text/CSV and set the date columns to Text; or use the XLSX file.',
  },
  'xlsx-date-cell': {
    vi: 'Định dạng ô là Văn bản (Text) và ghi lại ngày đúng như nguồn: 1996, 1996-06 hoặc 1996-06-15 (thêm “?” nếu không chắc chắn).',
    en: 'Format the cell as Text and write the date again as the source gives it: 1996, 1996-06 or 1996-06-15 (with “?” when uncertain).',
  },
  'xlsx-body-cell-ignored': {
    vi: 'Sửa số lượng, cơ quan cấp trên và màu nhóm ở trang thành viên (cột số lượng, cơ quan cấp trên, màu nhóm), không ở trang cơ quan; ghi màu dạng #RRGGBB; xóa dòng của cơ quan không ai giữ chức.',
    en: 'Change the seats, the parent body and the group colour in the memberships sheet (its seats, parent body and group colour columns), not in the bodies sheet; write colours as #RRGGBB; delete rows of bodies nobody sits on.',
  },
  'xlsx-cell-ignored': {
    vi: 'Ghi lại ô theo dạng cột cần (data/README.md, phần “Sổ làm việc (XLSX)”), hoặc xóa ô nếu không cần.',
    en: 'Write the cell again in the form its column takes (data/README.md, “The workbook (XLSX)”), or clear it.',
  },
  'xlsx-row-ignored': {
    vi: 'Điền mã còn thiếu, hoặc sửa mã cho khớp với một bản ghi ở trang kia (mã giữ nguyên như khi xuất); xóa hàng nếu không cần.',
    en: 'Fill in the missing id, or correct it to match a record of the other sheet (ids stay as exported); delete the row if it is not needed.',
  },
  'xlsx-unreadable': {
    vi: 'Lấy lại tệp từ nơi gốc, hoặc mở nó trong Excel hay LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx).',
    en: 'Get the file again from where it came from, or open it in Excel or LibreOffice and save it again as an Excel Workbook (.xlsx).',
  },
  'xlsx-too-large': {
    vi: 'Chép riêng các trang thành viên, cơ quan và nguồn sang một sổ làm việc mới (không hình ảnh) rồi lưu dạng .xlsx, hoặc lưu trang thành viên dạng “CSV UTF-8”.',
    en: 'Copy the memberships, bodies and sources sheets into a new workbook (without pictures) and save it as .xlsx, or save the memberships sheet as “CSV UTF-8”.',
  },
  'xlsx-empty-file': {
    vi: 'Chọn đúng tệp; nếu tệp bị trống khi tải về, hãy tải lại.',
    en: 'Choose the right file; if it came out empty from a download, download it again.',
  },
  'xlsx-encrypted': {
    vi: 'Mở tệp trong Excel bằng mật khẩu, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, để trống) rồi lưu lại dạng .xlsx.',
    en: 'Open the file in Excel with its password, remove the password (File > Info > Protect Workbook > Encrypt with Password, left empty) and save it again as .xlsx.',
  },
  'xlsx-old-xls': {
    vi: 'Mở tệp trong Excel hoặc LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx), hoặc dạng “CSV UTF-8”.',
    en: 'Open the file in Excel or LibreOffice and save it again as an Excel Workbook (.xlsx), or as “CSV UTF-8”.',
  },
  'xlsx-ods': {
    vi: 'Trong LibreOffice, chọn Tệp > Lưu thành và chọn kiểu Excel 2007-365 (.xlsx), hoặc lưu dạng CSV UTF-8.',
    en: 'In LibreOffice, choose File > Save As and the type Excel 2007-365 (.xlsx), or save it as CSV in UTF-8.',
  },
  'xlsx-not-xlsx': {
    vi: 'Chọn tệp .xlsx được lưu từ Excel, LibreOffice hoặc Google Trang tính; hoặc tải mẫu CSV và điền vào đó.',
    en: 'Choose an .xlsx file saved by Excel, LibreOffice or Google Sheets; or download the CSV template and fill it in.',
  },
  'xlsx-not-zip': {
    vi: 'Nếu đây là tệp CSV, đổi đuôi tên tệp thành .csv rồi nhập lại; nếu không, mở tệp trong Excel và lưu lại dạng Sổ làm việc Excel (.xlsx).',
    en: 'If this is a CSV file, rename it to end in .csv and import it again; otherwise open it in Excel and save it again as an Excel Workbook (.xlsx).',
  },
  'xlsx-no-memberships': {
    vi: 'Đặt tên trang chứa danh sách là “thành viên” và cho hàng đầu của nó ghi tên các cột, ít nhất là “người” và “cơ quan”, như trong mẫu CSV.',
    en: 'Name the sheet that holds the list “memberships” and give it a first row naming the columns, at least “person” and “body”, as in the CSV template.',
  },
  'xlsx-empty-sheet': {
    vi: 'Điền hàng đầu ghi tên các cột (ít nhất “người” và “cơ quan”) rồi mỗi hàng một lần giữ chức; hoặc đổi tên trang có dữ liệu thành “thành viên”.',
    en: 'Fill in a first row naming the columns (at least “person” and “body”), then one row per membership; or rename the sheet with the data to “memberships”.',
  },
  'xlsx-formula-no-value': {
    vi: 'Mở tệp trong Excel hoặc LibreOffice và lưu lại để công thức được tính; hoặc chép ô rồi dán đặc biệt chỉ giá trị (Dán giá trị).',
    en: 'Open the file in Excel or LibreOffice and save it so that the formulas are calculated; or copy the cells and paste them back as values only (Paste Values).',
  },
  'xlsx-cell-unreadable': {
    vi: 'Gõ lại giá trị của ô (ngày thì dùng ô định dạng Văn bản) hoặc sửa công thức gây lỗi, rồi lưu lại từ Excel hoặc LibreOffice.',
    en: 'Type the cell’s value again (a date in a cell formatted as Text) or correct the formula that fails, then save the file from Excel or LibreOffice.',
  },
  'xlsx-merged-filled': {
    vi: 'Nếu đúng ý, không cần sửa; nếu không, bỏ gộp ô (Hợp nhất và Căn giữa > Bỏ hợp nhất ô) và ghi giá trị vào từng hàng.',
    en: 'If that is what the merge means, nothing to fix; otherwise unmerge the cells (Merge & Center > Unmerge Cells) and write the value in each row.',
  },
  'xlsx-merged-across': {
    vi: 'Bỏ gộp ô (Hợp nhất và Căn giữa > Bỏ hợp nhất ô) và ghi giá trị vào đúng cột của nó.',
    en: 'Unmerge the cells (Merge & Center > Unmerge Cells) and write the value in the column it belongs to.',
  },
  'csv-date-order-detected': {
    vi: 'Nếu tệp ghi ngày trước, chọn thứ tự ngày/tháng khi nhập.',
    en: 'If the file writes the day first, set the day-month order when importing.',
  },
  'csv-unknown-value': {
    vi: 'Thay giá trị bằng một trong các giá trị được liệt kê để lý do được hiển thị đúng, hoặc để trống ô.',
    en: 'Replace the value with one of those listed so the cause is shown, or leave the cell empty.',
  },
  'csv-bad-seats': {
    vi: 'Ghi số ghế là một số nguyên, ví dụ 35, hoặc để trống ô.',
    en: 'Write the number of seats as a whole number, e.g. 35, or leave the cell empty.',
  },
  'csv-seats-conflict': {
    vi: 'Ghi cùng một số ghế trên mọi hàng của cơ quan, hoặc chỉ ghi ở một hàng.',
    en: 'Write the same number of seats on every row of the body, or on one row only.',
  },
  'csv-parent-conflict': {
    vi: 'Ghi cùng một cơ quan cấp trên trên mọi hàng của cơ quan, hoặc chỉ ghi ở một hàng.',
    en: 'Write the same parent body on every row of the body, or on one row only.',
  },
  'csv-person-names-differ': {
    vi: 'Ghi cùng một tên trên mọi hàng có cùng mã người, hoặc sửa mã người nếu đó là hai người khác nhau.',
    en: 'Write the same name on every row of a person_id, or correct the person_id if these are two different people.',
  },
  'csv-same-name-overlap': {
    vi: 'Nếu đây là hai người trùng tên, thêm cột person_id (mã người) và ghi mỗi người một mã riêng; các hàng cùng mã là một người.',
    en: 'If these are two people with the same name, add a person_id column with a different id for each; rows with the same id are one person.',
  },
  'csv-inferred-without-basis': {
    vi: 'Ghi lý do suy luận vào cột căn cứ, hoặc đổi mức chắc chắn thành nêu rõ.',
    en: 'Write the reasoning in the basis column, or set certainty to stated.',
  },
};

/** The words that introduce the fix. */
const LEAD: Record<Lang, string> = { vi: 'Cách sửa:', en: 'To fix:' };

/**
 * The "how to fix" sentence of a problem code in `lang`, with its lead ("To fix: …" / "Cách sửa:
 * …"), or '' for a code without one. Never throws.
 */
export function problemFix(code: string, lang: Lang): string {
  const fix = FIXES[code]?.[lang];
  return fix ? `${LEAD[lang]} ${fix}` : '';
}

/** The codes that have a fix in `lang` (for completeness tests). */
export function codesWithFix(lang: Lang): string[] {
  return Object.keys(FIXES).filter((c) => FIXES[c]?.[lang]);
}
