/**
 * The model's figures of issue 10 (target 4), as `scripts/bench/model-run.ts` measures them, with
 * their targets: what `npm run bench` prints, one row per figure.
 */

/** One measured figure: an id, how it is said in the table, its target (ms or MB; none: report only). */
export interface FigureDef {
  id: string;
  label: string;
  unit: 'ms' | 'MB';
  /** At most this; undefined: no target, the figure is reported. */
  target?: number;
}

/** Every figure, in the order of the table. */
export const FIGURES: readonly FigureDef[] = [
  { id: 'import', label: 'import + validation (median of 3)', unit: 'ms', target: 1000 },
  { id: 'timeline', label: 'build timeline', unit: 'ms' },
  { id: 'plan', label: 'plan seats (whole term)', unit: 'ms' },
  { id: 'heap', label: 'heap after timeline + seat plan (after gc)', unit: 'MB' },
  { id: 'heapOwn', label: '  of which timeline + seat plan', unit: 'MB' },
  { id: 'heapEnd', label: 'heap after 460 steps read and drawn (after gc)', unit: 'MB', target: 500 },
  { id: 'snap.p50', label: 'step at random: snapshot + per-step views p50', unit: 'ms' },
  { id: 'snap.p95', label: 'step at random: snapshot + per-step views p95', unit: 'ms', target: 8 },
  { id: 'snap.max', label: 'step at random: snapshot + per-step views max', unit: 'ms' },
  { id: 'snap.cpu.p95', label: 'step at random: the same, CPU time p95', unit: 'ms', target: 8 },
  { id: 'next.p95', label: 'next step (scrub in order) p95', unit: 'ms', target: 8 },
  { id: 'nested.layout.p50', label: 'nested: layout p50', unit: 'ms' },
  { id: 'nested.layout.p95', label: 'nested: layout p95', unit: 'ms', target: 50 },
  { id: 'nested.layout.cpu.p95', label: 'nested: layout, CPU time p95', unit: 'ms', target: 50 },
  { id: 'nested.draw.p50', label: 'nested: drawing (chartTree) p50', unit: 'ms' },
  { id: 'nested.draw.p95', label: 'nested: drawing (chartTree) p95', unit: 'ms' },
  { id: 'nested.svg.p50', label: 'nested: layout + drawing + SVG text p50', unit: 'ms' },
  { id: 'nested.svg.p95', label: 'nested: layout + drawing + SVG text p95', unit: 'ms' },
  { id: 'nested.next.p50', label: 'nested: the same, next step in order p50', unit: 'ms' },
  { id: 'nested.next.p95', label: 'nested: the same, next step in order p95', unit: 'ms' },
  { id: 'nested.names.p95', label: 'nested: accessible names of the nodes p95', unit: 'ms' },
  { id: 'hemicycle.layout.p50', label: 'hemicycle: layout p50', unit: 'ms' },
  { id: 'hemicycle.layout.p95', label: 'hemicycle: layout p95', unit: 'ms', target: 50 },
  { id: 'hemicycle.layout.cpu.p95', label: 'hemicycle: layout, CPU time p95', unit: 'ms', target: 50 },
  { id: 'hemicycle.draw.p50', label: 'hemicycle: drawing (chartTree) p50', unit: 'ms' },
  { id: 'hemicycle.draw.p95', label: 'hemicycle: drawing (chartTree) p95', unit: 'ms' },
  { id: 'hemicycle.svg.p50', label: 'hemicycle: layout + drawing + SVG text p50', unit: 'ms' },
  { id: 'hemicycle.svg.p95', label: 'hemicycle: layout + drawing + SVG text p95', unit: 'ms' },
  { id: 'hemicycle.next.p50', label: 'hemicycle: the same, next step in order p50', unit: 'ms' },
  { id: 'hemicycle.next.p95', label: 'hemicycle: the same, next step in order p95', unit: 'ms' },
  { id: 'hemicycle.names.p95', label: 'hemicycle: accessible names of the nodes p95', unit: 'ms' },
];

/** What one run of `model-run.ts` prints (its last stdout line, as JSON). */
export interface RunResult {
  /** The dataset: members, steps, memberships, MB of JSON. */
  dataset: { members: number; steps: number; memberships: number; mb: number };
  /** Figure id → value (ms or MB). */
  figures: Record<string, number>;
  /** Lines said as they are (the older per-phase timings). */
  notes: string[];
}
