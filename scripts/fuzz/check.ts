/**
 * One fuzz case through the whole path a user's file takes: `importFile` → (refused: every
 * problem located and said in vi and en) or (loaded: `buildTimeline` → `planSeats` → `svgForView`
 * of every step). Returns what happened instead of throwing, with the time it took.
 */
import { formatImportProblem, importFile, nothingToDraw, type ImportProblem } from '../../src/lib/io/index.ts';
import type { Dataset, Lang } from '../../src/lib/model/types.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { materialise, type FuzzCase } from './mutations.ts';
import '../../src/lib/layout/hemicycle-static.ts';
import '../../src/lib/i18n/en-static.ts';

/** Per-case time bound in ms: a case slower than this is a failure. */
export const CASE_BOUND_MS = 2_000;

/** What a case did. `skipped`: the input is beyond a bound that the importer is to enforce (`reason`). */
export type Outcome =
  | { kind: 'refused'; ms: number; problems: number }
  | { kind: 'loaded'; ms: number; steps: number }
  | { kind: 'skipped'; ms: number; reason: string }
  | { kind: 'failed'; ms: number; stage: Stage; error: string; beyond?: string };

/** Where a failure happened. */
export type Stage = 'import' | 'problems' | 'timeline' | 'seat-plan' | 'draw' | 'time';

/** The bounds the importer enforces (or is to); inputs beyond them are skipped, not judged. */
export const IO_BOUNDS = { seats: 10_000, depth: 64, stringLength: 10_000, minYear: 1000, maxYear: 2999 } as const;

const CONTROL_OR_LONE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why the raw input (JSON value or CSV grid) is beyond the importer's bounds, or undefined. */
export function inputBeyondBounds(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (depth > IO_BOUNDS.depth) return `nesting deeper than ${IO_BOUNDS.depth}`;
    if (typeof v === 'string' && v.length > IO_BOUNDS.stringLength) return `a string longer than ${IO_BOUNDS.stringLength}`;
    if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      if (k.length > IO_BOUNDS.stringLength) return `a key longer than ${IO_BOUNDS.stringLength}`;
      stack.push([x, depth + 1]);
    }
  }
  return undefined;
}

/** Why an imported dataset is beyond the importer's bounds (seats, years, ids), or undefined. */
export function datasetBeyondBounds(d: Dataset): string | undefined {
  for (const o of d.organizations) if (typeof o.seats === 'number' && o.seats > IO_BOUNDS.seats) return `seats over ${IO_BOUNDS.seats}`;
  const stack: [unknown, string][] = [[d, '']];
  while (stack.length) {
    const [v, key] = stack.pop()!;
    if (typeof v === 'string') {
      if (/date/.test(key)) {
        for (const part of v.split('/')) {
          const m = /^(-?\d+)/.exec(part.trim());
          if (m && (Number(m[1]) < IO_BOUNDS.minYear || Number(m[1]) > IO_BOUNDS.maxYear)) return `year ${m[1]} outside ${IO_BOUNDS.minYear}–${IO_BOUNDS.maxYear}`;
        }
      }
      if (/(^|_)id$/.test(key) && CONTROL_OR_LONE.test(v)) return 'a control character or lone surrogate in an id';
    } else if (Array.isArray(v)) for (const x of v) stack.push([x, key]);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push([x, k]);
  }
  return undefined;
}

/** Codes about the file as a whole (its size, its bytes): the file is their place. */
const WHOLE_FILE = new Set(['bad-encoding', 'file-too-large']);

/** What is wrong with a problem as the user would see it, or undefined. */
export function problemDefect(p: ImportProblem, file: string): string | undefined {
  if (p.file !== file) return `problem ${p.code} names file ${JSON.stringify(p.file)}, not ${JSON.stringify(file)}`;
  if (p.pointer === undefined && p.line === undefined && p.row === undefined && p.field === undefined && !WHOLE_FILE.has(p.code)) return `problem ${p.code} has no place`;
  for (const lang of ['vi', 'en'] as const) {
    const s = formatImportProblem(p, lang);
    if (typeof s !== 'string' || s.trim() === '') return `problem ${p.code} has no ${lang} sentence`;
    if (/\bundefined\b|\[object Object\]|\bNaN\b/.test(s)) return `problem ${p.code} in ${lang} reads ${JSON.stringify(s.slice(0, 200))}`;
  }
  return undefined;
}

const message = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e));

/**
 * Runs a case. `lang` is the language of the drawings (each step is drawn once). Never throws.
 * Inputs beyond the importer's bounds (`io/bounds.ts`) are judged like any other (the importer must
 * refuse them with located problems): `onBeyond` hears why as soon as it is known (so that a caller
 * can label a hang), and their failures carry `beyond`. `judgeBeyond = false` skips them instead.
 * A case over `boundMs` fails with stage `time`; a case that never returns must be caught by the
 * caller (`scripts/fuzz.ts` runs cases in a worker it can terminate).
 */
export function runCase(c: FuzzCase, lang: Lang, boundMs = CASE_BOUND_MS, judgeBeyond = true, onBeyond?: (reason: string) => void): Outcome {
  return runInner(c, lang, boundMs, judgeBeyond, onBeyond ?? (() => {}));
}

function runInner(c: FuzzCase, lang: Lang, boundMs: number, judgeBeyond: boolean, onBeyond: (reason: string) => void): Outcome {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  const file = materialise(c);
  let beyond = inputBeyondBounds(file.value);
  if (beyond && !judgeBeyond) return { kind: 'skipped', ms: 0, reason: beyond };
  if (beyond) onBeyond(beyond);
  const fail = (o: Extract<Outcome, { kind: 'failed' }>): Outcome => (beyond ? { ...o, beyond } : o);
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  let stage: Stage = 'import';
  try {
    const result = importFile(file.name, file.bytes);
    stage = 'problems';
    for (const p of result.problems) {
      const defect = problemDefect(p, file.name);
      if (defect) return fail({ kind: 'failed', ms: elapsed(), stage, error: defect });
    }
    if (!result.ok) {
      if (result.problems.length === 0) return fail({ kind: 'failed', ms: elapsed(), stage, error: 'refused without a problem' });
      if (!result.problems.some((p) => p.severity === 'error')) return fail({ kind: 'failed', ms: elapsed(), stage, error: 'refused with warnings only' });
      return timed({ kind: 'refused', ms: elapsed(), problems: result.problems.length }, boundMs, beyond);
    }
    if (!beyond) {
      beyond = datasetBeyondBounds(result.dataset);
      if (beyond && !judgeBeyond) return { kind: 'skipped', ms: elapsed(), reason: beyond };
      if (beyond) onBeyond(beyond);
    }
    // A dataset with nothing to draw is refused by the app and the command line (`nothingToDraw`).
    const empty = nothingToDraw(result.dataset, file.name);
    if (empty) {
      const defect = problemDefect(empty, file.name);
      if (defect) return fail({ kind: 'failed', ms: elapsed(), stage: 'problems', error: defect });
      return timed({ kind: 'refused', ms: elapsed(), problems: result.problems.length + 1 }, boundMs, beyond);
    }
    stage = 'timeline';
    const timeline = buildTimeline(result.dataset);
    stage = 'seat-plan';
    const plan = planSeats(timeline);
    stage = 'draw';
    for (let i = 0; i < timeline.steps.length; i++) {
      const svg = svgForView(timeline, plan, i, lang, { statedOnly: c.statedOnly ?? false });
      if (!svg.startsWith('<?xml') || !svg.includes('<svg') || !svg.trimEnd().endsWith('</svg>')) return fail({ kind: 'failed', ms: elapsed(), stage, error: `step ${i}: not an SVG` });
      const bad = /="[^"]*\b(NaN|Infinity|undefined)\b[^"]*"/.exec(svg);
      if (bad) return fail({ kind: 'failed', ms: elapsed(), stage, error: `step ${i}: attribute ${bad[0].slice(0, 120)}` });
    }
    return timed({ kind: 'loaded', ms: elapsed(), steps: timeline.steps.length }, boundMs, beyond);
  } catch (e) {
    return fail({ kind: 'failed', ms: ms(), stage, error: message(e) });
  }
}

function timed(o: Outcome, boundMs: number, beyond: string | undefined): Outcome {
  if (o.ms <= boundMs) return o;
  const failed: Outcome = { kind: 'failed', ms: o.ms, stage: 'time', error: `took ${o.ms} ms (bound ${boundMs} ms) after ${o.kind === 'loaded' ? `loading, ${o.steps} steps drawn` : o.kind}` };
  return beyond ? { ...failed, beyond } : failed;
}
