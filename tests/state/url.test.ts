import { describe, expect, it } from 'vitest';
import { noticeText, readUrlState, writeUrlState } from '../../src/lib/state/url.ts';

const has = (id: string) => ['bi-thu-1996', 'bch-01'].includes(id);

describe('readUrlState', () => {
  it('reads valid values', () => {
    expect(readUrlState('?step=3&member=bch-01&lang=en', 5, has)).toEqual({
      state: { step: 3, member: 'bch-01', lang: 'en', statedOnly: false, layout: 'auto' },
      notices: [],
    });
  });
  it('defaults without parameters', () => {
    expect(readUrlState('', 5, has)).toEqual({ state: { step: 0, member: null, lang: 'vi', statedOnly: false, layout: 'auto' }, notices: [] });
  });
  it.each([['9'], ['-1'], ['2.5'], ['abc'], [''], ['1e1'], ['5']])('step=%s falls back to 0 with a notice', (v) => {
    const r = readUrlState(`?step=${encodeURIComponent(v)}`, 5, has);
    expect(r.state.step).toBe(0);
    expect(r.notices).toEqual([{ param: 'step', value: v, stepCount: 5 }]);
    expect(noticeText(r.notices[0]!, 'en')).toBe(
      `“step=${v}” is not valid: expected a whole number from 0 to 4. Opened at the first step.`,
    );
  });
  it('unknown member and language fall back, each with a notice', () => {
    const r = readUrlState('?member=%3Cimg%20src%3Dx%3E&lang=fr', 5, has);
    expect(r.state).toEqual({ step: 0, member: null, lang: 'vi', statedOnly: false, layout: 'auto' });
    expect(r.notices.map((n) => noticeText(n, 'vi'))).toEqual([
      'Tham số “lang=fr” không hợp lệ: cần “vi” hoặc “en”. Đã mở bằng tiếng Việt.',
      'Tham số “member=<img src=x>” không khớp với ai trong bộ dữ liệu. Đã bỏ qua.',
    ]);
  });
});

describe('writeUrlState', () => {
  it('keeps other parameters and drops an empty member', () => {
    expect(writeUrlState('?dataset=x&member=a', { step: 2, member: null, lang: 'en', statedOnly: false })).toBe('?dataset=x&step=2&lang=en');
    expect(writeUrlState('', { step: 0, member: 'bch-01', lang: 'vi', statedOnly: false })).toBe('?step=0&member=bch-01&lang=vi');
  });
});

describe('hostile and odd values', () => {
  it('repeated parameters use the first value and say so', () => {
    const r = readUrlState('?step=2&step=3', 5, has);
    expect(r.state.step).toBe(2);
    expect(r.notices.map((n) => noticeText(n, 'en'))).toEqual(['“step” is given more than once; the first value is used.']);
  });
  it('bidi overrides and control characters are shown escaped, long values cut', () => {
    const r = readUrlState(`?member=${encodeURIComponent('\u202E4x')}&lang=${'x'.repeat(200)}`, 5, has);
    const texts = r.notices.map((n) => noticeText(n, 'en'));
    expect(texts[0]).toBe(`“lang=${'x'.repeat(60)}…” is not valid: expected “vi” or “en”. Opened in Vietnamese.`);
    expect(texts[1]).toBe('“member=\\u{202E}4x” matches no member. Ignored.');
  });
});

describe('stated facts only', () => {
  it('reads ?stated=only, writes it back, and refuses other values with a notice', () => {
    expect(readUrlState('?stated=only', 5, has).state.statedOnly).toBe(true);
    expect(readUrlState('?stated=all', 5, has)).toEqual({ state: { step: 0, member: null, lang: 'vi', statedOnly: false, layout: 'auto' }, notices: [] });
    const r = readUrlState('?stated=yes', 5, has);
    expect(r.state.statedOnly).toBe(false);
    expect(noticeText(r.notices[0]!, 'en')).toBe('“stated=yes” is not valid: expected “only” or “all”. Showing everything.');
    expect(writeUrlState('?step=1', { step: 1, member: null, lang: 'en', statedOnly: true })).toBe('?step=1&lang=en&stated=only');
  });
});

describe('layout', () => {
  it('reads ?layout=hemicycle|nested|auto, writes hemicycle and nested back (auto: absent), refuses other values with a notice', () => {
    expect(readUrlState('?layout=hemicycle', 5, has).state.layout).toBe('hemicycle');
    expect(readUrlState('?layout=nested', 5, has).state.layout).toBe('nested');
    expect(readUrlState('?layout=auto', 5, has)).toEqual({ state: { step: 0, member: null, lang: 'vi', statedOnly: false, layout: 'auto' }, notices: [] });
    const r = readUrlState('?layout=circle', 5, has);
    expect(r.state.layout).toBe('auto');
    expect(r.notices).toEqual([{ param: 'layout', value: 'circle' }]);
    expect(noticeText(r.notices[0]!, 'en')).toBe('“layout=circle” is not valid: expected “hemicycle” or “nested”. Using the automatic layout.');
    expect(noticeText(r.notices[0]!, 'vi')).toBe('Tham số “layout=circle” không hợp lệ: cần “hemicycle” hoặc “nested”. Đã chọn bố cục tự động.');
    expect(readUrlState('?layout=nested&layout=hemicycle', 5, has).notices).toEqual([{ param: 'repeated', value: 'layout' }]);
    const base = { step: 1, member: null, lang: 'en' as const, statedOnly: false };
    expect(writeUrlState('?layout=nested', { ...base, layout: 'hemicycle' })).toBe('?layout=hemicycle&step=1&lang=en');
    expect(writeUrlState('?layout=nested', { ...base, layout: 'auto' })).toBe('?step=1&lang=en');
    expect(writeUrlState('', { ...base, layout: 'nested' })).toBe('?step=1&lang=en&layout=nested');
  });
});
