/**
 * The on-screen chart's words and keyboard movement, as pure functions over the scene.
 */
import type { Timeline } from '../model/steps.ts';
import type { Lang } from '../model/types.ts';
import type { SceneNode } from '../layout/scene.ts';
import { STRINGS } from '../i18n/strings.ts';
import { endCauseLabel, orgShortName } from './names.ts';
import { textWidth } from '../layout/text.ts';

/**
 * A node's name for screen readers: its title, then the step's tag when the step touched it (as drawn,
 * under the label), then its end cause (departed; not after a leaver's tag, which says the same) or its
 * innermost body (seated), then "suy luận"/"inferred" when it rests on inference; so the name holds every
 * text drawn in the node.
 * "Bí thư Quận ủy (đến 1999) — Nghỉ hưu — suy luận".
 */
export function nodeAccessibleName(node: SceneNode, timeline: Timeline, lang: Lang): string {
  const parts = [node.title];
  // A member the step touched: the tag drawn under the label says what happened (for a leaver, instead of the tray's cause).
  if (node.change) parts.push(node.change.tag);
  if (node.kind === 'departed' && node.cause && !node.change) parts.push(endCauseLabel(node.cause, lang));
  else if (node.org) parts.push(orgShortName(timeline, node.org, lang));
  if (node.inferred) parts.push(STRINGS[lang].inferred);
  return parts.join(' — ');
}

/** A key of the chart's keyboard movement. */
export type ChartKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

const DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * Where a key moves the focus among positioned items (layout units, y down): Home/End to the first
 * or last item (reading order = array order); an arrow to the nearest item in that direction, the
 * one minimising `distance along + 3 × distance across` among items more than 1 unit ahead.
 * @returns the item's key, or null (unknown current key, no item that way, or another key)
 */
export function nextByKey(items: readonly { key: string; x: number; y: number }[], current: string, key: string): string | null {
  const cur = items.find((i) => i.key === current);
  if (!cur) return null;
  if (key === 'Home') return items[0]?.key ?? null;
  if (key === 'End') return items[items.length - 1]?.key ?? null;
  const dir = DIRECTIONS[key];
  if (!dir) return null;
  let best = Infinity;
  let next: string | null = null;
  for (const it of items) {
    if (it.key === current) continue;
    const dx = it.x - cur.x;
    const dy = it.y - cur.y;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 1) continue;
    const across = Math.abs(dx * dir[1] + dy * dir[0]);
    const score = along + 3 * across;
    if (score < best) {
      best = score;
      next = it.key;
    }
  }
  return next;
}

/** The largest size of the step label behind the chart while playing, in units (CSS px at 100 %). */
export const WATERMARK_MAX = 96;

/**
 * The font size (units) of the step label drawn behind the chart while playing: `WATERMARK_MAX`, or
 * less so that `text` in bold takes at most 90 % of `width` (a phone's chart is about 324 units wide:
 * "1999 · retirements" at 96 would run far past both sides).
 */
export function watermarkSize(text: string, width: number): number {
  const at = textWidth(text, WATERMARK_MAX, 'bold');
  return at <= 0 || width <= 0 ? WATERMARK_MAX : Math.min(WATERMARK_MAX, Math.floor((WATERMARK_MAX * 0.9 * width) / at));
}
