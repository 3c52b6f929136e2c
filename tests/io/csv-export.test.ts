/**
 * CSV export of the built-in dataset, the "who held which role" table, and the template.
 */
import { describe, expect, test } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { exportCsv, roleTableCsv, csvTemplate, CSV_COLUMNS } from '../../src/lib/io/csv.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { datasetOf, importText } from './fixtures/csv/helpers.ts';

const parseRows = (text: string, delimiter = ','): string[][] => dsvFormat(delimiter).parseRows(text.replace(/^\uFEFF/, ''));

describe('membership export', () => {
  test('the built-in dataset: BOM, CRLF, the header, one row per membership', () => {
    const { dataset } = loadBuiltIn();
    const csv = exportCsv(dataset);
    expect(csv.startsWith('\uFEFFperson,body,parent_body,seats,post,role,start,end,start_cause,end_cause,destination,certainty,basis,note,source\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line ends with CRLF (no field of the built-in dataset holds a line break).
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parseRows(csv);
    expect(rows.length).toBe(1 + dataset.memberships.length);
    // No two persons share a name and no group is named: no person_id column, no group columns.
    expect(rows[0]).toEqual(CSV_COLUMNS.filter((c) => c !== 'person_id' && c !== 'group' && c !== 'group_color'));
    // Default language: the dataset's (vi).
    expect(rows[2]).toEqual([
      'Ủy viên Thường vụ phụ trách tuyên giáo',
      'Ban Thường vụ Quận ủy',
      'Ban Chấp hành Đảng bộ Quận 6',
      '11',
      'Ủy viên Thường vụ phụ trách tuyên giáo',
      '',
      '1996',
      '1996-06',
      'elected',
      'removed_from_roll',
      '',
      '',
      '',
      // The reason of para 40 is an inferred identification: an annotation of its own, not this stated row's note.
      '',
      'bckd-q6-vii: para 3; bckd-q6-vii: para 4',
    ]);
    const secretary = rows.find((r) => r[0] === 'Bí thư Quận ủy (đến 1999)' && r[4] === 'Bí thư Quận ủy')!;
    expect(secretary[13]).toMatch(/^Chức Bí thư được nêu ở đoạn 6;/);
    const inferred = rows.find((r) => r[0] === 'Ủy viên BCH 20' && r[1] === 'Ban Thường vụ Quận ủy')!;
    expect(inferred.slice(4, 12)).toEqual(['Ủy viên Thường vụ phụ trách tổ chức', '', '1999', '', 'by_election', '', '', 'inferred']);
    expect(inferred[12]).toMatch(/\S/);
  });

  test('English, semicolon, no BOM, LF', () => {
    const { dataset } = loadBuiltIn();
    const csv = exportCsv(dataset, { lang: 'en', delimiter: ';', bom: false, lineEnding: '\n' });
    expect(csv.startsWith('person;body;')).toBe(true);
    expect(csv).not.toContain('\r');
    const rows = parseRows(csv, ';');
    expect(rows[1]!.slice(0, 4)).toEqual(['Standing member for propaganda and education', 'District 6 Party Executive Committee', '', '35']);
    expect(rows[5]!.slice(0, 2)).toEqual(["Chair of the District Women's Union", 'District 6 Party Executive Committee']);
    expect(rows[5]![5]).toBe("Chair of the District Women's Union");
    expect(rows[5]![10]).toBe('City level');
  });
});

describe('role table', () => {
  test('the built-in dataset in English: posts × steps, holders, vacant, not stated', () => {
    const { timeline } = loadBuiltIn();
    const rows = parseRows(roleTableCsv(timeline, { lang: 'en' }));
    expect(rows).toEqual([
      ['id', 'Post', '1996 · start of term', 'June 1996 · removal from the roll', '1998 · transfers', '1999 · retirements', '1999 · by-election'],
      [
        'bi-thu',
        'District Party Secretary',
        'District Party Secretary (until 1999)',
        'District Party Secretary (until 1999)',
        'District Party Secretary (until 1999)',
        'vacant',
        'Standing Deputy Secretary at the start of term (inferred)',
      ],
      [
        'pbt-tt',
        'Standing Deputy Secretary',
        'Standing Deputy Secretary at the start of term (inferred)',
        'Standing Deputy Secretary at the start of term (inferred)',
        'Standing Deputy Secretary at the start of term (inferred)',
        'Standing Deputy Secretary at the start of term (inferred)',
        'Standing Deputy Secretary elected in 1999 (inferred)',
      ],
      [
        'uvtv-tuyen-giao',
        'Standing member for propaganda and education',
        'Standing member for propaganda and education',
        'not stated',
        'not stated',
        'not stated',
        'not stated',
      ],
      [
        'uvtv-quan-su',
        'Standing member for military affairs',
        'Standing member for military affairs (until 1998)',
        'Standing member for military affairs (until 1998)',
        'vacant',
        'vacant',
        'Executive Committee member 21 (inferred)',
      ],
      ['uvtv-to-chuc', 'Standing member for organisation', 'not stated', 'not stated', 'not stated', 'not stated', 'Executive Committee member 20 (inferred)'],
      [
        'uvtv-pct-hdnd',
        "Standing member, Standing Vice-Chair of the District People's Council",
        "Standing member, Standing Vice-Chair of the District People's Council",
        "Standing member, Standing Vice-Chair of the District People's Council",
        "Standing member, Standing Vice-Chair of the District People's Council",
        'not stated',
        'not stated',
      ],
    ]);
  });

  test('the built-in dataset in Vietnamese (from the dataset itself)', () => {
    const { dataset } = loadBuiltIn();
    const rows = parseRows(roleTableCsv(dataset, { lang: 'vi' }));
    expect(rows[0]).toEqual(['id', 'Chức vụ', '1996 · đầu nhiệm kỳ', '6/1996 · xóa tên', '1998 · chuyển công tác', '1999 · nghỉ hưu', '1999 · bầu bổ sung']);
    const row = (id: string): string[] => rows.find((r) => r[0] === id)!;
    expect(row('uvtv-to-chuc')).toEqual([
      'uvtv-to-chuc',
      'Ủy viên Thường vụ phụ trách tổ chức',
      'không nêu',
      'không nêu',
      'không nêu',
      'không nêu',
      'Ủy viên BCH 20 (suy luận)',
    ]);
    expect(row('bi-thu').slice(2)).toEqual(['Bí thư Quận ủy (đến 1999)', 'Bí thư Quận ủy (đến 1999)', 'Bí thư Quận ủy (đến 1999)', 'khuyết', 'Phó Bí thư Thường trực đầu nhiệm kỳ (suy luận)']);
    expect(row('uvtv-quan-su').slice(4)).toEqual(['khuyết', 'khuyết', 'Ủy viên BCH 21 (suy luận)']);
  });

  test('holder names that look like formulas are made inert', () => {
    const d = datasetOf(importText('person,body,post,start\n=cmd(),BCH,Chair,1996\n'));
    const rows = parseRows(roleTableCsv(d, { lang: 'en' }));
    expect(rows[1]).toEqual(['chair', 'Chair', "'=cmd()"]);
  });
});

describe('template', () => {
  test('the template in each language: header and one example row', () => {
    expect(csvTemplate('vi')).toBe(
      '\uFEFFperson,person_id,body,parent_body,seats,post,role,start,end,start_cause,end_cause,destination,certainty,basis,note,source,group,group_color\r\n' +
        'Nguyễn Văn A,nguyen-van-a-1950,Ban Chấp hành,,35,Bí thư,,1996,15/6/1999,bầu tại đại hội,chuyển công tác,cấp Thành phố,nêu rõ,,Hàng ví dụ: hãy thay bằng dữ liệu của bạn,Báo cáo kiểm điểm: đoạn 5,,\r\n',
    );
    expect(csvTemplate('en', { bom: false })).toBe(
      'person,person_id,body,parent_body,seats,post,role,start,end,start_cause,end_cause,destination,certainty,basis,note,source,group,group_color\r\n' +
        'Jane Doe,jane-doe-1950,Executive Committee,,35,Secretary,,1996,15/6/1999,elected,transfer,City level,stated,,Example row: replace it with your data,Review report: para 5,,\r\n',
    );
  });

  test('the template imports as it is, without problems', () => {
    for (const lang of ['vi', 'en'] as const) {
      const r = importText(csvTemplate(lang), {}, `template-${lang}.csv`);
      expect(r.problems).toEqual([]);
      const d = datasetOf(r);
      expect(d.memberships).toHaveLength(1);
      expect(d.memberships[0]).toMatchObject({
        start_date: '1996',
        end_date: '1999-06-15',
        start_cause: 'elected',
        end_cause: 'transfer',
        certainty: 'stated',
      });
      expect(d.organizations[0]!.seats).toBe(35);
      expect(d.posts).toHaveLength(1);
      expect(d.sources).toHaveLength(1);
    }
  });
});
