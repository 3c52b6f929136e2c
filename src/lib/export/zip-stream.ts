/**
 * A ZIP written piece by piece, with fflate's streaming `Zip` and `ZipDeflate` (DEFLATE level 6,
 * as the one-shot `zipSync` used before): each file's text is encoded and compressed in slices of
 * `ZIP_SLICE_CHARS`, with a pacing checkpoint after each slice, so no single piece of work holds the
 * page for long. The archive comes out as a list of byte chunks (for a `Blob`, or joined by
 * `joinBytes`). Entries carry a data descriptor (the streaming form of ZIP), which every unzip tool
 * reads; the files inside are byte for byte what was given.
 *
 * Pure: no DOM.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';

/** Characters of text encoded and compressed in one piece (about 30–60 ms of work for 1 MB, so a quarter of that). */
export const ZIP_SLICE_CHARS = 256 * 1024;

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

/** A ZIP archive being written: add files one after another, then `end`. */
export class ZipWriter {
  /** The archive's bytes so far, in order. */
  readonly parts: Uint8Array[] = [];
  #zip: Zip;
  #error: Error | null = null;

  constructor() {
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
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    this.#zip.add(file);
    this.#check();
    const slices = textSlices(text);
    for (let i = 0; i < slices.length; i++) {
      file.push(strToU8(slices[i]!), i === slices.length - 1);
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
