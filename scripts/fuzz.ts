/**
 * `npm run fuzz -- [--runs 10000] [--seed N] [--case K] [--bound 2000] [--hang 30000] [--out dir] [--skip-beyond]`:
 * many fuzz cases (`scripts/fuzz/mutations.ts`) through the whole path of a user's file
 * (`scripts/fuzz/check.ts`). Cases run in a worker thread; one that does not answer within
 * `--hang` ms is a hang: the worker is terminated and a new one takes the next case.
 *
 * Prints the counts (cases, refused, loaded, skipped as beyond the importer's bounds, failures,
 * max ms per case) and each failure with the command that replays it. `--case K` runs only case
 * K of the seed (and `--out dir` writes its file there). Inputs beyond the importer's bounds are
 * judged like the others (the importer must refuse them; their failures say so and are counted
 * apart); `--skip-beyond` skips them instead. Exit status 1 when a case failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { caseArb, materialise, type FuzzCase } from './fuzz/mutations.ts';
import { CASE_BOUND_MS, runCase, type Outcome } from './fuzz/check.ts';

interface Options {
  runs: number;
  seed: number;
  only?: number;
  bound: number;
  hang: number;
  out?: string;
  beyond: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { runs: 1000, seed: 20261207, bound: CASE_BOUND_MS, hang: 30_000, beyond: true };
  for (let i = 0; i < argv.length; i++) {
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
  return o;
}

/** The cases of a seed, in order: case K is the same for every `runs` ≥ K + 1. */
export function casesOf(seed: number, runs: number): FuzzCase[] {
  return fc.sample(caseArb, { seed, numRuns: runs });
}

const langOf = (k: number) => (k % 2 === 0 ? 'vi' : 'en');

if (!isMainThread) {
  const { seed, runs, bound, beyond } = workerData as { seed: number; runs: number; bound: number; beyond: boolean };
  const cases = casesOf(seed, runs);
  parentPort!.on('message', (k: number) => {
    const outcome = runCase(cases[k]!, langOf(k), bound, beyond, (reason) => parentPort!.postMessage({ k, beyond: reason }));
    parentPort!.postMessage({ k, outcome });
  });
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(parse(process.argv.slice(2)));
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

function spawn(o: Options, runs: number): Worker {
  // The worker loads this TypeScript file through tsx's loader, as the main thread does.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Worker(boot, { eval: true, workerData: { seed: o.seed, runs, bound: o.bound, beyond: o.beyond } });
}

function ask(worker: Worker, k: number, hangMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let beyond: string | undefined;
    const timer = setTimeout(() => {
      cleanup();
      const hang: Outcome = { kind: 'failed', ms: hangMs, stage: 'time', error: `no answer within ${hangMs} ms (hang; worker terminated)` };
      resolve(beyond ? { ...hang, beyond } : hang);
    }, hangMs);
    const onMessage = (m: { k: number; outcome?: Outcome; beyond?: string }) => {
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
