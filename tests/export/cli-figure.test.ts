import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main, parseArgs, type CliIo } from '../../scripts/export-cli.ts';
import { smallestPt } from './type-size.ts';

const dir = mkdtempSync(join(tmpdir(), 'cmv-cli-figure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const io: CliIo = { out: () => {}, err: (l) => err.push(l) };
  return { code: await main(argv, io), err: err.join('\n') };
}

describe('export CLI: --preset figure and --stated-only', () => {
  test('a step as the figure: named _figure, 170 mm, text at least 7 pt; stated-only adds _stated-only and the note', async () => {
    const out = join(dir, 'a');
    expect((await run('--out', out, '--preset', 'figure', '--step', '4', '--lang', 'en')).code).toBe(0);
    expect((await run('--out', out, '--preset', 'figure', '--step', '4', '--lang', 'vi', '--stated-only')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['quan6-1996-2000_s4-1999-bau-bo-sung_vi_figure_stated-only.svg', 'quan6-1996-2000_s4-1999-by-election_en_figure.svg']);
    const en = readFileSync(join(out, 'quan6-1996-2000_s4-1999-by-election_en_figure.svg'), 'utf8');
    expect(en).toContain('width="170mm"');
    expect(smallestPt(en, 170).pt).toBeGreaterThanOrEqual(7);
    const vi = readFileSync(join(out, 'quan6-1996-2000_s4-1999-bau-bo-sung_vi_figure_stated-only.svg'), 'utf8');
    expect(vi).toContain('cmv-stated-only-note');
  });

  test('a figure PNG is 300 dpi at 170 mm (2008 pixels across)', async () => {
    const out = join(dir, 'b');
    expect((await run('--out', out, '--preset', 'figure', '--step', '1', '--format', 'png')).code).toBe(0);
    const png = readFileSync(join(out, 'quan6-1996-2000_s1-6-1996_vi_figure.png'));
    expect(png.readUInt32BE(16)).toBe(2008);
  });

  test('options: an unknown preset and --preset with --poster are refused (exit 2)', async () => {
    expect(() => parseArgs(['--out', 'x', '--preset', 'slide'])).toThrow(/--preset must be figure/);
    expect(() => parseArgs(['--out', 'x', '--preset', 'figure', '--poster'])).toThrow(/leave out --poster/);
    expect(parseArgs(['--out', 'x', '--stated-only']).statedOnly).toBe(true);
  });
});
