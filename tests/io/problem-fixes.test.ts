/**
 * Every problem code says how to fix the file, in Vietnamese and English, after its own sentence
 * (`src/lib/i18n/problem-fixes.ts`, shown by `formatImportProblem` in the app and the CLI).
 */
import { describe, expect, test } from 'vitest';
import { formatImportProblem, importProblemSentence, registeredCodes } from '../../src/lib/io/problems.ts';
import { importFile } from '../../src/lib/io/import.ts';
import { BOUND_CODES } from '../../src/lib/io/bounds.ts';
import '../../src/lib/io/csv.ts';
import { PROBLEM_CODES } from '../../src/lib/model/problems.ts';
import { codesWithFix, problemFix } from '../../src/lib/i18n/problem-fixes.ts';

const ALL = [...new Set([...PROBLEM_CODES, ...registeredCodes(), ...BOUND_CODES])];

describe('how to fix', () => {
  test('every registered problem code has a fix sentence in vi and in en', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(68);
    for (const lang of ['vi', 'en'] as const) {
      const have = new Set(codesWithFix(lang));
      expect(ALL.filter((c) => !have.has(c))).toEqual([]);
    }
  });

  test('the fixes are NFC, end with a full stop, and write Vietnamese tone marks in one style (ủy, hòa)', () => {
    for (const code of ALL) {
      for (const lang of ['vi', 'en'] as const) {
        const f = problemFix(code, lang);
        expect(f.normalize('NFC')).toBe(f);
        expect(f).toMatch(/\.$/);
      }
      // Old style puts the mark on the last vowel of an open "oa", "oe", "uy" syllable: hoà, uỷ.
      expect(problemFix(code, 'vi')).not.toMatch(/(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zà-ỹđ])/iu);
    }
    expect(problemFix('seats-out-of-range', 'vi')).toContain('ủy viên');
  });

  test('the fix follows the problem’s sentence, in the app and the command line alike', () => {
    const d = JSON.parse(JSON.stringify({ format: 'committee-history', format_version: 1, id: 'x', title: { vi: 'X' }, language: 'vi', sources: [], organizations: [{ id: 'bch', name: { vi: 'Ban Chấp hành' }, parent_id: null, seats: 10001 }], persons: [], posts: [], memberships: [], events: [], claims: [], annotations: [], notes: [] })) as unknown;
    const r = importFile('s.json', new TextEncoder().encode(JSON.stringify(d)));
    const p = r.problems[0]!;
    expect(formatImportProblem(p, 'en')).toBe(
      'File “s.json”, at /organizations/0/seats: the number of seats is 10001; expected a whole number from 0 to 10000. To fix: Write the number of seats the source gives, e.g. 35; leave it out when the source gives none.',
    );
    expect(formatImportProblem(p, 'vi')).toBe(
      'Tệp “s.json”, tại /organizations/0/seats: số ghế là 10001; cần một số nguyên từ 0 đến 10000. Cách sửa: Ghi đúng số ghế theo nguồn, ví dụ 35 ủy viên Ban Chấp hành; bỏ trống nếu nguồn không nêu.',
    );
    expect(formatImportProblem(p, 'en').startsWith(importProblemSentence(p, 'en'))).toBe(true);
  });

  test('a model problem (more members than seats) in a CSV file: sentence, then fix', () => {
    const r = importFile('b.csv', new TextEncoder().encode('person,body,seats,start\nAn,BCH,1,1996\nBình,BCH,,1997\n'));
    expect(formatImportProblem(r.problems[0]!, 'vi')).toBe(
      'Tệp “b.csv”, dòng 2, hàng 1, trường “seats”: Tổ chức “BCH” có 2 thành viên tại bước “1997” (chỉ số 1), nhiều hơn 1 ghế; tối đa là 1. Cách sửa: Kiểm tra số ghế của cơ quan và ngày kết thúc của những người đã rời khỏi cơ quan trong khóa.',
    );
  });
});
