/**
 * The command line's input (`scripts/draft.ts`): the report's bytes from a file or, for `-`, from
 * standard input, decoded as the page decodes a `.txt` file (`decodeReportBytes`: UTF-8, UTF-16,
 * else Windows-1258 or -1252), and whether `--out` would overwrite the input.
 */
import { readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeReportBytes, type ReportDecode } from '../src/lib/io/report-decode.ts';

/** What `readReport` gives: the decoding, or the system's error code when the bytes could not be read. */
export type ReportInput = ReportDecode | { ok: false; reason: 'unreadable'; code: string };

/** Reads all of a stream (standard input) into bytes. */
async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Reads and decodes the report at `input` (`-`: `stdin`). Never throws: a file that cannot be read
 * gives `reason: 'unreadable'` with its error code (`ENOENT`…).
 */
export async function readReport(input: string, stdin: AsyncIterable<Uint8Array | string> = process.stdin): Promise<ReportInput> {
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStream(stdin) : new Uint8Array(await readFile(resolve(input)));
  } catch (e) {
    return { ok: false, reason: 'unreadable', code: e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.name) : 'error' };
  }
  return decodeReportBytes(bytes);
}

/** True when `out` names the same file as `input` (after links), so writing would overwrite the report. */
export async function sameFile(input: string, out: string): Promise<boolean> {
  if (input === '-') return false;
  const real = async (p: string) => {
    try {
      return await realpath(resolve(p));
    } catch {
      return resolve(p);
    }
  };
  return (await real(input)) === (await real(out));
}
