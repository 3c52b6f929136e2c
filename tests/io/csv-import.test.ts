/**
 * From rows to a dataset: text normalisation and name matching, causes and certainty in words,
 * seats and parents that must agree, semantic problems mapped back to rows, hostile strings and
 * formula escapes.
 */
import { describe, expect, test } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { endCauseOf, startCauseOf, certaintyOf, columnOf, foldKey } from '../../src/lib/io/csv-columns.ts';
import { exportCsv, slugify, unescapeFormula, escapeFormula, CSV_PROBLEM_CODES } from '../../src/lib/io/csv.ts';
import { registeredCodes, formatImportProblem, importProblemSentence } from '../../src/lib/io/problems.ts';
import { brief, datasetOf, importFixture, importText, personNames, rendered } from './fixtures/csv/helpers.ts';

describe('normalisation and names', () => {
  test('rows that differ only by NFC/NFD, Ð/Đ and white space name the same person and body', () => {
    const r = importFixture('same-person.csv');
    const d = datasetOf(r);
    expect(d.persons).toEqual([{ id: 'dinh-van-anh', name: { vi: 'Đinh Văn Ánh' } }]);
    expect(d.organizations).toEqual([{ id: 'ban-chap-hanh', name: { vi: 'Ban Chấp hành' }, parent_id: null }]);
    expect(d.memberships.map((m) => [m.person_id, m.organization_id, m.start_date])).toEqual([
      ['dinh-van-anh', 'ban-chap-hanh', '1996'],
      ['dinh-van-anh', 'ban-chap-hanh', '1997'],
      ['dinh-van-anh', 'ban-chap-hanh', '1998'],
    ]);
    expect(d.memberships.map((m) => m.id)).toEqual(['m-dinh-van-anh-ban-chap-hanh', 'm-dinh-van-anh-ban-chap-hanh-2', 'm-dinh-van-anh-ban-chap-hanh-3']);
    // The look-alike Ð is reported where it was found; three open memberships of one name in one body overlap (one name, two people?).
    expect(brief(r.problems)).toEqual([
      { severity: 'warning', code: 'csv-same-name-overlap', line: 3, row: 2, field: 'person' },
      { severity: 'warning', code: 'eth-replaced', line: 4, row: 3, field: 'person' },
      { severity: 'warning', code: 'csv-same-name-overlap', line: 4, row: 3, field: 'person' },
    ]);
    expect(rendered(r.problems[1]!)).toEqual({
      en: 'File “same-person.csv”, line 4, row 3, field “person”: the Vietnamese text “\u00D0inh  Văn Ánh ” used the look-alike letter Ð (U+00D0, Icelandic eth); it was read as Đ (U+0110): “Đinh Văn Ánh”.',
      vi: 'Tệp “same-person.csv”, dòng 4, hàng 3, trường “person”: chuỗi tiếng Việt “\u00D0inh  Văn Ánh ” dùng chữ Ð trông giống (U+00D0, chữ eth của tiếng Iceland); đã được đọc thành Đ (U+0110): “Đinh Văn Ánh”.',
    });
  });

  test('every imported string is NFC, trimmed, with white space collapsed; case is kept', () => {
    const nfd = 'Nguyễn  Văn\u00A0A'.normalize('NFD');
    const d = datasetOf(importText(`person,body,note,start\n  ${nfd}  ,  BCH ,"  một\t hai  ",1996\nnguyễn văn a,BCH,,1996\n`));
    expect(d.persons.map((p) => p.name)).toEqual([{ vi: 'Nguyễn Văn A' }, { vi: 'nguyễn văn a' }]);
    expect(d.memberships[0]!.note).toEqual({ vi: 'một hai' });
  });

  test('ids are slugs of the names, made unique', () => {
    expect(slugify('Ban Chấp hành Đảng bộ Quận 6', 'x')).toBe('ban-chap-hanh-dang-bo-quan-6');
    expect(slugify('***', 'person')).toBe('person');
    const d = datasetOf(importText('person,body,start\nLê Văn A,BCH,1996\nLe Van A,BCH,1996\n!!,BCH,1996\n'));
    expect(d.persons.map((p) => p.id)).toEqual(['le-van-a', 'le-van-a-2', 'person']);
  });

  test('header, cause and certainty matching ignore case and diacritics', () => {
    expect(foldKey('Lý do  bắt-đầu')).toBe('ly do bat dau');
    expect(columnOf('LÝ DO KẾT THÚC')).toBe('end_cause');
    expect(columnOf('Nguồn')).toBe('source');
    expect(columnOf('nguon')).toBe('source');
  });
});

describe('causes and certainty', () => {
  test('codes and friendly words in vi and en', () => {
    const start: [string, string][] = [
      ['elected', 'elected'],
      ['Bầu tại đại hội', 'elected'],
      ['by_election', 'by_election'],
      ['By-election', 'by_election'],
      ['bầu bổ sung', 'by_election'],
      ['chỉ định', 'appointed'],
      ['appointed', 'appointed'],
      ['đề bạt', 'promoted'],
      ['không rõ', 'unknown'],
    ];
    for (const [w, c] of start) expect([w, startCauseOf(w)]).toEqual([w, c]);
    const end: [string, string][] = [
      ['xóa tên', 'removed_from_roll'],
      ['Xoá tên', 'removed_from_roll'],
      ['removed from the roll', 'removed_from_roll'],
      ['khai trừ', 'expelled'],
      ['chuyển công tác', 'transfer'],
      ['Transferred', 'transfer'],
      ['nghỉ hưu', 'retirement'],
      ['về hưu', 'retirement'],
      ['retired', 'retirement'],
      ['từ chức', 'resignation'],
      ['từ trần', 'death'],
      ['miễn nhiệm', 'dismissed'],
      ['hết nhiệm kỳ', 'term_end'],
      ['term_end', 'term_end'],
      ['chuyển chức vụ', 'promoted'],
      ['unknown', 'unknown'],
    ];
    for (const [w, c] of end) expect([w, endCauseOf(w)]).toEqual([w, c]);
    expect(startCauseOf('nghỉ hưu')).toBeNull();
    expect(endCauseOf('bầu bổ sung')).toBeNull();
    expect(certaintyOf('Suy luận')).toBe('inferred');
    expect(certaintyOf('nêu rõ')).toBe('stated');
  });

  test('an unknown cause loads as unknown, with a warning naming the row, the value and the accepted values', () => {
    const r = importText('person,body,start,start_cause,end,end_cause\nA,BCH,1996,bầu,1998,bỏ trốn\n');
    expect(r.ok).toBe(true);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-unknown-value', line: 2, row: 1, field: 'end_cause' }]);
    expect(datasetOf(r).memberships[0]).toMatchObject({ start_cause: 'elected', end_cause: 'unknown' });
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “test.csv”, line 2, row 1, field “end_cause”: unknown end_cause “bỏ trốn”, read as unknown; expected one of: term_end (hết nhiệm kỳ), removed_from_roll (xóa tên), expelled (khai trừ), transfer (chuyển công tác), retirement (nghỉ hưu), resignation (từ chức), death (từ trần), dismissed (miễn nhiệm), promoted (chuyển chức vụ), changed_group (chuyển nhóm), unknown (không rõ).',
      vi: 'Tệp “test.csv”, dòng 2, hàng 1, trường “end_cause”: giá trị lý do kết thúc (end_cause) “bỏ trốn” không được nhận biết, được đọc là không rõ; cần một trong: term_end (hết nhiệm kỳ), removed_from_roll (xóa tên), expelled (khai trừ), transfer (chuyển công tác), retirement (nghỉ hưu), resignation (từ chức), death (từ trần), dismissed (miễn nhiệm), promoted (chuyển chức vụ), changed_group (chuyển nhóm), unknown (không rõ).',
    });
    const certainty = importText('person,body,certainty,start\nA,BCH,maybe,1996\n');
    expect(certainty.ok).toBe(true);
    expect(datasetOf(certainty).memberships[0]!.certainty).toBeUndefined();
    expect(rendered(certainty.problems[0]!).en).toBe(
      'File “test.csv”, line 2, row 1, field “certainty”: unknown certainty “maybe”, read as stated; expected one of: stated (nêu rõ), inferred (suy luận).',
    );
  });

  test('an inferred row without a basis is a warning at that row', () => {
    const r = importText('person,body,certainty,basis,start\nA,BCH,inferred,,1996\nB,BCH,inferred,because,1996\n');
    expect(r.ok).toBe(true);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-inferred-without-basis', line: 2, row: 1, field: 'basis' }]);
    expect(datasetOf(r).memberships[1]).toMatchObject({ certainty: 'inferred', basis: { en: 'because' } });
  });
});

describe('bodies', () => {
  test('parent_body and seats on any row of a body; an empty cell does not disagree', () => {
    const d = datasetOf(
      importText('person,body,parent_body,seats,start\nA,BCH,,35,1996\nA,BTV,BCH,,1996\nB,BCH,,,1996\nB,BTV,BCH,11,1996\nC,Standing Office,BTV,,1996\nC,BTV,,,1996\nC,BCH,,35,1996\n'),
    );
    expect(d.organizations).toEqual([
      { id: 'bch', name: { en: 'BCH' }, parent_id: null, seats: 35 },
      { id: 'btv', name: { en: 'BTV' }, parent_id: 'bch', seats: 11 },
      { id: 'standing-office', name: { en: 'Standing Office' }, parent_id: 'btv' },
    ]);
  });

  test('a body named only as a parent is created', () => {
    const d = datasetOf(importText('person,body,parent_body,start\nA,Sub,Top,1996\nA,Top,,1996\n'));
    expect(d.organizations.map((o) => [o.id, o.parent_id])).toEqual([
      ['sub', 'top'],
      ['top', null],
    ]);
  });

  test('seats or parents that disagree are errors naming both rows', () => {
    const r = importText('person,body,parent_body,seats\nA,BCH,,35\nB,BTV,BCH,11\nC,BCH,,34\nD,BTV,Top,\n');
    expect(brief(r.problems)).toEqual([
      { severity: 'error', code: 'csv-seats-conflict', line: 4, row: 3, field: 'seats' },
      { severity: 'error', code: 'csv-parent-conflict', line: 5, row: 4, field: 'parent_body' },
    ]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “test.csv”, line 4, row 3, field “seats”: the body “BCH” has 34 seats here but 35 at line 2 (row 1); expected the same number on every row of a body, or the cell left empty.',
      vi: 'Tệp “test.csv”, dòng 4, hàng 3, trường “seats”: cơ quan “BCH” có 34 ghế ở hàng này nhưng 35 ghế ở dòng 2 (hàng 1); mọi hàng của một cơ quan phải ghi cùng một số, hoặc để trống.',
    });
    expect(rendered(r.problems[1]!).en).toBe(
      'File “test.csv”, line 5, row 4, field “parent_body”: the body “BTV” is inside “Top” here but inside “BCH” at line 3 (row 2); expected the same parent body on every row of a body, or the cell left empty.',
    );
  });

  test('seats that are not a whole number', () => {
    const r = importText('person,body,seats\nA,BCH,35.5\n');
    expect(rendered(r.problems[0]!).en).toBe('File “test.csv”, line 2, row 1, field “seats”: “35.5” is not a number of seats; expected a whole number ≥ 0, e.g. 35.');
  });
});

describe('semantic checks mapped to rows', () => {
  test('a CSV post gives no seat count: any number may hold it at once (seats null), so two holders are no finding', () => {
    const r = importText('người,cơ quan,chức vụ,bắt đầu\nNguyễn Văn A,Ban Chấp hành,Bí thư,1996\nTrần Văn B,Ban Chấp hành,Bí thư,1998\n');
    expect(r.ok).toBe(true);
    expect(datasetOf(r).posts).toEqual([{ id: 'bi-thu', organization_id: 'ban-chap-hanh', label: { vi: 'Bí thư' }, seats: null }]);
    expect(r.problems).toEqual([]);
  });

  test('a member of a child body who is not in the parent; more members than seats; end before start', () => {
    const nesting = importText('person,body,parent_body,start\nA,BTV,BCH,1996\nB,BCH,,1996\n');
    expect(nesting.ok).toBe(true);
    expect(brief(nesting.problems)).toEqual([{ severity: 'warning', code: 'not-in-parent', line: 2, row: 1, field: 'body' }]);
    expect(rendered(nesting.problems[0]!).en).toBe(
      'File “test.csv”, line 2, row 1, field “body”: Person “A” is a member of “BTV” but not of its parent “BCH” at step “1996” (index 0); expected every member of a body to be a member of the body that contains it.',
    );
    const seats = importText('person,body,seats,start\nA,BCH,1,1996\nB,BCH,,1997\n');
    expect(seats.ok).toBe(true);
    expect(brief(seats.problems)).toEqual([{ severity: 'warning', code: 'over-seats', line: 2, row: 1, field: 'seats' }]);
    const order = importText('person,body,start,end\nA,BCH,1999,1996\n');
    expect(order.ok).toBe(true);
    expect(datasetOf(order).memberships).toHaveLength(1);
    expect(brief(order.problems)).toEqual([{ severity: 'warning', code: 'end-before-start', line: 2, row: 1, field: 'end' }]);
    expect(rendered(order.problems[0]!).vi).toBe(
      'Tệp “test.csv”, dòng 2, hàng 1, trường “end”: Bản ghi thành viên của “A” trong “BCH” kết thúc (1996) trước khi bắt đầu (1999) nên được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu; ngày kết thúc phải không sớm hơn ngày bắt đầu.',
    );
  });

  test('a body inside itself is a parent cycle at the row that says so', () => {
    const r = importText('person,body,parent_body,start,end\nA,BCH,,1996,1997\nA,BCH,BCH,1997,\n');
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'parent-cycle', line: 3, row: 2, field: 'parent_body' }]);
  });

  test('every CSV code has vi and en templates', () => {
    for (const code of [...CSV_PROBLEM_CODES, 'eth-replaced']) expect(registeredCodes()).toContain(code);
    expect(CSV_PROBLEM_CODES.length).toBeGreaterThanOrEqual(20);
    // A template renders in both languages without leaving placeholders.
    for (const code of CSV_PROBLEM_CODES) {
      const p = { severity: 'error' as const, code, file: 'f.csv', line: 1, params: {}, message: '' };
      expect(formatImportProblem(p, 'vi')).not.toMatch(/undefined|\$\{/);
      expect(formatImportProblem(p, 'en')).not.toMatch(/undefined|\$\{/);
    }
  });
});

describe('hostile strings and formulas', () => {
  const HOSTILE = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '"; DROP TABLE persons; --',
    "Robert'); DROP TABLE Students;--",
    '${7*7} {{constructor.constructor("x")()}}',
    '__proto__',
    'constructor',
    '\u202Eevil\u202C',
    'zero\u200Bwidth\u200Djoin',
    '🙂 emoji, "quoted", semi; colon',
    'back\\slash %s %n',
    'a\nb',
  ];

  test('hostile strings are kept verbatim as names and notes, and survive export and re-import', () => {
    const rows = HOSTILE.map((h, i) => [h, `Body ${i}`, h]);
    const text = ['person,body,note,start', ...rows.map((r) => [...r.map((c) => `"${c.replace(/"/g, '""')}"`), '1996'].join(','))].join('\n');
    const d = datasetOf(importText(text));
    expect(d.persons.map((p) => p.name.en)).toEqual(HOSTILE);
    expect(d.memberships.map((m) => m.note?.en)).toEqual(HOSTILE);
    const again = datasetOf(importText(exportCsv(d, { lang: 'en' })));
    expect(again.persons.map((p) => p.name.en)).toEqual(HOSTILE);
    expect(again.memberships.map((m) => m.note?.en)).toEqual(HOSTILE);
  });

  test('escapeFormula and unescapeFormula are inverse', () => {
    const cases: [string, string][] = [
      ['=SUM(A1)', "'=SUM(A1)"],
      ['+1', "'+1"],
      ['-2', "'-2"],
      ['@cmd', "'@cmd"],
      ["'=x", "''=x"],
      ["'plain", "'plain"],
      ['plain', 'plain'],
      ['a=b', 'a=b'],
      ['', ''],
    ];
    for (const [raw, escaped] of cases) {
      expect(escapeFormula(raw)).toBe(escaped);
      expect(unescapeFormula(escaped)).toBe(raw);
    }
  });

  test('escaped formulas in a file are restored on import, and escaped again on export', () => {
    const d = datasetOf(importFixture('formula.csv'));
    expect(personNames(d)).toEqual(['=HYPERLINK("http://x";"y")', '@SUM(A1)', '-x']);
    expect(d.memberships.map((m) => m.note?.en)).toEqual(['+1', "'-2", "'plain"]);
    const out = exportCsv(d, { lang: 'en', bom: false });
    // The raw cells as written (d3-dsv undoes the CSV quoting only).
    const cells = dsvFormat(',').parse(out).map((r) => [r.person, r.note]);
    expect(cells).toEqual([
      [`'=HYPERLINK("http://x";"y")`, "'+1"],
      ["'@SUM(A1)", "''-2"],
      ["'-x", "'plain"],
    ]);
    expect(out.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""http://x"";""y"")",`)).toBe(true);
  });
});
