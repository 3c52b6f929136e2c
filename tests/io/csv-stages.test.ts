/** Each stage of importCsvText on its own, with the values and problems it must give. */
import { describe, expect, test } from 'vitest';
import { cellNormalizer, CsvLog, detectLanguage, fieldName, mapHeader, readRecords, readRows, type Row } from '../../src/lib/io/csv-rows.ts';
import { readCells, readDates } from '../../src/lib/io/csv-cells.ts';
import { assembleDataset, buildBodies, buildRecords, checkSemantics, IdPool, mapModelProblem, sortProblems } from '../../src/lib/io/csv-build.ts';
import { brief } from './fixtures/csv/helpers.ts';
import type { CsvColumn } from '../../src/lib/io/csv-columns.ts';

const field = (c: CsvColumn): string => c;

/** Runs the stages up to the rows on `text` (comma-separated). */
function rowsOf(text: string, log = new CsvLog('t.csv')) {
  const recs = readRecords(text, ',', log)!;
  const lang = detectLanguage(recs.records);
  const norm = cellNormalizer(lang);
  const header = mapHeader(recs, norm, log);
  return { recs, lang, header, rows: readRows(recs, header, norm, log), log };
}

describe('csv-rows stages', () => {
  test('readRecords: records with physical lines, the header after blank lines', () => {
    const log = new CsvLog('t.csv');
    const r = readRecords('\n,\nperson,body\n"A\nB",C\n', ',', log)!;
    expect(r.headerIndex).toBe(2);
    expect(r.records[3]).toEqual(['A\nB', 'C']);
    expect(r.lines).toEqual([1, 2, 3, 4]);
    expect(log.problems).toEqual([]);
  });

  test('readRecords: quoting errors and an empty file give null and errors', () => {
    const log = new CsvLog('t.csv');
    expect(readRecords('person,body\n"A,B\n', ',', log)).toBeNull();
    expect(brief(log.problems)).toEqual([{ severity: 'error', code: 'csv-unclosed-quote', line: 2 }]);
    const empty = new CsvLog('t.csv');
    expect(readRecords(' , \n', ',', empty)).toBeNull();
    expect(brief(empty.problems)).toEqual([{ severity: 'error', code: 'csv-empty' }]);
  });

  test('detectLanguage: given, else vi when any cell is Vietnamese', () => {
    expect(detectLanguage([['person'], ['Nguyễn Văn A']])).toBe('vi');
    expect(detectLanguage([['person'], ['John Smith']])).toBe('en');
    expect(detectLanguage([['Nguyễn']], 'en')).toBe('en');
  });

  test('mapHeader: English and Vietnamese names, unknown, duplicate and missing columns', () => {
    // No body column with a person column: a warning (one body named after the file); no person column: an error.
    const noBody = new CsvLog('data/au-reps.csv');
    mapHeader(readRecords('name,Division,Date of election,reason\nA,X,1996,died\n', ',', noBody)!, cellNormalizer('en'), noBody);
    expect(brief(noBody.problems)).toEqual([{ severity: 'warning', code: 'csv-no-body-column', line: 1 }]);
    expect(noBody.problems[0]!.params).toEqual({ body: 'au-reps' });
    const log = new CsvLog('t.csv');
    const recs = readRecords('họ tên,bogus,person,start\nA,x,B,1996\n', ',', log)!;
    const h = mapHeader(recs, cellNormalizer('vi'), log);
    expect(h.columns).toEqual(['person', null, null, 'start']);
    expect(h.line).toBe(1);
    expect(h.width).toBe(4);
    expect(fieldName(h, 'person')).toBe('họ tên');
    expect(fieldName(h, 'body')).toBe('body');
    expect(brief(log.problems)).toEqual([
      { severity: 'warning', code: 'csv-unknown-column', line: 1, field: 'bogus' },
      { severity: 'error', code: 'csv-duplicate-column', line: 1, field: 'person' },
      { severity: 'warning', code: 'csv-no-body-column', line: 1 },
    ]);
    const noPerson = new CsvLog('t.csv');
    mapHeader(readRecords('body,start\nBCH,1996\n', ',', noPerson)!, cellNormalizer('en'), noPerson);
    expect(brief(noPerson.problems)).toEqual([{ severity: 'error', code: 'csv-missing-column', line: 1 }]);
    expect(noPerson.problems[0]!.params).toEqual({ column: 'person' });
  });

  test('readRows: normalised cells, formula escapes undone, Ð reported, short and long rows', () => {
    const { rows, log } = rowsOf('person,body,note\n\u00D0inh  Văn A ,BCH,\'=1+1\nB,BCH\n\nC,BCH,x,extra\n');
    expect(rows).toEqual([
      { line: 2, row: 1, cells: { person: 'Đinh Văn A', body: 'BCH', note: '=1+1' } },
      { line: 3, row: 2, cells: { person: 'B', body: 'BCH' } },
    ]);
    expect(brief(log.problems)).toEqual([
      { severity: 'warning', code: 'eth-replaced', line: 2, row: 1, field: 'person' },
      { severity: 'error', code: 'csv-too-many-fields', line: 5, row: 4 },
      { severity: 'warning', code: 'csv-short-row', line: 3, row: 2 },
    ]);
  });

  test('readRows: no data rows is csv-no-rows', () => {
    const { rows, log } = rowsOf('person,body\n\n');
    expect(rows).toEqual([]);
    expect(brief(log.problems)).toEqual([{ severity: 'error', code: 'csv-no-rows', line: 1 }]);
  });
});

const row = (line: number, cells: Row['cells']): Row => ({ line, row: line - 1, cells });

describe('csv-cells stages', () => {
  test('readDates: day-month order detected from the file, dates in our format', () => {
    const log = new CsvLog('t.csv');
    const rows = [row(2, { start: '13/06/1996', end: '2000' }), row(3, { start: '02/03/1997?' }), row(4, { start: '1999-6' })];
    const dates = readDates(rows, undefined, field, log);
    expect(rows.map((r) => dates.get(r))).toEqual([{ start: '1996-06-13', end: '2000' }, { start: '1997-03-02?' }, { start: '1999-06' }]);
    expect(log.problems).toEqual([]);
  });

  test('readDates: ambiguous dates with no evidence are read day first, with a warning; bad dates are errors', () => {
    const log = new CsvLog('t.csv');
    const rows = [row(2, { start: '02/03/1997' }), row(3, { start: '1997-13' })];
    const dates = readDates(rows, undefined, field, log);
    expect(dates.get(rows[0]!)).toEqual({ start: '1997-03-02' });
    expect(dates.has(rows[1]!)).toBe(false);
    expect(brief(log.problems)).toEqual([
      { severity: 'warning', code: 'csv-date-order-assumed' },
      { severity: 'error', code: 'csv-bad-date', line: 3, row: 2, field: 'start' },
    ]);
    expect(log.problems[1]!.params).toMatchObject({ value: '1997-13', reason: 'month', month: 13, year: 1997 });
  });

  test('readCells: seats, causes and certainty in words; missing names and bad values', () => {
    const log = new CsvLog('t.csv');
    const rows = [
      row(2, { person: 'A', body: 'BCH', seats: '35', start_cause: 'elected', end_cause: 'retirement', certainty: 'inferred' }),
      row(3, { body: 'BCH', seats: 'many', start_cause: 'coup' }),
    ];
    const { seatsOf, causes } = readCells(rows, field, log);
    expect([...seatsOf.values()]).toEqual([35]);
    expect(causes.get(rows[0]!)).toEqual({ start: 'elected', end: 'retirement', certainty: 'inferred' });
    expect(causes.get(rows[1]!)).toEqual({ start: 'unknown' });
    expect(brief(log.problems)).toEqual([
      { severity: 'warning', code: 'csv-inferred-without-basis', line: 2, row: 1, field: 'basis' },
      { severity: 'error', code: 'csv-missing-value', line: 3, row: 2, field: 'person' },
      { severity: 'error', code: 'csv-bad-seats', line: 3, row: 2, field: 'seats' },
      { severity: 'warning', code: 'csv-unknown-value', line: 3, row: 2, field: 'start_cause' },
    ]);
  });
});

describe('csv-build stages', () => {
  const rows = [
    row(2, { person: 'Lê Văn A', body: 'Ban Thường vụ', parent_body: 'Ban Chấp hành', post: 'Bí thư', source: 'Nghị quyết: đoạn 2' }),
    row(3, { person: 'Lê Văn A'.normalize('NFD'), body: 'Ban  Thường vụ', seats: '11' }),
    row(4, { person: 'Lê Văn A', body: 'Ban Chấp hành', seats: '35' }),
  ];
  const seatsOf = new Map([[rows[1]!, 11], [rows[2]!, 35]]);

  test('IdPool: base, then base-2, base-3', () => {
    const pool = new IdPool();
    expect([pool.take('a'), pool.take('a'), pool.take('b'), pool.take('a')]).toEqual(['a', 'a-2', 'b', 'a-3']);
  });

  test('buildBodies: one body per name, seats and parent from the rows', () => {
    const log = new CsvLog('t.csv');
    const bodies = buildBodies(rows, seatsOf, 'vi', field, log);
    expect([...bodies.values()].map((b) => b.org)).toEqual([
      { id: 'ban-thuong-vu', name: { vi: 'Ban Thường vụ' }, parent_id: 'ban-chap-hanh', seats: 11 },
      { id: 'ban-chap-hanh', name: { vi: 'Ban Chấp hành' }, parent_id: null, seats: 35 },
    ]);
    expect(log.problems).toEqual([]);
  });

  test('buildBodies: conflicting seats are an error at the later row', () => {
    const log = new CsvLog('t.csv');
    const r = [row(2, { person: 'A', body: 'B' }), row(3, { person: 'C', body: 'B' })];
    buildBodies(r, new Map([[r[0]!, 3], [r[1]!, 4]]), 'en', field, log);
    expect(brief(log.problems)).toEqual([{ severity: 'error', code: 'csv-seats-conflict', line: 3, row: 2, field: 'seats' }]);
    expect(log.problems[0]!.params).toEqual({ body: 'B', value: 4, other: 3, other_line: 2, other_row: 1 });
  });

  test('buildRecords and assembleDataset: persons by name key, posts, sources, memberships', () => {
    const bodies = buildBodies(rows, seatsOf, 'vi', field, new CsvLog('t.csv'));
    const dates = new Map([[rows[0]!, { start: '1996' }]]);
    const built = buildRecords(rows, bodies, new Map(), dates, 'vi');
    expect(built.persons.map((p) => p.value)).toEqual([{ id: 'le-van-a', name: { vi: 'Lê Văn A' } }]);
    expect(built.posts.map((p) => p.value)).toEqual([{ id: 'bi-thu', organization_id: 'ban-thuong-vu', label: { vi: 'Bí thư' }, seats: null }]);
    expect(built.sources.map((s) => s.value)).toEqual([{ id: 'nghi-quyet', title: { vi: 'Nghị quyết' } }]);
    expect(built.memberships).toEqual([
      {
        id: 'm-le-van-a-ban-thuong-vu-bi-thu',
        person_id: 'le-van-a',
        organization_id: 'ban-thuong-vu',
        post_id: 'bi-thu',
        start_date: '1996',
        citations: [{ source_id: 'nghi-quyet', locator: 'đoạn 2' }],
      },
      { id: 'm-le-van-a-ban-thuong-vu', person_id: 'le-van-a', organization_id: 'ban-thuong-vu' },
      { id: 'm-le-van-a-ban-chap-hanh', person_id: 'le-van-a', organization_id: 'ban-chap-hanh' },
    ]);
    expect(built.membershipRows).toEqual(rows);
    const d = assembleDataset('folder/Quận 6.csv', 'vi', bodies, built);
    expect([d.id, d.title, d.language, d.events, d.organizations.length]).toEqual(['quan-6', { vi: 'Quận 6' }, 'vi', [], 2]);
  });

  test('checkSemantics: model problems located at their rows with the file\'s names', () => {
    const r = [row(2, { person: 'A', body: 'B', start: '1996' }), row(3, { person: 'C', body: 'B', start: '1996' })];
    const seats = new Map([[r[0]!, 1]]);
    const bodies = buildBodies(r, seats, 'en', field, new CsvLog('t.csv'));
    const built = buildRecords(r, bodies, new Map(), new Map([[r[0]!, { start: '1996' }], [r[1]!, { start: '1996' }]]), 'en');
    const d = assembleDataset('t.csv', 'en', bodies, built);
    const ps = checkSemantics(d, 't.csv', 'en', bodies, built, field);
    expect(brief(ps)).toEqual([{ severity: 'warning', code: 'over-seats', line: 2, row: 1, field: 'seats' }]);
    expect(ps[0]!.params).toMatchObject({ org: 'B', count: 2, seats: 1 });
  });

  test('mapModelProblem: a problem of no row keeps its pointer', () => {
    const ctx = { membershipRows: [], bodyList: [], personList: [], postList: [], sourceList: [], field, names: { person: new Map(), org: new Map(), post: new Map() } };
    const p = mapModelProblem({ severity: 'error', code: 'missing-field', pointer: '/claims', params: { field: 'claims', expected: 'list' } }, 't.csv', ctx);
    expect([p.pointer, p.line, p.code]).toEqual(['/claims', undefined, 'missing-field']);
  });

  test('sortProblems: file-level first, then by line, stable', () => {
    const log = new CsvLog('t.csv');
    log.err('csv-missing-value', { line: 3 }, { column: 'person' });
    log.warn('csv-date-order-assumed', {}, { example: '1/2/2000', example_line: 3, count: 1 });
    log.err('csv-missing-value', { line: 2 }, { column: 'body' });
    log.err('csv-missing-value', { line: 2 }, { column: 'person' });
    expect(sortProblems(log.problems).map((p) => [p.line, p.params.column])).toEqual([[undefined, undefined], [2, 'body'], [2, 'person'], [3, 'person']]);
  });
});
