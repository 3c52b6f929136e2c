/** What the search box lists, as a pure function. */
import type { Timeline } from '../model/steps.ts';
import type { Lang } from '../model/types.ts';
import { personName } from './names.ts';

/** Result buttons listed at most (the count gives the total). */
const MAX_LISTED = 50;

/** The search box's results: the first `max` matches with their names, and how many more there are. */
export interface SearchResultsView {
  /** Number of matches. */
  count: number;
  listed: { id: string; name: string }[];
  /** Matches not listed (`count - listed.length`). */
  more: number;
}

/**
 * @param matches person ids in match order (as `searchMembers` returns them)
 * @param max how many to list (default `MAX_LISTED`)
 */
export function searchResultsView(timeline: Timeline, matches: ReadonlySet<string>, lang: Lang, max = MAX_LISTED): SearchResultsView {
  const listed = [...matches].slice(0, max).map((id) => ({ id, name: personName(timeline, id, lang) }));
  return { count: matches.size, listed, more: matches.size - listed.length };
}
