/**
 * The PDF exports of the Download menu (issue 14): the view, the figure and the poster each download
 * as a PDF named like the other files, and, read back with pdf.js, have the page size of their
 * drawing, the chart's fonts embedded and the Vietnamese labels in their text layer: the same pages
 * and text as the command line's PDF of the same view (`export/pdf-export.ts` in Node).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openDownloads, settled } from './helpers.ts';
import { readPdf, squash } from '../tests/export/pdf-read.ts';
import { loadBuiltIn } from '../tests/fixtures/builtin.ts';
import { figurePdf, posterPdf, viewPdf } from '../src/lib/export/pdf-export.ts';
import { nodePdfFonts } from '../src/lib/export/pdf-fonts-node.ts';

/** Clicks `testId` in the Download menu and returns the download's suggested name and bytes. */
async function take(page: Page, testId: string): Promise<{ name: string; data: Uint8Array }> {
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), data: new Uint8Array(await readFile((await download.path())!)) };
}

test('the Download menu gives the view, the figure and the poster as PDF, the same pages and text as the command line', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // PDFKit and the TrueType fonts are fetched on the first PDF only.
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('./?step=2&lang=vi');
  await settled(page, 2);
  expect(fetched.filter((u) => /\.ttf$|pdf-export/.test(u))).toEqual([]);

  const view = await take(page, 'export-pdf');
  await expect(page.getByTestId('export-status')).toContainText(view.name);
  const figure = await take(page, 'export-figure-pdf');
  const poster = await take(page, 'export-poster-pdf');
  expect(errors).toEqual([]);
  expect(fetched.filter((u) => /\.ttf$/.test(u))).toHaveLength(2);

  expect(view.name).toBe('quan6-1996-2000_s2-1998_vi.pdf');
  expect(figure.name).toBe('quan6-1996-2000_s2-1998_vi_figure.pdf');
  expect(poster.name).toBe('quan6-1996-2000_poster_vi.pdf');

  const { timeline, plan } = loadBuiltIn();
  const fonts = await nodePdfFonts();
  const node = {
    view: await viewPdf(timeline, plan, 2, 'vi', { fonts }),
    figure: await figurePdf(timeline, plan, 2, 'vi', { fonts }),
    poster: await posterPdf(timeline, plan, 'vi', { fonts }),
  };
  for (const [key, file] of [['view', view], ['figure', figure], ['poster', poster]] as const) {
    expect(new TextDecoder().decode(file.data.subarray(0, 5)), key).toBe('%PDF-');
    expect(file.data.length, key).toBeGreaterThan(10_000);
    const got = await readPdf(file.data);
    const want = await readPdf(node[key].bytes);
    expect(got.pages.length, key).toBe(want.pages.length);
    for (const [i, p] of got.pages.entries()) {
      expect(p.width, key).toBeCloseTo(want.pages[i]!.width, 2);
      expect(p.height, key).toBeCloseTo(want.pages[i]!.height, 2);
      expect(squash(p.text), key).toBe(squash(want.pages[i]!.text));
    }
    expect(got.fonts.filter((f) => /^[A-Z]{6}\+BeVietnamPro-(Regular|Bold)$/.test(f)), key).toHaveLength(2);
    expect(got.lang, key).toBe('vi');
  }
  const text = (await readPdf(view.data)).pages[0]!.text;
  for (const label of ['Bí thư Quận ủy', 'Ủy viên Thường vụ', 'Chuyển công tác']) expect(text).toContain(label);
  expect(squash(text)).toContain(squash('Ban Chấp hành Đảng bộ Quận 6'));
});

test('stated facts only and English: the PDF is named and drawn as the SVG is', async ({ page }) => {
  await page.goto('./?step=4&lang=en&stated=only');
  await settled(page, 4);
  const figure = await take(page, 'export-figure-pdf');
  expect(figure.name).toBe('quan6-1996-2000_s4-1999-by-election_en_figure_stated-only.pdf');
  const read = await readPdf(figure.data);
  expect(read.lang).toBe('en');
  expect(read.raw).toMatch(/\/ca 0\.22/);
  expect(read.pages[0]!.text).toContain('Secretary');
});
