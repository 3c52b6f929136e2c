/**
 * The record sheets of the Excel workbook (issue 14: a round trip keeps every field): how a record
 * of each kind is written as one row of plain text cells and read back. One column per field; a
 * label (`LangString`) is one column per language, `<field>_<lang>` (`name_vi`, `name_en`); a
 * citation is a row of the `citations` sheet. Cells are text: an empty cell is an absent field,
 * `null` is a JSON null (a body without a parent, a post any number may hold), `true`/`false` a flag,
 * a list of ids is joined by `; `. Used by `xlsx-sheets-export.ts` and `xlsx-sheets-import.ts`;
 * documented in `data/README.md`, "The workbook (XLSX)".
 */
import type { Citation, LangString } from '../model/types.ts';

/** How one field is written in its cells. */
export type FieldKind = 'text' | 'lang' | 'int' | 'bool' | 'null-text' | 'null-int' | 'list';

/** One field of a record kind: its key in the record, its kind, and its column (default: the key). */
export interface FieldSpec {
  key: string;
  kind: FieldKind;
  col?: string;
}

const f = (key: string, kind: FieldKind = 'text', col?: string): FieldSpec => (col ? { key, kind, col } : { key, kind });
const PROVENANCE: FieldSpec[] = [f('certainty'), f('basis', 'lang'), f('note', 'lang')];

/** The fields of every record kind a sheet holds (the key order is the columns' order). Citations are not here: they are rows of `citations`. */
export const RECORD_FIELDS = {
  persons: [f('id'), f('name', 'lang'), f('anonymous', 'bool'), ...PROVENANCE],
  bodies: [f('id'), f('name', 'lang'), f('short_name', 'lang'), f('parent_id', 'null-text'), f('seats', 'int'), f('classification'), f('color'), ...PROVENANCE],
  posts: [f('id'), f('organization_id'), f('label', 'lang'), f('short_label', 'lang'), f('seats', 'null-int'), ...PROVENANCE],
  sources: [f('id'), f('title', 'lang'), f('author', 'lang'), f('kind', 'lang'), f('page_date'), f('report_date'), f('report_date_certainty'), f('report_date_basis', 'lang'), f('url'), f('note', 'lang')],
  events: [f('id'), f('date'), f('classification'), f('label', 'lang'), f('description', 'lang'), ...PROVENANCE],
  claims: [f('id'), f('organization_id'), f('date'), f('event_id'), f('count', 'int'), ...PROVENANCE],
  annotations: [f('id'), f('date'), f('classification'), f('label', 'lang'), f('organization_id'), f('person_id'), ...PROVENANCE],
  notes: [f('id'), f('text', 'lang')],
  alternatives: [f('id'), f('event_id'), f('label', 'lang'), f('basis', 'lang'), f('replaces', 'list')],
  readings: [f('alternative_id'), f('id'), f('default', 'bool'), f('label', 'lang'), f('basis', 'lang')],
  /** A membership in full (the readings' memberships; the memberships sheet writes the CSV's columns and `MEMBERSHIP_EXTRAS`). */
  memberships: [
    f('id'),
    f('person_id'),
    f('organization_id'),
    f('post_id', 'null-text'),
    f('role', 'lang'),
    f('on_behalf_of_id'),
    f('legislative_period_id'),
    f('start_date'),
    f('end_date'),
    f('start_event_id'),
    f('end_event_id'),
    f('start_cause'),
    f('end_cause'),
    f('post_certainty'),
    f('post_basis', 'lang'),
    f('end_destination', 'lang'),
    f('end_destination_wikidata'),
    ...PROVENANCE,
  ],
} satisfies Record<string, FieldSpec[]>;

/** A record kind with a sheet of its own. */
export type RecordKind = keyof typeof RECORD_FIELDS;

/**
 * The columns the memberships sheet holds after the CSV's (`CSV_COLUMNS`): ids and what a CSV row
 * cannot say. The CSV's own text columns (`role`, `destination`, `basis`, `note`) hold the
 * workbook's language; their other languages are `<column>_<lang>` columns (`langColumns`).
 */
export const MEMBERSHIP_EXTRAS: FieldSpec[] = [
  f('id'),
  f('organization_id', 'text', 'body_id'),
  f('post_id', 'null-text'),
  f('on_behalf_of_id', 'text', 'group_id'),
  f('legislative_period_id', 'text', 'term_id'),
  f('start_event_id', 'text', 'start_event'),
  f('end_event_id', 'text', 'end_event'),
  f('post_certainty'),
  f('post_basis', 'lang'),
  f('end_destination_wikidata', 'text', 'destination_wikidata'),
];

/** The memberships sheet's CSV text columns, with the membership field each holds. */
export const MEMBERSHIP_TEXT_COLUMNS: readonly (readonly [string, string])[] = [
  ['role', 'role'],
  ['destination', 'end_destination'],
  ['basis', 'basis'],
  ['note', 'note'],
];

/** The columns of a citation row in the `citations` sheet (and its note's languages after them). */
export const CITATION_COLUMNS = ['sheet', 'record_id', 'reading_id', 'source_id', 'locator'] as const;

/** The column of one language of a label: `name` + `en` → `name_en`. */
export const langCol = (col: string, lang: string): string => `${col}_${lang}`;

/** The header of a record sheet: each field's column(s), labels expanded to one column per language in `langs`. */
export function headerOf(fields: readonly FieldSpec[], langs: readonly string[]): string[] {
  return fields.flatMap((x) => (x.kind === 'lang' ? langs.map((l) => langCol(x.col ?? x.key, l)) : [x.col ?? x.key]));
}

/** One field's value as cells (one per language for a label), in `headerOf`'s order; a count is a number cell. */
function cellsOf(spec: FieldSpec, value: unknown, langs: readonly string[]): (string | number)[] {
  if (spec.kind === 'lang') {
    const ls = (value ?? {}) as LangString;
    return langs.map((l) => (typeof ls[l] === 'string' ? ls[l]! : ''));
  }
  if (value === undefined) return [''];
  if (value === null) return ['null'];
  if (spec.kind === 'list') return [(value as string[]).join('; ')];
  if (typeof value === 'number') return [value];
  return [String(value)];
}

/** A record as a row of cells under `headerOf(fields, langs)`: text, and numbers for counts. */
export function rowOf(record: object, fields: readonly FieldSpec[], langs: readonly string[]): (string | number)[] {
  const r = record as Record<string, unknown>;
  return fields.flatMap((x) => cellsOf(x, r[x.key], langs));
}

/** A cell that could not be read as its field: the column and what was found. */
export interface BadCell {
  col: string;
  value: string;
  /** `int`, `bool`, `null-int`: what the column takes. */
  expected: FieldKind;
}

/**
 * A row back to a record's fields: `get(col)` gives a cell's text ('' when empty or the column is
 * absent). Labels take every `<col>_<lang>` column present (`langsOf`), empty ones left out; a
 * label with no language is absent. A cell that does not read as its kind (a count that is no
 * whole number, a flag that is not true/false) is left out and returned in `bad`.
 */
export function readFields(
  fields: readonly FieldSpec[],
  get: (col: string) => string,
  langs: readonly string[],
): { record: Record<string, unknown>; bad: BadCell[] } {
  const record: Record<string, unknown> = {};
  const bad: BadCell[] = [];
  for (const x of fields) {
    const col = x.col ?? x.key;
    if (x.kind === 'lang') {
      const ls: LangString = {};
      for (const l of langs) {
        const v = get(langCol(col, l));
        if (v !== '') ls[l] = v;
      }
      if (Object.keys(ls).length > 0) record[x.key] = ls;
      continue;
    }
    const v = get(col);
    if (v === '') continue;
    if (x.kind === 'null-text' || x.kind === 'null-int') {
      if (v.toLowerCase() === 'null') {
        record[x.key] = null;
        continue;
      }
    }
    if (x.kind === 'int' || x.kind === 'null-int') {
      const n = Number(v);
      if (/^\s*\d+(\.0*)?\s*$/.test(v) && Number.isSafeInteger(n)) record[x.key] = n;
      else bad.push({ col, value: v, expected: x.kind });
    } else if (x.kind === 'bool') {
      const b = v.toLowerCase();
      if (b === 'true' || b === 'false') record[x.key] = b === 'true';
      else bad.push({ col, value: v, expected: 'bool' });
    } else if (x.kind === 'list') {
      record[x.key] = v.split(';').map((s) => s.trim()).filter((s) => s !== '');
    } else record[x.key] = v;
  }
  return { record, bad };
}

/** A citation as a row of the `citations` sheet: the sheet and record it belongs to (and the reading, for a reading's record), the source, the locator, the note's languages. */
export function citationRow(sheet: string, recordId: string, readingId: string, c: Citation, langs: readonly string[]): string[] {
  return [sheet, recordId, readingId, c.source_id, c.locator ?? '', ...langs.map((l) => (typeof c.note?.[l] === 'string' ? c.note[l]! : ''))];
}

/** The key under which the citations of one record are kept: sheet, reading (may be ''), record id. */
export const citationKey = (sheet: string, readingId: string, recordId: string): string => `${sheet}\u0000${readingId}\u0000${recordId}`;

/** The memberships sheet's `source` cell for citations, as the CSV writes it: `source_id: locator` joined by `; `. */
export function sourceCell(citations: readonly Citation[] | undefined): string {
  return (citations ?? []).map((c) => (c.locator ? `${c.source_id}: ${c.locator}` : c.source_id)).join('; ');
}

/** The label fields of a dataset's records, whose keys are languages (`langsOfDataset` walks them). */
const LABEL_KEYS = new Set(['title', 'description', 'name', 'short_name', 'label', 'short_label', 'role', 'end_destination', 'basis', 'post_basis', 'note', 'text', 'author', 'kind', 'report_date_basis']);

/**
 * Every language a dataset's labels use, `first` first, then vi and en, then the others in
 * alphabetical order: the workbook writes one column per language of each label.
 */
export function langsOfDataset(dataset: object, first: string): string[] {
  const found = new Set<string>([first]);
  const walk = (x: unknown, key: string): void => {
    if (Array.isArray(x)) {
      for (const y of x) walk(y, '');
      return;
    }
    if (x === null || typeof x !== 'object') return;
    if (LABEL_KEYS.has(key) && Object.values(x).every((v) => typeof v === 'string')) {
      for (const l of Object.keys(x)) found.add(l);
      return;
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'popolo') walk(v, k);
  };
  walk(dataset, '');
  const rank = (l: string): string => (l === first ? '0' : l === 'vi' ? '1' : l === 'en' ? '2' : `3${l}`);
  return [...found].sort((a, b) => rank(a).localeCompare(rank(b)));
}
