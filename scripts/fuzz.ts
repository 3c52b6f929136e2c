/**
 * `npm run fuzz -- [--cli] [--runs 10000] [--seed N] [--case K] [--bound 2000] [--hang 30000] [--out dir] [--skip-beyond]`:
 * many fuzz cases (`scripts/fuzz/mutations.ts`) through the whole path of a user's file
 * (`scripts/fuzz/check.ts`), or with `--cli` through the command line (`scripts/fuzz/cli-check.ts`:
 * each case's file written to a temporary folder and one step exported as SVG by the CLI's `main`,
 * which must exit 0 with the file written or 1 with its reasons on stderr). Cases run in a worker
 * thread; one that does not answer within `--hang` ms is a hang: the worker is terminated and a new
 * one takes the next case.
 *
 * Prints the counts (cases, refused, loaded, skipped as beyond the importer's bounds, failures,
 * max ms per case; with `--cli`: exit 0, exit 1, failures) and each failure with the command that
 * replays it. `--case K` runs only case K of the seed (and `--out dir` writes its file there).
 * Inputs beyond the importer's bounds are judged like the others (the importer must refuse them;
 * their failures say so and are counted apart); `--skip-beyond` skips them instead (not with
 * `--cli`, which judges every case). Exit status 1 when a case failed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { casesOf, materialise } from './fuzz/mutations.ts';
import { CASE_BOUND_MS, runCase, type Outcome } from './fuzz/check.ts';
import { runCliCase, type CliOutcome } from './fuzz/cli-check.ts';

interface Options {
  runs: number;
  seed: number;
  only?: number;
  bound: number;
  hang: number;
  out?: string;
  beyond: boolean;
  cli: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { runs: 1000, seed: 20261207, bound: CASE_BOUND_MS, hang: 30_000, beyond: true, cli: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cli') {
      o.cli = true;
      continue;
    }
    if (argv[i] === '--beyond' || argv[i] === '--skip-beyond') {
      o.beyond = argv[i] === '--beyond';
      continue;
    }
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (flag === '--out') o.out = value;
    else if (!Number.isInteger(n)) throw new Error(`${flag} needs a whole number (got ${value})`);
    else if (flag === '--runs') o.runs = n;
    else if (flag === '--seed') o.seed = n;
    else if (flag === '--case') o.only = n;
    else if (flag === '--bound') o.bound = n;
    else if (flag === '--hang') o.hang = n;
    else throw new Error(`unknown option ${flag}`);
  }
  if (o.cli && !o.beyond) throw new Error('--skip-beyond does not apply to --cli: the command line must refuse every input beyond the bounds');
  return o;
}

const langOf = (k: number) => (k % 2 === 0 ? 'vi' : 'en');

/** The folder of case `k` under the run's temporary folder (command-line mode). */
const caseDir = (tmp: string, k: number) => join(tmp, `case-${k}`);

if (!isMainThread) {
  const { seed, runs, bound, beyond, tmp } = workerData as { seed: number; runs: number; bound: number; beyond: boolean; tmp?: string };
  const cases = casesOf(seed, runs);
  if (tmp !== undefined) {
    parentPort!.on('message', (k: number) => {
      void runCliCase(cases[k]!, langOf(k), caseDir(tmp, k), bound).then((outcome) => parentPort!.postMessage({ k, outcome }));
    });
  } else parentPort!.on('message', (k: number) => {
    const outcome = runCase(cases[k]!, langOf(k), bound, beyond, (reason) => parentPort!.postMessage({ k, beyond: reason }));
    parentPort!.postMessage({ k, outcome });
  });
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const o = parse(process.argv.slice(2));
  await (o.cli ? mainCli(o) : main(o));
}

async function main(o: Options): Promise<void> {
  const runs = o.only !== undefined ? o.only + 1 : o.runs;
  const cases = casesOf(o.seed, runs);
  const todo = o.only !== undefined ? [o.only] : cases.map((_, k) => k);
  if (o.out && o.only !== undefined) {
    const f = materialise(cases[o.only]!);
    mkdirSync(o.out, { recursive: true });
    writeFileSync(join(o.out, `case-${o.only}-${f.name}`), f.bytes);
    console.log(`wrote ${join(o.out, `case-${o.only}-${f.name}`)}`);
  }
  const counts = { cases: 0, refused: 0, loaded: 0, skipped: 0, failed: 0, failedBeyond: 0 };
  const skipReasons = new Map<string, number>();
  let maxMs = 0;
  let maxCase = -1;
  const failures: { k: number; outcome: Outcome }[] = [];
  const started = Date.now();
  let worker = spawn(o, runs);
  for (const k of todo) {
    let lost = false;
    const outcome = await ask(worker, k, o.hang).catch((e: unknown): Outcome => {
      lost = true;
      return { kind: 'failed', ms: 0, stage: 'import', error: `worker died: ${String(e)}` };
    });
    if (lost || (outcome.kind === 'failed' && outcome.stage === 'time' && outcome.ms >= o.hang)) {
      await worker.terminate();
      worker = spawn(o, runs);
    }
    counts.cases++;
    if (outcome.kind === 'failed' && outcome.beyond) counts.failedBeyond++;
    else counts[outcome.kind]++;
    if (outcome.kind === 'skipped') skipReasons.set(outcome.reason, (skipReasons.get(outcome.reason) ?? 0) + 1);
    if (outcome.ms > maxMs) [maxMs, maxCase] = [outcome.ms, k];
    if (outcome.kind === 'failed') {
      failures.push({ k, outcome });
      console.log(`${outcome.beyond ? `FAIL beyond the importer's bounds (${outcome.beyond}), ` : 'FAIL '}case ${k} (${outcome.stage}, ${outcome.ms} ms): ${outcome.error}\n  case: ${JSON.stringify(cases[k]).slice(0, 400)}\n  replay: npm run fuzz -- --seed ${o.seed} --case ${k} --out fuzz-out`);
    }
    if (counts.cases % 500 === 0) console.log(`… ${counts.cases} cases, ${counts.failed} failed, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await worker.terminate();
  console.log(`seed ${o.seed}: ${counts.cases} cases, ${counts.refused} refused, ${counts.loaded} loaded, ${o.beyond ? `${counts.failedBeyond} failed beyond the importer's bounds` : `${counts.skipped} skipped (beyond the importer's bounds)`}, ${counts.failed} failed; max ${maxMs} ms per case (case ${maxCase}); ${Math.round((Date.now() - started) / 1000)} s in all`);
  for (const [reason, n] of skipReasons) console.log(`  skipped, ${reason}: ${n}`);
  const byStage = new Map<string, number>();
  for (const f of failures) if (f.outcome.kind === 'failed' && !f.outcome.beyond) byStage.set(f.outcome.stage, (byStage.get(f.outcome.stage) ?? 0) + 1);
  for (const [stage, n] of byStage) console.log(`  failed at ${stage}: ${n}`);
  process.exitCode = counts.failed + counts.failedBeyond > 0 ? 1 : 0;
}

/**
 * The command-line mode: each case's file in a folder of its own under one temporary folder
 * (removed at the end, and a hung case's folder at once), one step exported as SVG by `main`.
 */
async function mainCli(o: Options): Promise<void> {
  const runs = o.only !== undefined ? o.only + 1 : o.runs;
  const cases = casesOf(o.seed, runs);
  const todo = o.only !== undefined ? [o.only] : cases.map((_, k) => k);
  /** The commands that replay case `k`: write its file, then run the command line on it. */
  const replay = (k: number) =>
    `npm run fuzz -- --cli --seed ${o.seed} --case ${k} --out fuzz-out; npm run export -- --data fuzz-out/case-${k}-${materialise(cases[k]!).name} --step 0 --lang ${langOf(k)} --out fuzz-out/out`;
  if (o.out && o.only !== undefined) {
    const f = materialise(cases[o.only]!);
    mkdirSync(o.out, { recursive: true });
    writeFileSync(join(o.out, `case-${o.only}-${f.name}`), f.bytes);
    console.log(`wrote ${join(o.out, `case-${o.only}-${f.name}`)}`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'cmv-fuzz-cli-'));
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true });
  process.on('exit', removeTmp);
  process.once('SIGINT', () => process.exit(130)); // so that 'exit' removes the folder
  const counts = { cases: 0, exit0: 0, exit1: 0, failed: 0 };
  let maxMs = 0;
  let maxCase = -1;
  const byStage = new Map<string, number>();
  const started = Date.now();
  let worker = spawn(o, runs, tmp);
  for (const k of todo) {
    let lost = false;
    const outcome = await ask<CliOutcome>(worker, k, o.hang).catch((e: unknown): CliOutcome => {
      lost = true;
      return { kind: 'failed', ms: 0, stage: 'throw', error: `worker died: ${String(e)}` };
    });
    if (lost || (outcome.kind === 'failed' && outcome.stage === 'time' && outcome.ms >= o.hang)) {
      await worker.terminate();
      rmSync(caseDir(tmp, k), { recursive: true, force: true });
      worker = spawn(o, runs, tmp);
    }
    counts.cases++;
    if (outcome.kind === 'exported') counts.exit0++;
    else if (outcome.kind === 'refused') counts.exit1++;
    else counts.failed++;
    if (outcome.ms > maxMs) [maxMs, maxCase] = [outcome.ms, k];
    if (outcome.kind === 'failed') {
      byStage.set(outcome.stage, (byStage.get(outcome.stage) ?? 0) + 1);
      console.log(`FAIL case ${k} (${outcome.stage}, ${outcome.ms} ms): ${outcome.error}\n  case: ${JSON.stringify(cases[k]).slice(0, 400)}\n  replay: ${replay(k)}`);
    }
    if (counts.cases % 500 === 0) console.log(`… ${counts.cases} cases, ${counts.failed} failed, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await worker.terminate();
  removeTmp();
  console.log(`seed ${o.seed}, command line: ${counts.cases} cases, ${counts.exit0} exit 0 (SVG written), ${counts.exit1} exit 1 (refused), ${counts.failed} failed; max ${maxMs} ms per case (case ${maxCase}); ${Math.round((Date.now() - started) / 1000)} s in all`);
  for (const [stage, n] of byStage) console.log(`  failed at ${stage}: ${n}`);
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

function spawn(o: Options, runs: number, tmp?: string): Worker {
  // The worker loads this TypeScript file through tsx's loader, as the main thread does.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Worker(boot, { eval: true, workerData: { seed: o.seed, runs, bound: o.bound, beyond: o.beyond, tmp } });
}

/** Sends case `k` to the worker; its outcome, or a failure at stage `time` after `hangMs`. */
function ask<O extends Outcome | CliOutcome = Outcome>(worker: Worker, k: number, hangMs: number): Promise<O> {
  return new Promise((resolve, reject) => {
    let beyond: string | undefined;
    const timer = setTimeout(() => {
      cleanup();
      const hang = { kind: 'failed', ms: hangMs, stage: 'time', error: `no answer within ${hangMs} ms (hang; worker terminated)` } as const;
      resolve((beyond ? { ...hang, beyond } : hang) as O);
    }, hangMs);
    const onMessage = (m: { k: number; outcome?: O; beyond?: string }) => {
      if (m.k !== k) return;
      if (!m.outcome) {
        beyond = m.beyond;
        return;
      }
      cleanup();
      resolve(m.outcome);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(k);
  });
}
