/**
 * A dataset in a link's fragment (`io/share-link.ts`): base64url both ways, the dataset's file
 * deflated and back byte for byte, the 16 KiB bound, and a damaged or oversized text refused with
 * its code.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeShared, encodeShared, fromBase64Url, SHARE_LINK_MAX_BYTES, ShareLinkError, toBase64Url } from '../../src/lib/io/share-link.ts';
import { READINGS_TEXT } from '../fixtures/readings.ts';

/** The code of the ShareLinkError `f` throws (null when it throws none). */
function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof ShareLinkError ? e.code : `other: ${String(e)}`;
  }
}

describe('base64url', () => {
  it('writes RFC 4648 §5 without padding and reads it back, padded or not', () => {
    expect(toBase64Url(new Uint8Array([]))).toBe('');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(toBase64Url(strToU8('Đảng'))).toBe(Buffer.from('Đảng').toString('base64url'));
    expect([...fromBase64Url('-_8')]).toEqual([0xfb, 0xff]);
    expect([...fromBase64Url('-_8=')]).toEqual([0xfb, 0xff]);
    for (let n = 0; n < 40; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n * 11) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect([...fromBase64Url(text)]).toEqual([...bytes]);
    }
  });

  it('refuses a character outside the alphabet and a length no encoding gives', () => {
    expect(codeOf(() => fromBase64Url('ab+c'))).toBe('damaged');
    expect(codeOf(() => fromBase64Url('ab c'))).toBe('damaged');
    expect(codeOf(() => fromBase64Url('abcde'))).toBe('damaged');
  });
});

describe('encodeShared / decodeShared', () => {
  it('gives the dataset file back byte for byte, much smaller than the file', () => {
    const packed = encodeShared(READINGS_TEXT);
    expect(packed.text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.bytes).toBe(fromBase64Url(packed.text).length);
    expect(packed.bytes).toBeLessThan(new TextEncoder().encode(READINGS_TEXT).length / 3);
    expect(packed.fits).toBe(true);
    expect(strFromU8(decodeShared(packed.text))).toBe(READINGS_TEXT);
  });

  it('fits a link up to 16 KiB compressed', () => {
    expect(SHARE_LINK_MAX_BYTES).toBe(16_384);
    // Text that does not compress (xorshift letters) past 16 KiB.
    let x = 2463534242;
    const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) % 26);
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(97 + next())).join('');
    const big = encodeShared(noise);
    expect(big.bytes).toBeGreaterThan(SHARE_LINK_MAX_BYTES);
    expect(big.fits).toBe(false);
  });

  it('refuses a cut or altered text as damaged, and one that inflates past the limit as too large', () => {
    const { text } = encodeShared(READINGS_TEXT);
    expect(codeOf(() => decodeShared(text.slice(0, Math.floor(text.length / 2))))).toBe('damaged');
    expect(codeOf(() => decodeShared(''))).toBe('damaged');
    expect(codeOf(() => decodeShared('not base64!'))).toBe('damaged');
    // Bytes that are not raw deflate (a stored block whose lengths disagree).
    expect(codeOf(() => decodeShared(toBase64Url(new Uint8Array([1, 5, 0, 5, 0, 65]))))).toBe('damaged');
    // A zip bomb in miniature: 1 MB of zeros is a few hundred bytes of deflate.
    const zeros = toBase64Url(deflateSync(new Uint8Array(1_000_000), { level: 9 }));
    expect(zeros.length).toBeLessThan(2_000);
    expect(codeOf(() => decodeShared(zeros, 100_000))).toBe('too-large');
    expect(decodeShared(zeros, 1_000_000).length).toBe(1_000_000);
  });
});
