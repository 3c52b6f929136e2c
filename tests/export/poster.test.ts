import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { POSTER_H, POSTER_W, posterGrid, posterSvg, posterTree } from '../../src/lib/export/poster.ts';
import { CHART_CSS } from '../../src/lib/draw/chart-css.ts';
import { countsText } from '../../src/lib/view/caption.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import type { Dataset, Lang } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { allElements, parseXml, textOf, type XmlElement } from './xml-scan.ts';

const { dataset, timeline, plan } = loadBuiltIn();
const N = timeline.steps.length;

const ALLOWED = new Set(['svg', 'title', 'desc', 'style', 'rect', 'g', 'text', 'tspan', 'path', 'circle']);

/** Structural safety, as for the single-step SVG: no script, handler, link, external reference, foreignObject. */
function checkSafe(root: XmlElement, raw: string): void {
  for (const e of allElements(root)) {
    expect(ALLOWED.has(e.name), `element <${e.name}>`).toBe(true);
    for (const [k, v] of e.attrs) {
      expect(k.toLowerCase().startsWith('on'), `attribute ${k}`).toBe(false);
      expect(k === 'href' || k.endsWith(':href'), `attribute ${k}`).toBe(false);
      expect(/url\(\s*['"]?(?!data:)/i.test(v), `${k}="${v}"`).toBe(false);
      expect(v.toLowerCase().includes('javascript:') && k !== 'data-member-id' && k !== 'data-departed-id', `${k}="${v}"`).toBe(false);
    }
    if (!['text', 'tspan', 'title', 'desc', 'style'].includes(e.name)) expect(e.text.trim(), `text in <${e.name}>`).toBe('');
  }
  const lower = raw.toLowerCase();
  for (const bad of ['<script', '<foreignobject', 'href=', '<!entity', '<!doctype', '@import']) expect(lower.includes(bad), bad).toBe(false);
  // In the stylesheet a url( may only hold embedded data (a font), never an outside address.
  for (const st of allElements(root).filter((e) => e.name === 'style')) expect(/url\(\s*['"]?(?!data:)/i.test(st.text), 'external url(').toBe(false);
}

function cellsOf(root: XmlElement): XmlElement[] {
  return allElements(root).filter((e) => e.name === 'g' && e.attrs.get('class') === 'cmv-poster-cell');
}

describe('posterSvg on the built-in dataset', () => {
  test.each(['vi', 'en'] as const)('well-formed, safe, A3 landscape, white background (%s)', (lang) => {
    const svg = posterSvg(timeline, plan, lang);
    // Left in the temporary folder to look at (not a golden: the drawing is tested by svg.test.ts).
    writeFileSync(join(tmpdir(), `cmv-poster.${lang}.svg`), svg);
    const root = parseXml(svg);
    checkSafe(root, svg);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root.attrs.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.get('viewBox')).toBe(`0 0 ${POSTER_W} ${POSTER_H}`);
    expect(POSTER_W / POSTER_H).toBeCloseTo(420 / 297, 4);
    expect(root.attrs.get('width')).toBe('420mm');
    expect(root.attrs.get('height')).toBe('297mm');
    expect(root.attrs.get('lang')).toBe(lang);
    // One title, one desc, one style (the chart's stylesheet, once), then a white background over the whole page.
    const [title, desc, style, bg] = root.children;
    expect(title!.name).toBe('title');
    expect(title!.text).toContain(dataset.title[lang]!);
    expect(desc!.name).toBe('desc');
    expect(desc!.text).toContain(dataset.title[lang]!);
    expect(style!.name).toBe('style');
    expect(style!.text.startsWith(CHART_CSS)).toBe(true);
    expect(allElements(root).filter((e) => e.name === 'style')).toHaveLength(1);
    expect(allElements(root).filter((e) => e.name === 'title' && e.parent === root)).toHaveLength(1);
    expect(bg!.name).toBe('rect');
    expect([bg!.attrs.get('width'), bg!.attrs.get('height'), bg!.attrs.get('fill')]).toEqual([String(POSTER_W), String(POSTER_H), '#FFFFFF']);
    // One visible title (the dataset's), one legend, one source line.
    const texts = allElements(root).filter((e) => e.name === 'text');
    expect(texts.filter((e) => e.attrs.get('class')?.includes('cmv-poster-title')).map(textOf)).toEqual([dataset.title[lang]!]);
    expect(allElements(root).filter((e) => e.attrs.get('class') === 'cmv-legend')).toHaveLength(1);
    const sources = texts.filter((e) => e.attrs.get('class')?.includes('cmv-source'));
    expect(sources).toHaveLength(1);
    expect(textOf(sources[0]!)).toContain(dataset.sources[0]!.title[lang]!);
    // No per-step caption, title, legend or background inside the cells.
    for (const c of cellsOf(root)) {
      const inside = allElements(c);
      for (const cls of ['cmv-caption', 'cmv-legend', 'cmv-bg', 'cmv-source']) {
        expect(inside.some((e) => (e.attrs.get('class') ?? '').split(' ').includes(cls)), cls).toBe(false);
      }
    }
  });

  test.each(['vi', 'en'] as const)('one cell per step, captioned with its date and counts (%s)', (lang: Lang) => {
    const root = parseXml(posterSvg(timeline, plan, lang));
    const cells = cellsOf(root);
    expect(cells.map((c) => c.attrs.get('data-step'))).toEqual(timeline.steps.map((_, i) => String(i)));
    const expected: Record<Lang, string[]> = {
      vi: [
        '1996 · BCH 35, BTV 11',
        '6/1996 · BCH 35 → 34, BTV 11 → 10',
        '1998 · BCH 34 → 30, BTV 10 → 9',
        '1999 · nghỉ hưu · BCH 30 → 28, BTV 9 → 7',
        '1999 · bầu bổ sung · BCH 28 → 32, BTV 7 → 10',
      ],
      en: [
        '1996 · EC 35, SC 11',
        'June 1996 · EC 35 → 34, SC 11 → 10',
        '1998 · EC 34 → 30, SC 10 → 9',
        '1999 · retirements · EC 30 → 28, SC 9 → 7',
        '1999 · by-election · EC 28 → 32, SC 7 → 10',
      ],
    };
    cells.forEach((c, i) => {
      const caps = allElements(c).filter((e) => e.attrs.get('class') === 'cmv-text cmv-poster-caption');
      expect(caps, `captions of step ${i}`).toHaveLength(1);
      expect(textOf(caps[0]!)).toBe(`${timeline.valueText(i, lang)} · ${countsText(timeline, i, lang)}`);
      expect(textOf(caps[0]!)).toBe(expected[lang][i]);
      // What happened, under the caption.
      const desc = allElements(c).find((e) => e.attrs.get('class') === 'cmv-text cmv-poster-desc');
      expect(textOf(desc!).slice(0, 20)).toBe(timeline.steps[i]!.event.description![lang]!.slice(0, 20));
    });
    // Each cell holds the step's chart: its seated members, vacant seats and departed members.
    cells.forEach((c, i) => {
      const snap = timeline.snapshotAt(i);
      const gs = allElements(c).filter((e) => e.name === 'g');
      expect(gs.filter((e) => e.attrs.has('data-member-id')).map((e) => e.attrs.get('data-member-id')).sort()).toEqual([...snap.seats.keys()].sort());
      expect(gs.filter((e) => e.attrs.has('data-departed-id'))).toHaveLength(snap.departed.size);
      expect(gs.filter((e) => e.attrs.has('data-vacant-seat'))).toHaveLength(snap.vacancies.bch!);
    });
  });

  test('cells fit the page, do not overlap, and are drawn at one scale', () => {
    const { cells } = posterTree(timeline, plan, 'vi');
    expect(cells).toHaveLength(N);
    const s = cells[0]!.scale;
    for (const c of cells) {
      expect(c.scale).toBe(s);
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w).toBeLessThanOrEqual(POSTER_W);
      expect(c.y + c.h).toBeLessThanOrEqual(POSTER_H);
    }
    for (const a of cells)
      for (const b of cells) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `cells ${a.step} and ${b.step}`).toBe(true);
      }
    // Large enough to read on A3: at least a third of the screen size.
    expect(s).toBeGreaterThan(0.33);
  });

  test('posterGrid picks the columns that give the largest charts', () => {
    expect(posterGrid(1, 100, 50, 1000, 500).cols).toBe(1);
    expect(posterGrid(4, 100, 100, 1000, 1000)).toMatchObject({ cols: 2, rows: 2 });
    expect(posterGrid(6, 200, 100, 1600, 900).cols).toBe(3);
    expect(posterGrid(12, 1400, 528, 1608, 1000).rows * posterGrid(12, 1400, 528, 1608, 1000).cols).toBeGreaterThanOrEqual(12);
  });

  test('ids are unique; aria-labelledby names existing ids', () => {
    for (const lang of ['vi', 'en'] as const) {
      const root = parseXml(posterSvg(timeline, plan, lang));
      const ids = allElements(root).map((e) => e.attrs.get('id')).filter((x): x is string => x !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
      for (const ref of root.attrs.get('aria-labelledby')!.split(' ')) expect(ids).toContain(ref);
    }
  });

  test('deterministic', () => {
    expect(posterSvg(timeline, plan, 'vi')).toBe(posterSvg(timeline, plan, 'vi'));
  });
});

describe('the poster with hostile texts', () => {
  const IMG = '<img src=x onerror=alert(1)>';
  const SCRIPT = '</text><script>alert(1)</script>';
  const JS = 'javascript:alert(1)';
  const QUOTE = `x" onload="alert(1)' y`;
  const URL_ = 'url(https://evil.example/x.png)';

  /** The built-in dataset with hostile texts in its title, source, names, labels and events. */
  function hostile(): Dataset {
    const d = structuredClone(dataset) as Dataset;
    const bad = (i: number) => [IMG, SCRIPT, JS, QUOTE, URL_][i % 5]!;
    d.title = { vi: `${IMG} ${SCRIPT}`, en: QUOTE };
    d.sources = d.sources.map((s) => ({ ...s, title: { vi: JS, en: URL_ }, author: { vi: SCRIPT, en: IMG } }));
    d.organizations = d.organizations.map((o, i) => ({ ...o, name: { vi: bad(i), en: bad(i + 1) }, short_name: { vi: bad(i + 2), en: bad(i + 3) } }));
    d.persons = d.persons.map((p, i) => ({ ...p, name: { vi: bad(i), en: bad(i + 1) } }));
    d.posts = d.posts.map((p, i) => ({ ...p, label: { vi: bad(i), en: bad(i) }, short_label: { vi: bad(i + 1), en: bad(i + 1) } }));
    d.events = d.events.map((e, i) => ({ ...e, label: { vi: `${bad(i)} ${i}`, en: `${bad(i + 2)} ${i}` }, description: { vi: bad(i + 3), en: bad(i + 4) } }));
    return d;
  }

  test.each(['vi', 'en'] as const)('every text is escaped; nothing unsafe comes through (%s)', (lang) => {
    const t = buildTimeline(hostile());
    const svg = posterSvg(t, planSeats(t), lang);
    const root = parseXml(svg);
    checkSafe(root, svg);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('" onload="');
    // A url( in a text stays text: it is never in an attribute or in the stylesheet (checkSafe).
    for (const e of allElements(root)) if (e.text.includes('url(')) expect(['text', 'tspan', 'title', 'desc']).toContain(e.name);
    const all = allElements(root).map(textOf).join('\n');
    expect(all).toContain(lang === 'vi' ? '<img src=x' : QUOTE);
    // Still one caption per step.
    expect(cellsOf(root)).toHaveLength(t.steps.length);
    const ids = allElements(root).map((e) => e.attrs.get('id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
