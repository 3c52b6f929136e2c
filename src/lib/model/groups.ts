/**
 * Groups: parties and parliamentary groups. A group is an affiliation, never a body: it is not
 * drawn as a box, has no seats and is not counted as a body. Members carry their group through
 * `Membership.on_behalf_of_id` (Popolo's field).
 */
import type { Dataset, Organization } from './types.ts';

/** Organization classifications that make an organization a group (compared lower-case, trimmed). */
export const GROUP_CLASSIFICATIONS: readonly string[] = ['party', 'parliamentary group', 'political party', 'faction', 'group'];

/** True when `o` is classified as a party or parliamentary group (see `GROUP_CLASSIFICATIONS`). */
export function isGroupClassification(o: Pick<Organization, 'classification'>): boolean {
  const c = o.classification?.trim().toLowerCase();
  return c !== undefined && GROUP_CLASSIFICATIONS.includes(c);
}

/**
 * The ids of the dataset's groups: organizations classified as a group, and every organization
 * a membership names in `on_behalf_of_id` (even one named by an id with no record). An
 * organization that memberships also name in `organization_id` stays a group only if classified
 * as one. O(organizations + memberships).
 * @returns a set of organization ids; empty for a dataset without groups (the built-in one).
 */
export function groupIds(dataset: Pick<Dataset, 'organizations' | 'memberships'>): Set<string> {
  const out = new Set<string>();
  for (const o of dataset.organizations ?? []) if (isGroupClassification(o)) out.add(o.id);
  const bodies = new Set<string>();
  for (const m of dataset.memberships ?? []) bodies.add(m.organization_id);
  for (const m of dataset.memberships ?? []) {
    const g = m.on_behalf_of_id;
    if (typeof g === 'string' && g !== '' && !bodies.has(g)) out.add(g);
  }
  return out;
}

/** A colour as the format writes it, `#rrggbb` (`Organization.color`; the schema checks the same pattern). */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** True when `x` is a `#rrggbb` colour (`HEX_COLOR`). */
export function isHexColor(x: unknown): x is string {
  return typeof x === 'string' && HEX_COLOR.test(x);
}

/**
 * Each group's place in the palette: groups without a colour of their own (`color`, `#rrggbb`) are
 * numbered 0, 1, 2… in the order of `dataset.organizations` (then groups named only by
 * `on_behalf_of_id`, by id); a group with its own colour gets -1. The order does not depend on the
 * step or the term (a term's dataset, `datasetForTerm`, keeps every organization in its place), so
 * a party keeps its colour across steps and terms.
 * @param ids the groups to number (`groupIds(dataset)`, or the timeline's `groupIds`)
 * @returns group id → palette index (-1: the group's own colour)
 */
export function groupPaletteIndex(dataset: Pick<Dataset, 'organizations'>, ids: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  let next = 0;
  const seen = new Set<string>();
  for (const o of dataset.organizations ?? []) {
    if (!ids.has(o.id) || seen.has(o.id)) continue;
    seen.add(o.id);
    out.set(o.id, isHexColor(o.color) ? -1 : next++);
  }
  for (const id of [...ids].filter((g) => !seen.has(g)).sort()) out.set(id, next++);
  return out;
}
