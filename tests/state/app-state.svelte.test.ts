/**
 * The app state on the built-in dataset, with no component mounted: URL reading, search, and the
 * chart's motion driven by fake timers.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppState, STEP_DURATION } from '../../src/lib/state/app-state.svelte.ts';
import { PanelFocus } from '../../src/lib/state/context.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';

const builtin = builtinDataset(builtinJson);

/** Node positions of a frame or a target, by key. */
const at = (items: readonly { key: string; x: number; y: number }[]) => Object.fromEntries(items.map((i) => [i.key, [i.x, i.y]]));

let apps: AppState[] = [];
function make(search = '', reduced = false): AppState {
  const app = new AppState(builtin, search, { reducedMotion: () => reduced });
  apps.push(app);
  flushSync();
  return app;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
});
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
  vi.useRealTimers();
});

describe('URL reading', () => {
  it('takes step, member, language and "stated only" from the URL', () => {
    const app = make('?step=3&member=bch-01&lang=en&stated=only');
    expect([app.step, app.member, app.lang, app.statedOnly]).toEqual([3, 'bch-01', 'en', true]);
    expect(app.notices).toEqual([]);
    expect(app.stepText).toBe('1999 · retirements');
  });
  it('falls back with a notice for each bad value', () => {
    const app = make('?step=9&member=nobody&lang=fr');
    expect([app.step, app.member, app.lang]).toEqual([0, null, 'vi']);
    expect(app.notices).toEqual([
      'Tham số “lang=fr” không hợp lệ: cần “vi” hoặc “en”. Đã mở bằng tiếng Việt.',
      'Tham số “step=9” không hợp lệ: cần số nguyên từ 0 đến 4. Đã mở bước đầu.',
      'Tham số “member=nobody” không khớp với ai trong bộ dữ liệu. Đã bỏ qua.',
    ]);
    app.setLang('en');
    expect(app.notices[0]).toBe('“lang=fr” is not valid: expected “vi” or “en”. Opened in Vietnamese.');
  });
});

describe('init', () => {
  it('a link to a kept dataset: no notice about its step while it opens, and the address stays as given', async () => {
    const search = '?dataset=nope&step=1200&member=p9&lang=en';
    const app = make(search);
    expect(app.notices).toEqual([]);
    expect(app.lang).toBe('en');
    expect(app.urlSearch(search)).toBe(search);
    await app.init(search);
    expect(app.notices).toEqual(['There is no dataset “nope” in this browser. Opened the built-in dataset.']);
    expect(app.urlSearch(search)).toBe('?step=0&lang=en');
  });

  it('an unknown ?dataset= keeps the built-in dataset, with a notice', async () => {
    const app = make('?dataset=nope&lang=en');
    await app.init('?dataset=nope&lang=en');
    expect(app.datasetKey).toBe(builtin.id);
    expect(app.notices).toEqual(['There is no dataset “nope” in this browser. Opened the built-in dataset.']);
  });
});

describe('search', () => {
  it('derives the matches from the query, with or without diacritics', () => {
    const app = make('?lang=en');
    expect(app.matches.size).toBe(0);
    app.query = 'quan su';
    // the first military member, and the BCH member who took the post in 1999
    expect([...app.matches]).toEqual(['uvtv-quan-su-1996', 'bch-21']);
    app.ignoreDiacritics = false;
    expect(app.matches.size).toBe(0);
    app.query = 'quân sự';
    expect([...app.matches]).toEqual(['uvtv-quan-su-1996', 'bch-21']);
    app.query = '  ';
    expect(app.matches.size).toBe(0);
  });
});

describe('motion (no component mounted)', () => {
  it('the first draw jumps to the URL step', () => {
    const app = make('?step=2');
    expect(app.motion.step).toBe(2);
    expect(app.motion.animating).toBe(false);
    expect(at(app.motion.frame)).toEqual(at(app.chartTarget.items));
    expect(app.motion.frame.filter((f) => f.datum.node.kind === 'seated')).toHaveLength(30);
  });

  it('a step animates (animating true, then false) and ends exactly on the target positions', () => {
    const app = make('?step=3');
    const seen: boolean[] = [];
    app.setStep(4);
    flushSync();
    seen.push(app.motion.animating);
    expect(app.motion.step).toBe(4);
    vi.advanceTimersByTime(STEP_DURATION / 2);
    seen.push(app.motion.animating);
    // mid-way: some node is neither where it was nor where it goes
    const target = at(app.chartTarget.items);
    expect(app.motion.frame.some((f) => target[f.key] && (f.x !== target[f.key]![0] || f.y !== target[f.key]![1]))).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION);
    seen.push(app.motion.animating);
    expect(seen).toEqual([true, true, false]);
    expect(at(app.motion.frame)).toEqual(target);
    expect(app.motion.frame.every((f) => f.opacity === 1)).toBe(true);
    expect(app.motion.frame.filter((f) => f.datum.node.kind === 'seated')).toHaveLength(32);
  });

  it('interrupting mid-way continues from the current positions and ends on the last step', () => {
    const fresh = make('?step=1');
    const step1 = at(fresh.chartTarget.items);
    const app = make('?step=0');
    app.setStep(4);
    flushSync();
    vi.advanceTimersByTime(STEP_DURATION / 3);
    const mid = at(app.motion.frame);
    app.setStep(1);
    flushSync();
    // the new transition starts from where every node was drawn
    expect(at(app.motion.frame)).toEqual(mid);
    expect(app.motion.animating).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION + 100);
    expect(app.motion.animating).toBe(false);
    expect(app.motion.step).toBe(1);
    expect(at(app.motion.frame)).toEqual(step1);
  });

  it('under reduced motion a step jumps at once', () => {
    const app = make('?step=0', true);
    app.setStep(4);
    flushSync();
    expect(app.motion.animating).toBe(false);
    expect(app.motion.step).toBe(4);
    expect(at(app.motion.frame)).toEqual(at(app.chartTarget.items));
  });

  it('opening a dataset draws it at once, from its first step', () => {
    const app = make('?step=2');
    app.setStep(3);
    flushSync();
    expect(app.motion.animating).toBe(true);
    app.openDataset(builtin.id);
    flushSync();
    expect(app.step).toBe(0);
    expect(app.motion.animating).toBe(false);
    expect(at(app.motion.frame)).toEqual(at(app.chartTarget.items));
  });

  it('play steps on its own to the last step and stops', () => {
    const app = make('?step=2');
    app.togglePlay();
    expect(app.playing).toBe(true);
    vi.advanceTimersByTime(1600);
    flushSync();
    expect(app.step).toBe(3);
    vi.advanceTimersByTime(1600);
    flushSync();
    expect(app.step).toBe(4);
    expect(app.playing).toBe(false);
    vi.advanceTimersByTime(STEP_DURATION + 100);
    expect(app.motion.animating).toBe(false);
    expect(app.motion.step).toBe(4);
  });

  it('a node’s accessible name gives its body or its cause (the step’s tag when it touched them), and "inferred"', () => {
    const app = make('?step=1&lang=en');
    const names = app.motion.frame.map((f) => f.datum.accessibleName);
    expect(names).toContain('Standing member for propaganda and education — struck off');
    const later = make('?step=2&lang=en').motion.frame.map((f) => f.datum.accessibleName);
    expect(later).toContain('Standing member for propaganda and education — Removed from the party roll');
    expect(names).toContain('Standing Deputy Secretary — Standing Office — inferred');
  });
});

describe('select', () => {
  it('opens known members only', () => {
    const app = make();
    expect(app.select('bch-02')).toBe(true);
    expect(app.member).toBe('bch-02');
    expect(app.select('nobody')).toBe(false);
    expect(app.member).toBe('bch-02');
    app.select(null);
    expect(app.member).toBeNull();
  });
});

describe('PanelFocus', () => {
  it('open selects and focuses the registered heading; follow only moves an open panel', async () => {
    const app = make();
    const panel = new PanelFocus(app);
    panel.follow('bch-03');
    expect(app.member).toBeNull();
    const focus = vi.fn();
    const detach = panel.heading({ focus } as unknown as HTMLElement);
    await panel.open('bch-02');
    expect(app.member).toBe('bch-02');
    expect(focus).toHaveBeenCalledTimes(1);
    panel.follow('bch-03');
    expect(app.member).toBe('bch-03');
    expect(focus).toHaveBeenCalledTimes(1);
    await panel.open('nobody');
    expect(app.member).toBe('bch-03');
    expect(focus).toHaveBeenCalledTimes(1);
    detach();
    await panel.open('bch-04');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('open waits for what the panel needs first (its code, `ready`), then focuses the heading it registers', async () => {
    const app = make();
    const panel = new PanelFocus(app);
    const focus = vi.fn();
    let loaded = false;
    panel.ready = async () => {
      for (let i = 0; i < 3; i++) await Promise.resolve();
      loaded = true;
      panel.heading({ focus } as unknown as HTMLElement);
    };
    await panel.open('bch-02');
    expect(loaded).toBe(true);
    expect(app.member).toBe('bch-02');
    expect(focus).toHaveBeenCalledTimes(1);
  });
});

describe('settings', () => {
  it('stated facts only, and the CSV options as the import panel lists them', () => {
    const app = make();
    app.setStatedOnly(true);
    expect(app.statedOnly).toBe(true);
    expect(app.urlSearch('')).toContain('stated=only');
    expect(app.csvChoice).toEqual({ delimiter: '', dateOrder: '', encoding: '' });
    app.setCsvOption('delimiter', ';');
    app.setCsvOption('dateOrder', 'mdy');
    app.setCsvOption('encoding', 'windows-1258');
    expect(app.csvOptions).toEqual({ delimiter: ';', dayFirst: false, encoding: 'windows-1258' });
    expect(app.csvChoice).toEqual({ delimiter: ';', dateOrder: 'mdy', encoding: 'windows-1258' });
    app.setCsvOption('delimiter', '|');
    app.setCsvOption('dateOrder', '');
    app.setCsvOption('encoding', 'koi8-r');
    expect(app.csvChoice).toEqual({ delimiter: '', dateOrder: '', encoding: '' });
  });
});

describe('PanelFocus.close without a page', () => {
  it('closes the panel', async () => {
    const app = make();
    const panel = new PanelFocus(app);
    await panel.open('bch-02');
    panel.close();
    expect(app.member).toBeNull();
  });
});

describe('the chart laid out for its container (setChartWidth)', () => {
  it('lays the chart out for a 360-px phone at once, without motion; the exports keep 1440', () => {
    const app = make('?step=2');
    expect([app.chartPx, app.chartWidth, app.scene.width]).toEqual([0, 1440, 1440]);
    app.setChartWidth(326);
    flushSync();
    expect([app.chartPx, app.chartWidth, app.scene.width]).toEqual([326, 296, 296]);
    // A resize is not a step: the frame is at the new places at once.
    expect(app.motion.animating).toBe(false);
    expect(at(app.motion.frame)).toEqual(at(app.chartTarget.items));
    // Not measured (0, NaN): ignored.
    app.setChartWidth(0);
    app.setChartWidth(Number.NaN);
    expect(app.chartPx).toBe(326);
  });
  it('a step after a resize still moves', () => {
    const app = make('?step=1');
    app.setChartWidth(700);
    flushSync();
    app.stepBy(1);
    flushSync();
    expect(app.motion.animating).toBe(true);
    vi.advanceTimersByTime(STEP_DURATION + 100);
    flushSync();
    expect(app.motion.animating).toBe(false);
    expect(at(app.motion.frame)).toEqual(at(app.chartTarget.items));
  });
});
