/**
 * Errors vs findings on an EveryPolitician-shaped file of our own (tests/fixtures/ep-legislature.json:
 * a five-seat assembly, two legislative periods and a general election, parties as
 * `on_behalf_of_id`, areas, a nominated post held by two at once, a same-day replacement with
 * inclusive end dates, a membership ending before its period begins, undated memberships, a
 * person without a membership, a step with six members). It loads, with exactly the expected
 * findings; the record that cannot be placed is set aside, never dropped; the findings group by kind
 * in vi and en; Popolo posts without a seat count hold any number.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportJson, exportPopolo, exportCsv, importFile, importProblemSentence, type ImportResult } from '../../src/lib/io/index.ts';
import { groupFindings, FINDING_ORDER } from '../../src/lib/io/findings.ts';
import { importPopolo } from '../../src/lib/io/popolo.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { personHistory, roleTable } from '../../src/lib/model/history.ts';
import { PROBLEM_CODES, STRUCTURAL_CODES } from '../../src/lib/model/problems.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { memberTimeline } from '../../src/lib/layout/member-timeline.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { posterSvg } from '../../src/lib/export/poster.ts';
import { memberPanelView } from '../../src/lib/view/member-panel.ts';
import { roleTableView } from '../../src/lib/view/role-table.ts';
import { FINDING_WORDS, findingKind } from '../../src/lib/i18n/findings.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/ep-legislature.json', import.meta.url));
const load = (): ImportResult => importFile('ep-legislature.json', readFileSync(FIXTURE));
const datasetOf = (r: ImportResult): Dataset => {
  if (!r.ok) throw new Error(`refused: ${r.problems.map((p) => p.message).join(' | ')}`);
  return r.dataset;
};
const ORG = 'org/lakeland-assembly';

describe('the EveryPolitician-shaped fixture', () => {
  test('loads (ok), with exactly the expected findings and no error', () => {
    const r = load();
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.severity, p.code, p.pointer, p.params.count ?? null])).toEqual([
      ['warning', 'dates-from-term', '/events/0', 5],
      ['warning', 'dates-from-term', '/events/2', 5],
      ['warning', 'end-before-term', '/memberships/12/end_date', null],
      ['warning', 'over-seats', '/organizations/0/seats', 6],
      ['warning', 'person-without-membership', '/persons/7', null],
    ]);
  });

  test('each finding says where and what, in English and Vietnamese', () => {
    const r = load();
    const [, , ebs, over, nobody] = r.problems;
    expect(importProblemSentence(over!, 'en')).toBe(
      'File “ep-legislature.json”, at /organizations/0/seats: Organization “Lakeland National Assembly” (id “org/lakeland-assembly”) has 6 members at step “1 March 2013” (index 2), more than its 5 seats; expected at most 5.',
    );
    expect(importProblemSentence(over!, 'vi')).toBe(
      'Tệp “ep-legislature.json”, tại /organizations/0/seats: Tổ chức “Lakeland National Assembly” (mã “org/lakeland-assembly”) có 6 thành viên tại bước “1/3/2013” (chỉ số 2), nhiều hơn 5 ghế; tối đa là 5.',
    );
    expect(importProblemSentence(ebs!, 'en')).toBe(
      'File “ep-legislature.json”, at /memberships/12/end_date: the membership of “Ivo Irwin” in “Lakeland National Assembly” ends (2014-12-28) before its legislative period “2nd Assembly” (term/2) begins (2015-01-01); the file gives it no start date, so it would take the period’s. It is set aside: not drawn, but kept in the dataset.',
    );
    expect(importProblemSentence(ebs!, 'vi')).toBe(
      'Tệp “ep-legislature.json”, tại /memberships/12/end_date: bản ghi thành viên của “Ivo Irwin” trong “Lakeland National Assembly” kết thúc (2014-12-28) trước khi nhiệm kỳ “2nd Assembly” (term/2) bắt đầu (2015-01-01); tệp không ghi ngày bắt đầu nên bản ghi sẽ lấy ngày của nhiệm kỳ. Bản ghi được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu.',
    );
    expect(importProblemSentence(nobody!, 'en')).toBe(
      'File “ep-legislature.json”, at /persons/7: Person “Hal Hart” (id “person/hal”) has no membership, so they appear nowhere in the chart; expected at least one membership naming them.',
    );
    expect(importProblemSentence(nobody!, 'vi')).toBe(
      'Tệp “ep-legislature.json”, tại /persons/7: Người “Hal Hart” (mã “person/hal”) không có bản ghi thành viên nào nên không xuất hiện trên sơ đồ; cần ít nhất một bản ghi thành viên của người này.',
    );
  });

  test('a nominated post with no seat count holds two at once (seats null): no finding', () => {
    const d = datasetOf(load());
    expect(d.posts).toEqual([{ id: 'post/nominated', organization_id: ORG, label: { en: 'Nominated Member' }, seats: null }]);
    const tl = buildTimeline(d);
    const holders = [...tl.snapshotAt(0).seats.entries()].filter(([, s]) => s.post_ids.includes('post/nominated')).map(([p]) => p);
    expect(holders.sort()).toEqual(['person/dan', 'person/eva']);
  });

  test('the same-day replacement (inclusive end dates) keeps five, never six, at 30/6/2012', () => {
    const tl = buildTimeline(datasetOf(load()));
    const k = tl.steps.findIndex((s) => s.date.text === '2012-06-30');
    expect(tl.steps[k]!.changes.map((c) => `${c.kind} ${c.person_id}`)).toEqual(['end person/ben', 'start person/cai']);
    expect(tl.countSeries.get(ORG)![k]).toBe(5);
    expect(tl.countSeries.get(ORG)![k - 1]).toBe(5);
  });

  test('set aside, never dropped: the membership that ends before it starts is in no snapshot, nothing crashes on it, every export gives it back', () => {
    const d = datasetOf(load());
    const tl = buildTimeline(d);
    const ivo = tl.spans.filter((sp) => sp.membership.person_id === 'person/ivo');
    expect(ivo.map((sp) => [sp.index, sp.live])).toEqual([[12, false]]);
    for (let i = 0; i < tl.steps.length; i++) {
      expect(tl.snapshotAt(i).seats.has('person/ivo')).toBe(false);
      expect(tl.snapshotAt(i).departed.has('person/ivo')).toBe(false);
    }
    const plan = planSeats(tl);
    for (let i = 0; i < tl.steps.length; i++) expect(svgForView(tl, plan, i, 'en')).not.toContain('data-member-id="person/ivo"');
    expect(posterSvg(tl, plan, 'vi')).toContain('<svg');
    const h = personHistory(tl, 'person/ivo');
    expect(memberPanelView(tl, h, 'en')).toBeDefined();
    expect(memberPanelView(tl, personHistory(tl, 'person/hal'), 'vi')).toBeDefined();
    const rows = memberTimeline(tl).rows.map((r) => r.id);
    expect(rows).toContain('person/ana');
    expect(rows).not.toContain('person/ivo');
    expect(roleTableView(tl, roleTable(tl), 'en')).toBeDefined();
    // Our JSON, Popolo and CSV all carry it; our JSON gives back the same dataset and the same finding.
    const json = exportJson(d);
    const again = importFile('again.json', new TextEncoder().encode(json));
    expect(datasetOf(again)).toEqual(d);
    expect(again.problems.map((p) => p.code)).toEqual(['end-before-start', 'over-seats', 'person-without-membership']);
    const popolo = JSON.parse(exportPopolo(d)) as { memberships: { person_id: string; end_date?: string }[]; persons: { id: string }[] };
    expect(popolo.memberships.filter((m) => m.person_id === 'person/ivo').map((m) => m.end_date)).toEqual(['2014-12-28']);
    expect(popolo.persons.map((p) => p.id)).toContain('person/hal');
    expect(exportCsv(d, { lang: 'en' })).toContain('Ivo Irwin');
  });

  test('the findings group by kind, in a fixed order, with count, places, meaning and fix, in vi and en', () => {
    const r = load();
    const en = groupFindings(r.problems, 'en', 1);
    expect(en.map((g) => [g.code, g.count])).toEqual([
      ['end-before-term', 1],
      ['dates-from-term', 2],
      ['person-without-membership', 1],
      ['over-seats', 1],
    ].sort((a, b) => FINDING_ORDER.indexOf(a[0] as string) - FINDING_ORDER.indexOf(b[0] as string)));
    const terms = en.find((g) => g.code === 'dates-from-term')!;
    expect(terms.heading).toBe('Memberships dated by their term (2)');
    expect(terms.places).toEqual([
      'File “ep-legislature.json”, at /events/0: 5 memberships have no start or end date; they take the dates of the legislative period “1st Assembly” (term/1) and are marked inferred.',
    ]);
    expect(terms.more).toBe('… and 1 more.');
    expect(terms.fix).toBe('To fix: If the real dates are known, add start_date and end_date to those memberships.');
    const vi = groupFindings(r.problems, 'vi');
    const over = vi.find((g) => g.code === 'over-seats')!;
    expect(over.heading).toBe('Nhiều thành viên hơn số ghế (1)');
    expect(over.more).toBe('');
    expect(over.fix).toBe('Cách sửa: Kiểm tra số ghế của cơ quan và ngày kết thúc của những người đã rời khỏi cơ quan trong khóa.');
    expect(over.places[0]).toMatch(/^Tệp “ep-legislature.json”, tại \/organizations\/0\/seats: /);
    // Errors are never findings.
    expect(groupFindings([{ ...r.problems[0]!, severity: 'error' }], 'en')).toEqual([]);
  });

  test('every finding code of the model has a title and a meaning in vi and en', () => {
    const findings = PROBLEM_CODES.filter((c) => !STRUCTURAL_CODES.includes(c));
    for (const lang of ['vi', 'en'] as const) {
      for (const c of [...findings, 'dates-from-term']) {
        const k = FINDING_WORDS[lang].kinds[c];
        expect(k?.title, `${lang} ${c}`).toBeTruthy();
        expect(k?.meaning, `${lang} ${c}`).toBeTruthy();
        expect(k!.title.normalize('NFC')).toBe(k!.title);
      }
    }
  });
});

describe('Popolo posts and seats', () => {
  const file = (post: Record<string, unknown>) => ({
    persons: [{ id: 'a', name: 'A' }],
    organizations: [{ id: 'h', name: 'House', seats: 3 }],
    posts: [{ id: 'chair', label: 'Chair', organization_id: 'h', ...post }],
    memberships: [{ person_id: 'a', organization_id: 'h', post_id: 'chair', start_date: '2000' }],
  });
  test('a post without a seat count holds any number (null); the export writes no seats for it', () => {
    const r = importPopolo(file({}), 'p.json');
    const d = datasetOf(r);
    expect(d.posts[0]!.seats).toBeNull();
    const out = JSON.parse(exportPopolo(d)) as { posts: Record<string, unknown>[] };
    expect(out.posts[0]).toEqual({ id: 'chair', organization_id: 'h', label: 'Chair' });
  });
  test('a post with seats in the file keeps them, and the export gives the file’s field back', () => {
    const d = datasetOf(importPopolo(file({ seats: 2 }), 'p.json'));
    expect(d.posts[0]!.seats).toBe(2);
    const out = JSON.parse(exportPopolo(d)) as { posts: Record<string, unknown>[] };
    expect(out.posts[0]!.seats).toBe(2);
  });
  test('our posts (absent = one holder) survive a Popolo round trip', () => {
    const ours = datasetOf(importPopolo(file({}), 'p.json'));
    const one = { ...ours, popolo: undefined, posts: [{ id: 'chair', organization_id: 'h', label: { en: 'Chair' } }] } as Dataset;
    delete (one as { popolo?: unknown }).popolo;
    const back = datasetOf(importPopolo(JSON.parse(exportPopolo(one)), 'back.json'));
    expect(back.posts).toEqual([{ id: 'chair', organization_id: 'h', label: { en: 'Chair' } }]);
    const three = { ...one, posts: [{ id: 'chair', organization_id: 'h', label: { en: 'Chair' }, seats: 3 }] } as Dataset;
    expect(datasetOf(importPopolo(JSON.parse(exportPopolo(three)), 'back.json')).posts[0]!.seats).toBe(3);
  });
});

describe('every kind of finding an importer gives has its own title and meaning', () => {
  // The warnings the importers log (`log.warn`, `makeProblem('warning', …)` in src/lib/io/) and the model's.
  const WARNINGS = [
    'csv-comment-rows', 'csv-date-order-assumed', 'csv-date-order-detected', 'csv-double-encoded', 'csv-inferred-without-basis',
    'csv-no-body-column', 'csv-person-names-differ', 'csv-same-name-overlap', 'csv-short-row', 'csv-unknown-column',
    'csv-unknown-value', 'csv-bad-color', 'csv-group-color-differs', 'csv-date-serial', 'csv-date-two-digit-year', 'csv-date-first-of-month', 'xlsx-date-cell', 'popolo-bad-color', 'csv-encoding-assumed', 'dates-from-term', 'eth-replaced', 'popolo-event-kept', 'unknown-key', 'unknown-term',
  ];
  test.each(['vi', 'en'] as const)('%s', (lang) => {
    for (const code of WARNINGS) expect(findingKind(code, lang), code).not.toBe(FINDING_WORDS[lang].other);
  });
});
