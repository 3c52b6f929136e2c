/**
 * Failures reach the screen in the UI language: coded errors of the store and of the export are
 * said with the words of `i18n/errors.ts` (vi and en); the browser's own errors keep their message
 * after the translated lead-in.
 */
import { describe, expect, it } from 'vitest';
import { errorText, exportFailureText, storeFailureText } from '../../src/lib/view/errors.ts';
import { StoreError } from '../../src/lib/state/dataset-store.ts';
import { ExportError } from '../../src/lib/export/export-error.ts';
import { ERROR_SENTENCES } from '../../src/lib/i18n/errors.ts';

describe('coded errors as sentences', () => {
  it('the store refusing an empty name, in vi and en', () => {
    const e = new StoreError('empty-name');
    expect(e.message).toBe('A dataset name cannot be empty.');
    expect(storeFailureText(e, 'vi')).toBe('Không lưu được vào trình duyệt: Tên bộ dữ liệu không được để trống.');
    expect(storeFailureText(e, 'en')).toBe('Could not keep it in this browser: A dataset name cannot be empty.');
  });

  it('an unknown key carries its parameter', () => {
    const e = new StoreError('unknown-dataset', { key: 'nope' });
    expect(errorText(e, 'vi')).toBe('Không có bộ dữ liệu “nope” trong trình duyệt này.');
    expect(errorText(e, 'en')).toBe('No kept dataset “nope”.');
  });

  it('every store and export code, in both languages', () => {
    expect(errorText(new StoreError('no-indexeddb'), 'vi')).toBe('Trình duyệt này không có IndexedDB nên không giữ được bộ dữ liệu đã nhập.');
    expect(errorText(new StoreError('builtin-undeletable'), 'vi')).toBe('Không thể xóa bộ dữ liệu có sẵn.');
    expect(errorText(new StoreError('builtin-undeletable'), 'en')).toBe('The built-in dataset cannot be deleted.');
    expect(exportFailureText(new ExportError('png-too-large'), 'vi')).toBe('Không xuất được: Trình duyệt không tạo được ảnh PNG.');
    expect(exportFailureText(new ExportError('png-too-large'), 'en')).toBe('Export failed: The browser could not make the PNG image.');
    expect(exportFailureText(new ExportError('svg-not-loaded'), 'vi')).toBe('Không xuất được: Trình duyệt không mở được ảnh SVG.');
    expect(exportFailureText(new ExportError('svg-not-loaded'), 'en')).toBe('Export failed: The SVG could not be loaded as an image.');
  });

  it('no Vietnamese sentence is the English one, and none is empty', () => {
    for (const code of Object.keys(ERROR_SENTENCES.en) as (keyof typeof ERROR_SENTENCES.en)[]) {
      const [vi, en] = [ERROR_SENTENCES.vi[code]({ key: 'k' }), ERROR_SENTENCES.en[code]({ key: 'k' })];
      expect(vi).not.toBe('');
      expect(vi).not.toBe(en);
    }
  });

  it('errors without a known code keep their own message after the lead-in', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storeFailureText(quota, 'vi')).toBe('Không lưu được vào trình duyệt: The quota has been exceeded.');
    expect(exportFailureText(new Error('boom'), 'en')).toBe('Export failed: boom');
    expect(errorText(Object.assign(new Error('own words'), { code: 'not-ours' }), 'vi')).toBe('own words');
    expect(errorText('plain', 'vi')).toBe('plain');
  });
});
