import { describe, expect, it } from 'vitest';
import { isolateBidi, pick } from '../../src/lib/model/lang.ts';

describe('pick: a LangString in one language', () => {
  it('takes the wanted language', () => {
    expect(pick({ vi: 'Ban Thường vụ', en: 'Standing Committee' }, 'vi')).toBe('Ban Thường vụ');
    expect(pick({ vi: 'Ban Thường vụ', en: 'Standing Committee' }, 'en')).toBe('Standing Committee');
  });
  it('falls back to the other language, then to any language, counting "" as missing', () => {
    expect(pick({ vi: 'Bí thư' }, 'en')).toBe('Bí thư');
    expect(pick({ vi: '', en: 'Secretary' }, 'vi')).toBe('Secretary');
    expect(pick({ fr: 'Secrétaire' }, 'en')).toBe('Secrétaire');
  });
  it('gives "" when there is no text', () => {
    expect(pick(undefined, 'vi')).toBe('');
    expect(pick(null, 'en')).toBe('');
    expect(pick({ vi: '', en: '' }, 'en')).toBe('');
  });
});

describe('isolateBidi: a label with a bidirectional control cannot reorder the text around it', () => {
  it('wraps a text holding an override, an embedding, an isolate or a mark in FSI … PDI', () => {
    expect(isolateBidi('\u202EAbc Def')).toBe('\u2068\u202EAbc Def\u2069');
    expect(isolateBidi('a\u202Bb')).toBe('\u2068a\u202Bb\u2069');
    expect(isolateBidi('x\u2067y')).toBe('\u2068x\u2067y\u2069');
    expect(isolateBidi('\u200Fz')).toBe('\u2068\u200Fz\u2069');
  });
  it('leaves every other text as it is (Vietnamese, Arabic letters without controls)', () => {
    expect(isolateBidi('Bí thư Quận ủy')).toBe('Bí thư Quận ủy');
    expect(isolateBidi('محمد')).toBe('محمد');
  });
  it('pick itself returns the text verbatim (files need it as it is)', () => {
    expect(pick({ en: '\u202EAbc' }, 'en')).toBe('\u202EAbc');
  });
});
