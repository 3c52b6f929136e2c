/**
 * `npm run bench`: how long a large dataset takes on this machine. Generates a dataset of 10,000
 * members and 1,500 steps (deterministic), then times: import (JSON parse, schema, normalisation,
 * validation), building the timeline, planning seats, scrubbing every step in order (snapshot), a
 * jump far back and forth, and laying out + drawing single steps. Prints milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { bigDataset } from '../tests/model/big.ts';
import { exportJson, importFile } from '../src/lib/io/index.ts';
import { buildTimeline } from '../src/lib/model/steps.ts';
import { planSeats } from '../src/lib/layout/seat-plan.ts';
import { svgForView } from '../src/lib/export/svg.ts';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const STEPS = Number(process.env.BENCH_STEPS ?? 1_500);

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`${label.padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms`);
  return out;
}

const dataset = bigDataset(MEMBERS, STEPS);
const bytes = new TextEncoder().encode(exportJson(dataset));
console.log(`dataset: ${MEMBERS} members, ${STEPS} steps, ${dataset.memberships.length} memberships, ${(bytes.length / 1e6).toFixed(1)} MB of JSON`);
const result = time('import (parse, schema, normalise, validate)', () => importFile('bench.json', bytes));
if (!result.ok) {
  console.error(result.problems.slice(0, 5));
  process.exit(1);
}
const timeline = time('build timeline', () => buildTimeline(result.dataset));
const plan = time('plan seats (whole term)', () => planSeats(timeline));
time(`scrub all ${STEPS} steps in order (snapshots)`, () => {
  for (let i = 0; i < timeline.steps.length; i++) timeline.snapshotAt(i).seats.size;
});
time('jump last → first → last (snapshots)', () => {
  timeline.snapshotAt(timeline.steps.length - 1).seats.size;
  timeline.snapshotAt(0).seats.size;
  timeline.snapshotAt(timeline.steps.length - 1).seats.size;
});
const probes = [0, Math.floor(STEPS / 2), STEPS - 1];
for (const i of probes) time(`layout + SVG of step ${i}`, () => svgForView(timeline, plan, i, 'en').length);
