/**
 * The data-truth fixes of issue 12 (D1, D2, D4–D15; D3 is the readings' part), each asserted on the
 * built-in dataset's JSON as shipped (`data/quan6-1996-2000.json`), and for D2 on the date the app
 * shows. Paragraph numbers are the source's (data/README.md, "Paragraph map").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtin } from './fixtures.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { claimText } from '../../src/lib/view/counts.ts';
import { formatMomentText } from '../../src/lib/i18n/dates.ts';
import { formatProblem } from '../../src/lib/i18n/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const d = builtin();
const raw = readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');

type Kind = 'persons' | 'memberships' | 'events' | 'claims' | 'annotations' | 'organizations' | 'posts' | 'notes' | 'sources';
function rec<K extends Kind>(kind: K, id: string): NonNullable<Dataset[K]>[number] {
  const r = ((d[kind] ?? []) as { id: string }[]).find((x) => x.id === id);
  if (!r) throw new Error(`${kind} ${id} missing`);
  return r as NonNullable<Dataset[K]>[number];
}
const locators = (r: { citations?: { locator: string }[] }) => (r.citations ?? []).map((c) => c.locator);

describe('D1: the reason of para 40 is an inferred identification, in a record of its own', () => {
  const removed = ['m-uvtv-tuyen-giao-bch', 'm-uvtv-tuyen-giao-btv-uvtv-tuyen-giao'] as const;

  it('the removal itself stays stated, cited to paras 3-4 only, with no reason in its notes', () => {
    for (const id of removed) {
      const m = rec('memberships', id);
      expect(m.certainty ?? 'stated').toBe('stated');
      expect(m.end_cause).toBe('removed_from_roll');
      expect(m.end_event_id).toBe('removal-1996-06');
      expect(m.note).toBeUndefined();
      expect(locators(m)).toEqual(['para 3', 'para 4']);
    }
    expect(locators(rec('persons', 'uvtv-tuyen-giao'))).toEqual(['para 4']);
    expect(locators(rec('events', 'removal-1996-06'))).toEqual(['para 4']);
    // No stated record cites para 40 for the removal, nor carries its reason.
    const stated = [...d.persons, ...d.memberships, ...d.events].filter((r) => (r.certainty ?? 'stated') === 'stated');
    expect(stated.filter((r) => locators(r).includes('para 40')).map((r) => r.id)).toEqual([]);
    expect(JSON.stringify(stated)).not.toMatch(/tiêu chuẩn chính trị|political criteria/);
  });

  it('the identification is an annotation dated 6/1996, inferred, with its basis and the reason', () => {
    const a = rec('annotations', 'removal-reason-1996-06');
    expect(a.date).toBe('1996-06');
    expect(a.certainty).toBe('inferred');
    expect(a.basis?.vi).toMatch(/Đoạn 40 .* không nói đó là ai/);
    expect(a.basis?.en).toMatch(/^Para 40 gives the reason .* but not who it was\..* no other removal/s);
    expect(a.note?.vi).toMatch(/vi phạm tiêu chuẩn chính trị/);
    expect(a.note?.en).toMatch(/breach of the political criteria/);
    expect(locators(a)).toEqual(['para 40', 'para 4', 'paras 3-6']);
    expect(a.person_id).toBe('uvtv-tuyen-giao');
    // A person_id must name a person: the validator says so.
    const bad = structuredClone(d);
    bad.annotations.find((x) => x.id === 'removal-reason-1996-06')!.person_id = 'nobody';
    expect(validateDataset(bad).map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['error', 'unknown-reference', `/annotations/${d.annotations.indexOf(a)}/person_id`],
    ]);
    // It is the only record that ties the reason to this person.
    expect(raw.match(/tiêu chuẩn chính trị/g)?.length).toBe(2); // its label and its note (vi)
  });
});

describe('D2: the report counts are dated by the report\'s date as an interval, inferred', () => {
  it('both end-of-term claims carry the source\'s report date, never the month 2000-04', () => {
    const source = rec('sources', 'bckd-q6-vii');
    for (const id of ['claim-bch-report', 'claim-btv-report']) {
      const c = rec('claims', id);
      expect(c.date).toBe('2000-04/2000-12');
      expect(c.date).toBe(source.report_date);
      expect(c.certainty).toBe('inferred');
      expect(c.basis?.en).toMatch(/para 19.*para 18.*para 2\b/s);
      expect(c.basis?.vi).toMatch(/đoạn 19.*đoạn 18.*đoạn 2\b/s);
      expect(locators(c)).toEqual(['para 6', 'para 2', 'para 18', 'para 19']);
    }
    expect(d.claims.some((c) => c.date === '2000-04')).toBe(false);
  });

  it('they still hold, checked against the last step (1999 · by-election), and the validator is silent', () => {
    const timeline = buildTimeline(d);
    const report = checkClaims(timeline).filter((c) => c.claim.id.endsWith('-report'));
    expect(report.map((c) => [c.step, c.computed, c.holds])).toEqual([
      [4, 32, true],
      [4, 10, true],
    ]);
    expect(validateDataset(d)).toEqual([]);
  });

  it('the date is shown with its precision in both languages, never as "4/2000"', () => {
    const timeline = buildTimeline(d);
    const bch = checkClaims(timeline).find((c) => c.claim.id === 'claim-bch-report')!;
    expect(claimText(timeline, bch, 'vi')).toBe('BCH, trong khoảng 4/2000–12/2000 (suy luận): nguồn nêu 32, dữ liệu có 32 (1999 · bầu bổ sung)');
    expect(claimText(timeline, bch, 'en')).toBe('EC, between April 2000 and December 2000 (inferred): the source gives 32, the data has 32 (1999 · by-election)');
    expect(formatMomentText('2000-04', 'en')).toBe('April 2000');
    expect(formatMomentText('2000-04', 'vi')).toBe('4/2000');
    expect(formatMomentText('1999', 'vi')).toBe('1999');
    expect(formatMomentText('1996/2000', 'vi')).toBe('trong khoảng 1996–2000');
    expect(formatMomentText('soon', 'en')).toBe('soon');
  });

  it('a contradicted interval claim says so in words in both languages', () => {
    const p = { code: 'claim-mismatch', pointer: '/claims/2/count', params: { claim: 'c', org: 'bch', date: '2000-04/2000-12', stated: 33, computed: 32, step: 4 } } as const;
    expect(formatProblem(p, 'en')).toMatch(/^Claim “c” states 33 members of “bch” at some moment within 2000-04\/2000-12, but/);
    expect(formatProblem(p, 'vi')).toMatch(/^Số liệu “c” nêu 33 thành viên của “bch” vào một thời điểm trong khoảng 2000-04\/2000-12, nhưng/);
    expect(formatProblem({ ...p, params: { ...p.params, date: '1998' } }, 'en')).toMatch(/members of “bch” at 1998, but/);
  });
});

describe('D4-D9, D11-D14: words true to the source', () => {
  it('D4: the reprimanded member\'s staff misappropriated (chiếm dụng) the funds, not "misused" them', () => {
    const a = rec('annotations', 'reprimand');
    expect(a.note?.vi).toMatch(/chiếm dụng tiền quỹ/);
    expect(a.note?.en).toMatch(/misappropriated \(chiếm dụng\) the unit's funds/);
    expect(JSON.stringify(a)).not.toMatch(/dùng sai|misuse/);
  });

  it('D5: the removal has no actor: passive in both languages', () => {
    const e = rec('events', 'removal-1996-06');
    expect(e.description?.vi).toMatch(/^Ủy viên Thường vụ phụ trách tuyên giáo bị xóa tên/);
    expect(e.description?.vi).not.toMatch(/Đảng bộ đưa|đưa .* ra khỏi/);
    expect(e.description?.en).toMatch(/^The Standing member for propaganda and education was struck off the party roll/);
  });

  it('D6: the early-2000 recognition is as meeting the national standard (chuẩn quốc gia)', () => {
    const a = rec('annotations', 'pcgd-thcs-2000');
    expect(a.label.vi).toMatch(/chuẩn quốc gia/);
    expect(a.label.en).toMatch(/national standard \(chuẩn quốc gia\)/);
  });

  it('D7: the resolutions are labelled in the source\'s terms', () => {
    const corruption = rec('annotations', 'res-1997-02-anti-corruption');
    expect(corruption.label.vi).toBe('Nghị quyết về đấu tranh chống tham nhũng');
    expect(corruption.label.vi).not.toMatch(/phòng, chống tham nhũng/);
    const drugs = rec('annotations', 'res-1998-06-drugs');
    expect(drugs.label.en).toBe('Resolution on fighting and preventing the social evil of drugs in the district');
    expect(drugs.label.vi).toMatch(/tệ nạn ma túy/);
  });

  it('D8: every person label with a level added from context carries the note that says so', () => {
    for (const id of ['pho-chu-nhiem-ubkt', 'pct-ubnd', 'ct-hoi-phu-nu', 'gd-cty-xd']) {
      const p = rec('persons', id);
      expect(p.note?.vi, id).toMatch(/^Chữ “Quận( ủy)?” được thêm theo ngữ cảnh; đoạn [56] không ghi rõ cấp/);
      expect(p.note?.en, id).toMatch(/^“District” is added from context; para [56] does not name the level/);
    }
    expect(rec('persons', 'pho-chu-nhiem-ubkt').note?.vi).toMatch(/^Chữ “Quận ủy”/);
    expect(rec('persons', 'pct-ubnd').note?.vi).toMatch(/^Chữ “Quận”/);
  });

  it('D9: "Bảo vệ chính trị nội bộ" in lower case, and one spelling of the company\'s name', () => {
    expect(raw).not.toMatch(/Bảo vệ Chính trị/);
    expect(rec('persons', 'truong-ban-bvctnb').name.vi).toBe('Trưởng ban Bảo vệ chính trị nội bộ');
    expect(rec('memberships', 'm-truong-ban-bvctnb-bch').role?.vi).toBe('Trưởng ban Bảo vệ chính trị nội bộ');
    expect(rec('events', 'by-election-1999').description?.vi).toMatch(/Trưởng ban Bảo vệ chính trị nội bộ/);
    const spellings = new Set(raw.match(/[Cc]ông ty [Xx]ây dựng và [Pp]hát triển [Kk]inh tế/g));
    expect([...spellings]).toEqual(['Công ty Xây dựng và Phát triển kinh tế']);
    expect(rec('events', 'transfer-1998').description?.vi).toMatch(/Giám đốc Công ty Xây dựng và Phát triển kinh tế/);
  });

  it('D11: the report-date reasoning cites paragraph 2 besides 18 and 19', () => {
    const s = rec('sources', 'bckd-q6-vii');
    expect(s.report_date).toBe('2000-04/2000-12');
    expect(s.report_date_certainty).toBe('inferred');
    for (const lang of ['vi', 'en'] as const) {
      const b = s.report_date_basis?.[lang] ?? '';
      for (const n of [2, 18, 19]) expect(b, `${lang} ${n}`).toMatch(new RegExp(`(đoạn|para) ${n}\\b`));
    }
  });

  it('D12: the People\'s Council Vice-Chair\'s English short label keeps "Vice-Chair"', () => {
    expect(rec('posts', 'uvtv-pct-hdnd').short_label?.en).toBe("SC, People's Council Vice-Chair");
  });

  it('D13: no "vô danh": the source simply does not name them (không nêu tên)', () => {
    expect(raw).not.toMatch(/vô danh/i);
    expect(readme).not.toMatch(/vô danh/i);
    expect(d.description?.vi).toMatch(/Nguồn không nêu tên ai/);
  });

  it('D14: the source title keeps its "II", with the correction beside it', () => {
    const s = rec('sources', 'bckd-q6-vii');
    expect(s.title.vi).toBe('Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ Quận 6 nhiệm kỳ II [đúng là VII] (1996-2000)');
    expect(s.title.en).toBe('Review report of the District 6 Party Executive Committee, term II [correctly VII] (1996–2000)');
    expect(rec('notes', 'note-term-numeral').text.en).toMatch(/keeps the “II” as written, with the correction/);
  });
});

describe('D10, D15: what is not stated, and who elects whom', () => {
  it('D10: the Standing Office\'s note says any other Deputy Secretaries are not stated', () => {
    const tt = rec('organizations', 'tt');
    expect(tt.seats).toBeUndefined();
    expect(tt.note?.vi).toMatch(/Phó Bí thư khác; văn bản không nêu/);
    expect(tt.note?.en).toMatch(/other Deputy Secretaries .* are not stated/);
    expect(locators(tt)).toEqual(['paras 29-30', 'para 6']);
  });

  it('D15: data/README.md has the BTV and the Secretary elected by the new BCH\'s first plenary session', () => {
    expect(readme).toMatch(/`elected` \(at the start of the term: the congress elects the BCH, and the new BCH's\s+first plenary session elects its Standing Committee and the Secretary/);
    expect(readme).not.toMatch(/`elected` \(at the congress\)/);
  });
});
