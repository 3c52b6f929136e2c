import { describe, expect, test } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { allStepsZip, zipReadme } from '../../src/lib/export/zip.ts';
import { joinBytes } from '../../src/lib/export/zip-stream.ts';
import { exportFileName, pngFileName, posterFileName, zipFileName } from '../../src/lib/export/filename.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { PNG_MAX_AREA, PNG_MAX_SIDE, fitPngScale, pngSvg } from '../../src/lib/export/png-size.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { allElements, parseXml } from './xml-scan.ts';

const { dataset, timeline, plan } = loadBuiltIn();
const N = timeline.steps.length;
const MTIME = new Date(2000, 0, 1, 12, 0, 0);

describe('the ZIP of every step', () => {
  test.each(['vi', 'en'] as const)('one SVG per step named by exportFileName, and a README (%s)', async (lang) => {
    const z0 = await allStepsZip(timeline, plan, lang, { mtime: MTIME });
    const z = { ...z0, data: joinBytes(z0.parts) };
    expect(z.name).toBe(`quan6-1996-2000_all-steps_${lang}.zip`);
    // A ZIP: local file header signature.
    expect([...z.data.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(z.data);
    const names = Object.keys(files);
    const svgs = timeline.steps.map((_, i) => exportFileName(dataset.id, i, timeline.valueText(i, lang), lang, 'svg'));
    expect(names).toEqual([...svgs, 'README.txt']);
    expect(z.files).toEqual(names);
    expect(new Set(names).size).toBe(N + 1);
    expect(svgs[1]).toBe(lang === 'vi' ? 'quan6-1996-2000_s1-6-1996_vi.svg' : 'quan6-1996-2000_s1-june-1996_en.svg');
    svgs.forEach((name, i) => {
      const text = strFromU8(files[name]!);
      // The same file as the single-step export, well-formed, of its step.
      expect(text).toBe(svgForView(timeline, plan, i, lang));
      const root = parseXml(text);
      expect(root.name).toBe('svg');
      expect(root.attrs.get('data-step')).toBe(String(i));
      const seated = allElements(root).filter((e) => e.attrs.has('data-member-id'));
      expect(seated).toHaveLength(timeline.snapshotAt(i).seats.size);
    });
    const readme = strFromU8(files['README.txt']!);
    // UTF-8 with a byte order mark, so that any editor reads the Vietnamese right.
    expect([...files['README.txt']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readme).toContain(dataset.title[lang]!);
    expect(readme).toContain(dataset.id);
    expect(readme).toContain(dataset.sources[0]!.title[lang]!);
    for (let i = 0; i < N; i++) {
      expect(readme).toContain(`${i + 1}. ${timeline.valueText(i, lang)} — `);
      expect(readme).toContain(svgs[i]!);
    }
    expect(readme).toContain(lang === 'vi' ? 'BCH 28 → 32, BTV 7 → 10' : 'EC 28 → 32, SC 7 → 10');
    expect(readme).toMatch(/\r\n/);
  });

  test('deterministic for a given date', async () => {
    expect(joinBytes((await allStepsZip(timeline, plan, 'vi', { mtime: MTIME })).parts)).toEqual(joinBytes((await allStepsZip(timeline, plan, 'vi', { mtime: MTIME })).parts));
  });

  test('each SVG goes through the given last step (e.g. font embedding)', async () => {
    const finish = async (svg: string) => svg.replace('<style>', '<style>/*finished*/');
    const files = unzipSync(joinBytes((await allStepsZip(timeline, plan, 'en', { mtime: MTIME, finish })).parts));
    const svgs = Object.entries(files).filter(([n]) => n.endsWith('.svg'));
    expect(svgs).toHaveLength(N);
    for (const [, data] of svgs) expect(strFromU8(data)).toContain('<style>/*finished*/');
  });

  test.each(['vi', 'en'] as const)('the files inside are byte for byte those of the one-shot zipSync it replaced (%s)', async (lang) => {
    // The ZIP as it was made before pacing: every file at once with zipSync.
    const before: Zippable = {};
    const names = timeline.steps.map((_, i) => exportFileName(dataset.id, i, timeline.valueText(i, lang), lang, 'svg'));
    names.forEach((name, i) => (before[name] = [strToU8(svgForView(timeline, plan, i, lang)), { level: 6, mtime: MTIME }]));
    before['README.txt'] = [strToU8(`\uFEFF${zipReadme(timeline, lang, names)}`), { level: 6, mtime: MTIME }];
    const old = unzipSync(zipSync(before));
    const now = unzipSync(joinBytes((await allStepsZip(timeline, plan, lang, { mtime: MTIME })).parts));
    expect(Object.keys(now)).toEqual(Object.keys(old));
    for (const name of Object.keys(old)) expect(now[name], name).toEqual(old[name]);
  });

  test('progress comes in order, a step at a time, and the work pauses between pieces', async () => {
    const seen: [number, number][] = [];
    let pauses = 0;
    await allStepsZip(timeline, plan, 'vi', { mtime: MTIME, progress: (d, t) => seen.push([d, t]), pause: async () => void pauses++, budgetMs: 0 });
    expect(seen).toEqual(timeline.steps.map((_, i) => [i + 1, N]));
    // At least one pause per step (before the drawing, before the compression, after each slice).
    expect(pauses).toBeGreaterThanOrEqual(3 * N);
  });

  test('a cancel stops the work at its next checkpoint: it throws the reason and makes nothing more', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by the test');
    let finished = 0;
    const done: number[] = [];
    const run = allStepsZip(timeline, plan, 'en', {
      mtime: MTIME,
      signal: controller.signal,
      finish: (svg) => (finished++, svg),
      progress: (d) => {
        done.push(d);
        if (d === 2) controller.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);
    expect(done).toEqual([1, 2]);
    expect(finished).toBe(2);
  });

  test('a pause that rejects (the page\'s yield after Cancel) stops the work', async () => {
    const reason = new Error('stop');
    let calls = 0;
    const run = allStepsZip(timeline, plan, 'en', { mtime: MTIME, budgetMs: 0, pause: async () => { if (++calls === 3) throw reason; } });
    await expect(run).rejects.toBe(reason);
    expect(calls).toBe(3);
  });

  test('file names', () => {
    expect(zipFileName('quan6-1996-2000', 'vi')).toBe('quan6-1996-2000_all-steps_vi.zip');
    expect(posterFileName('Đảng bộ / Quận 6', 'en')).toBe('dang-bo-quan-6_poster_en.svg');
    expect(zipFileName('', 'en')).toBe('dataset_all-steps_en.zip');
  });
});

describe('PNG sizing and names', () => {
  test('the scale is kept when the canvas fits and lowered when it does not', () => {
    expect(fitPngScale(1440, 798, 4)).toBe(4);
    expect(fitPngScale(1440, 798, 1)).toBe(1);
    // Too wide a side: 6000 × 4 > 16384.
    const s = fitPngScale(6000, 500, 4);
    expect(s).toBeLessThan(4);
    expect(6000 * s).toBeLessThanOrEqual(PNG_MAX_SIDE);
    // Too large an area.
    const a = fitPngScale(10000, 9000, 2);
    expect(10000 * 9000 * a * a).toBeLessThanOrEqual(PNG_MAX_AREA);
    expect(a).toBeGreaterThan(0);
    // With a smaller browser limit (16.7 M pixels, as old mobile Safari), 4× of the built-in chart is lowered.
    const m = fitPngScale(1440, 798, 4, 4096, 4096 * 4096);
    expect(m).toBeLessThan(4);
    expect(1440 * 798 * m * m).toBeLessThanOrEqual(4096 * 4096);
  });

  test('names carry @<scale>x above 1×', () => {
    expect(pngFileName('quan6-1996-2000', 2, '1998', 'vi', 1)).toBe('quan6-1996-2000_s2-1998_vi.png');
    expect(pngFileName('quan6-1996-2000', 2, '1998', 'vi', 2)).toBe('quan6-1996-2000_s2-1998_vi@2x.png');
    expect(pngFileName('quan6-1996-2000', 2, '1998', 'vi', 4)).toBe('quan6-1996-2000_s2-1998_vi@4x.png');
  });

  test('the SVG to rasterise: output size, same viewBox, background only when white', () => {
    const white = pngSvg(timeline, plan, 2, 'vi', 4, 'white');
    const clear = pngSvg(timeline, plan, 2, 'vi', 4, 'transparent');
    const one = parseXml(svgForView(timeline, plan, 2, 'vi'));
    for (const r of [white, clear]) {
      const root = parseXml(r.svg);
      expect(root.attrs.get('viewBox')).toBe(one.attrs.get('viewBox'));
      expect(r.width).toBe(Number(one.attrs.get('width')) * 4);
      expect(r.height).toBe(Number(one.attrs.get('height')) * 4);
      expect(root.attrs.get('width')).toBe(String(r.width));
    }
    const bg = (svg: string) => allElements(parseXml(svg)).filter((e) => e.attrs.get('class') === 'cmv-bg').length;
    expect(bg(white.svg)).toBe(1);
    expect(bg(clear.svg)).toBe(0);
  });
});

describe('a stated-only ZIP', () => {
  test('the archive and every SVG inside are named with _stated-only, the README lists those names', async () => {
    const { timeline, plan } = loadBuiltIn();
    const z = await allStepsZip(timeline, plan, 'vi', { mtime: new Date(Date.UTC(2024, 0, 1)), statedOnly: true });
    expect(z.name).toBe('quan6-1996-2000_all-steps_vi_stated-only.zip');
    const files = unzipSync(joinBytes(z.parts));
    const svgs = Object.keys(files).filter((n) => n.endsWith('.svg'));
    expect(svgs).toHaveLength(timeline.steps.length);
    for (const n of svgs) expect(n).toMatch(/^quan6-1996-2000_s\d-[a-z0-9-]+_vi_stated-only\.svg$/);
    const readme = strFromU8(files['README.txt']!);
    for (const n of svgs) expect(readme).toContain(n);
  });
});
