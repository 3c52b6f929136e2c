/**
 * Vacant posts stage of `layoutScene`: a post that nobody holds at the step, between a holder who
 * left and a successor who comes later (the Secretary's post after the Secretary retired, before the
 * by-election), is drawn as a labelled placeholder in the post's own place in its body (`postSlots`: the body's posts in dataset order are
 * its first cells), when that cell is free.
 */
import type { Post } from '../model/types.ts';
import type { SeatPlan } from './seat-plan.ts';
import type { Geometry } from './geometry.ts';
import type { LayoutStrings } from './words.ts';
import { postSlots } from './seat-plan-input.ts';
import { CELL_H, LABEL_FONT, LABEL_LINES, SHAPE_DX, type SceneVacantPost } from './scene.ts';
import { wrapText } from './text.ts';
import { r1 } from './round.ts';

/** A membership's place on the step axis, as `model/spans.ts` gives it (only what is read here). */
export interface PostSpan {
  membership: { post_id?: string | null };
  start: number;
  end: number;
  live: boolean;
}

/** The steps each post is held, as [start, end) intervals, by post id; kept per list of spans. */
const heldMemo = new WeakMap<readonly PostSpan[], Map<string, { start: number; end: number }[]>>();

function heldIntervals(spans: readonly PostSpan[]): Map<string, { start: number; end: number }[]> {
  let out = heldMemo.get(spans);
  if (out) return out;
  out = new Map();
  for (const sp of spans) {
    const id = sp.membership.post_id;
    if (!sp.live || typeof id !== 'string' || id === '' || sp.end <= sp.start) continue;
    const list = out.get(id);
    if (list) list.push({ start: sp.start, end: sp.end });
    else out.set(id, [{ start: sp.start, end: sp.end }]);
  }
  heldMemo.set(spans, out);
  return out;
}

/**
 * The posts vacant at `step`, in dataset order: nobody holds them, a holder left at or before it and
 * a successor comes after it — the role table's "vacant" (`roleTable` of `model/history.ts`). A post
 * whose holder left and that nobody takes later is not drawn as vacant: the source does not say it
 * was left empty (the role table's "not stated"; `data/README.md`, "vacant" vs "not stated").
 * O(posts + their memberships) after the first call for the same spans.
 */
export function vacantPostIds(spans: readonly PostSpan[], posts: readonly Post[], step: number): string[] {
  const held = heldIntervals(spans);
  const out: string[] = [];
  for (const p of posts) {
    const list = held.get(p.id);
    if (!list) continue;
    let now = false;
    let left = false;
    let later = false;
    for (const iv of list) {
      if (iv.start <= step && step < iv.end) now = true;
      if (iv.end <= step) left = true;
      if (iv.start > step) later = true;
    }
    if (!now && left && later) out.push(p.id);
  }
  return out;
}

/**
 * The placeholders of the vacant posts: each in the cell of its place in its body when that cell
 * exists and no member sits there (else it is not drawn: the body's count and vacancies still say it).
 * @param occupied per region, the cells members occupy; the placeholders' cells are added to it
 */
export function vacantPostNodes(
  ids: readonly string[],
  posts: ReadonlyMap<string, Post>,
  allPosts: readonly Post[],
  plan: SeatPlan,
  geo: Geometry,
  occupied: Map<string, Set<number>>,
  words: LayoutStrings,
): SceneVacantPost[] {
  if (ids.length === 0) return [];
  const slots = postSlots(allPosts);
  const out: SceneVacantPost[] = [];
  for (const id of ids) {
    const p = posts.get(id);
    const s = slots.get(id);
    const region = s ? plan.region.get(s.org) : undefined;
    const g = s ? geo.regions.get(s.org) : undefined;
    if (!p || !s || !region || !g || s.slot >= region.capacity) continue;
    let occ = occupied.get(s.org);
    if (!occ) occupied.set(s.org, (occ = new Set()));
    if (occ.has(s.slot)) continue;
    occ.add(s.slot);
    const title = words.vacantPost(words.label(p.short_label ?? p.label) || id);
    out.push({
      key: `post:${id}`,
      post_id: id,
      org: s.org,
      ...(region.seatOrg !== null ? { seatOrg: region.seatOrg } : {}),
      x: r1(g.cells[2 * s.slot]! + SHAPE_DX),
      y: r1(g.cells[2 * s.slot + 1]! + CELL_H / 2),
      label: wrapText(title, geo.cells.labelW, LABEL_FONT, LABEL_LINES).lines,
      title,
    });
  }
  return out;
}
