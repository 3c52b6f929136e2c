/**
 * Reading back the workbook's record sheets (`xlsx-sheets-export.ts`; issue 14: a round trip keeps
 * every field). Two hooks of `importXlsx`:
 * 1. `prepareWorkbook`, before the memberships sheet goes to the CSV importer: when the workbook has
 *    any record sheet (or ids in the bodies sheet) it is a *whole* workbook; its memberships sheet's
 *    extra columns (ids, other languages) are taken off the CSV text, and the CSV is read in the
 *    language the `dataset` sheet names (`sheet_language`, before the import panel's choice).
 * 2. `restoreWorkbook`, after: the dataset the CSV importer built from the memberships sheet (D0)
 *    is joined with the record sheets by id. The memberships sheet is the one a user edits: its
 *    cells win (a name, a body's seats or parent, a group's colour that differs from its record
 *    sheet is taken from it, with a warning where two sheets disagree); the record sheets give every
 *    other field and every record that no row names. The whole is then checked as a JSON file is
 *    (`importJsonValue`: bounds, shape, `validateDataset`), each problem placed at its sheet and row.
 * A sheet that is missing is empty; the sheets are found by name in any order. A cell that cannot
 * be read (a count that is no number, a row without its id, a citation of no record) is left out
 * with a warning at its sheet, row and column (`xlsx-cell-ignored`, `xlsx-row-ignored`). The sheets
 * are read by `xlsx-sheets-read.ts`.
 */
import type { Citation, Dataset, Lang, LangString, Membership, Organization, Person, Post, Source } from '../model/types.ts';
import { blank, idTaker, joinLabel, membershipLines, put, SheetReader, sheetKey, sheetNamed, type Located, type MembershipLine, type TextSheet } from './xlsx-sheets-read.ts';
import { pick } from '../model/lang.ts';
import { nameKey } from './normalize.ts';
import { importJsonValue } from './json-format.ts';
import { makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import type { CsvOptions } from './csv.ts';
import { citationKey, langCol, MEMBERSHIP_EXTRAS, MEMBERSHIP_TEXT_COLUMNS, readFields, RECORD_FIELDS, sourceCell, type FieldSpec, type RecordKind } from './xlsx-sheets-codec.ts';
import { RECORD_SHEETS } from './xlsx-sheets-export.ts';
import './xlsx-sheets-messages.ts';

/** What `prepareWorkbook` found, for `restoreWorkbook`. */
export interface PreparedWorkbook {
  /** The memberships sheet's rows for the CSV importer (the workbook's own columns taken off). */
  csvRows: string[][];
  /** The CSV options, with the workbook's language when none was given. */
  opts: CsvOptions;
  /** The whole workbook, or null for a workbook of memberships (bodies, sources) only: `importXlsx` reads that as before. */
  whole: { sheets: TextSheet[]; memberships: string[][]; language?: Lang } | null;
}

/** The memberships sheet's workbook columns: ids, other languages (`role_en`), the post's certainty and basis. */
const EXTRA_COLUMN = new RegExp(
  `^(?:${MEMBERSHIP_EXTRAS.filter((x) => x.kind !== 'lang').map((x) => x.col ?? x.key).join('|')}|(?:${[...MEMBERSHIP_TEXT_COLUMNS.map(([c]) => c), 'post_basis'].join('|')})_[a-z]{2,3}(?:-[a-z0-9]+)?)$`,
);


/**
 * Hook 1 of `importXlsx` (see the module comment): which kind of workbook this is, and the
 * memberships sheet's rows for the CSV importer.
 * @param sheets every sheet of the workbook, as text
 * @param memberships the memberships sheet's rows (as `importXlsx` found it), as text
 */
export function prepareWorkbook(sheets: TextSheet[], memberships: string[][], opts: CsvOptions): PreparedWorkbook {
  const bodies = sheetNamed(sheets, 'bodies');
  const whole = sheets.some((s) => RECORD_SHEETS.includes(sheetKey(s.name) as never) && !['bodies', 'sources'].includes(sheetKey(s.name))) || (bodies?.rows[0] ?? []).some((h) => sheetKey(h) === 'id');
  if (!whole) return { csvRows: memberships, opts, whole: null };
  const headerAt = memberships.findIndex((r) => !blank(r));
  const keep = (memberships[headerAt] ?? []).map((h) => !EXTRA_COLUMN.test(sheetKey(h)));
  const csvRows = memberships.map((r) => r.filter((_, j) => keep[j] ?? true));
  const dataset = sheetNamed(sheets, 'dataset');
  const sheetLang = dataset?.rows.find((r) => sheetKey(r[0] ?? '') === 'sheet_language')?.[1]?.trim();
  const language = sheetLang === 'vi' || sheetLang === 'en' ? sheetLang : undefined;
  // The dates may all be in the events (memberships placed by their events): no `csv-no-dates` here.
  // The workbook says the language of its memberships sheet's texts: it is taken before any chosen for CSV files.
  return { csvRows, opts: { ...opts, language: language ?? opts.language, undatedAllowed: true }, whole: { sheets, memberships, ...(language ? { language } : {}) } };
}

/** Where each record of the result came from (sheet and row), by collection, for the problems. */
type Places = Record<string, { sheet: string; line: number }[]>;

/** The membership field → the memberships sheet's column, for problems. */
const MEMBERSHIP_COLUMN: Record<string, string> = {
  person_id: 'person',
  organization_id: 'body',
  post_id: 'post',
  role: 'role',
  start_date: 'start',
  end_date: 'end',
  start_event_id: 'start_event',
  end_event_id: 'end_event',
  start_cause: 'start_cause',
  end_cause: 'end_cause',
  end_destination: 'destination',
  certainty: 'certainty',
  basis: 'basis',
  note: 'note',
  citations: 'source',
  on_behalf_of_id: 'group',
  legislative_period_id: 'term_id',
};

/** Problem codes of the CSV importer that concern the memberships sheet's cells (kept); its model findings are found again on the whole dataset. */
const isCellProblem = (p: ImportProblem): boolean => /^(csv-|xlsx-)/.test(p.code) || p.code === 'eth-replaced';

/**
 * Hook 2 of `importXlsx` (see the module comment): the whole dataset of a whole workbook, or null
 * for a workbook of memberships only (`prepared.whole` null). Never throws.
 * @param d0 the CSV importer's dataset of the memberships sheet, and its problems
 * @param file the workbook's name (problems of other sheets name `<file> › <sheet>`)
 */
export function restoreWorkbook(prepared: PreparedWorkbook, d0: { dataset: Dataset; problems: readonly ImportProblem[] }, file: string): ImportResult | null {
  if (!prepared.whole) return null;
  const { sheets, memberships: memRows } = prepared.whole;
  const base = d0.dataset;
  const lang: Lang = base.language === 'en' ? 'en' : 'vi';
  // The languages: every `<field>_<lang>` of a header, or of the dataset sheet's `field` column (`title_fr`).
  const names = sheets.flatMap((s) => [...(s.rows[0] ?? []), ...(sheetKey(s.name) === 'dataset' ? s.rows.map((r) => r[0] ?? '') : [])]);
  const langs = [...new Set(['vi', 'en', ...names.map((h) => /_([a-z]{2,3}(?:-[a-z0-9]+)?)$/.exec(sheetKey(h))?.[1] ?? '').filter((x) => x !== '')])];
  const rd = new SheetReader(sheets, file, langs);
  const places: Places = {};
  const place = (collection: string, sheet: string, line: number): void => {
    (places[collection] ??= []).push({ sheet, line });
  };

  // The record sheets.
  const F = RECORD_FIELDS;
  const persons = rd.records<Person>('persons', F.persons);
  const bodies = rd.records<Organization>('bodies', F.bodies);
  const posts = rd.records<Post>('posts', F.posts);
  const sources = rd.records<Source>('sources', F.sources);
  const events = rd.records<Dataset['events'][number]>('events', F.events, ['id', 'date']);
  const claims = rd.records<Dataset['claims'][number]>('claims', F.claims, ['id', 'organization_id', 'date', 'count']);
  const annotations = rd.records<Dataset['annotations'][number]>('annotations', F.annotations, ['id', 'date']);
  const notes = rd.records<NonNullable<Dataset['notes']>[number]>('notes', F.notes);
  const alternatives = rd.records<NonNullable<Dataset['alternatives']>[number]>('alternatives', F.alternatives);
  const readings = rd.records<NonNullable<Dataset['alternatives']>[number]['readings'][number] & { alternative_id?: string }>('readings', F.readings, ['alternative_id', 'id']);
  const readingFields = (kind: RecordKind): FieldSpec[] => [{ key: 'reading_id', kind: 'text' }, ...F[kind]];
  const rMemberships = rd.records<Membership & { reading_id?: string }>('reading_memberships', readingFields('memberships'), ['reading_id', 'id']);
  const rPersons = rd.records<Person & { reading_id?: string }>('reading_persons', readingFields('persons'), ['reading_id', 'id']);
  const rPosts = rd.records<Post & { reading_id?: string }>('reading_posts', readingFields('posts'), ['reading_id', 'id']);

  // Citations, by the record they belong to.
  const cites = new Map<string, { citation: Citation; line: number }[]>();
  for (const { get, line } of rd.rows('citations')) {
    const missing = ['sheet', 'record_id', 'source_id'].find((c) => get(c) === '');
    if (missing) {
      rd.warn('xlsx-row-ignored', 'citations', line, missing, { why: 'missing', column: missing });
      continue;
    }
    const note = joinLabel(undefined, lang, Object.fromEntries(langs.map((l) => [l, get(langCol('note', l))])));
    const citation: Citation = { source_id: get('source_id'), locator: get('locator') };
    if (note) citation.note = note;
    const key = citationKey(sheetKey(get('sheet')), get('reading_id'), get('record_id'));
    (cites.get(key) ?? cites.set(key, []).get(key)!).push({ citation, line });
  }
  const used = new Set<string>();
  const citationsOf = (sheet: string, id: string, reading = ''): Citation[] | undefined => {
    const key = citationKey(sheet, reading, id);
    const list = cites.get(key);
    if (!list) return undefined;
    used.add(key);
    return list.map((x) => x.citation);
  };
  const withCitations = <T extends { id: string; citations?: Citation[] }>(sheet: string, list: Located<T>[], collection: string): T[] =>
    list.map(({ record, line }) => {
      place(collection, sheet, line);
      const c = citationsOf(sheet, record.id, (record as { reading_id?: string }).reading_id ?? '');
      if (c) record.citations = c;
      return record;
    });

  // The memberships sheet's rows, each with its membership of D0 (same order), when they agree.
  const lines = membershipLines(memRows);
  const orgName = new Map(base.organizations.map((o) => [o.id, pick(o.name, lang)] as const));
  const aligned = lines.length === base.memberships.length && base.memberships.every((m, i) => lines[i]!.body === '' || nameKey(lines[i]!.body) === nameKey(orgName.get(m.organization_id) ?? ''));
  // (never seen: the rows are read by the CSV importer's own rules; if it happens, the ids are not read and the rows are new records)
  if (!aligned) rd.warn('xlsx-row-ignored', 'memberships', lines[0]?.line ?? 1, 'id', { why: 'unaligned', column: 'id' });
  const rowOf = (i: number): MembershipLine | undefined => (aligned ? lines[i] : undefined);

  // Persons: the persons sheet, by id; D0's persons mapped to them by the row's person_id, else by name; new ones after.
  const personList = persons.map((x) => x.record);
  const personById = new Map(personList.map((p) => [p.id, p] as const));
  const takePerson = idTaker(personList.map((p) => p.id));
  const personMap = new Map<string, string>();
  const d0Person = new Map(base.persons.map((p) => [p.id, p] as const));
  base.memberships.forEach((m, i) => {
    if (personMap.has(m.person_id)) return;
    const p0 = d0Person.get(m.person_id)!;
    const name0 = p0.name[lang] ?? '';
    const given = rowOf(i)?.get('person_id') ?? '';
    let id = given !== '' ? given : personList.find((p) => nameKey(pick(p.name, lang)) === nameKey(name0))?.id;
    if (id === undefined || !personById.has(id)) {
      id = id ?? takePerson(p0.id);
      const p: Person = { id, name: { ...p0.name } };
      personList.push(p);
      personById.set(id, p);
      place('persons', 'memberships', rowOf(i)?.line ?? 0);
    } else {
      const p = personById.get(id)!;
      if (nameKey(pick(p.name, lang)) !== nameKey(name0)) p.name = { ...p.name, [lang]: name0 };
    }
    personMap.set(m.person_id, id);
  });
  persons.forEach((x) => place('persons', 'persons', x.line));
  // (places of persons: the sheet's first, then the new ones: reorder to the list's order)
  places.persons = [...(places.persons ?? []).filter((p) => p.sheet === 'persons'), ...(places.persons ?? []).filter((p) => p.sheet !== 'persons')];

  // Bodies and groups: the bodies sheet by id; D0's mapped by the row's body_id / group_id, else by name.
  const orgList = bodies.map((x) => x.record);
  const orgById = new Map(orgList.map((o) => [o.id, o] as const));
  const orgLine = new Map(bodies.map((x) => [x.record.id, x.line] as const));
  const takeOrg = idTaker(orgList.map((o) => o.id));
  const orgMap = new Map<string, string>();
  const hint = new Map<string, string>();
  base.memberships.forEach((m, i) => {
    const r = rowOf(i);
    if (!r) return;
    if (r.get('body_id') !== '' && !hint.has(m.organization_id)) hint.set(m.organization_id, r.get('body_id'));
    if (m.on_behalf_of_id && r.get('group_id') !== '' && !hint.has(m.on_behalf_of_id)) hint.set(m.on_behalf_of_id, r.get('group_id'));
  });
  const newOrgs: Organization[] = [];
  for (const o0 of base.organizations) {
    const name0 = o0.name[lang] ?? '';
    let id = hint.get(o0.id) ?? orgList.find((o) => nameKey(pick(o.name, lang)) === nameKey(name0))?.id;
    if (id === undefined || !orgById.has(id)) {
      id = id ?? takeOrg(o0.id);
      const o: Organization = { ...o0, id };
      newOrgs.push(o);
      orgById.set(id, o);
    } else {
      const o = orgById.get(id)!;
      if (nameKey(pick(o.name, lang)) !== nameKey(name0)) o.name = { ...o.name, [lang]: name0 };
    }
    orgMap.set(o0.id, id);
  }
  // The memberships sheet's seats, parent bodies and group colours win over the bodies sheet's, when they say something.
  for (const o0 of base.organizations) {
    const o = orgById.get(orgMap.get(o0.id)!)!;
    const line = orgLine.get(o.id);
    const conflict = (field: string, value: string, why: string): void => {
      if (line !== undefined) rd.warn('xlsx-body-cell-ignored', 'bodies', line, field, { value, why });
    };
    if (newOrgs.includes(o)) {
      if (o.parent_id) o.parent_id = orgMap.get(o.parent_id) ?? o.parent_id;
      continue;
    }
    if (o0.seats !== undefined && o0.seats !== o.seats) {
      conflict('seats', String(o.seats ?? ''), 'seats');
      o.seats = o0.seats;
    }
    const parent0 = o0.parent_id ? orgMap.get(o0.parent_id) : undefined;
    if (parent0 !== undefined && parent0 !== o.parent_id) {
      conflict('parent_id', String(o.parent_id ?? ''), 'parent');
      o.parent_id = parent0;
    }
    if (o0.color !== undefined && o0.color.toLowerCase() !== (o.color ?? '').toLowerCase()) {
      conflict('color', o.color ?? '', 'group-color');
      o.color = o0.color;
    }
  }
  bodies.forEach((x) => place('organizations', 'bodies', x.line));
  for (const o of newOrgs) {
    orgList.push(o);
    place('organizations', 'memberships', 0);
  }

  // Posts: the posts sheet by id; D0's by the row's post_id, else by body and label.
  const postList = posts.map((x) => x.record);
  const postById = new Map(postList.map((p) => [p.id, p] as const));
  const takePost = idTaker(postList.map((p) => p.id));
  const postMap = new Map<string, string>();
  const postHint = new Map<string, string>();
  base.memberships.forEach((m, i) => {
    const given = rowOf(i)?.get('post_id') ?? '';
    if (m.post_id && given !== '' && given !== 'null' && !postHint.has(m.post_id)) postHint.set(m.post_id, given);
  });
  posts.forEach((x) => place('posts', 'posts', x.line));
  for (const p0 of base.posts) {
    const org = orgMap.get(p0.organization_id)!;
    const label0 = p0.label[lang] ?? '';
    let id = postHint.get(p0.id) ?? postList.find((p) => p.organization_id === org && nameKey(pick(p.label, lang)) === nameKey(label0))?.id;
    if (id === undefined || !postById.has(id)) {
      id = id ?? takePost(p0.id);
      const p: Post = { ...p0, id, organization_id: org };
      postList.push(p);
      postById.set(id, p);
      place('posts', 'memberships', 0);
    } else {
      const p = postById.get(id)!;
      if (nameKey(pick(p.label, lang)) !== nameKey(label0)) p.label = { ...p.label, [lang]: label0 };
    }
    postMap.set(p0.id, id);
  }

  // Sources: the sources sheet by id; a source that a `source` cell names by an id or a title not in it is new.
  const sourceList = sources.map((x) => x.record);
  sources.forEach((x) => place('sources', 'sources', x.line));
  const takeSource = idTaker(sourceList.map((s) => s.id));
  const sourceMap = new Map<string, string>();
  const d0Source = new Map(base.sources.map((s) => [s.id, s] as const));
  /** The source a D0 citation names: the sheet's, by id or title; else a new one (made on first use). */
  const sourceOf = (id0: string): string => {
    const known = sourceMap.get(id0);
    if (known !== undefined) return known;
    const s0 = d0Source.get(id0)!;
    const title0 = s0.title[lang] ?? '';
    const found = sourceList.find((s) => s.id === title0) ?? sourceList.find((s) => nameKey(pick(s.title, lang)) === nameKey(title0));
    let id = found?.id;
    if (id === undefined) {
      id = takeSource(s0.id);
      sourceList.push({ ...s0, id });
      place('sources', 'memberships', 0);
    }
    sourceMap.set(id0, id);
    return id;
  };

  // Memberships: D0's, in the sheet's order, with ids and what the CSV columns cannot say from the row's own columns.
  const takeMembership = idTaker([]);
  const memberships: Membership[] = base.memberships.map((m0, i) => {
    const r = rowOf(i);
    const get = r?.get ?? ((): string => '');
    const { record: extra, bad } = readFields(MEMBERSHIP_EXTRAS, get, langs);
    for (const b of bad) rd.warn('xlsx-cell-ignored', 'memberships', r?.line ?? 0, b.col, { value: b.value, expected: b.expected });
    rd.checkValues(extra, 'memberships', r?.line ?? 0);
    const given = typeof extra.id === 'string' ? extra.id : '';
    const m: Membership = { ...m0, id: takeMembership(given !== '' ? given : m0.id), person_id: personMap.get(m0.person_id)!, organization_id: orgMap.get(m0.organization_id)! };
    put(m, 'post_id', m0.post_id ? postMap.get(m0.post_id) : extra.post_id === null ? null : undefined);
    put(m, 'on_behalf_of_id', m0.on_behalf_of_id ? orgMap.get(m0.on_behalf_of_id) : undefined);
    for (const k of ['legislative_period_id', 'start_event_id', 'end_event_id', 'post_certainty', 'post_basis', 'end_destination_wikidata']) put(m, k, extra[k]);
    for (const [col, key] of MEMBERSHIP_TEXT_COLUMNS) {
      const own = (m0 as unknown as Record<string, LangString | undefined>)[key]?.[lang];
      put(m, key, joinLabel(own, lang, Object.fromEntries(langs.map((l) => [l, get(langCol(col, l))]))));
    }
    const exact = citationsOf('memberships', m.id);
    // The `source` cell as written: the citations sheet's rows (with their notes) when they say the same, else the cell.
    if (exact && r && nameKey(sourceCell(exact)) === nameKey(r.csv('source'))) m.citations = exact;
    else put(m, 'citations', m0.citations?.map((c) => ({ ...c, source_id: sourceOf(c.source_id) })));
    place('memberships', 'memberships', r?.line ?? 0);
    return m;
  });

  // Readings.
  const group = <T extends { reading_id?: string }>(list: Located<T>[], sheet: string): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const x of list) {
      const rid = x.record.reading_id!;
      const c = citationsOf(sheet, (x.record as unknown as { id: string }).id, rid);
      const rec = { ...x.record } as T & { citations?: Citation[] };
      delete rec.reading_id;
      if (c) rec.citations = c;
      (out.get(rid) ?? out.set(rid, []).get(rid)!).push(rec);
    }
    return out;
  };
  const rm = group(rMemberships, 'reading_memberships');
  const rp = group(rPersons, 'reading_persons');
  const rq = group(rPosts, 'reading_posts');
  const altList = withCitations('alternatives', alternatives, 'alternatives');
  const altById = new Map(altList.map((a) => [a.id, a] as const));
  for (const a of altList) a.readings = [];
  for (const { record, line } of readings) {
    const a = altById.get(record.alternative_id!);
    if (!a) {
      rd.warn('xlsx-row-ignored', 'readings', line, 'alternative_id', { why: 'unknown-record', column: 'alternative_id', value: record.alternative_id! });
      continue;
    }
    const reading = { ...record };
    delete reading.alternative_id;
    if (rm.has(reading.id)) reading.memberships = rm.get(reading.id);
    if (rp.has(reading.id)) reading.persons = rp.get(reading.id);
    if (rq.has(reading.id)) reading.posts = rq.get(reading.id);
    a.readings.push(reading);
  }
  for (const a of altList) if (!a.replaces) a.replaces = [];

  // The dataset's own fields.
  const fields = new Map<string, { value: string; line: number }>();
  for (const { get, line } of rd.rows('dataset')) fields.set(sheetKey(get('field')), { value: get('value'), line });
  const field = (k: string): string => fields.get(k)?.value ?? '';
  const label = (k: string): LangString | undefined => joinLabel(undefined, lang, Object.fromEntries(langs.map((l) => [l, field(langCol(k, l))])));
  let popolo: Record<string, unknown> | undefined;
  if (field('popolo') !== '') {
    try {
      const v = JSON.parse(field('popolo')) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) popolo = v as Record<string, unknown>;
      else throw new Error('not an object');
    } catch {
      rd.warn('xlsx-cell-ignored', 'dataset', fields.get('popolo')!.line, 'value', { value: field('popolo').slice(0, 60), expected: 'json' });
    }
  }

  const result: Dataset = {
    ...(field('$schema') !== '' ? { $schema: field('$schema') } : {}),
    format: 'committee-history',
    format_version: 1,
    id: field('id') || base.id,
    title: label('title') ?? base.title,
    ...(label('description') ? { description: label('description') } : {}),
    // The `dataset` sheet's language row, even empty (a dataset without a language); without the row, the memberships sheet's.
    ...(fields.has('language') ? (field('language') !== '' ? { language: field('language') } : {}) : base.language ? { language: base.language } : {}),
    sources: sourceList,
    organizations: withCitations('bodies', orgList.map((record) => ({ record, line: 0 })), 'unused'),
    persons: withCitations('persons', personList.map((record) => ({ record, line: 0 })), 'unused'),
    posts: withCitations('posts', postList.map((record) => ({ record, line: 0 })), 'unused'),
    memberships,
    events: withCitations('events', events, 'events'),
    claims: withCitations('claims', claims, 'claims'),
    annotations: withCitations('annotations', annotations, 'annotations'),
    // (an empty notes sheet: no notes, which the format reads as an empty list)
    ...(notes.length > 0 ? { notes: withCitations('notes', notes, 'notes') } : {}),
    ...(altList.length > 0 ? { alternatives: altList } : {}),
    ...(popolo ? { popolo } : {}),
  };
  for (const [key, list] of cites) {
    if (used.has(key)) continue;
    const [sheet, , id] = key.split('\u0000');
    for (const x of list) rd.warn('xlsx-row-ignored', 'citations', x.line, 'record_id', { why: 'unknown-record', column: 'record_id', value: `${sheet}: ${id}` });
  }

  // The whole, checked as a JSON file is; each problem placed at its sheet and row.
  const checked = importJsonValue(result, file);
  const located = checked.problems.map((p) => locate(p, places, file, rd));
  const problems = [...d0.problems.filter(isCellProblem), ...rd.warnings, ...located];
  if (!checked.ok) return { ok: false, problems };
  return { ok: true, dataset: checked.dataset, problems, format: 'csv' };
}

/** A problem of the whole dataset (a JSON pointer) placed at the sheet and row its record came from, when known. */
function locate(p: ImportProblem, places: Places, file: string, rd: SheetReader): ImportProblem {
  const m = /^\/([a-z_]+)\/(\d+)(?:\/([a-z_]+))?/.exec(p.pointer ?? '');
  const at = m ? places[m[1]!]?.[Number(m[2])] : undefined;
  if (!m || !at || at.line === 0) return p;
  const key = m[3];
  const field = at.sheet === 'memberships' ? (key ? (MEMBERSHIP_COLUMN[key] ?? key) : undefined) : key;
  const where = rd.where(at.sheet);
  return makeProblem(p.severity, p.code, where, { line: at.line, ...(field ? { field } : {}) }, p.params);
}
