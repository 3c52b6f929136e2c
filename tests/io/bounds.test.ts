/**
 * The bounds every import checks before any other work (`src/lib/io/bounds.ts`): one test per
 * bound, just inside accepted and just outside refused with the exact sentence in vi and en;
 * the same bounds on the CSV path; a 2,000-deep Popolo value refused without throwing.
 */
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/import.ts';
import { normalizeValue } from '../../src/lib/io/normalize.ts';
import { importProblemSentence, type ImportProblem, type ImportResult } from '../../src/lib/io/problems.ts';
import { checkBounds, MAX_DEPTH, MAX_READING_CHECKS, MAX_READINGS, MAX_RECORDS, MAX_SEATS, MAX_STEPS, MAX_TEXT_LENGTH } from '../../src/lib/io/bounds.ts';

const enc = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));

/** A small valid dataset of our format: one body of 3 seats, two members from 1996. */
function small(): Record<string, unknown> {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'small',
    title: { vi: 'Nhỏ', en: 'Small' },
    language: 'vi',
    sources: [],
    organizations: [{ id: 'bch', name: { vi: 'Ban Chấp hành', en: 'Executive Committee' }, parent_id: null, seats: 3 }],
    persons: [
      { id: 'p1', name: { vi: 'Nguyễn Văn An' } },
      { id: 'p2', name: { vi: 'Trần Thị Bình' } },
    ],
    posts: [],
    memberships: [
      { id: 'm1', person_id: 'p1', organization_id: 'bch', start_date: '1996' },
      { id: 'm2', person_id: 'p2', organization_id: 'bch', start_date: '1996', end_date: '1998' },
    ],
    events: [],
    claims: [],
    annotations: [],
    notes: [],
  };
}

type Json = Record<string, unknown> & { organizations: Record<string, unknown>[]; memberships: Record<string, unknown>[]; persons: Record<string, unknown>[] };
const with_ = (f: (d: Json) => void): Uint8Array => {
  const d = small() as Json;
  f(d);
  return enc(d);
};
const errors = (r: ImportResult): ImportProblem[] => r.problems.filter((p) => p.severity === 'error');
const both = (p: ImportProblem): { vi: string; en: string } => ({ vi: importProblemSentence(p, 'vi'), en: importProblemSentence(p, 'en') });

describe('seats: a whole number from 0 to 10,000', () => {
  test('10,000 seats pass, 10,001 and 2^53 are refused at their place', () => {
    expect(MAX_SEATS).toBe(10_000);
    expect(importFile('s.json', with_((d) => (d.organizations[0]!.seats = 10_000))).ok).toBe(true);
    const r = importFile('s.json', with_((d) => (d.organizations[0]!.seats = 10_001)));
    expect(r.ok).toBe(false);
    expect(errors(r).map((p) => [p.code, p.pointer])).toEqual([['seats-out-of-range', '/organizations/0/seats']]);
    expect(both(errors(r)[0]!)).toEqual({
      en: 'File “s.json”, at /organizations/0/seats: the number of seats is 10001; expected a whole number from 0 to 10000.',
      vi: 'Tệp “s.json”, tại /organizations/0/seats: số ghế là 10001; cần một số nguyên từ 0 đến 10000.',
    });
    const huge = importFile('s.json', enc(JSON.stringify(small()).replace('"seats":3', '"seats":9007199254740992')));
    expect(errors(huge).map((p) => [p.code, p.params.value])).toEqual([['seats-out-of-range', '9007199254740992']]);
  });

  test('in a CSV file: 10,000 seats pass, 10,001 are refused at the row that gives them', () => {
    expect(importFile('b.csv', enc('person,body,seats,start\nAn,BCH,10000,1996\n')).ok).toBe(true);
    const r = importFile('b.csv', enc('person,body,seats,start\nAn,BCH,,1996\nBình,BCH,10001,1996\n'));
    expect(r.ok).toBe(false);
    expect(both(errors(r)[0]!)).toEqual({
      en: 'File “b.csv”, line 3, row 2, field “seats”: the number of seats is 10001; expected a whole number from 0 to 10000.',
      vi: 'Tệp “b.csv”, dòng 3, hàng 2, trường “seats”: số ghế là 10001; cần một số nguyên từ 0 đến 10000.',
    });
  });
});

describe('nesting depth: at most 64 levels', () => {
  const nested = (levels: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };
  test('64 levels pass, 65 are refused at the first list too deep', () => {
    expect(MAX_DEPTH).toBe(64);
    // The dataset object is level 1, persons level 2, the person level 3, so 61 more lists make 64.
    expect(checkBounds({ persons: [{ extra: nested(61) }] })).toEqual([]);
    const deep = checkBounds({ persons: [{ extra: nested(62) }] });
    expect(deep).toEqual([{ severity: 'error', code: 'too-deep', pointer: `/persons/0/extra${'/0'.repeat(61)}`, params: { limit: 64 } }]);
  });

  test('a Popolo file nested exactly 64 levels deep is imported', () => {
    const r = importFile('ok.json', enc({ persons: [{ id: 'a', name: 'Ann', links: nested(61) }], organizations: [{ id: 'h', name: 'House' }], memberships: [{ person_id: 'a', organization_id: 'h', start_date: '2001' }] }));
    expect(r.ok).toBe(true);
  });

  test('a Popolo file with a value nested 2,000 levels deep is refused without throwing, in vi and en', () => {
    const text = `{"persons":[{"id":"a","name":"Ann","links":${'['.repeat(2000)}1${']'.repeat(2000)}}],"organizations":[],"memberships":[]}`;
    let r: ImportResult | undefined;
    expect(() => (r = importFile('deep.json', enc(text)))).not.toThrow();
    expect(r!.ok).toBe(false);
    const p = errors(r!)[0]!;
    expect(p.code).toBe('too-deep');
    const at = `/persons/0/links${'/0'.repeat(61)}`;
    expect(both(p)).toEqual({
      en: `File “deep.json”, at ${at}: lists and objects are nested more than 64 levels deep here; at most 64 levels are accepted.`,
      vi: `Tệp “deep.json”, tại ${at}: danh sách và đối tượng lồng nhau quá 64 cấp ở đây; chỉ nhận tối đa 64 cấp.`,
    });
  });

  test('normalisation of a 2,000-deep value never overflows the stack', () => {
    expect(() => normalizeValue(nested(2000))).not.toThrow();
  });
});

describe('text length: at most 10,000 characters', () => {
  test('10,000 characters pass (counted in code points), 10,001 are refused at their place', () => {
    expect(MAX_TEXT_LENGTH).toBe(10_000);
    expect(importFile('t.json', with_((d) => (d.persons[0]!.name = { vi: 'ấ'.repeat(10_000) }))).ok).toBe(true);
    expect(importFile('t.json', with_((d) => (d.persons[0]!.name = { vi: '🙂'.repeat(10_000) }))).ok).toBe(true);
    const r = importFile('t.json', with_((d) => (d.persons[0]!.name = { vi: 'a'.repeat(10_001) })));
    expect(r.ok).toBe(false);
    expect(both(errors(r)[0]!)).toEqual({
      en: `File “t.json”, at /persons/0/name/vi: the text “${'a'.repeat(40)}…” is 10001 characters long; at most 10000 characters are accepted.`,
      vi: `Tệp “t.json”, tại /persons/0/name/vi: chuỗi “${'a'.repeat(40)}…” dài 10001 ký tự; chỉ nhận tối đa 10000 ký tự.`,
    });
  });

  test('in a CSV file a note or a name of 10,001 characters is refused once, at its row and column', () => {
    const r = importFile('n.csv', enc(`person,body,start,note\nAn,BCH,1996,${'b'.repeat(10_001)}\n`));
    expect(errors(r).map((p) => [p.code, p.line, p.row, p.field])).toEqual([['text-too-long', 2, 1, 'note']]);
    const name = importFile('n.csv', enc(`person,body,start\nAn,BCH,1996\n${'c'.repeat(10_001)},BCH,1996\n`));
    expect(errors(name).map((p) => [p.code, p.line, p.row, p.field])).toEqual([['text-too-long', 3, 2, 'person']]);
  });
});

describe('record counts', () => {
  test('the limits per list', () => {
    expect(MAX_RECORDS).toEqual({
      memberships: 50_000,
      persons: 50_000,
      posts: 50_000,
      organizations: 10_000,
      events: 10_000,
      claims: 10_000,
      annotations: 10_000,
      sources: 10_000,
      notes: 10_000,
      alternatives: 1_000,
    });
    expect(MAX_READINGS).toBe(200);
  });

  test('200 readings pass, 201 are refused (our JSON and under Popolo’s committee_history); so are more reading memberships than 50,000', () => {
    const alternatives = (sizes: number[], memberships = 0) =>
      sizes.map((n, a) => ({
        id: `a${a}`,
        readings: Array.from({ length: n }, (_, r) => ({ id: `r${a}-${r}`, memberships: Array.from({ length: memberships }, () => ({})) })),
      }));
    expect(checkBounds({ alternatives: alternatives([150, 50]) })).toEqual([]);
    expect(checkBounds({ alternatives: alternatives([150, 51]) })).toEqual([
      { severity: 'error', code: 'too-many-records', pointer: '/alternatives', params: { collection: 'readings', count: 201, limit: 200 } },
    ]);
    expect(checkBounds({ committee_history: { alternatives: alternatives([201]) } }).map((p) => p.pointer)).toEqual(['/committee_history/alternatives']);
    expect(checkBounds({ alternatives: alternatives([2], 25_001) })).toEqual([
      { severity: 'error', code: 'too-many-records', pointer: '/alternatives', params: { collection: 'readings/memberships', count: 50_002, limit: 50_000 } },
    ]);
    // Readings × the dataset's memberships: 40 × 50,000 pass, 41 × 50,000 are refused.
    const ms = Array.from({ length: 50_000 }, () => ({}));
    expect(checkBounds({ memberships: ms, alternatives: alternatives([40]) })).toEqual([]);
    expect(checkBounds({ memberships: ms, alternatives: alternatives([41]) })).toEqual([
      { severity: 'error', code: 'too-many-reading-checks', pointer: '/alternatives', params: { readings: 41, memberships: 50_000, product: 2_050_000, limit: MAX_READING_CHECKS } },
    ]);
    // small() has 2 memberships: with 20,000 more, 100 readings are 2,000,200 checks.
    const big = importFile('big.json', with_((d) => {
      d.memberships = [...d.memberships, ...Array.from({ length: 20_000 }, (_, i) => ({ id: `x${i}` }))];
      d.alternatives = alternatives([100]);
    }));
    expect(big.ok).toBe(false);
    expect(both(big.problems[0]!)).toEqual({
      en: `File “big.json”, at /alternatives: each of the 100 readings is checked against the dataset's 20002 memberships (100 × 20002 = 2000200); at most 2000000 are accepted.`,
      vi: `Tệp “big.json”, tại /alternatives: mỗi cách hiểu trong 100 cách hiểu được đối chiếu với 20002 bản ghi thành viên của bộ dữ liệu (100 × 20002 = 2000200); chỉ nhận tối đa 2000000.`,
    });
    const r = importFile('a.json', with_((d) => (d.alternatives = alternatives([201]))));
    expect(r.ok).toBe(false);
    expect(both(r.problems[0]!).en).toBe('File “a.json”, at /alternatives: the list “readings” has 201 records; at most 200 are accepted.');
  });

  test('10,000 organizations pass the bound, 10,001 are refused before anything else', () => {
    const orgs = (n: number): Record<string, unknown>[] => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: { en: `Body ${i}` } }));
    expect(checkBounds({ organizations: orgs(10_000) })).toEqual([]);
    const r = importFile('o.json', with_((d) => (d.organizations = orgs(10_001))));
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(both(r.problems[0]!)).toEqual({
      en: 'File “o.json”, at /organizations: the list “organizations” has 10001 records; at most 10000 are accepted.',
      vi: 'Tệp “o.json”, tại /organizations: danh sách “organizations” có 10001 bản ghi; chỉ nhận tối đa 10000.',
    });
  });

  test('a CSV file with 50,001 rows is refused, with 50,000 it is not refused for its size', () => {
    const rows = (n: number): string => `person,body,start\n${'A,B,1996\n'.repeat(n)}`;
    const over = importFile('big.csv', enc(rows(50_001)));
    expect(over.ok).toBe(false);
    expect(both(over.problems[0]!)).toEqual({
      en: 'File “big.csv”: the file has 50001 memberships; at most 50000 are accepted.',
      vi: 'Tệp “big.csv”: tệp có 50001 bản ghi thành viên; chỉ nhận tối đa 50000.',
    });
    const at = importFile('big.csv', enc(rows(50_000)));
    expect(at.problems.some((p) => p.code === 'too-many-memberships')).toBe(false);
  });
});

describe('dates: years 1000 to 2999', () => {
  test('1000 and 2999 pass, 0999 and 9999-12-31 are refused at their place', () => {
    expect(importFile('d.json', with_((d) => (d.memberships[0]!.start_date = '1000'))).problems.filter((p) => p.code === 'date-out-of-range')).toEqual([]);
    expect(importFile('d.json', with_((d) => (d.memberships[1]!.end_date = '2999-12-31'))).problems.filter((p) => p.code === 'date-out-of-range')).toEqual([]);
    const late = importFile('d.json', with_((d) => (d.memberships[1]!.end_date = '9999-12-31')));
    expect(late.ok).toBe(false);
    expect(both(errors(late)[0]!)).toEqual({
      en: 'File “d.json”, at /memberships/1/end_date: the date “9999-12-31” is outside the years 1000–2999; expected a date within them.',
      vi: 'Tệp “d.json”, tại /memberships/1/end_date: ngày “9999-12-31” nằm ngoài khoảng năm 1000–2999; cần một ngày trong khoảng đó.',
    });
    const early = importFile('d.json', with_((d) => (d.memberships[0]!.start_date = '0999')));
    expect(errors(early).map((p) => [p.code, p.pointer])).toEqual([['date-out-of-range', '/memberships/0/start_date']]);
  });

  test('in a CSV file a date of 3000 is refused at its row and column', () => {
    const r = importFile('y.csv', enc('person,body,start,end\nAn,BCH,1996,3000\n'));
    expect(both(errors(r)[0]!)).toEqual({
      en: 'File “y.csv”, line 2, row 1, field “end”: the date “3000” is outside the years 1000–2999; expected a date within them.',
      vi: 'Tệp “y.csv”, dòng 2, hàng 1, trường “end”: ngày “3000” nằm ngoài khoảng năm 1000–2999; cần một ngày trong khoảng đó.',
    });
  });

  test('a date more than 200 years from the median of the others is a warning; 200 years is not', () => {
    const near = importFile('f.json', with_((d) => (d.memberships[1]!.end_date = '2196')));
    expect(near.problems.filter((p) => p.code === 'date-far-from-rest')).toEqual([]);
    const far = importFile('f.json', with_((d) => (d.memberships[1]!.end_date = '2197')));
    expect(far.ok).toBe(true);
    const w = far.problems.filter((p) => p.code === 'date-far-from-rest');
    expect(w.map((p) => [p.severity, p.pointer])).toEqual([['warning', '/memberships/1/end_date']]);
    expect(both(w[0]!)).toEqual({
      en: 'File “f.json”, at /memberships/1/end_date: the date “2197” is more than 200 years from the rest of the file’s dates (middle year 1996); it was kept.',
      vi: 'Tệp “f.json”, tại /memberships/1/end_date: ngày “2197” cách các ngày khác trong tệp hơn 200 năm (năm ở giữa là 1996); ngày này vẫn được giữ.',
    });
  });
});

describe('ids: no control characters, bidi controls or lone surrogates', () => {
  test.each([
    ['a control character', 'p\u0001x', 'U+0001', 'p\\u{0001}x'],
    ['a C1 control character', 'p\u0085x', 'U+0085', 'p\\u{0085}x'],
    ['a right-to-left override', 'p\u202Ex', 'U+202E', 'p\\u{202E}x'],
    ['a lone surrogate', 'p\uD800x', 'U+D800', 'p\\u{D800}x'],
  ])('an id with %s is refused, the character written out', (_what, id, char, shown) => {
    const r = importFile(
      'i.json',
      with_((d) => {
        d.persons[0]!.id = id;
        d.memberships[0]!.person_id = id;
      }),
    );
    expect(r.ok).toBe(false);
    const e = errors(r);
    expect(e.map((p) => [p.code, p.pointer])).toEqual([
      ['bad-id-character', '/persons/0/id'],
      ['bad-id-character', '/memberships/0/person_id'],
    ]);
    expect(both(e[0]!)).toEqual({
      en: `File “i.json”, at /persons/0/id: the id “${shown}” contains the character ${char} (a control character, a text-direction control or half of a surrogate pair); expected an id of visible characters only.`,
      vi: `Tệp “i.json”, tại /persons/0/id: mã “${shown}” chứa ký tự ${char} (ký tự điều khiển, ký tự đổi chiều văn bản hoặc nửa cặp thay thế bị lẻ); cần mã chỉ gồm các ký tự nhìn thấy được.`,
    });
  });

  test('an id with a surrogate pair (an emoji) and one with a Vietnamese letter pass', () => {
    const r = importFile(
      'i.json',
      with_((d) => {
        d.persons[0]!.id = 'người-🙂';
        d.memberships[0]!.person_id = 'người-🙂';
      }),
    );
    expect(r.ok).toBe(true);
  });
});

describe('steps: at most 10,000 distinct dates of memberships and events', () => {
  const csv = (n: number): Uint8Array => {
    const rows = Array.from({ length: n }, (_, i) => `P${i},B,${new Date(Date.UTC(1900, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)}`);
    return enc(`person,body,start\n${rows.join('\n')}\n`);
  };
  test('10,000 dates pass the bound, 10,001 are refused before the timeline is built', () => {
    expect(MAX_STEPS).toBe(10_000);
    const ms = (n: number): Record<string, unknown>[] => Array.from({ length: n }, (_, i) => ({ start_date: `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` }));
    expect(checkBounds({ memberships: ms(10_000) }).filter((p) => p.code === 'too-many-steps')).toEqual([]);
    const r = importFile('steps.csv', csv(10_001));
    expect(r.ok).toBe(false);
    expect(both(r.problems[0]!)).toEqual({
      en: 'File “steps.csv”, the whole document: the memberships and events have 10001 different dates, each a step of the timeline; at most 10000 are accepted.',
      vi: 'Tệp “steps.csv”, toàn bộ tài liệu: các bản ghi thành viên và sự kiện có 10001 ngày khác nhau, mỗi ngày là một bước của dòng thời gian; chỉ nhận tối đa 10000.',
    });
  });
});
