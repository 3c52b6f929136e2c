/**
 * `layoutHemicycle`: the scene of one step of a house, seats in a hemicycle (the `hemicycle`
 * layout of `layoutScene`; geometry in `hemicycle-geometry.ts`).
 *
 * - Seated people take the seats left to right in `seatingPlan` (grouped by party, each group's
 *   vacant seats, hollow, at the end of its block; see `hemicycle-order.ts`); seat i of the
 *   hemicycle goes to the i-th entry. People beyond the seat count sit in extra outer rows and are
 *   marked `overCapacity`. Seated nodes carry no visible label (a house has too many): the full label is
 *   their `title` (tooltip and accessible name).
 * - Departed people rest in the tray of their end cause as small dots, in the seat plan's slot
 *   order; a tray holding more than COMPACT_AT people at the step is `compact`: it shows one block
 *   with the number, and its people get no node (the page lists them by name).
 * - One box, the house's, titled like the nested layout's boxes; the legend and source line as in
 *   the nested layout.
 *
 * Reading order (keyboard focus): seats left to right, the extra rows, then the trays.
 */
import type { Person, Post } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { LayoutParts } from './input.ts';
import { byId } from './input.ts';
import { hemicycleGeometryFor, DOT_PITCH, DOT_R, COMPACT_AT, HEMICYCLE_WIDTH, type HemicycleGeometry } from './hemicycle-geometry.ts';
import { seatingPlan } from './hemicycle-order.ts';
import { departedNode, nodeLabel, nodeTitles } from './nodes.ts';
import { boxTitle } from './boxes.ts';
import { entrantsByCause, sceneTrays } from './trays.ts';
import { legendEntries, legendReserve, placeLegend } from './legend.ts';
import { BOX_PAD, MARGIN, TRAY_HEADER, type Scene, type SceneBox, type SceneNode, type SceneVacant } from './scene.ts';
import { r1 } from './round.ts';
import { areaOf } from '../model/areas.ts';
import { sceneGroups, type LayoutGroups } from './groups.ts';

const rect = (q: { x: number; y: number; w: number; h: number }) => ({ x: r1(q.x), y: r1(q.y), w: r1(q.w), h: r1(q.h) });

/** "<name> · <area>" (the name alone without an area). */
const withArea = (title: string, area: string) => (area === '' ? title : `${title} · ${area}`);

/** The house's box: "<name> · <members>/<seats>". */
function houseBox(geo: HemicycleGeometry, input: LayoutParts, seated: number): SceneBox {
  const org = input.organizations.find((o) => o.id === geo.house.org);
  const name = input.words.label(org?.name) || geo.house.org;
  const shortName = input.words.label(org?.short_name) || name;
  const seats = geo.bodies.every((b) => b.seats !== null) ? geo.seatCount : null;
  const countText = seats !== null ? `${seated}/${seats}` : `${seated}`;
  const h = geo.house;
  return {
    id: `box:${h.org}`,
    org: h.org,
    depth: 0,
    colorIndex: h.colorIndex,
    ...rect(h),
    title: boxTitle(name, shortName, countText, h.w - 2 * BOX_PAD),
    members: seated,
    seats,
  };
}

/** Seated nodes in seat order, and the vacant seats (each kept at the end of its group's block). */
function seatNodes(geo: HemicycleGeometry, input: LayoutParts & { step: number; groups: LayoutGroups }, persons: ReadonlyMap<string, Person>, posts: ReadonlyMap<string, Post>) {
  const { snapshot, plan, step, words } = input;
  const seating = seatingPlan(snapshot, plan, step, geo.seats.length, geo.houseOrgs, input.groups);
  const nodes: SceneNode[] = [];
  const vacant: SceneVacant[] = [];
  const r = r1(geo.nodeR);
  const seatsKnown = geo.bodies.every((b) => b.seats !== null);
  const titleOf = nodeTitles(persons, posts, words.label);
  seating.forEach((pid, i) => {
    const over = i >= geo.seats.length;
    const pos = over ? geo.extra[i - geo.seats.length] : geo.seats[i];
    if (pid === null) {
      // A house without a seat count shows no vacancy: its empty places are left blank.
      if (!seatsKnown) return;
      vacant.push({ key: `vacant:${geo.house.org}:${i}`, org: geo.house.org, region: geo.house.org, x: r1(pos!.x), y: r1(pos!.y), r });
      return;
    }
    const seat = snapshot.seats.get(pid)!;
    const entry = plan.entryAt(pid, step);
    const title = titleOf('seated', pid, seat.post_ids);
    const node: SceneNode = {
      key: pid,
      person_id: pid,
      kind: 'seated',
      org: seat.innermost,
      cause: null,
      colorIndex: geo.colorIndex.get(seat.innermost) ?? 0,
      // Beyond the reserved extra seats (a plan that disagrees with the snapshot): at the house's right edge.
      x: r1(pos?.x ?? geo.cx + geo.radius),
      y: r1(pos?.y ?? geo.cy),
      shape: 'circle',
      label: [],
      title: seat.post_ids.length === 0 && input.areas ? withArea(title, areaOf(input.areas, seat.membership_ids)) : title,
      inferred: seat.inferred,
      post_ids: [...seat.post_ids],
      entry_cause: entry?.arrival ?? null,
      isNew: entry !== null && entry.step === step && entry.joined === true,
      r,
      overCapacity: false,
    };
    const group = input.groups.at.get(pid);
    if (group !== undefined) node.group = group;
    nodes.push(node);
  });
  markLatestBeyond(nodes, geo.seats.length, (pid) => plan.entryAt(pid, step)?.step ?? -1, (pid) => {
    const place = plan.placeAt(pid, step);
    return place?.kind === 'seat' ? place.index : -1;
  });
  return { nodes, vacant };
}

/**
 * Who is beyond the seats when a house has more members than seats: the latest to arrive (the
 * by-election winners whose predecessors the data never ends), not whoever sits in the extra outer
 * row (the end of the last party's block). Marks the `members − seats` seated nodes that arrived
 * last (ties: the higher seat-plan cell, then the key) `overCapacity`, every other one not.
 */
function markLatestBeyond(nodes: SceneNode[], seats: number, arrivedAt: (pid: string) => number, cellOf: (pid: string) => number): void {
  for (const n of nodes) n.overCapacity = false;
  const beyond = nodes.length - seats;
  if (beyond <= 0) return;
  const latest = [...nodes].sort(
    (a, b) => arrivedAt(b.person_id) - arrivedAt(a.person_id) || cellOf(b.person_id) - cellOf(a.person_id) || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0),
  );
  for (const n of latest.slice(0, beyond)) n.overCapacity = true;
}

/** Departed dots by tray (slot order of the plan); none for a tray over COMPACT_AT. */
function trayNodes(geo: HemicycleGeometry, snapshot: Snapshot, input: LayoutParts & { step: number }, persons: ReadonlyMap<string, Person>, posts: ReadonlyMap<string, Post>) {
  const { plan, step, words } = input;
  const byCause = new Map<string, { pid: string; index: number }[]>();
  for (const [pid, dep] of snapshot.departed) {
    const place = plan.placeAt(pid, step);
    if (!place || place.kind !== 'tray' || place.cause !== dep.cause) {
      throw new Error(
        `layoutScene: person "${pid}" has left ("${dep.cause}") at step ${step} but the seat plan has no tray slot ` +
          'for them; build the plan from the same timeline.',
      );
    }
    let list = byCause.get(dep.cause);
    if (!list) byCause.set(dep.cause, (list = []));
    list.push({ pid, index: place.index });
  }
  const counts = new Map<string, number>();
  const nodes: SceneNode[] = [];
  for (const t of geo.trays) {
    if (t.plan.kind !== 'exit') continue;
    const list = byCause.get(t.plan.cause) ?? [];
    counts.set(t.plan.cause, list.length);
    // A compact tray draws no dot: its people need no order.
    if (list.length > COMPACT_AT) continue;
    list.sort((a, b) => a.index - b.index);
    list.forEach(({ pid }, k) => {
      const dep = snapshot.departed.get(pid)!;
      const label = nodeLabel('departed', pid, dep.last_post_ids, persons, posts, words.label);
      nodes.push(
        departedNode(pid, dep, label, t.x + BOX_PAD + DOT_R + (k % t.cols) * DOT_PITCH, t.y + TRAY_HEADER + DOT_PITCH / 2 + Math.floor(k / t.cols) * DOT_PITCH, DOT_R),
      );
    });
  }
  for (const cause of byCause.keys()) {
    if (!counts.has(cause)) throw new Error(`layoutScene: no tray for the end cause "${cause}"; build the plan from the same timeline.`);
  }
  return { nodes, counts };
}

/**
 * Lays out one step as a hemicycle (see the file comment). Width: `options.width`, default
 * HEMICYCLE_WIDTH (1360 units, so that the scene fits a 1400 × 900 window at 100 %).
 * @throws Error when the snapshot and the plan disagree (plan built from another timeline)
 */
export function layoutHemicycle(input: LayoutParts & { step: number; groups: LayoutGroups }): Scene {
  const { snapshot, plan, lang, step, words } = input;
  const geo = hemicycleGeometryFor(plan, input.organizations, input.options?.width ?? HEMICYCLE_WIDTH);
  const persons = byId(input.persons);
  const posts = byId(input.posts);
  const seated = seatNodes(geo, input, persons, posts);
  const departed = trayNodes(geo, snapshot, input, persons, posts);
  const nodes = [...seated.nodes, ...departed.nodes];
  const trays = sceneTrays(geo, departed.counts, entrantsByCause(nodes), words).map((t) =>
    t.kind === 'exit' && t.count > COMPACT_AT ? { ...t, compact: true } : t,
  );
  const orgs = byId(input.organizations);
  const groups = sceneGroups(input.groups, orgs, snapshot.seats.keys(), words);
  // Every body drawn in the hemicycle, nested ones too (their members have their colour).
  const legendOrder = input.plan.regions.filter((r) => geo.houseOrgs.has(r.org)).map((r) => ({ org: r.org, colorIndex: geo.colorIndex.get(r.org) ?? 0 }));
  const entries = legendEntries({ order: legendOrder }, plan, orgs, words, groups, input.groups.everySeatHasGroup === true);
  const { legend, source } = placeLegend(geo, entries, words.legendTitle, legendReserve(entries, input.groups, groups.length));
  return {
    width: r1(geo.width),
    height: r1(source.y + source.h + MARGIN),
    step,
    lang,
    caption: rect(geo.caption),
    chart: rect(geo.chart),
    boxes: [houseBox(geo, input, snapshot.seats.size)],
    nodes,
    vacant: seated.vacant,
    trays,
    legend,
    ...(groups.length > 0 ? { groups } : {}),
    source: rect(source),
    layout: 'hemicycle',
  };
}
