/**
 * Boxes stage of `layoutScene`: one `SceneBox` per body, at its geometry, titled
 * "<name> · <members>/<seats>" (just members when the body has no seats). The title falls back to
 * the short name, then to a cut short name, so that it fits the box.
 */
import type { Organization } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { SeatPlan } from './seat-plan.ts';
import type { Geometry } from './geometry.ts';
import type { LayoutStrings } from './words.ts';
import { BOX_PAD, BOX_TITLE_FONT, type SceneBox } from './scene.ts';
import { fitText } from './text.ts';
import { r1 } from './round.ts';

/**
 * A box's title: "<name> · <count>", else "<short name> · <count>", else the short name cut to fit
 * (40 units are kept for the count).
 * @param room width available for the title, in units
 */
export function boxTitle(name: string, shortName: string, countText: string, room: number): string {
  let title = `${name} · ${countText}`;
  if (fitText(title, room, BOX_TITLE_FONT, 'bold') !== title) {
    title = `${shortName} · ${countText}`;
    if (fitText(title, room, BOX_TITLE_FONT, 'bold') !== title) {
      title = `${fitText(shortName, room - 40, BOX_TITLE_FONT, 'bold')} · ${countText}`;
    }
  }
  return title;
}

/** The boxes of every body, in pre-order, with the members counted at the snapshot. */
export function sceneBoxes(
  geo: Geometry,
  plan: SeatPlan,
  snapshot: Snapshot,
  orgs: ReadonlyMap<string, Organization>,
  words: LayoutStrings,
): SceneBox[] {
  return geo.order.map((g) => {
    const org = orgs.get(g.org);
    const r = plan.region.get(g.org)!;
    const members = snapshot.counts[g.org] ?? snapshot.members.get(g.org)?.size ?? 0;
    const countText = r.seats !== null ? `${members}/${r.seats}` : `${members}`;
    const name = words.label(org?.name) || g.org;
    const shortName = words.label(org?.short_name) || name;
    return {
      id: `box:${g.org}`,
      org: g.org,
      depth: g.depth,
      colorIndex: g.colorIndex,
      x: r1(g.x),
      y: r1(g.y),
      w: r1(g.w),
      h: r1(g.h),
      title: boxTitle(name, shortName, countText, g.w - 2 * BOX_PAD),
      members,
      seats: r.seats,
    };
  });
}
