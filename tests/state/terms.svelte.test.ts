/**
 * The term on screen: URL `term=`, the default (latest term with members), the picker's options,
 * switching term, file names. On the Ireland-shaped Popolo fixture (`e2e/fixtures/terms.popolo.json`).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { importPopolo } from '../../src/lib/io/popolo.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import { readUrlTerm, writeUrlTerm, noticeText } from '../../src/lib/state/url.ts';
import { termOptions } from '../../src/lib/view/terms.ts';
import { termsOf } from '../../src/lib/model/terms.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import termsJson from '../../e2e/fixtures/terms.popolo.json';

function load(): Dataset {
  const r = importPopolo(structuredClone(termsJson), 'terms.popolo.json');
  if (!r.ok) throw new Error('fixture refused');
  return r.dataset;
}

let apps: AppState[] = [];
function make(dataset: Dataset, search = ''): AppState {
  const app = new AppState(dataset, search, { reducedMotion: () => true });
  apps.push(app);
  flushSync();
  return app;
}
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
});

describe('readUrlTerm / writeUrlTerm', () => {
  it('a term id, "all" for every term, the fallback when absent; an unknown id falls back with a notice', () => {
    const ids = ['t1', 't2'];
    expect(readUrlTerm('?term=t1', ids, 't2')).toEqual({ term: 't1', notice: null });
    expect(readUrlTerm('?term=all', ids, 't2')).toEqual({ term: null, notice: null });
    expect(readUrlTerm('?step=1', ids, 't2')).toEqual({ term: 't2', notice: null });
    const bad = readUrlTerm('?term=t9', ids, 't2');
    expect(bad).toEqual({ term: 't2', notice: { param: 'term', value: 't9' } });
    expect(noticeText(bad.notice!, 'en')).toBe('“term=t9” is not valid: the dataset has no such term. Showing the default term.');
    expect(noticeText(bad.notice!, 'vi')).toBe('Tham số “term=t9” không hợp lệ: bộ dữ liệu không có khóa này. Đã chọn khóa mặc định.');
    expect(writeUrlTerm('?step=2', 'term/31', true)).toBe('?step=2&term=term%2F31');
    expect(writeUrlTerm('?step=2&term=x', null, true)).toBe('?step=2&term=all');
    expect(writeUrlTerm('?step=2&term=x', null, false)).toBe('?step=2');
  });
});

describe('termOptions', () => {
  it('each term with its years, then all terms; none for fewer than two terms', () => {
    const terms = termsOf(load());
    expect(termOptions(terms, 'vi')).toEqual([
      { value: 'term/31', text: '31st Dáil (2011–2016)' },
      { value: 'term/32', text: '32nd Dáil (2016–)' },
      { value: 'all', text: 'Tất cả các khóa' },
    ]);
    expect(termOptions(terms, 'en').at(-1)).toEqual({ value: 'all', text: 'All terms' });
    expect(termOptions(terms.slice(0, 1), 'en')).toEqual([]);
  });
});

describe('the term on screen', () => {
  it('opens on the latest term with members; its first step has them all', () => {
    const app = make(load());
    expect(app.term).toBe('term/32');
    expect(app.stepCount).toBe(1);
    expect(app.snapshot.counts.dail).toBe(6);
    expect(app.termOptions.map((o) => o.value)).toEqual(['term/31', 'term/32', 'all']);
    expect(app.urlSearch('')).toBe('?step=0&lang=vi&term=term%2F32');
  });

  it('the URL chooses the term, then the step within it; a bad term falls back with a notice', () => {
    const app = make(load(), '?term=term%2F31&step=2&lang=en');
    expect([app.term, app.step, app.stepCount, app.stepText]).toEqual(['term/31', 2, 4, '23 May 2014']);
    const all = make(load(), '?term=all&step=4');
    expect([all.term, all.step, all.stepCount]).toEqual([null, 4, 5]);
    const bad = make(load(), '?term=term%2F99&lang=en');
    expect(bad.term).toBe('term/32');
    expect(bad.notices).toEqual(['“term=term/99” is not valid: the dataset has no such term. Showing the default term.']);
  });

  it('switching term goes to its first step, keeps the member, and names the files after the term', () => {
    const app = make(load(), '?member=p-aine');
    app.setTerm('term/31');
    flushSync();
    expect([app.term, app.step, app.stepCount, app.member]).toEqual(['term/31', 0, 4, 'p-aine']);
    expect(app.timeline.dataset.id).toBe('terms-popolo_term/31');
    app.setStep(3);
    app.setTerm(null);
    expect([app.term, app.step, app.stepCount]).toEqual([null, 0, 5]);
    expect(app.timeline.dataset.id).toBe('terms-popolo');
    app.setTerm('nope');
    expect(app.term).toBeNull();
  });

  it('the built-in dataset has no terms: no picker, no term in the URL, its 5 steps', () => {
    const app = make(builtinDataset(builtinJson), '?step=4');
    expect([app.term, app.termOptions, app.stepCount, app.step]).toEqual([null, [], 5, 4]);
    expect(app.urlSearch('')).toBe('?step=4&lang=vi');
    expect(app.timeline.dataset).toBe(app.dataset);
  });
});
