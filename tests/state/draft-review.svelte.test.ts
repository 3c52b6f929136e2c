/**
 * The "From text" review's state (`DraftReview`, issue 15): drafting a pasted text and a .txt file,
 * selection from a highlight to its records and back, decisions (reject, accept, edit) and the
 * claims check and findings recomputed from them, and "Load" giving the kept dataset to the app's
 * import path (here `importJsonValue`, the checks every JSON import passes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DraftReview, editedRecord, formOf, isReportFile, reportLang, type DraftTarget } from '../../src/lib/state/draft-review.svelte.ts';
import { inThreadDrafter } from '../../src/lib/state/draft-drafters.ts';
import { TaskState } from '../../src/lib/state/task.svelte.ts';
import { importJsonValue } from '../../src/lib/io/json-format.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const read = (name: string) => readFileSync(`tests/fixtures/reports/${name}`, 'utf8');

function target(lang: 'vi' | 'en' = 'en') {
  const loaded: { name: string; dataset: Dataset }[] = [];
  const app: DraftTarget & { importReport: { ok: boolean } | null } = {
    lang,
    importReport: null,
    task: new TaskState(),
    async importValue(value, fileName) {
      // What the app's import does with a JSON file: parse it, then the normal checks.
      const result = importJsonValue(JSON.parse(JSON.stringify(value)), fileName);
      app.importReport = { ok: result.ok };
      if (result.ok) loaded.push({ name: fileName, dataset: result.dataset });
    },
  };
  return { app, loaded };
}

async function drafted(file = 'huyen-nha-be.txt', lang: 'vi' | 'en' = 'en') {
  const t = target(lang);
  const review = new DraftReview(t.app, inThreadDrafter);
  review.text = read(file);
  await review.draftText();
  return { review, ...t };
}

describe('DraftReview', () => {
  it('drafts the pasted text: language, numbered paragraphs in pieces, records by kind, a reconciled check', async () => {
    const { review } = await drafted();
    expect(review.lang).toBe('vi');
    expect(review.draft?.paragraphs.length).toBe(7);
    expect(review.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The pieces of a paragraph give back its text; highlights hold record ids.
    const p4 = review.paragraphs[3]!;
    expect(p4.pieces.map((x) => x.text).join('')).toBe(review.source.split('\n')[3]);
    const hoa = p4.pieces.find((x) => x.text.includes('Lê Thị Hoa'));
    expect(hoa?.records).toContain('person:le-thi-hoa');
    expect(review.groups.map((g) => [g.kind, g.records.length])).toEqual([['body', 3], ['person', 29], ['event', 5], ['claim', 4]]);
    expect(review.check?.steps.map((s) => [s.counts.bch, s.counts.btv])).toEqual([[29, 9], [28, 8], [27, 7], [27, 8], [24, 8]]);
    expect(review.check?.reconciled).toBe(true);
    expect(review.findings.map((f) => f.code)).toEqual(['report-date-inferred']);
    expect(review.keptCount).toBe(41);
    // The people the text does not name (folded in the list): 3 retirees, 7 Standing and 16 Executive members.
    expect(review.records.filter((r) => review.isAnonymous(r)).length).toBe(26);
    expect(review.isAnonymous(review.records.find((r) => r.id === 'person:le-thi-hoa')!)).toBe(false);
    expect(review.paragraphsOf(review.records.find((r) => r.id === 'event:e1-death')!)).toEqual([3]);
  });

  it('a highlight selects its records, and a record marks its spans in the text', async () => {
    const { review } = await drafted();
    const at = review.source.indexOf('từ trần');
    expect(review.selectAt(at)).toEqual(['event:e1-death']);
    expect([...review.selected]).toEqual(['event:e1-death']);
    const piece = review.paragraphs[2]!.pieces.find((x) => x.start <= at && at < x.end)!;
    expect(review.isMarked(piece)).toBe(true);
    // Back: selecting a person marks the phrase that names them, and nothing else.
    review.select('person:le-thi-hoa');
    const span = review.firstSpan('person:le-thi-hoa')!;
    expect(review.source.slice(span.start, span.end)).toContain('Lê Thị Hoa');
    expect([...review.marked]).toEqual([`${span.start}:${span.end}`]);
    expect(review.isMarked(piece)).toBe(false);
    const marked = review.paragraphs.flatMap((p) => p.pieces).filter((x) => review.isMarked(x)).map((x) => x.text).join('');
    expect(marked).toContain('Lê Thị Hoa');
    // Outside every span: nothing selected.
    expect(review.selectAt(0)).toEqual([]);
  });

  it('rejecting a retiree or the retirement breaks the counts; accepting again reconciles', async () => {
    const { review } = await drafted();
    review.decide('person:bch-retirement-2004-1', 'reject');
    expect(review.decisionOf('person:bch-retirement-2004-1')).toBe('reject');
    expect(review.keptCount).toBe(40);
    // One member fewer all term: the start-of-term count no longer holds.
    expect(review.check?.steps.map((s) => s.counts.bch)).toEqual([28, 27, 26, 26, 24]);
    expect(review.check?.reconciled).toBe(false);
    expect(review.check?.claims.filter((c) => !c.holds).map((c) => [c.organization_id, c.stated, c.computed])).toEqual([['bch', 29, 28]]);
    expect(review.findings.map((f) => [f.code, f.paragraph])).toContainEqual(['claim-does-not-hold', 2]);
    review.decide('person:bch-retirement-2004-1', 'accept');
    review.decide('event:e4-retirement', 'reject');
    // Without the retirement the three stay: the "to date" count no longer holds.
    expect(review.check?.steps.map((s) => s.counts.bch)).toEqual([29, 28, 27, 27]);
    expect(review.check?.claims.filter((c) => !c.holds).map((c) => [c.organization_id, c.stated, c.computed])).toEqual([['bch', 24, 27]]);
    expect(review.findings.map((f) => [f.code, f.paragraph])).toContainEqual(['claim-does-not-hold', 7]);
    review.acceptAll();
    expect(review.decisionOf('event:e4-retirement')).toBe('accept');
    expect(review.check?.reconciled).toBe(true);
    expect(review.findings.map((f) => f.code)).toEqual(['report-date-inferred']);
  });

  it('an edit renames a person and moves a membership\'s end; the edited record is the decision', async () => {
    const { review } = await drafted('huyen-nha-be.txt', 'vi');
    review.startEdit('person:le-thi-hoa');
    expect(review.editing).toBe('person:le-thi-hoa');
    expect(review.form.label).toBe('Lê Thị Hoa');
    expect(review.form.memberships.map((m) => [m.organization_id, m.end_date, m.end_cause])).toEqual([['bch', '2002-09-05', 'transfer'], ['btv', '2002-09-05', 'transfer']]);
    review.form.label = 'Lê Thị Hòa';
    review.form.memberships[0]!.end_cause = 'retirement';
    review.saveEdit();
    expect(review.editing).toBe(null);
    expect(review.decisionOf('person:le-thi-hoa')).toBe('edit');
    const d = review.decisions.get('person:le-thi-hoa');
    expect(typeof d === 'object' && d.label.vi).toBe('Lê Thị Hòa');
    const person = review.dataset?.persons.find((p) => p.id === 'le-thi-hoa');
    expect(person?.name).toEqual({ vi: 'Lê Thị Hòa', en: 'Lê Thị Hòa' });
    expect(review.dataset?.memberships.filter((m) => m.person_id === 'le-thi-hoa').map((m) => m.end_cause)).toEqual(['retirement', 'transfer']);
    // The draft itself is untouched.
    expect(review.draft?.records.find((r) => r.id === 'person:le-thi-hoa')?.label.vi).toBe('Lê Thị Hoa');
  });

  it('an event moved to another date takes the memberships that end at it along', async () => {
    const { review } = await drafted();
    review.startEdit('event:e1-death');
    expect(review.form.date).toBe('2001');
    review.form.date = '2001-05';
    review.saveEdit();
    expect(review.decisionOf('event:e1-death')).toBe('edit');
    // Nguyễn Văn An's three memberships ended at the death: they move, and his record is marked edited.
    expect(review.decisionOf('person:nguyen-van-an')).toBe('edit');
    expect(review.dataset?.memberships.filter((m) => m.end_event_id === 'e1-death').map((m) => m.end_date)).toEqual(['2001-05', '2001-05', '2001-05']);
    expect(review.dataset?.events.find((e) => e.id === 'e1-death')?.date).toBe('2001-05');
    expect(review.decisionOf('person:le-thi-hoa')).toBe('accept');
    expect(review.check?.reconciled).toBe(true);
    expect(review.findings.map((f) => f.code)).toEqual(['report-date-inferred']);
  });

  it('editedRecord: an event\'s date and label, a claim\'s count; empty fields remove a date; bad counts are ignored', async () => {
    const { review } = await drafted();
    const ev = review.records.find((r) => r.id === 'event:e3-by-election')!;
    const f = formOf(ev, 'en');
    expect([f.label, f.date]).toEqual(['2003 · by-election', '2003']);
    const e2 = editedRecord(ev, { ...f, label: 'By-election', date: '2003-06' }, 'en');
    expect([e2.label.en, e2.label.vi, e2.yields.events?.[0]?.date, e2.yields.events?.[0]?.label.en]).toEqual(['By-election', '2003 · bầu bổ sung', '2003-06', 'By-election']);
    expect(ev.yields.events?.[0]?.date).toBe('2003');
    const claim = review.records.find((r) => r.id === 'claim:bch-report')!;
    expect(editedRecord(claim, { ...formOf(claim, 'en'), count: '25' }, 'en').yields.claims?.[0]?.count).toBe(25);
    expect(editedRecord(claim, { ...formOf(claim, 'en'), count: '2.5' }, 'en').yields.claims?.[0]?.count).toBe(24);
    const an = review.records.find((r) => r.id === 'person:nguyen-van-an')!;
    const fa = formOf(an, 'en');
    fa.memberships[0]!.end_date = '';
    expect(editedRecord(an, fa, 'en').yields.memberships?.[0]).not.toHaveProperty('end_date');
  });

  it('Load gives the kept, edited dataset to the import path and closes; a refused import keeps the review', async () => {
    const { review, loaded, app } = await drafted('huyen-nha-be.txt', 'vi');
    review.decide('claim:btv-report', 'reject');
    review.startEdit('person:pham-van-tam');
    review.form.label = 'Phạm Văn Tám';
    review.saveEdit();
    await review.load();
    expect(app.importReport?.ok).toBe(true);
    expect(loaded.length).toBe(1);
    expect(loaded[0]!.name).toBe('draft-huyen-nha-be-2000-2005.json');
    const ds = loaded[0]!.dataset;
    expect(ds.claims?.map((c) => c.id).sort()).toEqual(['claim-bch-report', 'claim-bch-start', 'claim-btv-start']);
    expect(ds.persons.find((p) => p.id === 'pham-van-tam')?.name.vi).toBe('Phạm Văn Tám');
    expect(review.draft).toBe(null);
    expect(review.text).toBe('');
    // A refused import: the review stays for the user to correct.
    const t2 = await drafted();
    t2.app.importValue = async () => {
      t2.app.importReport = { ok: false };
    };
    await t2.review.load();
    expect(t2.review.draft).not.toBe(null);
  });

  it('Cancel drops the draft and imports nothing; a .txt file is drafted and names the dataset\'s file', async () => {
    const { review, loaded } = await drafted();
    review.decide('event:e1-death', 'reject');
    review.close();
    expect([review.draft, review.decisions.size, review.selected.size, loaded.length]).toEqual([null, 0, 0, 0]);
    await review.draftFile(new File([read('hill-county.txt')], 'hill-county.txt', { type: 'text/plain' }));
    expect(review.lang).toBe('en');
    expect(review.check?.steps.map((s) => [s.label.en, s.counts.bch, s.counts.btv])).toEqual([['2010 · start of term', 25, 7], ['March 2011 · transfers', 24, 6], ['2012 · retirements', 22, 6], ['late 2013 · by-election', 23, 7]]);
    await review.load();
    expect(loaded.map((l) => l.name)).toEqual(['hill-county.json']);
  });

  it('a sentence no rule understood is kept with its paragraph', async () => {
    const { review } = await drafted('thi-xa-hoa-thanh.txt');
    expect(review.draft?.notUnderstood.map((n) => n.paragraph)).toEqual([5]);
    const n = review.draft!.notUnderstood[0]!;
    expect(review.source.slice(n.start, n.end)).toBe(n.sentence);
  });

  it('reportLang and isReportFile', () => {
    expect(reportLang(read('quan-3.txt'))).toBe('vi');
    expect(reportLang(read('river-district.txt'))).toBe('en');
    expect(reportLang('Nguyễn An retired in 2001. The Executive Committee had 21 members and many more words here.')).toBe('en');
    expect(isReportFile('bao-cao.txt', 'text/plain')).toBe(true);
    // A .txt of tab-separated rows is a report's text too; its draft says how to import it as a table.
    expect(isReportFile('rows.txt', 'text/plain')).toBe(true);
    expect(isReportFile('board.csv', 'text/csv')).toBe(false);
    expect(isReportFile('notes', 'text/plain')).toBe(true);
    expect(isReportFile('data.json', 'application/json')).toBe(false);
  });
});
