import { describe, expect, it } from 'vitest';
import { isAbbreviation, layoutWords } from '../../src/lib/view/layout-words.ts';

describe('the legend label of a body', () => {
  it('Vietnamese: "Ủy viên <abbreviation>", a body named in words alone', () => {
    const w = layoutWords('vi');
    expect(w.legendSeated('BCH', { vi: 'BCH', en: 'EC' })).toBe('Ủy viên BCH');
    expect(w.legendSeated('Thường trực', { vi: 'Thường trực', en: 'Standing Office' })).toBe('Thường trực');
  });

  it('English: the Vietnamese abbreviation beside the English one, never a Vietnamese word', () => {
    const w = layoutWords('en');
    expect(w.legendSeated('EC', { vi: 'BCH', en: 'EC' })).toBe('EC (BCH) member');
    expect(w.legendSeated('SC', { vi: 'BTV', en: 'SC' })).toBe('SC (BTV) member');
    expect(w.legendSeated('Standing Office', { vi: 'Thường trực', en: 'Standing Office' })).toBe('Standing Office member');
    // The same abbreviation in both languages, or none given: written once.
    expect(w.legendSeated('HĐ', { vi: 'HĐ', en: 'HĐ' })).toBe('HĐ member');
    expect(w.legendSeated('Board')).toBe('Board member');
  });

  it('an abbreviation is two or more capitals or digits', () => {
    expect(['BCH', 'EC', 'TT', 'HĐND', 'G7'].map(isAbbreviation)).toEqual([true, true, true, true, true]);
    expect(['Thường trực', 'Board', 'E', 'Ec', ''].map(isAbbreviation)).toEqual([false, false, false, false, false]);
  });
});
