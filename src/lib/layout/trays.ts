/**
 * Trays stage of `layoutScene`: the exit trays (one per end cause of the whole timeline) titled
 * "<cause> · <people who left so>", and the entry trays (start causes other than `elected`) titled
 * with the cause alone: a tray's count is what it shows, and an entry tray is empty at rest.
 */
import type { Geometry } from './geometry.ts';
import type { LayoutStrings } from './words.ts';
import { BOX_PAD, TRAY_TITLE_FONT, type SceneNode, type SceneTray } from './scene.ts';
import { wrapText } from './text.ts';
import { r1 } from './round.ts';

/** Newcomers at this step, counted by the start cause that names their entry tray. */
export function entrantsByCause(nodes: readonly SceneNode[]): Map<string, number> {
  const entrants = new Map<string, number>();
  for (const n of nodes) if (n.isNew && n.entry_cause !== null) entrants.set(n.entry_cause, (entrants.get(n.entry_cause) ?? 0) + 1);
  return entrants;
}

/**
 * The trays of the scene, in the geometry's order (entry column first, then exits; below a narrow
 * chart, exits first).
 * @param trayCounts departed people per end cause at the step
 * @param entrants newcomers per start cause at the step
 */
export function sceneTrays(
  geo: Pick<Geometry, 'trays'>,
  trayCounts: ReadonlyMap<string, number>,
  entrants: ReadonlyMap<string, number>,
  words: LayoutStrings,
): SceneTray[] {
  return geo.trays.map((t) => {
    const count = t.plan.kind === 'exit' ? (trayCounts.get(t.plan.cause) ?? 0) : (entrants.get(t.plan.cause) ?? 0);
    const name = words.causeLabel(t.plan.kind, t.plan.cause);
    // An entry tray is empty at rest (newcomers pass through it): its title has no count.
    const title = t.plan.kind === 'exit' ? `${name} · ${count}` : name;
    return {
      id: t.plan.id,
      kind: t.plan.kind,
      cause: t.plan.cause,
      x: r1(t.x),
      y: r1(t.y),
      w: r1(t.w),
      h: r1(t.h),
      title,
      titleLines: wrapText(title, t.w - 2 * BOX_PAD, TRAY_TITLE_FONT, 2, 'bold').lines,
      count,
    };
  });
}
