/**
 * The chart as the page shows it: the drawing without its caption head. The page says the
 * dataset (headline) and the step's caption (with the slider) once, so on screen the drawing
 * starts under its caption area; every exported file keeps the head.
 */
import type { Scene } from '../layout/scene.ts';
import { num } from '../layout/round.ts';
import type { Timeline } from '../model/steps.ts';

/**
 * The screen's viewBox of a scene: the whole width, from the bottom of the caption area
 * (`scene.caption`) to the bottom of the drawing. In the scene's units, as the SVG's `viewBox`
 * attribute: "0 <top> <width> <height − top>".
 */
export function screenViewBox(scene: Pick<Scene, 'width' | 'height' | 'caption'>): string {
  const top = Math.max(0, Math.min(scene.height, scene.caption.y + scene.caption.h));
  return `0 ${num(top)} ${num(scene.width)} ${num(scene.height - top)}`;
}

/**
 * The steps at which the dataset's readings differ (the step of each alternative's `event_id`,
 * e.g. the 1999 by-election), in order, without repeats: there the page marks the reading picker
 * under the chart as the step's own. Alternatives without a known event give none.
 */
export function readingStepsOf(timeline: Pick<Timeline, 'dataset' | 'stepIndexByEvent'>): number[] {
  const out = new Set<number>();
  for (const a of timeline.dataset.alternatives ?? []) {
    const i = a.event_id === undefined ? undefined : timeline.stepIndexByEvent.get(a.event_id);
    if (i !== undefined) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
