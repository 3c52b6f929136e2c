/**
 * A value from outside (a URL parameter, a file name, a dataset's text or id) made safe to show
 * inside a sentence. Used by the URL notices (`state/url.ts`) and by every import message
 * (`io/problems.ts`, on screen and on the command line), so a value can never reorder or break
 * the sentence around it.
 */

/** Control characters (C0, DEL, C1), bidirectional controls (LRM, RLM, ALM, LRE…PDF, LRI…PDI) and lone surrogates. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `value` with every control character, bidirectional control (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) and lone surrogate written as `\u{XXXX}` (hex, at least four
 * digits), so it cannot reorder the sentence it is shown in; then cut to `maxLength` UTF-16 code
 * units with "…" appended when longer (never inside a surrogate pair). Never throws.
 * @param value any string
 * @param maxLength the longest text kept before "…" (default 60, as URL notices show; `Infinity` keeps all)
 * @returns the text to show, e.g. `displayValue('\u202E4x')` → `\u{202E}4x`
 */
export function displayValue(value: string, maxLength = 60): string {
  const shown = value.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);
  if (shown.length <= maxLength) return shown;
  let cut = maxLength;
  const last = shown.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${shown.slice(0, cut)}…`;
}
