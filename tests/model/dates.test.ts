import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  DateError,
  compareDates,
  dayNumber,
  formatDate,
  formatDateRange,
  isAfter,
  lowerBound,
  mayCoincide,
  parseDate,
  parseDateRange,
  upperBound,
} from '../../src/lib/model/dates.ts';

describe('parseDate', () => {
  test('year, month and day precision', () => {
    expect(parseDate('1996')).toEqual({ text: '1996', year: 1996, month: null, day: null, precision: 'year', uncertain: false });
    expect(parseDate('1996-06')).toEqual({ text: '1996-06', year: 1996, month: 6, day: null, precision: 'month', uncertain: false });
    expect(parseDate('1996-06-15')).toEqual({ text: '1996-06-15', year: 1996, month: 6, day: 15, precision: 'day', uncertain: false });
  });
  test('uncertain and white space', () => {
    expect(parseDate(' 1999? ')).toEqual({ text: '1999?', year: 1999, month: null, day: null, precision: 'year', uncertain: true });
    expect(parseDate('2000-02-29').day).toBe(29);
  });
  test.each([
    ['1996-13', 'month', 'Bad month in "1996-13": 13; expected 01 to 12.'],
    ['1996-00', 'month', 'Bad month in "1996-00": 00; expected 01 to 12.'],
    ['abc', 'format', 'Bad date "abc"; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by "?" (e.g. "1996", "1996-06", "1999?").'],
    ['1996-6', 'format', 'Bad date "1996-6"; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by "?" (e.g. "1996", "1996-06", "1999?").'],
    ['1996-02-30', 'day', 'Bad day in "1996-02-30": 30; 1996-02 has days 01 to 29.'],
    ['1900-02-29', 'day', 'Bad day in "1900-02-29": 29; 1900-02 has days 01 to 28.'],
    ['1996-04-31', 'day', 'Bad day in "1996-04-31": 31; 1996-04 has days 01 to 30.'],
    ['', 'empty', 'Empty date; expected a date such as "1996", "1996-06" or "1996-06-15".'],
    ['1996/2000', 'interval', 'Interval "1996/2000" where a single date is expected ("1996", "1996-06" or "1996-06-15").'],
  ])('rejects %j (%s)', (text, reason, message) => {
    let err: unknown;
    try {
      parseDate(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DateError);
    expect((err as DateError).reason).toBe(reason);
    expect((err as DateError).message).toBe(message);
    expect((err as DateError).text).toBe(text);
  });
});

describe('parseDateRange', () => {
  test('single date and interval', () => {
    expect(parseDateRange('1996-06')).toEqual({ start: parseDate('1996-06'), end: null });
    expect(parseDateRange('1996/2000')).toEqual({ start: parseDate('1996'), end: parseDate('2000') });
    expect(parseDateRange('2000-04/2000-12').end?.month).toBe(12);
  });
  test('errors', () => {
    expect(() => parseDateRange('2000/1996')).toThrow('Bad interval "2000/1996": it ends (1996) before it starts (2000).');
    expect(() => parseDateRange('1996/')).toThrow('Bad interval "1996/"; expected two dates joined by "/", e.g. "1996/2000".');
    expect(() => parseDateRange('1996/2000-13')).toThrow(DateError);
  });
});

describe('bounds and ordering', () => {
  test('day numbers are computed arithmetically', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
    expect(dayNumber(1996, 12, 31) - dayNumber(1996, 1, 1)).toBe(365);
  });
  test('lower and upper bounds', () => {
    expect(lowerBound(parseDate('1996'))).toBe(dayNumber(1996, 1, 1));
    expect(upperBound(parseDate('1996'))).toBe(dayNumber(1996, 12, 31));
    expect(upperBound(parseDate('1996-02'))).toBe(dayNumber(1996, 2, 29));
    expect(lowerBound(parseDate('1996-06-15'))).toBe(upperBound(parseDate('1996-06-15')));
  });
  test('compareDates sorts by lower bound, then coarser precision first', () => {
    const texts = ['1998', '1996-06', '1996-01-01', '1996', '1999?', '1999', '1996-01', '1996-06-15'];
    const sorted = texts.map(parseDate).sort(compareDates).map((d) => d.text);
    expect(sorted).toEqual(['1996', '1996-01', '1996-01-01', '1996-06', '1996-06-15', '1998', '1999', '1999?']);
    expect(compareDates(parseDate('1999'), parseDate('1999'))).toBe(0);
  });
  test('isAfter means definitely after', () => {
    expect(isAfter(parseDate('1997'), parseDate('1996'))).toBe(true);
    expect(isAfter(parseDate('1996-06'), parseDate('1996'))).toBe(false); // inside 1996
    expect(isAfter(parseDate('1997-01-01'), parseDate('1996-12'))).toBe(true);
    expect(isAfter(parseDate('1996'), parseDate('1996-06'))).toBe(false);
    expect(mayCoincide(parseDate('1996'), parseDate('1996-06-15'))).toBe(true);
    expect(mayCoincide(parseDate('1998'), parseDate('1999'))).toBe(false);
  });
});

describe('formatDate', () => {
  test('caption style; a full date spells the month in English (1/7/2015 is ambiguous there)', () => {
    expect(formatDate(parseDate('1996-06-15'), 'vi')).toBe('15/6/1996');
    expect(formatDate(parseDate('2015-07-01'), 'en')).toBe('1 July 2015');
    expect(formatDate(parseDate('2015-07-01?'), 'en')).toBe('1 July 2015?');
    for (const lang of ['vi', 'en']) {
      expect(formatDate(parseDate('1996'), lang)).toBe('1996');
      expect(formatDate(parseDate('1999?'), lang)).toBe('1999?');
    }
    // Vietnamese writes month/year; English spells the month out ("June 1996", not "6/1996").
    expect(formatDate(parseDate('1996-06'), 'vi')).toBe('6/1996');
    expect(formatDate(parseDate('1996-06?'), 'vi')).toBe('6/1996?');
    expect(formatDate(parseDate('1996-06'), 'en')).toBe('June 1996');
    expect(formatDate(parseDate('1996-06?'), 'en')).toBe('June 1996?');
    expect(formatDate(parseDate('2000-12'), 'en')).toBe('December 2000');
    expect(formatDateRange(parseDateRange('1996/2000'))).toBe('1996–2000');
    expect(formatDateRange(parseDateRange('2000-04'))).toBe('4/2000');
  });
});

test('no JS Date in the model', () => {
  const dir = new URL('../../src/lib/model/', import.meta.url);
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.ts')) continue;
    const src = readFileSync(new URL(f, dir), 'utf8');
    expect(src, f).not.toMatch(/new Date\b|Date\.(now|parse|UTC)\b|getTimezoneOffset|toLocale/);
  }
});
