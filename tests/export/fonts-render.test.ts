/**
 * A PNG render (resvg, the command line's renderer, with only the chart's font files) of the
 * built-in dataset's last step in Vietnamese: text is drawn where the layout put it, with the width
 * the layout measured, and only because the embedded fonts are there.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { LABEL_DX, LABEL_FONT, labelBaselines, type SceneNode } from '../../src/lib/layout/scene.ts';
import { textWidth } from '../../src/lib/layout/text.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { FONT_FAMILY } from '../../src/lib/export/fonts.ts';
import { renderFontFiles } from '../../src/lib/export/fonts-node.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';

const { timeline, plan } = loadBuiltIn();
const STEP = 4;
const Z = 2; // pixels per unit

interface Raster {
  width: number;
  height: number;
  px: Uint8Array;
}

async function render(svg: string, withFonts: boolean): Promise<Raster> {
  const fontFiles = withFonts ? await renderFontFiles() : [];
  const img = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: Z },
  }).render();
  return { width: img.width, height: img.height, px: new Uint8Array(img.pixels) };
}

const lum = (r: Raster, x: number, y: number) => {
  const i = (y * r.width + x) * 4;
  return 0.2126 * r.px[i]! + 0.7152 * r.px[i + 1]! + 0.0722 * r.px[i + 2]!;
};

/** Share of dark pixels in a box (units), and the rightmost dark column (units; -1: none). */
function ink(r: Raster, x0: number, y0: number, x1: number, y1: number): { share: number; right: number } {
  let dark = 0;
  let all = 0;
  let right = -1;
  for (let y = Math.floor(y0 * Z); y < Math.ceil(y1 * Z); y++) {
    for (let x = Math.floor(x0 * Z); x < Math.ceil(x1 * Z); x++) {
      all++;
      if (lum(r, x, y) < 140) {
        dark++;
        right = Math.max(right, x);
      }
    }
  }
  return { share: dark / all, right: right < 0 ? -1 : (right + 1) / Z };
}

/** The box of line `i` of a node's label: from the label's start to its measured end, ascender to baseline. */
function lineBox(n: SceneNode, i: number): { x0: number; x1: number; y0: number; y1: number } {
  // A member the step touched has its tag on the line under the label.
  const base = n.y + labelBaselines(n.label.length + (n.change ? 1 : 0))[i]!;
  const x0 = n.x + LABEL_DX;
  return { x0, x1: x0 + textWidth(n.label[i]!, LABEL_FONT), y0: base - LABEL_FONT * 0.75, y1: base + LABEL_FONT * 0.1 };
}

describe('resvg render of step 4 (vi) with the chart\'s fonts', async () => {
  const scene = layoutScene({ timeline, plan, step: STEP, lang: 'vi', words: layoutWords('vi') });
  // Measured without the dimming of the members the step did not touch (it only lightens their ink).
  const svg = svgForView(timeline, plan, STEP, 'vi').replace(/\.cmv-dim\{[^}]*\}/, '');
  const withFonts = await render(svg, true);
  const noFonts = await render(svg, false);
  const nodes = ['bch-01', 'btv-02', 'pbt-tt-1996', 'gd-cty-xd', 'pct-ubnd'].map((id) => scene.nodes.find((n) => n.person_id === id)!);

  test('the picture is the scene\'s size, on a white background', () => {
    expect(withFonts.width).toBe(scene.width * Z);
    expect(withFonts.height).toBe(scene.height * Z);
    expect(lum(withFonts, 2, 2)).toBeGreaterThan(250);
  });

  test.each(nodes.map((n) => [n.person_id, n] as const))('label of %s: ink where the layout put it, ending where it measured', (_, n) => {
    for (let i = 0; i < n.label.length; i++) {
      const b = lineBox(n, i);
      const drawn = ink(withFonts, b.x0, b.y0, b.x1, b.y1);
      expect(drawn.share, `${n.label[i]}: ink share`).toBeGreaterThan(0.08);
      // Without the font files nothing is drawn there: the text comes from the chart's font.
      expect(ink(noFonts, b.x0, b.y0, b.x1, b.y1).share, `${n.label[i]} without fonts`).toBe(0);
      // The last glyph's ink ends at the measured width, less its right side bearing (and kerning).
      const wide = ink(withFonts, b.x0, b.y0, b.x1 + 12, b.y1);
      expect(wide.right, `${n.label[i]}: right edge`).toBeGreaterThan(b.x1 - 2.5);
      expect(wide.right, `${n.label[i]}: right edge`).toBeLessThanOrEqual(b.x1 + 0.5);
    }
  });

  test('the caption\'s arrows (from the symbol font) and the bold title are drawn', () => {
    const c = scene.caption;
    // The title, bold 16: ink over most of its measured width.
    const titleW = textWidth('Ban Chấp hành Đảng bộ Quận 6 khóa VII (nhiệm kỳ 1996–2000)', 16, 'bold');
    const title = ink(withFonts, c.x, c.y + 15 - 12, c.x + titleW + 10, c.y + 15 + 4);
    expect(title.share).toBeGreaterThan(0.12);
    expect(title.right).toBeGreaterThan(c.x + titleW - 3);
    expect(title.right).toBeLessThanOrEqual(c.x + titleW + 0.5);
    // Tone marks above the capitals of "Đảng", "Quận": ink above the cap height in the title's row.
    expect(ink(withFonts, c.x, c.y + 15 - 16.5, c.x + titleW, c.y + 15 - 12.2).share).toBeGreaterThan(0.005);
    // An empty part of the entry tray stays blank.
    const entry = scene.trays.find((t) => t.kind === 'entry')!;
    expect(ink(withFonts, entry.x + 20, entry.y + entry.h - 40, entry.x + entry.w - 20, entry.y + entry.h - 10).share).toBe(0);
  });
});
