import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { USAGE, main, parseArgs, renderPng, type CliIo } from '../../scripts/export-cli.ts';
import { treeToSvg } from '../../src/lib/export/svg.ts';
import { outlineSvg, outlineSvgText } from '../../src/lib/export/outline.ts';
import { loadOutlineFonts } from '../../src/lib/export/fonts-node.ts';
import { posterPages, posterSvg } from '../../src/lib/export/poster.ts';
import { bigDataset } from '../model/big.ts';
import { exportJson, importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { pngSvg } from '../../src/lib/export/png-size.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { exportFileName, posterSheetFileName } from '../../src/lib/export/filename.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { embedFont } from '../../src/lib/export/fonts-node.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { allElements, parseXml, textOf } from './xml-scan.ts';
import { checkExportSafe } from './fonts-safety.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { dataset, timeline, plan } = loadBuiltIn();
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cmv-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs `main` in this process, capturing what it prints. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/**
 * The colour of a PNG's top-left pixel as "#RRGGBBAA" (8-bit RGBA or RGB, non-interlaced, as resvg
 * writes). The first pixel of the first row is stored as is whatever the row's filter (its left
 * and upper neighbours count as 0), so no unfiltering is needed.
 * @throws Error on another colour type, bit depth or interlacing
 */
function topLeftPixel(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Buffer[] = [];
  let channels = 0;
  for (let off = 8; off < b.length; ) {
    const len = b.readUInt32BE(off);
    const type = b.toString('latin1', off + 4, off + 8);
    const data = b.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 6 && colour !== 2)) throw new Error(`PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const px = [...inflateSync(Buffer.concat(idat)).subarray(1, 1 + channels), 255].slice(0, 4);
  return `#${px.map((v) => v.toString(16).toUpperCase().padStart(2, '0')).join('')}`;
}

describe('export command line (in process)', () => {
  test('the built-in dataset, every step as SVG: named like the app\'s downloads, the same files as the app\'s code path', async () => {
    const out = tmp();
    const r = await run('--out', out);
    expect(r.code).toBe(0);
    const names = timeline.steps.map((s) => exportFileName(dataset.id, s.index, timeline.valueText(s.index, 'vi'), 'vi', 'svg'));
    expect(names[3]).toBe('quan6-1996-2000_s3-1999-nghi-huu_vi.svg');
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    expect(r.out.split('\n')).toEqual(names.map((n) => join(out, n)));
    expect(r.err).toContain('5 files written');
    for (const [i, name] of names.entries()) {
      const svg = readFileSync(join(out, name), 'utf8');
      expect(svg).toBe(await embedFont(svgForView(timeline, plan, i, 'vi')));
      const root = parseXml(svg);
      checkExportSafe(root, svg);
      expect(root.attrs.get('data-step')).toBe(String(i));
      expect(svg).toContain("@font-face{font-family:'Be Vietnam Pro'");
      expect(allElements(root).filter((e) => e.name === 'text').map(textOf)[0]).toBe('Ban Chấp hành Đảng bộ Quận 6 khóa VII (nhiệm kỳ 1996–2000)');
    }
  });

  test('one step as PNG in English (--data given; --flag=value form), at 1× and 2×', async () => {
    const out = tmp();
    const data = fileURLToPath(new URL('../../data/quan6-1996-2000.json', import.meta.url));
    const r = await run('--data', data, '--out', out, '--format=png', '--step', '2', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const name = exportFileName(dataset.id, 2, timeline.valueText(2, 'en'), 'en', 'png');
    expect(readdirSync(out)).toEqual([name]);
    const png = readFileSync(join(out, name));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const scene = layoutScene({ timeline, plan, step: 2, lang: 'en', words: layoutWords('en') });
    expect(pngSize(png)).toEqual({ width: scene.width, height: scene.height });
    // The corner is the chart's own background (`.cmv-bg`, white, opaque).
    expect(topLeftPixel(png)).toBe('#FFFFFFFF');
    const r2 = await run('--out', out, '--format', 'png', '--step', '2', '--lang', 'en', '--scale', '2');
    expect(r2.code).toBe(0);
    expect(pngSize(readFileSync(join(out, name.replace(/\.png$/, '@2x.png'))))).toEqual({ width: scene.width * 2, height: scene.height * 2 });
  });

  test('--outlined: text as paths, "-outlined" in the name; --poster: one sheet', async () => {
    const out = tmp();
    const r = await run('--out', out, '--step', '0', '--outlined');
    expect(r.code, r.err).toBe(0);
    const name = exportFileName(dataset.id, 0, timeline.valueText(0, 'vi'), 'vi', 'svg').replace(/\.svg$/, '-outlined.svg');
    const svg = readFileSync(join(out, name), 'utf8');
    const root = parseXml(svg);
    checkExportSafe(root, svg);
    expect(allElements(root).filter((e) => e.name === 'text')).toHaveLength(0);
    expect(svg).not.toContain('@font-face');
    const p = await run('--out', out, '--poster', '--lang', 'en');
    expect(p.code, p.err).toBe(0);
    const poster = readFileSync(join(out, 'quan6-1996-2000_poster_en.svg'), 'utf8');
    checkExportSafe(parseXml(poster), poster);
    expect(poster).toContain('@font-face');
  });

  test('--poster of a term longer than one sheet: sheets of 24 steps, one file each, the same sheets as the app draws, and it says so', async () => {
    const big = bigDataset(40, 30);
    const dir = tmp();
    const file = join(dir, 'long.json');
    writeFileSync(file, exportJson(big));
    const out = join(dir, 'out');
    const r = await run('--data', file, '--out', out, '--poster', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const pages = posterPages(30);
    expect(pages.map((p) => [p.from, p.to])).toEqual([
      [0, 24],
      [24, 30],
    ]);
    expect(r.err).toContain('30 steps: the poster is 2 sheets of at most 24 steps each');
    const names = pages.map((p) => posterSheetFileName(big.id, 'en', p.index + 1, 2));
    expect(readdirSync(out).sort()).toEqual(names);
    const imported = importFile('long.json', new TextEncoder().encode(exportJson(big)));
    if (!imported.ok) throw new Error('the long dataset must import');
    const tl = buildTimeline(imported.dataset);
    const pl = planSeats(tl);
    pages.forEach((page, k) => {
      const text = readFileSync(join(out, names[k]!), 'utf8');
      checkExportSafe(parseXml(text), text);
      // The app's sheet, with the command line's fonts embedded (only @font-face differs).
      const noFonts = (svg: string) => svg.replace(/@font-face\s*\{[^}]*\}/g, '').replace(/\s+/g, ' ').replace('<style> ', '<style>');
      expect(noFonts(text)).toBe(noFonts(posterSvg(tl, pl, 'en', {}, page)));
    });
  });

  test('renderPng paints what the drawing leaves transparent opaque white (#FFFFFF)', async () => {
    // The chart draws its own background, so this shows only where a drawing has none: an empty
    // SVG, and the app's transparent PNG source.
    const empty = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
    expect(topLeftPixel(await renderPng(empty))).toBe('#FFFFFFFF');
    expect(topLeftPixel(await renderPng(empty, 2))).toBe('#FFFFFFFF');
    const transparent = pngSvg(timeline, plan, 0, 'en', 1, 'transparent').svg;
    expect(topLeftPixel(await renderPng(transparent))).toBe('#FFFFFFFF');
  });

  test('--outlined --lang en: the English drawing, outlined (title, description, labels, paths)', async () => {
    const out = tmp();
    const r = await run('--out', out, '--step', '1', '--outlined', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const name = exportFileName(dataset.id, 1, timeline.valueText(1, 'en'), 'en', 'svg').replace(/\.svg$/, '-outlined.svg');
    expect(readdirSync(out)).toEqual([name]);
    expect(name).toMatch(/_en-outlined\.svg$/);
    const svg = readFileSync(join(out, name), 'utf8');
    const fonts = await loadOutlineFonts();
    expect(svg).toBe(treeToSvg(outlineSvg(viewTree(timeline, plan, 1, 'en').tree, fonts)));
    expect(svg).not.toBe(treeToSvg(outlineSvg(viewTree(timeline, plan, 1, 'vi').tree, fonts)));
    const root = parseXml(svg);
    expect(root.attrs.get('lang')).toBe('en');
    const title = allElements(root).find((e) => e.name === 'title')!;
    expect(textOf(title)).toMatch(/^District 6 Party Executive Committee, term VII \(1996–2000\) — /);
    expect(svg).not.toContain('Ban Chấp hành Đảng bộ Quận 6');
    expect(svg).toContain('aria-label="District 6 Party Executive Committee, term VII (1996–2000)"');
    // The poster, outlined, in English too.
    const p = await run('--out', out, '--poster', '--outlined', '--lang', 'en');
    expect(p.code, p.err).toBe(0);
    const poster = readFileSync(join(out, 'quan6-1996-2000_poster_en-outlined.svg'), 'utf8');
    expect(poster).toBe(outlineSvgText(posterSvg(timeline, plan, 'en'), fonts));
    expect(parseXml(poster).attrs.get('lang')).toBe('en');
    expect(poster).not.toContain('Ban Chấp hành Đảng bộ Quận 6');
  });

  test('a broken dataset: exit 1 and its problems, in English, naming the place', async () => {
    const dir = tmp();
    const bad = join(dir, 'broken.json');
    const broken = structuredClone(dataset) as unknown as Record<string, unknown>;
    (broken.memberships as Record<string, unknown>[])[0]!.start_date = '1996-13';
    writeFileSync(bad, JSON.stringify(broken));
    const r = await run('--data', bad, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: the dataset .*broken\.json was refused \(\d+ problems?\):/);
    expect(r.err).toContain('broken.json');
    expect(r.err).toContain('/memberships/0/start_date');
    expect(r.out).toBe('');
    // Not JSON at all, and no file.
    writeFileSync(bad, '{"format": "committee-history", ');
    const r2 = await run('--data', bad, '--out', join(dir, 'out'));
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('refused');
    const r3 = await run('--data', join(dir, 'nothing.json'), '--out', join(dir, 'out'));
    expect(r3.code).toBe(3);
    expect(r3.err).toContain('no such file');
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  });

  test('findings (more members than seats, a membership set aside…) print as warnings grouped by kind, and exit 0; --strict exits 1 and writes nothing', async () => {
    const dir = tmp();
    const ep = fileURLToPath(new URL('../fixtures/ep-legislature.json', import.meta.url));
    // Every term (the findings are the file's, whichever term is drawn).
    const r = await run('--data', ep, '--out', join(dir, 'out'), '--lang', 'en', '--step', '0', '--term', 'all');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([join(dir, 'out', 'ep-legislature_s0-1-january-2010_en.svg')]);
    const lines = r.err.split('\n');
    expect(lines.filter((l) => l.startsWith('warning: '))).toEqual([
      'warning: More members than seats (1) [over-seats]',
      'warning: Ends before its term begins (1) [end-before-term]',
      'warning: Memberships dated by their term (2) [dates-from-term]',
      'warning: People without a membership (1) [person-without-membership]',
    ]);
    expect(lines).toContain(
      '  ! File “ep-legislature.json”, at /organizations/0/seats: Organization “Lakeland National Assembly” (id “org/lakeland-assembly”) has 6 members at step “1 March 2013” (index 2), more than its 5 seats; expected at most 5.',
    );
    expect(lines).toContain('  To fix: Check the end date and the legislative_period_id: the membership may belong to the previous term; if so, change its legislative_period_id, or give its real start_date.');
    expect(lines.at(-1)).toBe(`1 file written to ${join(dir, 'out')}`);
    const strict = await run('--data', ep, '--out', join(dir, 'strict'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err.split('\n').at(-1)).toBe(`error: the dataset ${ep} has 5 findings (listed above as warnings); --strict refuses it`);
    expect(strict.out).toBe('');
    expect(() => readdirSync(join(dir, 'strict'))).toThrow();
    // The built-in dataset has no findings: --strict changes nothing.
    const clean = await run('--out', join(dir, 'clean'), '--step', '0', '--strict');
    expect(clean.code).toBe(0);
    expect(clean.err).not.toContain('warning:');
  });

  test('characters the fonts lack: a warning names them, once; the files are still written', async () => {
    const dir = tmp();
    const data = join(dir, 'cjk.json');
    const d = structuredClone(dataset);
    d.title = { ...d.title, en: `${d.title.en} 中文` };
    writeFileSync(data, JSON.stringify(d));
    const r = await run('--data', data, '--out', dir, '--lang', 'en', '--step', 'all');
    expect(r.code, r.err).toBe(0);
    const warnings = r.err.split('\n').filter((l) => l.startsWith('warning: 2 characters are not in the embedded fonts'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"中" U+4E2D, "文" U+6587');
    expect(readdirSync(dir).filter((f) => f.endsWith('.svg'))).toHaveLength(timeline.steps.length);
  });

  test('text-direction characters are not reported as missing from the fonts (never drawn), and the warning line reads in order', async () => {
    // Found by `npm run fuzz -- --cli`: the raw U+202E reversed the rest of the warning in a terminal.
    // Bidirectional controls are never drawn, so they are not "missing"; the title is also isolated
    // (U+2068 … U+2069) by the display picker.
    const dir = tmp();
    const data = join(dir, 'bidi.json');
    const d = structuredClone(dataset);
    d.title = { ...d.title, en: `${d.title.en} \u202Eevil\u202C 中` };
    writeFileSync(data, JSON.stringify(d));
    const r = await run('--data', data, '--out', dir, '--lang', 'en', '--step', '0');
    expect(r.code, r.err).toBe(0);
    const warning = r.err.split('\n').find((l) => l.startsWith('warning: 1 character'));
    expect(warning).toContain('"中" U+4E2D');
    expect(warning).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  });

  test.each([
    [['--out', 'x', '--colour', 'red'], 'unknown option "--colour"'],
    [['--out', 'x', '--lang'], '--lang needs a value'],
    [['--out', '--lang', 'vi'], '--out needs a value'],
    [['--out', 'x', '--lang', 'xx'], '--lang must be vi or en (got "xx")'],
    [['--out', 'x', '--format', 'tiff'], '--format must be svg, png or pdf (got "tiff")'],
    [['--out', 'x', '--step', 'last'], '--step must be a step index (0, 1, …) or "all" (got "last")'],
    [['--out', 'x', '--step', '-1'], '--step must be a step index'],
    [['--lang', 'en'], '--out <dir> is required'],
    [['--out', 'x', '--format', 'png', '--outlined'], '--outlined applies to SVG only'],
    [['--out', 'x', '--scale', '3'], '--scale applies to PNG only'],
    [['--out', 'x', '--format', 'png', '--scale', '0'], '--scale must be a number from 1 to 8'],
    [['--out', 'x', '--out', 'y'], '--out is given twice'],
    [['--out', 'x', 'extra'], 'unexpected argument "extra"'],
    [['--out', 'x', '--poster=yes'], '--poster takes no value'],
  ])('bad option %j: exit 2 with a message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${message}`);
    expect(r.err).toContain('--help');
    expect(r.out).toBe('');
  });

  test('--step out of range: exit 2, naming the steps the dataset has', async () => {
    const dir = tmp();
    const r = await run('--out', dir, '--step', '5');
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: --step 5 is out of range: this dataset has 5 steps, 0 to 4');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('--help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toBe(USAGE);
    for (const flag of ['--data', '--out', '--lang', '--format', '--step', '--term', '--reading', '--poster', '--outlined', '--scale', '--strict', '--debug']) expect(USAGE).toContain(flag);
    for (const status of ['0 ', '1 ', '2 ', '3 ', '70 ']) expect(USAGE).toMatch(new RegExp(`^  ${status}`, 'm'));
    expect(parseArgs(['--out', 'o']).data.endsWith('data/quan6-1996-2000.json')).toBe(true);
  });

  test('a dataset that is a pipe is refused before it is opened (a read could wait for ever): exit 3', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe.json');
    await promisify(execFile)('mkfifo', [fifo]);
    const r = await run('--data', fifo, '--out', join(dir, 'out'));
    expect(r.code).toBe(3);
    expect(r.err).toBe(`error: cannot read the dataset ${fifo}: it is not a regular file (a pipe, a device or a socket)`);
  });

  test('an unexpected throw is an internal error: one line, exit 70, the stack only with --debug', async () => {
    const err: string[] = [];
    const io: CliIo = { out: () => { throw new Error('boom\nsecond line'); }, err: (l) => err.push(l) };
    expect(await main(['--help'], io)).toBe(70);
    expect(err).toEqual(['internal error: boom second line (a bug; rerun with --debug to see where, and report it)']);
    err.length = 0;
    expect(await main(['--help', '--debug'], io)).toBe(70);
    expect(err[0]).toMatch(/^internal error: boom/);
    expect(err.slice(1).join('\n')).toMatch(/^ {4}at /m);
  });
});

/** Lines of stderr that are stack frames. */
const frames = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('    at '));

describe('export command line: failures as one line and an exit status (a real process)', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  /** Runs the script in its own process; never rejects. */
  const cli = (...argv: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((done) => {
      const t0 = Date.now();
      execFile(tsx, ['scripts/export-cli.ts', ...argv], { cwd: ROOT, timeout: 30_000 }, (e, stdout, stderr) => {
        done({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout, stderr, ms: Date.now() - t0 });
      });
    });
  /** stderr's lines, with no stack frame among them. */
  const lines = (stderr: string) => {
    expect(frames(stderr)).toEqual([]);
    return stderr.trimEnd().split('\n');
  };

  test('--out under a regular file (cannot be created, even by root): exit 3, one line naming both', async () => {
    const dir = tmp();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = await cli('--out', join(file, 'sub'), '--step', '0');
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual([`error: cannot create the output folder ${join(file, 'sub')}: ${file} is a file, not a folder`]);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  test('--out an existing file: exit 3, the file untouched', async () => {
    const dir = tmp();
    const file = join(dir, 'exports.svg');
    writeFileSync(file, 'keep me');
    const r = await cli('--out', file, '--step', '0');
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual([`error: --out ${file} is an existing file, not a folder: give a folder to write into`]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  test('--out /proc/nope fails fast: exit 3 within a few seconds', async () => {
    const r = await cli('--out', '/proc/nope', '--step', '0');
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(15_000);
    expect(lines(r.stderr)).toEqual(['error: cannot create the output folder /proc/nope: this file system does not allow a new folder in /proc']);
  });

  test('a file to write that is a folder: exit 3, naming it; nothing half-written is left', async () => {
    const out = tmp();
    const name = exportFileName(dataset.id, 0, timeline.valueText(0, 'vi'), 'vi', 'svg');
    mkdirSync(join(out, name, 'inside'), { recursive: true });
    const r = await cli('--out', out, '--step', '0');
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual([`error: cannot write ${join(out, name)}: it is a folder, not a file`]);
    expect(readdirSync(out)).toEqual([name]);
  });

  test('the dataset missing, a folder: exit 3, one line', async () => {
    const dir = tmp();
    const missing = await cli('--data', join(dir, 'nothing.json'), '--out', join(dir, 'out'));
    expect(missing.code).toBe(3);
    expect(lines(missing.stderr)).toEqual([`error: cannot read the dataset ${join(dir, 'nothing.json')}: no such file`]);
    const folder = await cli('--data', dir, '--out', join(dir, 'out'));
    expect(folder.code).toBe(3);
    expect(lines(folder.stderr)).toEqual([`error: cannot read the dataset ${dir}: it is a folder, not a file`]);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a broken dataset: exit 1, a line saying so and one line per problem, in English, no stack', async () => {
    const dir = tmp();
    const bad = join(dir, 'broken.json');
    const broken = structuredClone(dataset) as unknown as Record<string, unknown>;
    const ms = broken.memberships as Record<string, unknown>[];
    ms[0]!.start_date = '1996-13';
    ms[1]!.person_id = 'nobody';
    writeFileSync(bad, JSON.stringify(broken));
    const r = await cli('--data', bad, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    const [head, ...problems] = lines(r.stderr);
    const n = Number(/^error: the dataset .*broken\.json was refused \((\d+) problems?\):$/.exec(head!)?.[1]);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(problems.length).toBeGreaterThanOrEqual(n);
    for (const p of problems) expect(p).toMatch(/^ {2}[✗!] File “broken\.json”/);
    expect(problems.some((p) => p.includes('/memberships/0/start_date'))).toBe(true);
    expect(problems.some((p) => p.includes('/memberships/1/person_id'))).toBe(true);
    expect(r.stdout).toBe('');
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  });

  test('a bad option: exit 2, the message and the hint, no stack', async () => {
    const dir = tmp();
    const r = await cli('--out', dir, '--colour', 'red');
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['error: unknown option "--colour" (run with --help for the options)']);
    const range = await cli('--out', dir, '--step', '99');
    expect(range.code).toBe(2);
    expect(lines(range.stderr)).toEqual(['error: --step 99 is out of range: this dataset has 5 steps, 0 to 4 (run with --help for the options)']);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('stdout closed by its reader (| head -0): the files are still written, exit 0, no error', async () => {
    const out = tmp();
    const child = spawn(tsx, ['scripts/export-cli.ts', '--out', out], { cwd: ROOT });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe(`5 files written to ${out}\n`);
    expect(code).toBe(0);
    expect(readdirSync(out)).toHaveLength(timeline.steps.length);
  });

  test('stderr closed by its reader (2>&1 | head -1) on a refused dataset: still exit 1, not an internal error', async () => {
    const dir = tmp();
    const data = join(dir, 'many.csv');
    writeFileSync(data, ['person;body;seats;start', ...Array.from({ length: 300 }, (_, i) => `P${i};B;xx;19x${i}`)].join('\n'));
    const child = spawn(tsx, ['scripts/export-cli.ts', '--data', data, '--out', join(dir, 'o')], { cwd: ROOT });
    child.stderr.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
  });

  test('a path or an option value with a text-direction character is written as \\u{…} in the message', async () => {
    const missing = join(tmp(), 'nope\u202Efdp.json');
    const r = await run('--data', missing, '--lang', 'e\u202En');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang must be vi or en (got "e\\u{202E}n")');
    const r2 = await run('--data', missing, '--out', tmp());
    expect(r2.code).toBe(3);
    expect(r2.err).toContain('nope\\u{202E}fdp.json');
    expect(r.err + r2.err).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  test('--debug: the same line and exit status, then the stack', async () => {
    const dir = tmp();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = await cli('--out', file, '--step', '0', '--debug');
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe(`error: --out ${file} is an existing file, not a folder: give a folder to write into`);
    expect(r.stderr).toContain('FsError: --out');
    expect(frames(r.stderr).length).toBeGreaterThan(0);
    const bad = await cli('--out', dir, '--lang', 'xx', '--debug');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('UsageError: --lang must be vi or en');
    expect(frames(bad.stderr).length).toBeGreaterThan(0);
  });
});

describe('export command line (a real process)', () => {
  const exec = promisify(execFile);
  const tsx = join(ROOT, 'node_modules/.bin/tsx');

  test('writes a file and exits 0; a bad option exits 2 with the message on stderr', async () => {
    const out = tmp();
    const ok = await exec(tsx, ['scripts/export-cli.ts', '--out', out, '--step', '1', '--lang', 'en'], { cwd: ROOT });
    const name = exportFileName(dataset.id, 1, timeline.valueText(1, 'en'), 'en', 'svg');
    expect(ok.stdout.trim()).toBe(join(out, name));
    expect(readdirSync(out)).toEqual([name]);
    const bad = await exec(tsx, ['scripts/export-cli.ts', '--out', out, '--lang', 'xx'], { cwd: ROOT }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toContain('error: --lang must be vi or en (got "xx")');
  });
});

describe('--term', () => {
  const TERMS = fileURLToPath(new URL('../../e2e/fixtures/terms.popolo.json', import.meta.url));
  test('a parliament with two terms: the latest by default, one term by id, every term with "all"; files named after the term', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-term-'));
    const latest = await run('--data', TERMS, '--out', dir, '--lang', 'en');
    expect(latest.code).toBe(0);
    expect(latest.out.split('\n').map((f) => basename(f))).toEqual(['terms-popolo-term-32_s0-10-march-2016_en.svg']);
    const one = await run('--data', TERMS, '--out', dir, '--lang', 'en', '--term', 'term/31', '--step', '0');
    expect(one.out.split('\n').map((f) => basename(f))).toEqual(['terms-popolo-term-31_s0-9-march-2011_en.svg']);
    expect(readFileSync(join(dir, 'terms-popolo-term-31_s0-9-march-2011_en.svg'), 'utf8')).toContain('data-member-id="p-eimear"');
    const all = await run('--data', TERMS, '--out', dir, '--lang', 'en', '--term=all');
    expect(all.out.split('\n')).toHaveLength(5);
    const bad = await run('--data', TERMS, '--out', dir, '--term', 'term/9');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--term "term/9" is not a term of this dataset: expected one of "term/31", "term/32" or "all"');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('--reading', () => {
  const READINGS = fileURLToPath(new URL('../../e2e/fixtures/readings.json', import.meta.url));
  test('draws the reading asked for, as the app does: files named after it, caption and description name it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-reading-'));
    const r = await run('--data', READINGS, '--out', dir, '--lang', 'en', '--step', '2', '--reading', 'r5');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').map((f) => basename(f))).toEqual(['readings-sample-r5_s2-2001-by-election_en.svg']);
    const svg = readFileSync(join(dir, 'readings-sample-r5_s2-2001-by-election_en.svg'), 'utf8');
    expect(svg).toContain('Reading: Secretary from the EC, Deputy from the SC, Organisation a newcomer (Who took which post at the 2001 by-election)');
    // Without the option: the default reading, named too; the default's id is the same.
    const d = await run('--data', READINGS, '--out', dir, '--lang', 'vi', '--step', '2', '--reading', 'r1');
    expect(d.out.split('\n').map((f) => basename(f))).toEqual(['readings-sample_s2-2001-bau-bo-sung_vi.svg']);
    expect(readFileSync(join(dir, 'readings-sample_s2-2001-bau-bo-sung_vi.svg'), 'utf8')).toContain('Cách hiểu (mặc định): Quy ước: Bí thư từ BTV');
    const bad = await run('--data', READINGS, '--out', dir, '--reading', 'r9');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--reading "r9" is not a reading of this dataset: expected one of "r1", "r2", "r3", "r4", "r5", "r6"');
    rmSync(dir, { recursive: true, force: true });
  });
});
