/** The page's view data follows the app state (no component mounted). */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState, loadHistory } from '../../src/lib/state/app-state.svelte.ts';
import { PageViews } from '../../src/lib/state/page-views.svelte.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import { memberPanelView } from '../../src/lib/view/member-panel.ts';
import { sourceInfoView } from '../../src/lib/view/source-info.ts';

const builtin = builtinDataset(builtinJson);
let app: AppState;
afterEach(() => app.destroy());

// The member's history and the role table load with the panel and the table (`loadHistory`).
beforeAll(() => loadHistory());

describe('PageViews', () => {
  it('counts, claims, panel and search follow the step, language, member and query', () => {
    app = new AppState(builtin, '?step=0&lang=en', { reducedMotion: () => true });
    const views = new PageViews(app);
    views.setPanelView(memberPanelView);
    flushSync();
    expect(views.bodies.map((b) => [b.id, b.count, b.seats])).toEqual([['bch', 35, 35], ['btv', 11, 11], ['tt', 2, null]]);
    app.setStep(4);
    flushSync();
    expect(views.bodies.map((b) => [b.id, b.count])).toEqual([['bch', 32], ['btv', 10], ['tt', 2]]);
    expect(views.bodies[0]!.detail).toBe('members · 35 seats, 3 vacant (1 of them in the SC)');
    expect(views.claims.map((c) => c.holds)).toEqual([true, true, true, true]);
    expect(views.caption.lead).toBe('1999 · by-election:');
    expect(views.caption.counts).toBe('EC 28 → 32, SC 7 → 10');
    expect(views.stepStrip(600).stopLabels[4]).toBe('1999 · by-election');
    expect(views.documentTitle).toBe(`Membership changes · ${app.label(app.dataset.title)}`);
    expect(views.seriesLabels).toEqual(['EC', 'SC', 'Standing Office']);
    expect(views.panel).toBeNull();
    app.select('bi-thu-1996');
    flushSync();
    expect(views.panel).not.toBeNull();
    app.query = 'quan su';
    flushSync();
    expect(views.searchResults.count).toBe(2);
    expect(views.searchResults.listed.map((r) => r.id)).toEqual([...app.matches]);
    expect(views.searchResults.more).toBe(0);
    app.setLang('vi');
    flushSync();
    expect(views.bodies[0]!.detail).toBe('ủy viên · số lượng 35, khuyết 3 (trong đó BTV khuyết 1)');
  });

  it('the member panel has no facts until its view is given (it loads with the panel), then the open member\'s', () => {
    app = new AppState(builtin, '?step=0&lang=en&member=bi-thu-1996', { reducedMotion: () => true });
    const views = new PageViews(app);
    flushSync();
    expect(app.member).toBe('bi-thu-1996');
    expect(views.panel).toBeNull();
    views.setPanelView(memberPanelView);
    flushSync();
    expect(views.panel).toEqual(memberPanelView(app.timeline, app.history!, 'en', { statedOnly: false }));
  });

  it('"stated facts only" hides the inferred annotations in the strip and the source section', () => {
    app = new AppState(builtin, '?step=1&lang=en', { reducedMotion: () => true });
    const views = new PageViews(app);
    flushSync();
    expect(views.sourceInfo).toBeNull();
    views.setSourceInfoView(sourceInfoView);
    const ids = () => [views.stepStrip(600).notes.map((n) => n.id), views.sourceInfo!.annotations.map((a) => a.id)];
    expect(ids().map((l) => l.includes('removal-reason-1996-06'))).toEqual([true, true]);
    app.setStatedOnly(true);
    flushSync();
    expect(ids().map((l) => l.includes('removal-reason-1996-06'))).toEqual([false, false]);
    expect(ids()[1]).toContain('reprimand');
    app.setStatedOnly(false);
    flushSync();
    expect(ids().map((l) => l.includes('removal-reason-1996-06'))).toEqual([true, true]);
  });
});
