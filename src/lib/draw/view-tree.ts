/**
 * The chart of one step as the user sees it: the scene (`layoutScene`, with the words of
 * `layoutWords`) and its drawing (`chartTree`, with the texts of `svgMeta`) in one language. Used
 * by the on-screen chart and by every export, so all of them are the same drawing.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { layoutScene } from '../layout/layout.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { Scene } from '../layout/scene.ts';
import { statedOnlyNote, svgMeta } from '../view/caption.ts';
import { layoutWords } from '../view/layout-words.ts';
import { chartTree, type DrawOptions } from './chart-tree.ts';
import type { ChartTree } from './svg-el.ts';

/**
 * Scene and drawing of a step, ready to render or serialise.
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param step 0-based step index
 * @param lang language of every text
 * @param opts `statedOnly`: the root gets `cmv-stated-only` (inferred parts greyed out); `layout`:
 *   `auto` (default), `hemicycle` or `nested` (`layoutScene`'s option); `reading`: the reading shown,
 *   named under the chart and in the description when the dataset has readings; with `statedOnly`
 *   the legend says what is greyed; `width`: the layout width in units (the screen's; absent in
 *   exports: `DEFAULT_WIDTH`)
 * @throws Error when the plan was built from another timeline (from `layoutScene`)
 */
export function viewTree(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang, opts: DrawOptions = {}): { scene: Scene; tree: ChartTree } {
  const options = opts.layout !== undefined || opts.width !== undefined ? { ...(opts.layout !== undefined ? { layout: opts.layout } : {}), ...(opts.width !== undefined ? { width: opts.width } : {}) } : undefined;
  const scene = layoutScene({ timeline, plan, step, lang, words: layoutWords(lang), ...(options ? { options } : {}) });
  const meta = svgMeta(timeline, step, lang, opts.reading ?? null);
  // Stated only: the legend says what is greyed.
  if (opts.statedOnly) meta.statedOnlyNote = statedOnlyNote(lang);
  return { scene, tree: chartTree(scene, meta, opts) };
}
