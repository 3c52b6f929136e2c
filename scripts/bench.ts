/**
 * `npm run bench`: the model's figures of issue 10 (target 4) for a large dataset on this machine:
 * 10,000 members × 1,500 steps (`bigDataset` of `tests/model/big.ts`; `--members`, `--steps` or
 * BENCH_MEMBERS, BENCH_STEPS to change). Prints a table: import + validation, the timeline, the seat
 * plan and the JS heap after them, a step at random (snapshot + what the page derives per step) p50,
 * p95 and max, the next step in order, and per layout (nested, hemicycle) the layout, the drawing
 * and layout + drawing + SVG text of one step, each with its target and pass/fail.
 *
 * `--anchor <git ref>` measures that commit too, in one run, and adds its column and the ratio
 * (this / anchor): the anchor is checked out under the temporary folder (`bench/anchor.ts`) and this
 * checkout's measurement (`bench/model-run.ts`) runs against its sources. `--rounds N` (default 1;
 * 3 with an anchor) runs each side N times, alternating, and prints the median of each figure.
 * Every run is a fresh Node process with `--expose-gc`.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { anchorCheckout, resolveRef } from './bench/anchor.ts';
import { median } from './bench/stats.ts';
import { table, type Column } from './bench/table.ts';
import type { RunResult } from './bench/figures.ts';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** One run of `model-run.ts` against the sources of `root`, in a fresh process. */
function run(root: string): RunResult {
  const extra = ['--members', '--steps'].flatMap((a) => (arg(a) !== undefined ? [a, arg(a)!] : []));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/model-run.ts', '--root', root, ...extra], {
    cwd: here,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26,
  });
  const lines = out.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as RunResult;
}

/** The median of every figure over the runs. */
function medians(runs: readonly RunResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(runs[0]!.figures)) out[id] = median(runs.map((r) => r.figures[id]!));
  return out;
}

const anchorRef = arg('--anchor');
const rounds = Number(arg('--rounds') ?? (anchorRef ? 3 : 1));
const anchor = anchorRef ? { ref: anchorRef, commit: resolveRef(anchorRef, here) } : null;
const anchorDir = anchor ? anchorCheckout(anchor.commit, here) : null;
const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: here, encoding: 'utf8' }).trim() !== '';

const loadBefore = loadavg()[0]!;
const mine: RunResult[] = [];
const theirs: RunResult[] = [];
for (let i = 0; i < rounds; i++) {
  if (anchorDir) theirs.push(run(anchorDir));
  mine.push(run(here));
  console.error(`bench: round ${i + 1} of ${rounds} done`);
}

const d = mine[0]!.dataset;
console.log(`dataset: ${d.members} members, ${d.steps} steps, ${d.memberships} memberships, ${d.mb.toFixed(1)} MB of JSON`);
console.log(`node ${process.version}, ${rounds} round${rounds === 1 ? '' : 's'} per side (median), ${new Date().toISOString()}`);
// Wall-clock times: on a shared machine they grow with its load, so the load is said with them.
console.log(`${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
console.log('');
const columns: Column[] = [{ heading: `this (${head}${dirty ? '+' : ''})`, figures: medians(mine) }];
if (anchor) columns.push({ heading: `anchor ${anchor.ref} (${anchor.commit.slice(0, 12)})`, figures: medians(theirs) });
for (const line of table(columns)) console.log(line);
console.log('');
for (const note of mine[0]!.notes) console.log(`this: ${note}`);
if (theirs[0]) for (const note of theirs[0].notes) console.log(`anchor: ${note}`);
