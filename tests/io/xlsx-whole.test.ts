/**
 * Issue 14: an XLSX round trip keeps every field of the dataset and every date's precision: the
 * built-in dataset and a hostile one (uncertain and interval dates, both languages, markup and
 * right-to-left text in names, annotations, claims, citation notes, readings) → exportXlsx →
 * importXlsx → the same dataset as our JSON's own round trip gives, and the same headline; a
 * workbook made by hand with only a memberships sheet imports as a CSV does.
 */
import { describe, expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { exportXlsx } from '../../src/lib/io/xlsx-export.ts';
import { importXlsx } from '../../src/lib/io/xlsx-import.ts';
import { exportJson, importJsonValue } from '../../src/lib/io/json-format.ts';
import { importCsv } from '../../src/lib/io/csv.ts';
import { importFile } from '../../src/lib/io/import.ts';
import { readFileSync } from 'node:fs';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { storyDescription, storyHeadline } from '../../src/lib/view/story.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { uncertainDataset } from './uncertain-dataset.ts';

/** Our JSON's normal form of a dataset (what importing its JSON export gives). */
function normal(d: Dataset): Dataset {
  const r = importJsonValue(JSON.parse(exportJson(d)), 'd.json');
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
}

async function roundTrip(d: Dataset, lang: 'vi' | 'en') {
  const r = await importXlsx('back.xlsx', await exportXlsx(d, { lang }));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
}

/** The hostile dataset: the uncertain one, with markup, right-to-left text and an override in names, a citation note, a locator with ; and : in it, an English-only role, a claim at an interval, a person no membership names. */
function hostileDataset(): Dataset {
  const d = uncertainDataset();
  d.persons[0]!.name = { vi: '<b>Nguyễn</b> "A" =1+1', en: 'שלום \u202Eevil' };
  d.persons.push({ id: 'lonely', name: { en: 'Only in English' }, anonymous: false });
  d.persons[1]!.name = { vi: '=HYPERLINK("http://x")', en: "'=already escaped" };
  d.organizations[0]!.note = { en: '@mention -5' };
  d.memberships[0]!.citations = [{ source_id: d.sources[0]!.id, locator: 'para 3; see: para 4', note: { vi: 'ghi chú', en: 'a note' } }];
  d.memberships[1]!.role = { en: 'English only' };
  d.memberships[2]!.end_destination_wikidata = 'Q1854';
  d.claims.push({ id: 'claim-interval', organization_id: d.organizations[0]!.id, date: '1997/1998?', count: 34, certainty: 'inferred', basis: { vi: 'suy ra', en: 'inferred' } });
  d.annotations.push({ id: 'ann-x', date: '1997-03?', label: { vi: '<script>alert(1)</script>', en: 'مرحبا' }, classification: 'milestone', person_id: d.persons[1]!.id });
  d.events[0]!.description = { vi: 'đầu nhiệm kỳ <i>x</i>', en: 'start "of" term' };
  // A third language, in the title only: the dataset sheet's rows carry it.
  d.title = { ...d.title, fr: 'Comité exécutif' };
  return d;
}

describe('a whole workbook round trip', () => {
  test.each(['vi', 'en'] as const)('the built-in dataset (%s) comes back equal, every field, both languages, the readings', async (lang) => {
    const d = loadBuiltIn().dataset;
    const r = await roundTrip(d, lang);
    expect(r.dataset).toEqual(normal(d));
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.code)).toEqual(
      importJsonValue(JSON.parse(exportJson(d)), 'd.json').problems.map((p) => p.code),
    );
  });

  test.each(['vi', 'en'] as const)('a hostile dataset (%s) comes back equal', async (lang) => {
    const d = hostileDataset();
    const r = await roundTrip(d, lang);
    expect(r.dataset).toEqual(normal(d));
    expect(r.dataset.persons[0]!.name).toEqual({ vi: '<b>Nguyễn</b> "A" =1+1', en: 'שלום \u202Eevil' });
    expect(r.dataset.title.fr).toBe('Comité exécutif');
    expect(r.dataset.memberships[0]!.citations).toEqual([{ source_id: d.sources[0]!.id, locator: 'para 3; see: para 4', note: { vi: 'ghi chú', en: 'a note' } }]);
  });
});

/** Datasets as the other importers make them: Popolo files (with the fields our format keeps for Popolo), CSV files in one language, groups, undated memberships placed by their events. */
const FIXTURES = ['tests/fixtures/ep-legislature.json', 'tests/fixtures/every-end-cause.json', 'tests/fixtures/house-150.json', 'tests/fixtures/board-small.csv', 'tests/fixtures/house-650-groups.csv', 'tests/io/fixtures/popolo/althing-mini.json'];

test.each(FIXTURES)('%s, in a Vietnamese and an English workbook, comes back equal', async (file) => {
  const r = importFile(file, new Uint8Array(readFileSync(file)));
  if (!r.ok) throw new Error(`${file} does not import`);
  for (const lang of ['vi', 'en'] as const) expect((await roundTrip(r.dataset, lang)).dataset).toEqual(normal(r.dataset));
});

test('the workbook says its language: a language chosen for CSV files in the import panel does not change it', async () => {
  const d = loadBuiltIn().dataset;
  const r = await importXlsx('back.xlsx', await exportXlsx(d, { lang: 'vi' }), { language: 'en', dayFirst: false });
  expect(r.ok && r.dataset).toEqual(normal(d));
});

/** The story's headline and description in both languages, as the page shows them above the chart. */
function story(d: Dataset): string[] {
  const t = buildTimeline(d);
  const c = checkClaims(t);
  return (['vi', 'en'] as const).flatMap((l) => [storyHeadline(t, c, l), storyDescription(t, l)]);
}

test('the headline and the story say the same after the round trip (the years and the steps are kept)', async () => {
  const d = loadBuiltIn().dataset;
  const back = (await roundTrip(d, 'en')).dataset;
  expect(story(back)).toEqual(story(d));
  expect(story(back)[2]).toContain('1996');
  // Every step's event and label ("2005 · đầu nhiệm kỳ", not "2005"), as before.
  const steps = (x: Dataset) => buildTimeline(x).steps.map((s) => [s.event.id, s.label.vi, s.label.en, s.changes.length]);
  expect(steps(back)).toEqual(steps(d));
  expect(steps(d).length).toBe(d.events.length);
});

/** The sheets of a workbook as plain rows, to edit them as a user would. */
async function sheetsOf(bytes: Uint8Array): Promise<{ sheet: string; data: unknown[][] }[]> {
  return (await readXlsxFile(bytes.buffer as ArrayBuffer)) as unknown as { sheet: string; data: unknown[][] }[];
}
async function write(sheets: { sheet: string; data: unknown[][] }[]): Promise<Uint8Array> {
  const cell = (v: unknown) =>
    v === null || v === undefined || v === '' ? null : typeof v === 'number' ? { type: Number, value: v } : v instanceof Date ? { type: Date, value: v, format: 'dd/mm/yyyy' } : { type: String, value: String(v) };
  const blob = await writeXlsxFile(sheets.map((s) => ({ sheet: s.sheet, data: s.data.map((r) => r.map(cell)) })) as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('a workbook edited in a spreadsheet', () => {
  test('the memberships sheet wins: a name, a date and a new row typed there are taken; the other sheets keep the rest', async () => {
    const d = loadBuiltIn().dataset;
    const sheets = await sheetsOf(await exportXlsx(d, { lang: 'vi' }));
    const m = sheets[0]!.data;
    const col = (name: string) => m[0]!.indexOf(name);
    const first = d.memberships[0]!;
    m[1]![col('person')] = 'Tên mới';
    m[1]![col('end')] = '1997-05?';
    const added = [...m[1]!].map(() => null as unknown);
    added[col('person')] = 'Người thêm';
    added[col('body')] = m[1]![col('body')];
    added[col('parent_body')] = m[1]![col('parent_body')];
    added[col('seats')] = m[1]![col('seats')];
    added[col('start')] = '1999';
    added[col('source')] = 'bckd-q6-vii: para 9';
    m.push(added);
    const r = await importXlsx('sua.xlsx', await write(sheets));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = r.dataset;
    const p = back.persons.find((x) => x.id === first.person_id)!;
    // The Vietnamese name is the sheet's; the English one stays.
    expect(p.name).toEqual({ ...d.persons.find((x) => x.id === first.person_id)!.name, vi: 'Tên mới' });
    expect(back.memberships[0]!.end_date).toBe('1997-05?');
    const last = back.memberships.at(-1)!;
    expect([back.persons.find((x) => x.id === last.person_id)!.name, last.organization_id, last.start_date, last.citations]).toEqual([
      { vi: 'Người thêm' },
      first.organization_id,
      '1999',
      [{ source_id: 'bckd-q6-vii', locator: 'para 9' }],
    ]);
    // Everything else as it was.
    expect(back.events).toEqual(normal(d).events);
    expect(back.alternatives).toEqual(normal(d).alternatives);
    expect(back.sources).toEqual(normal(d).sources);
  });

  test('seats changed in the memberships sheet win over the bodies sheet, with a warning at the bodies row', async () => {
    const d = loadBuiltIn().dataset;
    const sheets = await sheetsOf(await exportXlsx(d, { lang: 'vi' }));
    const m = sheets[0]!.data;
    const bodyId = m[0]!.indexOf('body_id');
    for (const row of m.slice(1)) if (row[bodyId] === 'bch') row[m[0]!.indexOf('seats')] = '36';
    const r = await importXlsx('ghe.xlsx', await write(sheets));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.organizations.find((o) => o.id === 'bch')!.seats).toBe(36);
    const w = r.problems.filter((p) => p.code === 'xlsx-body-cell-ignored').map((p) => [p.file, p.line, p.field, p.params.value, p.params.why]);
    expect(w).toEqual([['ghe.xlsx › bodies', 2, 'seats', '35', 'seats']]);
  });

  test('a cell that cannot be read is left out with a warning at its sheet, row and column, in vi and en', async () => {
    const d = loadBuiltIn().dataset;
    const sheets = await sheetsOf(await exportXlsx(d, { lang: 'en' }));
    const claims = sheets.find((s) => s.sheet === 'claims')!.data;
    const persons = sheets.find((s) => s.sheet === 'persons')!.data;
    const citations = sheets.find((s) => s.sheet === 'citations')!.data;
    persons[1]![persons[0]!.indexOf('anonymous')] = 'maybe';
    const events = sheets.find((s) => s.sheet === 'events')!.data;
    events[3]![events[0]!.indexOf('date')] = new Date(Date.UTC(1998, 0, 1));
    claims[2]![claims[0]!.indexOf('certainty')] = 'perhaps';
    claims.push(['', 'bch', '1997', '', 30]);
    citations.push(['events', 'no-such-event', '', 'bckd-q6-vii', 'para 1']);
    const r = await importXlsx('edited.xlsx', await write(sheets));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.problems.filter((p) => p.code.startsWith('xlsx-')).map((p) => [p.code, p.file, p.line, p.field, p.params.value ?? p.params.column]);
    expect(w).toEqual([
      ['xlsx-cell-ignored', 'edited.xlsx › persons', 2, 'anonymous', 'maybe'],
      ['xlsx-date-cell', 'edited.xlsx › events', 4, 'date', '1998-01-01'],
      ['xlsx-cell-ignored', 'edited.xlsx › claims', 3, 'certainty', 'perhaps'],
      ['xlsx-row-ignored', 'edited.xlsx › claims', d.claims.length + 2, 'id', 'id'],
      ['xlsx-row-ignored', 'edited.xlsx › citations', citations.length, 'record_id', 'events: no-such-event'],
    ]);
    expect(r.dataset.persons[0]!.anonymous).toBeUndefined();
    expect(r.dataset.claims.length).toBe(d.claims.length);
    const p = r.problems.find((x) => x.code === 'xlsx-cell-ignored')!;
    expect(formatImportProblem(p, 'en')).toBe('File “edited.xlsx › persons”, line 2, field “anonymous”: in the persons sheet, “maybe” cannot be read and was left out; expected true or false. To fix: Write the cell again in the form its column takes (data/README.md, “The workbook (XLSX)”), or clear it.');
    expect(formatImportProblem(p, 'vi')).toContain('trong trang persons, không đọc được “maybe”');
  });

  test('a problem of the whole dataset is placed at its sheet and row: an event that a membership names is deleted', async () => {
    const d = loadBuiltIn().dataset;
    const sheets = await sheetsOf(await exportXlsx(d, { lang: 'en' }));
    const events = sheets.find((s) => s.sheet === 'events')!.data;
    const gone = events.splice(2, 1)[0]!;
    const r = await importXlsx('e.xlsx', await write(sheets));
    expect(r.ok).toBe(false);
    const m = sheets[0]!.data;
    const line = m.findIndex((row) => row[m[0]!.indexOf('end_event')] === gone[0]) + 1;
    expect(line).toBeGreaterThan(1);
    const p = r.problems.find((x) => x.severity === 'error')!;
    expect([p.file, p.line, p.field]).toEqual(['e.xlsx', line, 'end_event']);
  });
});

describe('a workbook made by hand', () => {
  test('only a memberships sheet: imports as the same table in CSV does', async () => {
    const rows = [
      ['person', 'body', 'seats', 'start', 'end', 'end_cause'],
      ['Trần Văn Một', 'Ban Chấp hành', '3', '1996', '1998-06', 'transfer'],
      ['Lê Thị Hai', 'Ban Chấp hành', '3', '1996', '', ''],
      ['Phạm Ba', 'Ban Chấp hành', '3', '1998-06?', '', ''],
    ];
    const blob = await writeXlsxFile(rows.map((r) => r.map((v) => (v === '' ? null : { type: String, value: v }))) as never).toBlob();
    const r = await importXlsx('tay.xlsx', new Uint8Array(await blob.arrayBuffer()));
    const csv = importCsv('tay.xlsx', new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n')));
    expect(r.ok && csv.ok).toBe(true);
    if (!r.ok || !csv.ok) return;
    expect(r.dataset).toEqual(csv.dataset);
    expect(r.dataset.memberships.map((m) => [m.start_date, m.end_date ?? ''])).toEqual([['1996', '1998-06'], ['1996', ''], ['1998-06?', '']]);
  });
});
