/**
 * The reading on screen (`AppState.reading`): chosen by `setReading` or the URL's `&reading=`,
 * validated against the dataset (an unknown id falls back to the default with a notice), applied
 * before the term, followed by every view (chart, role table, counts, search, member panel), kept in
 * the URL (absent for the default), reset when another dataset opens; "stated facts only" shows the
 * same whichever reading is chosen. On the readings fixture (`e2e/fixtures/readings.json`).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState, loadHistory } from '../../src/lib/state/app-state.svelte.ts';
import { PageViews } from '../../src/lib/state/page-views.svelte.ts';
import { DatasetStore } from '../../src/lib/state/dataset-store.ts';
import { noticeText, readUrlReading, writeUrlReading } from '../../src/lib/state/url.ts';
import { readingTables } from '../../src/lib/view/reading-table.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import { FIXTURE_ORIGINS, HOLDER, READINGS_TEXT, readingsDataset } from '../fixtures/readings.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { memberPanelView } from '../../src/lib/view/member-panel.ts';

const ds = readingsDataset();
/** The by-election's step in the fixture. */
const BY = 2;

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

/** Holders of each of the three posts at the by-election step, from the role table on screen. */
function holders(app: AppState): string[] {
  return ['bi-thu', 'pho-bi-thu', 'uvtv-to-chuc'].map((p) => {
    const c = app.roles.find((r) => r.post.id === p)!.cells[BY]!;
    return c.kind === 'held' ? c.person_ids.join() : c.kind;
  });
}

// The member's history and the role table load with the panel and the table (`loadHistory`).
beforeAll(() => loadHistory());

describe('readUrlReading / writeUrlReading', () => {
  it('a reading id; absent or the default id: null; an unknown id: null with a notice', () => {
    const ids = ['r1', 'r2'];
    expect(readUrlReading('?reading=r2', ids, ['r1'])).toEqual({ reading: 'r2', notice: null });
    expect(readUrlReading('?reading=r1', ids, ['r1'])).toEqual({ reading: null, notice: null });
    expect(readUrlReading('?step=1', ids, ['r1'])).toEqual({ reading: null, notice: null });
    const bad = readUrlReading('?reading=r9', ids, ['r1']);
    expect(bad).toEqual({ reading: null, notice: { param: 'reading', value: 'r9' } });
    expect(noticeText(bad.notice!, 'en')).toBe('“reading=r9” is not valid: the dataset has no such reading. Showing the default reading.');
    expect(noticeText(bad.notice!, 'vi')).toBe('Tham số “reading=r9” không hợp lệ: bộ dữ liệu không có cách hiểu này. Đã chọn cách hiểu mặc định.');
    expect(writeUrlReading('?step=2', 'r2')).toBe('?step=2&reading=r2');
    expect(writeUrlReading('?step=2&reading=r2', null)).toBe('?step=2');
  });
});

describe('the reading on screen', () => {
  it('opens on the default reading: the dataset itself, no reading in the URL', () => {
    const app = make(ds, '?step=2');
    expect(app.reading).toBeNull();
    expect(app.timeline.dataset).toBe(app.dataset);
    expect(holders(app)).toEqual([HOLDER.inner, HOLDER.newcomer, HOLDER.outer]);
    expect(app.urlSearch('')).toBe('?step=2&lang=vi');
    expect(app.readingPickers.map((p) => p.value)).toEqual(['r1']);
  });

  it('every reading changes the by-election column of the role table as it says, and the URL keeps it', () => {
    const app = make(ds, '?step=2');
    for (const [id, origins] of Object.entries(FIXTURE_ORIGINS)) {
      app.setReading(id);
      flushSync();
      expect(holders(app)).toEqual(origins.map((o) => HOLDER[o]));
      expect(app.step).toBe(BY);
      expect(app.urlSearch('')).toBe(id === 'r1' ? '?step=2&lang=vi' : `?step=2&lang=vi&reading=${id}`);
    }
    // The default's id counts as the default; an unknown id changes nothing.
    app.setReading('r3');
    app.setReading('nope');
    expect(app.reading).toBe('r3');
    app.setReading('r1');
    expect(app.reading).toBeNull();
  });

  it('the chart, the counts, the search, the panel and the files follow', () => {
    const app = make(ds, '?step=2&lang=en&member=bch-4');
    const views = new PageViews(app);
    views.setPanelView(memberPanelView);
    flushSync();
    const node = (id: string) => app.scene.nodes.find((n) => n.kind === 'seated' && n.person_id === id);
    // r1: bch-4 holds the organisation post, in the SC.
    expect(node('bch-4')?.org).toBe('btv');
    expect(node('bch-4')?.label).not.toContain('Secretary');
    expect(JSON.stringify(views.panel?.steps)).not.toContain('Secretary');
    expect(app.timeline.dataset.id).toBe('readings-sample');
    app.setReading('r5');
    flushSync();
    // r5: bch-4 is Secretary, still in the SC; its label says so.
    expect(node('bch-4')?.org).toBe('btv');
    expect(node('bch-4')?.label).toContain('Secretary');
    expect(views.bodies.map((b) => b.count)).toEqual([6, 3]);
    // The table side by side (what ReadingTable draws from the state) marks the reading shown.
    const [table] = readingTables(app.dataset, app.reading, app.lang);
    expect(table!.columns.filter((c) => c.shown).map((c) => c.id)).toEqual(['r5']);
    expect(table!.rows[0]!.cells.map((c) => c.text)).toEqual(['from the SC', 'from the SC', 'newcomer', 'newcomer', 'from the EC', 'from the EC']);
    expect(JSON.stringify(views.panel?.steps)).toContain('Secretary');
    app.query = 'secretary';
    flushSync();
    expect([...app.matches].sort()).toEqual(['bch-4', 'pbt-cu', 'tv-1', 'bt-cu'].sort());
    // Files: named after the reading, and their caption and description name it.
    expect(app.timeline.dataset.id).toBe('readings-sample_r5');
    const desc = app.tree.head.find((e) => e.tag === 'desc')!;
    expect(JSON.stringify(desc.children)).toContain('Reading: Secretary from the EC, Deputy from the SC, Organisation a newcomer (Who took which post at the 2001 by-election)');
  });

  it('the URL chooses the reading before the step and the member; a bad one falls back with a notice', () => {
    const app = make(ds, '?reading=r4&step=2&lang=en');
    expect([app.reading, app.step]).toEqual(['r4', BY]);
    expect(holders(app)).toEqual([HOLDER.newcomer, HOLDER.outer, HOLDER.inner]);
    const bad = make(ds, '?reading=r9&step=2&lang=en');
    expect(bad.reading).toBeNull();
    expect(holders(bad)).toEqual([HOLDER.inner, HOLDER.newcomer, HOLDER.outer]);
    expect(bad.notices).toEqual(['“reading=r9” is not valid: the dataset has no such reading. Showing the default reading.']);
    // A dataset without readings (the built-in one, its alternatives taken out): any reading= is unknown.
    const { alternatives: _taken, ...plain } = builtinDataset(builtinJson);
    const none = make(plain, '?reading=r2');
    expect(none.reading).toBeNull();
    expect(none.notices).toEqual(['Tham số “reading=r2” không hợp lệ: bộ dữ liệu không có cách hiểu này. Đã chọn cách hiểu mặc định.']);
    expect(none.readingPickers).toEqual([]);
  });

  it('"stated facts only" shows the same whichever reading is chosen', () => {
    const app = make(ds, '?step=2&stated=only');
    const stated = () => ({
      // The role table's cells that rest on no inference, at every step.
      roles: app.roles.map((r) => r.cells.map((c) => (c.kind === 'held' && !c.inferred ? c.person_ids.join() : c.kind === 'held' ? 'inferred' : c.kind))),
      // The chart's members not greyed out (no inferred mark), with their body.
      nodes: app.scene.nodes.filter((n) => !n.inferred).map((n) => `${n.kind}:${n.person_id}:${n.org ?? ''}`).sort(),
      greyed: app.scene.nodes.filter((n) => n.inferred).map((n) => `${n.kind}:${n.person_id}`).sort(),
      counts: app.snapshot.counts,
    });
    const base = stated();
    expect(base.greyed).toEqual(['seated:bch-4', 'seated:moi', 'seated:tv-1']);
    for (const id of Object.keys(FIXTURE_ORIGINS)) {
      app.setReading(id);
      flushSync();
      expect(app.tree.root.class).toContain('cmv-stated-only');
      expect(stated()).toEqual(base);
    }
  });
});

describe('another dataset', () => {
  it('opening another dataset goes back to the default reading', async () => {
    const idb = new IDBFactory();
    const builtin = builtinDataset(builtinJson);
    const app = new AppState(builtin, '?lang=en', { store: new DatasetStore(idb), reducedMotion: () => true });
    apps.push(app);
    await app.init('?lang=en');
    await app.importFiles([new File([READINGS_TEXT], 'readings.json', { type: 'application/json' })]);
    flushSync();
    expect(app.readingPickers.map((p) => p.options.length)).toEqual([6]);
    app.setReading('r6');
    flushSync();
    expect(app.urlSearch('')).toContain('reading=r6');
    app.openDataset(builtin.id);
    flushSync();
    expect(app.reading).toBeNull();
    expect(app.readingPickers.flatMap((p) => p.options.map((o) => o.value))).not.toContain('r6');
    expect(app.urlSearch('')).not.toContain('reading');
    // A link to the kept dataset with its reading opens it.
    const key = app.kept.find((k) => !k.damaged && k.dataset.id === 'readings-sample')!.key;
    const search = `?dataset=${key}&reading=r6&step=2&lang=en`;
    const again = new AppState(builtin, search, { store: new DatasetStore(idb), reducedMotion: () => true });
    apps.push(again);
    await again.init(search);
    flushSync();
    expect([again.datasetKey, again.reading, again.step]).toEqual([key, 'r6', BY]);
    expect(again.notices).toEqual([]);
  });
});
