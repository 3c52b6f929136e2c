/** A damaged kept record as text, for the user to rescue (the dataset list's "export raw"). */

/**
 * The record exactly as it was read, as JSON text (two-space indentation, trailing newline), for
 * the user to rescue by hand. Values JSON cannot hold are written as JSON can (a Date as its ISO
 * text, a BigInt as its digits, undefined as null); it never throws.
 */
export function rawRecordJson(raw: unknown): string {
  try {
    const text = JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
    return `${text ?? 'null'}\n`;
  } catch {
    return `${JSON.stringify(String(raw))}\n`;
  }
}
