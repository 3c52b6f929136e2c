/**
 * Rule "mood" (`rules/mood.ts`): a sentence that names a cause but tells no change (negated,
 * proposed, future) is listed as not understood with its reason, never read as a change (found by
 * the break-it tester: all three were read as real departures).
 */
import { describe, expect, it } from 'vitest';
import { notAChange, undoes } from '../../src/lib/draft/rules/mood.ts';
import { draftFromText } from '../../src/lib/draft/index.ts';
import { draftDatasetWords } from '../../src/lib/i18n/draft-words.ts';
import { NOT_A_CHANGE_WORDS } from '../../src/lib/i18n/draft-more-words.ts';

const reason = (s: string) => notAChange(s)?.reason ?? null;

describe('notAChange', () => {
  it('negated, proposed and future sentences, in Vietnamese', () => {
    expect(reason('năm 2001, không có ủy viên bch nào chuyển công tác.')).toBe('negated');
    expect(reason('không ai bị khai trừ.')).toBe('negated');
    expect(reason('năm 2002, btv đề nghị khai trừ 01 ủy viên bch nhưng thành ủy chưa quyết định.')).toBe('proposed');
    expect(reason('dự kiến 02 ủy viên bch sẽ nghỉ hưu vào năm 2006.')).toBe('future');
    expect(reason('đ/c x sắp nghỉ hưu.')).toBe('future');
  });
  it('and in English', () => {
    expect(reason('in 2001 no member was transferred.')).toBe('negated');
    expect(reason('the standing committee proposed to expel one member.')).toBe('proposed');
    expect(reason('two members will retire in 2006.')).toBe('future');
  });
  it('a change that happened is not caught', () => {
    expect(notAChange('theo đề nghị của btv, bch bầu bổ sung 2 ủy viên.')).toBe(null);
    expect(notAChange('do sắp xếp tổ chức, 2 đồng chí chuyển công tác.')).toBe(null);
    expect(notAChange('năm 1999, đ/c a xin thôi không tham gia bch.')).toBe(null);
    expect(notAChange('one member retired due to ill health.')).toBe(null);
    expect(notAChange('on the proposal of the standing committee, two members were by-elected.')).toBe(null);
    // Words after a cause do not undo it, except "not decided".
    const after = notAChange('đ/c x chuyển công tác, không được bầu lại.')!;
    expect(undoes(after, 'đ/c x '.length)).toBe(false);
    const undecided = notAChange('01 ủy viên bch bị khai trừ, thành ủy chưa quyết định.')!;
    expect([undecided.reason, undoes(undecided, 0)]).toEqual(['proposed', true]);
  });
});

describe('in a draft', () => {
  const text = [
    'Báo cáo kiểm điểm Ban Chấp hành Đảng bộ Quận 12 nhiệm kỳ 2000-2005',
    'Đại hội bầu Ban Chấp hành 30 ủy viên, Ban Thường vụ 9 ủy viên.',
    'Năm 2001, không có ủy viên BCH nào chuyển công tác.',
    'Năm 2002, Ban Thường vụ đề nghị khai trừ 01 ủy viên BCH nhưng Thành ủy chưa quyết định.',
    'Năm 2003, dự kiến 02 ủy viên BCH sẽ nghỉ hưu vào năm 2006.',
    'Năm 2004, 01 ủy viên BCH từ trần.',
    'Đến nay Ban Chấp hành còn 29 ủy viên, Ban Thường vụ còn 9 ủy viên.',
  ].join('\n');
  it('only the death is a change; the other three are not understood, with their reasons', () => {
    const d = draftFromText(text, { lang: 'vi', words: draftDatasetWords });
    expect(d.dataset.events.map((e) => [e.date, e.classification])).toEqual([['2000', 'congress'], ['2004', 'death']]);
    expect(d.notUnderstood.map((n) => [n.paragraph, n.reason])).toEqual([[3, 'negated'], [4, 'proposed'], [5, 'future']]);
    expect(d.check.reconciled).toBe(true);
    expect(d.check.steps.map((s) => s.counts.bch)).toEqual([30, 29]);
    expect(NOT_A_CHANGE_WORDS.en[d.notUnderstood[1]!.reason!]).toBe('only proposed, not decided');
  });
  it('a cause before the words that undo a later one is read; the sentence is listed too', () => {
    const d = draftFromText(['Báo cáo Quận 12 nhiệm kỳ 2000-2005', 'Đại hội bầu Ban Chấp hành 30 ủy viên.', 'Năm 2003, 02 ủy viên BCH nghỉ hưu, BTV sẽ đề nghị bầu bổ sung sau.'].join('\n'), { lang: 'vi', words: draftDatasetWords });
    expect(d.dataset.events.map((e) => e.classification)).toEqual(['congress', 'retirement']);
    expect(d.check.steps.map((s) => s.counts.bch)).toEqual([30, 28]);
    expect(d.notUnderstood.map((n) => [n.paragraph, n.reason])).toEqual([[3, 'proposed']]);
  });
  it('an English report', () => {
    const en = [
      'Report of the Executive Committee of the Hill District Party, term 2010-2015',
      'The congress elected an Executive Committee of 20 members, 7 of them on the Standing Committee.',
      'In 2011 no member was transferred.',
      'In 2012 two members retired.',
      'In 2013 the Standing Committee proposed to expel one member.',
      'Two members will retire in 2016.',
    ].join('\n');
    const d = draftFromText(en, { lang: 'en', words: draftDatasetWords });
    expect(d.dataset.events.map((e) => e.classification)).toEqual(['congress', 'retirement']);
    expect(d.notUnderstood.map((n) => [n.paragraph, n.reason])).toEqual([[3, 'negated'], [5, 'proposed'], [6, 'future']]);
  });
});
