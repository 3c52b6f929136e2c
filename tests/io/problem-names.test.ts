/**
 * Messages name records by what a person recognises: a person's name, a body's name, then the
 * place, then the id (`src/lib/io/problem-names.ts`, `ref`/`mref` of `src/lib/i18n/problems.ts`).
 */
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/import.ts';
import { importProblemSentence, type ImportResult } from '../../src/lib/io/problems.ts';

const enc = (x: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(x));
/** Every problem's sentence (the findings below load: they are warnings). */
const sentencesIn = (r: ImportResult, lang: 'vi' | 'en'): string[] => r.problems.map((p) => importProblemSentence(p, lang));

describe('records named by name', () => {
  test('a person and bodies with UUID ids are named by name, the id after', () => {
    const r = importFile(
      'uuid.json',
      enc({
        format: 'committee-history',
        format_version: 1,
        id: 'x',
        title: { vi: 'X' },
        language: 'vi',
        sources: [],
        organizations: [
          { id: '0b7e-bch', name: { vi: 'Ban Chấp hành', en: 'Executive Committee' }, parent_id: null },
          { id: '4c1d-btv', name: { vi: 'Ban Thường vụ', en: 'Standing Committee' }, parent_id: '0b7e-bch' },
        ],
        persons: [{ id: '9f3a-2c', name: { vi: 'Nguyễn Văn An' } }],
        posts: [],
        memberships: [{ id: 'm-1', person_id: '9f3a-2c', organization_id: '4c1d-btv', start_date: '1996' }],
        events: [],
        claims: [],
        annotations: [],
        notes: [],
      }),
    );
    expect(sentencesIn(r, 'vi')).toEqual([
      'Tệp “uuid.json”, tại /memberships/0/organization_id: Người “Nguyễn Văn An” (mã “9f3a-2c”) là thành viên của “Ban Thường vụ” (mã “4c1d-btv”) nhưng không là thành viên của tổ chức cấp trên “Ban Chấp hành” (mã “0b7e-bch”) tại bước “1996” (chỉ số 0); thành viên của một tổ chức phải là thành viên của tổ chức chứa nó.',
    ]);
    expect(sentencesIn(r, 'en')).toEqual([
      'File “uuid.json”, at /memberships/0/organization_id: Person “Nguyễn Văn An” (id “9f3a-2c”) is a member of “Standing Committee” (id “4c1d-btv”) but not of its parent “Executive Committee” (id “0b7e-bch”) at step “1996” (index 0); expected every member of a body to be a member of the body that contains it.',
    ]);
  });

  test('a Popolo membership without an id is named by its person and body, never by a made-up id (m1)', () => {
    const r = importFile(
      'house.json',
      enc({
        persons: [{ id: 'a1b2', name: 'Ann Ash' }],
        organizations: [{ id: 'c3d4', name: 'Small House' }],
        memberships: [{ person_id: 'a1b2', organization_id: 'c3d4', start_date: '2001', end_date: '2000' }],
      }),
    );
    expect(sentencesIn(r, 'en')).toEqual([
      'File “house.json”, at /memberships/0/end_date: Membership of “Ann Ash” in “Small House” ends (2000) before it starts (2001), so it is set aside: not drawn, but kept in the dataset; expected an end on or after the start.',
    ]);
    expect(sentencesIn(r, 'vi')).toEqual([
      'Tệp “house.json”, tại /memberships/0/end_date: Bản ghi thành viên của “Ann Ash” trong “Small House” kết thúc (2000) trước khi bắt đầu (2001) nên được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu; ngày kết thúc phải không sớm hơn ngày bắt đầu.',
    ]);
  });

  test('a CSV membership is named by its person and body, at its row', () => {
    const r = importFile('b.csv', new TextEncoder().encode('person,body,start,end\nTrần Thị Bình,Ban Chấp hành,1999,1996\n'));
    expect(sentencesIn(r, 'en')).toEqual([
      'File “b.csv”, line 2, row 1, field “end”: Membership of “Trần Thị Bình” in “Ban Chấp hành” ends (1996) before it starts (1999), so it is set aside: not drawn, but kept in the dataset; expected an end on or after the start.',
    ]);
  });
});
