/** The checks of a dataset's readings (`model/validate-readings.ts` through `validateDataset`), code by code, with their places and numbers. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readingOrigins } from '../../src/lib/model/readings-origins.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { formatProblem } from '../../src/lib/i18n/problems.ts';
import { problemFix } from '../../src/lib/i18n/problem-fixes.ts';
import type { Problem } from '../../src/lib/model/validate.ts';
import type { Alternative, Dataset as D } from '../../src/lib/model/types.ts';
import { twoPosts, twoPostsWith, builtinWithTestReadings } from './readings-fixtures.ts';

const brief = (p: Problem) => [p.severity, p.code, p.pointer];
const swap = (d: D) => d.alternatives![0]!.readings[1]!;

describe('sound readings', () => {
  test('twoPosts and its two readings give no problem', () => {
    expect(validateDataset(twoPosts())).toEqual([]);
  });
  test('the built-in dataset with its test default and swap readings gives no problem', () => {
    const d = builtinWithTestReadings();
    d.alternatives![0]!.readings.pop();
    expect(validateDataset(d)).toEqual([]);
  });
  test('a dataset with no alternatives, or an empty list, has nothing to check', () => {
    expect(validateDataset(twoPostsWith((d) => delete d.alternatives))).toEqual([]);
    expect(validateDataset(twoPostsWith((d) => (d.alternatives = [])))).toEqual([]);
  });
});

describe('a reading that breaks a stated count is an error naming the reading', () => {
  test('the built-in test reading that leaves the newcomer out of the BTV: 9, not 10', () => {
    const problems = validateDataset(builtinWithTestReadings());
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'reading-claim-mismatch',
        pointer: '/alternatives/0/readings/2',
        params: {
          reading: 'test-broken',
          alternative: 'test-1999',
          claim: 'claim-btv-report',
          org: 'btv',
          date: '2000-04/2000-12',
          stated: 10,
          computed: 9,
          step: 4,
          step_label_vi: '1999 · bầu bổ sung',
          step_label_en: '1999 · by-election',
          step_date: '1999 (2)',
        },
      },
    ]);
    expect(formatProblem(problems[0]!, 'en')).toBe(
      'Reading “test-broken” of alternative “test-1999” breaks claim “claim-btv-report”: the source states 10 members of “btv” at some moment within 2000-04/2000-12, but under this reading the memberships give 9 at step “1999 · by-election” (index 4); expected every reading to keep the stated counts.',
    );
    expect(formatProblem(problems[0]!, 'vi')).toBe(
      'Cách hiểu “test-broken” của phần “test-1999” trái với số liệu “claim-btv-report”: nguồn nêu 10 thành viên của “btv” vào một thời điểm trong khoảng 2000-04/2000-12, nhưng theo cách hiểu này các bản ghi thành viên cho ra 9 tại bước “1999 · bầu bổ sung” (chỉ số 4); mọi cách hiểu đều phải khớp với số liệu nguồn nêu.',
    );
    expect(problemFix('reading-claim-mismatch', 'en')).toMatch(/^To fix: Correct this reading’s memberships/);
  });
  test('two claims broken by one reading: one error each, in claim order', () => {
    const d = twoPostsWith((x) => (swap(x).memberships = []));
    // Without D's seat in "i" and A's post: "i" has 0 members after e1, stated 2.
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.claim, p.params.stated, p.params.computed])).toEqual([
      ['reading-claim-mismatch', '/alternatives/0/readings/1', 'c-i', 2, 0],
    ]);
    d.claims.push({ id: 'c-o2', organization_id: 'o', date: '2001', event_id: 'e1', count: 5 });
    const more = twoPostsWith((x) => {
      swap(x).memberships = [];
      x.claims.push({ id: 'c-i2', organization_id: 'i', date: '2001', event_id: 'e1', count: 2 });
    });
    expect(validateDataset(more).map((p) => [p.code, p.params.claim, p.params.computed])).toEqual([
      ['reading-claim-mismatch', 'c-i', 0],
      ['reading-claim-mismatch', 'c-i2', 0],
    ]);
  });
  test('a claim the records already break is the dataset’s finding, not repeated for each reading', () => {
    const d = twoPostsWith((x) => (x.claims[1]!.count = 3));
    expect(validateDataset(d).map(brief)).toEqual([['warning', 'claim-mismatch', '/claims/1/count']]);
  });
  test('the default reading is the records: it is never checked as a reading', () => {
    const d = twoPostsWith((x) => x.alternatives![0]!.readings.pop());
    expect(validateDataset(d)).toEqual([]);
  });
});

describe('structural checks of the alternatives', () => {
  test('no default reading, or two: default-reading-count with the count', () => {
    const none = validateDataset(twoPostsWith((x) => delete x.alternatives![0]!.readings[0]!.default));
    expect(none).toEqual([
      { severity: 'error', code: 'default-reading-count', pointer: '/alternatives/0/readings', params: { alternative: 'alt', count: 0, readings: 2 } },
      // The reading that was the default is now an ordinary reading, and lists no memberships.
      { severity: 'error', code: 'missing-field', pointer: '/alternatives/0/readings/0/memberships', params: { field: 'memberships', expected: 'list' } },
    ]);
    expect(formatProblem(none[0]!, 'en')).toBe(
      'Alternative “alt” has no default reading (at /alternatives/0/readings); expected exactly one reading with "default": true, the dataset\'s own records.',
    );
    const two = validateDataset(
      twoPostsWith((x) => {
        swap(x).default = true;
        delete swap(x).memberships;
      }),
    );
    expect(two.map((p) => [p.code, p.pointer, p.params.count])).toEqual([['default-reading-count', '/alternatives/0/readings', 2]]);
    expect(formatProblem(two[0]!, 'vi')).toBe(
      'Phần có nhiều cách hiểu “alt” có 2 cách hiểu mặc định (tại /alternatives/0/readings); cần đúng một cách hiểu ghi "default": true, tức các bản ghi của chính bộ dữ liệu.',
    );
  });
  test('a default reading with records of its own: default-reading-records for each list', () => {
    const d = twoPostsWith((x) => {
      x.alternatives![0]!.readings[0]!.memberships = [];
      x.alternatives![0]!.readings[0]!.persons = [{ id: 'Z', name: { en: 'Z' } }];
    });
    const problems = validateDataset(d);
    expect(problems.map((p) => [p.severity, p.code, p.pointer, p.params.field, p.params.reading])).toEqual([
      ['error', 'default-reading-records', '/alternatives/0/readings/0/memberships', 'memberships', 'r-default'],
      ['error', 'default-reading-records', '/alternatives/0/readings/0/persons', 'persons', 'r-default'],
    ]);
  });
  test('ids: alternatives unique, readings unique across the dataset, a reading’s memberships never another kept membership’s id', () => {
    const d = twoPostsWith((x) => {
      const alt = structuredClone(x.alternatives![0]!);
      alt.readings[1]!.id = 'r-other';
      alt.readings[1]!.memberships![0]!.id = 'mB-o'; // a membership of the dataset that this alternative does not replace
      alt.readings[1]!.memberships![1]!.id = 'mA-p1'; // replaced by this alternative: allowed
      x.alternatives!.push(alt); // same alternative id, same default reading id
    });
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.id, p.params.collection, p.params.first])).toEqual([
      ['duplicate-id', '/alternatives/1/id', 'alt', 'alternatives', '/alternatives/0/id'],
      ['duplicate-id', '/alternatives/1/readings/0/id', 'r-default', 'readings', '/alternatives/0/readings/0/id'],
      ['duplicate-id', '/alternatives/1/readings/1/memberships/0/id', 'mB-o', 'memberships', '/memberships/1/id'],
    ]);
  });
  test('two memberships of one reading with one id', () => {
    const d = twoPostsWith((x) => (swap(x).memberships![1]!.id = 'mD-p1'));
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.first])).toEqual([
      ['duplicate-id', '/alternatives/0/readings/1/memberships/1/id', '/alternatives/0/readings/1/memberships/0/id'],
    ]);
  });
  test('references: event_id, replaces, and the reading’s persons, organizations, posts and events', () => {
    const d = twoPostsWith((x) => {
      const alt = x.alternatives![0]!;
      alt.event_id = 'e9';
      alt.replaces.push('m-none');
      const m = swap(x).memberships!;
      m[0]!.person_id = 'ghost';
      m[0]!.organization_id = 'nowhere';
      m[1]!.post_id = 'p9';
      m[1]!.start_event_id = 'e7';
    });
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.id, p.params.kind])).toEqual([
      ['unknown-reference', '/alternatives/0/event_id', 'e9', 'event'],
      ['unknown-reference', '/alternatives/0/replaces/2', 'm-none', 'membership'],
      ['unknown-reference', '/alternatives/0/readings/1/memberships/0/person_id', 'ghost', 'person'],
      ['unknown-reference', '/alternatives/0/readings/1/memberships/0/organization_id', 'nowhere', 'organization'],
      ['unknown-reference', '/alternatives/0/readings/1/memberships/1/post_id', 'p9', 'post'],
      ['unknown-reference', '/alternatives/0/readings/1/memberships/1/start_event_id', 'e7', 'event'],
      // p1 is a post of "i", and the membership now names "nowhere" (as for the dataset's own memberships).
      ['post-organization-mismatch', '/alternatives/0/readings/1/memberships/0/post_id', undefined, undefined],
    ]);
    expect(formatProblem(validateDataset(d)[1]!, 'en')).toBe('No membership “m-none” (at /alternatives/0/replaces/2); expected the id of one in /memberships.');
    expect(formatProblem(validateDataset(d)[1]!, 'vi')).toBe('Không tìm thấy bản ghi thành viên “m-none” (tại /alternatives/0/replaces/2); cần mã của một mục trong /memberships.');
  });
  test('the reading’s own persons and posts count as known; its posts’ organizations are checked', () => {
    const d = twoPostsWith((x) => {
      const r = swap(x);
      r.persons = [{ id: 'F', name: { en: 'F' } }];
      r.posts = [{ id: 'p3', organization_id: 'i', label: { en: 'Post 3' } }];
      r.memberships = [
        { id: 'mF-o', person_id: 'F', organization_id: 'o', start_event_id: 'e1' },
        { id: 'mF-p1', person_id: 'F', organization_id: 'i', post_id: 'p1', start_event_id: 'e1' },
        { id: 'mA-p3', person_id: 'A', organization_id: 'i', post_id: 'p3', start_event_id: 'e1' },
      ];
    });
    // F (the reading's own person) is new to "o" and takes p1, A takes p3 (the reading's own post); D keeps
    // the seat in "o" (mD-o is not replaced) but not the one in "i": "i" has F and A (2, as stated), "o" 6, not 5.
    expect(validateDataset(d).map((p) => [p.code, p.params.claim, p.params.computed])).toEqual([['reading-claim-mismatch', 'c-o', 6]]);
    const bad = twoPostsWith((x) => (swap(x).posts = [{ id: 'p3', organization_id: 'q', label: { en: 'Post 3' } }]));
    expect(validateDataset(bad).map((p) => [p.code, p.pointer])).toEqual([['unknown-reference', '/alternatives/0/readings/1/posts/0/organization_id']]);
  });
  test('values and dates of a reading’s memberships, and a post of another body', () => {
    const d = twoPostsWith((x) => {
      const m = swap(x).memberships!;
      (m[0] as { start_cause: string }).start_cause = 'crowned';
      m[1]!.end_date = '2001-13';
      m[1]!.organization_id = 'o';
    });
    expect(validateDataset(d).map((p) => [p.code, p.pointer])).toEqual([
      ['unknown-value', '/alternatives/0/readings/1/memberships/0/start_cause'],
      ['bad-date', '/alternatives/0/readings/1/memberships/1/end_date'],
      ['post-organization-mismatch', '/alternatives/0/readings/1/memberships/1/post_id'],
    ]);
  });
  test('missing lists and ids', () => {
    const d = twoPostsWith((x) => {
      delete swap(x).memberships;
      delete (x.alternatives![0] as { replaces?: string[] }).replaces;
      (x.alternatives![0]!.readings[0] as { id?: string }).id = '';
    });
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.field])).toEqual([
      ['missing-field', '/alternatives/0/replaces', 'replaces'],
      ['missing-field', '/alternatives/0/readings/0/id', 'id'],
      ['missing-field', '/alternatives/0/readings/1/memberships', 'memberships'],
    ]);
    const notList = { ...twoPosts(), alternatives: 'x' } as unknown as D;
    expect(validateDataset(notList).map((p) => [p.code, p.pointer])).toEqual([['missing-field', '/alternatives']]);
    const garbage = { ...twoPosts(), alternatives: [null, { id: 'a2', replaces: [], readings: [7] }] } as unknown as D;
    expect(validateDataset(garbage).map((p) => [p.code, p.pointer])).toEqual([
      ['missing-field', '/alternatives/0/id'],
      ['missing-field', '/alternatives/0/replaces'],
      ['missing-field', '/alternatives/0/readings'],
      ['default-reading-count', '/alternatives/1/readings'],
      ['missing-field', '/alternatives/1/readings/0/id'],
      ['missing-field', '/alternatives/1/readings/0/memberships'],
    ]);
  });
  test('a reading with a structural error is not applied (no claim check on it)', () => {
    const d = twoPostsWith((x) => {
      swap(x).memberships = [{ id: 'x', person_id: 'ghost', organization_id: 'o' }];
    });
    expect(validateDataset(d).map((p) => p.code)).toEqual(['unknown-reference']);
  });
  test('an inferred membership of a reading without basis: a warning at the end', () => {
    const d = twoPostsWith((x) => (swap(x).memberships![0]!.certainty = 'inferred'));
    expect(validateDataset(d).map(brief)).toEqual([['warning', 'inferred-without-basis', '/alternatives/0/readings/1/memberships/0/basis']]);
  });
});

describe('the example of data/README.md, "Readings"', () => {
  const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Readings'), readme.indexOf('### Citations and certainty'));
  const block = /```json\n([\s\S]*?)```/.exec(section)![1]!;
  const alternatives = (JSON.parse(`{${block}}`) as { alternatives: Alternative[] }).alternatives;
  /** The example's records around it: A in o and i before e1, D new; p1 and p2 in i. */
  const dataset = (): D => ({
    format: 'committee-history',
    format_version: 1,
    id: 'readme',
    title: { en: 'README example' },
    sources: [],
    organizations: [
      { id: 'o', name: { en: 'Outer' } },
      { id: 'i', name: { en: 'Inner' }, parent_id: 'o' },
    ],
    persons: [{ id: 'A', name: { en: 'A' } }, { id: 'D', name: { en: 'D' } }],
    posts: [
      { id: 'p1', organization_id: 'i', label: { en: 'p1' } },
      { id: 'p2', organization_id: 'i', label: { en: 'p2' } },
    ],
    memberships: [
      { id: 'm-a-o', person_id: 'A', organization_id: 'o', start_event_id: 'e0' },
      { id: 'm-a-i', person_id: 'A', organization_id: 'i', start_event_id: 'e0', end_event_id: 'e1' },
      { id: 'm-d-o', person_id: 'D', organization_id: 'o', start_event_id: 'e1' },
      { id: 'm-a-p1', person_id: 'A', organization_id: 'i', post_id: 'p1', start_event_id: 'e1' },
      { id: 'm-d-p2', person_id: 'D', organization_id: 'i', post_id: 'p2', start_event_id: 'e1' },
    ],
    events: [
      { id: 'e0', date: '2000', label: { en: 'e0' } },
      { id: 'e1', date: '2001', label: { en: 'e1' } },
    ],
    claims: [{ id: 'c-i', organization_id: 'i', date: '2001', event_id: 'e1', count: 2 }],
    annotations: [],
    alternatives,
  });
  test('it is sound, and its two readings are the two the counts allow', () => {
    const d = dataset();
    expect(validateDataset(d)).toEqual([]);
    const alt = d.alternatives![0]!;
    expect(alt.readings.map((r) => readingOrigins(d, alt, r)!.posts.map((p) => `${p.post_id}:${p.person_id}:${p.origin}`))).toEqual([
      ['p1:A:inner', 'p2:D:newcomer'],
      ['p1:D:newcomer', 'p2:A:inner'],
    ]);
  });
  test('with D left out of the inner body by the second reading, it breaks the stated 2', () => {
    const d = dataset();
    d.alternatives![0]!.readings[1]!.memberships!.pop();
    d.alternatives![0]!.readings[1]!.memberships![0]!.person_id = 'A';
    expect(validateDataset(d).map((p) => [p.code, p.params.reading, p.params.stated, p.params.computed])).toEqual([['reading-claim-mismatch', 'a-p2', 2, 1]]);
  });
});

describe('findings a reading adds on the timeline', () => {
  test('two holders of one post under a reading: a finding at the reading’s membership, the sentence naming the reading', () => {
    const d = twoPostsWith((x) => (swap(x).memberships![1]!.post_id = 'p1'));
    const problems = validateDataset(d);
    expect(problems.map((p) => [p.severity, p.code, p.pointer])).toEqual([['warning', 'post-overlap', '/alternatives/0/readings/1/memberships/1/post_id']]);
    expect(problems[0]!.params).toEqual({
      post: 'p1', person: 'D', other: 'A', count: 2, seats: 1, step: 1, step_label_vi: '2001', step_label_en: '2001', step_date: '2001', reading: 'r-swap', alternative: 'alt',
    });
    expect(formatProblem(problems[0]!, 'en')).toBe('Under reading “r-swap”: Post “p1” is held by both “D” and “A” at step “2001” (index 1); expected one holder at a time.');
    expect(formatProblem(problems[0]!, 'vi')).toBe('Theo cách hiểu “r-swap”: Chức vụ “p1” do cả “D” và “A” cùng giữ tại bước “2001” (chỉ số 1); mỗi lúc chỉ một người giữ một chức vụ.');
  });
  test('a finding a reading adds points into the reading, or at the record of the dataset it concerns', () => {
    // Under the swap, A also joins "o" again: A's new membership overlaps mA-o (pointer in the reading),
    // and the claim on "i" breaks (A's second post is in "o" now, not "i").
    const d = twoPostsWith((x) => {
      swap(x).memberships![1]!.organization_id = 'o';
      swap(x).memberships![1]!.post_id = null;
    });
    expect(validateDataset(d).map((p) => [p.severity, p.code, p.pointer, p.params.membership ?? p.params.claim])).toEqual([
      ['error', 'reading-claim-mismatch', '/alternatives/0/readings/1', 'c-i'],
      ['warning', 'membership-overlap', '/alternatives/0/readings/1/memberships/1', 'mA-p2'],
    ]);
    // A reading that puts one more person in "o" (5 seats): over-seats points at the body, as for the dataset.
    const over = twoPostsWith((x) => {
      x.organizations[0]!.seats = 5;
      x.persons.push({ id: 'F', name: { en: 'F' } });
      x.memberships.push({ id: 'mF-x', person_id: 'F', organization_id: 'o', start_event_id: 'e0', end_event_id: 'e1' });
      swap(x).memberships!.push({ id: 'mF-o', person_id: 'F', organization_id: 'o', start_event_id: 'e1' });
    });
    expect(validateDataset(over).map((p) => [p.severity, p.code, p.pointer, p.params.reading ?? ''])).toEqual([
      ['error', 'reading-claim-mismatch', '/alternatives/0/readings/1', 'r-swap'],
      ['warning', 'over-seats', '/organizations/0/seats', 'r-swap'],
    ]);
  });
  test('a finding a reading shares with the records (same person, body and step) is the records’ alone', () => {
    const notInParent = twoPostsWith((x) => x.memberships.splice(5, 1)); // D is no longer in "o", under every reading
    expect(validateDataset(notInParent).map((p) => [p.code, p.pointer, p.params.reading ?? ''])).toEqual([
      ['not-in-parent', '/memberships/5/organization_id', ''],
      ['claim-mismatch', '/claims/0/count', ''],
    ]);
  });
  test('a finding the dataset’s own records already have is not repeated for the reading', () => {
    const d = twoPostsWith((x) => (x.organizations[0]!.seats = 4));
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.reading ?? ''])).toEqual([['over-seats', '/organizations/0/seats', '']]);
  });
});

describe('same-reading', () => {
  test('a reading that restates the default (other ids, other provenance) is a finding naming both', () => {
    const d = twoPostsWith((x) => {
      swap(x).memberships = [
        { id: 'n1', person_id: 'A', organization_id: 'i', post_id: 'p1', start_event_id: 'e1', certainty: 'stated' },
        { id: 'n2', person_id: 'D', organization_id: 'i', post_id: 'p2', start_event_id: 'e1' },
      ];
    });
    const problems = validateDataset(d);
    expect(problems).toEqual([
      { severity: 'warning', code: 'same-reading', pointer: '/alternatives/0/readings/1', params: { alternative: 'alt', reading: 'r-swap', other_reading: 'r-default' } },
    ]);
    expect(formatProblem(problems[0]!, 'en')).toBe(
      'Reading “r-swap” of alternative “alt” tells the same as reading “r-default”: the same memberships (ids and provenance aside), persons and posts (at /alternatives/0/readings/1); expected every reading to differ.',
    );
  });
  test('two non-default readings alike: the later one is named; a different person description makes them differ', () => {
    const d = twoPostsWith((x) => {
      const copy = structuredClone(swap(x));
      copy.id = 'r-swap-2';
      x.alternatives![0]!.readings.push(copy);
    });
    // the copy keeps the label too: a reading without a name of its own as well
    expect(validateDataset(d).map((p) => [p.code, p.pointer, p.params.reading, p.params.other_reading])).toEqual([
      ['reading-label', '/alternatives/0/readings/2/label', 'r-swap-2', 'r-swap'],
      ['same-reading', '/alternatives/0/readings/2', 'r-swap-2', 'r-swap'],
    ]);
    const differ = twoPostsWith((x) => {
      const copy = structuredClone(swap(x));
      copy.id = 'r-swap-2';
      copy.persons = [{ id: 'D', name: { en: 'D, described otherwise' } }];
      copy.label = { en: 'Swap, D described otherwise' };
      x.alternatives![0]!.readings.push(copy);
    });
    expect(validateDataset(differ)).toEqual([]);
  });
});

describe('reading-label', () => {
  test('a reading whose label is empty in every language, or the same as another reading’s, is a finding naming it', () => {
    const empty = twoPostsWith((x) => {
      swap(x).label = { vi: '  ', en: '' };
    });
    const p = validateDataset(empty);
    expect(p.map((q) => [q.severity, q.code, q.pointer, q.params.reading, q.params.other_reading])).toEqual([['warning', 'reading-label', '/alternatives/0/readings/1/label', 'r-swap', undefined]]);
    expect(formatProblem(p[0]!, 'en')).toContain('has no label in any language');
    expect(formatProblem(p[0]!, 'vi')).toContain('không có tên ở ngôn ngữ nào');
    const same = twoPostsWith((x) => {
      swap(x).label = structuredClone(x.alternatives![0]!.readings[0]!.label);
    });
    const q = validateDataset(same);
    expect(q.map((r) => [r.code, r.params.reading, r.params.other_reading])).toEqual([['reading-label', 'r-swap', 'r-default']]);
    expect(formatProblem(q[0]!, 'en')).toContain('has the same label as reading');
  });
});
