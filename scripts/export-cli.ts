/**
 * `npm run export -- [options]`: the app's exports without a browser, through the same code path
 * (`svgForView` for a step, `posterSvg` for the poster), with the chart's font embedded (subset to
 * the characters used) or the text outlined, PNG through resvg with the same font files, and PDF
 * through the app's own PDF export (`export/pdf-export.ts`: the same SVG, its text selectable).
 *
 *   npm run export -- --out exports                       every step, Vietnamese, SVG
 *   npm run export -- --data my.json --out out --lang en --format png --step 2
 *   npm run export -- --out out --outlined                 text as paths (Inkscape, Illustrator)
 *   npm run export -- --out out --poster                   all steps on one A3 sheet
 *   npm run export -- --out out --preset figure --step 4   a step as a figure for print (170 mm, text ≥ 7 pt)
 *   npm run export -- --out out --stated-only              stated facts only (files named …_stated-only)
 *   npm run export -- --out out --format pdf --preset figure --step 4   the figure as PDF
 *   npm run export -- --data ireland.json --term term/31 --out out   one term of a parliament
 *
 * Findings (facts about the data that loads: more members than seats, a membership that ends before
 * it starts…) are printed as warnings grouped by kind, each with its count, its first places and
 * how to fix the file; they do not stop the export unless `--strict` is given.
 *
 * Exit status (`EXIT`): 0 done (findings or not); 1 the data (the dataset is refused, its problems
 * printed one a line; with `--strict`, it has findings; or it cannot be drawn); 2 the options (unknown flag, missing or bad value, step out of range); 3 the
 * file system (the dataset cannot be read, the output folder cannot be created or written, `--out`
 * is an existing file, a file cannot be written, or the file system gave no answer within
 * `FS_TIMEOUT_MS`); 70 an internal error. Every failure is one line on stderr (a refused dataset adds
 * one line per problem); a stack trace only with `--debug`.
 *
 * `main(argv, io)` is exported for the tests and never throws; run as a script, it reads `process.argv`.
 */
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { formatImportProblem, groupFindings, importFile, nothingToDraw, type ImportProblem } from '../src/lib/io/index.ts';
import { buildTimeline, type Timeline } from '../src/lib/model/steps.ts';
import type { Dataset, Lang } from '../src/lib/model/types.ts';
import { datasetForTerm, defaultTerm, termsOf } from '../src/lib/model/terms.ts';
import { planSeats, type SeatPlan } from '../src/lib/layout/seat-plan.ts';
import { viewTree } from '../src/lib/draw/view-tree.ts';
import { exportFileName, figureFileName, outlinedName, posterFileName, posterSheetFileName, readingFileId, scaledName, statedOnlyName, termFileId } from '../src/lib/export/filename.ts';
import { figureInfo } from '../src/lib/export/figure.ts';
import { figurePixels } from '../src/lib/export/figure-png.ts';
import { applyReading, defaultReading, readingsOf } from '../src/lib/model/readings.ts';
import { svgForView, treeToSvg } from '../src/lib/export/svg.ts';
import { POSTER_PANELS, posterPages, posterSvg } from '../src/lib/export/poster.ts';
import { FONT_FAMILY, uncoveredChars, usedChars } from '../src/lib/export/fonts.ts';
import { embedFont, loadOutlineFonts, renderFontFiles } from '../src/lib/export/fonts-node.ts';
import { outlineSvg, outlineSvgText } from '../src/lib/export/outline.ts';
import { svgToPdf } from '../src/lib/export/pdf.ts';
import { posterPdf, svgTitle } from '../src/lib/export/pdf-export.ts';
import { nodePdfFonts } from '../src/lib/export/pdf-fonts-node.ts';
import { displayValue } from '../src/lib/i18n/display-value.ts';
import '../src/lib/layout/hemicycle-static.ts';
import '../src/lib/i18n/en-static.ts';

/** The built-in dataset, used when `--data` is not given. */
export const DEFAULT_DATA = fileURLToPath(new URL('../data/quan6-1996-2000.json', import.meta.url));

export const USAGE = `Usage: npm run export -- --out <dir> [options]

Exports the chart of each step (or the poster) as standalone SVG, PNG or PDF files, named like
the app's downloads (<dataset>_s<step>-<label>_<lang>.svg).

Options:
  --data <file>        dataset to export: our JSON, Popolo JSON or CSV
                       (default: the built-in data/quan6-1996-2000.json)
  --out <dir>          folder to write into (created if missing); required
  --lang vi|en         language of every text (default: vi)
  --format svg|png|pdf file format (default: svg); a PDF has the fonts embedded and its
                       text selectable, its page the drawing's size (the figure 170 mm
                       wide, the poster A3); the poster's PDF is one file, a page a sheet
  --step <index>|all   0-based step index, or all steps (default: all)
  --term <id>|all      a dataset with several terms (legislative periods): the term to
                       draw, or all of them (default: as the app, the latest term with
                       members); the files are named <dataset>_<term>_…
  --reading <id>       a dataset with readings (alternatives): the reading to draw (default:
                       each alternative's default); the files are named <dataset>-<reading>_…
                       and every file names the reading under the chart and in its description
  --scale <n>          PNG only: pixels per unit, 1 to 8 (default: 1; names get @<n>x when not 1)
  --outlined           SVG only: text drawn as paths (for editors that ignore embedded fonts)
  --poster             every step on one sheet instead of one file per step; a term of more
                       than ${POSTER_PANELS} steps on sheets of ${POSTER_PANELS} steps, one file each
                       (<dataset>_poster_<sheet>-of-<sheets>_<lang>…), as the app's poster
  --preset figure      each step as a figure for print: 170 mm wide, every text at least 7 pt,
                       a headline, one line of step summary, labels only on post holders and
                       on the members the step changed, notes and the source (<…>_figure.svg;
                       a PNG is 300 dpi, 2008 pixels across, times --scale)
  --stated-only        only what the source states: inferred parts greyed out, a note saying
                       so, and _stated-only in every file name, as the app's switch
  --strict             refuse a dataset with findings too (exit 1, nothing written)
  --layout auto|hemicycle|nested
                       hemicycle (seats in arcs) or nested boxes; auto (default): a hemicycle
                       for a body of more than 60 seats
  --debug              on a failure, print the stack trace too
  -h, --help           show this help

Findings (facts about the data that still loads: more members than seats, two holders
of a one-seat post, a membership that ends before it starts, ...) are printed on stderr
as warnings, grouped by kind with a count, the first places and how to fix the file.

Exit status:
  0   done (with or without findings)
  1   the data: the dataset was refused (each problem on a line), it has findings
      and --strict is given, or it cannot be drawn
  2   the options: unknown option, missing or bad value, --step out of range
  3   the file system: the dataset cannot be read, the output folder cannot be created
      or written (or --out is an existing file), a file cannot be written, no answer in time
  70  internal error (a bug): rerun with --debug and report the stack trace
`;

/** The exit statuses (see `USAGE`). */
export const EXIT = { ok: 0, data: 1, usage: 2, fs: 3, internal: 70 } as const;

/**
 * How long one file-system step may take (checking or creating the output folder, reading the
 * dataset, writing one file) before the command gives up with exit 3, in ms.
 */
export const FS_TIMEOUT_MS = 5000;

/** Where the CLI writes messages (the tests capture them). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Set when whoever reads stdout has gone (`… | head -1`): the export goes on, the list of files stops. */
let stdoutGone = false;
/** The same for stderr (`2>&1 | head -1`): the exit status still tells what happened. */
let stderrGone = false;

const consoleIo: CliIo = {
  out: (l) => {
    if (!stdoutGone) process.stdout.write(`${l}\n`);
  },
  err: (l) => {
    if (!stderrGone) process.stderr.write(`${l}\n`);
  },
};

/** The parsed options. */
export interface CliOptions {
  data: string;
  debug: boolean;
  out: string;
  lang: Lang;
  format: 'svg' | 'png' | 'pdf';
  step: number | 'all';
  scale: number;
  outlined: boolean;
  poster: boolean;
  /** Findings refuse the dataset too (exit 1). */
  strict: boolean;
  /** `--layout`: the drawing's layout (default `auto`). */
  layout: 'auto' | 'hemicycle' | 'nested';
  help: boolean;
  /** `--term`: a term id, `all`, or undefined for the app's default. */
  term?: string;
  /** `--reading`: a reading id of the dataset's alternatives, or undefined for the defaults. */
  reading?: string;
  /** `--preset figure`: each step as the figure for print (`export/figure.ts`). */
  preset?: 'figure';
  /** `--stated-only`: inferred parts greyed, a note, `_stated-only` in the names. */
  statedOnly: boolean;
}

/**
 * A failure the user can act on: `message` is one line in plain English, `exitCode` its status,
 * `lines` any further lines (a refused dataset's problems), `cause` the underlying error (its
 * stack is printed with `--debug`).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly lines: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad command line (exit 2): the message says what and what is expected. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** A dataset that is refused or cannot be drawn (exit 1). */
export class DataError extends CliError {
  constructor(message: string, lines: readonly string[] = [], cause?: unknown) {
    super(message, EXIT.data, lines, { cause });
  }
}

/** A file or folder that cannot be read, created or written, or no answer in time (exit 3). */
export class FsError extends CliError {
  constructor(message: string, cause?: unknown) {
    super(message, EXIT.fs, [], { cause });
  }
}

const VALUE_FLAGS = new Set(['--data', '--out', '--lang', '--format', '--step', '--scale', '--term', '--layout', '--reading', '--preset']);
const BOOL_FLAGS = new Set(['--outlined', '--poster', '--strict', '--debug', '--help', '-h', '--stated-only']);

/**
 * Parses the command line (`--flag value` or `--flag=value`). The step index is checked against
 * the dataset later. Throws `UsageError`.
 */
export function parseArgs(argv: readonly string[]): CliOptions & { stepText: string } {
  const o: CliOptions & { stepText: string } = {
    data: DEFAULT_DATA,
    debug: false,
    out: '',
    lang: 'vi',
    format: 'svg',
    step: 'all',
    stepText: 'all',
    scale: 1,
    outlined: false,
    poster: false,
    strict: false,
    layout: 'auto',
    help: false,
    statedOnly: false,
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
      else if (flag === '--strict') o.strict = true;
      else if (flag === '--debug') o.debug = true;
      else if (flag === '--stated-only') o.statedOnly = true;
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
      case '--preset':
        if (value !== 'figure') throw new UsageError(`--preset must be figure (got "${value}")`);
        o.preset = value;
        break;
      case '--out':
        o.out = value;
        break;
      case '--lang':
        if (value !== 'vi' && value !== 'en') throw new UsageError(`--lang must be vi or en (got "${value}")`);
        o.lang = value;
        break;
      case '--format':
        if (value !== 'svg' && value !== 'png' && value !== 'pdf') throw new UsageError(`--format must be svg, png or pdf (got "${value}")`);
        o.format = value;
        break;
      case '--step':
        o.stepText = value;
        if (value === 'all') o.step = 'all';
        else if (/^\d+$/.test(value)) o.step = Number(value);
        else throw new UsageError(`--step must be a step index (0, 1, …) or "all" (got "${value}")`);
        break;
      case '--term':
        o.term = value;
        break;
      case '--reading':
        o.reading = value;
        break;
      case '--layout':
        if (value !== 'auto' && value !== 'hemicycle' && value !== 'nested') {
          throw new UsageError(`--layout must be auto, hemicycle or nested (got "${value}")`);
        }
        o.layout = value;
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
  if (o.outlined && o.format !== 'svg') throw new UsageError(`--outlined applies to SVG only (${o.format === 'png' ? 'a PNG has no text to outline' : 'a PDF embeds its fonts'})`);
  if (o.scale !== 1 && o.format !== 'png') throw new UsageError('--scale applies to PNG only');
  if (o.poster && o.stepText !== 'all' && seen.has('--step')) throw new UsageError('--poster shows every step: leave out --step');
  if (o.poster && o.preset) throw new UsageError('--preset figure is one file per step: leave out --poster');
  return o;
}

/** One line from any thrown value (an error's message, white space runs and line breaks as one space). */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/\s+/g, ' ').trim() || (e instanceof Error ? e.name : 'unknown error');
}

/** What a file-system error code means, in plain words (the code itself when it is not listed). */
function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EEXIST':
      return 'something with that name is already there';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ELOOP':
      return 'too many symbolic links in the path';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'an input/output error on the device';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'the file is too large to read';
    default:
      return oneLine(e);
  }
}

/**
 * `work()` if it settles within `FS_TIMEOUT_MS`, else an `FsError` "no answer after … s" about
 * `what`. The work goes on in the background (Node cannot cancel it); its late failure is ignored.
 * (A call stuck for good, on a dead network mount say, still holds a thread that Node waits for
 * when the process exits: the message comes in time, the exit may not.)
 */
async function withTimeout<T>(work: () => Promise<T>, what: string): Promise<T> {
  const p = work();
  p.catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FsError(`${what}: the file system gave no answer after ${FS_TIMEOUT_MS / 1000} s`)), FS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error code of a thrown file-system error, or undefined. */
const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/**
 * Makes sure `out` is a folder this process can write into, creating it (and missing parents) one
 * level at a time: Node's `mkdir(…, { recursive: true })` never returns on some paths (`/proc/nope`).
 * Bounded by `FS_TIMEOUT_MS`. Throws `FsError` naming the path and what is wrong.
 */
export async function ensureOutDir(out: string): Promise<void> {
  await withTimeout(async () => {
    const missing: string[] = [];
    let at = out;
    for (;;) {
      try {
        const st = await stat(at);
        if (!st.isDirectory()) {
          throw new FsError(at === out ? `--out ${out} is an existing file, not a folder: give a folder to write into` : `cannot create the output folder ${out}: ${at} is a file, not a folder`);
        }
        break;
      } catch (e) {
        if (e instanceof FsError) throw e;
        const code = codeOf(e);
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new FsError(`cannot use the output folder ${out}: ${fsReason(e)}`, e);
        const parent = dirname(at);
        if (parent === at) throw new FsError(`cannot create the output folder ${out}: ${fsReason(e)}`, e);
        missing.push(at);
        at = parent;
      }
    }
    for (const dir of missing.reverse()) {
      try {
        await mkdir(dir);
      } catch (e) {
        if (codeOf(e) === 'EEXIST' && (await stat(dir).then((s) => s.isDirectory(), () => false))) continue;
        const reason = codeOf(e) === 'ENOENT' ? `this file system does not allow a new folder in ${dirname(dir)}` : `${fsReason(e)} (creating ${dir})`;
        throw new FsError(`cannot create the output folder ${out}: ${reason}`, e);
      }
    }
    try {
      await access(out, fsConstants.W_OK | fsConstants.X_OK);
    } catch (e) {
      throw new FsError(`cannot write into the output folder ${out}: ${fsReason(e)}`, e);
    }
  }, `the output folder ${out}`);
}

/**
 * Writes `bytes` to `file` through a new temporary file renamed into place, so a failed write leaves
 * no half-written file (the temporary one is removed) and an existing pipe of that name is replaced,
 * not opened. Bounded by `FS_TIMEOUT_MS`. Throws `FsError`.
 */
async function writeOut(file: string, bytes: string | Uint8Array): Promise<void> {
  const part = `${file}.partial-${process.pid}`;
  try {
    await withTimeout(async () => {
      await writeFile(part, bytes, { flag: 'wx' }); // a new file: never opens an existing pipe
      await rename(part, file);
    }, `cannot write ${file}`);
  } catch (e) {
    await rm(part, { force: true }).catch(() => {});
    if (e instanceof FsError) throw e;
    throw new FsError(`cannot write ${file}: ${fsReason(e)}`, e);
  }
}

/** Reads the dataset's bytes (bounded by `FS_TIMEOUT_MS`). Throws `FsError`. */
async function readDataset(path: string): Promise<Uint8Array> {
  const what = `cannot read the dataset ${path}`;
  try {
    return await withTimeout(async () => {
      const st = await stat(path);
      if (st.isDirectory()) throw new FsError(`${what}: it is a folder, not a file`);
      // A pipe or a device may never answer, and a read stuck in Node's thread pool keeps the
      // process from exiting even after the timeout: read regular files only.
      if (!st.isFile()) throw new FsError(`${what}: it is not a regular file (a pipe, a device or a socket)`);
      return readFile(path);
    }, what);
  } catch (e) {
    if (e instanceof FsError) throw e;
    throw new FsError(`${what}: ${codeOf(e) === 'ENOENT' ? 'no such file' : fsReason(e)}`, e);
  }
}

/** How many places of each kind of finding are printed. */
export const FINDING_PLACES = 3;

/**
 * The findings (warnings) of an import as lines, grouped by kind (`groupFindings`, in English): per
 * kind a `warning:` line with its title, count and code, its first `FINDING_PLACES` places (each
 * problem's sentence, indented, `!`), "… and N more." and how to fix the file. [] without findings.
 */
export function findingLines(problems: readonly ImportProblem[]): string[] {
  const lines: string[] = [];
  for (const g of groupFindings(problems, 'en', FINDING_PLACES)) {
    lines.push(`warning: ${g.heading} [${g.code}]`);
    for (const p of g.places) lines.push(`  ! ${oneLine(p)}`);
    if (g.more) lines.push(`  ${g.more}`);
    if (g.fix) lines.push(`  ${oneLine(g.fix)}`);
  }
  return lines;
}

/**
 * Reads and imports the dataset and builds its timeline and seat plan; the findings go to `io`
 * (`findingLines`). Throws `FsError` (cannot read) or `DataError` (refused, one line per problem;
 * findings with `strict`; no steps; or the import or timeline failed).
 */
async function loadDataset(path: string, io: CliIo, termOption: string | undefined, strict = false, readingOption?: string): Promise<{ timeline: Timeline; plan: SeatPlan; id: string; reading: string | null }> {
  const bytes = await readDataset(path);
  let result: ReturnType<typeof importFile>;
  try {
    result = importFile(basename(path), bytes);
  } catch (e) {
    throw new DataError(`the dataset ${path} could not be read: ${oneLine(e)}`, [], e);
  }
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    throw new DataError(
      `the dataset ${path} was refused (${errors.length} problem${errors.length === 1 ? '' : 's'}):`,
      result.problems.map((p) => `  ${p.severity === 'error' ? '✗' : '!'} ${oneLine(formatImportProblem(p, 'en'))}`),
    );
  }
  for (const l of findingLines(result.problems)) io.err(l);
  const findings = result.problems.filter((p) => p.severity === 'warning').length;
  if (strict && findings > 0) {
    throw new DataError(`the dataset ${path} has ${findings} finding${findings === 1 ? '' : 's'} (listed above as warnings); --strict refuses it`);
  }
  const { dataset: read, reading } = forReading(result.dataset, readingOption);
  const dataset = forTerm(read, termOption);
  try {
    const timeline = buildTimeline(dataset);
    const empty = timeline.steps.length === 0 ? nothingToDraw(dataset, basename(path)) : null;
    if (empty) throw new DataError(`the dataset ${path} has no steps: ${oneLine(formatImportProblem(empty, 'en'))}`);
    return { timeline, plan: planSeats(timeline), id: dataset.id, reading };
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(`the dataset ${path} cannot be drawn: ${oneLine(e)}`, [], e);
  }
}

/**
 * The dataset to draw for `--reading`, as the app draws it: the reading applied (`applyReading`, id
 * `readingFileId`), or the dataset itself without the option or for a default reading (reading null).
 * A reading the dataset does not have is a `UsageError` naming the ones it has.
 */
function forReading(dataset: Dataset, readingOption: string | undefined): { dataset: Dataset; reading: string | null } {
  if (readingOption === undefined) return { dataset, reading: null };
  const all = readingsOf(dataset);
  const found = all.find((r) => r.reading.id === readingOption);
  if (!found) {
    const known = all.length === 0 ? 'it has none' : `expected one of ${all.map((r) => `"${r.reading.id}"`).join(', ')}`;
    throw new UsageError(`--reading "${readingOption}" is not a reading of this dataset: ${known}`);
  }
  if (defaultReading(found.alternative) === found.reading) return { dataset, reading: null };
  return { dataset: { ...applyReading(dataset, readingOption), id: readingFileId(dataset.id, readingOption) }, reading: readingOption };
}

/**
 * The dataset to draw for `--term`: the term's (`datasetForTerm`, id `termFileId`); the whole
 * dataset for `all`; without the option, as the app: the latest term with members when two or more
 * terms have members, else the whole dataset. A term that is not one with members is a `UsageError`
 * listing those.
 */
function forTerm(dataset: Dataset, termOption: string | undefined): Dataset {
  const terms = termsOf(dataset).filter((t) => t.memberships > 0);
  let term: string | null;
  if (termOption === undefined) term = terms.length >= 2 ? (defaultTerm(terms)?.id ?? null) : null;
  else if (termOption === 'all') term = null;
  else if (terms.some((t) => t.id === termOption)) term = termOption;
  else {
    const known = terms.length === 0 ? 'it has none with members' : `expected one of ${terms.map((t) => `"${t.id}"`).join(', ')} or "all"`;
    throw new UsageError(`--term "${termOption}" is not a term of this dataset: ${known}`);
  }
  return term === null ? dataset : { ...datasetForTerm(dataset, term), id: termFileId(dataset.id, term) };
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

/**
 * One character the fonts lack, for the warning: `"中" U+4E2D`; a control or text-direction
 * character (which would reorder or break the line, `displayValue`) by its code alone: `U+202E`.
 */
function charName(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return displayValue(c) === c ? `"${c}" ${code}` : code;
}

/** Warns once about characters the embedded fonts do not draw. */
function warnUncovered(svg: string, io: CliIo, warned: Set<string>): void {
  const missing = uncoveredChars(usedChars(svg)).filter((c) => !warned.has(c));
  if (missing.length === 0) return;
  for (const c of missing) warned.add(c);
  const list = missing.map(charName).join(', ');
  io.err(`warning: ${missing.length} character${missing.length === 1 ? ' is' : 's are'} not in the embedded fonts (${list}): SVG viewers draw ${missing.length === 1 ? 'it' : 'them'} with their own fonts; PNG and PDF files leave ${missing.length === 1 ? 'it' : 'them'} out`);
}

/** Runs `draw()`; a throw means the step or poster cannot be drawn (`DataError`). */
async function drawing<T>(what: string, draw: () => T | Promise<T>): Promise<T> {
  try {
    return await draw();
  } catch (e) {
    throw new DataError(`${what} cannot be drawn: ${oneLine(e)}`, [], e);
  }
}

/** Prints a failure: one line (and a refused dataset's problems), the stack with `debug`; returns the exit status. */
function report(e: unknown, io: CliIo, debug: boolean): number {
  if (e instanceof CliError) {
    io.err(e instanceof UsageError ? `error: ${oneLine(e)} (run with --help for the options)` : `error: ${oneLine(e)}`);
    for (const l of e.lines) io.err(l);
  } else {
    io.err(`internal error: ${oneLine(e)} (a bug; rerun with --debug to see where, and report it)`);
  }
  if (debug) {
    for (let c: unknown = e, depth = 0; c !== undefined && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
      if (depth > 0) io.err('caused by:');
      io.err(c instanceof Error && c.stack ? c.stack : String(c));
    }
  }
  return e instanceof CliError ? e.exitCode : EXIT.internal;
}

/**
 * Runs the command line. Never throws: every failure is reported on `io.err` as one line (a refused
 * dataset adds one line per problem; `--debug` adds the stack) and mapped to an exit status (`EXIT`).
 * @param argv the arguments after the script name
 * @returns the exit status
 */
export async function main(argv: readonly string[], rawIo: CliIo = consoleIo): Promise<number> {
  // Paths and option values come from outside: their control and text-direction characters are
  // written as \u{XXXX} (`displayValue`) in every message, so no value can reorder a line.
  const io: CliIo = { out: rawIo.out, err: (l) => rawIo.err(l.split('\n').map((x) => displayValue(x, Infinity)).join('\n')) };
  try {
    return await run(argv, io);
  } catch (e) {
    return report(e, io, argv.includes('--debug'));
  }
}

/** The command line's work; throws `CliError`s (and, on a bug, anything). */
async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const o = parseArgs(argv);
  if (o.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const dataPath = resolve(o.data);
  const { timeline, plan, id, reading } = await loadDataset(dataPath, io, o.term, o.strict, o.reading);
  const last = timeline.steps.length - 1;
  if (o.step !== 'all' && o.step > last) {
    throw new UsageError(`--step ${o.step} is out of range: this dataset has ${timeline.steps.length} steps, 0 to ${last}`);
  }

  const out = resolve(o.out);
  await ensureOutDir(out);
  const fonts = o.outlined ? await loadOutlineFonts() : null;
  const warned = new Set<string>();
  const written: string[] = [];

  /** Writes one file: the plain SVG of the drawing with the font embedded, outlined, or as PNG. */
  const emit = async (what: string, name: string, plain: () => string, outlined: () => string): Promise<void> => {
    let bytes: string | Uint8Array;
    if (o.outlined) bytes = await drawing(what, outlined);
    else {
      const svg = await drawing(what, plain);
      warnUncovered(svg, io, warned);
      bytes =
        o.format === 'png'
          ? await drawing(what, () => renderPng(svg, o.scale))
          : o.format === 'pdf'
            ? await drawing(what, async () => svgToPdf([svg], { title: svgTitle(svg), lang: o.lang, fonts: await nodePdfFonts() }))
            : await embedFont(svg);
    }
    const file = join(out, name);
    await writeOut(file, bytes);
    written.push(file);
    io.out(file);
  };

  const ext = o.format;
  const suffix = (name: string) => scaledName(o.outlined ? outlinedName(statedOnlyName(name, o.statedOnly)) : statedOnlyName(name, o.statedOnly), o.scale);
  const drawOpts = { layout: o.layout, reading, statedOnly: o.statedOnly };
  if (o.poster && o.format === 'pdf') {
    // One PDF, a page per sheet, as the app's poster PDF.
    const pages = posterPages(timeline.steps.length);
    const what = `the poster of ${dataPath}`;
    for (const page of pages) warnUncovered(await drawing(what, () => posterSvg(timeline, plan, o.lang, drawOpts, pages.length === 1 ? undefined : page)), io, warned);
    const pdf = await drawing(what, async () => posterPdf(timeline, plan, o.lang, { ...drawOpts, fonts: await nodePdfFonts() }));
    const file = join(out, suffix(posterFileName(id, o.lang, 'pdf')));
    await writeOut(file, pdf.bytes);
    written.push(file);
    io.out(file);
    if (pages.length > 1) io.err(`${timeline.steps.length} steps: the poster is ${pages.length} pages of at most ${POSTER_PANELS} steps each, every step on one`);
  } else if (o.poster) {
    // Bounded as the app's poster: a long term on sheets of POSTER_PANELS steps (`posterPages`).
    const pages = posterPages(timeline.steps.length);
    if (pages.length > 1) {
      io.err(`${timeline.steps.length} steps: the poster is ${pages.length} sheets of at most ${POSTER_PANELS} steps each, every step on one`);
    }
    for (const page of pages) {
      const what = pages.length === 1 ? `the poster of ${dataPath}` : `sheet ${page.index + 1} of ${pages.length} of the poster of ${dataPath}`;
      const name = pages.length === 1 ? posterFileName(id, o.lang, ext) : posterSheetFileName(id, o.lang, page.index + 1, pages.length, ext);
      const svg = await drawing(what, () => posterSvg(timeline, plan, o.lang, drawOpts, pages.length === 1 ? undefined : page));
      await emit(what, suffix(name), () => svg, () => outlineSvgText(svg, fonts!));
    }
  } else if (o.preset === 'figure') {
    const steps = o.step === 'all' ? timeline.steps.map((s) => s.index) : [o.step];
    for (const step of steps) {
      const what = `the figure of step ${step} of ${dataPath}`;
      const name = suffix(await drawing(what, () => figureFileName(id, step, timeline.valueText(step, o.lang), o.lang, ext)));
      const info = await drawing(what, () => figureInfo(timeline, plan, step, o.lang, drawOpts));
      // A PNG at 300 dpi: the root sized in pixels (resvg reads mm at 96 dpi).
      const svg = o.format === 'png' ? figurePixels(info.svg, info.height).svg : info.svg;
      await emit(what, name, () => svg, () => outlineSvgText(svg, fonts!));
    }
  } else {
    const steps = o.step === 'all' ? timeline.steps.map((s) => s.index) : [o.step];
    for (const step of steps) {
      const what = `step ${step} of ${dataPath}`;
      const name = suffix(await drawing(what, () => exportFileName(id, step, timeline.valueText(step, o.lang), o.lang, ext)));
      await emit(
        what,
        name,
        () => svgForView(timeline, plan, step, o.lang, drawOpts),
        () => treeToSvg(outlineSvg(viewTree(timeline, plan, step, o.lang, drawOpts).tree, fonts!)),
      );
    }
  }
  io.err(`${written.length} file${written.length === 1 ? '' : 's'} written to ${out}`);
  return EXIT.ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  // Last resort for what escapes `main` (an error event on stdout or stderr, say): one line, exit 70.
  const escape = (e: unknown) => {
    let code: number = EXIT.internal;
    try {
      code = report(e, consoleIo, argv.includes('--debug'));
    } finally {
      process.exit(code);
    }
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') stdoutGone = true;
    else escape(e);
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') stderrGone = true;
    else escape(e);
  });
  process.on('uncaughtException', escape);
  process.on('unhandledRejection', escape);
  process.exitCode = await main(argv);
}
