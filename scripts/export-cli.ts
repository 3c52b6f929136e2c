/**
 * `npm run export -- [options]`: the app's exports without a browser, through the same code path
 * (`svgForView` for a step, `posterSvg` for the poster), with the chart's font embedded (subset to
 * the characters used) or the text outlined, and PNG through resvg with the same font files.
 *
 *   npm run export -- --out exports                       every step, Vietnamese, SVG
 *   npm run export -- --data my.json --out out --lang en --format png --step 2
 *   npm run export -- --out out --outlined                 text as paths (Inkscape, Illustrator)
 *   npm run export -- --out out --poster                   all steps on one A3 sheet
 *
 * Exit status: 0 done; 1 the dataset could not be read or was refused (its problems are printed);
 * 2 a bad option (unknown flag, missing value, step out of range, unknown language or format).
 *
 * `main(argv, io)` is exported for the tests; run as a script, it reads `process.argv`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { formatImportProblem, importFile } from '../src/lib/io/index.ts';
import { buildTimeline, type Timeline } from '../src/lib/model/steps.ts';
import type { Lang } from '../src/lib/model/types.ts';
import { planSeats, type SeatPlan } from '../src/lib/layout/seat-plan.ts';
import { viewTree } from '../src/lib/draw/view-tree.ts';
import { exportFileName, outlinedName, posterFileName, scaledName } from '../src/lib/export/filename.ts';
import { svgForView, treeToSvg } from '../src/lib/export/svg.ts';
import { posterSvg } from '../src/lib/export/poster.ts';
import { FONT_FAMILY, uncoveredChars, usedChars } from '../src/lib/export/fonts.ts';
import { embedFont, loadOutlineFonts, renderFontFiles } from '../src/lib/export/fonts-node.ts';
import { outlineSvg, outlineSvgText } from '../src/lib/export/outline.ts';

/** The built-in dataset, used when `--data` is not given. */
export const DEFAULT_DATA = fileURLToPath(new URL('../data/quan6-1996-2000.json', import.meta.url));

export const USAGE = `Usage: npm run export -- --out <dir> [options]

Exports the chart of each step (or the poster) as standalone SVG or PNG files, named like the
app's downloads (<dataset>_s<step>-<label>_<lang>.svg).

Options:
  --data <file>        dataset to export: our JSON, Popolo JSON or CSV
                       (default: the built-in data/quan6-1996-2000.json)
  --out <dir>          folder to write into (created if missing); required
  --lang vi|en         language of every text (default: vi)
  --format svg|png     file format (default: svg)
  --step <index>|all   0-based step index, or all steps (default: all)
  --scale <n>          PNG only: pixels per unit, 1 to 8 (default: 1; names get @<n>x when not 1)
  --outlined           SVG only: text drawn as paths (for editors that ignore embedded fonts)
  --poster             every step on one sheet instead of one file per step
  -h, --help           show this help
`;

/** Where the CLI writes messages (the tests capture them). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

/** The parsed options. */
export interface CliOptions {
  data: string;
  out: string;
  lang: Lang;
  format: 'svg' | 'png';
  step: number | 'all';
  scale: number;
  outlined: boolean;
  poster: boolean;
  help: boolean;
}

/** A bad command line: the message says what and what is expected. */
export class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--data', '--out', '--lang', '--format', '--step', '--scale']);
const BOOL_FLAGS = new Set(['--outlined', '--poster', '--help', '-h']);

/**
 * Parses the command line (`--flag value` or `--flag=value`). The step index is checked against
 * the dataset later. Throws `UsageError`.
 */
export function parseArgs(argv: readonly string[]): CliOptions & { stepText: string } {
  const o: CliOptions & { stepText: string } = {
    data: DEFAULT_DATA,
    out: '',
    lang: 'vi',
    format: 'svg',
    step: 'all',
    stepText: 'all',
    scale: 1,
    outlined: false,
    poster: false,
    help: false,
  };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (BOOL_FLAGS.has(flag)) {
      if (eq > 0) throw new UsageError(`${flag} takes no value (got "${arg}")`);
      if (flag === '--outlined') o.outlined = true;
      else if (flag === '--poster') o.poster = true;
      else o.help = true;
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) {
      throw new UsageError(arg.startsWith('-') ? `unknown option "${arg}"` : `unexpected argument "${arg}" (options start with --)`);
    }
    if (seen.has(flag)) throw new UsageError(`${flag} is given twice`);
    seen.add(flag);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`${flag} needs a value`);
      i++;
    }
    if (value === '') throw new UsageError(`${flag} needs a value`);
    switch (flag) {
      case '--data':
        o.data = value;
        break;
      case '--out':
        o.out = value;
        break;
      case '--lang':
        if (value !== 'vi' && value !== 'en') throw new UsageError(`--lang must be vi or en (got "${value}")`);
        o.lang = value;
        break;
      case '--format':
        if (value !== 'svg' && value !== 'png') throw new UsageError(`--format must be svg or png (got "${value}")`);
        o.format = value;
        break;
      case '--step':
        o.stepText = value;
        if (value === 'all') o.step = 'all';
        else if (/^\d+$/.test(value)) o.step = Number(value);
        else throw new UsageError(`--step must be a step index (0, 1, …) or "all" (got "${value}")`);
        break;
      case '--scale': {
        const n = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || n < 1 || n > 8) throw new UsageError(`--scale must be a number from 1 to 8 (got "${value}")`);
        o.scale = n;
        break;
      }
    }
  }
  if (o.help) return o;
  if (o.out === '') throw new UsageError('--out <dir> is required: the folder to write the files into');
  if (o.outlined && o.format === 'png') throw new UsageError('--outlined applies to SVG only (a PNG has no text to outline)');
  if (o.scale !== 1 && o.format !== 'png') throw new UsageError('--scale applies to PNG only');
  if (o.poster && o.stepText !== 'all' && seen.has('--step')) throw new UsageError('--poster shows every step: leave out --step');
  return o;
}

/** Reads and imports the dataset; null (after printing the problems) when it cannot be used. */
function loadDataset(path: string, io: CliIo): { timeline: Timeline; plan: SeatPlan; id: string } | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    io.err(`error: cannot read the dataset ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return null;
  }
  const result = importFile(basename(path), bytes);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    io.err(`error: the dataset ${path} was refused (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
    for (const p of result.problems) io.err(`  ${p.severity === 'error' ? '✗' : '!'} ${formatImportProblem(p, 'en')}`);
    return null;
  }
  for (const p of result.problems) io.err(`warning: ${formatImportProblem(p, 'en')}`);
  const timeline = buildTimeline(result.dataset);
  if (timeline.steps.length === 0) {
    io.err(`error: the dataset ${path} has no steps (no dated events or memberships): nothing to draw`);
    return null;
  }
  return { timeline, plan: planSeats(timeline), id: result.dataset.id };
}

/** PNG bytes of an SVG, rendered with the chart's font files only (no system fonts: the same everywhere). */
export async function renderPng(svg: string, scale = 1): Promise<Uint8Array> {
  const fontFiles = await renderFontFiles();
  const r = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    background: '#FFFFFF',
  });
  return r.render().asPng();
}

/** Warns once about characters the embedded fonts do not draw. */
function warnUncovered(svg: string, io: CliIo, warned: Set<string>): void {
  const missing = uncoveredChars(usedChars(svg)).filter((c) => !warned.has(c));
  if (missing.length === 0) return;
  for (const c of missing) warned.add(c);
  const list = missing.map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  io.err(`warning: ${missing.length} character${missing.length === 1 ? ' is' : 's are'} not in the embedded fonts (${list}): SVG viewers draw ${missing.length === 1 ? 'it' : 'them'} with their own fonts; PNG files leave ${missing.length === 1 ? 'it' : 'them'} out`);
}

/**
 * Runs the command line.
 * @param argv the arguments after the script name
 * @returns the exit status
 */
export async function main(argv: readonly string[], io: CliIo = consoleIo): Promise<number> {
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`error: ${e.message}`);
    io.err('Run with --help for the options.');
    return 2;
  }
  if (o.help) {
    io.out(USAGE);
    return 0;
  }
  const data = loadDataset(resolve(o.data), io);
  if (!data) return 1;
  const { timeline, plan, id } = data;
  const last = timeline.steps.length - 1;
  if (o.step !== 'all' && o.step > last) {
    io.err(`error: --step ${o.step} is out of range: this dataset has ${timeline.steps.length} steps, 0 to ${last}`);
    io.err('Run with --help for the options.');
    return 2;
  }

  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  const fonts = o.outlined ? await loadOutlineFonts() : null;
  const warned = new Set<string>();
  const written: string[] = [];

  /** Writes one file: the plain SVG of the drawing with the font embedded, outlined, or as PNG. */
  const emit = async (name: string, plain: () => string, outlined: () => string): Promise<void> => {
    let bytes: string | Uint8Array;
    if (o.outlined) bytes = outlined();
    else {
      const svg = plain();
      warnUncovered(svg, io, warned);
      bytes = o.format === 'png' ? await renderPng(svg, o.scale) : await embedFont(svg);
    }
    const file = join(out, name);
    writeFileSync(file, bytes);
    written.push(file);
    io.out(file);
  };

  const ext = o.format;
  const suffix = (name: string) => scaledName(o.outlined ? outlinedName(name) : name, o.scale);
  if (o.poster) {
    const svg = posterSvg(timeline, plan, o.lang);
    await emit(suffix(posterFileName(id, o.lang, ext)), () => svg, () => outlineSvgText(svg, fonts!));
  } else {
    const steps = o.step === 'all' ? timeline.steps.map((s) => s.index) : [o.step];
    for (const step of steps) {
      const name = suffix(exportFileName(id, step, timeline.valueText(step, o.lang), o.lang, ext));
      await emit(
        name,
        () => svgForView(timeline, plan, step, o.lang),
        () => treeToSvg(outlineSvg(viewTree(timeline, plan, step, o.lang).tree, fonts!)),
      );
    }
  }
  io.err(`${written.length} file${written.length === 1 ? '' : 's'} written to ${out}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
