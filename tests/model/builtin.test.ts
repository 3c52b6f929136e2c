/** The built-in dataset (data/quan6-1996-2000.json) against its facts (`data/README.md`, sections 2 and 3: counts per step, the 1999 by-election, the paragraph map). */
import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { changesCaption, diff } from '../../src/lib/model/diff.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { personHistory, roleTable } from '../../src/lib/model/history.ts';
import type { Transition } from '../../src/lib/model/timeline-types.ts';
import { builtin } from './fixtures.ts';

const tl = buildTimeline(builtin());
const snap = (i: number) => tl.snapshotAt(i);
const at = (a: number, b: number) => diff(snap(a), snap(b));

describe('steps', () => {
  test('five steps from the listed events', () => {
    expect(tl.steps.map((s) => s.event.id)).toEqual([
      'congress-1996', 'removal-1996-06', 'transfer-1998', 'retirement-1999', 'by-election-1999',
    ]);
    expect(tl.steps.map((s) => s.dateLabel)).toEqual(['1996', '6/1996', '1998', '1999 (1)', '1999 (2)']);
    expect(tl.steps.map((_, i) => tl.valueText(i, 'vi'))).toEqual(['1996', '6/1996', '1998', '1999 · nghỉ hưu', '1999 · bầu bổ sung']);
    expect(new Set(tl.steps.map((s) => s.label.vi)).size).toBe(5);
    expect(new Set(tl.steps.map((s) => s.label.en)).size).toBe(5);
  });
});

describe('counts and vacancies', () => {
  test('counts per step bch/btv/tt = 35/11/2, 34/10/2, 30/9/2, 28/7/1, 32/10/2', () => {
    expect(tl.steps.map((_, i) => snap(i).counts)).toEqual([
      { bch: 35, btv: 11, tt: 2 },
      { bch: 34, btv: 10, tt: 2 },
      { bch: 30, btv: 9, tt: 2 },
      { bch: 28, btv: 7, tt: 1 },
      { bch: 32, btv: 10, tt: 2 },
    ]);
    expect(tl.countSeries.get('bch')).toEqual([35, 34, 30, 28, 32]);
    expect(tl.countSeries.get('btv')).toEqual([11, 10, 9, 7, 10]);
    expect(tl.countSeries.get('tt')).toEqual([2, 2, 2, 1, 2]);
  });
  test('vacancies: bch 0,1,5,7,3; btv 0,1,2,4,1; tt has no seats', () => {
    expect(tl.steps.map((_, i) => snap(i).vacancies)).toEqual([
      { bch: 0, btv: 0, tt: null },
      { bch: 1, btv: 1, tt: null },
      { bch: 5, btv: 2, tt: null },
      { bch: 7, btv: 4, tt: null },
      { bch: 3, btv: 1, tt: null },
    ]);
  });
  test('caption counts before → after', () => {
    const c = (i: number) => changesCaption(tl, i, 'vi').counts.map((x) => [x.label, x.before, x.after]);
    expect(c(0)).toEqual([['BCH', 0, 35], ['BTV', 0, 11]]);
    expect(c(1)).toEqual([['BCH', 35, 34], ['BTV', 11, 10]]);
    expect(c(2)).toEqual([['BCH', 34, 30], ['BTV', 10, 9]]);
    expect(c(3)).toEqual([['BCH', 30, 28], ['BTV', 9, 7]]);
    expect(c(4)).toEqual([['BCH', 28, 32], ['BTV', 7, 10]]);
    expect(changesCaption(tl, 3, 'en').allCounts.map((x) => [x.org, x.label, x.before, x.after, x.seats, x.changed])).toEqual([
      ['bch', 'EC', 30, 28, 35, true],
      ['btv', 'SC', 9, 7, 11, true],
      ['tt', 'Standing Office', 2, 1, null, true],
    ]);
  });
});

describe('who sits where', () => {
  test('step 4', () => {
    const s = snap(4);
    expect(s.seats.get('bch-20')).toMatchObject({ organizations: ['bch', 'btv'], innermost: 'btv', post_ids: ['uvtv-to-chuc'], inferred: true });
    expect(s.seats.get('bch-21')).toMatchObject({ innermost: 'btv', post_ids: ['uvtv-quan-su'] });
    expect(s.seats.get('pbt-tt-1996')).toMatchObject({ organizations: ['bch', 'btv', 'tt'], innermost: 'tt', post_ids: ['bi-thu'] });
    expect(s.seats.get('pbt-tt-1999')).toMatchObject({ organizations: ['bch', 'btv', 'tt'], innermost: 'tt', post_ids: ['pbt-tt'] });
    expect(s.seats.get('pho-chu-nhiem-ubkt')).toMatchObject({ organizations: ['bch'], innermost: 'bch', post_ids: [] });
    expect(s.postHolders.get('bi-thu')).toEqual(['pbt-tt-1996']);
    expect(s.postHolders.get('pbt-tt')).toEqual(['pbt-tt-1999']);
    expect(s.postHolders.get('uvtv-tuyen-giao')).toEqual([]);
    expect([...s.members.get('tt')!].sort()).toEqual(['pbt-tt-1996', 'pbt-tt-1999']);
  });
  test('step 0', () => {
    const s = snap(0);
    expect(s.seats.get('bi-thu-1996')).toMatchObject({ innermost: 'tt', post_ids: ['bi-thu'] });
    expect(s.seats.get('pbt-tt-1996')).toMatchObject({ innermost: 'tt', post_ids: ['pbt-tt'] });
    expect(s.seats.get('uvtv-tuyen-giao')).toMatchObject({ innermost: 'btv', post_ids: ['uvtv-tuyen-giao'] });
    expect(s.seats.get('bch-20')).toMatchObject({ organizations: ['bch'], innermost: 'bch', post_ids: [] });
    expect(s.seats.has('pbt-tt-1999')).toBe(false);
    expect(s.departed.size).toBe(0);
    expect([...s.members.get('tt')!].sort()).toEqual(['bi-thu-1996', 'pbt-tt-1996']);
  });
  test('step 3: nobody holds bi-thu, tt has one member', () => {
    expect(snap(3).postHolders.get('bi-thu')).toEqual([]);
    expect([...snap(3).members.get('tt')!]).toEqual(['pbt-tt-1996']);
  });
});

describe('departed by cause', () => {
  const byCause = (i: number) =>
    Object.fromEntries(
      [...snap(i).departed.values()].reduce((m, d) => m.set(d.cause, [...(m.get(d.cause) ?? []), d.person_id].sort()), new Map<string, string[]>()),
    );
  test('step by step', () => {
    expect(byCause(0)).toEqual({});
    expect(byCause(1)).toEqual({ removed_from_roll: ['uvtv-tuyen-giao'] });
    const transfers = ['bi-thu-quan-doan', 'ct-hoi-phu-nu', 'gd-cty-xd', 'uvtv-quan-su-1996'];
    expect(byCause(2)).toEqual({ removed_from_roll: ['uvtv-tuyen-giao'], transfer: transfers });
    const full = { removed_from_roll: ['uvtv-tuyen-giao'], transfer: transfers, retirement: ['bi-thu-1996', 'uvtv-pct-hdnd'] };
    expect(byCause(3)).toEqual(full);
    expect(byCause(4)).toEqual(full);
  });
  test('departure details', () => {
    expect(snap(4).departed.get('uvtv-quan-su-1996')).toEqual({
      person_id: 'uvtv-quan-su-1996', cause: 'transfer', step: 2, organization_id: 'bch',
      destination: { vi: 'cấp Thành phố', en: 'City level' }, last_post_ids: ['uvtv-quan-su'], inferred: false,
    });
    expect(snap(4).departed.get('bi-thu-1996')).toMatchObject({ cause: 'retirement', step: 3, last_post_ids: ['bi-thu'] });
    expect(snap(1).departed.get('uvtv-tuyen-giao')).toMatchObject({ cause: 'removed_from_roll', step: 1, last_post_ids: ['uvtv-tuyen-giao'] });
  });
});

describe('transitions', () => {
  const exitT = (person_id: string, from: string, post_ids: string[], cause: string | null): Transition =>
    ({ kind: 'exit', person_id, from, post_ids, cause }) as Transition;
  const enterT = (person_id: string, to: string, post_ids: string[], cause: string | null, fromTray: boolean): Transition =>
    ({ kind: 'enter', person_id, to, post_ids, cause, fromTray }) as Transition;

  test('0 → 1', () => {
    expect(at(0, 1)).toEqual([exitT('uvtv-tuyen-giao', 'btv', ['uvtv-tuyen-giao'], 'removed_from_roll')]);
  });
  test('1 → 2', () => {
    expect(at(1, 2)).toEqual([
      exitT('bi-thu-quan-doan', 'bch', [], 'transfer'),
      exitT('ct-hoi-phu-nu', 'bch', [], 'transfer'),
      exitT('gd-cty-xd', 'bch', [], 'transfer'),
      exitT('uvtv-quan-su-1996', 'btv', ['uvtv-quan-su'], 'transfer'),
    ]);
  });
  test('2 → 3', () => {
    expect(at(2, 3)).toEqual([
      exitT('bi-thu-1996', 'tt', ['bi-thu'], 'retirement'),
      exitT('uvtv-pct-hdnd', 'btv', ['uvtv-pct-hdnd'], 'retirement'),
    ]);
  });
  test('3 → 4', () => {
    expect(at(3, 4)).toEqual([
      { kind: 'move', person_id: 'bch-20', from: 'bch', to: 'btv', from_posts: [], to_posts: ['uvtv-to-chuc'] },
      { kind: 'move', person_id: 'bch-21', from: 'bch', to: 'btv', from_posts: [], to_posts: ['uvtv-quan-su'] },
      { kind: 'role', person_id: 'pbt-tt-1996', org: 'tt', from_posts: ['pbt-tt'], to_posts: ['bi-thu'] },
      enterT('pbt-tt-1999', 'tt', ['pbt-tt'], 'by_election', false),
      enterT('pct-ubnd', 'bch', [], 'by_election', false),
      enterT('pho-chu-nhiem-ubkt', 'bch', [], 'by_election', false),
      enterT('truong-ban-bvctnb', 'bch', [], 'by_election', false),
    ]);
  });
  test('jump 0 → 4', () => {
    expect(at(0, 4)).toEqual([
      { kind: 'move', person_id: 'bch-20', from: 'bch', to: 'btv', from_posts: [], to_posts: ['uvtv-to-chuc'] },
      { kind: 'move', person_id: 'bch-21', from: 'bch', to: 'btv', from_posts: [], to_posts: ['uvtv-quan-su'] },
      exitT('bi-thu-1996', 'tt', ['bi-thu'], 'retirement'),
      exitT('bi-thu-quan-doan', 'bch', [], 'transfer'),
      exitT('ct-hoi-phu-nu', 'bch', [], 'transfer'),
      exitT('gd-cty-xd', 'bch', [], 'transfer'),
      { kind: 'role', person_id: 'pbt-tt-1996', org: 'tt', from_posts: ['pbt-tt'], to_posts: ['bi-thu'] },
      enterT('pbt-tt-1999', 'tt', ['pbt-tt'], 'by_election', false),
      enterT('pct-ubnd', 'bch', [], 'by_election', false),
      enterT('pho-chu-nhiem-ubkt', 'bch', [], 'by_election', false),
      enterT('truong-ban-bvctnb', 'bch', [], 'by_election', false),
      exitT('uvtv-pct-hdnd', 'btv', ['uvtv-pct-hdnd'], 'retirement'),
      exitT('uvtv-quan-su-1996', 'btv', ['uvtv-quan-su'], 'transfer'),
      exitT('uvtv-tuyen-giao', 'btv', ['uvtv-tuyen-giao'], 'removed_from_roll'),
    ]);
  });
  test('jump 4 → 0 (back): the departed come back from their trays, the newcomers leave with no cause', () => {
    expect(at(4, 0)).toEqual([
      { kind: 'move', person_id: 'bch-20', from: 'btv', to: 'bch', from_posts: ['uvtv-to-chuc'], to_posts: [] },
      { kind: 'move', person_id: 'bch-21', from: 'btv', to: 'bch', from_posts: ['uvtv-quan-su'], to_posts: [] },
      enterT('bi-thu-1996', 'tt', ['bi-thu'], 'elected', true),
      enterT('bi-thu-quan-doan', 'bch', [], 'elected', true),
      enterT('ct-hoi-phu-nu', 'bch', [], 'elected', true),
      enterT('gd-cty-xd', 'bch', [], 'elected', true),
      { kind: 'role', person_id: 'pbt-tt-1996', org: 'tt', from_posts: ['bi-thu'], to_posts: ['pbt-tt'] },
      exitT('pbt-tt-1999', 'tt', ['pbt-tt'], null),
      exitT('pct-ubnd', 'bch', [], null),
      exitT('pho-chu-nhiem-ubkt', 'bch', [], null),
      exitT('truong-ban-bvctnb', 'bch', [], null),
      enterT('uvtv-pct-hdnd', 'btv', ['uvtv-pct-hdnd'], 'elected', true),
      enterT('uvtv-quan-su-1996', 'btv', ['uvtv-quan-su'], 'elected', true),
      enterT('uvtv-tuyen-giao', 'btv', ['uvtv-tuyen-giao'], 'elected', true),
    ]);
  });
  test('a step to itself changes nothing', () => {
    for (let i = 0; i < 5; i++) expect(at(i, i)).toEqual([]);
  });
});

describe('claims and validation', () => {
  test('every claim holds', () => {
    expect(checkClaims(tl).map((c) => [c.claim.id, c.step, c.via, c.stated, c.computed, c.holds])).toEqual([
      ['claim-bch-1996', 0, 'event', 35, 35, true],
      ['claim-btv-1996', 0, 'event', 11, 11, true],
      ['claim-bch-report', 4, 'date', 32, 32, true],
      ['claim-btv-report', 4, 'date', 10, 10, true],
    ]);
  });
  test('zero validation problems', () => {
    expect(validateDataset(builtin())).toEqual([]);
  });
});

describe('role table and history', () => {
  const rows = roleTable(tl);
  const kinds = (post: string) => rows.find((r) => r.post.id === post)!.cells.map((c) => (c.kind === 'held' ? c.person_ids.join('+') : c.kind));
  test('rows in dataset order', () => {
    expect(rows.map((r) => r.post.id)).toEqual(['bi-thu', 'pbt-tt', 'uvtv-tuyen-giao', 'uvtv-quan-su', 'uvtv-to-chuc', 'uvtv-pct-hdnd']);
  });
  test('cells: held, vacant only between a known holder and a known successor, else not stated', () => {
    expect(kinds('uvtv-to-chuc')).toEqual(['not_stated', 'not_stated', 'not_stated', 'not_stated', 'bch-20']);
    expect(kinds('uvtv-quan-su')).toEqual(['uvtv-quan-su-1996', 'uvtv-quan-su-1996', 'vacant', 'vacant', 'bch-21']);
    expect(kinds('bi-thu')).toEqual(['bi-thu-1996', 'bi-thu-1996', 'bi-thu-1996', 'vacant', 'pbt-tt-1996']);
    expect(kinds('uvtv-tuyen-giao')).toEqual(['uvtv-tuyen-giao', 'not_stated', 'not_stated', 'not_stated', 'not_stated']);
    expect(kinds('pbt-tt')).toEqual(['pbt-tt-1996', 'pbt-tt-1996', 'pbt-tt-1996', 'pbt-tt-1996', 'pbt-tt-1999']);
    expect(kinds('uvtv-pct-hdnd')).toEqual(['uvtv-pct-hdnd', 'uvtv-pct-hdnd', 'uvtv-pct-hdnd', 'not_stated', 'not_stated']);
    const pbt = rows.find((r) => r.post.id === 'pbt-tt')!.cells[0]!;
    expect(pbt).toMatchObject({ kind: 'held', inferred: true });
    expect(rows.find((r) => r.post.id === 'uvtv-quan-su')!.cells[0]).toMatchObject({ kind: 'held', inferred: false });
  });
  test('person history: the Standing Deputy Secretary who became Secretary', () => {
    const h = personHistory(tl, 'pbt-tt-1996');
    expect(h.person?.anonymous).toBe(true);
    expect(h.steps.map((s) => [s.status, s.innermost, s.post_ids.join()])).toEqual([
      ['seated', 'tt', 'pbt-tt'], ['seated', 'tt', 'pbt-tt'], ['seated', 'tt', 'pbt-tt'], ['seated', 'tt', 'pbt-tt'], ['seated', 'tt', 'bi-thu'],
    ]);
    expect(h.changes.map((c) => [c.membership_id, c.kind, c.step, c.cause, c.certainty])).toEqual([
      ['m-pbt-tt-1996-bch', 'start', 0, 'elected', 'stated'],
      ['m-pbt-tt-1996-btv', 'start', 0, 'elected', 'stated'],
      ['m-pbt-tt-1996-tt-pbt-tt', 'start', 0, 'elected', 'inferred'],
      ['m-pbt-tt-1996-tt-pbt-tt', 'end', 4, 'promoted', 'inferred'],
      ['m-pbt-tt-1996-tt-bi-thu', 'start', 4, 'by_election', 'inferred'],
    ]);
    expect(h.changes[4]!.basis?.en).toMatch(/Standing Deputy Secretary/);
  });
  test('person history: transferred to the City', () => {
    const h = personHistory(tl, 'uvtv-quan-su-1996');
    expect(h.steps.map((s) => s.status)).toEqual(['seated', 'seated', 'departed', 'departed', 'departed']);
    const end = h.changes.find((c) => c.kind === 'end')!;
    expect(end).toMatchObject({ step: 2, cause: 'transfer', destination: { vi: 'cấp Thành phố', en: 'City level' }, stated_date: '1998' });
    expect(end.citations.map((c) => c.locator)).toContain('para 5');
    expect(end.date.text).toBe('1998');
  });
  test('person history: a 1999 newcomer is not yet there before step 4', () => {
    expect(personHistory(tl, 'pct-ubnd').steps.map((s) => s.status)).toEqual(['not_yet', 'not_yet', 'not_yet', 'not_yet', 'seated']);
  });
});
