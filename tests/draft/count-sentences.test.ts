/**
 * A sentence that states a count and also tells why it changed (issue 15, defect 3): the count is a
 * claim; the change it tells is drafted only for the people no other sentence tells, so nothing is
 * counted twice; a change told without a number is not drafted and the claims check shows the gap.
 * The rule (`rules/count-causes.ts`) and drafts of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readCountWithCauses } from '../../src/lib/draft/rules/count-causes.ts';
import { findCauses } from '../../src/lib/draft/rules/causes.ts';
import { draftFromText } from '../../src/lib/draft/index.ts';
import { draftDatasetWords, draftFindingSentence } from '../../src/lib/i18n/draft-words.ts';

const rule = (s: string) => {
  const r = readCountWithCauses(s, findCauses(s), () => false);
  return r && { counts: r.counts.map((c) => [c.body, c.n]), changes: r.changes.map((c) => [c.cause.cause, c.n, c.level]) };
};
const steps = (text: string, lang: 'vi' | 'en' = 'vi') => {
  const d = draftFromText(text, { lang, words: draftDatasetWords });
  return { d, steps: d.check.steps.map((s) => [s.label[lang], s.counts.bch, s.counts.btv]), claims: d.check.claims.map((c) => [c.organization_id, c.stated, c.computed, c.holds]) };
};

describe('rule: a count with its causes', () => {
  it('reads the size and the change told in brackets, after the cause', () => {
    expect(rule('đến nay bch còn 26 đồng chí (do nghỉ hưu 3), btv còn 8 đồng chí')).toEqual({ counts: [['bch', 26], ['btv', 8]], changes: [['retirement', 3, 'bch']] });
    expect(rule('đến nay ban chấp hành còn 25 đồng chí (do chuyển công tác 2, xin thôi 1)')).toEqual({ counts: [['bch', 25]], changes: [['transfer', 2, 'bch'], ['resignation', 1, 'bch']] });
  });
  it('reads the people before the cause, in words', () => {
    expect(rule('bch còn 28 ủy viên do ba đồng chí chuyển công tác')).toEqual({ counts: [['bch', 28]], changes: [['transfer', 3, 'bch']] });
    expect(rule('the executive committee now has 24 members, after two members were transferred')).toEqual({ counts: [['bch', 24]], changes: [['transfer', 2, 'bch']] });
    expect(rule('the executive committee has 20 members after two were transferred')).toEqual({ counts: [['bch', 20]], changes: [['transfer', 2, 'bch']] });
  });
  it('a change with no number of people', () => {
    expect(rule('the executive committee now has 22 members after some retired')).toEqual({ counts: [['bch', 22]], changes: [['retirement', null, 'bch']] });
  });
  it('a number right before its cause is who left, not a size: a change sentence', () => {
    expect(rule('ban chấp hành có 3 đồng chí nghỉ hưu')).toBeNull();
    expect(rule('năm 2009, ba ủy viên bch nghỉ hưu')).toBeNull();
  });
  it('a year after the cause is not a number of people', () => {
    const s = 'bch còn 28 đồng chí do nghỉ hưu năm 2009';
    const year = s.indexOf('năm 2009');
    const r = readCountWithCauses(s, findCauses(s), (i) => i >= year && i < year + 8);
    expect(r?.changes.map((c) => c.n)).toEqual([null]);
  });
});

describe('drafts: a count is a claim, a change told twice is counted once', () => {
  const head = 'Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ Huyện Đồi Thông (2005-2010)\nĐầu nhiệm kỳ Ban Chấp hành có 30 ủy viên, Ban Thường vụ 9 ủy viên.\n';

  it('the change told by another sentence is not drafted again; the counts become claims that hold', () => {
    const { d, steps: s, claims } = steps(`${head}Năm 2009, ba ủy viên BCH nghỉ hưu.\nĐến nay Ban Chấp hành còn 27 đồng chí (do nghỉ hưu 3), Ban Thường vụ còn 9 đồng chí.\n`);
    expect(s).toEqual([['2005 · đầu nhiệm kỳ', 30, 9], ['2009 · nghỉ hưu', 27, 9]]);
    expect(claims).toEqual([['bch', 30, 30, true], ['btv', 9, 9, true], ['bch', 27, 27, true], ['btv', 9, 9, true]]);
    expect(d.findings.map((f) => f.code)).not.toContain('count-sentence-change');
  });

  it('a change told later in the text is not drafted from the count either', () => {
    const { d, steps: s, claims } = steps(`${head}Hiện nay Ban Chấp hành còn 28 đồng chí (do chuyển công tác 2).\nTháng 5/2007, hai ủy viên BCH chuyển công tác về Tỉnh.\n`);
    expect(s).toEqual([['2005 · đầu nhiệm kỳ', 30, 9], ['5/2007 · chuyển công tác', 28, 9]]);
    expect(claims).toEqual([['bch', 30, 30, true], ['btv', 9, 9, true], ['bch', 28, 28, true]]);
    expect(d.dataset.annotations).toEqual([]);
  });

  it('a change no other sentence tells is drafted from the count sentence, with a finding', () => {
    const { d, steps: s, claims } = steps(`${head}Đến nay Ban Chấp hành còn 27 đồng chí (do nghỉ hưu 3), Ban Thường vụ còn 9 đồng chí.\n`);
    expect(s).toEqual([['2005 · đầu nhiệm kỳ', 30, 9], ['2010? · nghỉ hưu', 27, 9]]);
    expect(claims.every((c) => c[3])).toBe(true);
    const f = d.findings.find((x) => x.code === 'count-sentence-change')!;
    expect(f).toMatchObject({ paragraph: 3, params: { cause: 'retirement', n: 3, told: 0, drafted: 3 } });
    expect(draftFindingSentence(f, 'vi')).toContain('kể 3 người nghỉ hưu mà không câu nào khác kể');
    expect(draftFindingSentence(f, 'en')).toContain('retirements of 3 people that no other sentence tells');
  });

  it('more people in the count sentence than the other sentences tell: the rest is drafted', () => {
    const { d, steps: s } = steps(`${head}Năm 2008, một ủy viên BCH nghỉ hưu.\nĐến nay Ban Chấp hành còn 27 đồng chí (do nghỉ hưu 3).\n`);
    expect(s).toEqual([['2005 · đầu nhiệm kỳ', 30, 9], ['2008 · nghỉ hưu', 29, 9], ['2010? · nghỉ hưu', 27, 9]]);
    expect(d.findings.find((x) => x.code === 'count-sentence-change')?.params).toMatchObject({ n: 3, told: 1, drafted: 2 });
  });

  it('the change told first, then the count, in one sentence: the change keeps its posts; the count is a claim after it', () => {
    const { d, steps: s, claims } = steps(`${head}Năm 2008, đồng chí Phó Bí thư từ trần.\nNăm 2009, Ban Chấp hành bầu bổ sung đ/c Phó Bí thư và 1 ủy viên Ban Chấp hành, nay Ban Chấp hành có 31 đồng chí, Ban Thường vụ 9 đồng chí.\n`);
    expect(s).toEqual([['2005 · đầu nhiệm kỳ', 30, 9], ['2008 · từ trần', 29, 8], ['2009 · bầu bổ sung', 31, 9]]);
    expect(claims).toEqual([['bch', 30, 30, true], ['btv', 9, 9, true], ['bch', 31, 31, true], ['btv', 9, 9, true]]);
    const by = d.dataset.memberships.filter((m) => m.start_cause === 'by_election');
    expect(by.some((m) => m.post_id === 'pho-bi-thu')).toBe(true);
    expect(d.findings.map((f) => f.code)).not.toContain('count-sentence-change');
  });

  it('a change told first in a count sentence that another sentence already told: not counted again, a finding says so, claim ids stay unique', () => {
    const { d, steps: s, claims } = steps(`${head}Năm 2007, 2 ủy viên BCH nghỉ hưu, Ban Chấp hành còn 28 đồng chí.\nSau khi 2 đồng chí nghỉ hưu, Ban Chấp hành còn 26 đồng chí.\n`);
    expect(s).toEqual([['2005 · đầu nhiệm kỳ', 30, 9], ['2007 · nghỉ hưu', 28, 9]]);
    expect(claims).toEqual([['bch', 30, 30, true], ['btv', 9, 9, true], ['bch', 28, 28, true], ['bch', 26, 28, false]]);
    expect(new Set(d.dataset.claims.map((c) => c.id)).size).toBe(4);
    const f = d.findings.find((x) => x.code === 'count-sentence-change')!;
    expect(f).toMatchObject({ paragraph: 4, params: { cause: 'retirement', n: 2, told: 2, drafted: 0 } });
    expect(draftFindingSentence(f, 'en')).toContain('which other sentences already tell (2): not counted again');
  });

  it('English: a count sentence with a cause and no number drafts no change; the claims check shows it', () => {
    const text = 'Report of the Executive Committee of the Pine County Party organisation (2010-2015)\nAt the start of the term the Executive Committee had 25 members and the Standing Committee had 7 members.\nThe Executive Committee now has 22 members after some retired.\n';
    const { d, steps: s, claims } = steps(text, 'en');
    expect(s).toEqual([['2010 · start of term', 25, 7]]);
    expect(claims).toEqual([['bch', 25, 25, true], ['btv', 7, 7, true], ['bch', 22, 25, false]]);
    expect(d.findings.find((x) => x.code === 'count-sentence-change')).toMatchObject({ paragraph: 3, params: { cause: 'retirement', n: '', told: 0, drafted: 0 } });
    expect(d.dataset.persons.some((p) => /retire/i.test(p.name.en ?? ''))).toBe(false);
  });

  it('English: the change told by another sentence is counted once', () => {
    const text = 'Report of the Executive Committee of the Pine County Party organisation (2010-2015)\nAt the start of the term the Executive Committee had 25 members and the Standing Committee had 7 members.\nIn 2012, two members of the Executive Committee were transferred to the Province.\nTo date, the Executive Committee has 23 members, after two members were transferred, and the Standing Committee has 7 members.\n';
    const { steps: s, claims } = steps(text, 'en');
    expect(s).toEqual([['2010 · start of term', 25, 7], ['2012 · transfers', 23, 7]]);
    expect(claims.every((c) => c[3])).toBe(true);
  });
});
