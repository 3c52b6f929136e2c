/** The benchmark's table: one row per figure, this checkout (and the anchor) with the target and pass/fail. */
import { FIGURES, type FigureDef } from './figures.ts';

/** A column of the table: its heading and the figures (id → value). */
export interface Column {
  heading: string;
  figures: Readonly<Record<string, number>>;
}

function fmt(v: number | undefined, def: FigureDef): string {
  if (v === undefined || Number.isNaN(v)) return '–';
  return def.unit === 'MB' ? `${v.toFixed(1)} MB` : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`;
}

/**
 * The table as lines of text: figure, target, each column's value; with two columns, the ratio of
 * the first to the second; then pass/fail of the first column against the target ("–" without one).
 */
export function table(columns: readonly Column[]): string[] {
  const heads = ['figure', 'target', ...columns.map((c) => c.heading), ...(columns.length === 2 ? ['ratio'] : []), 'pass'];
  const rows = FIGURES.map((def) => {
    const vals = columns.map((c) => c.figures[def.id]);
    const first = vals[0];
    const ratio = columns.length === 2 && first !== undefined && vals[1] ? [(first / vals[1]).toFixed(2)] : columns.length === 2 ? ['–'] : [];
    const pass = def.target === undefined || first === undefined ? '–' : first <= def.target ? 'pass' : 'FAIL';
    return [def.label, def.target === undefined ? '–' : `≤ ${fmt(def.target, def)}`, ...vals.map((v) => fmt(v, def)), ...ratio, pass];
  });
  const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(heads), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)];
}
