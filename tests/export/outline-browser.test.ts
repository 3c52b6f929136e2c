import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { subsetsFont } from '../../src/lib/export/outline-browser.ts';
import { fontkitOutlineFont, outlineSvgText } from '../../src/lib/export/outline.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const require = createRequire(import.meta.url);
const woff2 = (subset: string, w: number) =>
  fontkitOutlineFont(fontkit.create(readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${w}-normal.woff2`))) as fontkit.Font);

describe('outlined SVG from the page\'s WOFF2 subsets (the app\'s "SVG, text as outlines")', () => {
  const regular = subsetsFont(['latin', 'latin-ext', 'vietnamese'].map((s) => woff2(s, 400)));
  const bold = subsetsFont(['latin', 'latin-ext', 'vietnamese'].map((s) => woff2(s, 700)));

  test('every character of Vietnamese text comes from the subset that has it, with an outline', () => {
    const text = 'Ủy viên Ban Thường vụ khóa VII · Đ';
    for (const ch of text) if (ch.trim()) expect(regular.has(ch.codePointAt(0)!), ch).toBe(true);
    const glyphs = regular.layout(text);
    expect(glyphs.length).toBeGreaterThanOrEqual([...text].length - 2);
    expect(glyphs.filter((g) => g.commands.length > 0).length).toBeGreaterThanOrEqual([...text].filter((c) => c.trim()).length - 1);
  });

  test('a step outlined with them has no <text> left, and its title still says what it shows', () => {
    const { timeline, plan } = loadBuiltIn();
    const out = outlineSvgText(svgForView(timeline, plan, 3, 'vi'), { regular, bold });
    expect(out).not.toMatch(/<text[\s>]/);
    expect(out).toMatch(/<title[^>]*>[^<]*1999/);
    expect((out.match(/<path /g) ?? []).length).toBeGreaterThan(100);
  });
});
