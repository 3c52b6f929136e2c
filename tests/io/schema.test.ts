/**
 * The valibot schema: shape errors (pointer + message in vi and en), and the JSON Schema generated
 * from it into data/schema.json. Run with UPDATE_SCHEMA=1 to rewrite data/schema.json after a
 * change to src/lib/io/schema.ts; the file is written when missing; otherwise a difference fails.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema } from '../../src/lib/io/schema.ts';
import { importFile } from '../../src/lib/io/import.ts';
import { importProblemSentence, type ImportProblem } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const SCHEMA_URL = new URL('../../data/schema.json', import.meta.url);
const BUILTIN_URL = new URL('../../data/quan6-1996-2000.json', import.meta.url);
const enc = (x: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(x));

function generated(): string {
  const s = toJsonSchema(datasetSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  const { $schema, ...rest } = s;
  const out = { $schema, title: 'Committee history dataset', ...rest };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A minimal JSON Schema (draft-07 subset the generator emits) validator: returns failing pointers. */
function jsonSchemaErrors(schema: Record<string, unknown>, value: unknown, at = ''): string[] {
  const errs: string[] = [];
  const s = schema as {
    type?: string;
    const?: unknown;
    enum?: unknown[];
    pattern?: string;
    minLength?: number;
    minimum?: number;
    minProperties?: number;
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
    additionalProperties?: Record<string, unknown> | boolean;
    items?: Record<string, unknown>;
    anyOf?: Record<string, unknown>[];
  };
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (s.anyOf) {
    if (!s.anyOf.some((alt) => jsonSchemaErrors(alt, value, at).length === 0)) errs.push(`${at}: anyOf`);
    return errs;
  }
  if (s.const !== undefined && value !== s.const) errs.push(`${at}: const`);
  if (s.enum && !s.enum.includes(value)) errs.push(`${at}: enum`);
  if (s.type) {
    const ok = s.type === 'integer' ? Number.isInteger(value) : s.type === kind;
    if (!ok) return [...errs, `${at}: type ${s.type}`];
  }
  if (typeof value === 'string') {
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) errs.push(`${at}: pattern`);
    if (s.minLength !== undefined && value.length < s.minLength) errs.push(`${at}: minLength`);
  }
  if (typeof value === 'number' && s.minimum !== undefined && value < s.minimum) errs.push(`${at}: minimum`);
  if (Array.isArray(value) && s.items) value.forEach((x, i) => errs.push(...jsonSchemaErrors(s.items!, x, `${at}/${i}`)));
  if (kind === 'object') {
    const o = value as Record<string, unknown>;
    if (s.minProperties !== undefined && Object.keys(o).length < s.minProperties) errs.push(`${at}: minProperties`);
    for (const r of s.required ?? []) if (!(r in o)) errs.push(`${at}/${r}: required`);
    for (const [k, x] of Object.entries(o)) {
      const p = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (p) errs.push(...jsonSchemaErrors(p, x, `${at}/${k}`));
      else if (s.additionalProperties === false) errs.push(`${at}/${k}: additional`);
    }
  }
  return errs;
}

describe('data/schema.json', () => {
  test('is generated from the valibot schema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const text = generated();
    if (!existsSync(SCHEMA_URL) || process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_URL, text);
    expect(readFileSync(SCHEMA_URL, 'utf8')).toBe(text);
  });
  test('the built-in dataset validates against it', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
    const builtin = JSON.parse(readFileSync(BUILTIN_URL, 'utf8')) as unknown;
    expect(jsonSchemaErrors(schema, builtin)).toEqual([]);
  });
  test('and rejects what the importer rejects for shape', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
    const builtin = JSON.parse(readFileSync(BUILTIN_URL, 'utf8')) as Dataset;
    const bad = structuredClone(builtin);
    (bad.organizations[0] as unknown as Record<string, unknown>).seats = 'many';
    bad.memberships[2]!.start_date = '06/1996';
    expect(jsonSchemaErrors(schema, bad)).toEqual(['/organizations/0/seats: type integer', '/memberships/2/start_date: pattern']);
  });
});

function small(): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 's',
    title: { vi: 'Nhỏ', en: 'Small' },
    language: 'vi',
    sources: [],
    organizations: [{ id: 'o', name: { vi: 'Ban', en: 'Board' }, seats: 3 }],
    persons: [{ id: 'p', name: { vi: 'An' } }],
    posts: [],
    memberships: [{ id: 'm', person_id: 'p', organization_id: 'o', start_date: '1996' }],
    events: [{ id: 'e', date: '1996', label: { vi: 'Đại hội', en: 'Congress' } }],
    claims: [],
    annotations: [],
  };
}

function refuse(d: unknown, name = 'small.json'): ImportProblem[] {
  const r = importFile(name, enc(d));
  expect(r.ok).toBe(false);
  return r.problems;
}

describe('shape errors', () => {
  test('wrong type: pointer, found and expected, in en and vi', () => {
    const d = small() as unknown as { persons: { name: unknown }[] };
    d.persons[0]!.name = 42;
    const [p, ...rest] = refuse(d);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ severity: 'error', code: 'wrong-type', file: 'small.json', pointer: '/persons/0/name' });
    expect(p!.params).toEqual({ found_kind: 'number', found: '42', expected: 'langstring' });
    expect(importProblemSentence(p!, 'en')).toBe(
      'File “small.json”, at /persons/0/name: found a number (42); expected an object of texts by language such as {"vi": "…", "en": "…"}, with at least one text.',
    );
    expect(importProblemSentence(p!, 'vi')).toBe(
      'Tệp “small.json”, tại /persons/0/name: thấy một số (42); cần một đối tượng gồm các chuỗi theo ngôn ngữ như {"vi": "…", "en": "…"}, có ít nhất một chuỗi.',
    );
    expect(p!.message).toBe(importProblemSentence(p!, 'en'));
  });
  test('wrong type inside a label, and a list given as an object', () => {
    const d = small() as unknown as Record<string, unknown> & { organizations: { name: Record<string, unknown> }[] };
    d.organizations[0]!.name.en = ['Board'];
    d.claims = {};
    const ps = refuse(d);
    expect(ps.map((p) => [p.code, p.pointer, p.params.found_kind, p.params.expected])).toEqual([
      ['wrong-type', '/organizations/0/name/en', 'array', 'string'],
      ['wrong-type', '/claims', 'object', 'array'],
    ]);
    expect(importProblemSentence(ps[1]!, 'en')).toBe('File “small.json”, at /claims: found an object ({}); expected a list.');
    expect(importProblemSentence(ps[1]!, 'vi')).toBe('Tệp “small.json”, tại /claims: thấy một đối tượng ({}); cần một danh sách.');
  });
  test('missing field', () => {
    const d = small() as unknown as { memberships: Record<string, unknown>[] };
    delete d.memberships[0]!.person_id;
    const [p, ...rest] = refuse(d);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'missing-key', pointer: '/memberships/0/person_id', params: { key: 'person_id', expected: 'text' } });
    expect(importProblemSentence(p!, 'en')).toBe('File “small.json”, at /memberships/0/person_id: the required field “person_id” is missing; expected a non-empty text.');
    expect(importProblemSentence(p!, 'vi')).toBe('Tệp “small.json”, tại /memberships/0/person_id: thiếu trường bắt buộc “person_id”; cần một chuỗi không rỗng.');
  });
  test('missing top-level list', () => {
    const d = small() as unknown as Record<string, unknown>;
    delete d.posts;
    const [p] = refuse(d);
    expect(p).toMatchObject({ code: 'missing-key', pointer: '/posts', params: { key: 'posts', expected: 'array' } });
    expect(importProblemSentence(p!, 'en')).toBe('File “small.json”, at /posts: the required field “posts” is missing; expected a list.');
  });
  test('bad date: the model’s bad-date message with the reason', () => {
    const d = small();
    d.memberships[0]!.start_date = '15/06/1996';
    const [p, ...rest] = refuse(d);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'bad-date', pointer: '/memberships/0/start_date', params: { value: '15/06/1996', reason: 'interval', expected: 'date' } });
    expect(importProblemSentence(p!, 'en')).toBe(
      'File “small.json”, at /memberships/0/start_date: Bad date “15/06/1996”: an interval is not allowed here; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”.',
    );
    expect(importProblemSentence(p!, 'vi')).toBe(
      'Tệp “small.json”, tại /memberships/0/start_date: Ngày “15/06/1996” không hợp lệ: ở đây không dùng khoảng thời gian; cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, có thể thêm “?”.',
    );
  });
  test('bad date of an annotation (interval allowed) and a month out of range (caught by the model)', () => {
    const d = small();
    d.annotations = [{ id: 'a', date: '1996-2000', label: { en: 'x' } }];
    const [p] = refuse(d);
    expect(p).toMatchObject({ code: 'bad-date', pointer: '/annotations/0/date', params: { reason: 'format', expected: 'date-or-interval' } });
    expect(importProblemSentence(p!, 'en')).toContain('expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”, or an interval such as “1996/2000”.');
    const d2 = small();
    d2.memberships[0]!.end_date = '1999-13';
    const [q] = refuse(d2);
    expect(q).toMatchObject({ code: 'bad-date', pointer: '/memberships/0/end_date', params: { reason: 'month' } });
    expect(importProblemSentence(q!, 'en')).toContain('the month is not 01 to 12');
  });
  test('bad enumeration and bad number', () => {
    const d = small() as unknown as { memberships: Record<string, unknown>[]; organizations: Record<string, unknown>[] };
    d.memberships[0]!.end_cause = 'fired';
    d.organizations[0]!.seats = -1;
    const ps = refuse(d);
    expect(ps.map((p) => [p.code, p.pointer])).toEqual([
      ['bad-number', '/organizations/0/seats'],
      ['bad-value', '/memberships/0/end_cause'],
    ]);
    expect(importProblemSentence(ps[0]!, 'en')).toBe(
      'File “small.json”, at /organizations/0/seats: Bad seats “-1”; expected a whole number ≥ 0.',
    );
    expect(importProblemSentence(ps[1]!, 'en')).toBe(
      'File “small.json”, at /memberships/0/end_cause: found “fired”; expected one of: term_end, removed_from_roll, expelled, transfer, retirement, resignation, death, dismissed, promoted, changed_group, unknown.',
    );
    expect(importProblemSentence(ps[1]!, 'vi')).toBe(
      'Tệp “small.json”, tại /memberships/0/end_cause: thấy “fired”; cần một trong: term_end, removed_from_roll, expelled, transfer, retirement, resignation, death, dismissed, promoted, changed_group, unknown.',
    );
  });
  test('unsupported format_version', () => {
    const [p] = refuse({ ...small(), format_version: 2 });
    expect(p).toMatchObject({ code: 'unsupported-version', pointer: '/format_version' });
    expect(importProblemSentence(p!, 'en')).toBe('File “small.json”, at /format_version: format_version is “2”; this app reads format_version 1.');
  });
  test('unknown keys are warnings and are dropped', () => {
    const d = { ...small(), colour: 'red', persons: [{ id: 'p', name: { vi: 'An' }, nickname: 'A' }] };
    const r = importFile('small.json', enc(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['warning', 'unknown-key', '/persons/0/nickname'],
      ['warning', 'unknown-key', '/colour'],
    ]);
    expect(importProblemSentence(r.problems[1]!, 'en')).toBe('File “small.json”, at /colour: the field “colour” is not part of the format; it is ignored and will not be exported.');
    expect(importProblemSentence(r.problems[1]!, 'vi')).toBe('Tệp “small.json”, tại /colour: trường “colour” không thuộc định dạng; nó bị bỏ qua và sẽ không được xuất ra.');
    expect('colour' in r.dataset).toBe(false);
    expect(r.dataset.persons[0]).toEqual({ id: 'p', name: { vi: 'An' } });
  });
  test('several shape errors are all reported, and the semantic checks do not run', () => {
    const d = small() as unknown as { memberships: Record<string, unknown>[]; events: Record<string, unknown>[] };
    d.memberships[0]!.organization_id = 7;
    d.events[0]!.label = 'Đại hội';
    const ps = refuse(d);
    expect(ps.map((p) => [p.code, p.pointer])).toEqual([
      ['wrong-type', '/memberships/0/organization_id'],
      ['wrong-type', '/events/0/label'],
    ]);
  });
});
