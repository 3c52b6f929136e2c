/**
 * Dates in CSV cells: every accepted form, the day-month order (day first by default, detected
 * from a number over 12, set by the user), impossible and ambiguous dates as located errors.
 */
import { describe, expect, test } from 'vitest';
import { readDate, settleDayOrder, tokenizeDate, type DateToken } from '../../src/lib/io/csv-dates.ts';
import { brief, datasetOf, importFixture, importText, rendered } from './fixtures/csv/helpers.ts';

const tok = (s: string): DateToken => {
  const t = tokenizeDate(s);
  if (t === null || 'error' in t) throw new Error(`not a date token: ${s}`);
  return t;
};

describe('date forms', () => {
  test('every form, read day first', () => {
    const cases: [string, string][] = [
      ['1998', '1998'],
      ['1996-06', '1996-06'],
      ['1996-6', '1996-06'],
      ['6/1996', '1996-06'],
      ['06/1996', '1996-06'],
      ['1996-06-15', '1996-06-15'],
      ['15/6/1996', '1996-06-15'],
      ['15/06/1996', '1996-06-15'],
      ['15.6.1996', '1996-06-15'],
      ['15-6-1996', '1996-06-15'],
      ['1999?', '1999?'],
      ['6/1999?', '1999-06?'],
      [' 1996 - 06 ', '1996-06'],
    ];
    for (const [cell, text] of cases) expect([cell, readDate(tok(cell), true)]).toEqual([cell, { ok: true, text }]);
    expect(tokenizeDate('')).toBeNull();
    expect(tokenizeDate('1996/2000')).toEqual({ error: 'interval' });
    for (const bad of ['96', 'June 1996', '1996-06-15T00:00', '15/6/96', '1/2/3/1996', '19960615']) expect(tokenizeDate(bad)).toEqual({ error: 'format' });
  });

  test('the fixture with every form imports with the precision kept', () => {
    const r = importFixture('dates-all-forms.csv');
    expect(r.problems).toEqual([]);
    expect(datasetOf(r).memberships.map((m) => m.start_date)).toEqual([
      '1998',
      '1996-06',
      '1996-06',
      '1996-06',
      '1996-06-15',
      '1996-06-15',
      '1999?',
      '1996-06-15',
    ]);
  });

  test('settleDayOrder: user, file, default, conflict', () => {
    const t = ['5/6/1996', '13/6/1996', '6/13/1996'].map(tok);
    expect(settleDayOrder([t[0]!], false)).toEqual({ dayFirst: false, via: 'user', evidence: [] });
    expect(settleDayOrder([t[0]!, t[1]!])).toEqual({ dayFirst: true, via: 'file', evidence: [1] });
    expect(settleDayOrder([t[0]!, t[2]!])).toEqual({ dayFirst: false, via: 'file', evidence: [1] });
    expect(settleDayOrder([t[0]!])).toEqual({ dayFirst: true, via: 'default', evidence: [] });
    expect(settleDayOrder(t)).toEqual({ dayFirst: null, via: 'conflict', evidence: [1, 2] });
    // Same day and month is never ambiguous.
    expect(readDate(tok('5/5/1996'), null)).toEqual({ ok: true, text: '1996-05-05' });
    expect(readDate(tok('5/6/1996'), null)).toEqual({ ok: false, reason: 'ambiguous' });
  });
});

describe('day-month order in files', () => {
  test('day first by default, with a warning naming an example', () => {
    const r = importFixture('dates-ambiguous-only.csv');
    const d = datasetOf(r);
    expect(d.memberships.map((m) => [m.start_date, m.end_date])).toEqual([
      ['1996-06-05', '1998-04-03'],
      ['1996-08-07', undefined],
    ]);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-date-order-assumed' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “dates-ambiguous-only.csv”: 3 date(s) such as “5/6/1996” (line 2) were read day first (day/month/year), as written in Vietnam: no date in the file has a number over 12 to decide the order. If the file writes the month first, set the order to month/day/year when importing.',
      vi: 'Tệp “dates-ambiguous-only.csv”: 3 ngày như “5/6/1996” (dòng 2) được đọc theo thứ tự ngày trước (ngày/tháng/năm) như cách viết ở Việt Nam: trong tệp không có ngày nào có số lớn hơn 12 để xác định thứ tự. Nếu tệp ghi tháng trước, hãy chọn thứ tự tháng/ngày/năm khi nhập.',
    });
  });

  test('the user sets the order for an ambiguous-only file: month first, no warning', () => {
    const r = importFixture('dates-ambiguous-only.csv', { dayFirst: false });
    expect(r.problems).toEqual([]);
    expect(datasetOf(r).memberships.map((m) => [m.start_date, m.end_date])).toEqual([
      ['1996-05-06', '1998-03-04'],
      ['1996-07-08', undefined],
    ]);
    const dayFirst = importFixture('dates-ambiguous-only.csv', { dayFirst: true });
    expect(dayFirst.problems).toEqual([]);
    expect(datasetOf(dayFirst).memberships[0]!.start_date).toBe('1996-06-05');
  });

  test('month first detected from a second number over 12, with a warning', () => {
    const r = importFixture('dates-month-first.csv');
    expect(datasetOf(r).memberships.map((m) => m.start_date)).toEqual(['1996-05-06', '1996-06-15']);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-date-order-detected' }]);
    expect(rendered(r.problems[0]!).en).toBe(
      'File “dates-month-first.csv”: dates such as 5/6/1996 were read month first (month/day/year), because “6/15/1996” (line 3) can only be read that way; set the day–month order when importing if that is wrong.',
    );
  });

  test('day first detected from a first number over 12: no warning', () => {
    const r = importText('person,body,start\nA,BCH,5/6/1996\nB,BCH,13/6/1996\n');
    expect(r.problems).toEqual([]);
    expect(datasetOf(r).memberships.map((m) => m.start_date)).toEqual(['1996-06-05', '1996-06-13']);
  });

  test('a date impossible in the order used is an error with row and field, in en and vi', () => {
    const r = importFixture('date-impossible.csv');
    expect(r.ok).toBe(false);
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-bad-date', line: 2, row: 1, field: 'end' }]);
    expect(r.problems[0]!.params).toEqual({ value: '31/2/1999', reason: 'day', order: 'day-first', hint: 'order', month: 2, year: 1999, days: 28 });
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “date-impossible.csv”, line 2, row 1, field “end”: “31/2/1999”, read day first (day/month/year), is not a date: 2/1999 has 28 days; expected a day that exists. If the file writes the other order, set the day–month order when importing.',
      vi: 'Tệp “date-impossible.csv”, dòng 2, hàng 1, trường “end”: “31/2/1999”, đọc theo thứ tự ngày trước (ngày/tháng/năm), không phải ngày có thật: tháng 2/1999 có 28 ngày; cần một ngày có thật. Nếu tệp ghi theo thứ tự kia, hãy chọn thứ tự ngày–tháng khi nhập.',
    });
  });

  test('a month over 12 in the order the user set; ISO dates checked too', () => {
    const r = importText('person,body,start,end\nA,BCH,5/13/1996,1999-02-29\n', { dayFirst: true });
    expect(brief(r.problems)).toEqual([
      { severity: 'error', code: 'csv-bad-date', line: 2, row: 1, field: 'start' },
      { severity: 'error', code: 'csv-bad-date', line: 2, row: 1, field: 'end' },
    ]);
    expect(rendered(r.problems[0]!).en).toBe(
      'File “test.csv”, line 2, row 1, field “start”: “5/13/1996”, read day first (day/month/year), has month 13; expected a month from 1 to 12.',
    );
    expect(rendered(r.problems[1]!).en).toBe(
      'File “test.csv”, line 2, row 1, field “end”: “1999-02-29” is not a date: 2/1999 has 28 days; expected a day that exists.',
    );
    expect(rendered(r.problems[1]!).vi).toBe(
      'Tệp “test.csv”, dòng 2, hàng 1, trường “end”: “1999-02-29” không phải ngày có thật: tháng 2/1999 có 28 ngày; cần một ngày có thật.',
    );
    const interval = importText('person,body,start\nA,BCH,1996/2000\n');
    expect(rendered(interval.problems[0]!).en).toBe(
      'File “test.csv”, line 2, row 1, field “start”: “1996/2000” is an interval; expected a single date such as 1998, 6/1996, 1996-06, 15/6/1996 or 1996-06-15 (a trailing “?” marks an uncertain date).',
    );
  });

  test('an ambiguous date in a file that writes both orders is an error, not a guess', () => {
    const r = importFixture('dates-mixed.csv');
    expect(r.ok).toBe(false);
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-ambiguous-date', line: 4, row: 3, field: 'start' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “dates-mixed.csv”, line 4, row 3, field “start”: “5/6/1996” could be 1996-06-05 (day first) or 1996-05-06 (month first), and this file writes dates both ways (day first at line 2, month first at line 3); expected the date written as YYYY-MM-DD, or the day–month order set when importing.',
      vi: 'Tệp “dates-mixed.csv”, dòng 4, hàng 3, trường “start”: “5/6/1996” có thể là 1996-06-05 (ngày trước) hoặc 1996-05-06 (tháng trước), và tệp này ghi ngày theo cả hai cách (ngày trước ở dòng 2, tháng trước ở dòng 3); cần ghi ngày dạng YYYY-MM-DD, hoặc chọn thứ tự ngày–tháng khi nhập.',
    });
    // With the order set, the ambiguous date is read and the date that contradicts the order is impossible.
    const set = importFixture('dates-mixed.csv', { dayFirst: true });
    expect(brief(set.problems)).toEqual([{ severity: 'error', code: 'csv-bad-date', line: 3, row: 2, field: 'start' }]);
  });
});
