/**
 * The draft command does no harm (found by the break-it tester): `--out` naming the report is
 * refused (exit 2, the report untouched), a draft that fails the import checks is not written
 * (exit 1), an empty or garbage text never prints "reconcile", and `-` reads standard input.
 */
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/draft.ts';

const report = readFileSync('tests/fixtures/reports/quan-3.txt', 'utf8');
const run = async (argv: string[], stdin?: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {}, stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]));
  return { code, out, err };
};
const dir = () => mkdtempSync(join(tmpdir(), 'draft-safe-'));

describe('draft command safety', () => {
  it('--out equal to the report (or a link to it) is refused with exit 2, the report unchanged', async () => {
    const d = dir();
    const input = join(d, 'r.txt');
    writeFileSync(input, report);
    const r = await run([input, '--out', input]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`error: --out ${input} chính là văn bản báo cáo: ghi vào đó sẽ xóa mất báo cáo. Hãy chọn một tệp khác, ví dụ bản-nháp.json.`]);
    expect(readFileSync(input, 'utf8')).toBe(report);
    symlinkSync(input, join(d, 'link.json'));
    expect((await run([input, '--out', join(d, 'link.json'), '--lang', 'en'])).code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(report);
  });
  it('a draft that fails the import checks is not written: exit 1, and no "reconcile" for garbage', async () => {
    const d = dir();
    for (const text of ['', 'lorem ipsum dolor', 'BCH có 35 ủy viên.']) {
      writeFileSync(join(d, 'g.txt'), text);
      const r = await run([join(d, 'g.txt'), '--out', join(d, 'g.json'), '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(existsSync(join(d, 'g.json'))).toBe(false);
      expect(r.err[r.err.length - 1]).toBe(`error: Did not write ${join(d, 'g.json')}: the draft does not pass the import checks. Fix the text as the findings above say and run again.`);
      if (!text.includes('35')) expect(r.out.join('\n')).not.toContain('reconcile');
    }
    writeFileSync(join(d, 'g.txt'), 'lorem ipsum');
    expect((await run([join(d, 'g.txt'), '--out', join(d, 'g.json'), '--lang', 'en'])).out).toContain('Nothing to check: the text states no count (or the counts were rejected).');
  });
  it('`-` reads the report from standard input', async () => {
    const d = dir();
    const r = await run(['-', '--out', join(d, 'd.json')], report);
    expect(r.code).toBe(0);
    expect(r.out[r.out.length - 1]).toBe('Các con số khớp ở mọi bước.');
    expect(JSON.parse(readFileSync(join(d, 'd.json'), 'utf8')).format).toBe('committee-history');
  });
});
