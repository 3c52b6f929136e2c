/**
 * The width-aware layout (issue 13, "Phone"): the chart is laid out for the room it has
 * (`fitChartWidth`), trays go below the bodies when the columns beside them do not fit
 * (`traysBeside`), and at 360 px the whole chart fits with member labels of at least 11 px.
 */
import { describe, expect, test } from 'vitest';
import { DESKTOP_LABEL_PX, PHONE_LABEL_PX, fitChartWidth, minLabelPx } from '../../src/lib/layout/fit.ts';
import { WIDE_CELLS, buildGeometry, cellWidthFor, traysBeside } from '../../src/lib/layout/geometry.ts';
import { textWidth } from '../../src/lib/layout/text.ts';
import { layoutScene, DEFAULT_WIDTH, LABEL_FONT, MARGIN, PITCH_X, type Scene } from '../../src/lib/layout/layout.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { timeline, plan } = loadBuiltIn();
const scene = (step: number, width?: number): Scene =>
  layoutScene({ timeline, plan, step, lang: 'vi', words: layoutWords('vi'), ...(width !== undefined ? { options: { width } } : {}) });

describe('fitChartWidth: the layout width for a container', () => {
  test('labels of 11 px on a phone, 9 px on a desktop, linear between', () => {
    expect([300, 360, 600, 800, 1000, 1366].map(minLabelPx)).toEqual([11, 11, 11, 10, 9, 9]);
    expect([PHONE_LABEL_PX, DESKTOP_LABEL_PX]).toEqual([11, 9]);
  });
  test('360 px → 324 units (×1.111: labels of 11.1 px); 390 px → 352; 1366-px desktop → the exports\' 1440', () => {
    expect(fitChartWidth(360)).toEqual({ width: 324, scale: 360 / 324 });
    expect(fitChartWidth(390).width).toBe(352);
    expect(fitChartWidth(800).width).toBe(800);
    expect(fitChartWidth(1000).width).toBe(1108);
    expect(fitChartWidth(1300).width).toBe(DEFAULT_WIDTH);
    expect(fitChartWidth(1900)).toEqual({ width: 1440, scale: 1900 / 1440 });
    for (const px of [320, 360, 375, 390, 412, 600, 700, 900, 1100, 1366]) {
      const { width, scale } = fitChartWidth(px);
      expect(width % 4, `${px}`).toBe(0);
      expect(LABEL_FONT * scale, `${px}`).toBeGreaterThanOrEqual(minLabelPx(px) - 1e-9);
    }
  });
  test('not measured yet (0, NaN, negative): the exports\' width at scale 1', () => {
    for (const px of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(fitChartWidth(px)).toEqual({ width: DEFAULT_WIDTH, scale: 1 });
  });
});

describe('cells on a phone', () => {
  test('cellWidthFor: two columns one box down, between 100 and 172 units', () => {
    expect([256, 280, 284, 400, 444, 600, 120].map((w) => cellWidthFor(w).cellW)).toEqual([104, 116, 118, 172, 172, 172, 100]);
    expect(cellWidthFor(256)).toEqual({ cellW: 104, pitchX: 112, labelW: 73 });
    expect(WIDE_CELLS).toEqual({ cellW: 172, pitchX: 180, labelW: 141 });
  });
  test('labels wrap in the narrower cells: every line within the room, at most 3 lines', () => {
    const s = scene(3, 296);
    expect(s.nodes.length).toBeGreaterThan(30);
    for (const n of s.nodes) {
      expect(n.label.length, n.key).toBeLessThanOrEqual(3);
      for (const line of n.label) expect(textWidth(line, LABEL_FONT), `${n.key}: ${line}`).toBeLessThanOrEqual(73 + 0.01);
    }
    // The same label at the exports' width: one line.
    const wide = scene(3).nodes.find((n) => n.post_ids.includes('uvtv-1') || n.label.join(' ').startsWith('Ủy viên Thường vụ'))!;
    const narrow = s.nodes.find((n) => n.key === wide.key)!;
    expect(wide.label).toHaveLength(1);
    expect(narrow.label.join(' ')).toBe(wide.label[0]);
  });
});

describe('trays beside the bodies or below them', () => {
  test('traysBeside: the bodies keep one cell pitch more than their narrowest layout', () => {
    expect(traysBeside(1440, 0, 232)).toBe(true);
    expect(traysBeside(2 * MARGIN + 440 + 232 + PITCH_X, 440, 232)).toBe(true);
    expect(traysBeside(2 * MARGIN + 440 + 232 + PITCH_X - 1, 440, 232)).toBe(false);
  });
  test('at 1440 (exports) the trays stand beside: entry left, exits right, as before', () => {
    const g = buildGeometry(plan, 1440);
    const bch = g.regions.get('bch')!;
    expect(g.width).toBe(1440);
    expect(g.trays.map((t) => [t.plan.kind, t.plan.cause, t.x < bch.x ? 'left' : 'right'])).toEqual([
      ['entry', 'by_election', 'left'],
      ['exit', 'removed_from_roll', 'right'],
      ['exit', 'transfer', 'right'],
      ['exit', 'retirement', 'right'],
    ]);
  });
  test('at a phone\'s 324 units, every tray is below the bodies, exits first, within the width', () => {
    const g = buildGeometry(plan, 324);
    expect(g.width).toBe(324);
    const bch = g.regions.get('bch')!;
    expect([bch.x, bch.w]).toEqual([MARGIN, 324 - 2 * MARGIN]);
    expect(g.trays.map((t) => `${t.plan.kind}:${t.plan.cause}`)).toEqual(['exit:removed_from_roll', 'exit:transfer', 'exit:retirement', 'entry:by_election']);
    for (const t of g.trays) {
      expect(t.y).toBeGreaterThan(bch.y + bch.h);
      expect(t.x).toBeGreaterThanOrEqual(MARGIN);
      expect(t.x + t.w).toBeLessThanOrEqual(324 - MARGIN + 1e-9);
    }
    // Narrower cells (118 units, so that the Standing Committee's box holds two columns): two slot
    // columns a tray; no two trays fit side by side (2 × 138 + 10 > 284): stacked, 12 units apart.
    expect(g.cells).toEqual({ cellW: 118, pitchX: 126, labelW: 87 });
    expect(g.trays.map((t) => t.cols)).toEqual([2, 2, 2, 2]);
    const btv = g.regions.get('btv')!;
    const xs = new Set(Array.from({ length: btv.cells.length / 2 }, (_, i) => btv.cells[2 * i]));
    expect(xs.size).toBe(2);
    for (let i = 1; i < g.trays.length; i++) expect(g.trays[i]!.y).toBe(g.trays[i - 1]!.y + g.trays[i - 1]!.h + 12);
  });
  test('at 700 units two trays share a row when both fit', () => {
    const g = buildGeometry(plan, 700);
    const rows = new Map<number, string[]>();
    for (const t of g.trays) rows.set(t.y, [...(rows.get(t.y) ?? []), t.plan.cause]);
    expect([...rows.values()].some((r) => r.length >= 2)).toBe(true);
    for (const t of g.trays) expect(t.x + t.w).toBeLessThanOrEqual(700 - MARGIN + 1e-9);
  });
});

describe('the built-in dataset at a phone\'s width', () => {
  const { width, scale } = fitChartWidth(360);
  test('every step fits 360 px: the scene is as wide as asked, every node and tray inside it', () => {
    for (let step = 0; step < timeline.steps.length; step++) {
      const s = scene(step, width);
      expect(s.width, `step ${step}`).toBe(width);
      for (const n of s.nodes) {
        expect(n.x, n.key).toBeGreaterThan(0);
        expect(n.x, n.key).toBeLessThan(width);
      }
      for (const b of [...s.boxes, ...s.trays]) expect(b.x + b.w, b.id).toBeLessThanOrEqual(width - MARGIN + 0.05);
      // Drawn 360 px wide: labels of 10 units come out at 11.1 px.
      expect(LABEL_FONT * (360 / s.width)).toBeCloseTo(LABEL_FONT * scale, 9);
      expect(LABEL_FONT * scale).toBeGreaterThanOrEqual(11);
    }
  });
  test('the departed rest in the trays below the bodies (step 4: every tray holds its people)', () => {
    const s = scene(4, width);
    const bch = s.boxes.find((b) => b.org === 'bch')!;
    const departed = s.nodes.filter((n) => n.kind === 'departed');
    expect(departed.length).toBeGreaterThan(0);
    for (const n of departed) expect(n.y).toBeGreaterThan(bch.y + bch.h);
    expect(s.trays.filter((t) => t.kind === 'exit').map((t) => [t.cause, t.count])).toEqual(
      [...new Set(departed.map((n) => n.cause))].map((c) => [c, departed.filter((n) => n.cause === c).length]).sort((a, b) => s.trays.findIndex((t) => t.cause === a[0]) - s.trays.findIndex((t) => t.cause === b[0])),
    );
  });
  test('the default (exports) is unchanged: 1440 wide, trays beside', () => {
    const s = scene(4);
    expect(s.width).toBe(1440);
    const bch = s.boxes.find((b) => b.org === 'bch')!;
    for (const t of s.trays) expect(t.y).toBeLessThan(bch.y + bch.h);
  });
});
