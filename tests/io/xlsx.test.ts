/**
 * XLSX import and export (issue 14): a round trip keeps every field the workbook carries (the
 * membership CSV's fields, the bodies' short names and classifications, the sources' details) and
 * every date's precision and uncertainty, for the built-in dataset and a dataset with uncertain
 * and interval dates; date cells that Excel made are read as days with a warning at their row;
 * workbooks are detected by their bytes and by name.
 */
import { describe, expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { exportXlsx, xlsxSheets } from '../../src/lib/io/xlsx-export.ts';
import { importXlsx } from '../../src/lib/io/xlsx-import.ts';
import { isXlsxFile } from '../../src/lib/io/xlsx-detect.ts';
import { importForAppAsync } from '../../src/lib/io/import-drawable.ts';
import { csvProjection } from '../../src/lib/io/csv-export.ts';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { pick } from '../../src/lib/model/lang.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { uncertainDataset } from './uncertain-dataset.ts';

async function roundTrip(d: Dataset, lang: 'vi' | 'en'): Promise<Dataset> {
  const bytes = await exportXlsx(d, { lang });
  const r = await importXlsx('back.xlsx', bytes);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  expect(r.problems.map((p) => p.code)).not.toContain('xlsx-date-cell');
  return r.dataset;
}

describe('an XLSX round trip', () => {
  test.each(['vi', 'en'] as const)('the built-in dataset (%s): every membership field, body and source detail', async (lang) => {
    const d = loadBuiltIn().dataset;
    const back = await roundTrip(d, lang);
    expect(csvProjection(back, lang)).toEqual(csvProjection(d, lang));
    expect(back.memberships.map((m) => [m.start_date, m.end_date])).toEqual(d.memberships.map((m) => [m.start_date, m.end_date]));
    // The whole workbook (issue 14): the bodies and sources come back as they were, in both languages (tests/io/xlsx-whole.test.ts compares every field).
    expect(back.organizations).toEqual(d.organizations);
    expect(back.sources).toEqual(d.sources);
  });

  test('a dataset with uncertain and interval dates keeps each date and its precision', async () => {
    const d = uncertainDataset();
    const back = await roundTrip(d, 'vi');
    expect(csvProjection(back, 'vi')).toEqual(csvProjection(d, 'vi'));
    const ends = back.memberships.map((m) => m.end_date ?? '');
    expect(ends.filter((e) => e === '1998?').length).toBe(d.memberships.filter((m) => m.end_date === '1998?').length);
    expect(ends.filter((e) => e === '1998?').length).toBeGreaterThan(0);
    expect(ends).toContain('1996-06');
    expect(back.sources[0]!.url).toBe('https://example.org/bao-cao-kiem-diem-quan-6');
    expect(back.sources[0]!.report_date).toBe('2000-04/2000-12');
  });

  test('the workbook holds the memberships sheet first, then a sheet per kind of record; partial dates as text cells in the Text format', async () => {
    const d = uncertainDataset();
    const bytes = await exportXlsx(d, { lang: 'en' });
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const sheets = await readXlsxFile(bytes.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(['memberships', 'bodies', 'sources', 'dataset', 'persons', 'posts', 'events', 'claims', 'annotations', 'notes', 'citations', 'alternatives', 'readings', 'reading_memberships', 'reading_persons', 'reading_posts']);
    const rows = sheets[0]!.data;
    const endCol = rows[0]!.indexOf('end');
    expect(rows.slice(1).map((r) => r[endCol])).toContain('1998?');
    expect(rows.slice(1).every((r) => r[endCol] === null || typeof r[endCol] === 'string')).toBe(true);
    expect(sheets[1]!.data[0]!.slice(0, 9)).toEqual(['id', 'name_en', 'name_vi', 'short_name_en', 'short_name_vi', 'parent_id', 'seats', 'classification', 'color']);
    expect(sheets[1]!.data[1]!.slice(0, 9)).toEqual(['bch', 'District 6 Party Executive Committee', 'Ban Chấp hành Đảng bộ Quận 6', 'EC', 'BCH', 'null', 35, 'executive committee', null]);
    expect(xlsxSheets(d, 'en').sources[1]![4]).toBe('https://example.org/bao-cao-kiem-diem-quan-6');
  });
});

describe('dates Excel has made', () => {
  test('a date cell under start or end is read as its day, with a warning at its row in vi and en', async () => {
    const header = ['person', 'body', 'start', 'end'].map((v) => ({ type: String, value: v }));
    const blob = await writeXlsxFile([
      header,
      [{ type: String, value: 'An' }, { type: String, value: 'Board' }, { type: String, value: '1996' }, { type: Date, value: new Date(Date.UTC(1999, 5, 1)), format: 'dd/mm/yyyy' }],
      [{ type: String, value: 'Bình' }, { type: String, value: 'Board' }, { type: String, value: '1996-06' }, null],
    ] as never).toBlob();
    const r = await importXlsx('edited.xlsx', new Uint8Array(await blob.arrayBuffer()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.memberships.map((m) => [m.start_date, m.end_date])).toEqual([['1996', '1999-06-01'], ['1996-06', undefined]]);
    const w = r.problems.find((p) => p.code === 'xlsx-date-cell')!;
    expect([w.severity, w.row, w.line, w.field, w.params.value]).toEqual(['warning', 1, 2, 'end', '1999-06-01']);
    expect(formatImportProblem(w, 'en')).toContain('Format the cell as Text');
    expect(formatImportProblem(w, 'vi')).toContain('Định dạng ô là Văn bản');
  });

  test('a file that is no workbook but named .xlsx is refused with a located reason (more in xlsx-hostile.test.ts)', async () => {
    const r = await importXlsx('x.xlsx', new TextEncoder().encode('person,body\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['xlsx-not-zip']);
  });
});

describe('detection', () => {
  test('by the zip bytes whatever the name, and by the .xlsx name', async () => {
    const bytes = await exportXlsx(loadBuiltIn().dataset);
    expect(isXlsxFile('data.bin', bytes)).toBe(true);
    expect(isXlsxFile('DATA.XLSX', new Uint8Array([1, 2]))).toBe(true);
    expect(isXlsxFile('data.csv', new TextEncoder().encode('person,body'))).toBe(false);
    // An old .xls or a password-protected workbook (a compound file) goes to the XLSX importer, which says what it is.
    expect(isXlsxFile('old.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe(true);
    expect(isXlsxFile('list.XLS', new Uint8Array([1]))).toBe(true);
    expect(isXlsxFile('list.ods', new Uint8Array([1]))).toBe(true);
    const old = await importForAppAsync('list.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(old.problems.map((p) => p.code)).toEqual(['xlsx-old-xls']);
    const r = await importForAppAsync('data.bin', bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.memberships.length).toBe(loadBuiltIn().dataset.memberships.length);
  });
});

describe('the bodies sheet', () => {
  test('a cell that contradicts the memberships sheet or cannot be read is left out with a warning at its row; no membership leaves the chart', async () => {
    const t = (v: string) => ({ type: String, value: v });
    const memberships = [
      ['person', 'body', 'parent_body', 'seats', 'start'].map(t),
      ['An', 'A', '', '3', '2010'].map(t),
      ['Bình', 'B', 'A', '2', '2010'].map(t),
      ['An', 'B', 'A', '2', '2010'].map(t),
    ];
    const bodies = [
      ['body', 'short_name', 'parent_body', 'seats', 'classification', 'color'].map(t),
      ['A', 'AA', '', '99', 'party', 'javascript:alert(1)'].map(t),
      ['B', '', 'Z', '2', '', '#0072B2'].map(t),
      ['Nobody', '', '', '', '', ''].map(t),
    ];
    const blob = await writeXlsxFile([{ sheet: 'memberships', data: memberships }, { sheet: 'bodies', data: bodies }] as never).toBlob();
    const r = await importXlsx('bodies.xlsx', new Uint8Array(await blob.arrayBuffer()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.dataset.organizations.find((o) => pick(o.name, 'vi') === 'A')!;
    const b = r.dataset.organizations.find((o) => pick(o.name, 'vi') === 'B')!;
    // Taken: the short name and a good colour; not taken: 99 seats, a party classification on a body with members, a bad colour, another parent.
    expect([pick(a.short_name, 'vi'), a.seats, a.classification, a.color]).toEqual(['AA', 3, undefined, undefined]);
    expect([b.color, b.parent_id]).toEqual(['#0072B2', a.id]);
    expect(r.dataset.memberships.filter((m) => m.organization_id === a.id)).toHaveLength(1);
    const w = r.problems.filter((p) => p.code === 'xlsx-body-cell-ignored').map((p) => [p.line, p.field, p.params.value, p.params.why]);
    expect(w).toEqual([
      [2, 'seats', '99', 'seats'],
      [2, 'classification', 'party', 'group'],
      [2, 'color', 'javascript:alert(1)', 'color'],
      [3, 'parent_body', 'Z', 'parent'],
      [4, 'body', 'Nobody', 'unknown-body'],
    ]);
    const first = r.problems.find((p) => p.code === 'xlsx-body-cell-ignored')!;
    expect(formatImportProblem(first, 'en')).toContain('the seats come from the memberships sheet');
    expect(formatImportProblem(first, 'vi')).toContain('số lượng lấy từ trang thành viên');
  });
});
