/**
 * Helpers of `build.ts` for the people of a counted group and the bodies a subject names: a list
 * in brackets (one role per person) and the subsets of `rules/subsets.ts` (N of the group also on a
 * higher body, or holding a post). Pure.
 */
import type { SourceSpan, SubjectFact } from './facts.ts';
import type { BodyKey } from './rules/bodies.ts';
import type { RoleParse } from './rules/roles.ts';
import { levelRank } from './rules/roles.ts';
import { levelsOf } from './rules/subsets.ts';

/** One person of a counted group: the item listed for them (if any), else the post a subset gives, and their level. */
export interface GroupMember {
  listed: SubjectFact['listed'][number] | null;
  /** The post a subset part gives (`trong đó có đồng chí Phó Bí thư`), when no item is listed. */
  post: RoleParse | null;
  /** Where the subset part that placed them is written, or null. */
  span: SourceSpan | null;
  level: BodyKey;
}

/**
 * The `n` people of a group, in order, and how a list or a subset disagrees with `n` (for the
 * finding `list-count-differs`), or null.
 * @example groupMembers({ kind: "group", n: 3, level: "bch", listed: [], subset: [{ n: 1, level: "btv", … }] }) // levels btv, bch, bch; differs null
 */
export function groupMembers(s: SubjectFact): { members: GroupMember[]; differs: { listed: number; stated: number } | null } {
  const subset = s.subset ?? [];
  const { levels, tooMany } = levelsOf(s.n, s.level, subset);
  const spans: (SourceSpan | null)[] = [];
  for (const p of subset) for (let i = 0; i < p.n; i++) spans.push(p.span);
  const members: GroupMember[] = [];
  for (let i = 0; i < s.n; i++) {
    const l = s.listed[i] ?? null;
    if (l) members.push({ listed: l, post: null, span: null, level: levelRank(l.role.level) > levelRank(s.level) ? l.role.level : s.level });
    else members.push({ listed: null, post: s.listed.length ? null : levels[i]!.role, span: s.listed.length ? null : spans[i] ?? null, level: s.listed.length ? s.level : levels[i]!.level });
  }
  const differs = s.listed.length && s.listed.length !== s.n
    ? { listed: s.listed.length, stated: s.n }
    : tooMany
      ? { listed: subset.reduce((a, p) => a + p.n, 0), stated: s.n }
      : null;
  return { members, differs };
}

/** Every body a subject names: its level, its listed roles' and its subset parts'. */
export function levelsNamed(s: SubjectFact): BodyKey[] {
  return [s.level, ...s.listed.map((l) => l.role.level), ...(s.subset ?? []).map((p) => p.level)];
}
