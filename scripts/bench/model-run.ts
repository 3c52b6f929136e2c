/**
 * One run of the model benchmark (issue 10, target 4), in a process of its own:
 * `node --expose-gc --import tsx scripts/bench/model-run.ts [--root <checkout>] [--members N] [--steps N]`.
 *
 * It loads the app's modules from `<checkout>/src/lib/` (default: this checkout), so the same
 * measurement runs against another commit's sources (`npm run bench -- --anchor <ref>`). The dataset
 * is `bigDataset(members, steps)` of this checkout's `tests/model/big.ts` (default 10,000 × 1,500),
 * written as our JSON by the checkout's `exportJson`. It measures:
 * - import: `importFile` of those bytes (parse, schema, normalisation, validation), median of 3;
 * - the timeline and the seat plan, and the JS heap after them (`--expose-gc`: after a full gc);
 * - a step at random (200 random steps, seeded): the snapshot with its seats, members, departed and
 *   post holders, and what the page derives from it at every step: the slider text, the bodies'
 *   counts, the screen caption, the role table's window; and the same for 200 steps in order;
 * - per layout (nested, hemicycle), 30 random steps: `layoutScene`; the drawing (`svgMeta` +
 *   `chartTree`); layout + drawing + the SVG text (`treeToSvg`); the nodes' accessible names; and
 *   layout + drawing + SVG text of 30 steps in order (each the next step of the one before);
 * - besides the wall-clock times, the CPU time of the process for the snapshot and the layout (a
 *   figure that grows less with the load of a shared machine).
 * Prints a few lines, then the figures as JSON on the last line (`RunResult` of `figures.ts`).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { bigDataset, lcg } from '../../tests/model/big.ts';
import { spread, median } from './stats.ts';
import type { RunResult } from './figures.ts';
import '../../src/lib/layout/hemicycle-static.ts';
import '../../src/lib/i18n/en-static.ts';

type Io = typeof import('../../src/lib/io/index.ts');
type Steps = typeof import('../../src/lib/model/steps.ts');
type History = typeof import('../../src/lib/model/history.ts');
type SeatPlanMod = typeof import('../../src/lib/layout/seat-plan.ts');
type LayoutMod = typeof import('../../src/lib/layout/layout.ts');
type Words = typeof import('../../src/lib/view/layout-words.ts');
type ChartTreeMod = typeof import('../../src/lib/draw/chart-tree.ts');
type Caption = typeof import('../../src/lib/view/caption.ts');
type Counts = typeof import('../../src/lib/view/counts.ts');
type RoleTableMod = typeof import('../../src/lib/view/role-table.ts');
type ChartView = typeof import('../../src/lib/view/chart.ts');
type Svg = typeof import('../../src/lib/export/svg.ts');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(arg('--root') ?? new URL('../..', import.meta.url).pathname);
const MEMBERS = Number(arg('--members') ?? process.env.BENCH_MEMBERS ?? 10_000);
const STEPS = Number(arg('--steps') ?? process.env.BENCH_STEPS ?? 1_500);
const RANDOM_STEPS = 200;
const LAYOUT_STEPS = 30;

const load = <T>(path: string): Promise<T> => import(pathToFileURL(`${root}/src/lib/${path}`).href) as Promise<T>;
const io = await load<Io>('io/index.ts');
const { buildTimeline } = await load<Steps>('model/steps.ts');
const { roleTable } = await load<History>('model/history.ts');
const { planSeats } = await load<SeatPlanMod>('layout/seat-plan.ts');
const { layoutScene } = await load<LayoutMod>('layout/layout.ts');
const { layoutWords } = await load<Words>('view/layout-words.ts');
const { chartTree } = await load<ChartTreeMod>('draw/chart-tree.ts');
const { svgMeta, screenCaption } = await load<Caption>('view/caption.ts');
const { bodyCounts } = await load<Counts>('view/counts.ts');
const { roleTableView } = await load<RoleTableMod>('view/role-table.ts');
const { nodeAccessibleName } = await load<ChartView>('view/chart.ts');
const { treeToSvg } = await load<Svg>('export/svg.ts');

const gc = (globalThis as { gc?: () => void }).gc;
/** JS heap in use after a full collection (MB); NaN without `--expose-gc`. */
function heapMB(): number {
  if (!gc) return NaN;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function ms<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const out = f();
  return [performance.now() - t0, out];
}

/** CPU time of this process (user + system, every thread), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** `f`'s wall-clock time and the process's CPU time while it ran (ms). */
function both<T>(f: () => T): [number, number, T] {
  const c0 = cpuMs();
  const [t, out] = ms(f);
  return [t, cpuMs() - c0, out];
}

const figures: Record<string, number> = {};
const notes: string[] = [];

const bytes = (() => {
  const d = bigDataset(MEMBERS, STEPS);
  return { data: new TextEncoder().encode(io.exportJson(d)), memberships: d.memberships.length };
})();
const imports: number[] = [];
let imported: ReturnType<Io['importFile']> | null = null;
for (let i = 0; i < 3; i++) {
  imported = null;
  const [t, r] = ms(() => io.importFile('bench.json', bytes.data));
  imports.push(t);
  imported = r;
}
if (!imported?.ok) {
  console.error('the benchmark dataset is refused:', imported?.problems.slice(0, 5));
  process.exit(1);
}
const dataset = imported.dataset;
figures.import = median(imports);
const heap0 = heapMB();

const [tTimeline, timeline] = ms(() => buildTimeline(dataset));
const [tPlan, plan] = ms(() => planSeats(timeline));
figures.timeline = tTimeline;
figures.plan = tPlan;
figures.heap = heapMB();
figures.heapOwn = figures.heap - heap0;
const [tRoles, roles] = ms(() => roleTable(timeline));
notes.push(`role table rows (once per timeline): ${tRoles.toFixed(0)} ms`);

const n = timeline.steps.length;
/** Everything the page reads at a step, apart from the chart. */
function stepViews(k: number): number {
  const s = timeline.snapshotAt(k);
  let x = s.seats.size + s.members.size + s.departed.size + s.postHolders.size;
  x += timeline.valueText(k, 'en').length;
  x += bodyCounts(timeline, k, 'en').length;
  x += screenCaption(timeline, k, 'en').description.length;
  x += roleTableView(timeline, roles, 'en', k).rows.length;
  return x;
}
const rnd = lcg(20261207);
const randomTimes: number[] = [];
const randomCpu: number[] = [];
for (let j = 0; j < RANDOM_STEPS; j++) {
  const k = Math.floor(rnd() * n);
  const [t, c] = both(() => stepViews(k));
  randomTimes.push(t);
  randomCpu.push(c);
}
const r = spread(randomTimes);
figures['snap.p50'] = r.p50;
figures['snap.p95'] = r.p95;
figures['snap.max'] = r.max;
figures['snap.cpu.p95'] = spread(randomCpu).p95;
const start = Math.floor(rnd() * Math.max(1, n - RANDOM_STEPS));
const nextTimes: number[] = [];
for (let k = start; k < Math.min(n, start + RANDOM_STEPS); k++) nextTimes.push(ms(() => stepViews(k))[0]);
figures['next.p95'] = spread(nextTimes).p95;

for (const layout of ['nested', 'hemicycle'] as const) {
  const words = layoutWords('en');
  const lay: number[] = [];
  const layCpu: number[] = [];
  const draw: number[] = [];
  const whole: number[] = [];
  const names: number[] = [];
  /** One step laid out, drawn and written as SVG: the times (ms) of each part, and the CPU time of the layout. */
  const one = (k: number) => {
    stepViews(k);
    const [tl, cl, scene] = both(() => layoutScene({ timeline, plan, step: k, lang: 'en', words, options: { layout } }));
    const [td, tree] = ms(() => chartTree(scene, svgMeta(timeline, k, 'en'), { layout }));
    const [ts] = ms(() => treeToSvg(tree).length);
    const [tn] = ms(() => scene.nodes.reduce((a, node) => a + nodeAccessibleName(node, timeline, 'en').length, 0));
    return { tl, cl, td, ts, tn };
  };
  for (let j = 0; j < LAYOUT_STEPS; j++) {
    const t = one(Math.floor(rnd() * n));
    lay.push(t.tl);
    layCpu.push(t.cl);
    draw.push(t.td);
    whole.push(t.tl + t.td + t.ts);
    names.push(t.tn);
  }
  // The next step after the one on screen (scrubbing, playing): what the drawing can keep from the step before.
  const next: number[] = [];
  const from = Math.floor(rnd() * Math.max(1, n - LAYOUT_STEPS));
  one(from);
  for (let k = from + 1; k < Math.min(n, from + 1 + LAYOUT_STEPS); k++) {
    const t = one(k);
    next.push(t.tl + t.td + t.ts);
  }
  const l = spread(lay);
  const d = spread(draw);
  const w = spread(whole);
  figures[`${layout}.layout.p50`] = l.p50;
  figures[`${layout}.layout.p95`] = l.p95;
  figures[`${layout}.layout.cpu.p95`] = spread(layCpu).p95;
  figures[`${layout}.next.p50`] = spread(next).p50;
  figures[`${layout}.next.p95`] = spread(next).p95;
  figures[`${layout}.draw.p50`] = d.p50;
  figures[`${layout}.draw.p95`] = d.p95;
  figures[`${layout}.svg.p50`] = w.p50;
  figures[`${layout}.svg.p95`] = w.p95;
  figures[`${layout}.names.p95`] = spread(names).p95;
}
figures.heapEnd = heapMB();

const [tScrub] = ms(() => {
  for (let i = 0; i < n; i++) timeline.snapshotAt(i).seats.size;
});
notes.push(`scrub all ${n} steps in order (snapshots only): ${tScrub.toFixed(0)} ms`);

const result: RunResult = {
  dataset: { members: MEMBERS, steps: n, memberships: bytes.memberships, mb: bytes.data.length / 1e6 },
  figures,
  notes,
};
console.log(JSON.stringify(result));
