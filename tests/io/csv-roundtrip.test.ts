/**
 * Round trips: importing what was exported gives back the same memberships, compared through
 * `csvProjection` (what a CSV carries: names, bodies with parent and seats, posts, roles, dates
 * with their precision, causes, destination, certainty, basis, note, citations). Checked on the
 * built-in dataset in both languages and on generated datasets (fast-check).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { csvProjection, exportCsv, importCsv } from '../../src/lib/io/csv.ts';
import { normalizeText } from '../../src/lib/io/normalize.ts';
import { nameKey } from '../../src/lib/io/normalize.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { END_CAUSES, START_CAUSES, type Dataset, type Lang, type Membership, type Organization, type Post } from '../../src/lib/model/types.ts';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { datasetOf } from './fixtures/csv/helpers.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('built-in dataset', () => {
  for (const lang of ['vi', 'en'] as const) {
    test(`export → import keeps the projection (${lang}), with no problem, and exports the same text again`, () => {
      const { dataset } = loadBuiltIn();
      const csv = exportCsv(dataset, { lang });
      const r = importCsv(`quan6-${lang}.csv`, bytes(csv), { language: lang });
      expect(r.problems.map((p) => formatImportProblem(p, 'en'))).toEqual([]);
      const back = datasetOf(r);
      expect(csvProjection(back, lang)).toEqual(csvProjection(dataset, lang));
      expect(exportCsv(back, { lang })).toBe(csv);
      // Same partition of memberships into persons, bodies and posts.
      const same = (d: Dataset, key: (m: Membership) => unknown) => d.memberships.map((m) => d.memberships.findIndex((x) => key(x) === key(m)));
      for (const key of [(m: Membership) => m.person_id, (m: Membership) => m.organization_id, (m: Membership) => m.post_id ?? null]) {
        expect(same(back, key)).toEqual(same(dataset, key));
      }
    });
  }

  test('what a CSV does not carry: the two 1999 events share a date, so their steps merge', () => {
    const { dataset } = loadBuiltIn();
    const back = datasetOf(importCsv('quan6.csv', bytes(exportCsv(dataset))));
    const tl = buildTimeline(back);
    expect(tl.steps.map((s) => s.date.text)).toEqual(['1996', '1996-06', '1998', '1999']);
    const ids = Object.fromEntries(back.organizations.map((o) => [o.name.vi, o.id]));
    const bch = ids['Ban Chấp hành Đảng bộ Quận 6']!;
    const btv = ids['Ban Thường vụ Quận ủy']!;
    expect(tl.steps.map((_, k) => [tl.snapshotAt(k).counts[bch], tl.snapshotAt(k).counts[btv]])).toEqual([
      [35, 11],
      [34, 10],
      [30, 9],
      [32, 10],
    ]);
    expect(back.organizations.map((o) => [o.id, o.parent_id, o.seats])).toEqual([
      ['ban-chap-hanh-dang-bo-quan-6', null, 35],
      ['ban-thuong-vu-quan-uy', 'ban-chap-hanh-dang-bo-quan-6', 11],
      ['thuong-truc-quan-uy', 'ban-thuong-vu-quan-uy', undefined],
    ]);
    expect(back.sources).toEqual([{ id: 'bckd-q6-vii', title: { vi: 'bckd-q6-vii' } }]);
    expect(back.events).toEqual([]);
    expect(back.claims).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated datasets.

/** Pieces of text, chosen to stress quoting, escaping, normalisation and Vietnamese. */
const PIECES = ['a', 'B', 'z', '7', ' ', 'ă', 'ề', 'Đ', 'ư', 'e\u0301', 'ủy', ',', ';', '"', "'", '=', '+', '-', '@', '\t', '\n', '<b>', '&', '🙂', '\u00a0', ':'];

/** A normalised, non-empty text (as the importer would leave it). */
const text = (pieces: string[] = PIECES): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 })
    .map((a) => normalizeText(a.join(''), { vietnamese: true }).text)
    .filter((s) => s !== '');

/** A locator: no `;`, no `:`, single line. */
const locator = text(PIECES.filter((p) => p !== ';' && p !== ':' && p !== '\n'));

/** Distinct texts (by `nameKey`). */
const names = (min: number, max: number): fc.Arbitrary<string[]> => fc.uniqueArray(text(), { minLength: min, maxLength: max, selector: (s) => nameKey(s) });

const partialDate = (fromYear: number, toYear: number): fc.Arbitrary<string> =>
  fc
    .record({
      year: fc.integer({ min: fromYear, max: toYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom('year', 'month', 'day'),
      uncertain: fc.boolean(),
    })
    .map(({ year, month, day, precision, uncertain }) => {
      const p2 = (n: number) => String(n).padStart(2, '0');
      const t = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${p2(month)}` : `${year}-${p2(month)}-${p2(day)}`;
      return uncertain ? `${t}?` : t;
    });

const opt = <T,>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

/** A valid dataset (no errors from `validateDataset`) of the shape a CSV can carry. */
const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    orgNames: names(1, 3),
    parents: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    seats: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    personNames: names(1, 6),
    postLabels: names(0, 4),
    rows: fc.array(
      fc.record({
        person: fc.nat(),
        org: fc.nat(),
        post: fc.option(fc.nat(), { nil: undefined }),
        role: opt(text()),
        start: opt(partialDate(1990, 1999)),
        end: opt(partialDate(2000, 2009)),
        start_cause: opt(fc.constantFrom(...START_CAUSES)),
        end_cause: opt(fc.constantFrom(...END_CAUSES)),
        destination: opt(text()),
        certainty: opt(fc.constantFrom('stated' as const, 'inferred' as const)),
        basis: opt(text()),
        note: opt(text()),
        citations: fc.array(fc.record({ source: fc.constantFrom('bckd-q6-vii', 'src-a', 's1'), locator: fc.option(locator, { nil: '' }) }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ orgNames, parents, seats, personNames, postLabels, rows }) => {
    const organizations: Organization[] = orgNames.map((n, i) => {
      const o: Organization = { id: `org-${i}`, name: { vi: n, en: `${n} (en)` }, parent_id: i > 0 && parents[i]! % 2 === 0 ? `org-${parents[i]! % i}` : null };
      if (seats[i]) o.seats = 1000;
      return o;
    });
    const posts: Post[] = postLabels.map((l, i) => ({ id: `post-${i}`, organization_id: `org-${i % orgNames.length}`, label: { vi: l } }));
    const usedPosts = new Set<string>();
    const memberships: Membership[] = [];
    rows.forEach((r, i) => {
      let org = organizations[r.org % organizations.length]!;
      let postId: string | undefined;
      if (r.post !== undefined && posts.length > 0) {
        const p = posts[r.post % posts.length]!;
        if (!usedPosts.has(p.id)) {
          usedPosts.add(p.id);
          postId = p.id;
          org = organizations.find((o) => o.id === p.organization_id)!;
        }
      }
      const person = `person-${r.person % personNames.length}`;
      const m: Membership = { id: `m-${i}`, person_id: person, organization_id: org.id };
      if (postId) m.post_id = postId;
      if (r.role) m.role = { vi: r.role };
      if (r.start ?? i === 0) m.start_date = r.start ?? '1990';
      if (r.end) m.end_date = r.end;
      if (r.start_cause) m.start_cause = r.start_cause;
      if (r.end_cause) m.end_cause = r.end_cause;
      if (r.destination) m.end_destination = { vi: r.destination };
      if (r.certainty) m.certainty = r.certainty;
      if (r.basis ?? r.certainty === 'inferred') m.basis = { vi: r.basis ?? 'basis' };
      if (r.note) m.note = { vi: r.note, en: 'ignored' };
      if (r.citations.length > 0) m.citations = r.citations.map((c) => ({ source_id: c.source, locator: c.locator }));
      memberships.push(m);
      // Membership of every enclosing body over the same interval (else not-in-parent).
      for (let p = org.parent_id; p; p = organizations.find((o) => o.id === p)!.parent_id ?? null) {
        const up: Membership = { id: `m-${i}-${p}`, person_id: person, organization_id: p };
        if (m.start_date) up.start_date = m.start_date;
        if (m.end_date) up.end_date = m.end_date;
        memberships.push(up);
      }
    });
    const dataset: Dataset = {
      format: 'committee-history',
      format_version: 1,
      id: 'generated',
      title: { vi: 'generated' },
      language: 'vi',
      sources: ['bckd-q6-vii', 'src-a', 's1'].map((id) => ({ id, title: { vi: id } })),
      organizations,
      persons: personNames.map((n, i) => ({ id: `person-${i}`, name: { vi: n, en: `${n} (en)` } })),
      posts,
      memberships,
      events: [],
      claims: [],
      annotations: [],
    };
    return dataset;
  });

describe('generated datasets', () => {
  test('export → import gives back the projection, in any language, delimiter, with or without BOM', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.constantFrom<Lang>('vi', 'en'),
        fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'),
        fc.boolean(),
        (dataset, lang, delimiter, bom) => {
          expect(validateDataset(dataset).filter((p) => p.severity === 'error')).toEqual([]);
          const csv = exportCsv(dataset, { lang, delimiter, bom });
          const r = importCsv('generated.csv', bytes(csv));
          if (!r.ok) throw new Error(r.problems.map((p) => formatImportProblem(p, 'en')).join('\n') + '\n' + csv);
          expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(csvProjection(r.dataset, lang)).toEqual(csvProjection(dataset, lang));
          // A second round is the identity on the text.
          expect(exportCsv(r.dataset, { lang, delimiter, bom })).toBe(csv);
        },
      ),
      { numRuns: Number(process.env.CSV_RUNS ?? 50) },
    );
  });
});
