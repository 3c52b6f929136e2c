/**
 * CSV for spreadsheet users (issue 14): a semicolon CSV export (and template) opens back, and dates
 * a spreadsheet has changed (a month made the 1st, a date cell saved as its day number) warn at
 * their row, with how to fix them, in vi and en.
 */
import { describe, expect, test } from 'vitest';
import { exportCsv, csvProjection, csvTemplate } from '../../src/lib/io/csv.ts';
import { importFile } from '../../src/lib/io/import.ts';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import { serialDay } from '../../src/lib/io/csv-dates.ts';
import { csvTemplateText, datasetFileText, defaultCsvSeparator, roleTableText } from '../../src/lib/io/dataset-files.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { uncertainDataset } from './uncertain-dataset.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function load(name: string, text: string): Dataset {
  const r = importFile(name, enc(text));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
}

describe('a semicolon CSV', () => {
  test.each(['vi', 'en'] as const)('the built-in dataset exported with ";" (%s) opens back to the same projection', (lang) => {
    const d = loadBuiltIn().dataset;
    const text = exportCsv(d, { lang, delimiter: ';' });
    const header = text.replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(header.split(';').slice(0, 3)).toEqual(['person', 'body', 'parent_body']);
    expect(header).not.toContain(',');
    expect(csvProjection(load('quan6.csv', text), lang)).toEqual(csvProjection(d, lang));
  });

  test('uncertain dates survive a semicolon round trip', () => {
    const d = uncertainDataset();
    const back = load('u.csv', exportCsv(d, { lang: 'vi', delimiter: ';' }));
    expect(back.memberships.filter((m) => m.end_date === '1998?').length).toBe(d.memberships.filter((m) => m.end_date === '1998?').length);
    expect(csvProjection(back, 'vi')).toEqual(csvProjection(d, 'vi'));
  });

  test('the template with ";" imports as one membership', () => {
    const t = csvTemplate('vi', { delimiter: ';' });
    expect(t.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(';').length).toBe(18);
    const back = load('mau.csv', t);
    expect(back.memberships.length).toBe(1);
    expect(back.memberships[0]!.end_date).toBe('1999-06-15');
  });
});

describe('the separator the app offers', () => {
  const headOf = (text: string): string => text.replace(/^\uFEFF/, '').split('\r\n')[0]!;

  test('semicolon by default in Vietnamese, comma in English; the template follows the delimiter chosen, else the language', async () => {
    expect([defaultCsvSeparator('vi'), defaultCsvSeparator('en')]).toEqual([';', ',']);
    expect(headOf(await csvTemplateText('vi')).startsWith('person;person_id;body')).toBe(true);
    expect(headOf(await csvTemplateText('en')).startsWith('person,person_id,body')).toBe(true);
    expect(headOf(await csvTemplateText('en', ';')).startsWith('person;person_id;body')).toBe(true);
    expect(headOf(await csvTemplateText('vi', ',')).startsWith('person,person_id,body')).toBe(true);
    // Tab or "auto" in the import panel: the language's separator.
    expect(headOf(await csvTemplateText('vi', '\t')).startsWith('person;person_id;body')).toBe(true);
    expect(headOf(await csvTemplateText('en', '')).startsWith('person,person_id,body')).toBe(true);
  });

  test('the data file takes the separator asked for', async () => {
    const d = loadBuiltIn().dataset;
    expect(headOf(await datasetFileText(d, 'csv', 'vi')).startsWith('person;body')).toBe(true);
    expect(headOf(await datasetFileText(d, 'csv', 'vi', ',')).startsWith('person,body')).toBe(true);
    expect(headOf(await datasetFileText(d, 'csv', 'en')).startsWith('person,body')).toBe(true);
  });

  test('the role table follows the same separator as the data file (a new user found it in commas beside a semicolon CSV)', async () => {
    const { timeline } = loadBuiltIn();
    expect(headOf(await roleTableText(timeline, 'vi')).startsWith('id;Chức vụ;')).toBe(true);
    expect(headOf(await roleTableText(timeline, 'vi', ',')).startsWith('id,Chức vụ,')).toBe(true);
    expect(headOf(await roleTableText(timeline, 'en')).startsWith('id,Post,')).toBe(true);
    expect(headOf(await roleTableText(timeline, 'en', ';')).startsWith('id;Post;')).toBe(true);
  });
});

describe('dates a spreadsheet changed', () => {
  const rows = (cells: string[]): string => ['person,body,start,end', ...cells].join('\n');

  test('serial day numbers', () => {
    expect(serialDay(35217)).toEqual({ year: 1996, month: 6, day: 1 });
    expect(serialDay(36526)).toEqual({ year: 2000, month: 1, day: 1 });
  });

  test('a 1st of the month in a column that gives months elsewhere warns at its row; the date reads as written', () => {
    const r = importFile('a.csv', enc(rows(['An,Board,1996,01/06/1998', 'Bình,Board,1996,1997-03', 'Chi,Board,1996,1999-07-15'])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.memberships[0]!.end_date).toBe('1998-06-01');
    const w = r.problems.filter((p) => p.code === 'csv-date-first-of-month');
    expect(w.map((p) => [p.severity, p.line, p.row, p.field, p.params.month])).toEqual([['warning', 2, 1, 'end', '1998-06']]);
    expect(formatImportProblem(w[0]!, 'en')).toContain('may be the month 1998-06');
    expect(formatImportProblem(w[0]!, 'en')).toContain('Data > From Text/CSV');
    expect(formatImportProblem(w[0]!, 'vi')).toContain('có thể chỉ là tháng 1998-06');
  });

  test('a column whose full dates all fall on the 1st warns at each (every month made a day)', () => {
    const r = importFile('b.csv', enc(rows(['An,Board,1996-06-01,1998-03-01', 'Bình,Board,1996,1999-01-01'])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.filter((p) => p.code === 'csv-date-first-of-month').map((p) => [p.row, p.field])).toEqual([
      [1, 'start'],
      [1, 'end'],
      [2, 'end'],
    ]);
  });

  test('a column whose full dates are not all on the 1st, with no month-only date, gives no warning (the start column still does)', () => {
    const r = importFile('c.csv', enc(rows(['An,Board,1996-06-01,1998-03-14', 'Bình,Board,1996,1999-01-20'])));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.problems.filter((p) => p.code.startsWith('csv-date-')).map((p) => [p.code, p.field])).toEqual([['csv-date-first-of-month', 'start']]);
  });

  test('a month as Excel shows it (Jun-96) is read as that month; a two-digit year warns with the century Excel gives it', () => {
    const r = importFile('e.csv', enc(rows(['An,Board,Jun-96,mar-2001', 'Bình,Board,1996,Dec 29'])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.memberships.map((m) => [m.start_date, m.end_date])).toEqual([['1996-06', '2001-03'], ['1996', '2029-12']]);
    const w = r.problems.filter((p) => p.code === 'csv-date-two-digit-year');
    expect(w.map((p) => [p.row, p.field, p.params.date])).toEqual([[1, 'start', '1996-06'], [2, 'end', '2029-12']]);
    expect(formatImportProblem(w[0]!, 'en')).toContain('four-digit year');
    expect(formatImportProblem(w[0]!, 'vi')).toContain('năm đủ bốn chữ số');
  });

  test('a day number is read as its day with a warning at its row', () => {
    const r = importFile('d.csv', enc(rows(['An,Board,1996,35217', 'Bình,Board,1996,1999'])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.memberships[0]!.end_date).toBe('1996-06-01');
    const w = r.problems.find((p) => p.code === 'csv-date-serial')!;
    expect([w.line, w.row, w.field, w.params.date]).toEqual([2, 1, 'end', '1996-06-01']);
    expect(formatImportProblem(w, 'vi')).toContain('định dạng cột ngày là Văn bản');
  });
});

describe('what Excel writes around a CSV', () => {
  test("a first line 'sep=;' names the delimiter; the lines keep their numbers", () => {
    const csv = 'sep=;\r\nperson;body;start;end\r\nAn;Board;2010;\r\nBình;Board;2010;2012x\r\n';
    const r = importFile('excel.csv', new TextEncoder().encode(csv));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The bad end date is on line 4 of the file, as Excel shows it.
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['csv-bad-date', 4]]);
    const ok = importFile('excel.csv', new TextEncoder().encode('sep=;\nperson;body;start\nAn;Board;2010\n'));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.dataset.memberships).toHaveLength(1);
  });

  test("Excel's day-month-year display (1-Jun-96, 01-Jun-1996) is read as that day, a two-digit year said", () => {
    const csv = 'person,body,start,end\nAn,Board,1-Jun-96,\nBình,Board,01-Jun-1996,15-Mar-2001\n';
    const r = importFile('days.csv', new TextEncoder().encode(csv));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.memberships.map((m) => [m.start_date, m.end_date])).toEqual([['1996-06-01', undefined], ['1996-06-01', '2001-03-15']]);
    expect(r.problems.filter((p) => p.code === 'csv-date-two-digit-year').map((p) => p.line)).toEqual([2]);
  });
});
