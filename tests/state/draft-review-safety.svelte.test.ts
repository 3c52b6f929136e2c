/**
 * The review's edits are safe (found by the break-it tester): Accept after Edit keeps the edit
 * (and Accept after Reject brings it back), an empty name is refused with a message, a label edit
 * writes only the language the form was opened in (switching the UI language mid-edit wrote the
 * other language's label into this one), and the highlights are one Tab stop moved by the arrows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DraftReview, type DraftTarget } from '../../src/lib/state/draft-review.svelte.ts';
import { inThreadDrafter } from '../../src/lib/state/draft-drafters.ts';
import { TaskState } from '../../src/lib/state/task.svelte.ts';
import { DRAFT_MORE_WORDS } from '../../src/lib/i18n/draft-more-words.ts';

async function drafted(lang: 'vi' | 'en' = 'vi') {
  const app: DraftTarget & { lang: 'vi' | 'en' } = { lang, importReport: null, task: new TaskState(), async importValue() {} };
  const review = new DraftReview(app, inThreadDrafter);
  review.text = readFileSync('tests/fixtures/reports/huyen-nha-be.txt', 'utf8');
  await review.draftText();
  return { review, app };
}
const labelOf = (review: DraftReview, id: string) => {
  const d = review.decisions.get(id);
  return typeof d === 'object' ? d.label : null;
};

describe('edits are kept', () => {
  it('Accept after Edit keeps the edited record; Reject then Accept brings it back', async () => {
    const { review } = await drafted();
    review.startEdit('person:le-thi-hoa');
    review.form.label = 'Lê Thị Hòa';
    review.saveEdit();
    review.decide('person:le-thi-hoa', 'accept');
    expect(review.decisionOf('person:le-thi-hoa')).toBe('edit');
    expect(review.dataset?.persons.find((p) => p.id === 'le-thi-hoa')?.name.vi).toBe('Lê Thị Hòa');
    review.decide('person:le-thi-hoa', 'reject');
    expect(review.dataset?.persons.some((p) => p.id === 'le-thi-hoa')).toBe(false);
    review.decide('person:le-thi-hoa', 'accept');
    expect(review.dataset?.persons.find((p) => p.id === 'le-thi-hoa')?.name.vi).toBe('Lê Thị Hòa');
    review.decide('person:le-thi-hoa', 'reject');
    review.acceptAll();
    expect(review.decisionOf('person:le-thi-hoa')).toBe('edit');
  });
  it('an empty name is refused with a message; the form stays open', async () => {
    const { review } = await drafted('en');
    review.startEdit('person:le-thi-hoa');
    review.form.label = '   ';
    review.saveEdit();
    expect(review.editing).toBe('person:le-thi-hoa');
    expect(review.formError).toBe('empty-label');
    expect(review.decisionOf('person:le-thi-hoa')).toBe('accept');
    expect(DRAFT_MORE_WORDS.en.emptyLabel).toBe('The name cannot be empty: type a name, or press Cancel (Esc) to keep the old one.');
    review.cancelEdit();
    expect(review.formError).toBe(null);
  });
  it('switching the UI language mid-edit writes no label of the other language', async () => {
    const { review, app } = await drafted('vi');
    const before = review.records.find((r) => r.id === 'event:e1-death')!.label;
    expect(before.vi).not.toBe(before.en);
    review.startEdit('event:e1-death');
    expect(review.form.label).toBe(before.vi);
    app.lang = 'en';
    review.form.date = '2001-05';
    review.saveEdit();
    // The label was not changed: each language keeps its own text, dated anew (a moved event's label takes its new date).
    expect(labelOf(review, 'event:e1-death')).toEqual({ vi: before.vi!.replace(/^2001/, '5/2001'), en: before.en!.replace(/^2001/, 'May 2001') });
    // A changed label is written in the form's language only, whatever the UI shows now.
    review.startEdit('event:e1-death');
    expect(review.editLang).toBe('en');
    expect(review.form.label).toBe(before.en!.replace(/^2001/, 'May 2001'));
    app.lang = 'vi';
    review.form.label = 'May 2001 · death of the Standing Deputy';
    review.saveEdit();
    expect(labelOf(review, 'event:e1-death')).toEqual({ vi: before.vi!.replace(/^2001/, '5/2001'), en: 'May 2001 · death of the Standing Deputy' });
  });
});

describe('highlights and the keyboard', () => {
  it('one Tab stop; the arrows, Home and End move it, stopping at the ends', async () => {
    const { review } = await drafted();
    const starts = review.highlightStarts;
    expect(starts.length).toBeGreaterThan(5);
    expect(review.tabHighlight).toBe(starts[0]);
    expect(review.moveHighlight('ArrowLeft')).toBe(null);
    expect(review.moveHighlight('ArrowRight')).toBe(starts[1]);
    expect(review.moveHighlight('ArrowDown')).toBe(starts[2]);
    expect(review.tabHighlight).toBe(starts[2]);
    expect(review.moveHighlight('ArrowUp')).toBe(starts[1]);
    expect(review.moveHighlight('End')).toBe(starts[starts.length - 1]);
    expect(review.moveHighlight('ArrowRight')).toBe(null);
    expect(review.moveHighlight('Home')).toBe(starts[0]);
    expect(review.moveHighlight('a')).toBe(null);
    review.focusHighlight(starts[3]!);
    expect(review.tabHighlight).toBe(starts[3]);
  });
});
