/**
 * The draft of each report of tests/fixtures/reports/ against a hand-made expectation: the counts at
 * every step, the changes with their dates, causes and cited paragraphs, the stated counts, and that
 * the draft passes the normal import checks (`importJsonValue`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromText, datasetFromDraft, recordsAt } from '../../src/lib/draft/index.ts';
import { draftDatasetWords } from '../../src/lib/i18n/draft-words.ts';
import { importJsonValue } from '../../src/lib/io/json-format.ts';
import { applyReading } from '../../src/lib/model/readings.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';

const read = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');

interface Expected {
  lang: 'vi' | 'en';
  /** Step label (vi for vi reports, en for en) → [BCH, BTV]. */
  steps: [string, number, number][];
  /** Each change event: date, classification, cited paragraph. */
  events: [string, string, string][];
  notUnderstood: number[];
  findings: string[];
}

const EXPECTED: Record<string, Expected> = {
  'huyen-binh-chanh.txt': {
    lang: 'vi',
    steps: [['1996 · đầu nhiệm kỳ', 31, 9], ['3/1997 · xóa tên', 30, 9], ['cuối năm 1998 · từ trần', 29, 8], ['2000 · nghỉ hưu', 27, 8]],
    events: [['1997-03', 'removal', 'para 4'], ['1998', 'death', 'para 5'], ['2000', 'retirement', 'para 6']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'tinh-ben-tre.txt': {
    lang: 'vi',
    steps: [['1995 · đầu nhiệm kỳ', 47, 13], ['quý II/1997 · chuyển công tác', 46, 12], ['1998 · nghỉ hưu', 44, 11], ['9/1998 · bầu bổ sung', 47, 12]],
    events: [['1997', 'transfer', 'para 3'], ['1998', 'retirement', 'para 4'], ['1998-09', 'by-election', 'para 5']],
    notUnderstood: [],
    findings: [],
  },
  'quan-3.txt': {
    lang: 'vi',
    steps: [['2001 · đầu nhiệm kỳ', 35, 11], ['đầu năm 2002 · khai trừ', 34, 11], ['7/2003 · miễn nhiệm', 33, 10]],
    events: [['2002', 'expelled', 'para 3'], ['2003-07', 'dismissed', 'para 4']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'hill-county.txt': {
    lang: 'en',
    steps: [['2010 · start of term', 25, 7], ['March 2011 · transfers', 24, 6], ['2012 · retirements', 22, 6], ['late 2013 · by-election', 23, 7]],
    events: [['2011-03', 'transfer', 'para 3'], ['2012', 'retirement', 'para 4'], ['2013', 'by-election', 'para 5']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'quan-go-vap.txt': {
    lang: 'vi',
    steps: [['2005 · đầu nhiệm kỳ', 41, 13], ['4/2006 · chuyển công tác', 40, 12], ['5/2006 · chỉ định bổ sung', 41, 13], ['2008 · xin thôi', 40, 13]],
    events: [['2006-04', 'transfer', 'para 3'], ['2006-05', 'appointed', 'para 4'], ['2008', 'resignation', 'para 5']],
    notUnderstood: [],
    findings: ['by-election-origins-unknown', 'report-date-inferred'],
  },
  'huyen-cu-chi.txt': {
    lang: 'vi',
    steps: [['1997 · đầu nhiệm kỳ', 35, 11], ['10/1998 · nghỉ hưu', 32, 9], ['12/1998 · bầu bổ sung', 34, 11]],
    events: [['1998-10', 'retirement', 'para 3'], ['1998-12', 'by-election', 'para 4']],
    notUnderstood: [],
    findings: ['by-election-readings', 'report-date-inferred'],
  },
  'huyen-nha-be.txt': {
    lang: 'vi',
    steps: [['2000 · đầu nhiệm kỳ', 29, 9], ['2001 · từ trần', 28, 8], ['5/9/2002 · chuyển công tác', 27, 7], ['2003 · bầu bổ sung', 27, 8], ['cuối năm 2004 · nghỉ hưu', 24, 8]],
    events: [['2001', 'death', 'para 3'], ['2002-09-05', 'transfer', 'para 4'], ['2003', 'by-election', 'para 5'], ['2004', 'retirement', 'para 6']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'tinh-long-an.txt': {
    lang: 'vi',
    steps: [['2005 · đầu nhiệm kỳ', 53, 15], ['2006 · nghỉ hưu', 51, 15], ['2006 · chuyển công tác', 50, 15], ['2/2007 · từ trần', 49, 14], ['2008 · bầu bổ sung', 52, 15]],
    events: [['2006', 'retirement', 'para 4'], ['2006', 'transfer', 'para 4'], ['2007-02', 'death', 'para 5'], ['2008', 'by-election', 'para 6']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'river-district.txt': {
    lang: 'en',
    steps: [['2015 · start of term', 21, 7], ['2016 · death', 20, 6], ['June 2017 · removal from the roll', 18, 6], ['2018 · by-election', 19, 7]],
    events: [['2016', 'death', 'para 3'], ['2017-06', 'removal', 'para 4'], ['2018', 'by-election', 'para 5']],
    notUnderstood: [],
    findings: ['report-date-inferred'],
  },
  'thi-xa-hoa-thanh.txt': {
    lang: 'vi',
    steps: [['2015 · đầu nhiệm kỳ', 27, 9], ['quý I/2016 · xin thôi', 25, 9], ['quý III/2017 · miễn nhiệm', 24, 8], ['2018 · từ trần', 23, 8], ['2018 · nghỉ hưu', 22, 8]],
    events: [['2016', 'resignation', 'para 3'], ['2017', 'dismissed', 'para 3'], ['2018', 'death', 'para 4'], ['2018', 'retirement', 'para 4']],
    notUnderstood: [5],
    findings: ['report-date-inferred'],
  },
  'huyen-song-cau.txt': {
    lang: 'vi',
    // Para 5 states the counts and tells three causes in brackets: the transfers and the resignation are
    // told by paras 3-4 (not counted twice), the three retirements by no other sentence (drafted, undated).
    steps: [['2005 · đầu nhiệm kỳ', 31, 9], ['3/2006 · chuyển công tác', 29, 9], ['quý IV/2008 · xin thôi', 28, 8], ['2010? · nghỉ hưu', 25, 8]],
    events: [['2006-03', 'transfer', 'para 3'], ['2008', 'resignation', 'para 4'], ['2010?', 'retirement', 'para 5']],
    notUnderstood: [],
    findings: ['report-date-inferred', 'undated-change', 'count-sentence-change'],
  },
  'lake-district.txt': {
    lang: 'en',
    // Para 6: four retired (two told by para 4: two more drafted), one transferred (told by para 3).
    steps: [['2010 · start of term', 29, 9], ['April 2011 · transfers', 28, 8], ['2012 · retirements', 26, 7], ['mid 2013 · by-election', 27, 8], ['2015? · retirements', 25, 8]],
    events: [['2011-04', 'transfer', 'para 3'], ['2012', 'retirement', 'para 4'], ['2013', 'by-election', 'para 5'], ['2015?', 'retirement', 'para 6']],
    notUnderstood: [],
    findings: ['report-date-inferred', 'by-election-origins-unknown', 'undated-change', 'count-sentence-change'],
  },
};

describe('drafts of the report fixtures', () => {
  for (const [file, exp] of Object.entries(EXPECTED)) {
    it(`${file}: counts at every step, changes, citations, import`, () => {
      const draft = draftFromText(read(file), { lang: exp.lang, words: draftDatasetWords });
      expect(draft.check.steps.map((s) => [s.label[exp.lang], s.counts.bch, s.counts.btv])).toEqual(exp.steps);
      expect(draft.check.reconciled).toBe(true);
      expect(draft.check.claims.length).toBe(4);
      const changes = draft.dataset.events.filter((e) => e.id !== 'start');
      expect(changes.map((e) => [e.date, e.classification, e.citations?.[0]?.locator])).toEqual(exp.events);
      expect(draft.notUnderstood.map((n) => n.paragraph)).toEqual(exp.notUnderstood);
      expect(draft.findings.map((f) => f.code).sort()).toEqual([...exp.findings].sort());
      const imported = importJsonValue(JSON.parse(JSON.stringify(draft.dataset)), file);
      expect(imported.ok).toBe(true);
      // Every record cites a paragraph of the text.
      const paras = draft.paragraphs.length;
      for (const m of draft.dataset.memberships) for (const c of m.citations ?? []) expect(Number(c.locator.slice(5))).toBeLessThanOrEqual(paras);
    });
  }

  it('quan-3.txt: the look-alike Ð, the blank line not counted, the warning an annotation', () => {
    const draft = draftFromText(read('quan-3.txt'), { words: draftDatasetWords });
    expect(draft.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(draft.dataset.annotations).toMatchObject([{ classification: 'discipline', organization_id: 'bch', date: '2001/2005', citations: [{ locator: 'para 5' }] }]);
    expect(draft.dataset.title.vi).toContain('Đảng bộ');
    expect(draft.dataset.title.vi).not.toContain('Ð');
  });

  it('tinh-ben-tre.txt: a named person with posts in parentheses; the by-elected post goes to a newcomer', () => {
    const draft = draftFromText(read('tinh-ben-tre.txt'), { words: draftDatasetWords });
    const binh = draft.dataset.persons.find((p) => p.name.vi === 'Trần Văn Bình');
    expect(binh?.anonymous).toBe(false);
    expect(draft.dataset.memberships.filter((m) => m.person_id === binh?.id).map((m) => [m.organization_id, m.end_cause, m.end_destination?.vi])).toEqual([
      ['bch', 'transfer', 'Trung ương'],
      ['btv', 'transfer', 'Trung ương'],
    ]);
    const filled = draft.dataset.memberships.filter((m) => m.post_id === 'uvtv-dan-van');
    expect(filled.map((m) => [m.start_cause ?? null, m.end_cause ?? null, m.certainty ?? 'stated'])).toEqual([
      ['elected', 'retirement', 'stated'],
      ['by_election', null, 'stated'],
    ]);
  });

  it('huyen-nha-be.txt: a name with its role in apposition, a name with posts in brackets, a member elected into the Standing Committee', () => {
    const draft = draftFromText(read('huyen-nha-be.txt'), { words: draftDatasetWords });
    const of = (name: string) => {
      const p = draft.dataset.persons.find((x) => x.name.vi === name)!;
      return draft.dataset.memberships.filter((m) => m.person_id === p.id).map((m) => [m.organization_id, m.post_id ?? null, m.start_date, m.end_date ?? null, m.end_cause ?? null, m.role?.vi ?? null]);
    };
    expect(of('Nguyễn Văn An')).toEqual([
      ['bch', null, '2000', '2001', 'death', null],
      ['btv', null, '2000', '2001', 'death', null],
      ['tt', 'pbt-tt', '2000', '2001', 'death', null],
    ]);
    expect(of('Lê Thị Hoa')).toEqual([
      ['bch', null, '2000', '2002-09-05', 'transfer', 'Trưởng Ban Tuyên giáo'],
      ['btv', null, '2000', '2002-09-05', 'transfer', null],
    ]);
    expect(of('Phạm Văn Tâm')).toEqual([
      ['bch', null, '2000', null, null, null],
      ['btv', null, '2003', null, null, null],
    ]);
  });

  it('tinh-long-an.txt: one person with a post and a role outside the committee; the by-elected Deputy Secretary raised from the Executive Committee', () => {
    const draft = draftFromText(read('tinh-long-an.txt'), { words: draftDatasetWords });
    const died = draft.dataset.memberships.filter((m) => m.end_cause === 'death');
    expect(died.map((m) => [m.organization_id, m.post_id ?? null, m.role?.vi ?? null])).toEqual([
      ['bch', null, 'Chủ tịch UBND Tỉnh'],
      ['btv', null, null],
      ['tt', 'pho-bi-thu', null],
    ]);
    const raised = draft.records.filter((r) => r.kind === 'membership').flatMap((r) => r.yields.memberships ?? []);
    expect(raised.map((m) => [m.organization_id, m.post_id, m.start_date])).toEqual([
      ['tt', 'pho-bi-thu', '2008'],
      ['btv', undefined, '2008'],
    ]);
  });

  it('hill-county.txt: the post filled at the by-election goes to a member raised from the Executive Committee', () => {
    const draft = draftFromText(read('hill-county.txt'), { lang: 'en', words: draftDatasetWords });
    const raised = draft.records.filter((r) => r.kind === 'membership');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.yields.memberships![0]).toMatchObject({ organization_id: 'btv', post_id: 'uvtv-organisation', start_cause: 'by_election' });
  });

  it('huyen-cu-chi.txt: the by-election allows six readings, the convention first, each reconciling', () => {
    const draft = draftFromText(read('huyen-cu-chi.txt'), { words: draftDatasetWords });
    const alt = draft.dataset.alternatives![0]!;
    expect(alt.event_id).toBe('e2-by-election');
    expect(alt.readings).toHaveLength(6);
    expect(alt.readings[0]!.default).toBe(true);
    expect(alt.readings[0]!.label.vi).toBe('Người mới vào BCH: Phó Bí thư Thường trực; ủy viên BCH vào BTV: Ủy viên Thường vụ phụ trách dân vận; ủy viên BTV đương nhiệm: Bí thư');
    expect(alt.replaces).toHaveLength(6);
    const imported = importJsonValue(JSON.parse(JSON.stringify(draft.dataset)), 'cu-chi.json');
    expect(imported.ok && imported.problems).toEqual([]);
    if (!imported.ok) return;
    const labels = new Set<string>();
    for (const r of alt.readings) {
      const tl = buildTimeline(applyReading(imported.dataset, r.id));
      expect(checkClaims(tl).every((c) => c.holds)).toBe(true);
      labels.add(r.label.vi!);
      // Under every reading, each of the three posts has one holder after the by-election.
      for (const post of ['bi-thu', 'pbt-tt', 'uvtv-dan-van']) {
        expect(tl.spans.filter((s) => s.live && s.membership.post_id === post && s.endStep === null)).toHaveLength(1);
      }
    }
    expect(labels.size).toBe(6);
  });

  it('datasetFromDraft: a rejected person is dropped with their memberships; the rest is kept', () => {
    const draft = draftFromText(read('huyen-binh-chanh.txt'), { words: draftDatasetWords });
    const person = draft.records.find((r) => r.kind === 'person' && r.label.vi === 'Phó Bí thư')!;
    const ds = datasetFromDraft(draft, new Map([[person.id, 'reject']]));
    expect(ds.persons.length).toBe(draft.dataset.persons.length - 1);
    expect(ds.memberships.length).toBe(draft.dataset.memberships.length - person.yields.memberships!.length);
    expect(datasetFromDraft(draft, new Map())).toEqual(draft.dataset);
    const edited = { ...person, yields: { ...person.yields, persons: [{ ...person.yields.persons![0]!, name: { vi: 'Phó Bí thư (sửa)' } }] } };
    expect(datasetFromDraft(draft, new Map([[person.id, edited]])).persons.find((p) => p.id === person.yields.persons![0]!.id)?.name.vi).toBe('Phó Bí thư (sửa)');
  });

  it('recordsAt: from a highlighted phrase back to its records', () => {
    const text = read('huyen-binh-chanh.txt');
    const draft = draftFromText(text, { words: draftDatasetWords });
    const at = text.indexOf('Phó Bí thư') + 2;
    expect(recordsAt(draft, at).map((r) => [r.kind, r.label.vi])).toEqual([
      ['body', 'Thường trực'],
      ['person', 'Phó Bí thư'],
    ]);
    const cause = text.indexOf('xoá tên');
    expect(recordsAt(draft, cause).map((r) => r.id)).toEqual(['event:e1-removed-from-roll']);
    expect(recordsAt(draft, 0)).toEqual([]);
  });

  it('a text with no counts and no changes drafts nothing and says so', () => {
    const draft = draftFromText('Một đoạn văn không nói gì về nhân sự.\n', { words: draftDatasetWords });
    expect(draft.findings.map((f) => f.code)).toContain('nothing-found');
    expect(draft.dataset.persons).toEqual([]);
  });
});
