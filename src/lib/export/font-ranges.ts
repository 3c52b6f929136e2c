/**
 * Code point ranges of the embedded fonts (no imports, so that `scripts/gen-font-metrics.ts` can use
 * them before the generated files exist).
 */

/** Code point ranges (inclusive) of the fallback symbol font: the common arrows (Be Vietnam Pro has none). */
export const SYMBOL_RANGES: readonly (readonly [number, number])[] = [
  [0x2190, 0x2199],
  [0x21d0, 0x21d5],
];

/** `U+2190-2199,U+21D0-21D5`. */
export const SYMBOL_UNICODE_RANGE = SYMBOL_RANGES.map(([a, b]) => `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`).join(',');
