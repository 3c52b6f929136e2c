/**
 * The one rounding rule of every number the layout, the drawing and the exported files write:
 * to 0.1 unit, never "-0". Layout positions are rounded with `r1`; the drawing writes attribute
 * values with `num` (the same rounding, as text), so the screen, the SVG and the PNG agree.
 */

/**
 * A number rounded to 0.1 (half away from zero for positives, as `Math.round`), `-0` written as 0.
 * @param v any finite number (units of the scene, pixels or years)
 */
export function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

/** `r1(v)` as text, for SVG attribute values ("12.5", "0", "-3"). */
export function num(v: number): string {
  return String(r1(v));
}

/**
 * A scale factor as text, rounded to 0.0001 (a `scale(…)` in a `transform`: 0.1 would move a
 * drawing by whole units). The glyph outlines of `export/outline.ts` use hundredths of a font unit,
 * their own precision.
 */
export function scaleNum(v: number): string {
  const r = Math.round(v * 10000) / 10000;
  return String(r === 0 ? 0 : r);
}
