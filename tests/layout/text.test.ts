import { describe, expect, test } from 'vitest';
import { fitText, joinLines, lineSeparator, textWidth, wrapText } from '../../src/lib/layout/text.ts';

describe('textWidth (Be Vietnam Pro metrics from font-metrics.ts)', () => {
  test('widths are the sums of the font\'s advances; they scale with font size; bold is wider', () => {
    expect(textWidth('', 10)).toBe(0);
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10));
    expect(textWidth('abc', 20)).toBeCloseTo(2 * textWidth('abc', 10), 6);
    expect(textWidth('abc', 10, 'bold')).toBeGreaterThan(textWidth('abc', 10));
    // H 709 + e 599 + l 255 + l 255 + o 642 = 2460 units of 1000 per em.
    expect(textWidth('Hello', 10)).toBeCloseTo(24.6, 6);
    expect(textWidth('Hello', 10, 'bold')).toBeCloseTo((732 + 618 + 288 + 288 + 658) / 100, 6);
  });

  test('Vietnamese letters measure as the font\'s precomposed glyphs; NFC and NFD measure the same; Đ is its own glyph', () => {
    expect(textWidth('ế', 10)).toBeCloseTo(6.09, 6);
    expect(textWidth('ế'.normalize('NFD'), 10)).toBeCloseTo(6.09, 6);
    expect(textWidth('Thường trực'.normalize('NFD'), 10)).toBeCloseTo(textWidth('Thường trực'.normalize('NFC'), 10), 6);
    expect(textWidth('Đ', 10)).toBeCloseTo(7.88, 6);
    // Combining marks alone add nothing; the arrow comes from the symbol font; CJK is 1 em.
    expect(textWidth('\u0301', 10)).toBe(0);
    expect(textWidth('→', 10)).toBeCloseTo(10.12, 6);
    expect(textWidth('中文', 10)).toBeCloseTo(20, 6);
  });
});

describe('wrapText and fitText', () => {
  test('short text stays on one line', () => {
    expect(wrapText('Bí thư', 90, 10.5)).toEqual({ lines: ['Bí thư'], truncated: false });
    expect(wrapText('   ', 90, 10.5)).toEqual({ lines: [], truncated: false });
  });

  test('wraps at spaces into at most two lines that fit', () => {
    const w = wrapText('Ủy viên Thường vụ phụ trách quân sự', 110, 10.5);
    expect(w.lines.length).toBe(2);
    for (const l of w.lines) expect(textWidth(l, 10.5)).toBeLessThanOrEqual(110);
    expect(w.lines.join(' ')).toBe('Ủy viên Thường vụ phụ trách quân sự');
    expect(w.truncated).toBe(false);
  });

  test('too long: the second line ends with an ellipsis', () => {
    const w = wrapText('Giám đốc Công ty Xây dựng và Phát triển kinh tế Quận', 95, 10.5);
    expect(w.truncated).toBe(true);
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1]!.endsWith('…')).toBe(true);
    for (const l of w.lines) expect(textWidth(l, 10.5)).toBeLessThanOrEqual(95);
    expect(w.lines[0]).toBe('Giám đốc Công ty');
  });

  test('a word longer than a line is broken between letters, marks kept with their letter', () => {
    const long = 'Nghiêngnghiêngnghiêngnghiêngnghiêng'.normalize('NFD');
    const w = wrapText(long, 60, 10.5, 3);
    for (const l of w.lines) {
      expect(textWidth(l, 10.5)).toBeLessThanOrEqual(60);
      expect(/^\p{M}/u.test(l)).toBe(false);
    }
    expect(w.lines.join('').replace('…', '').length).toBeLessThanOrEqual(long.length);
  });

  test('breaks at a hyphen inside a word only when the words would not fit otherwise', () => {
    const text = 'Director of the District construction and economic-development company';
    const w = wrapText(text, 150, 10.5, 3);
    expect(w).toEqual({ lines: ['Director of the District', 'construction and economic-', 'development company'], truncated: false });
    expect(joinLines(w.lines)).toBe(text);
    // Room enough without: no hyphen break.
    expect(wrapText("Vice-Chair of the District People's Committee", 140, 10.5, 3).lines).toEqual(['Vice-Chair of the District', "People's Committee"]);
    // Not even with hyphen breaks: the plain wrap, cut with an ellipsis.
    const cut = wrapText(text, 80, 10.5, 2);
    expect(cut.truncated).toBe(true);
    expect(cut.lines[1]!.endsWith('…')).toBe(true);
  });

  test('lines read as one text: a space between lines, none after a hyphen break', () => {
    expect(joinLines(['Standing member for', 'organisation'])).toBe('Standing member for organisation');
    expect(joinLines(['a'])).toBe('a');
    expect(joinLines([])).toBe('');
    expect(lineSeparator('economic-', 'development')).toBe('');
    expect(lineSeparator('BCH 28 →', '32')).toBe(' ');
    expect(lineSeparator('a -', 'b')).toBe(' ');
  });

  test('fitText', () => {
    expect(fitText('BCH · 32/35', 200, 12)).toBe('BCH · 32/35');
    const f = fitText('Ban Chấp hành Đảng bộ Quận 6', 60, 12);
    expect(f.endsWith('…')).toBe(true);
    expect(textWidth(f, 12)).toBeLessThanOrEqual(60);
  });
});
