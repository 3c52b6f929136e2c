/**
 * Bytes of a report's `.txt` file to text, the way a CSV file's bytes are decoded
 * (`decodeCsvBytes` of `csv-decode.ts`): UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, else Windows-1258 or Windows-1252 when the bytes are not valid UTF-8 (whichever
 * fits, Vietnamese first). Binary data, a workbook renamed `.txt` and bytes no listed encoding can
 * hold are refused with the place of the first offending byte. Never returns mojibake silently: a
 * decoding other than UTF-8 is said (`encoding`, `assumed`).
 */
import { decodeCsvBytes } from './csv-decode.ts';

/** What `decodeReportBytes` found. */
export type ReportDecode =
  | {
      ok: true;
      /** The text, byte-order mark removed. */
      text: string;
      /** The encoding used, by its usual name: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `Windows-1258`, `Windows-1252`. */
      encoding: string;
      /** True when the encoding was guessed because the bytes are not UTF-8. */
      assumed: boolean;
    }
  | {
      ok: false;
      /** `binary`: not text; `workbook`: a zip (an Excel workbook); `invalid`: bytes no listed encoding holds. */
      reason: 'binary' | 'workbook' | 'invalid';
      /** 1-based line of the first offending byte. */
      line: number;
      /** The offending byte (`0x81`) or character (`U+0000`). */
      found: string;
    };

const NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252',
};

/**
 * Decodes the bytes of a report's text file (see the module's comment). A UTF-16 file whose
 * decoding holds U+FFFD (an odd byte, an unpaired surrogate) is refused as `binary`.
 */
export function decodeReportBytes(bytes: Uint8Array): ReportDecode {
  const r = decodeCsvBytes(bytes);
  if (!r.ok) {
    const u16 = r.reason === 'binary' ? utf16WithoutMark(bytes) : null;
    if (u16) return u16;
    return { ok: false, reason: r.reason, line: r.line, found: r.found };
  }
  if (r.encoding.startsWith('utf-16')) {
    const bad = r.text.indexOf('\uFFFD');
    if (bad >= 0) return { ok: false, reason: 'binary', line: r.text.slice(0, bad).split(/\r\n|\r|\n/).length, found: 'U+FFFD' };
  }
  // Windows-1258 writes tones as combining marks: composed here, as every other text is.
  return { ok: true, text: r.text.normalize('NFC'), encoding: NAMES[r.encoding] ?? r.encoding, assumed: r.assumed };
}

/**
 * UTF-16 without a byte-order mark, recognised by its zero bytes: at least a third of the bytes
 * on one side (even offsets: big-endian, odd: little-endian) are 0 and fewer than 1 in 20 on the
 * other, and the decoding holds no control character and no U+FFFD. Null otherwise.
 */
function utf16WithoutMark(bytes: Uint8Array): ReportDecode | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = bytes.length / 2;
  const enc = even * 3 >= half && odd * 20 < half ? 'utf-16be' : odd * 3 >= half && even * 20 < half ? 'utf-16le' : null;
  if (!enc) return null;
  const text = new TextDecoder(enc).decode(bytes);
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\uFFFD]/.test(text)) return null;
  return { ok: true, text: text.normalize('NFC'), encoding: NAMES[enc]!, assumed: true };
}
