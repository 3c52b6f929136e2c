/**
 * The building stages of the CSV import (`importCsvText` in `csv.ts`): bodies from distinct
 * names (seats and parents that must agree), then persons, posts, sources and one membership per
 * row, the dataset, and the model's semantic problems mapped back to the rows they concern.
 * Names are matched with `nameKey` (case, NFC/NFD, Ð/Đ and white space do not matter).
 */
import type { Citation, Dataset, Lang, LangString, Membership, Organization, Person, Post, Source } from '../model/types.ts';
import { validateDataset } from '../model/validate.ts';
import { isHexColor } from '../model/groups.ts';
import { checkBounds } from './bounds.ts';
import { problemNamer } from './problem-names.ts';
import type { Problem } from '../model/problems.ts';
import { nameKey } from './normalize.ts';
import { makeProblem, type ImportProblem } from './problems.ts';
import type { CsvColumn } from './csv-columns.ts';
import type { CsvLog, Row, RowRef } from './csv-rows.ts';
import type { RowCauses, RowDates } from './csv-cells.ts';

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
export class IdPool {
  private readonly used = new Set<string>();
  /** For each base, the n to try first: every smaller n ≥ 2 is taken (ids are never given back), so 50,000 rows of one person stay linear. */
  private readonly next = new Map<string, number>();
  /** `base`, or `base-n` with the smallest n ≥ 2 not yet taken. */
  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    if (this.used.has(id)) for (id = `${base}-${n}`; this.used.has(id); n++, id = `${base}-${n}`);
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}

/** A body built from the rows: its organization, the first row naming it, and where its seats and parent came from. */
export interface BodyInfo {
  org: Organization;
  first: RowRef;
  seats?: { value: number; at: RowRef };
  parent?: { key: string; name: string; at: RowRef };
}

/** A person, post or source built from the rows, with the first row naming it. */
export interface Built<T> {
  value: T;
  first: RowRef;
}

/**
 * Stage 7: the bodies, by `nameKey` of their name, in order of first mention (a parent named only
 * in `parent_body` is a body too). A body's seats and parent come from the first row that gives
 * them; a later row that gives others is `csv-seats-conflict` / `csv-parent-conflict` (errors).
 * Ids are slugs of the names, made unique.
 * @param lang the language the names are stored under
 */
export function buildBodies(
  rows: readonly Row[],
  seatsOf: ReadonlyMap<Row, number>,
  lang: Lang,
  field: (c: CsvColumn) => string,
  log: CsvLog,
): Map<string, BodyInfo> {
  const bodies = new Map<string, BodyInfo>();
  const orgIds = new IdPool();
  const body = (nameText: string, at: RowRef): BodyInfo => {
    const key = nameKey(nameText);
    let b = bodies.get(key);
    if (!b) {
      b = { org: { id: orgIds.take(slugify(nameText, 'body')), name: { [lang]: nameText }, parent_id: null }, first: at };
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
        log.err('csv-seats-conflict', { line: row.line, row: row.row, field: field('seats') }, {
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
        log.err('csv-parent-conflict', { line: row.line, row: row.row, field: field('parent_body') }, {
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
  return bodies;
}

/** A group (party) built from the `group` column, with the first row naming it. */
export interface GroupInfo {
  org: Organization;
  first: RowRef;
}


/**
 * Stage 7b: the groups (parties) named in the `group` column, by `nameKey`, in order of first
 * mention: organizations classified `party` (groups, never bodies), ids slugs of the names made
 * unique beside the bodies' ids. A group's colour is the first `group_color` given for it that is
 * `#rrggbb`; a `group_color` that is not is the warning `csv-bad-color` (the group takes a palette
 * colour); a later different colour for the same group is the warning `csv-group-color-differs`
 * (the first stays).
 */
export function buildGroups(
  rows: readonly Row[],
  bodies: ReadonlyMap<string, BodyInfo>,
  lang: Lang,
  field: (c: CsvColumn) => string,
  log: CsvLog,
): Map<string, GroupInfo> {
  const groups = new Map<string, GroupInfo>();
  const ids = new IdPool();
  for (const b of bodies.values()) ids.take(b.org.id);
  for (const row of rows) {
    const gn = row.cells.group;
    const color = row.cells.group_color;
    const at = { line: row.line, row: row.row, field: field('group_color') };
    if (color !== undefined && !isHexColor(color)) log.warn('csv-bad-color', at, { value: color });
    if (gn === undefined) continue;
    const key = nameKey(gn);
    let g = groups.get(key);
    if (!g) {
      g = { org: { id: ids.take(slugify(gn, 'group')), name: { [lang]: gn }, classification: 'party' }, first: row };
      groups.set(key, g);
    }
    if (!isHexColor(color)) continue;
    if (g.org.color === undefined) g.org.color = color;
    else if (g.org.color.toLowerCase() !== color.toLowerCase()) log.warn('csv-group-color-differs', at, { group: gn, value: color, first: g.org.color });
  }
  return groups;
}

/** The records built from the rows, from `buildRecords`. */
export interface CsvRecordsBuilt {
  persons: Built<Person>[];
  posts: Built<Post>[];
  sources: Built<Source>[];
  memberships: Membership[];
  /** The row of each membership, parallel to `memberships`. */
  membershipRows: Row[];
}

/**
 * Stage 8: persons (by `person_id` where the row gives one, ids slugged from it; else by `nameKey`
 * of the name), posts (by body and label), sources (by title; the
 * `source` cell is "title: locator; title: locator") and one membership per row that has a person
 * and a body, with its dates, causes and the other cells. Membership ids are
 * `m-<person>-<body>[-<post>]`, made unique; a row's `group` (from `buildGroups`) is its
 * `on_behalf_of_id`. Logs nothing.
 */
export function buildRecords(
  rows: readonly Row[],
  bodies: ReadonlyMap<string, BodyInfo>,
  causes: ReadonlyMap<Row, RowCauses>,
  dates: ReadonlyMap<Row, RowDates>,
  lang: Lang,
  groups: ReadonlyMap<string, GroupInfo> = new Map(),
): CsvRecordsBuilt {
  const labelOf = (t: string): LangString => ({ [lang]: t });
  const persons = new Map<string, Built<Person>>();
  const personIds = new IdPool();
  const posts = new Map<string, Built<Post>>();
  const postIds = new IdPool();
  const sources = new Map<string, Built<Source>>();
  const sourceIds = new IdPool();
  const membershipIds = new IdPool();
  const memberships: Membership[] = [];
  const membershipRows: Row[] = [];
  for (const row of rows) {
    const pn = row.cells.person;
    const bn = row.cells.body;
    if (pn === undefined || bn === undefined) continue;
    // With a person_id, rows with the same id are one person (named as on its first row), else rows with the same name.
    const pid = row.cells.person_id;
    const pk = pid !== undefined ? `id\u0000${pid}` : `name\u0000${nameKey(pn)}`;
    let person = persons.get(pk);
    if (!person) {
      person = { value: { id: personIds.take(slugify(pid ?? pn, 'person')), name: labelOf(pn) }, first: row };
      persons.set(pk, person);
    }
    const b = bodies.get(nameKey(bn))!;
    let postId: string | undefined;
    const postLabel = row.cells.post;
    if (postLabel !== undefined) {
      const key = `${nameKey(bn)}\u0000${nameKey(postLabel)}`;
      let post = posts.get(key);
      if (!post) {
        // A CSV row gives no seat count for a post: any number may hold it at once (`seats: null`).
        post = { value: { id: postIds.take(slugify(postLabel, 'post')), organization_id: b.org.id, label: labelOf(postLabel), seats: null }, first: row };
        posts.set(key, post);
      }
      postId = post.value.id;
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
        src = { value: { id: sourceIds.take(slugify(title, 'source')), title: labelOf(title) }, first: row };
        sources.set(key, src);
      }
      citations.push({ source_id: src.value.id, locator });
    }
    const slot = causes.get(row) ?? {};
    const d = dates.get(row) ?? {};
    const m: Membership = {
      id: membershipIds.take(`m-${person.value.id}-${b.org.id}${postId ? `-${postId}` : ''}`),
      person_id: person.value.id,
      organization_id: b.org.id,
    };
    if (postId) m.post_id = postId;
    const group = row.cells.group !== undefined ? groups.get(nameKey(row.cells.group)) : undefined;
    if (group) m.on_behalf_of_id = group.org.id;
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
  return { persons: [...persons.values()], posts: [...posts.values()], sources: [...sources.values()], memberships, membershipRows };
}

/**
 * Stage 9: the dataset: id and title from the file's name without folder and extension
 * ("csv-import" / "CSV" when empty), the language, the built records (the bodies, then the groups
 * among the organizations), and no events (steps come from the dates), claims or annotations.
 */
export function assembleDataset(
  name: string,
  lang: Lang,
  bodies: ReadonlyMap<string, BodyInfo>,
  built: CsvRecordsBuilt,
  groups: ReadonlyMap<string, GroupInfo> = new Map(),
): Dataset {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || name;
  return {
    format: 'committee-history',
    format_version: 1,
    id: slugify(base, 'csv-import'),
    title: { [lang]: base || 'CSV' },
    language: lang,
    sources: built.sources.map((s) => s.value),
    organizations: [...[...bodies.values()].map((b) => b.org), ...[...groups.values()].map((g) => g.org)],
    persons: built.persons.map((p) => p.value),
    posts: built.posts.map((p) => p.value),
    memberships: built.memberships,
    events: [],
    claims: [],
    annotations: [],
  };
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
  on_behalf_of_id: 'group',
};

/** Where the records of the built dataset came from, and the names the file uses, for `mapModelProblem`. */
export interface MapContext {
  /** Adds the names of a membership's person and body (`problemNamer`, every membership id made up: the row locates it). */
  memberships?: (params: Problem['params']) => Problem['params'];
  membershipRows: readonly RowRef[];
  bodyList: readonly { first: RowRef; seats?: { at: RowRef }; parent?: { at: RowRef } }[];
  personList: readonly { first: RowRef }[];
  postList: readonly { first: RowRef }[];
  sourceList: readonly { first: RowRef }[];
  field: (c: CsvColumn) => string;
  names: { person: Map<string, string>; org: Map<string, string>; post: Map<string, string> };
}

/** The membership index of a pointer `/memberships/<i>/…`; -1 for any other. */
function membershipIndex(pointer: string): number {
  const m = /^\/memberships\/(\d+)(?:\/|$)/.exec(pointer);
  return m ? Number(m[1]) : -1;
}

/**
 * Stage 10: `validateDataset` on the built dataset, each problem mapped back to its row
 * (`mapModelProblem`). `inferred-without-basis` of memberships is skipped (stage 6 reported it per row).
 */
export function checkSemantics(
  dataset: Dataset,
  file: string,
  lang: Lang,
  bodies: ReadonlyMap<string, BodyInfo>,
  built: CsvRecordsBuilt,
  field: (c: CsvColumn) => string,
): ImportProblem[] {
  const ctx = mapContext(dataset, lang, bodies, built, field);
  const out: ImportProblem[] = [];
  for (const p of validateDataset(dataset)) {
    if (p.code === 'inferred-without-basis' && p.pointer.startsWith('/memberships/')) continue; // reported per row
    // Rows without a person_id are one person by name: their overlaps are "one name, two people?" (`checkPersons`).
    if (p.code === 'membership-overlap' && built.membershipRows[membershipIndex(p.pointer)]?.cells.person_id === undefined) continue;
    out.push(mapModelProblem(p, file, ctx));
  }
  return out;
}

/**
 * Stage 9b, before the semantic checks: the bounds of `bounds.ts` (`checkBounds`: seats up to
 * `MAX_SEATS`, texts up to `MAX_TEXT_LENGTH` characters, years within `MIN_YEAR`–`MAX_YEAR`, a
 * `date-far-from-rest` warning) on the built dataset, each problem mapped back to its row and
 * column like the model's (`mapModelProblem`). The ids, slugs of the names, are not reported
 * again for a name too long.
 */
export function checkDatasetBounds(
  dataset: Dataset,
  file: string,
  lang: Lang,
  bodies: ReadonlyMap<string, BodyInfo>,
  built: CsvRecordsBuilt,
  field: (c: CsvColumn) => string,
): ImportProblem[] {
  const ctx = mapContext(dataset, lang, bodies, built, field);
  // Ids are slugs of the names: a name too long is reported once, at its cell, not again through its ids.
  const ofId = (pointer: string): boolean => /\/(id|[a-z_]+_id)$/.test(pointer);
  return checkBounds(dataset)
    .filter((p) => !(p.code === 'text-too-long' && ofId(p.pointer)))
    .map((p) => mapModelProblem(p, file, ctx));
}

function mapContext(
  dataset: Dataset,
  lang: Lang,
  bodies: ReadonlyMap<string, BodyInfo>,
  built: CsvRecordsBuilt,
  field: (c: CsvColumn) => string,
): MapContext {
  const namer = problemNamer(dataset, new Set(dataset.memberships.map((m) => m.id)));
  return {
    memberships: (params) => {
      if (typeof params.membership !== 'string') return { ...params };
      const named = namer({ membership: params.membership });
      return { ...params, ...named };
    },
    membershipRows: built.membershipRows,
    bodyList: [...bodies.values()],
    personList: built.persons,
    postList: built.posts,
    sourceList: built.sources,
    field,
    names: {
      // Ids are unique here (made by IdPool), so every name is found under its id.
      person: new Map(dataset.persons.map((p) => [p.id, p.name[lang]!] as const)),
      org: new Map(dataset.organizations.map((o) => [o.id, o.name[lang]!] as const)),
      // (groups are organizations too: their names are found the same way)
      post: new Map(dataset.posts.map((p) => [p.id, p.label[lang]!] as const)),
    },
  };
}

/**
 * A `validateDataset` problem of the built dataset as an import problem located at the CSV row it
 * concerns (the membership's row; a body's row that gave its seats or parent; the first row of a
 * person, post or source), with ids in its params replaced by the names the file uses. A problem
 * of no row keeps its pointer.
 */
export function mapModelProblem(p: Pick<Problem, 'severity' | 'pointer' | 'params'> & { code: string }, file: string, ctx: MapContext): ImportProblem {
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
  const params: ImportProblem['params'] = ctx.memberships ? ctx.memberships(p.params) : { ...p.params };
  const rename = (k: string, names: Map<string, string>): void => {
    const v = params[k];
    if (typeof v === 'string') params[k] = names.get(v) ?? v;
  };
  for (const k of ['person', 'other']) rename(k, ctx.names.person);
  for (const k of ['org', 'parent', 'post_org']) rename(k, ctx.names.org);
  rename('post', ctx.names.post);
  if (!at) return makeProblem(p.severity, p.code, file, { pointer: p.pointer }, params);
  return makeProblem(p.severity, p.code, file, { line: at.line, row: at.row, ...(column ? { field: ctx.field(column) } : {}) }, params);
}

/** Problems without a line first (file-level), then by line, keeping the order of equal lines. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
}
