import { describe, expect, it } from 'vitest';
import { pick } from '../../src/lib/model/lang.ts';

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
