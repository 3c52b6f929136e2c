/**
 * Vietnamese and English templates of the problem codes the CSV importer reports, registered in
 * the shared registry of `problems.ts` at module load. Each says what was found and what is
 * expected; `formatImportProblem` prefixes the place (file, line, row, field).
 * Codes and their params are listed in `CSV_PROBLEM_CODES`.
 */
import type { Lang } from '../model/types.ts';
import { registerTemplates, type ImportProblem, type ImportTemplates } from './problems.ts';
import { CSV_COLUMNS, describeColumns, VI_HEADERS, type CsvColumn } from './csv-columns.ts';

const q = (x: string | number | undefined): string => `“${x ?? ''}”`;
const s = (p: ImportProblem, k: string): string => String(p.params[k] ?? '');

const ENCODING_NAME: Record<Lang, Record<string, string>> = {
  en: {
    'utf-8': 'UTF-8',
    'windows-1258': 'Windows-1258 (Vietnamese)',
    'windows-1252': 'Windows-1252 (Western European)',
  },
  vi: {
    'utf-8': 'UTF-8',
    'windows-1258': 'Windows-1258 (tiếng Việt)',
    'windows-1252': 'Windows-1252 (Tây Âu)',
  },
};
const enc = (lang: Lang, e: string): string => ENCODING_NAME[lang][e] ?? e;

const ORDER: Record<Lang, Record<string, string>> = {
  en: { 'day-first': 'day first (day/month/year)', 'month-first': 'month first (month/day/year)' },
  vi: { 'day-first': 'ngày trước (ngày/tháng/năm)', 'month-first': 'tháng trước (tháng/ngày/năm)' },
};

const DATE_FORMS_EN = '1998, 6/1996, 1996-06, 15/6/1996 or 1996-06-15 (a trailing “?” marks an uncertain date)';
const DATE_FORMS_VI = '1998, 6/1996, 1996-06, 15/6/1996 hoặc 1996-06-15 (thêm “?” ở cuối nếu ngày không chắc chắn)';

/** The column's name in `lang`: the canonical name, with the Vietnamese one in vi. */
const col = (lang: Lang, c: string): string => (lang === 'vi' && c in VI_HEADERS ? `${VI_HEADERS[c as CsvColumn]} (${c})` : c);

const SAVE_EN = 'save it from the spreadsheet as “CSV UTF-8”';
const SAVE_VI = 'hãy lưu lại từ bảng tính dưới dạng “CSV UTF-8”';

/** What each CSV code means; params in the comments. */
const TEMPLATES: Record<string, ImportTemplates> = {
  /** params: encoding. */
  'csv-encoding-assumed': {
    en: (p) =>
      `the file is not UTF-8; it was read as ${enc('en', s(p, 'encoding'))}. If any text looks wrong, choose the file's encoding when importing, or ${SAVE_EN}.`,
    vi: (p) =>
      `tệp không mã hóa UTF-8; đã được đọc theo ${enc('vi', s(p, 'encoding'))}. Nếu chữ nào hiển thị sai, hãy chọn đúng bảng mã khi nhập, hoặc ${SAVE_VI}.`,
  },
  /** params: found (a byte such as 0x81), encoding ('' when detected). */
  'csv-bad-encoding': {
    en: (p) =>
      s(p, 'encoding')
        ? `byte ${s(p, 'found')} is not valid ${enc('en', s(p, 'encoding'))}; expected a file in that encoding: choose another one, or ${SAVE_EN}.`
        : `the file is not valid UTF-8, and byte ${s(p, 'found')} fits neither Windows-1258 (Vietnamese) nor Windows-1252 (Western European); expected a text file: ${SAVE_EN}.`,
    vi: (p) =>
      s(p, 'encoding')
        ? `byte ${s(p, 'found')} không hợp lệ trong ${enc('vi', s(p, 'encoding'))}; cần tệp theo đúng bảng mã đó: hãy chọn bảng mã khác, hoặc ${SAVE_VI}.`
        : `tệp không phải UTF-8 hợp lệ, và byte ${s(p, 'found')} không thuộc Windows-1258 (tiếng Việt) lẫn Windows-1252 (Tây Âu); cần một tệp văn bản: ${SAVE_VI}.`,
  },
  /** params: found (the garbled text), text (what it reads as UTF-8). Reported once per file. */
  'csv-double-encoded': {
    en: (p) =>
      `the text ${q(s(p, 'found'))} looks garbled: it reads ${q(s(p, 'text'))} if taken as UTF-8 that was wrongly read as Windows-1252 and saved again. It was imported as it is; correct the file (other cells may be affected too).`,
    vi: (p) =>
      `chuỗi ${q(s(p, 'found'))} có vẻ bị lỗi mã hóa: nó sẽ là ${q(s(p, 'text'))} nếu coi là văn bản UTF-8 đã bị đọc nhầm theo Windows-1252 rồi lưu lại. Chuỗi được nhập nguyên như vậy; hãy sửa tệp gốc (các ô khác có thể cũng bị lỗi).`,
  },
  /** params: found (a character such as U+0000). */
  'csv-binary': {
    en: (p) => `the file holds the control character ${s(p, 'found')}, so it is not CSV text; expected a text file: ${SAVE_EN}.`,
    vi: (p) => `tệp chứa ký tự điều khiển ${s(p, 'found')} nên không phải văn bản CSV; cần một tệp văn bản: ${SAVE_VI}.`,
  },
  /** params: none. */
  'csv-workbook': {
    en: () => `the file is a zip archive, most likely an Excel workbook (.xlsx), not CSV text; expected a CSV file: ${SAVE_EN}.`,
    vi: () => `tệp là một tệp nén zip, nhiều khả năng là sổ tính Excel (.xlsx), không phải văn bản CSV; cần tệp CSV: ${SAVE_VI}.`,
  },
  /** params: none. */
  'csv-empty': {
    en: () => `the file has no header row; expected a first row naming the columns (${describeColumns()}), then one row per membership.`,
    vi: () => `tệp không có hàng tiêu đề; cần hàng đầu tiên ghi tên các cột (${describeColumns()}), sau đó mỗi hàng là một bản ghi thành viên.`,
  },
  /** params: none. */
  'csv-no-rows': {
    en: () => `the file has a header row but no data rows; expected one row per membership under the header.`,
    vi: () => `tệp có hàng tiêu đề nhưng không có hàng dữ liệu nào; cần mỗi bản ghi thành viên một hàng dưới hàng tiêu đề.`,
  },
  /** params: none. */
  'csv-no-dates': {
    en: () =>
      `no row has a start or end date, so the timeline would have no step; expected at least one date, e.g. the start of the term in the start column (bắt đầu).`,
    vi: () =>
      `không hàng nào có ngày bắt đầu hay kết thúc nên dòng thời gian không có bước nào; cần ít nhất một ngày, ví dụ ngày đầu nhiệm kỳ ở cột bắt đầu (start).`,
  },
  /** params: none. */
  'csv-unclosed-quote': {
    en: () =>
      `a field opens with a double quote (") that is never closed, so the rest of the file would be one field; expected a closing quote (a quote inside a quoted field is written twice: "").`,
    vi: () =>
      `một trường mở bằng dấu nháy kép (") nhưng không bao giờ đóng, nên phần còn lại của tệp sẽ thành một trường; cần dấu nháy đóng (dấu nháy bên trong trường được viết hai lần: "").`,
  },
  /** params: none. */
  'csv-text-after-quote': {
    en: () =>
      `text follows the closing quote of a quoted field; expected the delimiter or the end of the line right after it (a quote inside a quoted field is written twice: "").`,
    vi: () =>
      `có chữ đứng sau dấu nháy đóng của một trường; ngay sau dấu nháy đóng cần dấu phân cách hoặc hết dòng (dấu nháy bên trong trường được viết hai lần: "").`,
  },
  /** params: column (as written). */
  'csv-unknown-column': {
    en: (p) =>
      `the column ${q(s(p, 'column'))} is not read (its values are not loaded); the columns read are: ${describeColumns()} (Vietnamese names are accepted too: người, cơ quan, chức vụ, bắt đầu, kết thúc, lý do bắt đầu, lý do kết thúc, ghi chú, nguồn, …).`,
    vi: (p) =>
      `cột ${q(s(p, 'column'))} không được đọc (giá trị của cột không được nạp); các cột được đọc: ${CSV_COLUMNS.map((c) => VI_HEADERS[c]).join(', ')} (hoặc tên tiếng Anh: ${describeColumns()}).`,
  },
  /** params: value. */
  'csv-bad-color': {
    en: (p) => `${q(s(p, 'value'))} is not a colour written #rrggbb (such as #d62728); the group takes a colour from the palette.`,
    vi: (p) => `${q(s(p, 'value'))} không phải màu viết dạng #rrggbb (như #d62728); nhóm lấy một màu trong bảng màu.`,
  },
  /** params: group, value, first (the colour kept). */
  'csv-group-color-differs': {
    en: (p) => `the group ${q(s(p, 'group'))} is given the colour ${s(p, 'value')} here but ${s(p, 'first')} on an earlier row; the first is kept.`,
    vi: (p) => `nhóm ${q(s(p, 'group'))} được ghi màu ${s(p, 'value')} ở đây nhưng ${s(p, 'first')} ở một hàng trước; màu đầu tiên được giữ.`,
  },
  /** params: body (the name given to the one body). */
  'csv-no-body-column': {
    en: (p) => `there is no body column, so every row is a membership of one body, named ${q(s(p, 'body'))} after the file.`,
    vi: (p) => `không có cột cơ quan, nên mọi hàng là thành viên của một cơ quan, đặt tên ${q(s(p, 'body'))} theo tên tệp.`,
  },
  /** params: count, text (the first comment). */
  'csv-comment-rows': {
    en: (p) => `${s(p, 'count')} row(s) hold only a comment starting with “#” (the first: ${q(s(p, 'text'))}); they are not memberships and are not loaded.`,
    vi: (p) => `${s(p, 'count')} hàng chỉ có ghi chú bắt đầu bằng “#” (hàng đầu: ${q(s(p, 'text'))}); đó không phải bản ghi thành viên nên không được nạp.`,
  },
  /** params: index (1-based column number), value (a cell of it). */
  'csv-unnamed-column': {
    en: (p) =>
      `column ${s(p, 'index')} has no header but holds ${q(s(p, 'value'))}; expected a header naming the column (${describeColumns()}) or the column left empty.`,
    vi: (p) =>
      `cột thứ ${s(p, 'index')} không có tiêu đề nhưng có dữ liệu ${q(s(p, 'value'))}; cần ghi tiêu đề cho cột (người, cơ quan, …) hoặc để trống cả cột.`,
  },
  /** params: column (as written), canonical, first (1-based column number of the first use). */
  'csv-duplicate-column': {
    en: (p) => `the column ${q(s(p, 'column'))} names ${s(p, 'canonical')} again (already column ${s(p, 'first')}); expected each column once.`,
    vi: (p) => `cột ${q(s(p, 'column'))} lặp lại cột ${col('vi', s(p, 'canonical'))} (đã có ở cột thứ ${s(p, 'first')}); mỗi cột chỉ được có một lần.`,
  },
  /** params: column (canonical). */
  'csv-missing-column': {
    en: (p) => `there is no column ${q(s(p, 'column'))}; every membership CSV needs the columns person and body (in Vietnamese: người, cơ quan).`,
    vi: (p) => `không có cột ${q(col('vi', s(p, 'column')))}; tệp CSV thành viên nào cũng cần cột người (person) và cơ quan (body).`,
  },
  /** params: count, expected. */
  'csv-too-many-fields': {
    en: (p) =>
      `the row has ${s(p, 'count')} fields but the header has ${s(p, 'expected')}; expected at most ${s(p, 'expected')} (a value holding the delimiter must be in double quotes).`,
    vi: (p) =>
      `hàng có ${s(p, 'count')} trường nhưng hàng tiêu đề chỉ có ${s(p, 'expected')}; cần tối đa ${s(p, 'expected')} (giá trị chứa dấu phân cách phải đặt trong dấu nháy kép).`,
  },
  /** params: count, expected, more (how many later rows are short too). Reported once per file. */
  'csv-short-row': {
    en: (p) =>
      `the row has ${s(p, 'count')} fields but the header has ${s(p, 'expected')}; the missing ones are read as empty${
        Number(p.params.more ?? 0) > 0 ? ` (so are those of ${s(p, 'more')} later row(s))` : ''
      }.`,
    vi: (p) =>
      `hàng chỉ có ${s(p, 'count')} trường trong khi hàng tiêu đề có ${s(p, 'expected')}; các trường thiếu được coi là để trống${
        Number(p.params.more ?? 0) > 0 ? ` (tương tự ở ${s(p, 'more')} hàng sau)` : ''
      }.`,
  },
  /** params: column (canonical). */
  'csv-missing-value': {
    en: (p) => `the ${s(p, 'column')} is empty; expected ${s(p, 'column') === 'person' ? "the person's name" : "the body's name"}.`,
    vi: (p) => `ô ${col('vi', s(p, 'column'))} để trống; cần ${s(p, 'column') === 'person' ? 'tên người' : 'tên cơ quan'}.`,
  },
  /**
   * params: value, reason (format, interval, month, day), order (day-first/month-first, for
   * month/day), month, year, days (for day), hint ('order' when the order was not set by the user).
   */
  'csv-bad-date': {
    en: (p) => {
      const v = q(s(p, 'value'));
      const hint = s(p, 'hint') === 'order' ? ' If the file writes the other order, set the day–month order when importing.' : '';
      switch (s(p, 'reason')) {
        case 'interval':
          return `${v} is an interval; expected a single date such as ${DATE_FORMS_EN}.`;
        case 'month':
          return `${v}${s(p, 'order') ? `, read ${ORDER.en[s(p, 'order')]},` : ''} has month ${s(p, 'month')}; expected a month from 1 to 12.${hint}`;
        case 'day':
          return `${v}${s(p, 'order') ? `, read ${ORDER.en[s(p, 'order')]},` : ''} is not a date: ${s(p, 'month')}/${s(p, 'year')} has ${s(p, 'days')} days; expected a day that exists.${hint}`;
        default:
          return `${v} is not a date; expected a date such as ${DATE_FORMS_EN}.`;
      }
    },
    vi: (p) => {
      const v = q(s(p, 'value'));
      const hint = s(p, 'hint') === 'order' ? ' Nếu tệp ghi theo thứ tự kia, hãy chọn thứ tự ngày–tháng khi nhập.' : '';
      switch (s(p, 'reason')) {
        case 'interval':
          return `${v} là một khoảng thời gian; cần một ngày, ví dụ ${DATE_FORMS_VI}.`;
        case 'month':
          return `${v}${s(p, 'order') ? `, đọc theo thứ tự ${ORDER.vi[s(p, 'order')]},` : ''} có tháng ${s(p, 'month')}; tháng phải từ 1 đến 12.${hint}`;
        case 'day':
          return `${v}${s(p, 'order') ? `, đọc theo thứ tự ${ORDER.vi[s(p, 'order')]},` : ''} không phải ngày có thật: tháng ${s(p, 'month')}/${s(p, 'year')} có ${s(p, 'days')} ngày; cần một ngày có thật.${hint}`;
        default:
          return `${v} không phải là ngày; cần dạng như ${DATE_FORMS_VI}.`;
      }
    },
  },
  /** params: value, day_first (EDTF reading), month_first (EDTF reading), day_line, month_line. */
  'csv-ambiguous-date': {
    en: (p) =>
      `${q(s(p, 'value'))} could be ${s(p, 'day_first')} (day first) or ${s(p, 'month_first')} (month first), and this file writes dates both ways (day first at line ${s(
        p,
        'day_line',
      )}, month first at line ${s(p, 'month_line')}); expected the date written as YYYY-MM-DD, or the day–month order set when importing.`,
    vi: (p) =>
      `${q(s(p, 'value'))} có thể là ${s(p, 'day_first')} (ngày trước) hoặc ${s(p, 'month_first')} (tháng trước), và tệp này ghi ngày theo cả hai cách (ngày trước ở dòng ${s(
        p,
        'day_line',
      )}, tháng trước ở dòng ${s(p, 'month_line')}); cần ghi ngày dạng YYYY-MM-DD, hoặc chọn thứ tự ngày–tháng khi nhập.`,
  },
  /** params: example (a date cell), example_line, count (ambiguous dates read this way). */
  'csv-date-order-assumed': {
    en: (p) =>
      `${s(p, 'count')} date(s) such as ${q(s(p, 'example'))} (line ${s(p, 'example_line')}) were read day first (day/month/year), as written in Vietnam: no date in the file has a number over 12 to decide the order. If the file writes the month first, set the order to month/day/year when importing.`,
    vi: (p) =>
      `${s(p, 'count')} ngày như ${q(s(p, 'example'))} (dòng ${s(p, 'example_line')}) được đọc theo thứ tự ngày trước (ngày/tháng/năm) như cách viết ở Việt Nam: trong tệp không có ngày nào có số lớn hơn 12 để xác định thứ tự. Nếu tệp ghi tháng trước, hãy chọn thứ tự tháng/ngày/năm khi nhập.`,
  },
  /** params: value (the cell), date (the day it was read as). */
  'csv-date-serial': {
    en: (p) =>
      `${q(s(p, 'value'))} looks like a spreadsheet's day number, the form a date cell takes when it is saved as a number; it was read as the day ${s(p, 'date')}. If the date was only a year or a month, the spreadsheet made it a full day.`,
    vi: (p) =>
      `${q(s(p, 'value'))} có vẻ là số thứ tự ngày của bảng tính, dạng mà một ô ngày có khi được lưu thành số; đã được đọc là ngày ${s(p, 'date')}. Nếu ngày gốc chỉ có năm hoặc tháng, bảng tính đã biến nó thành một ngày cụ thể.`,
  },
  /** params: value (the cell), date (the month it was read as). */
  'csv-date-two-digit-year': {
    en: (p) =>
      `${q(s(p, 'value'))} is a month as Excel shows a date it converted; it was read as ${s(p, 'date')}, the century taken as Excel takes it (00–29: 2000s, 30–99: 1900s).`,
    vi: (p) =>
      `${q(s(p, 'value'))} là một tháng theo cách Excel hiển thị ngày mà nó đã chuyển đổi; đã được đọc là ${s(p, 'date')}, thế kỷ lấy theo cách của Excel (00–29: những năm 2000, 30–99: những năm 1900).`,
  },
  /** params: value (the cell), date (as read), month (YYYY-MM). */
  'csv-date-first-of-month': {
    en: (p) =>
      `${q(s(p, 'value'))} was read as the day ${s(p, 'date')}, but it may be the month ${s(p, 'month')}: a spreadsheet such as Excel turns a month typed as 1996-06 into the 1st of that month, and this column gives other dates as a month only or puts every full date on the 1st.`,
    vi: (p) =>
      `${q(s(p, 'value'))} được đọc là ngày ${s(p, 'date')}, nhưng có thể chỉ là tháng ${s(p, 'month')}: bảng tính như Excel biến một tháng gõ dạng 1996-06 thành ngày mùng 1 của tháng đó, và cột này có ngày khác chỉ ghi tháng hoặc mọi ngày đầy đủ đều là mùng 1.`,
  },
  /** params: example (the deciding date cell), example_line. */
  'csv-date-order-detected': {
    en: (p) =>
      `dates such as 5/6/1996 were read month first (month/day/year), because ${q(s(p, 'example'))} (line ${s(p, 'example_line')}) can only be read that way; set the day–month order when importing if that is wrong.`,
    vi: (p) =>
      `các ngày dạng 5/6/1996 được đọc theo thứ tự tháng trước (tháng/ngày/năm), vì ${q(s(p, 'example'))} (dòng ${s(p, 'example_line')}) chỉ đọc được theo cách đó; nếu sai, hãy chọn thứ tự ngày–tháng khi nhập.`,
  },
  /** params: column (canonical), value, allowed. */
  'csv-unknown-value': {
    en: (p) =>
      `unknown ${s(p, 'column')} ${q(s(p, 'value'))}, read as ${s(p, 'column') === 'certainty' ? 'stated' : 'unknown'}; expected one of: ${s(p, 'allowed')}.`,
    vi: (p) =>
      `giá trị ${col('vi', s(p, 'column'))} ${q(s(p, 'value'))} không được nhận biết, được đọc là ${s(p, 'column') === 'certainty' ? 'nêu rõ' : 'không rõ'}; cần một trong: ${s(p, 'allowed')}.`,
  },
  /** params: value. */
  'csv-bad-seats': {
    en: (p) => `${q(s(p, 'value'))} is not a number of seats; expected a whole number ≥ 0, e.g. 35.`,
    vi: (p) => `${q(s(p, 'value'))} không phải là số ghế; cần một số nguyên ≥ 0, ví dụ 35.`,
  },
  /** params: body, value, other, other_line, other_row. */
  'csv-seats-conflict': {
    en: (p) =>
      `the body ${q(s(p, 'body'))} has ${s(p, 'value')} seats here but ${s(p, 'other')} at line ${s(p, 'other_line')} (row ${s(
        p,
        'other_row',
      )}); expected the same number on every row of a body, or the cell left empty.`,
    vi: (p) =>
      `cơ quan ${q(s(p, 'body'))} có ${s(p, 'value')} ghế ở hàng này nhưng ${s(p, 'other')} ghế ở dòng ${s(p, 'other_line')} (hàng ${s(
        p,
        'other_row',
      )}); mọi hàng của một cơ quan phải ghi cùng một số, hoặc để trống.`,
  },
  /** params: body, value, other, other_line, other_row. */
  'csv-parent-conflict': {
    en: (p) =>
      `the body ${q(s(p, 'body'))} is inside ${q(s(p, 'value'))} here but inside ${q(s(p, 'other'))} at line ${s(p, 'other_line')} (row ${s(
        p,
        'other_row',
      )}); expected the same parent body on every row of a body, or the cell left empty.`,
    vi: (p) =>
      `cơ quan ${q(s(p, 'body'))} thuộc ${q(s(p, 'value'))} ở hàng này nhưng thuộc ${q(s(p, 'other'))} ở dòng ${s(p, 'other_line')} (hàng ${s(
        p,
        'other_row',
      )}); mọi hàng của một cơ quan phải ghi cùng một cơ quan cấp trên, hoặc để trống.`,
  },
  /** params: person_id, name, other (the name kept), other_line, other_row. */
  'csv-person-names-differ': {
    en: (p) =>
      `the person_id ${q(s(p, 'person_id'))} is named ${q(s(p, 'name'))} here but ${q(s(p, 'other'))} at line ${s(p, 'other_line')} (row ${s(
        p,
        'other_row',
      )}); rows with the same person_id are one person, named as on its first row (${q(s(p, 'other'))}).`,
    vi: (p) =>
      `mã người ${q(s(p, 'person_id'))} mang tên ${q(s(p, 'name'))} ở hàng này nhưng tên ${q(s(p, 'other'))} ở dòng ${s(p, 'other_line')} (hàng ${s(
        p,
        'other_row',
      )}); các hàng cùng mã người là một người, lấy tên ở hàng đầu tiên (${q(s(p, 'other'))}).`,
  },
  /** params: person (the name), body, other_line, other_row. */
  'csv-same-name-overlap': {
    en: (p) =>
      `one name, two people? ${q(s(p, 'person'))} is already in ${q(s(p, 'body'))} at this time, from the row at line ${s(p, 'other_line')} (row ${s(
        p,
        'other_row',
      )}); rows with the same name are read as one person, so these two memberships overlap.`,
    vi: (p) =>
      `một tên, hai người? ${q(s(p, 'person'))} đã có mặt trong ${q(s(p, 'body'))} vào thời gian này, theo hàng ở dòng ${s(p, 'other_line')} (hàng ${s(
        p,
        'other_row',
      )}); các hàng cùng tên được hiểu là một người, nên hai lần giữ chức này chồng lên nhau.`,
  },
  /** params: none. */
  'csv-inferred-without-basis': {
    en: () => `the row is marked inferred but gives no basis; expected the reasoning in the basis column (căn cứ).`,
    vi: () => `hàng được đánh dấu là suy luận nhưng không ghi căn cứ; cần ghi lý do suy luận ở cột căn cứ (basis).`,
  },
};

registerTemplates(TEMPLATES);

/** Every code the CSV importer reports itself (besides `eth-replaced` and the codes of `validateDataset`). */
export const CSV_PROBLEM_CODES: readonly string[] = Object.keys(TEMPLATES);
