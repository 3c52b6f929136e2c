/**
 * Dates that name no real day, month or quarter, and changes dated outside the term (found by the
 * break-it tester: "31/2/1997" became an invalid record, "tháng 13/1997" and "0/0/1998" silently
 * the year, and a change of 2035 in a 1996-2000 report was drawn without a word).
 */
import { describe, expect, it } from 'vitest';
import { badDateAt, findBadDates } from '../../src/lib/draft/rules/bad-dates.ts';
import { findDates } from '../../src/lib/draft/rules/dates.ts';
import { draftFromText } from '../../src/lib/draft/index.ts';
import { draftDatasetWords, draftFindingSentence } from '../../src/lib/i18n/draft-words.ts';

describe('bad dates', () => {
  it('are found whole, and real ones are not', () => {
    expect(badDateAt('ngày 31/2/1997, x', 0)).toEqual({ start: 0, end: 14 });
    expect(badDateAt('29/2/1997', 0)).toEqual({ start: 0, end: 9 });
    expect(badDateAt('29/2/2000', 0)).toBe(null);
    expect(badDateAt('ngày 28/2/1997', 0)).toBe(null);
    expect(badDateAt('tháng 13/1997', 0)).toEqual({ start: 0, end: 13 });
    expect(badDateAt('tháng 12/1997', 0)).toBe(null);
    expect(badDateAt('quý v/1998', 0)).toEqual({ start: 0, end: 10 });
    expect(badDateAt('quý iv/1998', 0)).toBe(null);
    expect(badDateAt('ngày 0/0/1998', 0)).toEqual({ start: 0, end: 13 });
    expect(findBadDates('quyết định số 13/1997 ngày 31/4/1997')).toEqual([{ start: 22, end: 36 }]);
  });
  it('are not read in part as another date', () => {
    expect(findDates('ngày 31/2/1997, 01 ủy viên')).toEqual([]);
    expect(findDates('tháng 13/1997, 01 ủy viên')).toEqual([]);
    expect(findDates('ngày 0/0/1998')).toEqual([]);
    expect(findDates('quý v/1998')).toEqual([]);
    expect(findDates('ngày 28/2/1997').map((d) => d.value)).toEqual(['1997-02-28']);
  });
});

describe('in a draft', () => {
  const text = [
    'Báo cáo kiểm điểm Ban Chấp hành Đảng bộ Quận 12 nhiệm kỳ 1996-2000',
    'Đại hội bầu Ban Chấp hành 40 ủy viên, Ban Thường vụ 12 ủy viên.',
    'Ngày 31/2/1997, 01 ủy viên BCH nghỉ hưu.',
    'Tháng 13/1997, 01 ủy viên BCH chuyển công tác.',
    'Năm 2035, 01 ủy viên BCH từ trần.',
    'Năm 1990, 01 ủy viên BCH xin thôi.',
  ].join('\n');
  const d = draftFromText(text, { lang: 'vi', words: draftDatasetWords });
  it('a bad date is a finding at its paragraph, and no record carries an invalid date', () => {
    const bad = d.findings.filter((f) => f.code === 'date-not-a-date');
    expect(bad.map((f) => [f.paragraph, f.params.written])).toEqual([[3, 'Ngày 31/2/1997'], [4, 'Tháng 13/1997']]);
    expect(d.dataset.events.map((e) => e.date)).not.toContain('1997-02-31');
    expect(d.findings.some((f) => f.code === 'dataset-problem' && f.params.problem === 'bad-date')).toBe(false);
    expect(draftFindingSentence(bad[0]!, 'vi')).toBe('Đoạn 3: “Ngày 31/2/1997” không phải một ngày có thật; thay đổi của câu này không lấy ngày đó. Sửa ngày trong văn bản (ví dụ ngày 28/2/1997, tháng 12/1997, quý IV/1998) hoặc sửa ngày của sự kiện khi xem lại.');
  });
  it('a change outside the term is a finding with its paragraph and how to fix it', () => {
    const out = d.findings.filter((f) => f.code === 'change-outside-term');
    expect(out.map((f) => [f.paragraph, f.params.date, f.params.side])).toEqual([[5, '2035', 'after'], [6, '1990', 'before']]);
    expect(draftFindingSentence(out[0]!, 'en')).toBe('Para 5: A change is dated 2035, after the report’s date (the term runs from 1996 to 2000). Check the year in the text, or edit the event’s date in the review (or reject it if it is not in the term).');
  });
  it('a report within its term has none', () => {
    const ok = draftFromText(text.split('\n').slice(0, 2).join('\n') + '\nNgày 28/2/1997, 01 ủy viên BCH nghỉ hưu.', { lang: 'vi', words: draftDatasetWords });
    expect(ok.findings.filter((f) => f.code === 'date-not-a-date' || f.code === 'change-outside-term')).toEqual([]);
  });
});
