import { describe, expect, test } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { ZIP_SLICE_CHARS, ZipWriter, joinBytes, textSlices } from '../../src/lib/export/zip-stream.ts';

const MTIME = new Date(2000, 0, 1, 12, 0, 0);
const none = async () => {};

describe('textSlices', () => {
  test('cuts at the size asked for and never inside a surrogate pair', () => {
    expect(textSlices('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(textSlices('', 3)).toEqual(['']);
    // "a😀b": the emoji is two UTF-16 units; a cut after "a" + its high half moves back one.
    const text = 'a😀bc😀';
    const slices = textSlices(text, 2);
    expect(slices).toEqual(['a', '😀', 'bc', '😀']);
    expect(slices.join('')).toBe(text);
    expect(joinBytes(slices.map((s) => strToU8(s)))).toEqual(strToU8(text));
    expect(() => textSlices('abc', 1)).toThrow(RangeError);
  });

  test('a long Vietnamese text in slices encodes to the bytes of the whole', () => {
    const text = 'Đảng bộ Quận 6 😀 '.repeat(40_000);
    const slices = textSlices(text);
    expect(slices.length).toBe(Math.ceil(text.length / ZIP_SLICE_CHARS));
    for (const s of slices) expect(s.length).toBeLessThanOrEqual(ZIP_SLICE_CHARS);
    // (Buffer.equals: a byte-by-byte toEqual of a megabyte is slow.)
    expect(Buffer.from(joinBytes(slices.map((s) => strToU8(s)))).equals(Buffer.from(strToU8(text)))).toBe(true);
  });
});

describe.each([
  ['CompressionStream', true],
  ['fflate', false],
] as const)('ZipWriter (DEFLATE by %s)', (_, native) => {
  test('files added one after another come out whole and in order, however many slices each took', async () => {
    const big = 'Ủy viên Ban Thường vụ <g/>\n'.repeat(30_000);
    const zip = new ZipWriter(native);
    let steps = 0;
    await zip.addText('a.svg', big, MTIME, async () => void steps++);
    await zip.addText('README.txt', '', MTIME, none);
    await zip.addText('b.txt', 'xin chào', MTIME, none);
    const files = unzipSync(joinBytes(zip.end()));
    expect(Object.keys(files)).toEqual(['a.svg', 'README.txt', 'b.txt']);
    expect(strFromU8(files['a.svg']!)).toBe(big);
    expect(files['README.txt']!.length).toBe(0);
    expect(strFromU8(files['b.txt']!)).toBe('xin chào');
    expect(steps).toBe(textSlices(big).length);
    // Compressed: much smaller than the text.
    expect(zip.parts.reduce((n, p) => n + p.length, 0)).toBeLessThan(big.length / 20);
  });

  test('a step that throws stops the file; abort drops what was written', async () => {
    const zip = new ZipWriter(native);
    const reason = new Error('cancelled');
    await expect(zip.addText('a.svg', 'x'.repeat(3 * ZIP_SLICE_CHARS), MTIME, async () => { throw reason; })).rejects.toBe(reason);
    zip.abort();
    expect(zip.parts).toEqual([]);
  });
});
