/** `npm run draft`: exit statuses 0, 1, 2 and what it prints. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/draft.ts';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
};
const fixture = (name: string) => new URL(`../fixtures/reports/${name}`, import.meta.url).pathname;

describe('draft command', () => {
  it('0: writes the draft and prints the findings and the claims check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const out = join(dir, 'd.json');
    const r = await run([fixture('tinh-ben-tre.txt'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  3. 9/1998 · bầu bổ sung: BCH 47, BTV 12');
    expect(r.out).toContain('  BCH 1998-09: nêu 47, tính được 47 — khớp');
    expect(r.out[r.out.length - 1]).toBe('Các con số khớp ở mọi bước.');
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('committee-history');
  });
  it('0 in English, with a finding printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const r = await run([fixture('quan-go-vap.txt'), '--out', join(dir, 'd.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out.some((l) => l.startsWith('  Para 4: No counts after the by-election'))).toBe(true);
    expect(r.out).toContain('  1. April 2006 · transfers: EC 40, SC 12');
    expect(r.out).toContain('  SC 2010/2010-12: stated 13, computed 13 — holds');
  });
  it('1: the text cannot be read (missing, or not UTF-8)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    expect((await run([join(dir, 'none.txt'), '--out', join(dir, 'd.json')])).code).toBe(1);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, new Uint8Array([0x00, 0x9d, 0x81, 0x0f, 0x8d]));
    const r = await run([bad, '--out', join(dir, 'd.json')]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^Không đọc được văn bản /);
  });
  it('2: a bad option', async () => {
    expect((await run([fixture('quan-3.txt')])).code).toBe(2);
    expect((await run([fixture('quan-3.txt'), '--out', 'x.json', '--lang', 'fr'])).code).toBe(2);
    const r = await run([fixture('quan-3.txt'), '--out', 'x.json', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['Tùy chọn không hợp lệ: --bogus', 'Cách dùng: npm run draft -- báo-cáo.txt --out bản-nháp.json [--lang vi|en]']);
  });
});
