/** `npm run draft`: exit statuses 0, 1, 2 and what it prints. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/draft.ts';
import { messageLang } from '../../src/lib/i18n/draft-cli-words.ts';

/** Runs the command with `env` as its environment (none by default: the messages are Vietnamese). */
const run = async (argv: string[], env: Record<string, string> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
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
    expect(r.out).toContain('  BCH 9/1998: nêu 47, tính được 47 — khớp');
    expect(r.out[r.out.length - 1]).toBe('Các con số khớp ở mọi bước.');
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('committee-history');
  });
  it('0 in English, with a finding printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const r = await run([fixture('quan-go-vap.txt'), '--out', join(dir, 'd.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out.some((l) => l.startsWith('  Para 4: No counts after the by-election'))).toBe(true);
    expect(r.out).toContain('  1. April 2006 · transfers: EC 40, SC 12');
    expect(r.out).toContain('  SC between 2010 and December 2010: stated 13, computed 13 — holds');
  });
  it('1: the text cannot be read (missing, or not UTF-8): one error line, a plain sentence, no raw code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const none = join(dir, 'nope.txt');
    const missing = await run([none, '--out', join(dir, 'd.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([`error: không đọc được báo cáo ${none}: không có tệp này`]);
    expect(missing.out).toEqual([]);
    const en = await run([none, '--out', join(dir, 'd.json'), '--lang', 'en']);
    expect(en.err).toEqual([`error: cannot read the report ${none}: there is no such file`]);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, new Uint8Array([0x00, 0x9d, 0x81, 0x0f, 0x8d]));
    const r = await run([bad, '--out', join(dir, 'd.json')]);
    expect(r.code).toBe(1);
    // Bytes no encoding fits (a binary file): the decoder's sentence, after the command's prefix.
    expect(r.err).toEqual([`error: không đọc được báo cáo ${bad}: Tệp này không phải văn bản đọc được (dòng 1, U+0000): không khớp UTF-8, UTF-16, Windows-1258 hay Windows-1252. Hãy lưu báo cáo thành văn bản thuần (.txt, UTF-8) rồi chọn lại.`]);
    const folder = await run([dir, '--out', join(dir, 'd.json')], { LANG: 'en_GB.UTF-8' });
    expect(folder.err).toEqual([`error: cannot read the report ${dir}: it is a folder, not a file`]);
    for (const x of [missing, en, r, folder]) expect(x.err.join('\n')).not.toMatch(/E[A-Z]{3,}|ERR_/);
  });
  it('1: the draft cannot be written (no such folder, a folder)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const out = join(dir, 'no-folder', 'd.json');
    const r = await run([fixture('quan-3.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`error: không ghi được bản nháp ${out}: không có thư mục chứa tệp này`]);
    const f = await run([fixture('quan-3.txt'), '--out', dir, '--lang', 'en']);
    expect(f.code).toBe(1);
    expect(f.err).toEqual([`error: cannot write the draft ${dir}: it is a folder, not a file`]);
  });
  it('2: a bad option, in the language of --lang or of the environment, with the export command’s prefix', async () => {
    const q = fixture('quan-3.txt');
    const cases: [string[], Record<string, string>, string][] = [
      [[q], {}, 'error: thiếu --out: cho biết tệp để ghi bản nháp (chạy với --help để xem cách dùng)'],
      [[q], { LANG: 'en_US.UTF-8' }, 'error: --out is missing: name the file to write the draft to (run with --help for the usage)'],
      [[q, '--lang', 'en'], { LANG: 'vi_VN.UTF-8' }, 'error: --out is missing: name the file to write the draft to (run with --help for the usage)'],
      [['--out', 'x.json'], {}, 'error: chưa có báo cáo: cho biết tệp văn bản cần đọc (chạy với --help để xem cách dùng)'],
      [[q, '--out', 'x.json', '--lang', 'fr'], {}, 'error: --lang phải là vi hoặc en, không phải "fr" (chạy với --help để xem cách dùng)'],
      [[q, '--out', 'x.json', '--lang', 'fr'], { LC_ALL: 'en_AU.UTF-8', LANG: 'vi_VN' }, 'error: --lang must be vi or en, not "fr" (run with --help for the usage)'],
      [[q, '--out', 'x.json', '--bogus'], {}, 'error: không có tùy chọn "--bogus" (chạy với --help để xem cách dùng)'],
      [[q, '--out', 'x.json', '--bogus', '--lang=en'], {}, 'error: unknown option "--bogus" (run with --help for the usage)'],
      [[q, '--out'], { LANG: 'en' }, 'error: --out needs a value (run with --help for the usage)'],
      [[q, 'other.txt', '--out', 'x.json'], {}, 'error: thừa "other.txt": mỗi lần chỉ đọc một báo cáo (chạy với --help để xem cách dùng)'],
    ];
    for (const [argv, env, line] of cases) {
      const r = await run(argv, env);
      expect(r.code).toBe(2);
      expect(r.err).toEqual([line]);
    }
    // The export command's failures start the same way.
    const exportCli = await import('../../scripts/export-cli.ts');
    const err: string[] = [];
    expect(await exportCli.main(['--bogus'], { out: () => {}, err: (l: string) => err.push(l) })).toBe(2);
    expect(err[0]).toMatch(/^error: /);
  });
  it('0: --help prints the usage in the messages’ language', async () => {
    expect((await run(['--help'])).out).toEqual(['Cách dùng: npm run draft -- báo-cáo.txt --out bản-nháp.json [--lang vi|en]']);
    expect((await run(['-h'], { LANG: 'en_US.UTF-8' })).out).toEqual(['Usage: npm run draft -- report.txt --out draft.json [--lang vi|en]']);
  });
  it('messageLang: --lang, else LC_ALL, LC_MESSAGES, LANG, else Vietnamese', () => {
    expect(messageLang(['r.txt', '--lang', 'en'], { LANG: 'vi_VN' })).toBe('en');
    expect(messageLang(['r.txt', '--lang=vi'], { LANG: 'en_US' })).toBe('vi');
    expect(messageLang(['r.txt'], { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'vi_VN' })).toBe('en');
    expect(messageLang(['r.txt'], { LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US' })).toBe('vi');
    expect(messageLang(['r.txt'], { LANG: 'C.UTF-8' })).toBe('vi');
    expect(messageLang(['r.txt'], { LANG: 'english' })).toBe('vi');
    expect(messageLang(['r.txt', '--lang', 'fr'], { LANG: 'en' })).toBe('en');
    expect(messageLang(['en'], {})).toBe('vi');
  });
  it('a text without the term years: each dataset problem names its record (three shown, the rest counted), nothing written, no "reconcile" line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const one = join(dir, 'one.txt');
    writeFileSync(one, 'Ban Chấp hành có 35 ủy viên.\n');
    const r = await run([one, '--out', join(dir, 'one.json'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  Para 1: The date “” (field “From”) of the person “Executive Committee member 1” cannot be read: edit that record and write 2008, June 2008, 15 June 2008 (add “?” when unsure).');
    expect(r.out.filter((l) => l.includes('cannot be read'))).toHaveLength(3);
    expect(r.out.some((l) => /^ {2}… and \d+ more problems of the same kind \(“bad-date”\)$/.test(l))).toBe(true);
    expect(r.out.join('\n')).not.toContain('/memberships/');
    expect(r.out.join('\n')).not.toContain('reconcile');
    expect(r.err[0]).toBe('error: the draft does not pass the import checks, so it is not written:');
    expect(r.err.filter((l) => l.includes('Bad date'))).toHaveLength(3);
    expect(existsSync(join(dir, 'one.json'))).toBe(false);
  });
});
