/**
 * A ZIP written piece by piece, with fflate's streaming `Zip`: each file's text is encoded and
 * compressed in slices of `ZIP_SLICE_CHARS`, with a pacing checkpoint after each slice, so no
 * single piece of work holds the page for long. The compression (DEFLATE) is the platform's
 * `CompressionStream('deflate-raw')` where there is one (zlib in native code: about twice as fast
 * as in JavaScript, and no garbage for the page's collector), else fflate's `ZipDeflate` at level 6;
 * fflate writes the container and the checksums. The archive comes out as a list of byte chunks
 * (for a `Blob`, or joined by `joinBytes`). Entries carry a data descriptor (the streaming form of
 * ZIP), which every unzip tool reads; the files inside are byte for byte what was given.
 *
 * No DOM (the streams are in browsers and in Node).
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

/** Characters of text encoded and compressed in one piece (DEFLATE level 6 takes some 30–60 ms a megabyte in a browser: a few ms a slice). */
export const ZIP_SLICE_CHARS = 128 * 1024;

/**
 * `text` cut into slices of at most `max` UTF-16 units (a slice may be one shorter), never inside a
 * surrogate pair, so each slice encodes to UTF-8 on its own and the slices' bytes join to the text's.
 * An empty text gives one empty slice.
 */
export function textSlices(text: string, max = ZIP_SLICE_CHARS): string[] {
  if (max < 2) throw new RangeError('textSlices: max must be at least 2');
  const out: string[] = [];
  let at = 0;
  do {
    let end = Math.min(text.length, at + max);
    // Do not split a high surrogate from its low one.
    if (end < text.length) {
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
    }
    out.push(text.slice(at, end));
    at = end;
  } while (at < text.length);
  return out;
}

/** The byte chunks joined into one array. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A ZIP entry compressed by `CompressionStream('deflate-raw')`: fflate's pass-through entry (which
 * counts the size and the CRC-32 of what is pushed) with the compression put in, as fflate allows.
 */
class StreamDeflate extends ZipPassThrough {
  /** Settles when every compressed byte has gone to the archive. */
  readonly flushed: Promise<void>;
  #writer: WritableStreamDefaultWriter<BufferSource>;

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('deflate-raw');
    this.#writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    this.flushed = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return this.ondata(null, new Uint8Array(0), true);
        this.ondata(null, value, false);
      }
    })();
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    void this.#writer.write(chunk);
    if (final) void this.#writer.close();
  }
}

/** Whether this platform compresses in native code (`CompressionStream` with `deflate-raw`). */
function nativeDeflate(): boolean {
  try {
    return typeof CompressionStream === 'function' && new CompressionStream('deflate-raw') !== null;
  } catch {
    return false;
  }
}

/** A ZIP archive being written: add files one after another, then `end`. */
export class ZipWriter {
  /** The archive's bytes so far, in order. */
  readonly parts: Uint8Array[] = [];
  #zip: Zip;
  #error: Error | null = null;
  readonly #native: boolean;

  /** @param native compress with `CompressionStream` (default: where the platform has it) */
  constructor(native = nativeDeflate()) {
    this.#native = native;
    this.#zip = new Zip((err, chunk) => {
      if (err) this.#error ??= err;
      else this.parts.push(chunk);
    });
  }

  #check(): void {
    if (this.#error) throw this.#error;
  }

  /**
   * Adds a UTF-8 text file, compressed in slices; `step` is awaited after each slice (a pacing
   * checkpoint: it may pause, or throw to stop).
   * @param name the file's name in the archive
   * @param text its content
   * @param mtime its date in the archive
   * @throws what `step` throws; fflate's error when the file cannot be added (a name over 64 KiB)
   */
  async addText(name: string, text: string, mtime: Date, step: () => Promise<void>): Promise<void> {
    const file = this.#native ? new StreamDeflate(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    this.#zip.add(file);
    this.#check();
    const slices = textSlices(text);
    for (let i = 0; i < slices.length; i++) {
      file.push(strToU8(slices[i]!), i === slices.length - 1);
      if (file instanceof StreamDeflate && i === slices.length - 1) await file.flushed;
      this.#check();
      await step();
    }
  }

  /**
   * Ends the archive (writes the central directory).
   * @returns the archive's bytes, in order
   */
  end(): Uint8Array[] {
    this.#zip.end();
    this.#check();
    return this.parts;
  }

  /** Stops writing (after a cancel): what was written is dropped. */
  abort(): void {
    this.#zip.terminate();
    this.parts.length = 0;
  }
}
