/**
 * "The counts reconcile" only when counts were checked, and Load only when something can be drawn
 * (found by the break-it tester: garbage text, a single line and every record rejected showed a
 * green "reconcile", and Load failed with "Bad date ''"); counts of four digits are read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DraftReview, type DraftTarget } from '../../src/lib/state/draft-review.svelte.ts';
import { inThreadDrafter } from '../../src/lib/state/draft-drafters.ts';
import { TaskState } from '../../src/lib/state/task.svelte.ts';
import { checkStatus, draftFromText, loadBlockOf } from '../../src/lib/draft/index.ts';
import { draftDatasetWords } from '../../src/lib/i18n/draft-words.ts';
import { DRAFT_MORE_WORDS } from '../../src/lib/i18n/draft-more-words.ts';
import { findPeopleCounts } from '../../src/lib/draft/rules/people.ts';
import { numberValue } from '../../src/lib/draft/rules/numbers.ts';

function review() {
  const loads: string[] = [];
  const app: DraftTarget = { lang: 'en', importReport: null, task: new TaskState(), async importValue(_v, name) { loads.push(name); } };
  return { r: new DraftReview(app, inThreadDrafter), loads };
}
const draft = (text: string) => draftFromText(text, { lang: 'vi', words: draftDatasetWords });

describe('nothing to check, nothing to load', () => {
  it('garbage text: nothing checked, Load off with the reason', async () => {
    const { r, loads } = review();
    r.text = 'lorem ipsum dolor sit amet';
    await r.draftText();
    expect(r.check?.reconciled).toBe(true); // what the green line used to say
    expect(r.checkStatus).toBe('nothing');
    expect(r.loadBlock).toEqual({ reason: 'no-members' });
    await r.load();
    expect(loads).toEqual([]);
    expect(DRAFT_MORE_WORDS.en.loadBlocked(r.loadBlock!)).toBe('Cannot load yet: the draft has no members to draw (no start-of-term size was read, or every record was rejected).');
  });
  it('a start size without the term years: members, but dates missing, so Load is off (it failed with "Bad date")', async () => {
    const { r, loads } = review();
    r.text = 'BCH có 35 ủy viên.';
    await r.draftText();
    expect(r.checkStatus).toBe('holds');
    expect(r.loadBlock?.reason).toBe('problems');
    expect(r.loadBlock && 'count' in r.loadBlock ? r.loadBlock.count : 0).toBe(37);
    await r.load();
    expect(loads).toEqual([]);
  });
  it('every record rejected: nothing to check and nothing to draw', async () => {
    const { r, loads } = review();
    r.text = readFileSync('tests/fixtures/reports/huyen-nha-be.txt', 'utf8');
    await r.draftText();
    expect(r.checkStatus).toBe('holds');
    expect(r.loadBlock).toBe(null);
    for (const x of r.records) r.decide(x.id, 'reject');
    expect(r.checkStatus).toBe('nothing');
    expect(r.loadBlock).toEqual({ reason: 'no-members' });
    await r.load();
    expect(loads).toEqual([]);
    r.acceptAll();
    await r.load();
    expect(loads).toHaveLength(1);
  });
  it('checkStatus and loadBlockOf on their own', () => {
    const d = draft('Nhiệm kỳ 1996-2000. BCH có 35 ủy viên. Năm 1998, 2 ủy viên BCH nghỉ hưu. Đến nay BCH còn 34 ủy viên.');
    expect(checkStatus(d.check)).toBe('fails');
    expect(checkStatus({ ...d.check, claims: [] })).toBe('nothing');
    expect(loadBlockOf(d.dataset, [])).toBe(null);
    expect(loadBlockOf(d.dataset, [{ severity: 'warning' }, { severity: 'error' }])).toEqual({ reason: 'problems', count: 1 });
  });
});

describe('counts of four digits', () => {
  it('are read, with or without a thousands separator', () => {
    expect(numberValue('1000')).toBe(1000);
    expect(numberValue('1.000')).toBe(1000);
    expect(numberValue('3,000')).toBe(3000);
    expect(findPeopleCounts('bch có 3000 ủy viên, 1.000 ủy viên btv').map((p) => [p.n, p.body])).toEqual([[3000, null], [1000, 'btv']]);
    const d = draft('Nhiệm kỳ 1996-2000. BCH có 1000 ủy viên, Ban Thường vụ có 9 ủy viên.');
    expect(d.check.claims.map((c) => [c.organization_id, c.stated, c.holds])).toEqual([['bch', 1000, true], ['btv', 9, true]]);
  });
  it('a larger number is not a count: the sentence is listed as not understood', () => {
    const d = draft('Nhiệm kỳ 1996-2000. BCH có 12345 ủy viên.');
    expect(d.check.claims).toEqual([]);
    expect(d.notUnderstood.map((n) => n.sentence)).toEqual(['BCH có 12345 ủy viên.']);
  });
  it('a year before a noun of people is not a count', () => {
    expect(findPeopleCounts('năm 1998 ủy viên bch nguyễn văn a nghỉ hưu')).toEqual([]);
    expect(findPeopleCounts('nhiệm kỳ 1996-2000 ủy viên')).toEqual([]);
  });
});
