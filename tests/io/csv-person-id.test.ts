/** The optional person_id column, and the "one name, two people?" finding without it. */
import { describe, expect, test } from 'vitest';
import { brief, datasetOf, importText, rendered } from './fixtures/csv/helpers.ts';
import { exportCsv } from '../../src/lib/io/csv-export.ts';
import { problemFix } from '../../src/lib/i18n/problem-fixes.ts';

describe('person_id', () => {
  test('same name, two ids: two persons (no finding); same id: one person', () => {
    const r = importText('person,person_id,body,start,end\nNguyễn Văn A,a1,BCH,1996,\nNguyễn Văn A,a2,BCH,1996,\nTrần B,b,BCH,1996,1998\nTrần B,b,BTV,1998,\n');
    const d = datasetOf(r);
    expect(r.problems).toEqual([]);
    expect(d.persons).toEqual([
      { id: 'a1', name: { vi: 'Nguyễn Văn A' } },
      { id: 'a2', name: { vi: 'Nguyễn Văn A' } },
      { id: 'b', name: { vi: 'Trần B' } },
    ]);
    expect(d.memberships.map((m) => [m.person_id, m.organization_id])).toEqual([
      ['a1', 'bch'],
      ['a2', 'bch'],
      ['b', 'bch'],
      ['b', 'btv'],
    ]);
  });

  test('one id, two names: one person named as on its first row, with a warning at the other row', () => {
    const r = importText('person,mã người,body,start\nLê Thị C,Q42,BCH,1996\nLe Thi C.,Q42,BTV,1997\n');
    const d = datasetOf(r);
    expect(d.persons).toEqual([{ id: 'q42', name: { vi: 'Lê Thị C' } }]);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-person-names-differ', line: 3, row: 2, field: 'person' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “test.csv”, line 3, row 2, field “person”: the person_id “Q42” is named “Le Thi C.” here but “Lê Thị C” at line 2 (row 1); rows with the same person_id are one person, named as on its first row (“Lê Thị C”).',
      vi: 'Tệp “test.csv”, dòng 3, hàng 2, trường “person”: mã người “Q42” mang tên “Le Thi C.” ở hàng này nhưng tên “Lê Thị C” ở dòng 2 (hàng 1); các hàng cùng mã người là một người, lấy tên ở hàng đầu tiên (“Lê Thị C”).',
    });
  });
});

describe('one name, two people?', () => {
  test('without person_id, two rows of one name whose memberships in one body overlap are a warning at the later row', () => {
    const r = importText('person,body,start,end\nPhạm D,BCH,1996,2000\nHồ E,BCH,1996,\nPhạm D,BCH,6/1998,\n');
    const d = datasetOf(r);
    expect(d.persons.map((p) => p.id)).toEqual(['pham-d', 'ho-e']);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-same-name-overlap', line: 4, row: 3, field: 'person' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “test.csv”, line 4, row 3, field “person”: one name, two people? “Phạm D” is already in “BCH” at this time, from the row at line 2 (row 1); rows with the same name are read as one person, so these two memberships overlap.',
      vi: 'Tệp “test.csv”, dòng 4, hàng 3, trường “person”: một tên, hai người? “Phạm D” đã có mặt trong “BCH” vào thời gian này, theo hàng ở dòng 2 (hàng 1); các hàng cùng tên được hiểu là một người, nên hai lần giữ chức này chồng lên nhau.',
    });
    expect(problemFix('csv-same-name-overlap', 'en')).toContain('add a person_id column');
    expect(problemFix('csv-same-name-overlap', 'vi')).toContain('thêm cột person_id');
  });

  test('one after the other, in another body, or told apart by person_id: no warning', () => {
    expect(importText('person,body,start,end\nPhạm D,BCH,1996,1998\nPhạm D,BCH,1998,\n').problems).toEqual([]);
    expect(importText('person,body,start,end\nPhạm D,BCH,1996,2012\nPhạm D,BCH,6/2012,\n').problems).toEqual([]);
    expect(importText('person,body,start\nPhạm D,BCH,1996\nPhạm D,BTV,1996\n').problems).toEqual([]);
    expect(importText('person,person_id,body,start\nPhạm D,1,BCH,1996\nPhạm D,2,BCH,1996\n').problems).toEqual([]);
  });
});

describe('export', () => {
  test('writes person_id when two persons share a name, so they stay two', () => {
    const d = datasetOf(importText('person,person_id,body,start\nNguyễn Văn A,a1,BCH,1996\nNguyễn Văn A,a2,BCH,1997\n'));
    const csv = exportCsv(d, { bom: false });
    expect(csv.split('\r\n')[0]).toBe('person,person_id,body,parent_body,seats,post,role,start,end,start_cause,end_cause,destination,certainty,basis,note,source');
    expect(csv.split('\r\n')[1]).toBe('Nguyễn Văn A,a1,BCH,,,,,1996,,,,,,,,');
    const again = datasetOf(importText(csv));
    expect(again.persons.map((p) => p.id)).toEqual(['a1', 'a2']);
  });
});
