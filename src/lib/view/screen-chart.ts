/**
 * The chart as the page shows it: the drawing without its caption head. The page says the
 * dataset (headline) and the step's caption (with the slider) once, so on screen the drawing
 * starts under its caption area; every exported file keeps the head.
 */
import type { Scene } from '../layout/scene.ts';
import { num } from '../layout/round.ts';

/**
 * The screen's viewBox of a scene: the whole width, from the bottom of the caption area
 * (`scene.caption`) to the bottom of the drawing. In the scene's units, as the SVG's `viewBox`
 * attribute: "0 <top> <width> <height − top>".
 */
export function screenViewBox(scene: Pick<Scene, 'width' | 'height' | 'caption'>): string {
  const top = Math.max(0, Math.min(scene.height, scene.caption.y + scene.caption.h));
  return `0 ${num(top)} ${num(scene.width)} ${num(scene.height - top)}`;
}
