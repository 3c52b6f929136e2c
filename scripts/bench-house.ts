/**
 * `npx tsx scripts/bench-house.ts`: how long one step of the 650-seat house fixture
 * (`tests/fixtures/house-650.csv`) takes to lay out and to lay out + draw, in the hemicycle and in
 * the nested layout, on this machine (mean over every step, after one warm-up step). Prints ms.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importFile } from '../src/lib/io/index.ts';
import { buildTimeline } from '../src/lib/model/steps.ts';
import { planSeats } from '../src/lib/layout/seat-plan.ts';
import { layoutScene } from '../src/lib/layout/layout.ts';
import { layoutWords } from '../src/lib/view/layout-words.ts';
import { viewTree } from '../src/lib/draw/view-tree.ts';
import '../src/lib/layout/hemicycle-static.ts';
import '../src/lib/i18n/en-static.ts';

const file = new URL('../tests/fixtures/house-650.csv', import.meta.url);
const r = importFile('house-650.csv', readFileSync(file));
if (!r.ok) throw new Error('house-650.csv is refused');
const timeline = buildTimeline(r.dataset);
const plan = planSeats(timeline);
const n = timeline.steps.length;
const words = layoutWords('en');
for (const layout of ['hemicycle', 'nested'] as const) {
  const lay = (step: number) => layoutScene({ timeline, plan, step, lang: 'en', words, options: { layout } });
  lay(0);
  let t0 = performance.now();
  for (let i = 0; i < n; i++) lay(i);
  const layMs = (performance.now() - t0) / n;
  t0 = performance.now();
  for (let i = 0; i < n; i++) viewTree(timeline, plan, i, 'en', { layout });
  const drawMs = (performance.now() - t0) / n;
  console.log(`${layout.padEnd(10)} layout ${layMs.toFixed(1).padStart(6)} ms/step   layout + drawing ${drawMs.toFixed(1).padStart(6)} ms/step   (${n} steps)`);
}
