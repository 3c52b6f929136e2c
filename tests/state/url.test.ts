import { describe, expect, it } from 'vitest';
import { noticeText, readUrlState, writeUrlState } from '../../src/lib/state/url.ts';

const has = (id: string) => ['bi-thu-1996', 'bch-01'].includes(id);

describe('readUrlState', () => {
  it('reads valid values', () => {
    expect(readUrlState('?step=3&member=bch-01&lang=en', 5, has)).toEqual({
      state: { step: 3, member: 'bch-01', lang: 'en' },
      notices: [],
    });
  });
  it('defaults without parameters', () => {
    expect(readUrlState('', 5, has)).toEqual({ state: { step: 0, member: null, lang: 'vi' }, notices: [] });
  });
  it.each([['9'], ['-1'], ['2.5'], ['abc'], [''], ['1e1'], ['5']])('step=%s falls back to 0 with a notice', (v) => {
    const r = readUrlState(`?step=${encodeURIComponent(v)}`, 5, has);
    expect(r.state.step).toBe(0);
    expect(r.notices).toEqual([{ param: 'step', value: v, stepCount: 5 }]);
    expect(noticeText(r.notices[0]!, 'en')).toBe(
      `“step=${v}” is not valid: expected a whole number from 0 to 4. Showing the first step.`,
    );
  });
  it('unknown member and language fall back, each with a notice', () => {
    const r = readUrlState('?member=%3Cimg%20src%3Dx%3E&lang=fr', 5, has);
    expect(r.state).toEqual({ step: 0, member: null, lang: 'vi' });
    expect(r.notices.map((n) => noticeText(n, 'vi'))).toEqual([
      'Tham số “lang=fr” không hợp lệ: cần “vi” hoặc “en”. Đang dùng tiếng Việt.',
      'Tham số “member=<img src=x>” không khớp với thành viên nào. Đã bỏ qua.',
    ]);
  });
});

describe('writeUrlState', () => {
  it('keeps other parameters and drops an empty member', () => {
    expect(writeUrlState('?dataset=x&member=a', { step: 2, member: null, lang: 'en' })).toBe('?dataset=x&step=2&lang=en');
    expect(writeUrlState('', { step: 0, member: 'bch-01', lang: 'vi' })).toBe('?step=0&member=bch-01&lang=vi');
  });
});
