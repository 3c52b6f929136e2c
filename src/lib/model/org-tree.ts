/**
 * The nesting of organizations by `parent_id` (the BTV inside the BCH, the TTQU inside the BTV).
 * Pure and tolerant: unknown parents and cycles are broken (and reported in `cycles`) so that
 * every organization still gets a depth; `validateDataset` turns them into problems.
 */
import type { Organization } from './types.ts';

/** The organization tree of a dataset. Every map has one entry per distinct organization id. */
export interface OrgTree {
  /** 0 for a root (no parent, unknown parent, or the point where a cycle was cut), parent's depth + 1 otherwise. */
  depth: Map<string, number>;
  /** Direct children of each organization, in dataset order. */
  children: Map<string, string[]>;
  /** Roots in dataset order. */
  roots: string[];
  /** Dataset position of each organization id (first occurrence). */
  order: Map<string, number>;
  /** The effective parent (null for roots), after unknown parents and cycles are cut. */
  parent: Map<string, string | null>;
  /** Each cycle found, as the ids along it starting and ending with the same id: ["a", "b", "a"]. */
  cycles: string[][];
}

/**
 * Builds the tree from `organizations` (dataset order; on duplicate ids the first wins).
 * Runs in O(n): each organization is walked once.
 */
export function buildOrgTree(organizations: readonly Organization[]): OrgTree {
  const order = new Map<string, number>();
  const rawParent = new Map<string, string | null>();
  organizations.forEach((o, i) => {
    if (!order.has(o.id)) {
      order.set(o.id, i);
      rawParent.set(o.id, o.parent_id ?? null);
    }
  });
  const depth = new Map<string, number>();
  const parent = new Map<string, string | null>();
  const cycles: string[][] = [];
  for (const id of order.keys()) {
    if (depth.has(id)) continue;
    // Walk up until a known depth, a root, or a repeat (a cycle, cut at the chain's top).
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let cur: string = id;
    let base = -1; // depth of the node above the chain's top; -1 when the top is a root
    for (;;) {
      if (depth.has(cur)) {
        base = depth.get(cur)!;
        break;
      }
      const at = onChain.get(cur);
      if (at !== undefined) {
        cycles.push([...chain.slice(at), cur]);
        parent.set(chain[chain.length - 1]!, null);
        break;
      }
      onChain.set(cur, chain.length);
      chain.push(cur);
      const p = rawParent.get(cur) ?? null;
      if (p === null || !order.has(p)) {
        parent.set(cur, null);
        break;
      }
      cur = p;
    }
    // Assign depths from the top of the chain down.
    let d = base;
    for (let k = chain.length - 1; k >= 0; k--) {
      const node = chain[k]!;
      if (!parent.has(node)) parent.set(node, rawParent.get(node) ?? null);
      d = parent.get(node) === null ? 0 : d + 1;
      depth.set(node, d);
    }
  }
  const children = new Map<string, string[]>();
  for (const id of order.keys()) children.set(id, []);
  const roots: string[] = [];
  for (const id of order.keys()) {
    const p = parent.get(id) ?? null;
    if (p === null) roots.push(id);
    else children.get(p)!.push(id);
  }
  return { depth, children, roots, order, parent, cycles };
}

/**
 * Organization ids in tree order: depth-first, parents before children, siblings in dataset
 * order (for the built-in dataset: bch, btv, tt).
 */
export function treeOrder(tree: OrgTree): string[] {
  const out: string[] = [];
  const stack = [...tree.roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    const kids = tree.children.get(id) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}
