/**
 * The workbook's sheets beyond the memberships sheet's CSV columns (issue 14: an XLSX round trip
 * keeps every field of the dataset): the ids and the other languages of each membership as extra
 * columns of the memberships sheet, and one sheet per kind of record (`RECORD_FIELDS` of
 * `xlsx-sheets-codec.ts`): bodies, sources, the dataset's own fields, persons, posts, events,
 * claims, annotations, notes, citations, and the readings (alternatives, readings and each
 * reading's memberships, persons and posts). `xlsx-sheets-import.ts` reads them back.
 */
import type { Dataset, Lang, Membership } from '../model/types.ts';
import {
  citationRow,
  CITATION_COLUMNS,
  headerOf,
  langCol,
  langsOfDataset,
  MEMBERSHIP_EXTRAS,
  MEMBERSHIP_TEXT_COLUMNS,
  RECORD_FIELDS,
  rowOf,
  sourceCell,
  type RecordKind,
} from './xlsx-sheets-codec.ts';

/** The names of the record sheets, in the workbook's order after `memberships`. */
export const RECORD_SHEETS = [
  'bodies',
  'sources',
  'dataset',
  'persons',
  'posts',
  'events',
  'claims',
  'annotations',
  'notes',
  'citations',
  'alternatives',
  'readings',
  'reading_memberships',
  'reading_persons',
  'reading_posts',
] as const;

/** One record sheet: its name and rows (header first), every cell text. */
export interface RecordSheet {
  name: (typeof RECORD_SHEETS)[number];
  /** Text cells, and numbers for counts (seats, a claim's count). */
  rows: (string | number)[][];
}

/** The dataset's own fields, one row each (`field`, `value`), in the `dataset` sheet. */
function datasetSheet(d: Dataset, l: Lang, langs: readonly string[]): string[][] {
  const rows: string[][] = [['field', 'value']];
  rows.push(['id', d.id]);
  for (const x of langs) rows.push([langCol('title', x), d.title[x] ?? '']);
  for (const x of langs) rows.push([langCol('description', x), d.description?.[x] ?? '']);
  rows.push(['language', d.language ?? '']);
  // The language of the memberships sheet's unsuffixed text columns (names, roles, notes).
  rows.push(['sheet_language', l]);
  if (d.$schema !== undefined) rows.push(['$schema', d.$schema]);
  // Fields of a Popolo file that the format has no place for: JSON text, as the Popolo export writes them back.
  if (d.popolo !== undefined) rows.push(['popolo', JSON.stringify(d.popolo)]);
  return rows;
}

/**
 * The memberships sheet's rows with the workbook's own columns: `rows` are the CSV's
 * (`membershipRows`, header first, one row per membership in dataset order). The `person_id` column
 * is always there; `certainty` and `basis` are the membership's own (the post's are
 * `post_certainty`, `post_basis_<lang>`); the text columns `role`, `destination`, `basis`, `note`
 * hold exactly the `lang` text (empty when the dataset has none in it) and each other language is
 * a `<column>_<lang>` column; then `MEMBERSHIP_EXTRAS` (id, body_id, post_id, group_id, term_id,
 * start_event, end_event, post certainty and basis, destination_wikidata).
 */
export function workbookMembershipRows(dataset: Dataset, lang: Lang, rows: readonly (readonly string[])[]): (string | number)[][] {
  const langs = langsOfDataset(dataset, lang);
  const others = langs.filter((x) => x !== lang);
  let header = [...rows[0]!];
  let body = rows.slice(1).map((r) => [...r]);
  if (!header.includes('person_id')) {
    header = [header[0]!, 'person_id', ...header.slice(1)];
    body = body.map((r, i) => [r[0]!, dataset.memberships[i]!.person_id, ...r.slice(1)]);
  }
  const col = (c: string): number => header.indexOf(c);
  const extraHeader = [...MEMBERSHIP_TEXT_COLUMNS.flatMap(([c]) => others.map((x) => langCol(c, x))), ...headerOf(MEMBERSHIP_EXTRAS, langs)];
  const out: (string | number)[][] = [[...header, ...extraHeader]];
  dataset.memberships.forEach((m: Membership, i) => {
    const r = body[i]!;
    const own = m as unknown as Record<string, Record<string, string> | undefined>;
    for (const [c, key] of MEMBERSHIP_TEXT_COLUMNS) r[col(c)] = own[key]?.[lang] ?? '';
    r[col('certainty')] = m.certainty ?? '';
    r[col('source')] = sourceCell(m.citations);
    const extra = [...MEMBERSHIP_TEXT_COLUMNS.flatMap(([, key]) => others.map((x) => own[key]?.[x] ?? '')), ...rowOf(m, MEMBERSHIP_EXTRAS, langs)];
    out.push([...r, ...extra]);
  });
  return out;
}

/** A record sheet: header, then one row per record. */
const recordRows = (kind: RecordKind, records: readonly object[], langs: readonly string[], lead: readonly string[][] = []): (string | number)[][] => [
  headerOf(RECORD_FIELDS[kind], langs),
  ...records.map((r, i) => [...(lead[i] ?? []), ...rowOf(r, RECORD_FIELDS[kind], langs)]),
];

/**
 * Every record sheet of the workbook for `dataset` written in `lang` (see the module comment):
 * texts of every language the dataset's labels use (`langsOfDataset`), one column each; every
 * citation of every record (memberships included: the memberships sheet's `source` cell says
 * them as the CSV does, without their notes) a row of `citations`. The readings' sheets are
 * written only for a dataset with readings.
 */
export function recordSheets(dataset: Dataset, lang: Lang): RecordSheet[] {
  const langs = langsOfDataset(dataset, lang);
  const citations: (string | number)[][] = [[...CITATION_COLUMNS, ...langs.map((x) => langCol('note', x))]];
  const cite = (sheet: string, records: readonly { id: string; citations?: Membership['citations'] }[], readingId = ''): void => {
    for (const r of records) for (const c of r.citations ?? []) citations.push(citationRow(sheet, r.id, readingId, c, langs));
  };
  const alternatives = dataset.alternatives ?? [];
  const readings = alternatives.flatMap((a) => a.readings.map((r) => ({ ...r, alternative_id: a.id })));
  const withReading = <T extends object>(pick: (r: (typeof readings)[number]) => readonly T[] | undefined): { reading: string; record: T }[] =>
    readings.flatMap((r) => (pick(r) ?? []).map((record) => ({ reading: r.id, record })));
  const rMemberships = withReading((r) => r.memberships);
  const rPersons = withReading((r) => r.persons);
  const rPosts = withReading((r) => r.posts);
  const readingSheet = (kind: RecordKind, rows: { reading: string; record: object }[]): (string | number)[][] => [
    ['reading_id', ...headerOf(RECORD_FIELDS[kind], langs)],
    ...rows.map((x) => [x.reading, ...rowOf(x.record, RECORD_FIELDS[kind], langs)]),
  ];

  cite('memberships', dataset.memberships);
  cite('bodies', dataset.organizations);
  cite('persons', dataset.persons);
  cite('posts', dataset.posts);
  cite('events', dataset.events);
  cite('claims', dataset.claims);
  cite('annotations', dataset.annotations);
  cite('notes', dataset.notes ?? []);
  cite('alternatives', alternatives);
  for (const x of rMemberships) cite('reading_memberships', [x.record], x.reading);
  for (const x of rPersons) cite('reading_persons', [x.record], x.reading);
  for (const x of rPosts) cite('reading_posts', [x.record], x.reading);

  const sheets: RecordSheet[] = [
    { name: 'bodies', rows: recordRows('bodies', dataset.organizations, langs) },
    { name: 'sources', rows: recordRows('sources', dataset.sources, langs) },
    { name: 'dataset', rows: datasetSheet(dataset, lang, langs) },
    { name: 'persons', rows: recordRows('persons', dataset.persons, langs) },
    { name: 'posts', rows: recordRows('posts', dataset.posts, langs) },
    { name: 'events', rows: recordRows('events', dataset.events, langs) },
    { name: 'claims', rows: recordRows('claims', dataset.claims, langs) },
    { name: 'annotations', rows: recordRows('annotations', dataset.annotations, langs) },
    { name: 'notes', rows: recordRows('notes', dataset.notes ?? [], langs) },
    { name: 'citations', rows: citations },
  ];
  if (alternatives.length > 0) {
    sheets.push(
      { name: 'alternatives', rows: recordRows('alternatives', alternatives, langs) },
      { name: 'readings', rows: recordRows('readings', readings, langs) },
      { name: 'reading_memberships', rows: readingSheet('memberships', rMemberships) },
      { name: 'reading_persons', rows: readingSheet('persons', rPersons) },
      { name: 'reading_posts', rows: readingSheet('posts', rPosts) },
    );
  }
  return sheets;
}
