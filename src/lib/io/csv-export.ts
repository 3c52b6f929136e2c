/**
 * Writing CSV: the dataset as one row per membership (the columns the importer reads), the
 * "who held which role" table (posts × steps), and the projection of a dataset that survives a
 * CSV round trip. Cells that a spreadsheet would run as a formula are made inert.
 */
import { dsvFormat } from 'd3-dsv';
import type { Dataset, Lang, LangString, Membership } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { buildTimeline } from '../model/steps.ts';
import { roleTable } from '../model/history.ts';
import { byId } from '../model/by-id.ts';
import { STRINGS } from '../i18n/strings.ts';
import { pick } from '../model/lang.ts';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.ts';
import type { CsvDelimiter } from './csv-parse.ts';
import { nameKey } from './normalize.ts';
import { inferenceBasis, isInferred } from '../model/certainty.ts';

/** Options of the CSV writers. */
export interface CsvWriteOptions {
  /** Language of names, labels, notes (and of the role table's words). Default: the dataset's `language` if vi/en, else `vi`. */
  lang?: Lang;
  /** Default `,`. */
  delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark (U+FEFF) so that Excel reads Vietnamese correctly. Default true. */
  bom?: boolean;
  /** Default `\r\n` (RFC 4180). */
  lineEnding?: '\r\n' | '\n';
}

const FORMULA = /^'*[=+\-@]/;
const ESCAPED = /^'+[=+\-@]/;

/**
 * Makes a cell inert for spreadsheets (formula injection): a cell that starts with `=`, `+`, `-` or
 * `@`, possibly after apostrophes, gets one more leading `'`. `"=1+1"` → `"'=1+1"`; `"'=x"` → `"''=x"`
 * (so that `unescapeFormula` gives back exactly the original). Other cells are unchanged.
 */
export function escapeFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/**
 * Undoes `escapeFormula` on import: a cell made of apostrophes followed by `=`, `+`, `-` or `@`
 * loses one apostrophe (`"'=1+1"` → `"=1+1"`, `"''=x"` → `"'=x"`). Other cells are unchanged
 * (`"'hello"` stays).
 */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

/** The language to write a dataset in: `opts.lang`, else the dataset's language when vi or en, else vi. */
export function langOf(dataset: Dataset, lang?: Lang): Lang {
  if (lang) return lang;
  const l = (dataset.language ?? '').toLowerCase().split(/[-_]/)[0];
  return l === 'en' ? 'en' : 'vi';
}

/**
 * Formats rows (header first) as CSV text: each cell made formula-inert (`escapeFormula`), quoted
 * by d3-dsv where it holds the delimiter, a quote or a line break, rows ended by `opts.lineEnding`
 * (default CRLF, the last row included), preceded by a UTF-8 byte-order mark unless `opts.bom` is false.
 */
export function formatCsv(rows: readonly (readonly string[])[], opts: CsvWriteOptions): string {
  const dsv = dsvFormat(opts.delimiter ?? ',');
  const eol = opts.lineEnding ?? '\r\n';
  const body = rows.map((r) => dsv.formatRow(r.map(escapeFormula))).join(eol) + eol;
  return (opts.bom ?? true ? '\uFEFF' : '') + body;
}

/** One citation as the `source` column writes it: `source_id: locator`, or `source_id` alone. */
function formatCitationCell(sourceId: string, locator: string): string {
  return locator === '' ? sourceId : `${sourceId}: ${locator}`;
}

/**
 * The part of a membership that a CSV row carries, as text in one language (names rather than
 * ids). `source` is the list of citations `[source_id, locator]`. Two datasets with equal
 * projections give the same CSV file.
 */
export interface CsvProjectionRow {
  person: string;
  body: string;
  parent_body: string;
  seats: number | null;
  post: string;
  role: string;
  start: string;
  end: string;
  start_cause: string;
  end_cause: string;
  destination: string;
  certainty: 'stated' | 'inferred';
  basis: string;
  note: string;
  source: [string, string][];
  /** The group's (party's) name (`on_behalf_of_id`), '' for none. */
  group: string;
  /** The group's colour (`#rrggbb`), '' for none. */
  group_color: string;
}

/**
 * What of `dataset` survives a CSV round trip, one entry per membership in dataset order:
 * the person's name, the body's name, its parent's name and its seats, the post's label, the
 * free-text role, start and end dates exactly as written (precision and `?` kept), causes,
 * destination, certainty (absent = stated), basis, note, citations as (source id, locator), and the
 * group's (`on_behalf_of_id`) name and colour.
 * Texts are taken in `lang` (falling back to the other language, then to the id).
 * Not carried: ids (rebuilt from names), events (steps come from the dates, so two steps that share
 * a date merge), claims, annotations, notes, sources' details, short names, classifications,
 * `anonymous`, the provenance of persons, bodies and posts, citation notes, Wikidata ids, other
 * languages, and records no membership mentions (a body survives if it is a parent).
 */
export function csvProjection(dataset: Dataset, lang?: Lang): CsvProjectionRow[] {
  const l = langOf(dataset, lang);
  const orgs = byId(dataset.organizations ?? []);
  const persons = byId(dataset.persons ?? []);
  const posts = byId(dataset.posts ?? []);
  const text = (s: LangString | undefined | null): string => pick(s, l);
  const orgName = (id: string | null | undefined): string => {
    if (id === null || id === undefined || id === '') return '';
    return text(orgs.get(id)?.name) || id;
  };
  return (dataset.memberships ?? []).map((m: Membership) => {
    const org = orgs.get(m.organization_id);
    const post = m.post_id ? posts.get(m.post_id) : undefined;
    return {
      person: text(persons.get(m.person_id)?.name) || m.person_id,
      body: orgName(m.organization_id),
      parent_body: orgName(org?.parent_id),
      seats: typeof org?.seats === 'number' ? org.seats : null,
      post: m.post_id ? text(post?.label) || m.post_id : '',
      role: text(m.role),
      start: m.start_date ?? '',
      end: m.end_date ?? '',
      start_cause: m.start_cause ?? '',
      end_cause: m.end_cause ?? '',
      destination: text(m.end_destination),
      // CSV has no column for the post's own certainty: a membership whose post is inferred is written inferred, with that basis.
      certainty: isInferred(m) ? 'inferred' : 'stated',
      basis: text(inferenceBasis(m) ?? m.basis),
      note: text(m.note),
      source: (m.citations ?? []).map((c) => [c.source_id, c.locator ?? ''] as [string, string]),
      group: orgName(m.on_behalf_of_id),
      group_color: (m.on_behalf_of_id ? orgs.get(m.on_behalf_of_id)?.color : undefined) ?? '',
    };
  });
}

/**
 * The dataset as a membership CSV (the columns of `CSV_COLUMNS`, English header names; `person_id`
 * only when two persons of the rows share a name, so that they stay two; `group` and `group_color`
 * only when some membership names a group), one row per membership
 * in dataset order, texts in `opts.lang`. Dates are written as stored (ISO forms,
 * unambiguous), causes as codes, citations as `source_id: locator` joined by `; `, seats and
 * parent body on every row of a body. Cells are quoted as needed and made formula-inert
 * (`escapeFormula`). Importing the result gives back `csvProjection(dataset, lang)`.
 */
export function exportCsv(dataset: Dataset, opts: CsvWriteOptions = {}): string {
  const lang = langOf(dataset, opts.lang);
  return formatCsv(membershipRows(dataset, lang), { ...opts, lang });
}

/**
 * The rows of `exportCsv` (header first) as plain cells, before any formula escaping or quoting:
 * what the XLSX export's memberships sheet holds (`xlsx-export.ts`). Texts in `lang` (default as
 * `exportCsv`).
 */
export function membershipRows(dataset: Dataset, lang?: Lang): string[][] {
  lang = langOf(dataset, lang);
  const projection = csvProjection(dataset, lang);
  const memberships = dataset.memberships ?? [];
  // person_id only when two persons of the rows share a name: then it tells them apart.
  const personIds = sharedName(projection.map((r, i) => [r.person, memberships[i]!.person_id]));
  // The group columns only for a dataset whose memberships name groups (others' files stay as they were).
  const hasGroups = memberships.some((m) => typeof m.on_behalf_of_id === 'string' && m.on_behalf_of_id !== '');
  const columns = CSV_COLUMNS.filter((c) => (personIds || c !== 'person_id') && (hasGroups || (c !== 'group' && c !== 'group_color')));
  const rows: string[][] = [[...columns]];
  projection.forEach((r, i) => {
    const cell: Record<CsvColumn, string> = {
      ...r,
      person_id: memberships[i]!.person_id,
      seats: r.seats === null ? '' : String(r.seats),
      certainty: '',
      source: r.source.map(([id, loc]) => formatCitationCell(id, loc)).join('; '),
    };
    rows.push(columns.map((c) => cell[c]));
  });
  // Write certainty only where the dataset does (absent stays absent).
  memberships.forEach((m, i) => {
    if (m.certainty || (m.post_certainty && isInferred(m))) rows[i + 1]![columns.indexOf('certainty')] = isInferred(m) ? 'inferred' : 'stated';
  });
  return rows;
}

/** Whether two different person ids of `pairs` ([name, person id]) have names that the importer reads as one (`nameKey`). */
function sharedName(pairs: readonly (readonly [string, string])[]): boolean {
  const idOf = new Map<string, string>();
  for (const [name, id] of pairs) {
    const k = nameKey(name);
    const seen = idOf.get(k);
    if (seen === undefined) idOf.set(k, id);
    else if (seen !== id) return true;
  }
  return false;
}

/**
 * The "who held which role" table as CSV: one row per post (dataset order), columns `id`, the
 * post's label, then one column per step headed by the step's label in `lang`. A cell names the
 * holder(s) (joined by `; `, each followed by " (inferred)" / " (suy luận)" when their holding
 * membership rests on inference), or says "vacant" / "trống", or "not stated" / "không nêu" (see `roleTable`).
 * Accepts a dataset or its timeline.
 */
export function roleTableCsv(source: Dataset | Timeline, opts: CsvWriteOptions = {}): string {
  const timeline: Timeline = 'steps' in source && 'snapshotAt' in source ? source : buildTimeline(source as Dataset);
  const lang = langOf(timeline.dataset, opts.lang);
  const t = STRINGS[lang];
  const name = (id: string): string => pick(timeline.personById.get(id)?.name, lang) || id;
  const header = ['id', t.post, ...timeline.steps.map((s) => pick(s.label, lang) || s.dateLabel)];
  const rows: string[][] = [header];
  for (const row of roleTable(timeline)) {
    const cells = row.cells.map((c) => {
      if (c.kind === 'vacant') return t.vacantPost;
      if (c.kind === 'not_stated') return t.notStated;
      return c.person_ids
        .map((p) => {
          const inferred = c.membership_ids.some((id) => {
            const m = timeline.membershipById.get(id);
            return m?.person_id === p && isInferred(m);
          });
          return inferred ? `${name(p)} (${t.inferredMark})` : name(p);
        })
        .join('; ');
    });
    rows.push([row.post.id, pick(row.post.label, lang) || row.post.id, ...cells]);
  }
  return formatCsv(rows, { ...opts, lang });
}
