/** The names of the data files, the role table and the CSV template (`export/filename.ts`). */
import { describe, expect, it } from 'vitest';
import { csvTemplateFileName, datasetFileName, rawRecordFileName, roleTableFileName } from '../../src/lib/export/filename.ts';

describe('data file names', () => {
  it('the built-in dataset as JSON, Popolo and CSV', () => {
    expect(datasetFileName('quan6-1996-2000', 'json', 'vi')).toBe('quan6-1996-2000.json');
    expect(rawRecordFileName('Bộ dữ liệu/1')).toBe('bo-du-lieu-1_raw.json');
    expect(rawRecordFileName('')).toBe('dataset_raw.json');
    expect(datasetFileName('quan6-1996-2000', 'popolo', 'en')).toBe('quan6-1996-2000.popolo.json');
    expect(datasetFileName('quan6-1996-2000', 'csv', 'vi')).toBe('quan6-1996-2000_vi.csv');
    expect(datasetFileName('quan6-1996-2000', 'csv', 'en')).toBe('quan6-1996-2000_en.csv');
  });

  it('ids from user files are slugged; an id with nothing left is "dataset"', () => {
    expect(datasetFileName('Quận 6 / Đảng bộ', 'json', 'vi')).toBe('quan-6-dang-bo.json');
    expect(datasetFileName('///', 'csv', 'en')).toBe('dataset_en.csv');
    expect(roleTableFileName('', 'vi')).toBe('dataset_roles_vi.csv');
  });

  it('the role table and the CSV template', () => {
    expect(roleTableFileName('quan6-1996-2000', 'vi')).toBe('quan6-1996-2000_roles_vi.csv');
    expect(roleTableFileName('quan6-1996-2000', 'en')).toBe('quan6-1996-2000_roles_en.csv');
    expect(csvTemplateFileName('vi')).toBe('template_vi.csv');
    expect(csvTemplateFileName('en')).toBe('template_en.csv');
  });
});

describe('stated-only and figure names', () => {
  it('_stated-only goes before the extension, @Nx and -outlined; nothing changes without it', async () => {
    const { statedOnlyName, figureFileName } = await import('../../src/lib/export/filename.ts');
    expect(statedOnlyName('quan6_s3-1999-nghi-huu_vi.svg', true)).toBe('quan6_s3-1999-nghi-huu_vi_stated-only.svg');
    expect(statedOnlyName('quan6_s3-x_en@2x.png', true)).toBe('quan6_s3-x_en_stated-only@2x.png');
    expect(statedOnlyName('quan6_s3-x_en-outlined.svg', true)).toBe('quan6_s3-x_en_stated-only-outlined.svg');
    expect(statedOnlyName('quan6_poster_vi.zip', true)).toBe('quan6_poster_vi_stated-only.zip');
    expect(statedOnlyName('quan6_poster_vi.zip', false)).toBe('quan6_poster_vi.zip');
    expect(figureFileName('quan6-1996-2000', 4, '1999 · bầu bổ sung', 'vi', 'svg')).toBe('quan6-1996-2000_s4-1999-bau-bo-sung_vi_figure.svg');
    expect(statedOnlyName(figureFileName('q', 0, '1996', 'en', 'png'), true)).toBe('q_s0-1996_en_figure_stated-only.png');
  });
});
