/**
 * The names behind the compact trays of a hemicycle scene: a tray holding too many people to draw
 * one by one shows only their number (`SceneTray.compact`); the page lists them here, so every
 * departed person stays reachable by keyboard and screen reader.
 */
import type { Timeline } from '../model/steps.ts';
import type { Lang } from '../model/types.ts';
import type { Scene } from '../layout/scene.ts';
import { naturalCompare } from '../layout/natural-compare.ts';
import { personName } from './names.ts';

/** One compact tray's list. */
export interface TrayList {
  /** The tray's id (`exit:<cause>`). */
  id: string;
  cause: string;
  /** The tray's title, as drawn ("Died · 45"). */
  title: string;
  /** The people in it at the step, by name (then id). */
  people: { id: string; name: string }[];
}

/** One collator per language (`localeCompare` with options makes a new one at every call). */
const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { numeric: true })));
  return c;
}

/**
 * The lists of the scene's compact trays, in tray order; [] when no tray is compact.
 * @param scene the step's scene (`layoutScene`)
 * @param timeline the same timeline (its snapshot at `scene.step` says who is in which tray)
 */
export function compactTrayLists(scene: Scene, timeline: Timeline, lang: Lang): TrayList[] {
  const compact = scene.trays.filter((t) => t.compact === true && t.kind === 'exit');
  if (compact.length === 0) return [];
  const snapshot = timeline.snapshotAt(scene.step);
  return compact.map((t) => {
    const people: { id: string; name: string }[] = [];
    for (const [pid, dep] of snapshot.departed) if (dep.cause === t.cause) people.push({ id: pid, name: personName(timeline, pid, lang) });
    const byName = collator(lang);
    people.sort((a, b) => byName.compare(a.name, b.name) || naturalCompare(a.id, b.id));
    return { id: t.id, cause: t.cause, title: t.title, people };
  });
}
