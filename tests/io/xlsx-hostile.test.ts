/**
 * Workbooks as they come from real offices (issue 14, found by the break-it tester): a file that is
 * no workbook is refused in our own words (vi and en), saying what it is and how to fix it; merged
 * cells, formulas with no saved value and cells the reader cannot take no longer refuse the whole
 * workbook: each is a finding at its sheet and cell, and the dataset loads.
 */
import { describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importXlsx } from '../../src/lib/io/xlsx-import.ts';
import { formatImportProblem, type ImportProblem } from '../../src/lib/io/problems.ts';
import { pick } from '../../src/lib/model/lang.ts';
import { handXlsx, text, textRow } from './xlsx-hand.ts';

const HEADER = textRow(1, ['person', 'body', 'start', 'note']);

async function load(bytes: Uint8Array) {
  const r = await importXlsx('office.xlsx', bytes);
  return r;
}
const where = (p: ImportProblem) => [p.code, p.severity, p.sheet, p.cell];

/** A small workbook whose zip directory says its sheet unpacks to 2 GB (a zip bomb's claim). */
function bigZip(): Uint8Array {
  const bytes = handXlsx([{ name: 'memberships', rows: HEADER }]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
    if (name.endsWith('sheet1.xml')) view.setUint32(i + 24, 0x7fffffff, true);
  }
  return bytes;
}

describe('a file that is no workbook: our own sentence, what it is and how to fix it', () => {
  const cfb = (extra: string) => {
    const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const name = Array.from(extra).flatMap((c) => [c.charCodeAt(0), 0]);
    return new Uint8Array([...head, ...new Array(504).fill(0), ...name, 0, 0]);
  };
  const cases: [string, Uint8Array, string, string, string][] = [
    ['empty', new Uint8Array(), 'xlsx-empty-file', 'the file is empty (0 bytes)', 'tệp trống (0 byte)'],
    ['a CSV renamed .xlsx', strToU8('person,body\nAn,Board\n'), 'xlsx-not-zip', 'an .xlsx file starts as a zip archive', 'đổi đuôi tên tệp thành .csv'],
    ['an old .xls', cfb('Workbook'), 'xlsx-old-xls', 'Excel 97–2003 workbook (.xls)', 'Excel 97–2003 (.xls)'],
    ['a workbook with a password', cfb('EncryptedPackage'), 'xlsx-encrypted', 'protected by a password', 'bảo vệ bằng mật khẩu'],
    ['a zip of other files', zipSync({ 'word/document.xml': strToU8('<w/>') }), 'xlsx-not-xlsx', 'holds no Excel workbook', 'không chứa sổ làm việc Excel'],
    ['an OpenDocument spreadsheet', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }), 'xlsx-ods', 'OpenDocument spreadsheet (.ods', 'bảng tính OpenDocument (.ods'],
    ['a zip that says it unpacks to 2 GB', bigZip(), 'xlsx-too-large', 'would unpack to more than 256 MB', 'giải nén sẽ lớn hơn 256 MB'],
    ['a zip cut short', handXlsx([{ name: 'memberships', rows: HEADER }]).slice(0, 200), 'xlsx-unreadable', 'the workbook is damaged', 'sổ làm việc bị hỏng'],
  ];
  test.each(cases)('%s', async (_what, bytes, code, en, vi) => {
    const r = await load(bytes);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([[code, 'error']]);
    const p = r.problems[0]!;
    const sayEn = formatImportProblem(p, 'en');
    const sayVi = formatImportProblem(p, 'vi');
    expect(sayEn).toContain(en);
    expect(sayEn).toMatch(/^File “office\.xlsx”: .+ To fix: .+\.$/);
    expect(sayVi).toMatch(/^Tệp “office\.xlsx”: .+ Cách sửa: .+\.$/);
    expect(sayVi).toContain(vi);
    // The reader's own words (English internals) are never shown.
    for (const s of [sayEn, sayVi]) expect(s).not.toMatch(/Doesn't look like|unzip|legacy|InvalidInput|<c\/>|No data/);
  });

  test('no sheet holds memberships: the sheets found are named', async () => {
    const r = await load(handXlsx([{ name: 'Tổng hợp', rows: textRow(1, ['Họ tên đầy đủ', 'Ghi chú']) + textRow(2, ['An', 'x']) }, { name: 'Sheet2', rows: textRow(1, ['x']) }]));
    expect(r.ok).toBe(false);
    expect(r.problems.map(where)).toEqual([['xlsx-no-memberships', 'error', undefined, undefined]]);
    expect(formatImportProblem(r.problems[0]!, 'en')).toBe(
      'File “office.xlsx”: no sheet holds memberships: none is named “memberships” (or “thành viên”), and no sheet (“Tổng hợp”, “Sheet2”) has a first row with a “person” column. To fix: Name the sheet that holds the list “memberships” and give it a first row naming the columns, at least “person” and “body”, as in the CSV template.',
    );
    expect(formatImportProblem(r.problems[0]!, 'vi')).toContain('không trang nào (“Tổng hợp”, “Sheet2”) có hàng đầu với cột “người” (person)');
  });

  test('an empty memberships sheet is named', async () => {
    const r = await load(handXlsx([{ name: 'thành viên', rows: '' }, { name: 'bodies', rows: textRow(1, ['body']) }]));
    expect(r.problems.map(where)).toEqual([['xlsx-empty-sheet', 'error', 'thành viên', undefined]]);
    expect(formatImportProblem(r.problems[0]!, 'vi')).toMatch(/^Tệp “office\.xlsx”, trang “thành viên”: trang thành viên trống; cần hàng đầu ghi tên các cột/);
  });

  test('a sheet with another name but a person column is the memberships sheet', async () => {
    const r = await load(handXlsx([{ name: 'Ghi chú', rows: textRow(1, ['x']) }, { name: 'Danh sách', rows: HEADER + textRow(2, ['An', 'Board', '1996', null]) }]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.persons.map((p) => pick(p.name, 'vi'))).toEqual(['An']);
  });
});

describe('messy cells load, each a finding at its sheet and cell', () => {
  test('a body name merged down a column is taken for every row it covers', async () => {
    const rows = [HEADER, textRow(2, ['An', 'Board', '1996', null]), textRow(3, ['Bình', null, '1996', null]), textRow(4, ['Chi', null, '1997', null]), textRow(5, ['Dũng', 'Office', '1996', null])].join('');
    const r = await load(handXlsx([{ name: 'memberships', rows, merges: ['B2:B4'] }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const body = (id: string) => pick(r.dataset.organizations.find((o) => o.id === id)!.name, 'vi');
    expect(r.dataset.memberships.map((m) => [pick(r.dataset.persons.find((p) => p.id === m.person_id)!.name, 'vi'), body(m.organization_id)])).toEqual([
      ['An', 'Board'],
      ['Bình', 'Board'],
      ['Chi', 'Board'],
      ['Dũng', 'Office'],
    ]);
    const f = r.problems.filter((p) => p.code.startsWith('xlsx-merged'));
    expect(f.map(where)).toEqual([['xlsx-merged-filled', 'warning', 'memberships', 'B2:B4']]);
    expect(formatImportProblem(f[0]!, 'en')).toBe(
      'File “office.xlsx”, sheet “memberships”, range B2:B4: merged cells: “Board” was taken for column B of every row the range covers (rows 2–4), as the merge shows it. To fix: If that is what the merge means, nothing to fix; otherwise unmerge the cells (Merge & Center > Unmerge Cells) and write the value in each row.',
    );
    expect(formatImportProblem(f[0]!, 'vi')).toContain('Tệp “office.xlsx”, trang “memberships”, vùng B2:B4: ô gộp: “Board” được dùng cho cột B');
  });

  test('a range merged across columns is read in its first column, with a finding', async () => {
    const rows = [HEADER, `<row r="2">${text('A2', 'An')}${text('B2', 'Board')}${text('C2', '1996')}</row>`].join('');
    const r = await load(handXlsx([{ name: 'memberships', rows, merges: ['C2:D2'] }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.memberships.map((m) => [m.start_date, m.note])).toEqual([['1996', undefined]]);
    expect(r.problems.filter((p) => p.code.startsWith('xlsx-merged')).map((p) => [...where(p), p.params.columns])).toEqual([['xlsx-merged-across', 'warning', 'memberships', 'C2:D2', 'C–D']]);
  });

  test('a formula with no saved value is read as empty; one in the person column leaves its row out; the rest loads', async () => {
    const rows = [
      HEADER,
      `<row r="2">${text('A2', 'An')}${text('B2', 'Board')}${text('C2', '1996')}<c r="D2" t="str"><f>CONCATENATE(&quot;x&quot;,&quot;y&quot;)</f></c></row>`,
      `<row r="3"><c r="A3" t="str"><f>Sheet2!A1</f></c>${text('B3', 'Board')}${text('C3', '1996')}</row>`,
      textRow(4, ['Chi', 'Board', '1997', 'ok']),
    ].join('');
    const r = await load(handXlsx([{ name: 'memberships', rows }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.persons.map((p) => pick(p.name, 'vi'))).toEqual(['An', 'Chi']);
    expect(r.dataset.memberships.map((m) => m.note && pick(m.note, 'vi'))).toEqual([undefined, 'ok']);
    const f = r.problems.filter((p) => p.code === 'xlsx-formula-no-value');
    expect(f.map((p) => [...where(p), p.params.value, p.params.dropped])).toEqual([
      ['xlsx-formula-no-value', 'warning', 'memberships', 'D2', '=CONCATENATE("x","y")', 0],
      ['xlsx-formula-no-value', 'warning', 'memberships', 'A3', '=Sheet2!A1', 1],
    ]);
    expect(formatImportProblem(f[0]!, 'en')).toBe(
      'File “office.xlsx”, sheet “memberships”, cell D2: the cell holds a formula (=CONCATENATE("x","y")) with no value saved with it (the file was written by a program, not saved by a spreadsheet), so it is read as empty. To fix: Open the file in Excel or LibreOffice and save it so that the formulas are calculated; or copy the cells and paste them back as values only (Paste Values).',
    );
    expect(formatImportProblem(f[1]!, 'vi')).toContain('ô A3: ô chứa công thức (=Sheet2!A1) mà không kèm giá trị đã tính');
    expect(formatImportProblem(f[1]!, 'vi')).toContain('nên hàng bị bỏ qua');
    expect(formatImportProblem(f[1]!, 'vi')).toContain('Dán giá trị');
  });

  test('an error value, an unknown cell type and a shared-text index past the list are read as empty', async () => {
    const rows = [
      HEADER,
      `<row r="2">${text('A2', 'An')}${text('B2', 'Board')}${text('C2', '1996')}<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
      `<row r="3">${text('A3', 'Bình')}${text('B3', 'Board')}${text('C3', '1996')}<c r="D3" t="zz"><v>1</v></c></row>`,
      `<row r="4">${text('A4', 'Chi')}${text('B4', 'Board')}${text('C4', '1996')}<c r="D4" t="s"><v>7</v></c></row>`,
    ].join('');
    const r = await load(handXlsx([{ name: 'memberships', rows }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.persons).toHaveLength(3);
    const f = r.problems.filter((p) => p.code === 'xlsx-cell-unreadable');
    expect(f.map((p) => [p.cell, p.params.kind, p.params.value])).toEqual([
      ['D2', 'error', '#DIV/0!'],
      ['D3', 'type', 'zz'],
      ['D4', 'value', '7'],
    ]);
    expect(formatImportProblem(f[0]!, 'en')).toContain('cell D2: the cell holds the spreadsheet error #DIV/0! (a formula that failed), so it is read as empty.');
    expect(formatImportProblem(f[1]!, 'vi')).toContain('ô D3: ô có kiểu không thuộc định dạng .xlsx (“zz”), nên được đọc là ô trống.');
  });

  test('a refusal that the CSV rules make names the memberships sheet', async () => {
    const rows = [HEADER, textRow(2, ['An', 'Board', 'mùa xuân', null])].join('');
    const r = await load(handXlsx([{ name: 'memberships', rows }]));
    const p = r.problems.find((x) => x.field === 'start')!;
    expect(p.sheet).toBe('memberships');
    expect(formatImportProblem(p, 'en')).toMatch(/^File “office\.xlsx”, sheet “memberships”, line 2, row 1, field “start”: /);
  });
});

describe('the words', () => {
  test('every code the XLSX importer reports has a sentence and a fix in vi and en (NFC, one tone style)', async () => {
    const { XLSX_PROBLEM_CODES } = await import('../../src/lib/io/xlsx-messages.ts');
    const { problemFix } = await import('../../src/lib/i18n/problem-fixes.ts');
    const { findingKind } = await import('../../src/lib/i18n/findings.ts');
    expect([...XLSX_PROBLEM_CODES].sort()).toEqual(
      ['xlsx-body-cell-ignored', 'xlsx-cell-unreadable', 'xlsx-date-cell', 'xlsx-empty-file', 'xlsx-empty-sheet', 'xlsx-encrypted', 'xlsx-formula-no-value', 'xlsx-merged-across', 'xlsx-merged-filled', 'xlsx-no-memberships', 'xlsx-not-xlsx', 'xlsx-not-zip', 'xlsx-ods', 'xlsx-old-xls', 'xlsx-too-large', 'xlsx-unreadable'],
    );
    for (const code of XLSX_PROBLEM_CODES) {
      for (const lang of ['vi', 'en'] as const) {
        const fix = problemFix(code, lang);
        expect(fix, `${code} ${lang}`).toMatch(/\.$/);
        expect(fix.normalize('NFC')).toBe(fix);
      }
      expect(problemFix(code, 'vi')).not.toMatch(/(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zà-ỹđ])/iu);
    }
    // The findings (warnings) have a title of their own in the panel, in both languages.
    for (const code of ['xlsx-formula-no-value', 'xlsx-cell-unreadable', 'xlsx-merged-filled', 'xlsx-merged-across']) {
      expect(findingKind(code, 'vi').title).not.toBe('Ghi chú khác');
      expect(findingKind(code, 'en').title).not.toBe('Other notes');
    }
  });
});
