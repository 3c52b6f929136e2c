/**
 * The fast paths of `text.ts` (advances by UTF-16 unit, wraps kept) give what the plain rules give:
 * a width is the sum of `charUnits` over the code points of the NFC text, and a wrap read again is
 * the same wrap, which a caller cannot change.
 */
import { expect, test } from 'vitest';
import { charUnits, textWidth, wrapText, type FontWeight } from '../../src/lib/layout/text.ts';

/** The rule of the module comment, one code point at a time. */
function reference(text: string, size: number, weight: FontWeight): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charUnits(ch, weight);
  return (units / 1000) * size;
}

const samples = [
  'Hello',
  'Thường trực Quận ủy',
  'Thường trực'.normalize('NFD'),
  'Đặng Thị Ngọc Thịnh',
  'a\u0301\u0323 b',
  '中文 and ｆｕｌｌ',
  'emoji 😀 and 𝔸 (astral)',
  'lone \uD800 high and \uDC00 low',
  '\u200b\ufeff\t\n',
  'Ωμέγα → ←',
  '',
];

test.each(samples)('textWidth(%j) is the sum of the advances of its code points', (text) => {
  for (const weight of ['normal', 'bold'] as const) {
    for (const size of [10, 10.5, 13]) {
      // Twice: the first reads fill the table, the second reads from it.
      expect(textWidth(text, size, weight)).toBe(reference(text, size, weight));
      expect(textWidth(text, size, weight)).toBe(reference(text, size, weight));
    }
  }
});

test('an astral character counts once, not as two units', () => {
  expect(textWidth('😀', 10)).toBe((charUnits('😀', 'normal') / 1000) * 10);
  expect(charUnits('😀', 'normal')).toBeGreaterThan(0);
});

test('a wrap read again is equal, and changing what was returned changes nothing kept', () => {
  const text = 'Phó Bí thư Thường trực Quận ủy kiêm Chủ tịch Hội đồng nhân dân';
  const first = wrapText(text, 90, 10.5, 2);
  expect(first.truncated).toBe(true);
  expect(first.lines).toHaveLength(2);
  first.lines[0] = 'changed';
  first.lines.push('more');
  const again = wrapText(text, 90, 10.5, 2);
  expect(again.lines).toHaveLength(2);
  expect(again.lines[0]).not.toBe('changed');
  expect(again).toEqual(wrapText(text, 90, 10.5, 2));
  // Other arguments are other wraps.
  expect(wrapText(text, 400, 10.5, 2)).toEqual({ lines: [text], truncated: false });
});
