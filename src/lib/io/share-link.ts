/**
 * A dataset carried in a link's fragment (`#data=<text>`): the dataset file's bytes (our JSON, UTF-8)
 * compressed with raw deflate (fflate, level 9) and written in base64url (RFC 4648 §5, no padding).
 * The fragment is never sent to a server. A link carries at most `SHARE_LINK_MAX_BYTES` of
 * compressed bytes; a larger dataset is shared as a file. Opening decodes the text back to the
 * file's bytes, which go through the importer like any file (`importFile`, its bounds and checks).
 *
 * Loaded with `import()` only when a share link is made or opened (fflate stays off the first load).
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';

/** The most compressed bytes a share link carries (16 KiB: about 22,000 characters of link). */
export const SHARE_LINK_MAX_BYTES = 16 * 1024;

/**
 * The most bytes a link's text inflates to (32 MiB) before decoding stops: above the importer's own
 * 25 MB limit (`MAX_FILE_BYTES` of `import.ts`), which refuses what lies between with its usual
 * problem, so a small link can never fill the memory.
 */
export const SHARED_INFLATE_LIMIT = 32 * 1024 * 1024;

/** Why a link's text does not decode: not base64url deflate (`damaged`), or past `SHARED_INFLATE_LIMIT` once inflated (`too-large`). */
export class ShareLinkError extends Error {
  constructor(readonly code: 'damaged' | 'too-large') {
    super(`share link: ${code}`);
    this.name = 'ShareLinkError';
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * base64url text (padding `=` allowed and ignored) as bytes.
 * @throws ShareLinkError `damaged` on a character outside the alphabet or a length no encoding gives
 */
export function fromBase64Url(text: string): Uint8Array {
  const s = text.replace(/=+$/, '');
  if (s.length % 4 === 1) throw new ShareLinkError('damaged');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ALPHABET.indexOf(s[i]!);
    if (v < 0) throw new ShareLinkError('damaged');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * A dataset file's text as a link's fragment text.
 * @param text the file (our JSON)
 * @returns `text`: base64url of the raw deflate of its UTF-8 bytes; `bytes`: the compressed size;
 *   `fits`: whether it is at most `SHARE_LINK_MAX_BYTES` (else share the file instead)
 */
export function encodeShared(text: string): { text: string; bytes: number; fits: boolean } {
  const packed = deflateSync(strToU8(text), { level: 9 });
  return { text: toBase64Url(packed), bytes: packed.length, fits: packed.length <= SHARE_LINK_MAX_BYTES };
}

/**
 * A link's fragment text back to the file's bytes (to import).
 * @param text the text after `#data=` (a browser may have percent-encoded nothing here: base64url
 *   needs no escaping)
 * @param limit the most bytes inflated (default `SHARED_INFLATE_LIMIT`)
 * @throws ShareLinkError `damaged` (not base64url, not raw deflate, empty), `too-large` (inflates past `limit`)
 */
export function decodeShared(text: string, limit = SHARED_INFLATE_LIMIT): Uint8Array {
  const packed = fromBase64Url(text.trim());
  if (packed.length === 0) throw new ShareLinkError('damaged');
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new ShareLinkError('too-large');
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    inflate.push(packed, true);
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('damaged');
  }
  if (!ended || total === 0) throw new ShareLinkError('damaged');
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
