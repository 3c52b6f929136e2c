/**
 * One fuzz case through the command line (`scripts/export-cli.ts`), in this process: the case's
 * file is written into a folder of its own, `main` exports one step of it as SVG (no PNG, no
 * outlined text, no poster: the fonts are subset and embedded as usual), with what it prints
 * captured, and the folder is removed. The case passes when `main` returns 0 (and wrote one
 * non-empty SVG file) or 1 (and said why on stderr), every line it printed being one readable line:
 * no stack trace, no "undefined", "[object Object]" or "NaN", no line break, control or
 * text-direction character inside it. Status 2, 3 or 70, a throw out of `main`, or a case slower
 * than the bound fail. Returns what happened instead of throwing, with the time `main` took.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main, type CliIo } from '../export-cli.ts';
import type { Lang } from '../../src/lib/model/types.ts';
import { materialise, type FuzzCase } from './mutations.ts';
import { CASE_BOUND_MS } from './check.ts';

/** What a case did on the command line: exit 0 (`exported`), exit 1 (`refused`), or a failure. */
export type CliOutcome =
  | { kind: 'exported'; ms: number }
  | { kind: 'refused'; ms: number; lines: number }
  | { kind: 'failed'; ms: number; stage: CliStage; error: string; status?: number };

/** Where a command-line case failed: `status` (2, 3, 70), `throw` (out of `main`), `output` (what it printed or wrote), `time`. */
export type CliStage = 'status' | 'throw' | 'output' | 'time';

/** The file name, the output folder and the arguments of a case whose folder is `dir`. */
export function cliCaseArgs(c: FuzzCase, lang: Lang, dir: string): { data: string; out: string; argv: string[] } {
  const data = join(dir, materialise(c).name);
  const out = join(dir, 'out');
  return { data, out, argv: ['--data', data, '--step', '0', '--lang', lang, '--out', out] };
}

/** Control characters (C0, DEL, C1), line and paragraph separators, bidirectional controls and lone surrogates. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one printed line, or undefined. */
export function lineDefect(line: string): string | undefined {
  if (/^\s+at\s/.test(line) || /\n\s+at\s/.test(line)) return 'a stack trace';
  if (/[\r\n]/.test(line)) return 'a line break inside one line';
  const word = /\bundefined\b|\[object Object\]|\bNaN\b/.exec(line);
  if (word) return `"${word[0]}"`;
  const c = UNSAFE.exec(line);
  if (c) return `the raw character U+${c[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return undefined;
}

const message = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e));
const quote = (l: string) => JSON.stringify(l.length > 200 ? `${l.slice(0, 200)}…` : l);

/**
 * Runs a case on the command line in `dir` (created, then removed with everything in it). Never
 * throws; a case that never returns must be caught by the caller (`scripts/fuzz.ts` runs cases in
 * a worker it can terminate, and removes `dir` then).
 * @param lang the language of the exported step
 * @param dir a folder of this case's own (missing or empty)
 * @param boundMs a case whose `main` takes longer fails with stage `time`
 */
export async function runCliCase(c: FuzzCase, lang: Lang, dir: string, boundMs = CASE_BOUND_MS): Promise<CliOutcome> {
  try {
    const file = materialise(c);
    const { data, out, argv } = cliCaseArgs(c, lang, dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(data, file.bytes);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
    const t0 = performance.now();
    let status: number;
    try {
      status = await main(argv, io);
    } catch (e) {
      return { kind: 'failed', ms: Math.round(performance.now() - t0), stage: 'throw', error: `main threw ${message(e)}` };
    }
    const ms = Math.round(performance.now() - t0);
    const fail = (stage: CliStage, error: string): CliOutcome => ({ kind: 'failed', ms, stage, error, status });
    const printed = `\n  stderr: ${stderr.slice(0, 4).map(quote).join(' | ')}${stderr.length > 4 ? ` (+${stderr.length - 4})` : ''}`;
    for (const [name, lines] of [['stdout', stdout], ['stderr', stderr]] as const) {
      for (const l of lines) {
        const defect = lineDefect(l);
        if (defect) return fail('output', `exit ${status}: ${name} has ${defect}: ${quote(l)}`);
      }
    }
    if (status === 0) {
      if (stdout.length !== 1) return fail('output', `exit 0 with ${stdout.length} files listed on stdout, not 1`);
      const svg = stdout[0]!;
      if (dirname(svg) !== out || !svg.endsWith('.svg')) return fail('output', `exit 0 wrote ${quote(svg)}, not an SVG file in ${out}`);
      let text: string;
      try {
        if (statSync(svg).size === 0) return fail('output', `exit 0 wrote an empty file ${svg}`);
        text = readFileSync(svg, 'utf8');
      } catch (e) {
        return fail('output', `exit 0 but ${svg} cannot be read: ${message(e)}`);
      }
      if (!text.startsWith('<?xml') || !text.includes('<svg') || !text.trimEnd().endsWith('</svg>')) return fail('output', `exit 0 wrote ${svg}, which is not an SVG`);
      const bad = /="[^"]*\b(NaN|Infinity|undefined)\b[^"]*"/.exec(text);
      if (bad) return fail('output', `exit 0 wrote an SVG with the attribute ${bad[0].slice(0, 120)}`);
      return timed({ kind: 'exported', ms }, boundMs);
    }
    if (status === 1) {
      if (!stderr.some((l) => l.startsWith('error: '))) return fail('output', `exit 1 without an "error: " line on stderr${printed}`);
      return timed({ kind: 'refused', ms, lines: stderr.length }, boundMs);
    }
    return fail('status', `exit ${status}${printed}`);
  } catch (e) {
    return { kind: 'failed', ms: 0, stage: 'throw', error: `the harness failed: ${message(e)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timed(o: CliOutcome, boundMs: number): CliOutcome {
  if (o.ms <= boundMs) return o;
  return { kind: 'failed', ms: o.ms, stage: 'time', error: `took ${o.ms} ms (bound ${boundMs} ms) with exit ${o.kind === 'exported' ? 0 : 1}`, status: o.kind === 'exported' ? 0 : 1 };
}
