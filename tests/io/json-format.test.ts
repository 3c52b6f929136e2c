import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile, MAX_FILE_BYTES, MAX_MEMBERSHIPS, sniffFormat } from '../../src/lib/io/import.ts';
import { exportJson, lineColumn, locateJsonError } from '../../src/lib/io/json-format.ts';
import { importProblemSentence } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const BUILTIN_TEXT = readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8');
const builtin = (): Dataset => JSON.parse(BUILTIN_TEXT) as Dataset;
const enc = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));

function small(): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 's',
    title: { en: 'Small' },
    sources: [],
    organizations: [
      { id: 'board', name: { en: 'Board' }, parent_id: null, seats: 3 },
      { id: 'office', name: { en: 'Office' }, parent_id: 'board' },
    ],
    persons: [
      { id: 'ann', name: { en: 'Ann' } },
      { id: 'bob', name: { en: 'Bob' } },
    ],
    posts: [{ id: 'chair', organization_id: 'board', label: { en: 'Chair' } }],
    memberships: [
      { id: 'm-ann', person_id: 'ann', organization_id: 'board', post_id: 'chair', start_date: '1996', end_date: '1999' },
      { id: 'm-bob', person_id: 'bob', organization_id: 'board', start_date: '1996-06' },
    ],
    events: [],
    claims: [],
    annotations: [],
  };
}

describe('the built-in dataset', () => {
  test('imports with zero problems, and import(exportJson(d)) deep-equals d', () => {
    const r = importFile('quan6-1996-2000.json', enc(BUILTIN_TEXT));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.format).toBe('json');
    expect(r.dataset).toEqual(builtin());
    const text = exportJson(r.dataset);
    const again = importFile('export.json', enc(text));
    expect(again.ok && again.problems).toEqual([]);
    expect(again.ok && again.dataset).toEqual(builtin());
    expect(again.ok && exportJson(again.dataset)).toBe(text);
  });
  test('exportJson: two-space indent, trailing newline, canonical key order', () => {
    const text = exportJson(builtin());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "committee-history",\n  "format_version": 1,\n  "id": "quan6-1996-2000",\n')).toBe(true);
    const d = builtin();
    // Key order of the input does not matter.
    const shuffled = Object.fromEntries(Object.entries(d).reverse()) as unknown as Dataset;
    shuffled.persons = d.persons.map((p) => Object.fromEntries(Object.entries(p).reverse()) as unknown as Dataset['persons'][number]);
    expect(exportJson(shuffled)).toBe(text);
    const p = JSON.parse(text) as Dataset;
    expect(Object.keys(p.persons[0]!)).toEqual(['id', 'name', 'anonymous', 'note', 'citations'].filter((k) => k in p.persons[0]!));
  });
  test('a UTF-8 byte-order mark is skipped', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(BUILTIN_TEXT)]);
    const r = importFile('bom.json', bom);
    expect(r.ok && r.dataset).toEqual(builtin());
  });
});

describe('bad JSON', () => {
  test('a missing comma: line and column, in en and vi', () => {
    const text = '{\n  "format": "committee-history"\n  "id": "x"\n}';
    const r = importFile('broken.json', enc(text));
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p).toMatchObject({ severity: 'error', code: 'bad-json', file: 'broken.json', line: 3, column: 3, params: { reason: 'expected-comma-or-brace', found: '“"”' } });
    expect(importProblemSentence(p, 'en')).toBe('File “broken.json”, line 3, column 3: the file is not valid JSON: found “"”; expected “,” or “}”.');
    expect(importProblemSentence(p, 'vi')).toBe('Tệp “broken.json”, dòng 3, cột 3: tệp không phải JSON hợp lệ: thấy “"”; cần “,” hoặc “}”.');
  });
  test('a trailing comma, a single quote, a cut-off file, text after the value', () => {
    expect(locateJsonError('{"a": [1, 2,]}')).toMatchObject({ line: 1, column: 13, reason: 'trailing-comma', found: '“]”' });
    expect(locateJsonError("{'a': 1}")).toMatchObject({ line: 1, column: 2, reason: 'expected-key', found: "“'”" });
    expect(locateJsonError('{\r\n"a": [1,\r\n')).toMatchObject({ line: 3, column: 1, reason: 'unexpected-end', found: '' });
    expect(locateJsonError('{"a": 1} x')).toMatchObject({ line: 1, column: 10, reason: 'trailing-text' });
    expect(locateJsonError('{"a": 01}')).toMatchObject({ column: 7, reason: 'bad-number', found: '“01”' });
    expect(locateJsonError('{"a": "x\ty"}')).toMatchObject({ column: 9, reason: 'bad-string', found: 'U+0009' });
    expect(locateJsonError('{"a": "\\x"}')).toMatchObject({ column: 8, reason: 'bad-escape', found: '“\\x”' });
    expect(locateJsonError('{"a": tru}')).toMatchObject({ column: 7, reason: 'unexpected-char', found: '“t”' });
    expect(locateJsonError(BUILTIN_TEXT)).toBeNull();
    expect(lineColumn('ab\ncd\r\nef', 8)).toEqual({ line: 3, column: 2 });
    const r = importFile('cut.json', enc('{"format": "committee-history", "id": '));
    expect(importProblemSentence(r.problems[0]!, 'en')).toBe(
      'File “cut.json”, line 1, column 39: the file is not valid JSON: the text ends too early; expected the rest of the value (a closing bracket or quote may be missing).',
    );
  });
  test('bytes that are not UTF-8', () => {
    const r = importFile('latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['bad-encoding']);
    expect(importProblemSentence(r.problems[0]!, 'vi')).toBe('Tệp “latin1.json”: tệp không phải văn bản UTF-8 hợp lệ; cần tệp mã hóa UTF-8 (có hoặc không có BOM).');
  });
  test('JSON that is neither our format nor Popolo', () => {
    const r = importFile('other.json', enc({ name: 'x', items: [] }));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'unknown-format', pointer: '' });
    expect(r.problems[0]!.message).toBe(
      'File “other.json”, the whole document: the file is neither a committee-history dataset nor Popolo JSON nor CSV (found an object with the fields “name”, “items”); expected an object with "format": "committee-history", or Popolo\'s "persons", "organizations" and "memberships" lists, or a .csv file.',
    );
    expect(importProblemSentence(importFile('list.json', enc([1, 2])).problems[0]!, 'vi')).toBe(
      'Tệp “list.json”, toàn bộ tài liệu: tệp không phải bộ dữ liệu committee-history, cũng không phải Popolo JSON hay CSV (thấy một danh sách); cần một đối tượng có "format": "committee-history", hoặc các danh sách "persons", "organizations", "memberships" của Popolo, hoặc một tệp .csv.',
    );
  });
});

describe('limits', () => {
  test('a file of 25 MB + 1 byte is refused, saying so', () => {
    const r = importFile('huge.json', new Uint8Array(MAX_FILE_BYTES + 1));
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p).toMatchObject({ code: 'file-too-large', params: { size: 26214401, limit: 26214400 } });
    expect(importProblemSentence(p, 'en')).toBe(
      'File “huge.json”: the file is 25 MB (26214401 bytes); files over 25 MB are refused.',
    );
    expect(importProblemSentence(p, 'vi')).toBe(
      'Tệp “huge.json”: tệp có dung lượng 25 MB (26214401 byte); tệp lớn hơn 25 MB bị từ chối.',
    );
  });
  test('exactly 25 MB is not refused for its size', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES).fill(0x20);
    bytes[0] = 0x7b;
    const r = importFile('big.json', bytes);
    expect(r.problems.map((p) => p.code)).toEqual(['bad-json']);
  });
  test('50,001 memberships are refused, 50,000 are not (for that reason)', () => {
    const d = small();
    const many = (n: number): Dataset => ({
      ...d,
      memberships: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, person_id: 'ann', organization_id: 'office' })),
    });
    const r = importFile('many.json', enc(many(MAX_MEMBERSHIPS + 1)));
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'too-many-memberships', pointer: '/memberships', params: { count: 50001, limit: 50000 } });
    expect(importProblemSentence(r.problems[0]!, 'en')).toBe('File “many.json”, at /memberships: the file has 50001 memberships; at most 50000 are accepted.');
    expect(importProblemSentence(r.problems[0]!, 'vi')).toBe('Tệp “many.json”, tại /memberships: tệp có 50001 bản ghi thành viên; chỉ nhận tối đa 50000.');
    const popolo = importFile('many-popolo.json', enc({ persons: [], organizations: [], memberships: many(MAX_MEMBERSHIPS + 1).memberships }));
    expect(popolo.problems.map((p) => p.code)).toEqual(['too-many-memberships']);
  });
});

describe('hostile text', () => {
  test('is kept verbatim through import and export', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '</text><script>alert(1)</script>', 'javascript:alert(1)', '"><svg onload=alert(1)>', '{{7*7}} ${x} &amp; &lt;'];
    const d = small();
    d.persons[0]!.name = { en: hostile[0]!, vi: hostile[1]! };
    d.organizations[0]!.name = { en: hostile[2]! };
    d.posts[0]!.label = { en: hostile[3]! };
    d.memberships[1]!.note = { en: hostile[4]! };
    const r = importFile('hostile.json', enc(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.dataset.persons[0]!.name).toEqual({ en: hostile[0], vi: hostile[1] });
    expect(r.dataset.organizations[0]!.name.en).toBe(hostile[2]);
    expect(r.dataset.posts[0]!.label.en).toBe(hostile[3]);
    expect(r.dataset.memberships[1]!.note!.en).toBe(hostile[4]);
    expect(r.dataset).toEqual(d);
    const again = importFile('again.json', enc(exportJson(r.dataset)));
    expect(again.ok && again.dataset).toEqual(d);
  });
  test('in an error message it is quoted, not interpreted', () => {
    const d = small();
    d.memberships[1]!.organization_id = '<script>x</script>';
    const r = importFile('h.json', enc(d));
    expect(r.ok).toBe(false);
    expect(importProblemSentence(r.problems[0]!, 'en')).toBe(
      'File “h.json”, at /memberships/1/organization_id: No organization “<script>x</script>”; expected the id of one in /organizations.',
    );
  });
});

describe('semantic checks (validateDataset) on import', () => {
  const codes = (d: Dataset) => {
    const r = importFile('sem.json', enc(d));
    return { ok: r.ok, list: r.problems.map((p) => [p.severity, p.code, p.pointer]) };
  };
  test('the small dataset is sound', () => {
    expect(codes(small())).toEqual({ ok: true, list: [] });
  });
  test('unknown ids', () => {
    const d = small();
    d.memberships[0]!.person_id = 'zoe';
    const r = importFile('sem.json', enc(d));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'unknown-reference', file: 'sem.json', pointer: '/memberships/0/person_id', params: { id: 'zoe', kind: 'person' } });
    expect(importProblemSentence(r.problems[0]!, 'vi')).toBe(
      'Tệp “sem.json”, tại /memberships/0/person_id: Không tìm thấy người “zoe”; cần mã của một mục trong /persons.',
    );
  });
  test('a child-body member outside the parent', () => {
    const d = small();
    d.memberships.push({ id: 'm-ann-office', person_id: 'ann', organization_id: 'office', start_date: '2000' });
    expect(codes(d)).toEqual({ ok: true, list: [['warning', 'not-in-parent', '/memberships/2/organization_id']] });
  });
  test('overlapping terms in one post', () => {
    const d = small();
    d.memberships[1]!.post_id = 'chair';
    expect(codes(d)).toEqual({ ok: true, list: [['warning', 'post-overlap', '/memberships/1/post_id']] });
  });
  test('end before start', () => {
    const d = small();
    d.memberships[0]!.end_date = '1995';
    expect(codes(d)).toMatchObject({ ok: true });
    expect(codes(d).list).toContainEqual(['warning', 'end-before-start', '/memberships/0/end_date']);
  });
  test('more members than seats', () => {
    const d = small();
    d.organizations[0]!.seats = 1;
    const r = importFile('sem.json', enc(d));
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([['over-seats', '/organizations/0/seats']]);
    expect(importProblemSentence(r.problems[0]!, 'en')).toBe(
      'File “sem.json”, at /organizations/0/seats: Organization “Board” (id “board”) has 2 members at step “June 1996” (index 1), more than its 1 seat; expected at most 1.',
    );
  });
  test('a contradicted claim', () => {
    const d = small();
    d.claims.push({ id: 'c', organization_id: 'board', date: '1997', count: 3 });
    expect(codes(d)).toEqual({ ok: true, list: [['warning', 'claim-mismatch', '/claims/0/count']] });
  });
  test('a step order that contradicts the dates', () => {
    const d = small();
    d.events = [
      { id: 'late', date: '1999', label: { en: 'late' } },
      { id: 'early', date: '1996', label: { en: 'early' } },
    ];
    expect(codes(d).list).toContainEqual(['error', 'events-out-of-order', '/events/1/date']);
  });
  test('warnings let the dataset through and stay listed', () => {
    const d = small();
    d.persons[1]!.certainty = 'inferred';
    const r = importFile('sem.json', enc(d));
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([['warning', 'inferred-without-basis', '/persons/1/basis']]);
  });
});

describe('format detection', () => {
  test('by extension, then by the first character', () => {
    expect(sniffFormat('a.csv', enc('{'))).toBe('csv');
    expect(sniffFormat('a.json', enc('x'))).toBe('json');
    expect(sniffFormat('a', enc('\ufeff  [1]'))).toBe('json');
    expect(sniffFormat('a', enc('name,org\n'))).toBe('csv');
  });
});

describe('an empty file', () => {
  test('is refused as empty, whatever its name, with blank space or a byte-order mark only', async () => {
    const { importFile } = await import('../../src/lib/io/import.ts');
    const { formatImportProblem } = await import('../../src/lib/io/problems.ts');
    for (const [name, bytes] of [['a.json', new Uint8Array()], ['a.csv', new TextEncoder().encode(' \r\n\t\n')], ['x', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])]] as const) {
      const r = importFile(name, bytes);
      expect(r.ok).toBe(false);
      expect(r.problems.map((p) => p.code)).toEqual(['empty-file']);
      expect(formatImportProblem(r.problems[0]!, 'en')).toContain('the file is empty');
      expect(formatImportProblem(r.problems[0]!, 'vi')).toContain('tệp trống');
    }
    expect(importFile('a.json', new TextEncoder().encode(' {')).problems[0]!.code).toBe('bad-json');
  });
});
