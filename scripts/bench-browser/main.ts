/**
 * `npm run bench:browser`: builds the app (unless `--no-build`), serves it with the d3-org-chart
 * page (`server.ts`), runs the chosen parts in one headless Chromium and prints one Markdown
 * report (`report.ts`); writes the same figures as JSON to `bench-results/browser-<date>.json`
 * and the report beside it (`.md`). A benchmark, not a test: never part of `npm test`. Progress
 * goes to stderr, the report to stdout. See README.md, "Benchmarks".
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { parseArgs, USAGE, type BenchArgs } from './args.ts';
import { startServer } from './server.ts';
import { runStep } from './part-step.ts';
import { runBuiltin } from './part-builtin.ts';
import { runScrubHeap } from './part-scrub.ts';
import { runLong } from './part-long.ts';
import { runWeight } from './part-weight.ts';
import { reportMarkdown, type BenchResults } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const log = (s: string) => console.error(s);

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (with changes)` : head;
  } catch {
    return 'unknown';
  }
}

async function run(args: BenchArgs): Promise<BenchResults> {
  if (args.build) {
    log('building the app (vite build)…');
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`vite build exited with ${r.status}`);
  }
  if (!existsSync(`${ROOT}dist/index.html`)) throw new Error('no dist/index.html: run without --no-build');
  const server = await startServer(ROOT, args.port);
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const cpu = cpus();
  const results: BenchResults = {
    machine: {
      date: new Date().toISOString(),
      commit: commit(),
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU',
      memoryGb: totalmem() / 1024 ** 3,
      chromium: browser.version(),
      node: process.version,
      loadStart: loadavg()[0]!,
      loadEnd: NaN,
    },
  };
  log(`serving ${server.url}; Chromium ${results.machine.chromium}`);
  try {
    if (args.parts.has('weight')) {
      log('weight…');
      results.weight = await runWeight(browser, server.url, ROOT);
    }
    if (args.parts.has('builtin')) {
      log('built-in dataset…');
      results.builtin = await runBuiltin(browser, server.url);
      log(`  ${JSON.stringify(results.builtin)}`);
    }
    if (args.parts.has('step')) {
      results.steps = [];
      for (const n of args.sizes) {
        log(`step, ${n} members…`);
        const r = await runStep(browser, server.url, n, n >= 10_000 ? args.bigRounds : args.rounds);
        log(`  ${JSON.stringify(r)}`);
        results.steps.push(r);
      }
    }
    if (args.parts.has('scrub') || args.parts.has('heap')) {
      log(`${[args.parts.has('scrub') ? 'scrub' : '', args.parts.has('heap') ? 'heap' : ''].filter(Boolean).join(' and ')}, 10,000 × 1,500…`);
      results.scrub = await runScrubHeap(browser, server.url, { scrub: args.parts.has('scrub'), heap: args.parts.has('heap'), keys: args.scrubKeys, moves: args.scrubMoves });
      log(`  ${JSON.stringify({ ...results.scrub, hold: undefined, drag: undefined })}`);
    }
    if (args.parts.has('long')) {
      log('long work, 2,000 × 300…');
      results.long = await runLong(browser, server.url);
    }
  } finally {
    results.machine.loadEnd = loadavg()[0]!;
    await browser.close();
    await server.close();
  }
  return results;
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    console.error(USAGE);
    process.exit(2);
  }
  const t0 = performance.now();
  const results = await run(args);
  const report = reportMarkdown(results);
  const dir = `${ROOT}bench-results`;
  mkdirSync(dir, { recursive: true });
  const stamp = results.machine.date.slice(0, 19).replace(/:/g, '-');
  writeFileSync(`${dir}/browser-${stamp}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${dir}/browser-${stamp}.md`, `${report}\n`);
  console.log(report);
  log(`\nwritten: bench-results/browser-${stamp}.json and .md (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
