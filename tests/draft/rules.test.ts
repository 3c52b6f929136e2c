/** Each reading rule of src/lib/draft/ with its inputs and outputs, and the paragraph numbering. */
import { describe, expect, it } from 'vitest';
import { splitParagraphs, paragraphAt } from '../../src/lib/draft/paragraphs.ts';
import { normalizeForMatch, cleanLabel, originalSpan } from '../../src/lib/draft/normalize.ts';
import { splitSentences } from '../../src/lib/draft/sentences.ts';
import { numberValue } from '../../src/lib/draft/rules/numbers.ts';
import { findPeopleCounts } from '../../src/lib/draft/rules/people.ts';
import { findBodies, bodyOf } from '../../src/lib/draft/rules/bodies.ts';
import { findDates, findTerm, findTermNumbers } from '../../src/lib/draft/rules/dates.ts';
import { findCauses, findDiscipline } from '../../src/lib/draft/rules/causes.ts';
import { parseRole, slug } from '../../src/lib/draft/rules/roles.ts';

describe('paragraphs', () => {
  it('numbers lines with visible text from 1, with their offsets', () => {
    const text = 'Title\n\n \u00a0\nA line.\r\nB';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => [p.n, p.start, p.end, p.text])).toEqual([
      [1, 0, 5, 'Title'],
      [2, 10, 17, 'A line.'],
      [3, 19, 20, 'B'],
    ]);
    expect(paragraphAt(ps, 12)?.n).toBe(2);
    expect(paragraphAt(ps, 7)).toBeNull();
  });
});

describe('matching text', () => {
  it('reads both tone placements, Ð and NFD as one, keeping the offsets', () => {
    expect(normalizeForMatch('Xoá tên UỶ viên, hoà').text).toBe('xóa tên ủy viên, hòa');
    expect(normalizeForMatch('Ðảng').text).toBe('đảng');
    expect(normalizeForMatch('quý').text).toBe('quý');
    expect(normalizeForMatch('hoàn').text).toBe('hoàn');
    const nfd = 'Uy\u0309 viên';
    const n = normalizeForMatch(nfd);
    expect(n.text).toBe('ủy viên');
    expect(originalSpan(n, 3, 7)).toEqual({ start: 4, end: 8 });
    expect(cleanLabel('Phó Chủ nhiệm uỷ Ban  kiểm tra')).toBe('Phó Chủ nhiệm ủy Ban kiểm tra');
  });
  it('cuts sentences at stops and semicolons, not inside brackets or after abbreviations', () => {
    const t = 'năm 1998, x nghỉ hưu (a. b). đến nay tp. hcm có; y.';
    expect(splitSentences(t).map((r) => t.slice(r.start, r.end))).toEqual(['năm 1998, x nghỉ hưu (a. b).', 'đến nay tp. hcm có;', 'y.']);
  });
});

describe('numbers and people', () => {
  it.each([
    ['01', 1],
    ['3', 3],
    ['ba', 3],
    ['mười', 10],
    ['mười một', 11],
    ['mười lăm', 15],
    ['ba mươi lăm', 35],
    ['hai mươi mốt', 21],
    ['eleven', 11],
    ['mười mốt', null],
  ])('%s → %s', (w, n) => expect(numberValue(w)).toBe(n));
  it('counts people with the body after the noun', () => {
    expect(findPeopleCounts('và 4 ủy viên bch nghỉ hưu').map((p) => [p.n, p.body, p.start, p.end])).toEqual([[4, 'bch', 3, 16]]);
    expect(findPeopleCounts('hai đồng chí nghỉ hưu').map((p) => [p.n, p.body])).toEqual([[2, null]]);
    expect(findPeopleCounts('01 ủy viên thường vụ').map((p) => [p.n, p.body])).toEqual([[1, 'btv']]);
    expect(findPeopleCounts('two members of the executive committee').map((p) => [p.n, p.body])).toEqual([[2, 'bch']]);
    expect(findPeopleCounts('năm 1998 có 350 đảng viên')).toEqual([]);
  });
});

describe('bodies', () => {
  it.each([
    ['ban chấp hành', 'bch'],
    ['bch', 'bch'],
    ['ban thường vụ', 'btv'],
    ['ban tvqu', 'btv'],
    ['btv', 'btv'],
    ['ttqu', 'tt'],
    ['thường trực quận ủy', 'tt'],
    ['standing committee', 'btv'],
  ])('%s → %s', (name, key) => expect(bodyOf(name)).toBe(key));
  it('finds them in order', () => {
    expect(findBodies('hiện bch có 40 người; ban tvqu có 12').map((b) => [b.body, b.start])).toEqual([
      ['bch', 5],
      ['btv', 22],
    ]);
  });
});

describe('dates', () => {
  const one = (t: string) => findDates(t).map((d) => [d.value, d.label, d.precision]);
  it.each([
    ['tháng 6/1996, x', [['1996-06', '6/1996', 'month']]],
    ['tháng 6 năm 1996', [['1996-06', '6/1996', 'month']]],
    ['năm 1998, x', [['1998', '1998', 'year']]],
    ['đầu năm 2000', [['2000', 'đầu năm 2000', 'part']]],
    ['cuối năm 1999', [['1999', 'cuối năm 1999', 'part']]],
    ['quý ii/1997', [['1997', 'quý II/1997', 'quarter']]],
    ['ngày 12/3/1997', [['1997-03-12', '12/3/1997', 'day']]],
    ['trong nhiệm kỳ, x', [['term', 'term', 'term']]],
    ['in march 2011', [['2011-03', '3/2011', 'month']]],
    ['late 2013', [['2013', 'cuối năm 2013', 'part']]],
  ])('%s', (t, expected) => expect(one(t)).toEqual(expected));
  it('the term: its years and its number', () => {
    expect(findTerm('bch nhiệm kỳ vii (1996-2000)')).toMatchObject({ startYear: '1996', endYear: '2000' });
    expect(findTerm('năm 1996-1990')).toBeNull();
    expect(findTermNumbers('bch nhiệm kỳ vii gồm; khóa 8').map((x) => x.ordinal)).toEqual(['VII', '8']);
  });
});

describe('causes and discipline', () => {
  it.each([
    ['bị xóa tên khỏi danh sách', 'removed_from_roll'],
    ['bị khai trừ', 'expelled'],
    ['nghỉ hưu', 'retirement'],
    ['từ trần', 'death'],
    ['từ chức', 'resignation'],
    ['xin thôi tham gia', 'resignation'],
    ['bị miễn nhiệm', 'dismissed'],
    ['bị cách chức', 'dismissed'],
    ['bch bầu bổ sung bí thư', 'by_election'],
    ['chỉ định bổ sung', 'appointed'],
    ['was transferred to the province', 'transfer'],
    ['retired', 'retirement'],
  ])('%s → %s', (t, cause) => expect(findCauses(t).map((c) => c.cause)).toEqual([cause]));
  it('a transfer keeps where to', () => {
    expect(findCauses('hai đồng chí được điều động lên tỉnh (đ/c a)')[0]!.destination?.text).toBe('tỉnh');
    expect(findCauses('2 ủy viên chuyển công tác sang quận 5, 1 ủy viên nghỉ hưu').map((c) => [c.cause, c.destination?.text ?? null])).toEqual([
      ['transfer', 'quận 5'],
      ['retirement', null],
    ]);
  });
  it('a reprimand or a warning is discipline', () => {
    expect(findDiscipline('một ủy viên ban chấp hành bị kỷ luật khiển trách').map((d) => d.kind)).toEqual(['reprimand']);
    expect(findDiscipline('bị kỷ luật cảnh cáo').map((d) => d.kind)).toEqual(['warning']);
    expect(findCauses('bị kỷ luật khiển trách')).toEqual([]);
  });
});

describe('roles', () => {
  it.each([
    ['uvtv phụ trách tuyên giáo', 'btv', 'uvtv-tuyen-giao', null],
    ['ủy viên thường vụ - trưởng ban dân vận', 'btv', 'uvtv-truong-ban-dan-van', null],
    ['bí thư quận ủy', 'tt', 'bi-thu', null],
    ['bí thư', 'tt', 'bi-thu', null],
    ['phó bí thư thường trực', 'tt', 'pbt-tt', null],
    ['phó bí thư', 'tt', 'pho-bi-thu', null],
    ['bí thư quận đoàn', 'bch', null, 'bí thư quận đoàn'],
    ['ủy viên bch', 'bch', null, null],
    ['standing member for organisation', 'btv', 'uvtv-organisation', null],
  ])('%s', (p, level, post, role) => {
    const r = parseRole(p)!;
    expect([r.level, r.post?.id ?? null, r.role]).toEqual([level, post, role]);
  });
  it('a body alone names no one', () => expect(parseRole('bch')).toBeNull());
  it('slugs', () => expect(slug('Đoàn tuyên giáo')).toBe('doan-tuyen-giao'));
});
