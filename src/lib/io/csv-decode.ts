/**
 * Bytes of a CSV file to text. UTF-8 (with or without a byte-order mark) is read as is; a UTF-16
 * file with a byte-order mark (Excel's "Unicode text") too. A file that is not valid UTF-8 is most
 * likely a spreadsheet saved as plain CSV under a Vietnamese (Windows-1258) or Western
 * (Windows-1252) locale: it is decoded as whichever of the two fits (the decision is reported, so
 * the importer can warn which encoding was assumed), or refused when neither fits. Never returns
 * mojibake silently. No DOM: `TextDecoder` for UTF-8/16, own tables for the two Windows code pages.
 */

import type { CsvEncoding } from './csv-encodings.ts';

export { CSV_ENCODINGS, type CsvEncoding } from './csv-encodings.ts';

/** What `decodeCsvBytes` found. */
export type DecodeResult =
  | {
      ok: true;
      /** The text, byte-order mark removed, not yet normalised. */
      text: string;
      /** The encoding used. */
      encoding: CsvEncoding | 'utf-16le' | 'utf-16be';
      /** True when the encoding was guessed because the bytes are not UTF-8 (the caller warns). */
      assumed: boolean;
    }
  | {
      ok: false;
      /**
       * `binary`: a zip/Excel workbook or other binary data; `invalid`: bytes that fit no accepted
       * encoding (or not the one chosen).
       */
      reason: 'binary' | 'workbook' | 'invalid';
      /** The encoding that was required (when the user chose one), else null. */
      encoding: CsvEncoding | null;
      /** 0-based offset of the first offending byte, and its 1-based line. */
      offset: number;
      line: number;
      /** The offending byte as `0x81`, or the character `U+0000`. */
      found: string;
    };

const C1_OR_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** Vietnamese vowels that take a tone mark (base letters, either case). */
const VOWELS = new Set('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'.split(''));
/** The five combining tone marks Windows-1258 encodes as separate bytes. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Offset of the first byte that breaks UTF-8 (overlongs, surrogates and values past U+10FFFF
 * included), or -1 when `bytes` are valid UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of byte `offset`: CRLF, LF and lone CR each end a line. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** 1-based line of character `index` in `text` (CRLF, LF, lone CR). */
function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * For a single-byte decoding: the index of the first character that a text file cannot hold
 * (a C0 control other than tab and line ends, DEL, or a C1 control, which is what the
 * encoding's unassigned bytes decode to), or -1.
 */
function firstBadChar(text: string): number {
  const m = C1_OR_CONTROL.exec(text);
  return m ? m.index : -1;
}

/** Is every tone mark of a Windows-1258 decoding placed on a vowel, as Vietnamese writes them? */
function tonesOnVowels(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (TONE_MARKS.has(text[i]!) && !VOWELS.has(text[i - 1] ?? '')) return false;
  }
  return true;
}

/**
 * How Vietnamese a Windows-1258 decoding looks: 3 per tone mark on a vowel, 1 per đ/ơ/ư/ă (in
 * either case) or ₫, not counting the sequences Portuguese writes with the same bytes in
 * Windows-1252 (ão, ãe, õe, ões).
 */
function vietnameseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = (text[i + 1] ?? '').toLowerCase();
    if (TONE_MARKS.has(c) && VOWELS.has(text[i - 1] ?? '')) score += 3;
    else if ('đĐưƯ₫'.includes(c)) score += 1;
    else if ('ăĂ'.includes(c) && next !== 'o' && next !== 'e') score += 1;
    else if ('ơƠ'.includes(c) && next !== 'e' && next !== 's') score += 1;
  }
  return score;
}

/**
 * Windows-1252 bytes 0x80-0x9F (WHATWG Encoding Standard index); 0 = unassigned. Bytes 0xA0-0xFF
 * are Latin-1. Tabled here because some runtimes (Node 20's `TextDecoder('windows-1252')`) decode
 * this label as plain Latin-1.
 */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1258: Windows-1252 without Š Ž š ž (0x8A 0x8E 0x9A 0x9E unassigned), and these Vietnamese letters and tone marks. */
const CP1258_CHANGES: Record<number, number> = {
  0x8a: 0, 0x8e: 0, 0x9a: 0, 0x9e: 0,
  0xc3: 0x0102, 0xcc: 0x0300, 0xd0: 0x0110, 0xd2: 0x0309, 0xd5: 0x01a0, 0xdd: 0x01af, 0xde: 0x0303,
  0xe3: 0x0103, 0xec: 0x0301, 0xf0: 0x0111, 0xf2: 0x0323, 0xf5: 0x01a1, 0xfd: 0x01b0, 0xfe: 0x20ab,
};

function table(encoding: 'windows-1258' | 'windows-1252'): string[] {
  const out: string[] = [];
  for (let b = 0; b < 256; b++) {
    let cp = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b;
    if (encoding === 'windows-1258' && b in CP1258_CHANGES) cp = CP1258_CHANGES[b]!;
    // An unassigned byte decodes to the C1 control of the same value, as browsers do; it is then refused.
    out.push(String.fromCharCode(cp === 0 ? b : cp));
  }
  return out;
}
const TABLES = { 'windows-1258': table('windows-1258'), 'windows-1252': table('windows-1252') };

/**
 * Decodes a single-byte Windows code page (one character per byte, so offsets are kept).
 * Unassigned bytes become C1 controls (U+0080-U+009F), which `decodeCsvBytes` refuses.
 */
export function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1258' | 'windows-1252'): string {
  const t = TABLES[encoding];
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let part = '';
    for (const b of chunk) part += t[b]!;
    s += part;
  }
  return s;
}


/**
 * Decodes the bytes of a CSV file.
 *
 * - With `encoding` given, that encoding is used; bytes it cannot hold are refused (`invalid`).
 * - Otherwise: a UTF-16 byte-order mark selects UTF-16; valid UTF-8 is UTF-8; else the bytes are
 *   tried as Windows-1258 and Windows-1252. Windows-1258 is taken when its reading looks
 *   Vietnamese (tone marks on vowels, đ ơ ư ă) and places every tone mark on a vowel;
 *   otherwise Windows-1252 when it holds no control characters; otherwise Windows-1258 if it fits;
 *   otherwise the file is refused. `assumed` is then true so that the caller can say which
 *   encoding was assumed.
 * - A zip file (an `.xlsx` workbook) or bytes with NUL characters are refused (`workbook`, `binary`).
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): DecodeResult {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, reason: 'workbook', encoding: encoding ?? null, offset: 0, line: 1, found: hex(0x50) };
  }
  const utf16 = encoding === undefined && bytes.length >= 2 ? (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null) : null;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
    const bad = firstBadChar(text);
    if (bad >= 0) return { ok: false, reason: 'binary', encoding: null, offset: bad, line: lineOfIndex(text, bad), found: codePoint(text[bad]!) };
    return { ok: true, text, encoding: utf16, assumed: false };
  }
  const refuse = (text: string, bad: number, enc: CsvEncoding | null): DecodeResult => {
    const ch = text[bad]!;
    const reason = ch === '\u0000' ? 'binary' : 'invalid';
    // Map the character back to its byte for single-byte encodings (one byte per character).
    const found = enc === 'utf-8' || ch.charCodeAt(0) < 0x80 ? codePoint(ch) : hex(bytes[bad] ?? 0);
    return { ok: false, reason, encoding: enc, offset: bad, line: lineOfIndex(text, bad), found };
  };
  if (encoding === 'windows-1258' || encoding === 'windows-1252') {
    const text = decodeSingleByte(bytes, encoding);
    const bad = firstBadChar(text);
    if (bad >= 0) return refuse(text, bad, encoding);
    return { ok: true, text, encoding, assumed: false };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const bad = firstBadChar(text.replace(/[\u0080-\u009f]/g, ' '));
    if (bad >= 0) return refuse(text, bad, 'utf-8');
    return { ok: true, text, encoding: 'utf-8', assumed: false };
  }
  if (encoding === 'utf-8') {
    return { ok: false, reason: 'invalid', encoding: 'utf-8', offset: invalid, line: lineOfOffset(bytes, invalid), found: hex(bytes[invalid]!) };
  }
  const t1258 = decodeSingleByte(bytes, 'windows-1258');
  const t1252 = decodeSingleByte(bytes, 'windows-1252');
  const bad1258 = firstBadChar(t1258);
  const bad1252 = firstBadChar(t1252);
  const fits1258 = bad1258 < 0 && tonesOnVowels(t1258);
  const fits1252 = bad1252 < 0;
  if (fits1258 && vietnameseScore(t1258) > 0) return { ok: true, text: t1258, encoding: 'windows-1258', assumed: true };
  if (fits1252) return { ok: true, text: t1252, encoding: 'windows-1252', assumed: true };
  if (fits1258) return { ok: true, text: t1258, encoding: 'windows-1258', assumed: true };
  // Neither fits: Windows-1252 cannot hold some byte (a single-byte decoding keeps offsets); name it.
  return refuse(t1252, bad1252, null);
}

/** Windows-1252 character → byte, for `undoDoubleEncoding`. */
const CP1252_BYTES = new Map(TABLES['windows-1252'].map((ch, b) => [ch, b] as const));

/** A Latin-1 letter followed by a character Windows-1252 gives to a UTF-8 continuation byte: "Ã¡", "áº", "Ä‘". */
const DOUBLE_ENCODED = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/**
 * The text a garbled string would be if it is UTF-8 that was read as Windows-1252 and saved again
 * (double encoding: "NguyÃªn" → "Nguyên"), or null when it does not look like that (some
 * character has no Windows-1252 byte, or the bytes are not valid UTF-8, or nothing changes).
 * The importer only warns with it; it never rewrites data.
 */
export function undoDoubleEncoding(s: string): string | null {
  if (!DOUBLE_ENCODED.test(s)) return null;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const b = CP1252_BYTES.get(s[i]!);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  if (firstInvalidUtf8(bytes) >= 0) return null;
  const fixed = new TextDecoder('utf-8').decode(bytes);
  return fixed !== s ? fixed : null;
}
