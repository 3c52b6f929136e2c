/**
 * Groups stage of `layoutScene`: the groups (parties, parliamentary groups) of the scene, in seat
 * order, each with its label, its member count at the step and its colour (the data's `color`, else
 * a palette index); and who sits for which group at the step. Groups are affiliations: they get no
 * box, only a colour on their members' nodes and an entry in the legend.
 */
import type { Organization } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { groupCountSeries, groupIndex, groupOrder, groupsAtStep } from '../model/group-at.ts';
import { groupPaletteIndex, isHexColor } from '../model/groups.ts';
import type { LayoutStrings } from './words.ts';

/** What the layout knows of the groups at one step. */
export interface LayoutGroups {
  /** Group ids in seat order over the whole term (`groupOrder`). */
  order: readonly string[];
  /** Each seated person's group at the step, person id → group id (`groupsAtStep`). */
  at: ReadonlyMap<string, string>;
  /**
   * True when every seated person sits for a group at every step (`GroupIndex.everySeatHasGroup`):
   * then no node has its body's colour, and the legend leaves out the bodies' "sitting member" items.
   */
  everySeatHasGroup?: boolean;
  /**
   * Each group's palette index (`groupPaletteIndex`: the dataset's order of organizations, the same
   * at every step and in every term); absent: by place in `order` among the groups without a colour.
   */
  palette?: ReadonlyMap<string, number>;
  /** The most groups with members at any one step of the term (the legend keeps room for them); absent: every group. */
  present?: number;
}

/** A group as the scene draws it (legend entry, node colour). */
export interface SceneGroup {
  /** The group's organization id. */
  id: string;
  /** Short name, else name, else id, in the scene's language. */
  label: string;
  /** Members sitting for it at the step. */
  count: number;
  /** The data's colour (`Organization.color`, `#rrggbb`), or null: then the palette's colour `colorIndex`. */
  color: string | null;
  /** Palette index: position among the groups of `order` without a data colour (-1 for one with). */
  colorIndex: number;
}


/** The groups of a whole timeline at `step` (empty for a dataset without groups or an object that is no full timeline). */
export function groupsFromTimeline(timeline: unknown, step: number): LayoutGroups {
  const t = timeline as Partial<Timeline>;
  if (!(t.groupIds instanceof Set) || t.groupIds.size === 0 || !Array.isArray(t.spans)) return { order: [], at: new Map() };
  const tl = t as Timeline;
  return {
    order: groupOrder(tl),
    at: groupsAtStep(tl, step),
    everySeatHasGroup: groupIndex(tl).everySeatHasGroup,
    palette: groupPaletteIndex(tl.dataset, tl.groupIds),
    present: mostPresent(tl),
  };
}

const presentCache = new WeakMap<Timeline, number>();

/** The most groups with at least one member at one step of the timeline. O(groups × steps), once per timeline. */
function mostPresent(tl: Timeline): number {
  let n = presentCache.get(tl);
  if (n !== undefined) return n;
  const series = [...groupCountSeries(tl).values()];
  n = 0;
  for (let i = 0; i < tl.steps.length; i++) n = Math.max(n, series.filter((s) => (s[i] ?? 0) > 0).length);
  presentCache.set(tl, n);
  return n;
}

/**
 * The scene's groups, in `groups.order`: label, count at the step (of the people in `seated`),
 * colour. Deterministic: a group's colour index comes from `groups.palette` (the dataset's order of
 * organizations), else from the order, so it is the same at every step and in every term.
 * O(groups + seated people).
 */
export function sceneGroups(
  groups: LayoutGroups,
  orgs: ReadonlyMap<string, Organization>,
  seated: Iterable<string>,
  words: Pick<LayoutStrings, 'label'>,
): SceneGroup[] {
  const counts = new Map<string, number>();
  for (const p of seated) {
    const g = groups.at.get(p);
    if (g !== undefined) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let next = 0;
  return groups.order.map((id) => {
    const o = orgs.get(id);
    const color = isHexColor(o?.color) ? o.color : null;
    return {
      id,
      label: words.label(o?.short_name) || words.label(o?.name) || id,
      count: counts.get(id) ?? 0,
      color,
      colorIndex: color === null ? (groups.palette?.get(id) ?? next++) : -1,
    };
  });
}
