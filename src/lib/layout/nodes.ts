/**
 * Nodes stage of `layoutScene`: one `SceneNode` per person, seated in their cell (from the seat plan)
 * or resting in the tray of their end cause, with their label, in reading order.
 */
import type { Person, Post } from '../model/types.ts';
import type { Snapshot } from '../model/timeline-types.ts';
import type { SeatPlan } from './seat-plan.ts';
import type { Geometry, TrayGeom } from './geometry.ts';
import type { LayoutStrings } from './words.ts';
import { BOX_PAD, CELL_H, LABEL_FONT, LABEL_LINES, LABEL_W, PITCH_X, PITCH_Y, SHAPE_DX, TRAY_HEADER, type SceneNode, type ShapeName } from './scene.ts';
import { wrapText } from './text.ts';
import { r1 } from './round.ts';

/** Shape of a node: seated = circle; departed by end cause (removed from the roll = cross, transfer = triangle, retirement = square, other = diamond). */
export function shapeFor(kind: 'seated' | 'departed', cause: string | null): ShapeName {
  if (kind === 'seated') return 'circle';
  switch (cause) {
    case 'removed_from_roll':
      return 'cross';
    case 'transfer':
      return 'triangle';
    case 'retirement':
      return 'square';
    default:
      return 'diamond';
  }
}

/**
 * A node's label. Seated: the label of the posts held (with the name first for a named person), else
 * the person's name. Departed: the person's name (for an anonymous person it says who they were, e.g.
 * "Bí thư Quận ủy (đến 1999)", where the post's label would now name their successor too), else the
 * posts' label. Falls back to the short post label when the full one does not fit, then to the id.
 * @param maxLines most lines (default LABEL_LINES)
 * @returns the label wrapped in at most `maxLines` lines of LABEL_W units, and the full text
 */
export function nodeLabel(
  kind: 'seated' | 'departed',
  personId: string,
  postIds: readonly string[],
  persons: ReadonlyMap<string, Person>,
  posts: ReadonlyMap<string, Post>,
  label: LayoutStrings['label'],
  maxLines = LABEL_LINES,
): { lines: string[]; title: string } {
  // The same people come back at every step: each label is kept for these lookups and this picker.
  let byPosts = labelMemo.get(persons);
  if (!byPosts) labelMemo.set(persons, (byPosts = new WeakMap()));
  let byLabel = byPosts.get(posts);
  if (!byLabel) byPosts.set(posts, (byLabel = new WeakMap()));
  let kept = byLabel.get(label);
  if (!kept) byLabel.set(label, (kept = new Map()));
  const head = maxLines === LABEL_LINES ? kind : `${kind}${maxLines}`;
  const key = postIds.length === 0 ? `${head} ${personId}` : `${head} ${personId}\u0000${postIds.join('\u0000')}`;
  let out = kept.get(key);
  if (!out) {
    out = makeLabel(kind, personId, postIds, persons, posts, label, maxLines);
    if (kept.size >= LABEL_MEMO_MAX) kept.clear();
    kept.set(key, out);
  }
  return { lines: [...out.lines], title: out.title };
}

/** Labels made by `nodeLabel`, by person lookup, post lookup and label picker, then by kind, person and posts. */
const labelMemo = new WeakMap<
  ReadonlyMap<string, Person>,
  WeakMap<ReadonlyMap<string, Post>, WeakMap<LayoutStrings['label'], Map<string, { lines: string[]; title: string }>>>
>();
/** Labels kept at most per lookups and picker; all are dropped past it. */
const LABEL_MEMO_MAX = 50_000;

function makeLabel(
  kind: 'seated' | 'departed',
  personId: string,
  postIds: readonly string[],
  persons: ReadonlyMap<string, Person>,
  posts: ReadonlyMap<string, Post>,
  label: LayoutStrings['label'],
  maxLines: number,
): { lines: string[]; title: string } {
  const person = persons.get(personId);
  const name = person ? label(person.name) : '';
  const ps = postIds.map((id) => posts.get(id)).filter((p): p is Post => p !== undefined);
  const full = ps.map((p) => label(p.label)).filter((s) => s !== '').join('; ');
  const short = ps.map((p) => label(p.short_label ?? p.label)).filter((s) => s !== '').join(', ');
  const named = person !== undefined && person.anonymous !== true && name !== '';
  const candidates: string[] = [];
  let title: string;
  if (ps.length === 0 || full === '' || (kind === 'departed' && name !== '')) {
    title = name || full || personId;
    candidates.push(title);
  } else if (named) {
    title = `${name} · ${full}`;
    candidates.push(title, `${name} · ${short}`);
  } else {
    title = full;
    candidates.push(full, short);
  }
  let wrapped = wrapText(candidates[0]!, LABEL_W, LABEL_FONT, maxLines);
  for (let i = 1; i < candidates.length && wrapped.truncated; i++) {
    wrapped = wrapText(candidates[i]!, LABEL_W, LABEL_FONT, maxLines);
  }
  return { lines: wrapped.lines, title };
}

/** What the node stages read. */
export interface NodeContext {
  snapshot: Snapshot;
  plan: SeatPlan;
  step: number;
  geo: Geometry;
  persons: ReadonlyMap<string, Person>;
  posts: ReadonlyMap<string, Post>;
  words: LayoutStrings;
  /** Each seated person's group at the step (person id → group id); empty without groups. */
  groupOf?: ReadonlyMap<string, string>;
}

/**
 * The seated people, each in the cell the seat plan gives them at the step.
 * @returns the nodes and, per region, the cell indexes they occupy
 * @throws Error when the snapshot and the plan disagree (plan built from another timeline)
 */
export function seatedNodes(ctx: NodeContext): { nodes: SceneNode[]; occupied: Map<string, Set<number>> } {
  const { snapshot, plan, step, geo } = ctx;
  const nodes: SceneNode[] = [];
  const occupied = new Map<string, Set<number>>();
  for (const [pid, seat] of snapshot.seats) {
    const entry = plan.entryAt(pid, step);
    const place = entry?.place ?? null;
    if (!place || place.kind !== 'seat' || place.region !== seat.innermost) {
      throw new Error(
        `layoutScene: person "${pid}" sits in "${seat.innermost}" at step ${step} but the seat plan ` +
          `places them ${place ? (place.kind === 'seat' ? `in "${place.region}"` : `in the "${place.cause}" tray`) : 'nowhere'}; ` +
          'build the plan from the same timeline.',
      );
    }
    const g = geo.regions.get(place.region)!;
    let occ = occupied.get(place.region);
    if (!occ) occupied.set(place.region, (occ = new Set()));
    occ.add(place.index);
    const label = nodeLabel('seated', pid, seat.post_ids, ctx.persons, ctx.posts, ctx.words.label);
    const isNew = entry !== null && entry.step === step && entry.joined === true;
    const group = ctx.groupOf?.get(pid);
    nodes.push({
      key: pid,
      person_id: pid,
      kind: 'seated',
      org: seat.innermost,
      cause: null,
      colorIndex: g.colorIndex,
      x: r1(g.cells[2 * place.index]! + SHAPE_DX),
      y: r1(g.cells[2 * place.index + 1]! + CELL_H / 2),
      shape: 'circle',
      label: label.lines,
      title: label.title,
      inferred: seat.inferred,
      post_ids: [...seat.post_ids],
      entry_cause: entry?.arrival ?? null,
      isNew,
      overCapacity: false,
      ...(group !== undefined ? { group } : {}),
    });
  }
  return { nodes, occupied };
}

/**
 * The departed people, each in their slot of the tray of their end cause.
 * @returns the nodes and the number of departed people per cause
 * @throws Error when the plan has no tray slot for someone who left (plan built from another timeline)
 */
export function departedNodes(ctx: NodeContext): { nodes: SceneNode[]; trayCounts: Map<string, number> } {
  const { snapshot, plan, step, geo } = ctx;
  const trayByCause = new Map<string, TrayGeom>();
  for (const t of geo.trays) if (t.plan.kind === 'exit') trayByCause.set(t.plan.cause, t);
  const nodes: SceneNode[] = [];
  const trayCounts = new Map<string, number>();
  for (const [pid, dep] of snapshot.departed) {
    const place = plan.placeAt(pid, step);
    const t = trayByCause.get(dep.cause);
    if (!place || place.kind !== 'tray' || place.cause !== dep.cause || !t) {
      throw new Error(
        `layoutScene: person "${pid}" has left ("${dep.cause}") at step ${step} but the seat plan has no tray slot ` +
          'for them; build the plan from the same timeline.',
      );
    }
    trayCounts.set(dep.cause, (trayCounts.get(dep.cause) ?? 0) + 1);
    const label = nodeLabel('departed', pid, dep.last_post_ids, ctx.persons, ctx.posts, ctx.words.label);
    const col = place.index % t.cols;
    const row = Math.floor(place.index / t.cols);
    nodes.push(departedNode(pid, dep, label, t.x + BOX_PAD + col * PITCH_X + SHAPE_DX, t.y + TRAY_HEADER + row * PITCH_Y + CELL_H / 2));
  }
  return { nodes, trayCounts };
}

/**
 * The node of a departed person resting in the tray of their end cause, centred at (x, y) in units
 * (rounded here): shaped by the cause, labelled with `label.lines` (none when `r` is given: a small
 * dot of radius `r`, as in a hemicycle's trays), titled with the full label.
 */
export function departedNode(
  pid: string,
  dep: { cause: string; inferred: boolean; last_post_ids: readonly string[] },
  label: { lines: string[]; title: string },
  x: number,
  y: number,
  r?: number,
): SceneNode {
  return {
    key: pid,
    person_id: pid,
    kind: 'departed',
    org: null,
    cause: dep.cause,
    colorIndex: -1,
    x: r1(x),
    y: r1(y),
    shape: shapeFor('departed', dep.cause),
    label: r === undefined ? label.lines : [],
    title: label.title,
    inferred: dep.inferred,
    post_ids: [...dep.last_post_ids],
    entry_cause: null,
    isNew: false,
    overCapacity: false,
    ...(r !== undefined ? { r } : {}),
  };
}

/**
 * Sorts nodes in reading order (the keyboard's focus order on screen): seated people by y then x;
 * then the departed, tray by tray (in the order of `geo.trays`' exit trays), each tray by y then x;
 * ties by key. Sorts in place and returns the array.
 */
export function sortReadingOrder(nodes: SceneNode[], geo: Geometry): SceneNode[] {
  const trayRank = new Map(geo.trays.filter((t) => t.plan.kind === 'exit').map((t, i) => [t.plan.cause, i] as const));
  const rankOf = (n: SceneNode) => (n.kind === 'seated' ? -1 : (trayRank.get(n.cause ?? '') ?? geo.trays.length));
  return nodes.sort((a, b) => rankOf(a) - rankOf(b) || a.y - b.y || a.x - b.x || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
