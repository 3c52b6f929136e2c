import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { allStepsZip } from '../../src/lib/export/zip.ts';
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
    const z = await allStepsZip(timeline, plan, lang, { mtime: MTIME });
    expect(z.name).toBe(`quan6-1996-2000_all-steps_${lang}.zip`);
    // A ZIP: local file header signature.
    expect([...z.data.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(z.data);
    const names = Object.keys(files);
    const svgs = timeline.steps.map((_, i) => exportFileName(dataset.id, i, timeline.valueText(i, lang), lang, 'svg'));
    expect(names).toEqual([...svgs, 'README.txt']);
    expect(z.files).toEqual(names);
    expect(new Set(names).size).toBe(N + 1);
    expect(svgs[1]).toBe(`quan6-1996-2000_s1-6-1996_${lang}.svg`);
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
    expect(readme).toContain('BCH 28 → 32, BTV 7 → 10');
    expect(readme).toMatch(/\r\n/);
  });

  test('deterministic for a given date', async () => {
    expect((await allStepsZip(timeline, plan, 'vi', { mtime: MTIME })).data).toEqual((await allStepsZip(timeline, plan, 'vi', { mtime: MTIME })).data);
  });

  test('each SVG goes through the given last step (e.g. font embedding)', async () => {
    const finish = async (svg: string) => svg.replace('<style>', '<style>/*finished*/');
    const files = unzipSync((await allStepsZip(timeline, plan, 'en', { mtime: MTIME, finish })).data);
    const svgs = Object.entries(files).filter(([n]) => n.endsWith('.svg'));
    expect(svgs).toHaveLength(N);
    for (const [, data] of svgs) expect(strFromU8(data)).toContain('<style>/*finished*/');
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
