/**
 * Fuzz cases as data: a base (`BaseKind`) and a list of mutations, each choosing its target by a
 * number taken modulo the places it can apply to, so that every case is a small, shrinkable value
 * that `materialise` turns into a file (name and bytes) deterministically.
 */
import fc from 'fast-check';
import { builtinBase, csvBase, popoloBase, type BaseKind } from './bases.ts';

/** Strings no dataset should break on: control chars, bidi, lone surrogates, combining marks, emoji, markup, very long. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0007b\u001b[31mc',
  '\t\r\n',
  '\u202eevil\u202c',
  '\u2066x\u2069\u200f',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '\u0300',
  '👩‍👩‍👧‍👦🇻🇳',
  '\u200b\ufeff\u00ad',
  'Ðinh Ð',
  '<script>alert(1)</script>&amp;]]>',
  '"\'`{}',
  'مجلس الشورى',
  '\uffff\ufffe',
  'x'.repeat(300),
  'Nguyễn '.repeat(200),
  'y'.repeat(9_999),
  'z'.repeat(10_001),
];

/** Dates of every odd kind. */
export const ODD_DATES: readonly string[] = [
  '0000', '2000-13', '1999?', '1996/2000', '9999-12-31', '2000-02-30', '2000-00', '2000-01-00', '1999-12-31T00:00:00Z',
  '2001/1996', '../2000', '1996/..', '/2000', '1996/', '-0001', '1000', '2999-12-31', '999', '3000', '1996~', '1996%',
  '2000?/2001?', '20000', '1996-06-15?', '6/1996', '15/6/1996', '31/2/1998', '1996-6', 'abc', '', '1996-06/1996-05', '1999-1999',
];

/** Numbers: huge, tiny, negative, fractional, around the seat bound. */
export const ODD_NUMBERS: readonly number[] = [0, -1, -0, 0.5, 1, 2, 10_000, 10_001, 1e6, 2 ** 31, 2 ** 53 + 2, 1e21, 1e308, -1e308, 5e-324, 1e-300];

/** Values of the wrong type. */
export const WRONG_TYPES: readonly unknown[] = [null, true, false, 0, 42, 'text', [], {}, [1, 'a'], { vi: 1 }, { en: null }, [[]]];

/** One mutation. `at` picks the place (modulo how many there are), `pick` the value from a list. */
export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'wrong-type'; at: number; pick: number }
  | { op: 'number'; at: number; pick: number }
  | { op: 'string'; at: number; pick: number; append: boolean }
  | { op: 'date'; at: number; pick: number }
  | { op: 'nest'; at: number; depth: number; array: boolean }
  | { op: 'duplicate'; at: number }
  | { op: 'copy'; at: number; from: number }
  | { op: 'label'; at: number; pick: number; append: boolean }
  | { op: 'date-swap'; at: number; from: number }
  | { op: 'grow'; at: number; count: number; keepPost: boolean }
  | { op: 'chain'; at: number; depth: number }
  | { op: 'csv-header'; at: number; pick: number }
  | { op: 'csv-raw'; at: number; pick: number };

/** A case: where it starts and what is done to it; `bytes` optionally spoils the encoding; `statedOnly` draws with inferred parts greyed out. */
export interface FuzzCase {
  base: BaseKind;
  mutations: Mutation[];
  bytes: 'none' | 'bom' | 'invalid-utf8' | 'truncate';
  statedOnly?: boolean;
}

const at = fc.nat({ max: 1_000_000 });
const pickOf = (list: readonly unknown[]) => fc.nat({ max: list.length - 1 });

/** Any one mutation. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at }),
  fc.record({ op: fc.constant('wrong-type' as const), at, pick: pickOf(WRONG_TYPES) }),
  fc.record({ op: fc.constant('number' as const), at, pick: pickOf(ODD_NUMBERS) }),
  { arbitrary: fc.record({ op: fc.constant('string' as const), at, pick: pickOf(ODD_STRINGS), append: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('date' as const), at, pick: pickOf(ODD_DATES) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('number' as const), at, pick: pickOf(ODD_NUMBERS) }), weight: 1 },
  fc.record({ op: fc.constant('nest' as const), at, depth: fc.constantFrom(2, 10, 63, 66, 500, 20_000), array: fc.boolean() }),
  fc.record({ op: fc.constant('duplicate' as const), at }),
  fc.record({ op: fc.constant('copy' as const), at, from: at }),
  { arbitrary: fc.record({ op: fc.constant('label' as const), at, pick: pickOf(ODD_STRINGS), append: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('date-swap' as const), at, from: at }), weight: 2 },
  fc.record({ op: fc.constant('grow' as const), at, count: fc.constantFrom(1, 20, 300, 2_000), keepPost: fc.boolean() }),
  fc.record({ op: fc.constant('chain' as const), at, depth: fc.constantFrom(1, 3, 12, 40, 150) }),
  fc.record({ op: fc.constant('csv-header' as const), at, pick: fc.nat({ max: 6 }) }),
  fc.record({ op: fc.constant('csv-raw' as const), at, pick: fc.nat({ max: 5 }) }),
);

/** Any case: one to eight mutations of one base, mostly with clean bytes. */
export const caseArb: fc.Arbitrary<FuzzCase> = fc.record({
  base: fc.constantFrom<BaseKind>('builtin', 'csv', 'popolo'),
  mutations: fc.oneof({ arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 2 }), weight: 3 }, fc.array(mutationArb, { minLength: 1, maxLength: 8 })),
  bytes: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 12 }, fc.constantFrom('bom' as const, 'invalid-utf8' as const, 'truncate' as const)),
  statedOnly: fc.boolean(),
});

/** The cases of a seed, in order: case K is the same for every `runs` ≥ K + 1. */
export function casesOf(seed: number, runs: number): FuzzCase[] {
  return fc.sample(caseArb, { seed, numRuns: runs });
}

type Json = unknown;
type Path = (string | number)[];

const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Every path in a JSON value, the root excluded, in pre-order. */
function paths(v: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 200) return out; // deeper places are reached through their ancestors
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...prefix, i]); paths(x, [...prefix, i], out); });
  else if (isObj(v)) for (const k of Object.keys(v)) { out.push([...prefix, k]); paths(v[k], [...prefix, k], out); }
  return out;
}

function getAt(root: Json, p: Path): Json {
  let v: Json = root;
  for (const k of p) v = (v as Record<string | number, unknown>)[k];
  return v;
}

function setAt(root: Json, p: Path, value: Json): void {
  const parent = getAt(root, p.slice(0, -1)) as Record<string | number, unknown>;
  parent[p[p.length - 1]!] = value;
}

function deleteAt(root: Json, p: Path): void {
  const parent = getAt(root, p.slice(0, -1));
  const k = p[p.length - 1]!;
  if (Array.isArray(parent)) parent.splice(k as number, 1);
  else delete (parent as Record<string, unknown>)[k as string];
}

/** A deep copy; a value too deep to copy is shared instead (mutations never reach that deep). */
function clone(v: Json): Json {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

function nested(depth: number, array: boolean, leaf: Json): Json {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}

const lastKey = (p: Path): string => String(p[p.length - 1]);
const isDatePath = (p: Path): boolean => /date$|^(start|end)$/.test(lastKey(p));
const isNumberPath = (root: Json) => (p: Path): boolean => typeof getAt(root, p) === 'number';
const isStringPath = (root: Json) => (p: Path): boolean => typeof getAt(root, p) === 'string';
const isLabelPath = (p: Path): boolean => p.some((k) => typeof k === 'string' && /^(name|label|short_label|short_name|title|description|text|note|role|basis|vi|en|end_destination|classification)$/.test(k));
const isIdPath = (p: Path): boolean => /(^|_)id$/.test(lastKey(p));

/** Picks among the places that fit `prefer`, else among all. */
function choose(all: Path[], n: number, prefer?: (p: Path) => boolean): Path | undefined {
  const fit = prefer ? all.filter(prefer) : all;
  const list = fit.length > 0 ? fit : all;
  return list.length === 0 ? undefined : list[n % list.length];
}

/** Applies one mutation to a JSON value (in place; the root itself is never replaced). */
export function mutateJson(root: Json, m: Mutation): void {
  const all = paths(root);
  switch (m.op) {
    case 'delete': {
      const p = choose(all, m.at);
      if (p) deleteAt(root, p);
      return;
    }
    case 'wrong-type': {
      const p = choose(all, m.at);
      if (p) setAt(root, p, structuredClone(WRONG_TYPES[m.pick]));
      return;
    }
    case 'number': {
      const p = choose(all, m.at, isNumberPath(root));
      if (p) setAt(root, p, ODD_NUMBERS[m.pick]);
      return;
    }
    case 'string': {
      const p = choose(all, m.at, isStringPath(root));
      if (!p) return;
      const old = getAt(root, p);
      setAt(root, p, m.append && typeof old === 'string' ? old + ODD_STRINGS[m.pick]! : ODD_STRINGS[m.pick]);
      return;
    }
    case 'date': {
      const p = choose(all, m.at, isDatePath);
      if (p) setAt(root, p, ODD_DATES[m.pick]);
      return;
    }
    case 'nest': {
      const p = choose(all, m.at);
      if (p) setAt(root, p, nested(m.depth, m.array, getAt(root, p) ?? null));
      return;
    }
    case 'duplicate': {
      const p = choose(all, m.at, (q) => typeof q[q.length - 1] === 'number');
      if (!p) return;
      const parent = getAt(root, p.slice(0, -1));
      if (Array.isArray(parent)) parent.push(clone(getAt(root, p)));
      return;
    }
    case 'copy': {
      const to = choose(all, m.at, isIdPath);
      const from = choose(all, m.from, (q) => isIdPath(q) || isStringPath(root)(q));
      if (to && from) setAt(root, to, clone(getAt(root, from)));
      return;
    }
    case 'label': {
      const p = choose(all, m.at, (q) => isLabelPath(q) && isStringPath(root)(q));
      if (!p) return;
      const old = getAt(root, p);
      setAt(root, p, m.append && typeof old === 'string' ? old + ODD_STRINGS[m.pick]! : ODD_STRINGS[m.pick]);
      return;
    }
    case 'date-swap': {
      const dates = all.filter((q) => isDatePath(q) && isStringPath(root)(q));
      const to = dates[m.at % Math.max(1, dates.length)];
      const from = dates[m.from % Math.max(1, dates.length)];
      if (to && from) setAt(root, to, getAt(root, from));
      return;
    }
    case 'grow':
      grow(root, m);
      return;
    case 'chain':
      chain(root, m);
      return;
    case 'csv-header':
    case 'csv-raw':
      // CSV-only mutations act on a JSON file as a string mutation of an id.
      mutateJson(root, { op: 'string', at: m.at, pick: m.pick, append: true });
      return;
  }
}

/** A label (text or texts by language) with a suffix. */
function suffixed(label: unknown, suffix: string): unknown {
  if (typeof label === 'string') return label + suffix;
  if (isObj(label)) return Object.fromEntries(Object.entries(label).map(([k, v]) => [k, typeof v === 'string' ? v + suffix : v]));
  return label;
}

const listOf = (root: Json, key: string): Record<string, unknown>[] | undefined => {
  const v = isObj(root) ? root[key] : undefined;
  return Array.isArray(v) && v.every(isObj) ? (v as Record<string, unknown>[]) : undefined;
};

/** `count` more people, each with a copy of one membership (its post dropped unless `keepPost`). */
function grow(root: Json, m: Extract<Mutation, { op: 'grow' }>): void {
  const persons = listOf(root, 'persons');
  const memberships = listOf(root, 'memberships');
  if (!persons?.length || !memberships?.length) return;
  const ms = memberships[m.at % memberships.length]!;
  const person = persons.find((p) => p.id === ms.person_id) ?? persons[0]!;
  for (let i = 0; i < m.count; i++) {
    const id = `${String(person.id)}-g${i}`;
    persons.push({ ...(clone(person) as object), id, name: suffixed(person.name, ` ${i}`) });
    const copy: Record<string, unknown> = { ...(clone(ms) as object), person_id: id };
    if (typeof ms.id === 'string') copy.id = `${ms.id}-g${i}`;
    if (!m.keepPost) delete copy.post_id;
    memberships.push(copy);
  }
}

/** Bodies nested `depth` deep under one body, and one member of that body in every one of them. */
function chain(root: Json, m: Extract<Mutation, { op: 'chain' }>): void {
  const orgs = listOf(root, 'organizations');
  const memberships = listOf(root, 'memberships');
  if (!orgs?.length || !memberships?.length) return;
  const top = orgs[m.at % orgs.length]!;
  const ms = memberships.find((x) => x.organization_id === top.id) ?? memberships[m.at % memberships.length]!;
  let parent = top.id;
  for (let i = 0; i < m.depth; i++) {
    const id = `${String(top.id)}/c${i}`;
    const org: Record<string, unknown> = { ...(clone(top) as object), id, parent_id: parent, name: suffixed(top.name, ` ${i}`) };
    if (top.short_name !== undefined) org.short_name = suffixed(top.short_name, ` ${i}`);
    if (m.at % 2 === 0) delete org.seats;
    orgs.push(org);
    const copy: Record<string, unknown> = { ...(clone(ms) as object), organization_id: id };
    if (typeof ms.id === 'string') copy.id = `${ms.id}-c${i}`;
    delete copy.post_id;
    memberships.push(copy);
    parent = id;
  }
}

const HEADER_SWAPS = ['', 'Person', 'HỌ TÊN', 'unknown column', 'start', 'body', 'bat dau'];
const RAW_CELLS = ['"', '"unclosed', 'a"b', '\r', '=cmd|" /C calc"!A0', ';;;'];

/** Applies one mutation to a CSV grid (header first). Raw cells are kept as written (`raw`). */
export function mutateCsv(grid: string[][], raw: Set<string>, m: Mutation): void {
  const rows = grid.length;
  const cols = Math.max(1, ...grid.map((r) => r.length));
  const r = m.at % rows;
  const c = Math.floor(m.at / rows) % cols;
  const set = (row: number, col: number, v: string) => {
    const line = grid[row];
    if (!line) return;
    while (line.length <= col) line.push('');
    line[col] = v;
  };
  const dataRow = rows > 1 ? 1 + (m.at % (rows - 1)) : 0;
  const dateCol = (grid[0] ?? []).findIndex((h, i) => (h === 'start' || h === 'end') && i % 2 === (m.at >> 3) % 2);
  switch (m.op) {
    case 'delete':
      if (m.at % 3 === 0) grid.forEach((line) => line.splice(c, 1));
      else if (rows > 1) grid.splice(dataRow, 1);
      return;
    case 'wrong-type':
      set(r, c, JSON.stringify(WRONG_TYPES[m.pick]) ?? '');
      return;
    case 'number':
      set(dataRow, (grid[0] ?? []).indexOf('seats') >= 0 && m.at % 2 === 0 ? grid[0]!.indexOf('seats') : c, String(ODD_NUMBERS[m.pick]));
      return;
    case 'string':
      set(dataRow, c, (m.append ? (grid[dataRow]?.[c] ?? '') : '') + ODD_STRINGS[m.pick]);
      return;
    case 'date':
      set(dataRow, dateCol >= 0 ? dateCol : c, ODD_DATES[m.pick]!);
      return;
    case 'label': {
      const col = (grid[0] ?? []).findIndex((h, i) => ['person', 'body', 'post', 'role', 'note', 'destination', 'basis'].includes(h) && i >= m.at % 14);
      const target = col >= 0 ? col : 0;
      set(dataRow, target, (m.append ? (grid[dataRow]?.[target] ?? '') : '') + ODD_STRINGS[m.pick]);
      return;
    }
    case 'date-swap': {
      const cols = (grid[0] ?? []).flatMap((h, i) => (h === 'start' || h === 'end' ? [i] : []));
      if (cols.length === 0 || rows < 2) return;
      const fr = 1 + (m.from % (rows - 1));
      const col = cols[m.at % cols.length]!;
      set(dataRow, col, grid[fr]?.[cols[m.from % cols.length]!] ?? '');
      return;
    }
    case 'nest':
      set(dataRow, c, '['.repeat(Math.min(m.depth, 20_000)));
      return;
    case 'duplicate':
      if (rows > 1) grid.push([...grid[dataRow]!]);
      return;
    case 'copy': {
      const fr = m.from % rows;
      set(r, c, grid[fr]?.[Math.floor(m.from / rows) % cols] ?? '');
      return;
    }
    case 'grow':
      for (let i = 0; i < Math.min(m.count, 2_000) && rows > 1; i++) {
        const copy = [...grid[dataRow]!];
        copy[0] = `${copy[0] ?? ''} ${i}`;
        if (!m.keepPost) copy[4] = '';
        grid.push(copy);
      }
      return;
    case 'chain': {
      const body = grid[dataRow]?.[1] ?? 'B';
      let parent = body;
      for (let i = 0; i < m.depth && rows > 1; i++) {
        const copy = [...grid[dataRow]!];
        copy[1] = `${body} ${i}`;
        copy[2] = parent;
        copy[3] = '';
        copy[4] = '';
        grid.push(copy);
        parent = copy[1];
      }
      return;
    }
    case 'csv-header':
      set(0, c, HEADER_SWAPS[m.pick % HEADER_SWAPS.length]!);
      return;
    case 'csv-raw': {
      const v = RAW_CELLS[m.pick % RAW_CELLS.length]!;
      raw.add(`${dataRow}:${c}`);
      set(dataRow, c, v);
      return;
    }
  }
}

function csvText(grid: string[][], raw: Set<string>): string {
  const cell = (v: string, key: string) => (raw.has(key) || !/[",\r\n]/.test(v) ? v : `"${v.replace(/"/g, '""')}"`);
  return grid.map((line, i) => line.map((v, j) => cell(v, `${i}:${j}`)).join(',')).join('\r\n') + '\r\n';
}

/** The file of a case. */
export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
  /** The mutated JSON value (JSON bases), before serialisation; the CSV grid for CSV. */
  value: unknown;
}

/** Builds the file of a case (deterministic). */
export function materialise(c: FuzzCase): FuzzFile {
  let name: string;
  let text: string;
  let value: unknown;
  if (c.base === 'csv') {
    const grid = csvBase();
    const raw = new Set<string>();
    for (const m of c.mutations) mutateCsv(grid, raw, m);
    name = 'fuzz.csv';
    text = csvText(grid, raw);
    value = grid;
  } else {
    const root = c.base === 'builtin' ? builtinBase() : popoloBase();
    for (const m of c.mutations) mutateJson(root, m);
    name = c.base === 'builtin' ? 'quan6-fuzz.json' : 'popolo-fuzz.json';
    text = jsonText(root);
    value = root;
  }
  let bytes: Uint8Array = new TextEncoder().encode(text);
  if (c.bytes === 'bom') bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  else if (c.bytes === 'invalid-utf8') bytes = new Uint8Array([...bytes.subarray(0, bytes.length >> 1), 0xff, 0xc3, ...bytes.subarray(bytes.length >> 1)]);
  else if (c.bytes === 'truncate') bytes = bytes.subarray(0, bytes.length - 7);
  return { name, bytes, value };
}

/** JSON text that keeps lone surrogates as escapes (`JSON.stringify` does) and survives very deep values. */
function jsonText(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    // Deeper than the stack allows: write it without recursion.
    return deepStringify(v);
  }
}

function deepStringify(v: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [v];
  const CLOSE = Symbol('close');
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'object' && x !== null && (x as { [CLOSE]?: string })[CLOSE] !== undefined) {
      out.push((x as { [CLOSE]: string })[CLOSE]);
    } else if (typeof x === 'string' && x.startsWith('\u0000raw:')) out.push(x.slice(5));
    else if (Array.isArray(x)) {
      out.push('[');
      stack.push({ [CLOSE]: ']' });
      for (let i = x.length - 1; i >= 0; i--) {
        stack.push(x[i]);
        if (i > 0) stack.push('\u0000raw:,');
      }
    } else if (isObj(x)) {
      out.push('{');
      stack.push({ [CLOSE]: '}' });
      const keys = Object.keys(x);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(x[keys[i]!]);
        stack.push(`\u0000raw:${JSON.stringify(keys[i])}:`);
        if (i > 0) stack.push('\u0000raw:,');
      }
    } else out.push(JSON.stringify(x) ?? 'null');
  }
  return out.join('');
}
