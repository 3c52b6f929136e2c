/**
 * CSV import: one row per membership (columns in `csv-columns.ts`, documented in `data/README.md`,
 * section "CSV format") to a `Dataset`, with every problem located by file, physical line, data
 * row and field, in Vietnamese and English (templates in `csv-messages.ts`).
 *
 * Pipeline: bytes → text (`csv-decode.ts`: UTF-8, or Windows-1258/1252 with a warning, or refused)
 * → records with line numbers (`csv-parse.ts`: d3-dsv, delimiter detected from the header) →
 * header mapped to columns (English or Vietnamese names) → each cell normalised (NFC, white space,
 * Ð→Đ in Vietnamese text with a warning) and formula escapes undone → dates read in the file's
 * day-month order (`csv-dates.ts`) → persons, bodies, posts and sources built from distinct names
 * (`nameKey`) → `validateDataset`, its problems mapped back to the rows they concern.
 * Errors block the import (`ok: false`); warnings let it through.
 *
 * Writing CSV (membership export, role table, template) lives in `csv-export.ts` and
 * `csv-template.ts` and is re-exported here.
 */
import type { Certainty, Citation, Dataset, EndCause, Lang, Membership, Organization, Person, Post, Source, StartCause } from '../model/types.ts';
import { validateDataset } from '../model/validate.ts';
import type { Problem } from '../model/problems.ts';
import { daysInMonth } from '../model/dates.ts';
import { isVietnameseText, nameKey, normalizeText } from './normalize.ts';
import { makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import { acceptedValues, certaintyOf, columnOf, endCauseOf, REQUIRED_COLUMNS, startCauseOf, type CsvColumn } from './csv-columns.ts';
import { decodeCsvBytes, undoDoubleEncoding, type CsvEncoding } from './csv-decode.ts';
import { detectDelimiter, parseRecords, scanCsv, type CsvDelimiter } from './csv-parse.ts';
import { isAmbiguous, readDate, settleDayOrder, tokenizeDate, type DateToken } from './csv-dates.ts';
import { unescapeFormula } from './csv-export.ts';
import './csv-messages.ts';

export { exportCsv, roleTableCsv, csvProjection, escapeFormula, unescapeFormula, type CsvWriteOptions, type CsvProjectionRow } from './csv-export.ts';
export { csvTemplate } from './csv-template.ts';
export { CSV_COLUMNS, type CsvColumn } from './csv-columns.ts';
export { CSV_PROBLEM_CODES } from './csv-messages.ts';
export type { CsvDelimiter } from './csv-parse.ts';
export type { CsvEncoding } from './csv-decode.ts';
export type { ImportResult } from './problems.ts';

/** How to read a CSV file; every field is optional (detected when absent). */
export interface CsvOptions {
  /** Field delimiter; detected from the header row when absent. */
  delimiter?: CsvDelimiter;
  /** Day before month in `a/b/yyyy` dates; detected from the file when absent, else day first. */
  dayFirst?: boolean;
  /** Text encoding; detected when absent (UTF-8, else Windows-1258 or Windows-1252 with a warning). */
  encoding?: CsvEncoding;
  /** Language of the texts (labels are stored under it); detected when absent (vi if any text is Vietnamese). */
  language?: Lang;
}

/** Where a row is: 1-based physical line where it starts, 1-based data row (the header is row 0). */
interface RowRef {
  line: number;
  row: number;
}

/** One data row, its cells normalised, by column. */
interface Row extends RowRef {
  cells: Partial<Record<CsvColumn, string>>;
}

/** Columns whose cells are text (names, labels, notes): Ð→Đ is reported there. */
const TEXT_COLUMNS = new Set<CsvColumn>(['person', 'body', 'parent_body', 'post', 'role', 'destination', 'basis', 'note', 'source']);

/**
 * A slug for ids: diacritics removed, `đ` → `d`, lower case, runs of other characters → `-`, at
 * most 60 characters. `"Ban Chấp hành Đảng bộ"` → `"ban-chap-hanh-dang-bo"`; `""` → `fallback`.
 */
export function slugify(s: string, fallback: string): string {
  const slug = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** Hands out ids unique within one collection: `a`, `a-2`, `a-3`… */
class IdPool {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/**
 * Imports a membership CSV file. `name` is the file's name (used in messages and for the dataset's
 * id and title), `bytes` its content. Never throws for any input: every failure is an `ImportProblem`.
 *
 * @returns `{ ok: true, dataset, problems: warnings, format: 'csv' }`, or `{ ok: false, problems }`
 *   when any problem is an error (encoding, quoting, header, a bad cell, or a semantic error of
 *   `validateDataset` mapped to its row).
 */
export function importCsv(name: string, bytes: Uint8Array, opts: CsvOptions = {}): ImportResult {
  const decoded = decodeCsvBytes(bytes, opts.encoding);
  if (!decoded.ok) {
    const code = decoded.reason === 'workbook' ? 'csv-workbook' : decoded.reason === 'binary' ? 'csv-binary' : 'csv-bad-encoding';
    const where = decoded.reason === 'workbook' ? {} : { line: decoded.line };
    return { ok: false, problems: [makeProblem('error', code, name, where, { found: decoded.found, encoding: decoded.encoding ?? '' })] };
  }
  const pre: ImportProblem[] = [];
  if (decoded.assumed) pre.push(makeProblem('warning', 'csv-encoding-assumed', name, {}, { encoding: decoded.encoding }));
  return importCsvText(name, decoded.text, opts, pre);
}

/**
 * Imports CSV that is already text (as `importCsv` after decoding; `opts.encoding` is ignored).
 * `initial` problems (e.g. an encoding warning) are kept at the front of the result.
 */
export function importCsvText(name: string, input: string, opts: CsvOptions = {}, initial: ImportProblem[] = []): ImportResult {
  const problems: ImportProblem[] = [...initial];
  const text = input.replace(/^\uFEFF/, '');
  const fail = (): ImportResult => ({ ok: false, problems: sortProblems(problems) });
  const err = (code: string, where: Partial<RowRef> & { field?: string }, params: ImportProblem['params'] = {}): void => {
    problems.push(makeProblem('error', code, name, where, params));
  };
  const warn = (code: string, where: Partial<RowRef> & { field?: string }, params: ImportProblem['params'] = {}): void => {
    problems.push(makeProblem('warning', code, name, where, params));
  };

  // Records and their lines.
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const structure = scanCsv(text, delimiter);
  for (const qp of structure.problems) {
    err(qp.kind === 'unclosed' ? 'csv-unclosed-quote' : 'csv-text-after-quote', { line: qp.line });
  }
  if (structure.problems.length > 0) return fail();
  const records = parseRecords(text, delimiter);
  const lineOf = (i: number): number => structure.lines[i] ?? i + 1;
  const blank = (r: readonly string[]): boolean => r.every((c) => c.trim() === '');
  const headerIndex = records.findIndex((r) => !blank(r));
  if (headerIndex < 0) {
    err('csv-empty', {});
    return fail();
  }

  // Language: Vietnamese if any text is.
  const lang: Lang = opts.language ?? (records.some((r) => r.some((c) => isVietnameseText(c))) ? 'vi' : 'en');
  const norm = (cell: string): { text: string; replacedEth: boolean } => normalizeText(cell, { vietnamese: lang === 'vi' || isVietnameseText(cell) });

  // Header.
  const header = records[headerIndex]!;
  const headerLine = lineOf(headerIndex);
  const columns: (CsvColumn | null)[] = [];
  const headerText = new Map<CsvColumn, string>();
  const firstCol = new Map<CsvColumn, number>();
  header.forEach((raw, j) => {
    const h = norm(raw).text;
    if (h === '') {
      columns.push(null);
      const data = records.slice(headerIndex + 1).find((r) => (r[j] ?? '').trim() !== '');
      if (data) err('csv-unnamed-column', { line: headerLine }, { index: j + 1, value: norm(data[j]!).text });
      return;
    }
    const c = columnOf(h);
    if (c === null) {
      err('csv-unknown-column', { line: headerLine, field: h }, { column: h });
      columns.push(null);
      return;
    }
    if (firstCol.has(c)) {
      err('csv-duplicate-column', { line: headerLine, field: h }, { column: h, canonical: c, first: firstCol.get(c)! + 1 });
      columns.push(null);
      return;
    }
    firstCol.set(c, j);
    headerText.set(c, h);
    columns.push(c);
  });
  for (const c of REQUIRED_COLUMNS) if (!firstCol.has(c)) err('csv-missing-column', { line: headerLine }, { column: c });
  if (problems.some((p) => p.severity === 'error')) return fail();
  const field = (c: CsvColumn): string => headerText.get(c) ?? c;

  // Rows: cells normalised, formula escapes undone.
  const rows: Row[] = [];
  let garbled = false;
  const shortRows: (RowRef & { count: number })[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const rec = records[i]!;
    if (blank(rec)) continue;
    const ref: RowRef = { line: lineOf(i), row: i - headerIndex };
    if (rec.length > header.length && rec.slice(header.length).some((c) => c.trim() !== '')) {
      err('csv-too-many-fields', ref, { count: rec.length, expected: header.length });
      continue;
    }
    if (rec.length < header.length) shortRows.push({ ...ref, count: rec.length });
    const cells: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((c, j) => {
      if (c === null) return;
      const raw = rec[j] ?? '';
      const n = norm(raw);
      if (n.replacedEth && TEXT_COLUMNS.has(c)) warn('eth-replaced', { ...ref, field: field(c) }, { found: raw, text: n.text });
      const value = unescapeFormula(n.text);
      if (value !== '') cells[c] = value;
      if (!garbled && TEXT_COLUMNS.has(c)) {
        const fixed = undoDoubleEncoding(value);
        if (fixed !== null) {
          garbled = true;
          warn('csv-double-encoded', { ...ref, field: field(c) }, { found: value, text: fixed.normalize('NFC') });
        }
      }
    });
    rows.push({ ...ref, cells });
  }
  // One warning for short rows (tools that drop trailing empty fields make every row short).
  const short = shortRows[0];
  if (short) warn('csv-short-row', { line: short.line, row: short.row }, { count: short.count, expected: header.length, more: shortRows.length - 1 });
  if (rows.length === 0 && !problems.some((p) => p.severity === 'error')) {
    err('csv-no-rows', { line: headerLine });
    return fail();
  }

  // Dates: read the forms, settle the day-month order, then read each.
  type DateCell = { row: Row; column: 'start' | 'end'; token: DateToken };
  const dateCells: DateCell[] = [];
  for (const row of rows) {
    for (const column of ['start', 'end'] as const) {
      const v = row.cells[column];
      if (v === undefined) continue;
      const t = tokenizeDate(v);
      if (t === null) continue;
      if ('error' in t) err('csv-bad-date', { line: row.line, row: row.row, field: field(column) }, { value: v, reason: t.error });
      else dateCells.push({ row, column, token: t });
    }
  }
  const abTokens = dateCells.filter((d) => d.token.kind === 'a-b-year');
  const order = settleDayOrder(
    abTokens.map((d) => d.token),
    opts.dayFirst,
  );
  const ambiguous = abTokens.filter((d) => isAmbiguous(d.token));
  if (order.via === 'default' && ambiguous.length > 0) {
    const ex = ambiguous[0]!;
    warn('csv-date-order-assumed', {}, { example: ex.row.cells[ex.column]!, example_line: ex.row.line, count: ambiguous.length });
  }
  if (order.via === 'file' && order.dayFirst === false) {
    const ex = abTokens[order.evidence[0]!]!;
    warn('csv-date-order-detected', {}, { example: ex.row.cells[ex.column]!, example_line: ex.row.line });
  }
  const dates = new Map<Row, { start?: string; end?: string }>();
  for (const d of dateCells) {
    const where = { line: d.row.line, row: d.row.row, field: field(d.column) };
    const value = d.row.cells[d.column]!;
    const r = readDate(d.token, order.dayFirst);
    if (r.ok) {
      const slot = dates.get(d.row) ?? {};
      slot[d.column] = r.text;
      dates.set(d.row, slot);
      continue;
    }
    if (r.reason === 'ambiguous' && d.token.kind === 'a-b-year') {
      const [dayIdx, monthIdx] = order.evidence as [number, number];
      const df = readDate(d.token, true);
      const mf = readDate(d.token, false);
      err('csv-ambiguous-date', where, {
        value,
        day_first: df.ok ? df.text : '',
        month_first: mf.ok ? mf.text : '',
        day_line: abTokens[dayIdx]!.row.line,
        month_line: abTokens[monthIdx]!.row.line,
      });
      continue;
    }
    const t = d.token;
    const params: ImportProblem['params'] = { value, reason: r.reason };
    let month = t.kind === 'iso' ? (t.month ?? 0) : t.kind === 'month-year' ? t.month : 0;
    if (t.kind === 'a-b-year') {
      const first = order.dayFirst ?? true;
      params.order = first ? 'day-first' : 'month-first';
      if (order.via !== 'user') params.hint = 'order';
      month = first ? t.b : t.a;
    }
    if (r.reason === 'month' || r.reason === 'day') {
      params.month = month;
      params.year = t.year;
    }
    if (r.reason === 'day') params.days = daysInMonth(t.year, month);
    err('csv-bad-date', where, params);
  }

  // Other cells: required names, seats, causes, certainty.
  const seatsOf = new Map<Row, number>();
  const causes = new Map<Row, { start?: StartCause; end?: EndCause; certainty?: Certainty }>();
  for (const row of rows) {
    const at = (c: CsvColumn) => ({ line: row.line, row: row.row, field: field(c) });
    for (const c of ['person', 'body'] as const) if (row.cells[c] === undefined) err('csv-missing-value', at(c), { column: c });
    const seats = row.cells.seats;
    if (seats !== undefined) {
      if (/^\d{1,9}$/.test(seats)) seatsOf.set(row, Number(seats));
      else err('csv-bad-seats', at('seats'), { value: seats });
    }
    const slot: { start?: StartCause; end?: EndCause; certainty?: Certainty } = {};
    const sc = row.cells.start_cause;
    if (sc !== undefined) {
      const v = startCauseOf(sc);
      if (v) slot.start = v;
      else err('csv-unknown-value', at('start_cause'), { column: 'start_cause', value: sc, allowed: acceptedValues('start_cause') });
    }
    const ec = row.cells.end_cause;
    if (ec !== undefined) {
      const v = endCauseOf(ec);
      if (v) slot.end = v;
      else err('csv-unknown-value', at('end_cause'), { column: 'end_cause', value: ec, allowed: acceptedValues('end_cause') });
    }
    const ce = row.cells.certainty;
    if (ce !== undefined) {
      const v = certaintyOf(ce);
      if (v) slot.certainty = v;
      else err('csv-unknown-value', at('certainty'), { column: 'certainty', value: ce, allowed: acceptedValues('certainty') });
    }
    if (slot.certainty === 'inferred' && row.cells.basis === undefined) warn('csv-inferred-without-basis', at('basis'));
    causes.set(row, slot);
  }

  // Bodies (with seats and parents that must agree), persons, posts, sources.
  interface BodyInfo {
    org: Organization;
    first: RowRef;
    seats?: { value: number; at: RowRef };
    parent?: { key: string; name: string; at: RowRef };
  }
  const labelOf = (t: string) => ({ [lang]: t });
  const bodies = new Map<string, BodyInfo>();
  const orgIds = new IdPool();
  const body = (nameText: string, at: RowRef): BodyInfo => {
    const key = nameKey(nameText);
    let b = bodies.get(key);
    if (!b) {
      b = { org: { id: orgIds.take(slugify(nameText, 'body')), name: labelOf(nameText), parent_id: null }, first: at };
      bodies.set(key, b);
    }
    return b;
  };
  for (const row of rows) {
    const bn = row.cells.body;
    if (bn === undefined) continue;
    const b = body(bn, row);
    const seats = seatsOf.get(row);
    if (seats !== undefined) {
      if (!b.seats) b.seats = { value: seats, at: row };
      else if (b.seats.value !== seats) {
        err('csv-seats-conflict', { line: row.line, row: row.row, field: field('seats') }, {
          body: bn,
          value: seats,
          other: b.seats.value,
          other_line: b.seats.at.line,
          other_row: b.seats.at.row,
        });
      }
    }
    const pn = row.cells.parent_body;
    if (pn !== undefined) {
      const key = nameKey(pn);
      if (!b.parent) {
        b.parent = { key, name: pn, at: row };
        body(pn, row);
      } else if (b.parent.key !== key) {
        err('csv-parent-conflict', { line: row.line, row: row.row, field: field('parent_body') }, {
          body: bn,
          value: pn,
          other: b.parent.name,
          other_line: b.parent.at.line,
          other_row: b.parent.at.row,
        });
      }
    }
  }
  for (const b of bodies.values()) {
    if (b.seats) b.org.seats = b.seats.value;
    if (b.parent) b.org.parent_id = bodies.get(b.parent.key)!.org.id;
  }

  const persons = new Map<string, { person: Person; first: RowRef }>();
  const personIds = new IdPool();
  const posts = new Map<string, { post: Post; first: RowRef }>();
  const postIds = new IdPool();
  const sources = new Map<string, { source: Source; first: RowRef }>();
  const sourceIds = new IdPool();
  const membershipIds = new IdPool();
  const memberships: Membership[] = [];
  const membershipRows: Row[] = [];
  for (const row of rows) {
    const pn = row.cells.person;
    const bn = row.cells.body;
    if (pn === undefined || bn === undefined) continue;
    const pk = nameKey(pn);
    let person = persons.get(pk);
    if (!person) {
      person = { person: { id: personIds.take(slugify(pn, 'person')), name: labelOf(pn) }, first: row };
      persons.set(pk, person);
    }
    const b = bodies.get(nameKey(bn))!;
    let postId: string | undefined;
    const postLabel = row.cells.post;
    if (postLabel !== undefined) {
      const key = `${nameKey(bn)}\u0000${nameKey(postLabel)}`;
      let post = posts.get(key);
      if (!post) {
        post = { post: { id: postIds.take(slugify(postLabel, 'post')), organization_id: b.org.id, label: labelOf(postLabel) }, first: row };
        posts.set(key, post);
      }
      postId = post.post.id;
    }
    const citations: Citation[] = [];
    for (const part of (row.cells.source ?? '').split(';')) {
      const t = part.trim();
      if (t === '') continue;
      const cut = t.lastIndexOf(': ');
      const title = (cut > 0 ? t.slice(0, cut) : t).trim();
      const locator = cut > 0 ? t.slice(cut + 2).trim() : '';
      const key = nameKey(title);
      let src = sources.get(key);
      if (!src) {
        src = { source: { id: sourceIds.take(slugify(title, 'source')), title: labelOf(title) }, first: row };
        sources.set(key, src);
      }
      citations.push({ source_id: src.source.id, locator });
    }
    const slot = causes.get(row) ?? {};
    const d = dates.get(row) ?? {};
    const m: Membership = {
      id: membershipIds.take(`m-${person.person.id}-${b.org.id}${postId ? `-${postId}` : ''}`),
      person_id: person.person.id,
      organization_id: b.org.id,
    };
    if (postId) m.post_id = postId;
    if (row.cells.role !== undefined) m.role = labelOf(row.cells.role);
    if (d.start) m.start_date = d.start;
    if (d.end) m.end_date = d.end;
    if (slot.start) m.start_cause = slot.start;
    if (slot.end) m.end_cause = slot.end;
    if (row.cells.destination !== undefined) m.end_destination = labelOf(row.cells.destination);
    if (slot.certainty) m.certainty = slot.certainty;
    if (row.cells.basis !== undefined) m.basis = labelOf(row.cells.basis);
    if (row.cells.note !== undefined) m.note = labelOf(row.cells.note);
    if (citations.length > 0) m.citations = citations;
    memberships.push(m);
    membershipRows.push(row);
  }
  if (problems.some((p) => p.severity === 'error')) return fail();
  if (!memberships.some((m) => m.start_date !== undefined || m.end_date !== undefined)) {
    err('csv-no-dates', {});
    return fail();
  }

  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || name;
  const dataset: Dataset = {
    format: 'committee-history',
    format_version: 1,
    id: slugify(base, 'csv-import'),
    title: labelOf(base || 'CSV'),
    language: lang,
    sources: [...sources.values()].map((s) => s.source),
    organizations: [...bodies.values()].map((b) => b.org),
    persons: [...persons.values()].map((p) => p.person),
    posts: [...posts.values()].map((p) => p.post),
    memberships,
    events: [],
    claims: [],
    annotations: [],
  };

  // Semantic checks, mapped back to rows.
  const bodyList = [...bodies.values()];
  const personList = [...persons.values()];
  const postList = [...posts.values()];
  const sourceList = [...sources.values()];
  const names = {
    person: new Map(dataset.persons.map((p) => [p.id, p.name[lang]!] as const)),
    org: new Map(dataset.organizations.map((o) => [o.id, o.name[lang]!] as const)),
    post: new Map(dataset.posts.map((p) => [p.id, p.label[lang]!] as const)),
  };
  for (const p of validateDataset(dataset)) {
    if (p.code === 'inferred-without-basis' && p.pointer.startsWith('/memberships/')) continue; // reported per row above
    problems.push(mapModelProblem(p, name, { membershipRows, bodyList, personList, postList, sourceList, field, names }));
  }
  if (problems.some((p) => p.severity === 'error')) return fail();
  return { ok: true, dataset, problems: sortProblems(problems), format: 'csv' };
}

/** JSON field of a membership → CSV column. */
const MEMBERSHIP_FIELD: Record<string, CsvColumn> = {
  person_id: 'person',
  organization_id: 'body',
  post_id: 'post',
  role: 'role',
  start_date: 'start',
  end_date: 'end',
  start_event_id: 'start',
  end_event_id: 'end',
  start_cause: 'start_cause',
  end_cause: 'end_cause',
  end_destination: 'destination',
  certainty: 'certainty',
  basis: 'basis',
  note: 'note',
  citations: 'source',
};

interface MapContext {
  membershipRows: readonly RowRef[];
  bodyList: readonly { first: RowRef; seats?: { at: RowRef }; parent?: { at: RowRef } }[];
  personList: readonly { first: RowRef }[];
  postList: readonly { first: RowRef }[];
  sourceList: readonly { first: RowRef }[];
  field: (c: CsvColumn) => string;
  names: { person: Map<string, string>; org: Map<string, string>; post: Map<string, string> };
}

/**
 * A `validateDataset` problem of the built dataset as an import problem located at the CSV row it
 * concerns (the membership's row; a body's row that gave its seats or parent; the first row of a
 * person, post or source), with ids in its params replaced by the names the file uses.
 */
function mapModelProblem(p: Problem, file: string, ctx: MapContext): ImportProblem {
  const parts = p.pointer.split('/').slice(1);
  const [collection, indexText, key] = parts;
  const i = Number(indexText);
  let at: RowRef | undefined;
  let column: CsvColumn | undefined;
  if (collection === 'memberships') {
    at = ctx.membershipRows[i];
    column = key !== undefined ? MEMBERSHIP_FIELD[key] : undefined;
  } else if (collection === 'organizations') {
    const b = ctx.bodyList[i];
    if (b) {
      if (key === 'seats') [at, column] = [b.seats?.at ?? b.first, 'seats'];
      else if (key === 'parent_id') [at, column] = [b.parent?.at ?? b.first, 'parent_body'];
      else [at, column] = [b.first, 'body'];
    }
  } else if (collection === 'persons') [at, column] = [ctx.personList[i]?.first, 'person'];
  else if (collection === 'posts') [at, column] = [ctx.postList[i]?.first, 'post'];
  else if (collection === 'sources') [at, column] = [ctx.sourceList[i]?.first, 'source'];
  const params: ImportProblem['params'] = { ...p.params };
  for (const k of ['person', 'other']) if (typeof params[k] === 'string') params[k] = ctx.names.person.get(params[k] as string) ?? params[k]!;
  for (const k of ['org', 'parent', 'post_org']) if (typeof params[k] === 'string') params[k] = ctx.names.org.get(params[k] as string) ?? params[k]!;
  if (typeof params.post === 'string') params.post = ctx.names.post.get(params.post) ?? params.post;
  if (!at) return makeProblem(p.severity, p.code, file, { pointer: p.pointer }, params);
  return makeProblem(p.severity, p.code, file, { line: at.line, row: at.row, ...(column ? { field: ctx.field(column) } : {}) }, params);
}

/** Problems without a line first (file-level), then by line, keeping the order of equal lines. */
function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
}
