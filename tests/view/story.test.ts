/**
 * The page's headline (`view/story.ts`): the built-in dataset's story from its stated counts, in
 * both languages, and small datasets that take each path (no claims, a body that did not change,
 * several top bodies, one step, a body grown).
 */
import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import type { Dataset, Membership, Organization } from '../../src/lib/model/types.ts';
import { storyBodies, storyCounts, storyDescription, storyHeadline } from '../../src/lib/view/story.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { timeline } = loadBuiltIn();
const claims = checkClaims(timeline);

describe('the built-in dataset', () => {
  test('names the Executive Committee and its Standing Committee, not the Standing Office', () => {
    expect(storyBodies(timeline).map((b) => [b.org.id, b.child])).toEqual([
      ['bch', false],
      ['btv', true],
    ]);
  });

  test('counts: 35 → 32 and 11 → 10, the end counts the report states (2000)', () => {
    expect(storyCounts(timeline, claims)).toEqual([
      { org: 'bch', from: 35, to: 32, toStated: true, toYear: 2000, child: false },
      { org: 'btv', from: 11, to: 10, toStated: true, toYear: 2000, child: true },
    ]);
  });

  test('the headline in Vietnamese and English', () => {
    expect(storyHeadline(timeline, claims, 'vi')).toBe(
      '1996–2000: Ban Chấp hành Đảng bộ Quận 6 từ 35 còn 32 ủy viên, Ban Thường vụ Quận ủy từ 11 còn 10.',
    );
    expect(storyHeadline(timeline, claims, 'en')).toBe(
      '1996–2000: the District 6 Party Executive Committee went from 35 to 32 members, its Standing Committee from 11 to 10.',
    );
  });

  test('the description on one line', () => {
    const d = storyDescription(timeline, 'en');
    expect(d.startsWith('How the District 6 Party Executive Committee')).toBe(true);
    expect(d).not.toMatch(/\n/);
  });
});

/** A dataset of bodies and of people who sit in them from one year to another (end: absent = to the last step). */
function dataset(orgs: Organization[], sits: [string, string, string, string?][], claimsOf: Dataset['claims'] = []): Dataset {
  const persons = [...new Set(sits.map((s) => s[0]))].map((id) => ({ id, name: { vi: id, en: id } }));
  const memberships: Membership[] = sits.map(([person_id, organization_id, start_date, end_date], i) => ({
    id: `m${i}`,
    person_id,
    organization_id,
    start_date,
    ...(end_date ? { end_date, end_cause: 'retirement' as const } : {}),
  }));
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'story-fixture',
    title: { vi: 'Thử', en: 'Test' },
    sources: [],
    organizations: orgs,
    persons,
    posts: [],
    memberships,
    events: [],
    claims: claimsOf,
    annotations: [],
  };
}

const board = (name: string, id = 'board', parent: string | null = null): Organization => ({ id, parent_id: parent, name: { vi: name, en: name } });

describe('any dataset', () => {
  test('computed counts when there is no claim; a body that grew', () => {
    const ds = dataset([board('Board of Trustees')], [['a', 'board', '2001'], ['b', 'board', '2001'], ['c', 'board', '2003']]);
    const tl = buildTimeline(ds);
    expect(storyCounts(tl, checkClaims(tl))).toEqual([{ org: 'board', from: 2, to: 3, toStated: false, toYear: 2003, child: false }]);
    expect(storyHeadline(tl, checkClaims(tl), 'en')).toBe('2001–2003: the Board of Trustees went from 2 to 3 members.');
    expect(storyHeadline(tl, checkClaims(tl), 'vi')).toBe('2001–2003: Board of Trustees từ 2 lên 3 thành viên.');
  });

  test('a body whose size did not change (one left, one came)', () => {
    const ds = dataset([board('The Board')], [['a', 'board', '2001', '2004'], ['b', 'board', '2001'], ['c', 'board', '2004']]);
    const tl = buildTimeline(ds);
    expect(storyHeadline(tl, checkClaims(tl), 'en')).toBe('2001–2004: The Board kept its 2 members.');
    expect(storyHeadline(tl, checkClaims(tl), 'vi')).toBe('2001–2004: The Board giữ nguyên 2 thành viên.');
  });

  test('several top bodies are named side by side, not as "its"', () => {
    const ds = dataset(
      [board('Senate', 'senate'), board('Assembly', 'assembly')],
      [['a', 'senate', '2001'], ['b', 'assembly', '2001'], ['c', 'assembly', '2002'], ['d', 'senate', '2001', '2002']],
    );
    const tl = buildTimeline(ds);
    expect(storyHeadline(tl, checkClaims(tl), 'en')).toBe('2001–2002: the Senate went from 2 to 1 member, the Assembly from 1 to 2.');
  });

  test('one step: what each body had', () => {
    const ds = dataset([board('Council', 'council'), board('Bureau', 'bureau', 'council')], [['a', 'council', '2010'], ['b', 'council', '2010'], ['b', 'bureau', '2010']]);
    const tl = buildTimeline(ds);
    expect(tl.steps.length).toBe(1);
    expect(storyHeadline(tl, checkClaims(tl), 'en')).toBe('2010: the Council had 2 members, its Bureau 1.');
  });

  test('a stated end count wins over the computed one, and dates the period', () => {
    const ds = dataset([board('Board')], [['a', 'board', '2001'], ['b', 'board', '2001', '2002']], [
      { id: 'c1', organization_id: 'board', date: '2005', count: 4 },
    ]);
    const tl = buildTimeline(ds);
    expect(storyHeadline(tl, checkClaims(tl), 'en')).toBe('2001–2005: the Board went from 2 to 4 members.');
  });
});

describe('bodyKind: what members are called in the Vietnamese headline', () => {
  test('ủy viên of a committee, đại biểu of an assembly, thành viên of a board', async () => {
    const { bodyKind } = await import('../../src/lib/view/story.ts');
    const org = (name: string, classification?: string) => ({ id: 'x', name: { vi: name }, ...(classification ? { classification } : {}) });
    expect(bodyKind(org('Ban Chấp hành Đảng bộ Quận 6', 'executive committee'))).toBe('committee');
    expect(bodyKind(org('Ban Thường vụ Huyện ủy'))).toBe('committee');
    expect(bodyKind(org('Riigikogu', 'legislature'))).toBe('assembly');
    expect(bodyKind(org('Hội đồng nhân dân Tỉnh'))).toBe('assembly');
    expect(bodyKind(org('Hội đồng quản trị'))).toBe('other');
    expect(bodyKind(undefined)).toBe('other');
  });
});
