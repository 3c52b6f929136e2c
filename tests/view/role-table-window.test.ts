/**
 * The page's role table stays small: past MAX_ROLE_CELLS cells it shows the steps around the current
 * one and says so (a house of 650 posts over 320 steps would be 208,000 cells).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { roleTable } from '../../src/lib/model/history.ts';
import { MAX_ROLE_CELLS, roleTableView } from '../../src/lib/view/role-table.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';

describe('role table window', () => {
  test('the built-in dataset is shown whole', () => {
    const { timeline } = loadBuiltIn();
    const v = roleTableView(timeline, roleTable(timeline), 'vi', 2);
    expect(v.window).toBeNull();
    expect(v.first).toBe(0);
    expect(v.columns).toHaveLength(timeline.steps.length);
  });

  test('the 650-seat house: the steps around the current one, at most MAX_ROLE_CELLS cells, every row', () => {
    const r = importFile('house-650.csv', readFileSync(new URL('../fixtures/house-650.csv', import.meta.url)));
    if (!r.ok) throw new Error('refused');
    const tl = buildTimeline(r.dataset);
    const rows = roleTable(tl);
    expect(rows.length).toBe(650);
    const v = roleTableView(tl, rows, 'en', 60);
    const width = Math.floor(MAX_ROLE_CELLS / 650);
    expect(v.columns).toHaveLength(width);
    expect(v.window).toEqual({ first: 60 - Math.floor(width / 2), last: 60 - Math.floor(width / 2) + width - 1, total: tl.steps.length });
    expect(v.rows).toHaveLength(650);
    expect(v.rows.every((row) => row.cells.length === width)).toBe(true);
    expect(v.columns[60 - v.first]).toBe(tl.valueText(60, 'en'));
    // At the ends the window stays inside the steps.
    expect(roleTableView(tl, rows, 'en', 0).window!.first).toBe(0);
    expect(roleTableView(tl, rows, 'en', tl.steps.length - 1).window!.last).toBe(tl.steps.length - 1);
    expect(STRINGS.en.roleTableWindow(58, 63, 108)).toBe('Too large to show whole: steps 58–63 of 108, around the current step; the role table CSV has every step.');
  });
});
