/**
 * Report texts whose sentences tell a part of a counted group (`trong đó có 01 ủy viên Ban Thường
 * vụ`, `including one member of the Standing Committee`), a post told after the person elected to it
 * (`… và bầu giữ chức Phó Bí thư Thường trực`, `đồng chí được phân công giữ chức …`, `as …`) and the
 * Standing Office's make-up (`trong đó có đồng chí Bí thư và 2 đồng chí Phó Bí thư`), drafted
 * against hand-made expectations; and single sentences of those shapes, with what is not guessed at.
 * The texts (tests/fixtures/reports/quan-8.txt, huyen-can-gio.txt, bay-county.txt) were written for
 * these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromText, type Draft } from '../../src/lib/draft/index.ts';
import { extractFacts } from '../../src/lib/draft/extract.ts';
import { draftDatasetWords } from '../../src/lib/i18n/draft-words.ts';
import { importJsonValue } from '../../src/lib/io/json-format.ts';

const read = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');

interface Expected {
  lang: 'vi' | 'en';
  /** Step label → [BCH, BTV, Standing Office]. */
  steps: [string, number, number, number][];
  /** Each change event: date, classification, cited paragraph. */
  events: [string, string, string][];
  notUnderstood: number[];
  findings: string[];
}

const EXPECTED: Record<string, Expected> = {
  'quan-8.txt': {
    lang: 'vi',
    steps: [
      ['2010 · đầu nhiệm kỳ', 39, 13, 3],
      ['4/2011 · chuyển công tác', 38, 12, 2],
      ['2012 · nghỉ hưu', 34, 10, 2],
      ['9/2012 · bầu bổ sung', 34, 11, 3],
      ['cuối năm 2013 · xin thôi', 32, 10, 3],
      ['2014 · chuyển công tác', 31, 9, 2],
      ['2014 · bầu bổ sung', 32, 10, 3],
    ],
    events: [['2011-04', 'transfer', 'para 5'], ['2012', 'retirement', 'para 6'], ['2012-09', 'by-election', 'para 7'], ['2013', 'resignation', 'para 8'], ['2014', 'transfer', 'para 9'], ['2014', 'by-election', 'para 9']],
    // "9 đồng chí nữ" is no size of the Executive Committee, whose size is already read: listed.
    notUnderstood: [3],
    findings: ['report-date-inferred'],
  },
  'huyen-can-gio.txt': {
    lang: 'vi',
    steps: [
      ['2015 · đầu nhiệm kỳ', 33, 11, 3],
      ['2016 · chuyển công tác', 30, 10, 3],
      ['6/2017 · nghỉ hưu', 28, 9, 2],
      ['8/2017 · bầu bổ sung', 28, 10, 3],
      ['2018 · chỉ định bổ sung', 30, 10, 3],
    ],
    events: [['2016', 'transfer', 'para 4'], ['2017-06', 'retirement', 'para 5'], ['2017-08', 'by-election', 'para 6'], ['2018', 'appointed', 'para 7']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'bay-county.txt': {
    lang: 'en',
    steps: [
      ['2020 · start of term', 29, 9, 3],
      ['February 2021 · transfers', 27, 8, 3],
      ['2022 · retirements', 24, 7, 2],
      ['June 2023 · by-election', 24, 8, 3],
      ['2024 · death', 23, 7, 2],
      ['2024 · by-election', 24, 8, 3],
    ],
    events: [['2021-02', 'transfer', 'para 3'], ['2022', 'retirement', 'para 4'], ['2023-06', 'by-election', 'para 5'], ['2024', 'death', 'para 6'], ['2024', 'by-election', 'para 6']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
};

const draftOf = (file: string) => draftFromText(read(file), { lang: EXPECTED[file]!.lang, words: draftDatasetWords });
/** A person's memberships: [body, post, start, end]. */
const of = (draft: Draft, name: string) => {
  const p = draft.dataset.persons.find((x) => x.name.vi === name || x.name.en === name);
  expect(p, name).toBeDefined();
  return draft.dataset.memberships.filter((m) => m.person_id === p!.id).map((m) => [m.organization_id, m.post_id ?? null, m.start_date, m.end_date ?? null]);
};

describe('drafts of reports with parts of groups, posts told after the person, the Standing Office’s make-up', () => {
  for (const [file, exp] of Object.entries(EXPECTED)) {
    it(`${file}: counts of the three bodies at every step, changes, citations, import`, () => {
      const draft = draftOf(file);
      expect(draft.check.steps.map((s) => [s.label[exp.lang], s.counts.bch, s.counts.btv, s.counts.tt])).toEqual(exp.steps);
      expect(draft.check.reconciled).toBe(true);
      // The start sizes of the three bodies and the two "to date" sizes.
      expect(draft.check.claims.map((c) => c.organization_id).sort()).toEqual(['bch', 'bch', 'btv', 'btv', 'tt']);
      const changes = draft.dataset.events.filter((e) => e.id !== 'start');
      expect(changes.map((e) => [e.date, e.classification, e.citations?.[0]?.locator])).toEqual(exp.events);
      expect(draft.notUnderstood.map((n) => n.paragraph)).toEqual(exp.notUnderstood);
      expect(draft.findings.map((f) => f.code).sort()).toEqual([...exp.findings].sort());
      const imported = importJsonValue(JSON.parse(JSON.stringify(draft.dataset)), file);
      expect(imported.ok && imported.problems).toEqual([]);
      // The Standing Office's size is stated: seats, no inference.
      const tt = draft.dataset.organizations.find((o) => o.id === 'tt')!;
      expect([tt.seats, tt.certainty]).toEqual([3, undefined]);
      // No person is named after the words of a part or a post clause.
      for (const p of draft.dataset.persons) expect(p.name.vi ?? '').not.toMatch(/đó|gồm|giữ chức|including|of them|phân công| as /u);
    });
  }

  it('quan-8.txt: the bracket is a part of the four; the post after "và bầu giữ chức" and after "giữ chức" is the same person’s', () => {
    const draft = draftOf('quan-8.txt');
    const retired = draft.dataset.memberships.filter((m) => m.end_cause === 'retirement');
    expect(retired.filter((m) => m.organization_id === 'bch')).toHaveLength(4);
    expect(retired.filter((m) => m.organization_id === 'btv')).toHaveLength(2);
    // Elected into the Standing Committee: on the Executive Committee from the start.
    expect(of(draft, 'Võ Thị Thu')).toEqual([
      ['bch', null, '2010', null],
      ['btv', null, '2012-09', null],
      ['tt', 'pbt-tt', '2012-09', null],
    ]);
    // By-elected with a post and no "vào": new to all three bodies.
    expect(of(draft, 'Đặng Minh Khôi')).toEqual([
      ['bch', null, '2014', null],
      ['btv', null, '2014', null],
      ['tt', 'bi-thu', '2014', null],
    ]);
    // The make-up at the start: the Secretary who left in 2014, the Standing Deputy Secretary named in para 5, one more Deputy Secretary.
    const atStart = draft.dataset.memberships.filter((m) => m.organization_id === 'tt' && m.start_event_id === 'start').map((m) => m.post_id).sort();
    expect(atStart).toEqual(['bi-thu', 'pbt-tt', 'pho-bi-thu']);
    const deputy = draft.dataset.persons.find((p) => p.id === 'tt-pho-bi-thu-1')!;
    expect([deputy.name.vi, deputy.citations?.[0]?.locator]).toEqual(['Phó Bí thư đầu nhiệm kỳ', 'para 2']);
  });

  it('huyen-can-gio.txt: "gồm" splits the three; the Deputy Secretary in brackets leaves the post; the next sentence gives the post', () => {
    const draft = draftOf('huyen-can-gio.txt');
    const moved = draft.dataset.memberships.filter((m) => m.end_cause === 'transfer');
    expect(moved.map((m) => m.organization_id).sort()).toEqual(['bch', 'bch', 'bch', 'btv']);
    const retired = draft.dataset.memberships.filter((m) => m.end_cause === 'retirement');
    expect(retired.map((m) => [m.organization_id, m.post_id ?? null]).sort()).toEqual([['bch', null], ['bch', null], ['btv', null], ['tt', 'pho-bi-thu']]);
    expect(of(draft, 'Trương Văn Nghĩa')).toEqual([
      ['bch', null, '2015', null],
      ['btv', null, '2017-08', null],
      ['tt', 'pho-bi-thu', '2017-08', null],
    ]);
    // The post's words in the next sentence are highlighted and lead to the person.
    const text = read('huyen-can-gio.txt');
    const at = text.indexOf('Phó Bí thư Huyện ủy.');
    expect(draft.records.filter((r) => r.spans.some((s) => s.start <= at && at < s.end)).map((r) => r.label.vi)).toContain('Trương Văn Nghĩa');
  });

  it('bay-county.txt: "(one of them …)" and "including the Deputy Secretary" are parts; "as" gives the post', () => {
    const draft = draftOf('bay-county.txt');
    expect(draft.dataset.memberships.filter((m) => m.end_cause === 'transfer').map((m) => m.organization_id).sort()).toEqual(['bch', 'bch', 'btv']);
    expect(of(draft, 'Helen Doan')).toEqual([
      ['bch', null, '2020', null],
      ['btv', null, '2023-06', null],
      ['tt', 'pho-bi-thu', '2023-06', null],
    ]);
    expect(of(draft, 'Victor Ngo')).toEqual([
      ['bch', null, '2024', null],
      ['btv', null, '2024', null],
      ['tt', 'pbt-tt', '2024', null],
    ]);
  });
});

describe('single sentences of these shapes', () => {
  const subjects = (text: string) => extractFacts(text).changes.map((c) => c.subjects.map((s) => [s.kind, s.n, s.level, s.name, s.listed.map((l) => l.role.post?.id ?? l.text), (s.subset ?? []).map((p) => [p.n, p.level])]));
  it('a bracket that counts a part is no list of names', () => {
    expect(subjects('Năm 2009, 3 đồng chí ủy viên BCH (trong đó có 01 ủy viên Ban Thường vụ) nghỉ hưu.')).toEqual([[['group', 3, 'bch', null, [], [[1, 'btv']]]]]);
    expect(subjects('Năm 2009, 5 ủy viên BCH (trong đó 02 đồng chí ủy viên Thường vụ) chuyển công tác.')).toEqual([[['group', 5, 'bch', null, [], [[2, 'btv']]]]]);
    // A list of names in brackets is still a list.
    expect(subjects('Năm 2009, 2 ủy viên BCH (đ/c Phó Chủ tịch UBND, đ/c Trưởng Công an) chuyển công tác.')[0]![0]![4]).toHaveLength(2);
  });
  it('"three …, including one …, retired" is three retirements, not four', () => {
    const text = 'Review of the Hill Town Party Executive Committee (2010-2015)\nThe Executive Committee had 21 members and the Standing Committee had 7 members.\nIn 2012, three members of the Executive Committee, including one member of the Standing Committee, retired.\n';
    expect(subjects(text)).toEqual([[['group', 3, 'bch', null, [], [[1, 'btv']]]]]);
    const d = draftFromText(text, { lang: 'en', words: draftDatasetWords });
    expect(d.check.steps.map((s) => [s.counts.bch, s.counts.btv])).toEqual([[21, 7], [18, 6]]);
  });
  it('the post clause is the same person: one subject, its post listed', () => {
    expect(subjects('Tháng 5/2009, Ban Chấp hành bầu bổ sung đồng chí Lý Thanh Tùng vào Ban Thường vụ và bầu giữ chức Phó Bí thư Thường trực.')).toEqual([[['one', 1, 'tt', 'Lý Thanh Tùng', ['pbt-tt'], []]]]);
    expect(subjects('Năm 2009, Ban Chấp hành bầu bổ sung đồng chí Lý Thanh Tùng giữ chức Phó Bí thư Thường trực.')).toEqual([[['one', 1, 'tt', 'Lý Thanh Tùng', ['pbt-tt'], []]]]);
    expect(extractFacts('Năm 2009, BCH bầu bổ sung đồng chí Lý Thanh Tùng vào Ban Thường vụ và bầu giữ chức Phó Bí thư.').changes[0]!.subjects[0]!.into).toBe('btv');
  });
  it('a sentence that only gives a post, with no one elected before it, is not understood (not guessed at)', () => {
    const f = extractFacts('Năm 2009, 2 ủy viên BCH nghỉ hưu. Đồng chí được phân công giữ chức Phó Bí thư Thường trực.');
    expect(f.changes).toHaveLength(1);
    expect(f.notUnderstood.map((n) => n.sentence)).toEqual(['Đồng chí được phân công giữ chức Phó Bí thư Thường trực.']);
    // Another name than the one elected: not that person.
    const g = extractFacts('Năm 2009, BCH bầu bổ sung đồng chí Lý Thanh Tùng vào Ban Thường vụ. Đồng chí Mai Văn Phúc được phân công giữ chức Phó Bí thư.');
    expect(g.changes[0]!.subjects[0]!.listed).toEqual([]);
    expect(g.notUnderstood).toHaveLength(1);
  });
  it('a sentence with a cause that names no one, beside one that does, is listed too', () => {
    const f = extractFacts('Năm 2010, 01 ủy viên BCH từ trần và Ban Chấp hành đã bầu bổ sung.');
    expect(f.changes.map((c) => c.cause)).toEqual(['death']);
    expect(f.notUnderstood.map((n) => n.sentence)).toEqual(['Năm 2010, 01 ủy viên BCH từ trần và Ban Chấp hành đã bầu bổ sung.']);
    expect(extractFacts('Năm 2010, 01 ủy viên BCH từ trần.').notUnderstood).toEqual([]);
  });
  it('a sentence of sizes with a number no rule used is listed; the make-up is read, not taken for a size', () => {
    const f = extractFacts('Ban Chấp hành có 35 ủy viên; Ban Thường vụ 11 đồng chí, trong đó có đồng chí Bí thư và 2 đồng chí nữ.');
    expect(f.counts.map((c) => [c.body, c.n])).toEqual([['bch', 35], ['btv', 11], ['btv', 2]]);
    expect(f.notUnderstood.map((n) => n.sentence)).toEqual(['Ban Thường vụ 11 đồng chí, trong đó có đồng chí Bí thư và 2 đồng chí nữ.']);
    const g = extractFacts('Ban Chấp hành có 35 ủy viên; Ban Thường vụ 11 đồng chí, trong đó có đồng chí Bí thư và 2 đồng chí Phó Bí thư.');
    expect(g.counts.map((c) => [c.body, c.n])).toEqual([['bch', 35], ['btv', 11], ['tt', 3]]);
    expect(g.office?.[0]?.items.map((i) => [i.kind, i.n])).toEqual([['bi-thu', 1], ['pho-bi-thu', 2]]);
    expect(g.notUnderstood).toEqual([]);
  });
});
