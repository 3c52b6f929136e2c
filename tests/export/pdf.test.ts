import { describe, expect, test } from 'vitest';
import { FIGURE_MM, PT_PER_MM, figureSvg } from '../../src/lib/export/figure.ts';
import { figurePdf, posterPdf, svgTitle, viewPdf } from '../../src/lib/export/pdf-export.ts';
import { nodePdfFonts, symbolsTrueType } from '../../src/lib/export/pdf-fonts-node.ts';
import { SYMBOLS_TTF_BASE64 } from '../../src/lib/export/pdf-symbols-data.ts';
import { fromBase64 } from '../../src/lib/export/fonts.ts';
import { svgToPdf } from '../../src/lib/export/pdf.ts';
import { posterPages, posterSvg } from '../../src/lib/export/poster.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { bigDataset } from '../model/big.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { readPdf, squash, svgTexts } from './pdf-read.ts';

const { timeline, plan } = loadBuiltIn();
const fonts = await nodePdfFonts();
const DATE = new Date(Date.UTC(2000, 0, 1));

/** The Vietnamese letters with stacked or added marks that the text layer must keep. */
const MARKED = ['ế', 'ầ', 'ộ', 'ữ', 'ấ', 'ủ', 'ư', 'ơ', 'Đ'];

/** Every text of the SVG is in the page's text layer, in the same characters (white space aside). */
function expectTextsIn(svg: string, pageText: string): void {
  const page = squash(pageText);
  const texts = svgTexts(svg);
  expect(texts.length).toBeGreaterThan(5);
  for (const t of texts) expect(page, `"${t}"`).toContain(squash(t));
}

describe('PDF of the view, the figure and the poster (read back with pdf.js)', () => {
  test('the view: one page of the drawing’s size, every Vietnamese label in the text layer, fonts embedded', async () => {
    const svg = svgForView(timeline, plan, 2, 'vi');
    const pdf = await viewPdf(timeline, plan, 2, 'vi', { fonts, date: DATE });
    expect(pdf.name).toBe('quan6-1996-2000_s2-1998_vi.pdf');
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    const read = await readPdf(pdf.bytes);
    expect(read.pages).toHaveLength(1);
    const w = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
    const h = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
    expect(read.pages[0]!.width).toBeCloseTo(w * 0.75, 2);
    expect(read.pages[0]!.height).toBeCloseTo(h * 0.75, 2);
    expectTextsIn(svg, read.pages[0]!.text);
    // The letters with stacked marks come back as the same code points (NFC), not as look-alikes.
    const used = MARKED.filter((c) => svgTexts(svg).join('').includes(c));
    expect(used.length).toBeGreaterThanOrEqual(6);
    for (const c of used) expect(read.pages[0]!.text).toContain(c);
    expect(read.title).toBe(svgTitle(svg));
    expect(read.title).toContain('Ban Chấp hành Đảng bộ Quận 6');
    expect(read.lang).toBe('vi');
    // Be Vietnam Pro, both weights, and the symbol font (the caption's arrows): embedded subsets with a ToUnicode map.
    expect(read.fonts.some((f) => /^[A-Z]{6}\+BeVietnamPro-Regular$/.test(f))).toBe(true);
    expect(read.fonts.some((f) => /^[A-Z]{6}\+BeVietnamPro-Bold$/.test(f))).toBe(true);
    expect(read.fonts.some((f) => /^[A-Z]{6}\+NotoSansMath-Regular$/.test(f))).toBe(true);
    expect(read.fonts.some((f) => /Helvetica|Times|Courier/.test(f))).toBe(false);
    expect(read.fontDicts.length).toBe(3);
    for (const d of read.fontDicts) expect(d).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(read.raw.match(/\/ToUnicode \d+ 0 R/g)?.length).toBe(3);
    expect(read.pages[0]!.text).toContain('→');
  });

  test('the figure: 170 mm wide at its height in mm, in English, every text kept', async () => {
    const svg = figureSvg(timeline, plan, 4, 'en');
    const pdf = await figurePdf(timeline, plan, 4, 'en', { fonts, date: DATE });
    expect(pdf.name).toBe('quan6-1996-2000_s4-1999-by-election_en_figure.pdf');
    const read = await readPdf(pdf.bytes);
    expect(read.pages[0]!.width).toBeCloseTo(FIGURE_MM * PT_PER_MM, 2);
    const mm = Number(/<svg[^>]*\sheight="([\d.]+)mm"/.exec(svg)![1]);
    expect(read.pages[0]!.height).toBeCloseTo(mm * PT_PER_MM, 2);
    expectTextsIn(svg, read.pages[0]!.text);
    expect(read.lang).toBe('en');
  });

  test('the poster: one A3 landscape page, the same texts as the SVG poster', async () => {
    const svg = posterSvg(timeline, plan, 'vi');
    const steps: number[] = [];
    const pdf = await posterPdf(timeline, plan, 'vi', { fonts, date: DATE, progress: (d) => steps.push(d) });
    expect(pdf.name).toBe('quan6-1996-2000_poster_vi.pdf');
    expect(pdf.pages).toBe(1);
    expect(steps).toEqual([1, 2, 3, 4, 5]);
    const read = await readPdf(pdf.bytes);
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]!.width).toBeCloseTo(420 * PT_PER_MM, 1);
    expect(read.pages[0]!.height).toBeCloseTo(297 * PT_PER_MM, 1);
    expectTextsIn(svg, read.pages[0]!.text);
    expect(read.title).toBe('Ban Chấp hành Đảng bộ Quận 6 khóa VII (nhiệm kỳ 1996–2000) — Áp phích');
  });

  test('a long term’s poster: one page per sheet, each the sheet of the SVG poster', async () => {
    const long = buildTimeline(bigDataset(12, 30));
    const longPlan = planSeats(long);
    const pages = posterPages(long.steps.length);
    expect(pages).toHaveLength(2);
    const pdf = await posterPdf(long, longPlan, 'en', { fonts, date: DATE });
    expect(pdf.pages).toBe(2);
    const read = await readPdf(pdf.bytes);
    expect(read.pages).toHaveLength(2);
    for (const [i, page] of pages.entries()) {
      expect(read.pages[i]!.width).toBeCloseTo(420 * PT_PER_MM, 1);
      expectTextsIn(posterSvg(long, longPlan, 'en', {}, page), read.pages[i]!.text);
    }
  });

  test('stated facts only: the inferred parts are drawn at the SVG’s opacity (the file’s descendant rule applied)', async () => {
    const stated = await readPdf((await viewPdf(timeline, plan, 4, 'en', { fonts, statedOnly: true })).bytes);
    const full = await readPdf((await viewPdf(timeline, plan, 4, 'en', { fonts })).bytes);
    expect(stated.raw).toMatch(/\/ca 0\.22/);
    expect(full.raw).not.toMatch(/\/ca 0\.22/);
  });

  test('a cancelled poster makes nothing: the signal’s reason is thrown', async () => {
    const ac = new AbortController();
    ac.abort(new Error('stop'));
    await expect(posterPdf(timeline, plan, 'vi', { fonts, signal: ac.signal })).rejects.toThrow('stop');
  });

  test('svgToPdf refuses no page and an SVG without a size', async () => {
    await expect(svgToPdf([], { title: 't', lang: 'en', fonts })).rejects.toThrow(RangeError);
    await expect(svgToPdf(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], { title: 't', lang: 'en', fonts })).rejects.toThrow(/no width or height/);
  });

  test('the TrueType symbol font is the symbol font of font-data.ts (regenerate: npx tsx scripts/gen-pdf-symbols.ts)', async () => {
    expect(fromBase64(SYMBOLS_TTF_BASE64)).toEqual(await symbolsTrueType());
  });
});

describe('characters the fonts lack', () => {
  test('are listed with the file (the page says so), none for the built-in dataset', async () => {
    const plain = await viewPdf(timeline, plan, 1, 'vi', { fonts, date: new Date(0) });
    expect(plain.missing).toEqual([]);
    const data = structuredClone(timeline.dataset);
    // A post's label in a script the fonts lack, drawn as its holder's label.
    data.posts![0]!.label = { vi: 'محمد عبد الله 😀', en: 'محمد عبد الله 😀' };
    data.posts![0]!.short_label = data.posts![0]!.label;
    const t = buildTimeline(data);
    const p = planSeats(t);
    const file = await viewPdf(t, p, 0, 'vi', { fonts, date: new Date(0) });
    expect(file.missing).toContain('م');
    expect(file.missing).toContain('😀');
    expect(file.missing).not.toContain('Đ');
  });
});
