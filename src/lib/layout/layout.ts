/**
 * `layoutScene`: a pure function of (organizations, posts, persons, snapshot, seat plan, step,
 * language, words, options) → positioned items in abstract units (see `scene.ts`).
 *
 * Stages, each in its own module: geometry (`geometry.ts`: boxes, cells and trays; depends only on
 * the plan and the width), boxes (`boxes.ts`), seated and departed nodes in reading order
 * (`nodes.ts`, each seated node with its group), trays (`trays.ts`), vacant seats (`vacancies.ts`),
 * the groups (`groups.ts`), legend and source line (`legend.ts`), the placeholders of vacant posts
 * (`vacant-posts.ts`) and, for either layout, the members the step touched (`changes.ts`). The layout writes no words of its own: they come in as `LayoutStrings`
 * (`words.ts`), built from `i18n/` by `view/layout-words.ts`.
 *
 * `scene.nodes` is in reading order (seated by y then x, then departed tray by tray), which is the
 * order of the on-screen chart's keyboard focus. Language only changes text. All numbers are rounded
 * to 0.1 (`round.ts`).
 */
import { BOX_PAD, CELL_H, DEFAULT_WIDTH, LABEL_W, MARGIN, SHAPE_DX, TRAY_HEADER, type Rect, type Scene, type SceneNode } from './scene.ts';
import { geometryFor } from './geometry.ts';
import { byId, toParts, type LayoutInput } from './input.ts';
import { sceneBoxes } from './boxes.ts';
import { departedNodes, seatedNodes, sortReadingOrder, type NodeContext } from './nodes.ts';
import { entrantsByCause, sceneTrays } from './trays.ts';
import { vacantSeats } from './vacancies.ts';
import { legendEntries, legendReserve, placeLegend } from './legend.ts';
import { markOverCapacity } from './over-capacity.ts';
import { r1 } from './round.ts';
import { chooseLayout } from './hemicycle-mode.ts';
import type { layoutHemicycle as LayoutHemicycle } from './hemicycle-scene.ts';
import { sceneGroups } from './groups.ts';
import { markChanges } from './changes.ts';
import { vacantPostNodes } from './vacant-posts.ts';

export * from './scene.ts';
export type { LayoutInput, LayoutOptions } from './input.ts';
export type { LayoutStrings } from './words.ts';
export { chooseLayout, LAYOUT_CHOICES, type LayoutChoice, type LayoutMode } from './hemicycle-mode.ts';

/**
 * The hemicycle's layout (`hemicycle-scene.ts`), once given: it is its own chunk in the page, loaded
 * only for a dataset drawn as a hemicycle (parliaments, large houses), so the first load stays light.
 */
let hemicycle: typeof LayoutHemicycle | null = null;

/** Give `layoutScene` the hemicycle layout (code that imports it statically: exports, the command line, tests). */
export function provideHemicycle(layout: typeof LayoutHemicycle): void {
  hemicycle = layout;
}

/** Whether `layoutScene` can draw a hemicycle (`provideHemicycle` or `loadHemicycle` done). */
export function hemicycleReady(): boolean {
  return hemicycle !== null;
}

/** Load the hemicycle layout (a dynamic import) and give it to `layoutScene`. */
export async function loadHemicycle(): Promise<void> {
  if (!hemicycle) provideHemicycle((await import('./hemicycle-scene.ts')).layoutHemicycle);
}

const rect = (q: Rect): Rect => ({ x: r1(q.x), y: r1(q.y), w: r1(q.w), h: r1(q.h) });

/**
 * Lays out one step, as nested boxes or as a hemicycle (`options.layout`, default `auto`: the
 * hemicycle for a root body of more than 60 seats; `hemicycle-scene.ts`, which must have been given:
 * `provideHemicycle` or `loadHemicycle`).
 * @throws Error when the snapshot and the plan disagree (plan built from another timeline), or when
 *   a hemicycle is asked for before its layout was given
 */
export function layoutScene(inputArg: LayoutInput): Scene {
  const input = toParts(inputArg);
  let scene: Scene;
  // The room of a label's line, for the change tags: the cells' (narrower on a phone), LABEL_W in a hemicycle.
  let labelW = LABEL_W;
  if (chooseLayout(input.plan, input.organizations, input.options?.layout ?? 'auto') === 'hemicycle') {
    if (!hemicycle) throw new Error('layoutScene: the hemicycle layout is not loaded (await loadHemicycle() or call provideHemicycle first)');
    scene = hemicycle(input);
  } else {
    scene = layoutNested(input);
    labelW = geometryFor(input.plan, input.options?.width ?? DEFAULT_WIDTH).cells.labelW;
  }
  if (input.changes && input.changes.length > 0) {
    markChanges(scene.nodes, input.changes, {
      posts: byId(input.posts),
      organizations: byId(input.organizations),
      words: input.words,
      labelW,
    });
  }
  return scene;
}

/** The nested boxes of one step (see `layoutScene`). */
function layoutNested(input: ReturnType<typeof toParts>): Scene {
  const { snapshot, plan, lang, step, words } = input;
  const geo = geometryFor(plan, input.options?.width ?? DEFAULT_WIDTH);
  const orgs = byId(input.organizations);
  const ctx: NodeContext = { snapshot, plan, step, geo, persons: byId(input.persons), posts: byId(input.posts), words, groupOf: input.groups.at };
  const groups = sceneGroups(input.groups, orgs, snapshot.seats.keys(), words);

  const boxes = sceneBoxes(geo, plan, snapshot, orgs, words);
  const seated = seatedNodes(ctx);
  markOverCapacity(seated.nodes, plan, step);
  const departed = departedNodes(ctx);
  const nodes = sortReadingOrder([...seated.nodes, ...departed.nodes], geo);
  const trays = sceneTrays(geo, departed.trayCounts, entrantsByCause(nodes), words);
  const posts = byId(input.posts);
  const vacantPosts = vacantPostNodes(input.vacantPosts ?? [], posts, input.posts, plan, geo, seated.occupied, words);
  const placeholders = new Map<string, number>();
  for (const v of vacantPosts) placeholders.set(v.org, (placeholders.get(v.org) ?? 0) + 1);
  const vacant = vacantSeats(plan, snapshot, geo, seated.occupied, placeholders);
  const entries = legendEntries(geo, plan, orgs, words, groups, input.groups.everySeatHasGroup === true);
  const { legend, source } = placeLegend(geo, entries, words.legendTitle, legendReserve(entries, input.groups, groups.length));
  const height = source.y + source.h + MARGIN;

  return {
    width: r1(geo.width),
    height: r1(height),
    step,
    lang,
    caption: rect(geo.caption),
    chart: rect(geo.chart),
    boxes,
    nodes,
    vacant,
    ...(vacantPosts.length > 0 ? { vacantPosts } : {}),
    trays,
    legend,
    ...(groups.length > 0 ? { groups } : {}),
    source: rect(source),
  };
}

/**
 * Where a node enters from (a newcomer, by start cause) or exits to (by end cause, or a newcomer
 * going back when scrubbing backwards): the first slot of the tray of that cause. Without such a
 * tray: the chart's left edge (entry) or right edge (exit), half-way down.
 *
 * Given a node instead of a cause: a seated node uses its `entry_cause` (entry tray), a departed
 * node its end cause (exit tray).
 */
export function entryPoint(
  scene: Scene,
  causeOrNode: string | null | Pick<SceneNode, 'kind' | 'cause' | 'entry_cause'>,
  kind: 'entry' | 'exit' = 'entry',
): { x: number; y: number } {
  let cause: string | null;
  if (causeOrNode !== null && typeof causeOrNode === 'object') {
    kind = causeOrNode.kind === 'departed' ? 'exit' : 'entry';
    cause = causeOrNode.kind === 'departed' ? causeOrNode.cause : causeOrNode.entry_cause;
  } else cause = causeOrNode;
  const t = scene.trays.find((q) => q.kind === kind && q.cause === cause);
  if (t) return { x: r1(t.x + BOX_PAD + SHAPE_DX), y: r1(t.y + TRAY_HEADER + CELL_H / 2) };
  const c = scene.chart;
  return kind === 'entry' ? { x: r1(c.x), y: r1(c.y + c.h / 2) } : { x: r1(c.x + c.w), y: r1(c.y + c.h / 2) };
}
