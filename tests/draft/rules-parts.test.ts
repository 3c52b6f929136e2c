/**
 * The rules for parts of a counted group (`rules/subsets.ts`), posts told after a person
 * (`rules/post-clause.ts`), the Standing Office's make-up (`rules/office.ts`, `build-office.ts`),
 * numbers a sentence of sizes did not use (`rules/counts-used.ts`) and a group's people
 * (`build-parts.ts`): inputs and outputs, and what is not read.
 */
import { describe, expect, it } from 'vitest';
import { findSubsetPhrases, levelsOf, readSubset } from '../../src/lib/draft/rules/subsets.ts';
import { findAssignment, findPostClause } from '../../src/lib/draft/rules/post-clause.ts';
import { findOfficeComposition } from '../../src/lib/draft/rules/office.ts';
import { countsLeftOver } from '../../src/lib/draft/rules/counts-used.ts';
import { officeStartHolders } from '../../src/lib/draft/build-office.ts';
import { groupMembers } from '../../src/lib/draft/build-parts.ts';
import type { SubjectFact } from '../../src/lib/draft/facts.ts';

const parts = (text: string) => readSubset(text)?.map((p) => [p.n, p.level, p.role.post?.id ?? null, text.slice(p.start, p.end)]) ?? null;

describe('subsets: a part of a counted group, no one new', () => {
  it.each([
    ['trong đó có 01 ủy viên ban thường vụ', [[1, 'btv', null, '01 ủy viên ban thường vụ']]],
    ['trong đó 02 ủy viên thường vụ', [[2, 'btv', null, '02 ủy viên thường vụ']]],
    ['gồm 01 uvtv và 2 ủy viên bch', [[1, 'btv', null, '01 uvtv'], [2, 'bch', null, '2 ủy viên bch']]],
    ['trong đó có đồng chí phó bí thư huyện ủy', [[1, 'tt', 'pho-bi-thu', 'đồng chí phó bí thư huyện ủy']]],
    ['một trong số đó là phó bí thư', [[1, 'tt', 'pho-bi-thu', 'phó bí thư']]],
    ['including one member of the standing committee', [[1, 'btv', null, 'one member of the standing committee']]],
    ['including the deputy secretary', [[1, 'tt', 'pho-bi-thu', 'the deputy secretary']]],
    ['one of them a standing committee member', [[1, 'btv', null, 'a standing committee member']]],
    ['two of them members of the standing committee', [[2, 'btv', null, 'members of the standing committee']]],
  ])('%s', (text, expected) => expect(parts(text)).toEqual(expected));
  it.each([
    'trong đó có đồng chí nguyễn văn an', // a name
    'trong đó có 01 chủ tịch hội nông dân', // a role outside the committee
    'trong đó có 01 đồng chí', // no body, no post
    'trong đó tập trung những công tác trọng tâm',
    'including two people from the city',
    'the deputy secretary',
  ])('%s: no subset', (text) => expect(readSubset(text)).toBeNull());
  it('finds subset phrases after a comma, outside brackets, up to the next comma or the end', () => {
    const s = '4 ủy viên bch, trong đó 01 ủy viên btv, đã nghỉ hưu';
    const found = findSubsetPhrases(s, 0, s.indexOf('nghỉ hưu'));
    expect(found.map((f) => s.slice(f.start, f.end))).toEqual(['trong đó 01 ủy viên btv']);
    const list = '3 đồng chí, gồm bí thư, phó bí thư thường trực và 01 uvtv';
    expect(findSubsetPhrases(list, 0, list.length).map((f) => f.parts.map((p) => p.role.post?.id ?? p.level))).toEqual([['bi-thu', 'pbt-tt', 'btv']]);
    const en = 'three members of the executive committee, including one member of the standing committee, ';
    expect(findSubsetPhrases(en, 0, en.length).map((f) => en.slice(f.start, f.end))).toEqual(['including one member of the standing committee']);
    const paren = '2 ủy viên (a, trong đó có 01 uvtv) ';
    expect(findSubsetPhrases(paren, 0, paren.length)).toEqual([]);
  });
  it('levelsOf: the first people take the parts’ levels; too many is said', () => {
    const btv = { n: 1, level: 'btv' as const, role: { level: 'btv' as const, post: null, role: null } };
    expect(levelsOf(3, 'bch', [btv])).toEqual({ levels: [{ level: 'btv', role: null }, { level: 'bch', role: null }, { level: 'bch', role: null }], tooMany: false });
    expect(levelsOf(1, 'bch', [btv, btv]).tooMany).toBe(true);
    // A part never lowers a level.
    expect(levelsOf(1, 'btv', [{ n: 1, level: 'bch', role: { level: 'bch', post: null, role: null } }]).levels[0]!.level).toBe('btv');
  });
});

describe('post clause: a post of the same person', () => {
  it.each([
    ['lê văn hải giữ chức phó bí thư thường trực', 10, 'pbt-tt'],
    ['bầu giữ chức phó bí thư thường trực', 0, 'pbt-tt'],
    ['và được phân công giữ chức bí thư quận ủy', 0, 'bi-thu'],
    ['hồ thị lan làm ủy viên thường vụ phụ trách tổ chức', 10, 'uvtv-to-chuc'],
    ['john tran to the standing committee as standing deputy secretary', 35, 'pbt-tt'],
    ['and elected her deputy secretary', 0, 'pho-bi-thu'],
  ])('%s', (phrase, start, post) => {
    const c = findPostClause(phrase);
    expect(c && [c.start, c.role.post?.id]).toEqual([start, post]);
  });
  it('a seat on the Standing Committee without a post is a clause too; a role outside the committee is not', () => {
    expect(findPostClause('trần an làm ủy viên ban thường vụ')).toMatchObject({ start: 7, role: { level: 'btv', post: null } });
    expect(findPostClause('trần an giữ chức chủ tịch hội nông dân')).toBeNull();
    expect(findPostClause('trần an làm ủy viên')).toBeNull();
    expect(findPostClause('nguyễn văn bình')).toBeNull();
  });
  it('a sentence that only assigns a post', () => {
    expect(findAssignment('đồng chí được phân công giữ chức phó bí thư thường trực.')).toMatchObject({ name: null, role: { post: { id: 'pbt-tt' } } });
    expect(findAssignment('đồng chí trương văn nghĩa được bầu giữ chức phó bí thư huyện ủy')).toMatchObject({ name: 'trương văn nghĩa', role: { post: { id: 'pho-bi-thu' } } });
    expect(findAssignment('he was assigned as standing deputy secretary.')).toMatchObject({ name: null, role: { post: { id: 'pbt-tt' } } });
    expect(findAssignment('đồng chí được phân công phụ trách khối dân vận.')).toBeNull();
    expect(findAssignment('ban thường vụ đã phân công lại nhiệm vụ cho các đồng chí ủy viên.')).toBeNull();
  });
});

describe('office: the Standing Office’s make-up', () => {
  const items = (t: string) => findOfficeComposition(t)?.items.map((i) => [i.kind, i.n]) ?? null;
  it.each([
    ['ban thường vụ 13 đồng chí, trong đó có đồng chí bí thư và 2 đồng chí phó bí thư.', [['bi-thu', 1], ['pho-bi-thu', 2]]],
    ['btv gồm 11 ủy viên (đồng chí bí thư, 01 đồng chí phó bí thư thường trực và 01 đồng chí phó bí thư).', [['bi-thu', 1], ['pbt-tt', 1], ['pho-bi-thu', 1]]],
    ['thường trực quận ủy gồm bí thư và hai phó bí thư', [['bi-thu', 1], ['pho-bi-thu', 2]]],
    ['the standing committee had 9 members, including the secretary, one standing deputy secretary and one deputy secretary.', [['bi-thu', 1], ['pbt-tt', 1], ['pho-bi-thu', 1]]],
    ['the standing committee had 11 members, including the secretary and two deputy secretaries', [['bi-thu', 1], ['pho-bi-thu', 2]]],
  ])('%s', (t, expected) => expect(items(t)).toEqual(expected));
  it.each([
    'ban chấp hành gồm 41 ủy viên, trong đó có 13 ủy viên ban thường vụ.',
    'ban chấp hành có 31 ủy viên, trong đó ban thường vụ có 9 ủy viên.',
    'ban chấp hành có bí thư quận đoàn và chủ tịch hội nông dân.',
    'trong đó có đồng chí bí thư và 2 đồng chí nữ.',
  ])('%s: no make-up', (t) => expect(findOfficeComposition(t)).toBeNull());
  it('the range covers the list only (the sizes before it are read apart)', () => {
    const t = 'ban thường vụ 13 đồng chí, trong đó có đồng chí bí thư và 2 đồng chí phó bí thư.';
    const c = findOfficeComposition(t)!;
    expect(t.slice(c.start, c.end)).toBe('trong đó có đồng chí bí thư và 2 đồng chí phó bí thư');
  });
  const span = { paragraph: 2, start: 0, end: 5 };
  it('start holders to add: the make-up less the holders the changes name', () => {
    const made = [{ kind: 'bi-thu' as const, n: 1, span }, { kind: 'pho-bi-thu' as const, n: 2, span }];
    // The Standing Deputy Secretary named by a change is one of the two Deputy Secretaries.
    expect(officeStartHolders(made, ['pbt-tt']).holders.map((h) => [h.kind, h.index, h.seats])).toEqual([['bi-thu', 1, 1], ['pho-bi-thu', 1, 1]]);
    expect(officeStartHolders(made, []).holders.map((h) => [h.kind, h.index, h.seats])).toEqual([['bi-thu', 1, 1], ['pho-bi-thu', 1, 2], ['pho-bi-thu', 2, 2]]);
    expect(officeStartHolders(made, ['bi-thu', 'pho-bi-thu', 'pbt-tt', 'pho-bi-thu']).more).toEqual({ named: 4, stated: 3 });
    // Listed apart, the Standing Deputy Secretary is not a Deputy Secretary.
    const apart = [{ kind: 'pbt-tt' as const, n: 1, span }, { kind: 'pho-bi-thu' as const, n: 1, span }];
    expect(officeStartHolders(apart, ['pbt-tt', null]).holders.map((h) => h.kind)).toEqual(['pho-bi-thu']);
  });
});

describe('counts used: a sentence of sizes holds nothing unread', () => {
  it('a number of people no count used, or two numbers for one body', () => {
    expect(countsLeftOver('btv 13 đồng chí, 2 đồng chí', [{ body: 'btv', n: 13, start: 4, end: 15 }, { body: 'btv', n: 2, start: 17, end: 27 }], [])).toBe(true);
    expect(countsLeftOver('bch có 31 ủy viên, 7 người', [{ body: 'bch', n: 31, start: 7, end: 17 }], [])).toBe(true);
    expect(countsLeftOver('bch có 31 ủy viên', [{ body: 'bch', n: 31, start: 7, end: 17 }], [])).toBe(false);
    expect(countsLeftOver('bch có 31 ủy viên; btv 9 ủy viên', [{ body: 'bch', n: 31, start: 7, end: 17 }, { body: 'btv', n: 9, start: 23, end: 32 }], [])).toBe(false);
  });
});

describe('a group’s people', () => {
  const group = (over: Partial<SubjectFact>): SubjectFact => ({ kind: 'group', n: 3, level: 'bch', role: null, roleText: null, areaText: null, name: null, listed: [], span: { paragraph: 1, start: 0, end: 1 }, ...over });
  it('a subset places its first people; a list in brackets wins; too many is a difference', () => {
    const sp = { paragraph: 1, start: 5, end: 9 };
    const deputy = { level: 'tt' as const, post: { id: 'pho-bi-thu', kind: 'pho-bi-thu' as const, area: null, areaStart: 0, joiner: 'other' as const }, role: null };
    const g = groupMembers(group({ subset: [{ n: 1, level: 'tt', role: deputy, span: sp }] }));
    expect(g.members.map((m) => [m.level, m.post?.post?.id ?? null, m.span])).toEqual([['tt', 'pho-bi-thu', sp], ['bch', null, null], ['bch', null, null]]);
    expect(g.differs).toBeNull();
    const over = groupMembers(group({ n: 1, subset: [{ n: 2, level: 'btv', role: { level: 'btv', post: null, role: null }, span: sp }] }));
    expect(over.differs).toEqual({ listed: 2, stated: 1 });
    const listed = groupMembers(group({ n: 2, listed: [{ role: { level: 'btv', post: null, role: null }, text: 'UVTV', areaText: null, span: sp }] }));
    expect(listed.members.map((m) => m.level)).toEqual(['btv', 'bch']);
    expect(listed.differs).toEqual({ listed: 1, stated: 2 });
  });
});
