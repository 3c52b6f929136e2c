/**
 * CSV structure: byte-order mark, delimiters (detected and overridden), line ends, quoting,
 * trailing blank lines, physical line numbers, header errors.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dsvFormat } from 'd3-dsv';
import { scanCsv, detectDelimiter, type CsvDelimiter } from '../../src/lib/io/csv-parse.ts';
import { brief, datasetOf, importFixture, importText, personNames, rendered } from './fixtures/csv/helpers.ts';

describe('records', () => {
  test('a UTF-8 byte-order mark is dropped (the first header is “person”, not “\\uFEFFperson”)', () => {
    const r = importFixture('bom.csv');
    const d = datasetOf(r);
    expect(r.problems).toEqual([]);
    expect(personNames(d)).toEqual(['Nguyễn Văn A']);
    expect(d.memberships[0]).toMatchObject({ start_date: '1996' });
  });

  test('comma, semicolon and tab are detected from the header row', () => {
    expect(detectDelimiter('person,body\nA,B')).toBe(',');
    expect(detectDelimiter('person;body;note\nA;B;x, y')).toBe(';');
    expect(detectDelimiter('người\tcơ quan\nA\tB')).toBe('\t');
    // A header whose names contain no known column: the delimiter that splits it most.
    expect(detectDelimiter('a;b;c,d\n')).toBe(';');

    const semi = datasetOf(importFixture('semicolon.csv'));
    expect(personNames(semi)).toEqual(['Nguyễn Văn A', 'Trần Văn B']);
    expect(semi.memberships[0]!.note).toEqual({ vi: 'một, hai' });

    const tab = datasetOf(importFixture('tab.tsv'));
    expect(personNames(tab)).toEqual(['Nguyễn Văn A']);
    expect(tab.organizations.map((o) => o.name)).toEqual([{ vi: 'Ban Chấp hành' }]);
    expect(tab.memberships[0]!.note).toEqual({ vi: 'một; hai, ba' });
  });

  test('the delimiter can be overridden', () => {
    // Forced to comma, the semicolon file has one column "person;body;start;note": unknown.
    const r = importFixture('semicolon.csv', { delimiter: ',' });
    expect(r.ok).toBe(false);
    expect(brief(r.problems)).toEqual([
      { severity: 'warning', code: 'csv-unknown-column', line: 1, field: 'person;body;start;note' },
      { severity: 'error', code: 'csv-missing-column', line: 1 },
      { severity: 'error', code: 'csv-missing-column', line: 1 },
    ]);
    // A file whose header would be detected as comma-separated, read as semicolon-separated.
    const text = 'person;body;note;start\nA;BCH;x,y;1996\n';
    expect(datasetOf(importText(text, { delimiter: ';' })).memberships[0]!.note).toEqual({ en: 'x,y' });
    const tsv = 'person\tbody\tnote\tstart\nA\tBCH\ta;b,c\t1996\n';
    expect(datasetOf(importText(tsv, { delimiter: '\t' })).memberships[0]!.note).toEqual({ en: 'a;b,c' });
  });

  test('CRLF and lone CR line ends', () => {
    for (const f of ['crlf.csv', 'cr.csv']) {
      const d = datasetOf(importFixture(f));
      expect(personNames(d)).toEqual(['A', 'B']);
      expect(d.memberships.map((m) => m.start_date)).toEqual(['1996', '1997']);
    }
  });

  test('quoted fields hold delimiters, doubled quotes and line breaks', () => {
    const d = datasetOf(importFixture('quoted.csv'));
    expect(personNames(d)).toEqual(['Lê, Văn C', 'D', 'E']);
    expect(d.memberships[0]!.note).toEqual({ vi: 'dòng một\ndòng hai, có dấu phẩy\nvà "ngoặc kép"' });
    expect(d.memberships[0]!.citations).toEqual([{ source_id: 'bao-cao', locator: 'đoạn 5' }]);
    // White space inside a multi-line note is collapsed per line; the blank line is kept.
    expect(d.memberships[1]!.note).toEqual({ vi: 'x\n\ny' });
  });

  test('a row after a multi-line field is reported at its physical line (4), as data row 2', () => {
    const r = importFixture('quoted-error.csv');
    expect(r.ok).toBe(false);
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-bad-date', line: 4, row: 2, field: 'start' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “quoted-error.csv”, line 4, row 2, field “start”: “199x” is not a date; expected a date such as 1998, 6/1996, 1996-06, 15/6/1996 or 1996-06-15 (a trailing “?” marks an uncertain date).',
      vi: 'Tệp “quoted-error.csv”, dòng 4, hàng 2, trường “start”: “199x” không phải là ngày; cần dạng như 1998, 6/1996, 1996-06, 15/6/1996 hoặc 1996-06-15 (thêm “?” ở cuối nếu ngày không chắc chắn).',
    });
  });

  test('a trailing blank line (and blank rows) are no rows', () => {
    const r = importFixture('trailing-blank.csv');
    expect(r.problems).toEqual([]);
    expect(personNames(datasetOf(r))).toEqual(['A', 'B']);
    const blanks = datasetOf(importText('person,body,start\n\nA,BCH,1996\n,\n\n'));
    expect(personNames(blanks)).toEqual(['A']);
  });

  test('an unclosed quote is an error at the line where the field opens', () => {
    const r = importText('person,body,note\nA,BCH,ok\nB,BCH,"never closed\nC,BCH,x\n');
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-unclosed-quote', line: 3 }]);
    expect(rendered(r.problems[0]!).en).toBe(
      'File “test.csv”, line 3: a field opens with a double quote (") that is never closed, so the rest of the file would be one field; expected a closing quote (a quote inside a quoted field is written twice: "").',
    );
  });

  test('text after a closing quote is an error', () => {
    const r = importText('person,body\n"A"x,BCH\n');
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-text-after-quote', line: 2 }]);
  });

  test('scanCsv gives one start line per d3-dsv record, on any text without quoting mistakes', () => {
    const piece = fc.constantFrom('a', 'b', ',', ';', '\t', '\n', '\r', '\r\n', '"', '""', ' ', 'ễ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom<CsvDelimiter>(',', ';', '\t'), (parts, delim) => {
        const text = parts.join('');
        const s = scanCsv(text, delim);
        if (s.problems.length > 0) return;
        const rows = dsvFormat(delim).parseRows(text);
        expect(s.lines.length).toBe(rows.length);
        // Lines increase, and each record's line breaks account for the gap to the next one.
        rows.forEach((row, i) => {
          if (i + 1 >= rows.length) return;
          const breaks = row.join('').match(/\r\n|\r|\n/g)?.length ?? 0;
          expect(s.lines[i + 1]).toBe(s.lines[i]! + 1 + breaks);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('header', () => {
  test('an unknown column is a warning naming it and the columns read; the rest loads', () => {
    const r = importText('person,body,colour,start\nA,BCH,red,1996\n', {}, 'unknown-column.csv');
    expect(r.ok).toBe(true);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-unknown-column', line: 1, field: 'colour' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “unknown-column.csv”, line 1, field “colour”: the column “colour” is not read (its values are not loaded); the columns read are: person, person_id, body, parent_body, seats, post, role, start, end, start_cause, end_cause, destination, certainty, basis, note, source, group, group_color (Vietnamese names are accepted too: người, cơ quan, chức vụ, bắt đầu, kết thúc, lý do bắt đầu, lý do kết thúc, ghi chú, nguồn, …).',
      vi: 'Tệp “unknown-column.csv”, dòng 1, trường “colour”: cột “colour” không được đọc (giá trị của cột không được nạp); các cột được đọc: người, mã người, cơ quan, cơ quan cấp trên, số ghế, chức vụ, vai trò, bắt đầu, kết thúc, lý do bắt đầu, lý do kết thúc, nơi chuyển đến, mức chắc chắn, căn cứ, ghi chú, nguồn, nhóm, màu nhóm (hoặc tên tiếng Anh: person, person_id, body, parent_body, seats, post, role, start, end, start_cause, end_cause, destination, certainty, basis, note, source, group, group_color).',
    });
  });

  test('no body column: every row in one body named after the file, with a warning', () => {
    const r = importFixture('missing-column.csv');
    expect(r.ok).toBe(true);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-no-body-column', line: 1 }]);
    expect(datasetOf(r).organizations.map((o) => o.name)).toEqual([{ en: 'missing-column' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “missing-column.csv”, line 1: there is no body column, so every row is a membership of one body, named “missing-column” after the file.',
      vi: 'Tệp “missing-column.csv”, dòng 1: không có cột cơ quan, nên mọi hàng là thành viên của một cơ quan, đặt tên “missing-column” theo tên tệp.',
    });
  });

  test('a member list as parliaments publish it: its headings, dotted dates, comment rows, causes in its words', () => {
    const text = [
      'member count,name,Division,Date of election,Type of election,Date ceased to be a Member,reason',
      '',
      '1,Ann Ash,Warringah,26.3.1994,by_election,18.05.2019,defeated',
      '# New members elected in 2019,,,,,,',
      '2,Bob Birch,Warringah,18.05.2019,,,still_in_office',
      '3,Cy Cedar,Indi,2.3.1996,,3.10.1998,died',
      '4,Dee Dogwood,Indi,3.10.1998,by_election,,',
    ].join('\n');
    const r = importText(text, {}, 'reps.csv');
    expect(r.ok).toBe(true);
    expect(brief(r.problems)).toEqual([
      { severity: 'warning', code: 'csv-unknown-column', line: 1, field: 'member count' },
      { severity: 'warning', code: 'csv-no-body-column', line: 1 },
      { severity: 'warning', code: 'csv-comment-rows', line: 4, row: 3 },
    ]);
    const d = datasetOf(r);
    expect(d.organizations.map((o) => o.id)).toEqual(['reps']);
    expect(d.posts.map((p) => p.label.en)).toEqual(['Warringah', 'Indi']);
    expect(d.memberships.map((m) => [m.start_date, m.start_cause ?? null, m.end_date ?? null, m.end_cause ?? null])).toEqual([
      ['1994-03-26', 'by_election', '2019-05-18', 'term_end'],
      ['2019-05-18', null, null, null],
      ['1996-03-02', null, '1998-10-03', 'death'],
      ['1998-10-03', 'by_election', null, null],
    ]);
  });

  test('Vietnamese header aliases, in any case and with or without diacritics', () => {
    const text = [
      'NGƯỜI,Cơ quan,co quan cap tren,so ghe,Chức vụ,vai trò,Bắt đầu,ket thuc,Lý do bắt đầu,LY DO KET THUC,nơi chuyển đến,mức chắc chắn,căn cứ,Ghi chú,Nguồn',
      'Nguyễn Văn A,Ban Thường vụ,Ban Chấp hành,11,Bí thư,trưởng ban,1996,1999,bầu tại đại hội,nghỉ hưu,,nêu rõ,,x,báo cáo: đoạn 6',
      'Nguyễn Văn A,Ban Chấp hành,,35,,,1996,1999,bầu,về hưu,,,,,',
    ].join('\n');
    const d = datasetOf(importText(text));
    expect(d.organizations).toEqual([
      { id: 'ban-thuong-vu', name: { vi: 'Ban Thường vụ' }, parent_id: 'ban-chap-hanh', seats: 11 },
      { id: 'ban-chap-hanh', name: { vi: 'Ban Chấp hành' }, parent_id: null, seats: 35 },
    ]);
    expect(d.posts).toEqual([{ id: 'bi-thu', organization_id: 'ban-thuong-vu', label: { vi: 'Bí thư' }, seats: null }]);
    expect(d.memberships[0]).toEqual({
      id: 'm-nguyen-van-a-ban-thuong-vu-bi-thu',
      person_id: 'nguyen-van-a',
      organization_id: 'ban-thuong-vu',
      post_id: 'bi-thu',
      role: { vi: 'trưởng ban' },
      start_date: '1996',
      end_date: '1999',
      start_cause: 'elected',
      end_cause: 'retirement',
      certainty: 'stated',
      note: { vi: 'x' },
      citations: [{ source_id: 'bao-cao', locator: 'đoạn 6' }],
    });
    expect(d.memberships[1]).toMatchObject({ start_cause: 'elected', end_cause: 'retirement' });
  });

  test('a column named twice is an error; an unnamed empty column is ignored, an unnamed one with data is an error', () => {
    expect(brief(importText('person,body,người\nA,B,C\n').problems)).toEqual([
      { severity: 'error', code: 'csv-duplicate-column', line: 1, field: 'người' },
    ]);
    expect(importText('person,body,start,\nA,B,1996,\n').ok).toBe(true);
    const r = importText('person,body,\nA,B,oops\n');
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-unnamed-column', line: 1 }]);
    expect(rendered(r.problems[0]!).en).toBe(
      'File “test.csv”, line 1: column 3 has no header but holds “oops”; expected a header naming the column (person, person_id, body, parent_body, seats, post, role, start, end, start_cause, end_cause, destination, certainty, basis, note, source, group, group_color) or the column left empty.',
    );
  });

  test('an empty file, a header without rows, too many fields, a short row, an empty name', () => {
    expect(brief(importText('').problems)).toEqual([{ severity: 'error', code: 'csv-empty' }]);
    expect(brief(importText('\n\n').problems)).toEqual([{ severity: 'error', code: 'csv-empty' }]);
    expect(brief(importText('person,body\n').problems)).toEqual([{ severity: 'error', code: 'csv-no-rows', line: 1 }]);
    expect(brief(importText('person,body\nA,B,C\n').problems)).toEqual([{ severity: 'error', code: 'csv-too-many-fields', line: 2, row: 1 }]);
    // Trailing empty fields (a spreadsheet's extra delimiters) are fine.
    expect(importText('person,body,start\nA,B,1996,,\n').ok).toBe(true);
    const short = importText('person,body,start,note\nA,B,1996\n');
    expect(short.ok).toBe(true);
    expect(brief(short.problems)).toEqual([{ severity: 'warning', code: 'csv-short-row', line: 2, row: 1 }]);
    // Many short rows: one warning, counting the others.
    const shorts = importText('person,body,start,note\nA,B,1996\nC,B,1996\nD,B,1996,x\nE,B,1996\n');
    expect(brief(shorts.problems)).toEqual([{ severity: 'warning', code: 'csv-short-row', line: 2, row: 1 }]);
    expect(rendered(shorts.problems[0]!)).toEqual({
      en: 'File “test.csv”, line 2, row 1: the row has 3 fields but the header has 4; the missing ones are read as empty (so are those of 2 later row(s)).',
      vi: 'Tệp “test.csv”, dòng 2, hàng 1: hàng chỉ có 3 trường trong khi hàng tiêu đề có 4; các trường thiếu được coi là để trống (tương tự ở 2 hàng sau).',
    });
    const noDates = importText('person,body,start\nA,BCH,\n');
    expect(brief(noDates.problems)).toEqual([{ severity: 'error', code: 'csv-no-dates' }]);
    expect(rendered(noDates.problems[0]!).en).toBe(
      'File “test.csv”: no row has a start or end date, so the timeline would have no step; expected at least one date, e.g. the start of the term in the start column (bắt đầu).',
    );
    const empty = importText('person,body\n,BCH\n');
    expect(brief(empty.problems)).toEqual([{ severity: 'error', code: 'csv-missing-value', line: 2, row: 1, field: 'person' }]);
    expect(rendered(empty.problems[0]!)).toEqual({
      en: 'File “test.csv”, line 2, row 1, field “person”: the person is empty; expected the person\'s name.',
      vi: 'Tệp “test.csv”, dòng 2, hàng 1, trường “person”: ô người (person) để trống; cần tên người.',
    });
  });

  test('a workbook (.xlsx, a zip) is refused with a clear message', () => {
    const r = importText('PK\u0003\u0004rest of a zip');
    expect(r.ok).toBe(false);
    expect(rendered(r.problems[0]!).en).toBe(
      'File “test.csv”: the file is a zip archive, most likely an Excel workbook (.xlsx), not CSV text; expected a CSV file: save it from the spreadsheet as “CSV UTF-8”.',
    );
  });
});
