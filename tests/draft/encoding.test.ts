/**
 * A report's `.txt` file in another encoding than UTF-8 (issue 15, found by the break-it tester: a
 * Windows-1258 file was read as UTF-8, replacement characters everywhere): it is decoded as the CSV
 * importer decodes (`decodeReportBytes`), the encoding is said as a finding, and a file no encoding
 * fits is refused with a sentence, in the page (`DraftReview.draftFile`) and on the command line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeReportBytes } from '../../src/lib/io/report-decode.ts';
import { decodeSingleByte } from '../../src/lib/io/csv-decode.ts';
import { DraftReview, type DraftTarget } from '../../src/lib/state/draft-review.svelte.ts';
import { inThreadDrafter } from '../../src/lib/state/draft-drafters.ts';
import { TaskState } from '../../src/lib/state/task.svelte.ts';
import { draftFindingSentence } from '../../src/lib/i18n/draft-words.ts';
import { main } from '../../scripts/draft.ts';

const report = readFileSync('tests/fixtures/reports/huyen-nha-be.txt', 'utf8');

/** Windows-1258 bytes of `text`: each letter by its byte, a tone as its combining mark's byte. */
function cp1258(text: string): Uint8Array {
  const table = decodeSingleByte(Uint8Array.from({ length: 256 }, (_, i) => i), 'windows-1258');
  const byteOf = new Map([...table].map((c, b) => [c, b] as const));
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (byteOf.has(ch)) {
      out.push(byteOf.get(ch)!);
      continue;
    }
    const d = ch.normalize('NFD');
    const tone = [...d].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c));
    const base = [...d].filter((c) => c !== tone).join('').normalize('NFC');
    if (!byteOf.has(base) || !tone) throw new Error(`no Windows-1258 byte for ${ch}`);
    out.push(byteOf.get(base)!, byteOf.get(tone)!);
  }
  return Uint8Array.from(out);
}
const utf16 = (text: string, le: boolean, bom: boolean): Uint8Array => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
};
const binary = Uint8Array.from({ length: 600 }, (_, i) => (i * 197 + 13) % 256);

function app(lang: 'vi' | 'en' = 'vi'): DraftTarget {
  return { lang, importReport: null, task: new TaskState(), async importValue() {} };
}

describe('decodeReportBytes', () => {
  it('Windows-1258 (tones as marks) is decoded, composed, and said to be assumed', () => {
    const r = decodeReportBytes(cp1258(report));
    expect(r).toEqual({ ok: true, text: report.normalize('NFC'), encoding: 'Windows-1258', assumed: true });
  });
  it('UTF-16 with a byte-order mark, and without one (by its zero bytes)', () => {
    expect(decodeReportBytes(utf16(report, true, true))).toEqual({ ok: true, text: report, encoding: 'UTF-16LE', assumed: false });
    expect(decodeReportBytes(utf16(report, false, false))).toEqual({ ok: true, text: report, encoding: 'UTF-16BE', assumed: true });
  });
  it('UTF-8 with a byte-order mark is UTF-8, the mark removed', () => {
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Bí thư')]))).toEqual({ ok: true, text: 'Bí thư', encoding: 'UTF-8', assumed: false });
  });
  it('binary bytes, a workbook and an odd UTF-16 file are refused', () => {
    expect(decodeReportBytes(binary).ok).toBe(false);
    expect(decodeReportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, reason: 'workbook' });
    expect(decodeReportBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: 'binary', found: 'U+FFFD' });
  });
});

describe('a report file in the review', () => {
  it('a Windows-1258 file drafts as its UTF-8 text does, with the encoding said first', async () => {
    const fromFile = new DraftReview(app(), inThreadDrafter);
    await fromFile.draftFile(new File([cp1258(report) as BlobPart], 'nha-be.txt', { type: 'text/plain' }));
    const fromText = new DraftReview(app(), inThreadDrafter);
    fromText.text = report;
    await fromText.draftText();
    expect(fromFile.error).toBe('');
    expect(fromFile.source).toBe(report.normalize('NFC'));
    expect(fromFile.source).not.toContain('\uFFFD');
    expect(fromFile.check?.steps.map((s) => s.counts.bch)).toEqual(fromText.check?.steps.map((s) => s.counts.bch));
    expect(fromFile.findings[0]).toEqual({ code: 'text-encoding', paragraph: null, params: { encoding: 'Windows-1258', assumed: 1 } });
    expect(draftFindingSentence(fromFile.findings[0]!, 'vi')).toBe('Văn bản không phải UTF-8; được đọc theo bảng mã Windows-1258. Nếu chữ hiện sai, hãy lưu báo cáo dưới dạng UTF-8 rồi chọn lại.');
    expect(draftFindingSentence(fromFile.findings[0]!, 'en')).toBe('The text is not UTF-8; it was read as Windows-1258. If letters look wrong, save the report as UTF-8 and pick it again.');
    expect(fromText.findings.some((f) => f.code === 'text-encoding')).toBe(false);
  });
  it('a UTF-16 file is read, and said', async () => {
    const review = new DraftReview(app(), inThreadDrafter);
    await review.draftFile(new File([utf16(report, true, true) as BlobPart], 'u16.txt'));
    expect(review.source).toBe(report);
    expect(draftFindingSentence(review.findings[0]!, 'en')).toBe('The text was read as UTF-16LE.');
  });
  it('a binary file is refused with a sentence in the UI language, and nothing is drafted', async () => {
    const review = new DraftReview(app('en'), inThreadDrafter);
    await review.draftFile(new File([binary as BlobPart], 'x.txt'));
    expect(review.draft).toBe(null);
    expect(review.error).toMatch(/^This file is not readable text \(line \d+, (0x[0-9A-F]{2}|U\+[0-9A-F]{4})\): it fits neither UTF-8, UTF-16, Windows-1258 nor Windows-1252\. Save the report as plain text/);
    const vi = new DraftReview(app('vi'), inThreadDrafter);
    await vi.draftFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) as BlobPart], 'book.txt'));
    expect(vi.error).toBe('Tệp này là một sổ tính Excel, không phải văn bản. Để nhập nó như một bảng, đổi đuôi tệp thành .xlsx rồi chọn lại.');
  });
});

describe('the command line', () => {
  const run = async (argv: string[], stdin?: Uint8Array) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {}, stdin ? Readable.from([Buffer.from(stdin)]) : undefined);
    return { code, out, err };
  };
  it('reads a Windows-1258 file and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-enc-'));
    writeFileSync(join(dir, 'r.txt'), cp1258(report));
    const r = await run([join(dir, 'r.txt'), '--out', join(dir, 'd.json')]);
    expect(r.code).toBe(0);
    expect(r.out[1]).toBe('  Văn bản không phải UTF-8; được đọc theo bảng mã Windows-1258. Nếu chữ hiện sai, hãy lưu báo cáo dưới dạng UTF-8 rồi chọn lại.');
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toContain('Nhà Bè');
  });
  it('reads a UTF-16 file (it was refused)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-enc-'));
    writeFileSync(join(dir, 'r.txt'), utf16(report, true, true));
    const r = await run([join(dir, 'r.txt'), '--out', join(dir, 'd.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out[1]).toBe('  The text was read as UTF-16LE.');
  });
  it('refuses binary bytes with a sentence (exit 1), not a raw error code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-enc-'));
    writeFileSync(join(dir, 'b.txt'), binary);
    const r = await run([join(dir, 'b.txt'), '--out', join(dir, 'd.json'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^error: cannot read the report .*b\.txt: This file is not readable text \(line \d+, /);
    expect(r.err.join('\n')).not.toContain('ERR_');
  });
  it('`-` reads standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-enc-'));
    const r = await run(['-', '--out', join(dir, 'd.json')], new TextEncoder().encode(report));
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')).format).toBe('committee-history');
  });
});

describe('a .txt whose first line begins with a tab, and a .txt of rows', () => {
  it('an indented report is drafted as a report, with no table finding', async () => {
    const review = new DraftReview(app('en'), inThreadDrafter);
    await review.draftFile(new File([`\t${report}`], 'indented.txt', { type: 'text/plain' }));
    expect(review.draft?.check.claims.length).toBeGreaterThan(0);
    expect(review.findings.some((f) => f.code === 'looks-like-table')).toBe(false);
  });
  it('rows with tabs are drafted, and the draft says how to import them as a table', async () => {
    const review = new DraftReview(app('vi'), inThreadDrafter);
    await review.draftFile(new File(['person\tbody\tstart\nAn\tBCH\t1996\nBình\tBTV\t1997\n'], 'rows.txt', { type: 'text/plain' }));
    expect(review.findings[0]?.code).toBe('looks-like-table');
    expect(draftFindingSentence(review.findings[0]!, 'en')).toBe('The text looks like a table (lines split into columns by tabs), not a report. To import it as a table, rename the file to .tsv and pick it again, or paste the rows into the “Paste a table from Excel or Google Sheets” box.');
  });
});
