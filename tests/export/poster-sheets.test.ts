import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { POSTER_H, POSTER_PANELS, POSTER_W, posterPages, posterSvg, posterTree } from '../../src/lib/export/poster.ts';
import { posterExport } from '../../src/lib/export/poster-sheets.ts';
import { usedChars, type Glyphs } from '../../src/lib/export/fonts.ts';
import { joinBytes } from '../../src/lib/export/zip-stream.ts';
import { svgDocument, svgEls, svgOpen, SVG_CLOSE } from '../../src/lib/export/svg.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { bigDataset } from '../model/big.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { expectGolden } from '../fixtures/golden.ts';
import { allElements, parseXml, textOf } from './xml-scan.ts';

const out = (name: string) => fileURLToPath(new URL(`../output/${name}`, import.meta.url));
const { timeline, plan } = loadBuiltIn();
const MTIME = new Date(2000, 0, 1, 12, 0, 0);

/** 60 steps, 40 people: three sheets of 24, 24 and 12 steps. */
const long = buildTimeline(bigDataset(40, 60));
const longPlan = planSeats(long);

const sets = (g: Glyphs) => ({ 400: new Set(g[400]), 700: new Set(g[700]) });

describe('posterPages', () => {
  test('one sheet of every step up to POSTER_PANELS, else sheets of POSTER_PANELS steps, every step on one', () => {
    expect(POSTER_PANELS).toBe(24);
    expect(posterPages(0)).toEqual([{ index: 0, pages: 1, from: 0, to: 0, panels: 0 }]);
    expect(posterPages(5)).toEqual([{ index: 0, pages: 1, from: 0, to: 5, panels: 5 }]);
    expect(posterPages(24)).toEqual([{ index: 0, pages: 1, from: 0, to: 24, panels: 24 }]);
    expect(posterPages(25)).toEqual([
      { index: 0, pages: 2, from: 0, to: 24, panels: 24 },
      { index: 1, pages: 2, from: 24, to: 25, panels: 24 },
    ]);
    const big = posterPages(1500);
    expect(big).toHaveLength(63);
    expect(big.at(-1)).toEqual({ index: 62, pages: 63, from: 1488, to: 1500, panels: 24 });
    // Every step once, in order.
    expect(big.flatMap((p) => Array.from({ length: p.to - p.from }, (_, k) => p.from + k))).toEqual(Array.from({ length: 1500 }, (_, i) => i));
    expect(() => posterPages(10, 0)).toThrow(RangeError);
  });
});

describe('the document in parts', () => {
  test('svgOpen + svgEls of each part + SVG_CLOSE is svgDocument of all the parts', () => {
    const { root, els } = posterTree(timeline, plan, 'vi');
    const parts = [svgOpen(root), svgEls(els.slice(0, 3)), svgEls(els.slice(3, 7)), svgEls(els.slice(7)), SVG_CLOSE];
    expect(parts.join('\n')).toBe(svgDocument(root, els));
  });
});

describe('posterExport of the built-in dataset (five steps: one sheet)', () => {
  test.each(['vi', 'en'] as const)('the same file as before, byte for byte: posterSvg and its snapshot (%s)', async (lang) => {
    let glyphs: Glyphs | null = null;
    const r = await posterExport(timeline, plan, lang, { finish: (svg, g) => ((glyphs = g), svg) });
    expect(r.kind).toBe('svg');
    if (r.kind !== 'svg') return;
    expect(r.name).toBe(`quan6-1996-2000_poster_${lang}.svg`);
    expect(r.sheets).toBe(1);
    expect(r.text).toBe(posterSvg(timeline, plan, lang));
    expectGolden(out(`quan6-poster.${lang}.svg`), r.text);
    // The characters gathered while writing are those the whole file draws.
    expect(sets(glyphs!)).toEqual(sets(usedChars(r.text)));
  });

  test('progress a panel at a time, in order; the finish is applied', async () => {
    const seen: [number, number][] = [];
    const r = await posterExport(timeline, plan, 'vi', { progress: (d, t) => seen.push([d, t]), finish: (svg) => svg.replace('<style>', '<style>/*fonts*/') });
    expect(seen).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(r.kind === 'svg' && r.text.includes('<style>/*fonts*/')).toBe(true);
  });

  test('stated-only and layout reach the file', async () => {
    const r = await posterExport(timeline, plan, 'en', { statedOnly: true });
    expect(r.kind === 'svg' && r.text).toBe(posterSvg(timeline, plan, 'en', { statedOnly: true }));
  });
});

describe('posterExport of a long term (60 steps: a ZIP of three sheets)', () => {
  test.each(['vi', 'en'] as const)('every step once, on sheets that say which steps and which sheet they are (%s)', async (lang) => {
    const glyphsSeen: Glyphs[] = [];
    const r = await posterExport(long, longPlan, lang, { mtime: MTIME, finish: (svg, g) => (glyphsSeen.push(g), svg) });
    expect(r.kind).toBe('zip');
    if (r.kind !== 'zip') return;
    expect(r.name).toBe(`big_poster_${lang}.zip`);
    expect(r.sheets).toBe(3);
    expect(r.files).toEqual([1, 2, 3].map((k) => `big_poster_${k}-of-3_${lang}.svg`));
    const files = unzipSync(joinBytes(r.parts));
    expect(Object.keys(files)).toEqual(r.files);
    const pages = posterPages(60);
    const steps: number[] = [];
    let scale = 0;
    r.files.forEach((name, k) => {
      const text = strFromU8(files[name]!);
      // The sheet is the synchronous drawing of that page.
      expect(text).toBe(posterSvg(long, longPlan, lang, {}, pages[k]));
      expect(sets(glyphsSeen[k]!)).toEqual(sets(usedChars(text)));
      const root = parseXml(text);
      const cells = allElements(root).filter((e) => e.attrs.get('class') === 'cmv-poster-cell');
      steps.push(...cells.map((c) => Number(c.attrs.get('data-step'))));
      const sub = textOf(allElements(root).find((e) => e.attrs.get('class') === 'cmv-text cmv-poster-sub')!);
      const title = allElements(root).find((e) => e.name === 'title')!.text;
      const { from, to } = pages[k]!;
      const first = long.valueText(from, lang);
      const last = long.valueText(to - 1, lang);
      if (lang === 'en') {
        expect(sub).toBe(`Steps ${from + 1}–${to}, from ${first} to ${last} (of 60 steps) · sheet ${k + 1} of 3`);
        expect(title).toBe(`Big — Poster, sheet ${k + 1} of 3`);
      } else {
        expect(sub).toBe(`Bước ${from + 1}–${to}, từ ${first} đến ${last} (trong 60 bước) · tờ ${k + 1}/3`);
        expect(title).toBe(`Big — Áp phích, tờ ${k + 1}/3`);
      }
      // The description lists the sheet's steps only.
      const desc = allElements(root).find((e) => e.name === 'desc')!.text;
      expect(desc).toContain(`${first}: `);
      expect(desc).not.toContain(`${long.valueText(to === 60 ? 0 : to, lang)}: `);
      // Every sheet lays its cells out for a full sheet: one size of cell on all sheets.
      const { cells: placed } = posterTree(long, longPlan, lang, {}, pages[k]);
      scale ||= placed[0]!.scale;
      for (const c of placed) {
        expect(c.scale).toBe(scale);
        expect(c.x + c.w).toBeLessThanOrEqual(POSTER_W);
        expect(c.y + c.h).toBeLessThanOrEqual(POSTER_H);
      }
    });
    expect(steps).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  test('progress a panel at a time across the sheets, in order', async () => {
    const seen: number[] = [];
    await posterExport(long, longPlan, 'en', { mtime: MTIME, progress: (d, t) => (expect(t).toBe(60), seen.push(d)) });
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  test('a cancel on the second sheet stops the work: it throws the reason, no sheet is finished after it', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by the test');
    let finished = 0;
    const run = posterExport(long, longPlan, 'en', {
      signal: controller.signal,
      finish: (svg) => (finished++, svg),
      progress: (d) => {
        if (d === 30) controller.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);
    expect(finished).toBe(1);
  });

  test('panels per sheet can be set', async () => {
    const r = await posterExport(long, longPlan, 'en', { panels: 30, mtime: MTIME });
    expect(r.kind === 'zip' && r.files).toEqual(['big_poster_1-of-2_en.svg', 'big_poster_2-of-2_en.svg']);
  });
});
