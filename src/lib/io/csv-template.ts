/**
 * The CSV template offered for download by the import panel: the header row and one example row,
 * in Vietnamese or English. Importing the template as it is gives a valid one-membership dataset.
 */
import type { Lang } from '../model/types.ts';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.ts';
import { formatCsv, type CsvWriteOptions } from './csv-export.ts';

const EXAMPLE: Record<Lang, Record<CsvColumn, string>> = {
  vi: {
    person: 'Nguyễn Văn A',
    person_id: 'nguyen-van-a-1950',
    body: 'Ban Chấp hành',
    parent_body: '',
    seats: '35',
    post: 'Bí thư',
    role: '',
    start: '1996',
    end: '15/6/1999',
    start_cause: 'bầu tại đại hội',
    end_cause: 'chuyển công tác',
    destination: 'cấp Thành phố',
    certainty: 'nêu rõ',
    basis: '',
    note: 'Hàng ví dụ: hãy thay bằng dữ liệu của bạn',
    source: 'Báo cáo kiểm điểm: đoạn 5',
    group: '',
    group_color: '',
  },
  en: {
    person: 'Jane Doe',
    person_id: 'jane-doe-1950',
    body: 'Executive Committee',
    parent_body: '',
    seats: '35',
    post: 'Secretary',
    role: '',
    start: '1996',
    end: '15/6/1999',
    start_cause: 'elected',
    end_cause: 'transfer',
    destination: 'City level',
    certainty: 'stated',
    basis: '',
    note: 'Example row: replace it with your data',
    source: 'Review report: para 5',
    group: '',
    group_color: '',
  },
};

/**
 * A CSV template: the header (the canonical English column names, which the importer also
 * accepts in Vietnamese) and one example row in `lang` showing a person id (optional: it tells
 * apart two people of the same name), a post, a year, a day-first date,
 * causes and certainty in words, and a citation. Comma-delimited, CRLF, with a UTF-8 byte-order
 * mark unless `opts.bom` is false.
 */
export function csvTemplate(lang: Lang, opts: Omit<CsvWriteOptions, 'lang'> = {}): string {
  const ex = EXAMPLE[lang] ?? EXAMPLE.vi;
  return formatCsv([[...CSV_COLUMNS], CSV_COLUMNS.map((c) => ex[c])], opts);
}
