/**
 * The three inputs the fuzzer mutates: the built-in dataset (our JSON), a small CSV board and a
 * small Popolo file, both written for the fuzzer (they load cleanly before any mutation, which
 * `tests/fuzz/fuzz.test.ts` checks).
 */
import { readFileSync } from 'node:fs';

/** Which input a case starts from. */
export type BaseKind = 'builtin' | 'csv' | 'popolo';

/** The built-in dataset as a JSON value (read once). */
export function builtinBase(): unknown {
  builtinCache ??= readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8');
  return JSON.parse(builtinCache);
}
let builtinCache: string | undefined;

/** A CSV board as a grid: the header row, then one row per membership (see `data/README.md`). */
export function csvBase(): string[][] {
  return [
    ['person', 'body', 'parent_body', 'seats', 'post', 'role', 'start', 'end', 'start_cause', 'end_cause', 'destination', 'certainty', 'basis', 'note', 'source'],
    ['Nguyễn Văn An', 'Ban Chấp hành', '', '9', '', 'ủy viên', '1996-06', '', 'elected', '', '', 'stated', '', '', 'bc: đoạn 3'],
    ['Nguyễn Văn An', 'Ban Thường vụ', 'Ban Chấp hành', '3', 'Bí thư', '', '1996-06', '1999', 'bầu', 'nghỉ hưu', '', '', '', '', 'bc: đoạn 4'],
    ['Trần Thị Bình', 'Ban Chấp hành', '', '9', '', '', '1996-06', '15/3/1998', 'elected', 'chuyển công tác', 'Thành phố', '', '', 'ghi chú\ncó hai dòng', ''],
    ['Trần Thị Bình', 'Ban Thường vụ', 'Ban Chấp hành', '', 'Phó Bí thư', '', '1996-06', '15/3/1998', '', 'transfer', 'Thành phố', '', '', '', ''],
    ['Lê Văn Cường', 'Ban Chấp hành', '', '', '', '', '1996-06', '', '', '', '', 'inferred', 'suy ra từ số lượng', '', ''],
    ['Phạm Thị Dung', 'Ban Chấp hành', '', '', '', '', '1996-06', '1996-12', '', 'xóa tên', '', '', '', '', ''],
    ['Hoàng Văn Em', 'Ban Chấp hành', '', '', '', '', '1999?', '', 'bầu bổ sung', '', '', '', '', '', ''],
    ['Hoàng Văn Em', 'Ban Thường vụ', 'Ban Chấp hành', '', 'Bí thư', '', '1999', '', 'by_election', '', '', '', '', '', ''],
    ['Võ Thị Giang', 'Ban Chấp hành', '', '', '', '', '', '2000', '', 'term_end', '', '', '', '', ''],
  ];
}

/** A small Popolo file: a council with a committee, two parties, a post, events and memberships. */
export function popoloBase(): unknown {
  return {
    persons: [
      { id: 'p1', name: 'Anna Berg', other_names: [{ lang: 'en', name: 'Anna Berg', note: 'multilingual' }], birth_date: '1960-02-14' },
      { id: 'p2', name: 'Björn Ólafsson', gender: 'male' },
      { id: 'p3', name: 'Chloé Dupont' },
      { id: 'p4', name: 'Đặng Thu Hà' },
    ],
    organizations: [
      { id: 'council', name: 'City Council', classification: 'legislature', seats: 5 },
      { id: 'council/finance', name: 'Finance Committee', classification: 'committee', parent_id: 'council', seats: 2 },
      { id: 'party/green', name: 'Green Party', classification: 'party' },
      { id: 'party/blue', name: 'Blue Party', classification: 'party' },
    ],
    posts: [{ id: 'post/chair', label: 'Chair of the Finance Committee', organization_id: 'council/finance', role: 'Chair' }],
    events: [
      { id: 'term/1', name: 'First term', classification: 'legislative period', start_date: '2010-01-01', end_date: '2014-01-01', organization_id: 'council' },
      { id: 'e/by', name: 'By-election', classification: 'by-election', start_date: '2012-05' },
    ],
    memberships: [
      { person_id: 'p1', organization_id: 'council', on_behalf_of_id: 'party/green', legislative_period_id: 'term/1', role: 'member' },
      { person_id: 'p2', organization_id: 'council', on_behalf_of_id: 'party/blue', start_date: '2010-01-01', end_date: '2012-03-04', role: 'member' },
      { person_id: 'p3', organization_id: 'council', on_behalf_of_id: 'party/blue', start_date: '2012-05', role: 'member' },
      { person_id: 'p4', organization_id: 'council', start_date: '2010-01-01', role: 'member' },
      { person_id: 'p1', organization_id: 'council/finance', post_id: 'post/chair', start_date: '2010-01-01', end_date: '2013' },
      { person_id: 'p4', organization_id: 'council/finance', start_date: '2011', role: 'member' },
    ],
  };
}
