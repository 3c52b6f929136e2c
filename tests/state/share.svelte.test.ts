/**
 * Embed and share (issue 14): `?embed=1` read with a notice for a bad value; the links the Share
 * group makes (the built-in dataset's ordinary address, another dataset in the fragment, the iframe
 * snippet), a share link opened through the import in a fresh state, with the link's view applied,
 * and a damaged or refused link leaving the built-in dataset with a notice; the playback speed.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { strFromU8 } from 'fflate';
import { AppState, PLAY_SPEEDS } from '../../src/lib/state/app-state.svelte.ts';
import { DatasetStore } from '../../src/lib/state/dataset-store.ts';
import { noticeText, readSharedFragment, readUrlEmbed } from '../../src/lib/state/url.ts';
import { fullPageSearch, writeUrlEmbed } from '../../src/lib/state/embed-link.ts';
import { htmlAttr, iframeSnippet, makeLink } from '../../src/lib/state/share.ts';
import { openSharedLink, SHARED_FILE_NAME } from '../../src/lib/state/share-open.ts';
import { workerImporter } from '../../src/lib/state/importers.ts';
import { decodeShared, encodeShared } from '../../src/lib/io/share-link.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import { exportJson } from '../../src/lib/io/json-format.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import { READINGS_TEXT, readingsDataset } from '../fixtures/readings.ts';
import { scaleDataset } from '../fixtures/scale.ts';

const builtin = builtinDataset(builtinJson);
let apps: AppState[] = [];
function make(search = '', options: ConstructorParameters<typeof AppState>[2] = {}): AppState {
  const app = new AppState(builtin, search, { reducedMotion: () => false, ...options });
  apps.push(app);
  flushSync();
  return app;
}
afterEach(() => {
  for (const a of apps) a.destroy();
  apps = [];
  vi.useRealTimers();
});

describe('the embedded page in the URL', () => {
  it('embed=1 embeds, 0 or absent does not, anything else is a notice', () => {
    expect(readUrlEmbed('?embed=1')).toEqual({ embed: true, notice: null });
    expect(readUrlEmbed('?embed=0')).toEqual({ embed: false, notice: null });
    expect(readUrlEmbed('?step=2')).toEqual({ embed: false, notice: null });
    const bad = readUrlEmbed('?embed=yes');
    expect(bad).toEqual({ embed: false, notice: { param: 'embed', value: 'yes' } });
    expect(noticeText(bad.notice!, 'en')).toBe('“embed=yes” is not valid: expected “1” or “0”. Opened the full page.');
    expect(noticeText(bad.notice!, 'vi')).toBe('Tham số “embed=yes” không hợp lệ: cần “1” hoặc “0”. Đã mở trang đầy đủ.');
  });

  it('the state says so, keeps embed in the address it writes, and lists a bad value', () => {
    const app = make('?step=2&lang=en&embed=1');
    expect(app.embed).toBe(true);
    expect(app.urlSearch('?step=2&lang=en&embed=1')).toBe('?step=2&lang=en&embed=1');
    expect(app.notices).toEqual([]);
    const full = make('?embed=2&lang=en');
    expect(full.embed).toBe(false);
    expect(full.notices).toEqual(['“embed=2” is not valid: expected “1” or “0”. Opened the full page.']);
  });

  it('the embed link and the full page’s link ("view full")', () => {
    expect(writeUrlEmbed('?step=2&lang=en', true)).toBe('?step=2&lang=en&embed=1');
    expect(writeUrlEmbed('?step=2&embed=1', false)).toBe('?step=2');
    expect(writeUrlEmbed('?embed=1', false)).toBe('');
    expect(fullPageSearch('?step=2&embed=1&dataset=k', false)).toBe('?step=2&dataset=k');
    expect(fullPageSearch('?step=2&embed=1&dataset=k', true)).toBe('?step=2');
  });

  it('reads the shared dataset’s text from the fragment only under data=', () => {
    expect(readSharedFragment('#data=abc_-')).toBe('abc_-');
    expect(readSharedFragment('data=abc')).toBe('abc');
    expect(readSharedFragment('#counts-h')).toBeNull();
    expect(readSharedFragment('')).toBeNull();
  });
});

describe('the links the Share group makes', () => {
  const base = 'https://example.org/app/';

  it('the built-in dataset’s link is the page’s ordinary address, the embed link adds embed=1', async () => {
    expect(await makeLink({ base, search: '?step=3&lang=en&reading=r2', dataset: null, embed: false })).toEqual({ ok: true, url: `${base}?step=3&lang=en&reading=r2` });
    expect(await makeLink({ base, search: '?step=3&lang=en&embed=1', dataset: null, embed: false })).toEqual({ ok: true, url: `${base}?step=3&lang=en` });
    expect(await makeLink({ base, search: '?step=3&lang=en', dataset: null, embed: true })).toEqual({ ok: true, url: `${base}?step=3&lang=en&embed=1` });
  });

  it('another dataset travels in the fragment, without its store key, as its JSON file', async () => {
    const ds = readingsDataset();
    const made = await makeLink({ base, search: '?step=2&lang=en&dataset=readings-sample-2&reading=r5', dataset: ds, embed: false });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const [address, fragment] = made.url.split('#');
    expect(address).toBe(`${base}?step=2&lang=en&reading=r5`);
    expect(fragment).toMatch(/^data=[A-Za-z0-9_-]+$/);
    expect(strFromU8(decodeShared(readSharedFragment(`#${fragment}`)!))).toBe(exportJson(ds));
  });

  it('a dataset over 16 KiB compressed is not put in a link: its size and its file instead', async () => {
    const big = scaleDataset(2_000, 200);
    const made = await makeLink({ base, search: '?step=0', dataset: big, embed: true });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.max).toBe(16_384);
    expect(made.bytes).toBe(encodeShared(made.fileText).bytes);
    expect(made.bytes).toBeGreaterThan(16_384);
    expect(made.fileText).toBe(exportJson(big));
  });

  it('the iframe snippet: the embed link, a title, a width and height, escaped', () => {
    const url = 'https://example.org/?step=1&lang=en&embed=1#data=ab_-';
    expect(iframeSnippet(url, 'Ban "A" <B> & C – Membership changes', 'en')).toBe(
      '<iframe src="https://example.org/?step=1&amp;lang=en&amp;embed=1#data=ab_-" title="Ban &quot;A&quot; &lt;B&gt; &amp; C – Membership changes" lang="en" width="100%" height="640" style="max-width:1000px;border:0" loading="lazy"></iframe>',
    );
    expect(htmlAttr('<script>"x"&')).toBe('&lt;script&gt;&quot;x&quot;&amp;');
  });
});

describe('opening a share link', () => {
  /** A fresh state as a page opened with a share link makes it (`AppOptions.shared`), with its own store. */
  function opened(search: string) {
    return make(search, { store: new DatasetStore(new IDBFactory()), shared: true });
  }

  it('imports the dataset like a file, keeps it, and applies the link’s view to it', async () => {
    const search = '?step=2&lang=en&reading=r5&member=bch-4';
    const app = opened(search);
    // Until the dataset is open, the address stays as it came and the store is not read for a kept dataset.
    expect(app.opensKept).toBe(false);
    expect(app.urlSearch(search)).toBe(search);
    expect(app.lang).toBe('en');
    expect(await openSharedLink(app, encodeShared(READINGS_TEXT).text)).toBe('kept');
    flushSync();
    expect(app.dataset.id).toBe('readings-sample');
    expect([app.reading, app.step, app.member]).toEqual(['r5', 2, 'bch-4']);
    expect(app.importReport).toEqual({ fileName: SHARED_FILE_NAME, ok: true, problems: [] });
    expect(app.kept.filter((k) => !k.damaged).map((k) => k.key)).toEqual([app.datasetKey]);
    expect(app.notices).toEqual([]);
    expect(app.urlSearch('')).toBe(`?step=2&member=bch-4&lang=en&dataset=${app.datasetKey}&reading=r5`);
  });

  it('a damaged link leaves the built-in dataset, with a notice in either language', async () => {
    const app = opened('?step=1&lang=en');
    const { text } = encodeShared(READINGS_TEXT);
    expect(await openSharedLink(app, text.slice(0, 40))).toBe('not-shown');
    flushSync();
    expect(app.datasetKey).toBe(builtin.id);
    // The link's view was the shared dataset's: the built-in one opens at its first step, in the link's language.
    expect([app.step, app.lang]).toEqual([0, 'en']);
    expect(app.notices).toEqual(['The dataset sent in the link could not be read (the link may have been cut short when copied). Showing the built-in dataset.']);
    app.setLang('vi');
    expect(app.notices).toEqual(['Không đọc được bộ dữ liệu gửi kèm trong liên kết (có thể liên kết đã bị cắt ngắn khi sao chép). Đang hiện bộ dữ liệu có sẵn.']);
    app.dismissNotices();
    expect(app.notices).toEqual([]);
  });

  it('where the page can keep nothing (a sandboxed frame: storage throws SecurityError), the dataset opens from memory with a notice', async () => {
    const denied = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    const app = make('?step=2&lang=en&reading=r5', { store: new DatasetStore(denied), shared: true });
    expect(await openSharedLink(app, encodeShared(READINGS_TEXT).text)).toBe('in-memory');
    flushSync();
    expect(app.dataset.id).toBe('readings-sample');
    expect([app.reading, app.step]).toEqual(['r5', 2]);
    expect(app.kept).toEqual([]);
    expect(app.notices).toEqual(['Showing the dataset sent in the link, but it cannot be kept in this page (the browser lets it store nothing here): open the link again to see it again.']);
    app.setLang('vi');
    expect(app.notices).toEqual(['Đang hiện bộ dữ liệu gửi kèm trong liên kết, nhưng trang này không lưu giữ được nó (trình duyệt không cho lưu dữ liệu ở đây): mở lại liên kết để xem lại.']);
  });

  it('an importer whose worker cannot be started (new Worker throws SecurityError) imports in this thread', async () => {
    let tries = 0;
    const importer = workerImporter(() => {
      tries++;
      throw new DOMException('Script at … cannot be accessed from origin null.', 'SecurityError');
    });
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    const file = () => new File([READINGS_TEXT], 'shared-link.json', { type: 'application/json' });
    const r = await importer(file(), {}, ctx);
    expect(r.ok && r.dataset.id).toBe('readings-sample');
    const again = await importer(file(), {}, ctx);
    expect(again.ok).toBe(true);
    // Tried once; the next import goes straight to this thread.
    expect(tries).toBe(1);
  });

  it('a file the import refuses leaves the built-in dataset; its problems are the import’s', async () => {
    const app = opened('?lang=en');
    expect(await openSharedLink(app, encodeShared('{"people": 3}').text)).toBe('not-shown');
    flushSync();
    expect(app.datasetKey).toBe(builtin.id);
    expect(app.importReport?.ok).toBe(false);
    expect(app.importReport?.problems.length).toBeGreaterThan(0);
    expect(app.notices).toEqual(['The dataset sent in the link could not be imported: its problems are listed in the Data section below. Showing the built-in dataset.']);
  });
});

describe('playback speed', () => {
  it('0.5×, 1× and 2× space the steps 3200, 1600 and 800 ms apart (half under reduced motion); other values are ignored', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
    expect([...PLAY_SPEEDS]).toEqual([0.5, 1, 2]);
    const app = make('?step=0');
    expect(app.speed).toBe(1);
    app.setSpeed(3);
    expect(app.speed).toBe(1);
    app.setSpeed(2);
    app.togglePlay();
    vi.advanceTimersByTime(799);
    expect(app.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(app.step).toBe(1);
    // Changed while playing: the next step comes at the new pace.
    app.setSpeed(0.5);
    vi.advanceTimersByTime(3199);
    expect(app.step).toBe(1);
    vi.advanceTimersByTime(1);
    expect(app.step).toBe(2);
    app.stop();
    const reduced = make('?step=0', { reducedMotion: () => true });
    reduced.setSpeed(2);
    reduced.togglePlay();
    vi.advanceTimersByTime(400);
    expect(reduced.step).toBe(1);
    // The address does not keep it.
    expect(reduced.urlSearch('')).toBe('?step=1&lang=vi');
  });
});
