import { describe, expect, it } from 'vitest';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { personHistory, roleTable } from '../../src/lib/model/history.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { memberPanelView } from '../../src/lib/view/member-panel.ts';
import { bodyCounts, claimText, vacanciesOfWhich } from '../../src/lib/view/counts.ts';
import { roleTableView } from '../../src/lib/view/role-table.ts';
import { sourceInfoView } from '../../src/lib/view/source-info.ts';
import { searchResultsView } from '../../src/lib/view/search.ts';
import { searchMembers } from '../../src/lib/model/search.ts';

const { dataset, timeline } = loadBuiltIn();

describe('memberPanelView', () => {
  it('the member removed from the roll: seated, then departed with the cause; citations and notes', () => {
    const v = memberPanelView(timeline, personHistory(timeline, 'uvtv-tuyen-giao'), 'en');
    expect(v.name).toBe('Standing member for propaganda and education');
    expect(v.anonymous).toBe(true);
    expect(v.inferredNote).toBeNull();
    expect(v.steps.map((s) => [s.when, s.status, s.what])).toEqual([
      ['1996', 'seated', 'EC › SC — Standing member for propaganda and education'],
      ['June 1996', 'departed', 'left: Removed from the party roll'],
      ['1998', 'departed', 'left: Removed from the party roll'],
      ['1999 · retirements', 'departed', 'left: Removed from the party roll'],
      ['1999 · by-election', 'departed', 'left: Removed from the party roll'],
    ]);
    expect(v.changes.map((c) => [c.date, c.what, c.cause])).toEqual([
      ['1996', 'joined EC', 'Elected'],
      ['1996', 'joined SC (Standing member for propaganda and education)', 'Elected'],
      ['June 1996', 'left EC', 'Removed from the party roll'],
      ['June 1996', 'left SC (Standing member for propaganda and education)', 'Removed from the party roll'],
    ]);
    // The removal is stated (paras 3-4); the reason of para 40 is an inferred identification,
    // an annotation of its own (removal-reason-1996-06), so these stated records carry none of it.
    expect(v.changes[0]!.citations).toBe('para 3, para 4');
    expect(v.changes.map((c) => c.note)).toEqual([null, null, null, null]);
    expect(v.changes.flatMap((c) => c.citationNotes)).toEqual([]);
    expect(v.bodyNotes).toEqual([]);
    // The reason is in the person's context: the annotation that names them, marked inferred, with its basis.
    expect(v.context.map((a) => [a.id, a.date, a.inferred])).toEqual([['removal-reason-1996-06', 'June 1996', true]]);
    expect(v.context[0]!.label).toMatch(/ \(inferred\)$/);
    expect(v.context[0]!.note).toMatch(/^The reason para 40 gives: a breach of the political criteria/);
    expect(v.context[0]!.basis).toMatch(/^Basis: Para 40 gives the reason .* This identification is inferred/);
    // "Stated facts only" hides it.
    expect(memberPanelView(timeline, personHistory(timeline, 'uvtv-tuyen-giao'), 'en', { statedOnly: true }).context).toEqual([]);
    // Nobody else is named by an annotation.
    expect(memberPanelView(timeline, personHistory(timeline, 'bi-thu-1996'), 'en').context).toEqual([]);
  });

  it('a member of the Standing Office sees its note: other Deputy Secretaries are not stated', () => {
    const v = memberPanelView(timeline, personHistory(timeline, 'bi-thu-1996'), 'en');
    expect(v.bodyNotes.map((n) => n.org)).toEqual(['tt']);
    expect(v.bodyNotes[0]!.text).toMatch(/^Standing Office: The chart draws only the Secretary and the Standing Deputy Secretary\b.*other Deputy Secretaries.*not stated/);
    const vi = memberPanelView(timeline, personHistory(timeline, 'bi-thu-1996'), 'vi');
    expect(vi.bodyNotes[0]!.text).toMatch(/^Thường trực: .*Phó Bí thư khác; văn bản không nêu/);
  });

  it('in Vietnamese, with locators as "đoạn", a transfer with its destination', () => {
    const v = memberPanelView(timeline, personHistory(timeline, 'uvtv-quan-su-1996'), 'vi');
    expect(v.changes[0]!.citations).toMatch(/^đoạn /);
    const end = v.changes.find((c) => c.key.endsWith('end'))!;
    expect(end.cause).toMatch(/^Chuyển công tác → /);
  });

  it('a reasoning text is given once, later changes refer back to it', () => {
    const v = memberPanelView(timeline, personHistory(timeline, 'pbt-tt-1996'), 'en');
    const withBasis = v.changes.filter((c) => c.basis);
    expect(withBasis.length).toBeGreaterThan(1);
    const firsts = new Map<string, number>();
    for (const c of withBasis) firsts.set(c.basis, (firsts.get(c.basis) ?? 0) + (c.basisFirst ? 1 : 0));
    expect([...firsts.values()].every((n) => n === 1)).toBe(true);
    expect(v.steps.at(-1)!.what).toBe('EC › SC › Standing Office — District Party Secretary');
    expect(v.steps.at(-1)!.inferred).toBe(true);
  });

  it('leads with what happened, one membership a line in date ranges, and how each ended', () => {
    const s = (id: string, lang: 'vi' | 'en') => memberPanelView(timeline, personHistory(timeline, id), lang).summary.map((l) => [l.text, l.inferred]);
    expect(s('bi-thu-1996', 'en')).toEqual([
      ['District 6 Party Executive Committee member, 1996 – 1999; retired in 1999', false],
      ['Standing Committee member, 1996 – 1999; retired in 1999', false],
      ['District Party Secretary, 1996 – 1999; retired in 1999', false],
    ]);
    expect(s('uvtv-tuyen-giao', 'en')[1]).toEqual(['Standing member for propaganda and education, 1996 – June 1996; removed from the party roll in June 1996', false]);
    expect(s('uvtv-tuyen-giao', 'vi')[0]).toEqual(['Ủy viên Ban Chấp hành Đảng bộ Quận 6, 1996 – 6/1996; xóa tên khỏi danh sách đảng viên tháng 6/1996', false]);
    expect(s('uvtv-quan-su-1996', 'vi')[1]).toEqual(['Ủy viên Thường vụ phụ trách quân sự, 1996 – 1998; chuyển công tác năm 1998 (cấp Thành phố)', false]);
    // A membership that lasts to the end, and one that began after the first step (how it began); the inferred ones marked.
    expect(s('pbt-tt-1996', 'en')).toEqual([
      ['District 6 Party Executive Committee member, from 1996', false],
      ['Standing Committee member, from 1996', false],
      ['Standing Deputy Secretary, 1996 – 1999; changed post in 1999', true],
      ['District Party Secretary, from 1999 (by-election)', true],
    ]);
    expect(s('bch-21', 'vi')[1]).toEqual(['Ủy viên Thường vụ phụ trách quân sự, từ 1999 (bầu bổ sung)', true]);
  });

  it('gathers the notes and the reasoning for the "Why inferred?" fold, each reasoning once', () => {
    const v = memberPanelView(timeline, personHistory(timeline, 'pbt-tt-1996'), 'en');
    expect(v.inferredNote).toMatch(/^One of the 11 start-of-term Standing members/);
    const bases = v.reasons.map((r) => r.basis).filter((b) => b !== '');
    expect(new Set(bases).size).toBe(bases.length);
    expect(bases.length).toBe(v.changes.filter((c) => c.basisFirst).length);
    expect(v.reasons.some((r) => r.note?.startsWith('This member is one of the 35 EC members stated in para 3'))).toBe(true);
    // A member with nothing inferred and no note has nothing to fold.
    expect(memberPanelView(timeline, personHistory(timeline, 'bch-05'), 'en').reasons).toEqual([]);
  });
});

describe('counts', () => {
  it('members, seats and vacancies per body, with the vacancies of the child bodies', () => {
    expect(bodyCounts(timeline, 2, 'en')).toEqual([
      { id: 'bch', name: 'District 6 Party Executive Committee', count: 30, seats: 35, detail: 'members · 35 seats, 5 vacant (2 of them in the SC)', note: null },
      { id: 'btv', name: 'Standing Committee', count: 9, seats: 11, detail: 'members · 11 seats, 2 vacant', note: null },
      {
        id: 'tt',
        name: 'Standing Office',
        count: 2,
        seats: null,
        detail: 'members · size not stated',
        note: 'The chart draws only the Secretary and the Standing Deputy Secretary, the two Standing Office posts the text names (para 6). Any other Deputy Secretaries the Standing Office may have had are not stated, so none is drawn or counted.',
      },
    ]);
    expect(bodyCounts(timeline, 2, 'vi')[2]!.detail).toBe('ủy viên · nguồn không nêu số lượng');
    expect(bodyCounts(timeline, 3, 'vi')[0]!.detail).toBe('ủy viên · số lượng 35, khuyết 7 (trong đó BTV khuyết 4)');
    expect(vacanciesOfWhich(timeline, 'bch', { bch: 7, btv: 4, tt: null }, 'vi')).toBe(' (trong đó BTV khuyết 4)');
    expect(vacanciesOfWhich(timeline, 'bch', { bch: 0, btv: 0 }, 'en')).toBe('');
    expect(vacanciesOfWhich(timeline, 'btv', { bch: 7, btv: 4 }, 'en')).toBe('');
  });

  it('stated counts checked, as sentences', () => {
    expect(checkClaims(timeline).map((c) => claimText(timeline, c, 'en'))).toEqual([
      'EC, 1996: the source gives 35, the data has 35 (1996 · start of term)',
      'SC, 1996: the source gives 11, the data has 11 (1996 · start of term)',
      // The report's counts: dated as far as the report's date is known (an interval, inferred), never as one month.
      'EC, between April 2000 and December 2000 (inferred): the source gives 32, the data has 32 (1999 · by-election)',
      'SC, between April 2000 and December 2000 (inferred): the source gives 10, the data has 10 (1999 · by-election)',
    ]);
    expect(checkClaims(timeline).map((c) => claimText(timeline, c, 'vi')).slice(2)).toEqual([
      'BCH, trong khoảng 4/2000–12/2000 (suy luận): nguồn nêu 32, dữ liệu có 32 (1999 · bầu bổ sung)',
      'BTV, trong khoảng 4/2000–12/2000 (suy luận): nguồn nêu 10, dữ liệu có 10 (1999 · bầu bổ sung)',
    ]);
  });
});

describe('role table, source, search results', () => {
  it('the military post: held, vacant while nobody held it, then the inferred successor', () => {
    const v = roleTableView(timeline, roleTable(timeline), 'en');
    expect(v.columns).toEqual(['1996', 'June 1996', '1998', '1999 · retirements', '1999 · by-election']);
    const r = v.rows.find((x) => x.postId === 'uvtv-quan-su')!;
    expect(r.label).toBe('Standing member for military affairs');
    expect(r.cells.map((c) => c.kind)).toEqual(['held', 'held', 'vacant', 'vacant', 'held']);
    expect(r.cells[4]).toEqual({ kind: 'held', holders: [{ id: 'bch-21', name: 'Executive Committee member 21' }], inferred: true });
  });

  it('the source line, its notes and annotations in date order', () => {
    const v = sourceInfoView(dataset, 'en');
    expect(v.sources[0]!.rest).toBe(
      ', Executive Committee of the District 6 Party organisation (review report). Report date: April 2000–December 2000 (inferred). Web page date: 20 January 2022.',
    );
    expect(v.notes[0]!.cites).toEqual(['para 2', 'para 3']);
    expect(sourceInfoView(dataset, 'vi').notes[0]!.cites).toEqual(['đoạn 2', 'đoạn 3']);
    const years = v.annotations.map((a) => Number(/\d{4}/.exec(a.date)?.[0]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('an inferred annotation is marked, with its basis; "stated facts only" hides it', () => {
    const all = sourceInfoView(dataset, 'en');
    const reason = all.annotations.find((a) => a.id === 'removal-reason-1996-06')!;
    expect(reason.inferred).toBe(true);
    expect(reason.date).toBe('June 1996');
    expect(reason.label).toMatch(/^Why the Standing member for propaganda and education was removed from the roll: .* \(inferred\)$/);
    expect(reason.basis).toMatch(/^Basis: Para 40 gives the reason/);
    expect(all.annotations.filter((a) => a.inferred).map((a) => a.id)).toEqual(['removal-reason-1996-06']);
    expect(all.annotations.find((a) => a.id === 'reprimand')).toMatchObject({ inferred: false, basis: '' });
    const vi = sourceInfoView(dataset, 'vi').annotations.find((a) => a.id === 'removal-reason-1996-06')!;
    expect(vi.label).toMatch(/ \(suy luận\)$/);
    expect(vi.basis).toMatch(/^Căn cứ: /);
    const stated = sourceInfoView(dataset, 'en', { statedOnly: true });
    expect(stated.annotations.map((a) => a.id)).toEqual(all.annotations.map((a) => a.id).filter((id) => id !== 'removal-reason-1996-06'));
  });

  it('lists at most `max` results with names and counts the rest', () => {
    const all = searchMembers(timeline, 'bch', { lang: 'en', diacritics: false });
    const v = searchResultsView(timeline, all, 'en', 5);
    expect(v.count).toBe(all.size);
    expect(v.listed).toHaveLength(5);
    expect(v.more).toBe(all.size - 5);
    const q = searchResultsView(timeline, searchMembers(timeline, 'quan su', { lang: 'en', diacritics: false }), 'en');
    expect(q).toEqual({
      count: 2,
      listed: [
        { id: 'uvtv-quan-su-1996', name: 'Standing member for military affairs (until 1998)' },
        { id: 'bch-21', name: 'Executive Committee member 21' },
      ],
      more: 0,
    });
  });
});
