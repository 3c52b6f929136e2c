/**
 * The width a chart is laid out at on a screen, from the room it has there: the same layout code
 * then gives the phone, the desktop and the exports (which keep `DEFAULT_WIDTH`). The screen
 * draws the scene across its container, so `container px / scene units` is the drawing's scale and
 * a member label (`LABEL_FONT` units) is drawn `LABEL_FONT × scale` CSS px high. The layout width is
 * chosen so that this is at least `minLabelPx(container)`: 11 px on a phone (up to 600 px), 9 px
 * from 1,000 px (what a 1,366-px desktop showed before), in between a straight line; and never
 * wider than `DEFAULT_WIDTH`, the exports' width, so a wide screen shows the exported picture.
 *
 * Pure: no DOM. Units as in `scene.ts` (1 unit = 1 CSS px at scale 1).
 */
import { DEFAULT_WIDTH, LABEL_FONT } from './scene.ts';

/** Smallest member label on a phone, in CSS px (issue 13: at 360 px, labels of at least 11 px). */
export const PHONE_LABEL_PX = 11;
/** Smallest member label on a desktop, in CSS px. */
export const DESKTOP_LABEL_PX = 9;
/** Containers up to this width (CSS px) get `PHONE_LABEL_PX`. */
export const PHONE_MAX_PX = 600;
/** Containers from this width (CSS px) get `DESKTOP_LABEL_PX`. */
export const DESKTOP_MIN_PX = 1000;
/** Layout widths are whole multiples of this (units), so a resize by a few pixels lays nothing out again. */
export const WIDTH_QUANTUM = 4;

/**
 * The smallest member label, in CSS px, for a container `px` wide: `PHONE_LABEL_PX` up to
 * `PHONE_MAX_PX`, `DESKTOP_LABEL_PX` from `DESKTOP_MIN_PX`, linear between.
 */
export function minLabelPx(px: number): number {
  if (px <= PHONE_MAX_PX) return PHONE_LABEL_PX;
  if (px >= DESKTOP_MIN_PX) return DESKTOP_LABEL_PX;
  return PHONE_LABEL_PX + ((DESKTOP_LABEL_PX - PHONE_LABEL_PX) * (px - PHONE_MAX_PX)) / (DESKTOP_MIN_PX - PHONE_MAX_PX);
}

/**
 * The layout width (units) for a chart container `px` CSS px wide, and the scale it is drawn at
 * (CSS px per unit) if the scene is as wide as asked: `width = px × LABEL_FONT / minLabelPx(px)`,
 * rounded down to `WIDTH_QUANTUM`, at most `DEFAULT_WIDTH`. A scene may come out wider than asked
 * when its bodies cannot be narrower (`buildGeometry`); it is then drawn smaller.
 * @param px the container's width in CSS px; not a positive finite number (not measured yet): the
 *   exports' width, `DEFAULT_WIDTH`, at scale 1
 * @returns `{ width, scale }`, width a positive multiple of `WIDTH_QUANTUM` (or `DEFAULT_WIDTH`)
 */
export function fitChartWidth(px: number): { width: number; scale: number } {
  if (!(px > 0) || !Number.isFinite(px)) return { width: DEFAULT_WIDTH, scale: 1 };
  const raw = (px * LABEL_FONT) / minLabelPx(px);
  const width = Math.min(DEFAULT_WIDTH, Math.max(WIDTH_QUANTUM, Math.floor(raw / WIDTH_QUANTUM) * WIDTH_QUANTUM));
  return { width, scale: px / width };
}
