/**
 * Changes stage of `layoutScene`: which members the step touched and how (`SceneNode.change`), from
 * the model's diff of the step (`stepDiff`: entries, exits, moves between bodies, changes of post),
 * and the others dimmed. The tag is drawn on the line under the member's label (up to LABEL_LINES + 1
 * lines in all, which still fit the node's cell).
 */
import type { Post, Organization } from '../model/types.ts';
import type { Transition } from '../model/timeline-types.ts';
import type { LayoutStrings } from './words.ts';
import { LABEL_FONT, LABEL_W, type SceneChange, type SceneNode } from './scene.ts';
import { wrapText } from './text.ts';

/** What `markChanges` reads besides the nodes. */
export interface ChangeContext {
  posts: ReadonlyMap<string, Post>;
  organizations: ReadonlyMap<string, Organization>;
  words: LayoutStrings;
  /** The room of one line of a label, in units (the cells' `labelW`; default `LABEL_W`): a longer tag ends with an ellipsis. */
  labelW?: number;
}

/**
 * The change of one member at the step, or null when the step did not touch them.
 * `enter` → the start cause; `exit` → the end cause; `move` or `role` → "→ <post>" (the short label of
 * the first post they now hold that they did not hold before, else of their body). The tag is one line
 * of `ctx.labelW` units in bold, ended with an ellipsis when it is longer.
 */
export function changeOf(t: Transition, ctx: ChangeContext): SceneChange {
  const change = changeTagged(t, ctx);
  const fit = wrapText(change.tag, ctx.labelW ?? LABEL_W, LABEL_FONT, 1, 'bold').lines[0] ?? '';
  return fit === change.tag ? change : { ...change, tag: fit };
}

/** `changeOf` before the tag is fitted to one line. */
function changeTagged(t: Transition, ctx: ChangeContext): SceneChange {
  const { words } = ctx;
  if (t.kind === 'enter') return { kind: 'enter', cause: t.cause, tag: words.changeTag('enter', t.cause) };
  if (t.kind === 'exit') return { kind: 'exit', cause: t.cause, tag: words.changeTag('exit', t.cause) };
  const fresh = t.to_posts.find((p) => !t.from_posts.includes(p)) ?? t.to_posts[0];
  const post = fresh !== undefined ? ctx.posts.get(fresh) : undefined;
  let to = post ? words.label(post.short_label ?? post.label) : '';
  if (to === '' && t.kind === 'move') {
    const o = ctx.organizations.get(t.to);
    to = o ? words.label(o.short_name ?? o.name) || t.to : t.to;
  }
  return { kind: 'post', cause: null, tag: words.changeTag('post', null, to) };
}

/**
 * Marks the nodes the step touched (`changes`, the step's diff) with their change; when any is
 * marked, every other node is dimmed. Returns the nodes (changed in place).
 * A member named by the diff but not drawn (e.g. someone who left with no tray) is skipped.
 */
export function markChanges(nodes: SceneNode[], changes: readonly Transition[], ctx: ChangeContext): SceneNode[] {
  if (changes.length === 0) return nodes;
  const byPerson = new Map(changes.map((t) => [t.person_id, t] as const));
  let marked = 0;
  for (const n of nodes) {
    const t = byPerson.get(n.person_id);
    // An exit is marked on the departed node, an entry or a move on the seated one.
    if (!t || (t.kind === 'exit') !== (n.kind === 'departed')) continue;
    n.change = changeOf(t, ctx);
    marked++;
  }
  if (marked > 0) for (const n of nodes) if (!n.change) n.dim = true;
  return nodes;
}
