import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main, parseArgs, type CliIo } from '../../scripts/export-cli.ts';
import { PT_PER_MM } from '../../src/lib/export/figure.ts';
import { readPdf, squash } from './pdf-read.ts';

const dir = mkdtempSync(join(tmpdir(), 'cmv-cli-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { code: await main(argv, io), out, err: err.join('\n') };
}

describe('export CLI: --format pdf', () => {
  test('every step of the view, named as the app names them, each a one-page PDF with its text', async () => {
    const out = join(dir, 'view');
    const r = await run('--out', out, '--format', 'pdf', '--lang', 'vi');
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'quan6-1996-2000_s0-1996_vi.pdf',
      'quan6-1996-2000_s1-6-1996_vi.pdf',
      'quan6-1996-2000_s2-1998_vi.pdf',
      'quan6-1996-2000_s3-1999-nghi-huu_vi.pdf',
      'quan6-1996-2000_s4-1999-bau-bo-sung_vi.pdf',
    ]);
    const bytes = readFileSync(join(out, 'quan6-1996-2000_s3-1999-nghi-huu_vi.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const read = await readPdf(new Uint8Array(bytes));
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]!.width).toBe(1080);
    expect(squash(read.pages[0]!.text)).toContain(squash('Ban Chấp hành Đảng bộ Quận 6'));
    expect(read.pages[0]!.text).toContain('Bí thư Quận ủy');
    expect(read.fonts.filter((f) => f.includes('BeVietnamPro'))).toHaveLength(2);
  });

  test('the figure (170 mm) and the stated-only poster (A3), in English', async () => {
    const out = join(dir, 'print');
    expect((await run('--out', out, '--format', 'pdf', '--preset', 'figure', '--step', '4', '--lang', 'en')).code).toBe(0);
    const poster = await run('--out', out, '--format', 'pdf', '--poster', '--lang', 'en', '--stated-only');
    expect(poster.code, poster.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['quan6-1996-2000_poster_en_stated-only.pdf', 'quan6-1996-2000_s4-1999-by-election_en_figure.pdf']);
    expect(poster.out).toEqual([join(out, 'quan6-1996-2000_poster_en_stated-only.pdf')]);
    const fig = await readPdf(new Uint8Array(readFileSync(join(out, 'quan6-1996-2000_s4-1999-by-election_en_figure.pdf'))));
    expect(fig.pages[0]!.width).toBeCloseTo(170 * PT_PER_MM, 2);
    expect(fig.lang).toBe('en');
    const p = await readPdf(new Uint8Array(readFileSync(join(out, 'quan6-1996-2000_poster_en_stated-only.pdf'))));
    expect(p.pages).toHaveLength(1);
    expect(p.pages[0]!.width).toBeCloseTo(420 * PT_PER_MM, 1);
    expect(p.pages[0]!.height).toBeCloseTo(297 * PT_PER_MM, 1);
    expect(p.raw).toMatch(/\/ca 0\.22/);
    expect(p.title).toContain('Poster');
  });

  test('options: pdf is a format; --outlined and --scale do not apply to it', async () => {
    expect(parseArgs(['--out', 'x', '--format', 'pdf']).format).toBe('pdf');
    expect(() => parseArgs(['--out', 'x', '--format', 'pdf', '--outlined'])).toThrow('--outlined applies to SVG only (a PDF embeds its fonts)');
    expect(() => parseArgs(['--out', 'x', '--format', 'pdf', '--scale', '2'])).toThrow('--scale applies to PNG only');
    const r = await run('--out', join(dir, 'bad'), '--format', 'pdf', '--outlined');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
  });
});
