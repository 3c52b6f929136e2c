/**
 * Deriving the readings of an event mechanically (issue 12, "Derive them"): from the posts filled
 * at the event, the outer-only seats filled, the member counts of two nested bodies before and
 * after it, and who can hold each post, every distinct way to say where each post's new holder came
 * from. Pure.
 *
 * Two bodies, one inside the other: the OUTER body (the BCH) and the INNER body (the BTV, whose
 * `parent_id` is the BCH). At the event, `posts` of the inner body (or of a body inside it) are
 * filled, each by someone who is in the inner body after it, and `plainSeats` seats of the outer
 * body alone are filled by people new to it. The holder of a post came from one of three places
 * (`Origin`): new to the outer body (`newcomer`), from the outer body raised to the inner one
 * (`outer`), or already in the inner body (`inner`). When nobody leaves either body at the event,
 * the counts decide how many of each there are:
 *
 *   newcomer = Δouter − plainSeats      (everyone new to the outer body fills a plain seat or a post)
 *   outer    = Δinner − newcomer        (everyone new to the inner body is a newcomer or was raised)
 *   inner    = posts − newcomer − outer (the rest were already in the inner body)
 *
 * A reading is one assignment post → origin with exactly those counts. For the built-in dataset
 * (the 1999 by-election: 4 Standing posts, 3 plain BCH seats, 28/7 before and 32/10 after) the counts
 * are 1 newcomer, 2 raised, 1 sitting member, and there are 4!/(1!·2!·1!) = 12 readings.
 */

/** Where the holder of a post filled at the event came from. */
export type Origin = 'newcomer' | 'outer' | 'inner';

/** Every origin, in the order readings are enumerated (newcomer before outer before inner). */
export const ORIGINS: readonly Origin[] = ['newcomer', 'outer', 'inner'];

/** Member counts of the outer and inner bodies at one moment. */
export interface BodyCounts {
  outer: number;
  inner: number;
}

/** How many posts go to each origin. */
export type OriginCounts = Record<Origin, number>;

/** A post filled at the event; `eligible` lists the origins its holder may have (absent: any). */
export interface FilledPost {
  id: string;
  eligible?: readonly Origin[];
}

/** What the derivation reads: the posts filled, the plain outer seats filled, the counts around the event. */
export interface ReadingInput {
  /** The inner-body posts filled at the event, in a fixed order (the readings follow it). */
  posts: readonly FilledPost[];
  /** Outer-body seats filled at the event by people who take no inner-body seat (new people by definition). */
  plainSeats: number;
  /** Counts just before the event. */
  before: BodyCounts;
  /** Counts just after the event. */
  after: BodyCounts;
}

/** One derived reading: the origin of each post's holder, parallel to `ReadingInput.posts`. */
export interface DerivedReading {
  origins: Origin[];
  /** The origins joined with "," (e.g. "newcomer,outer,outer,inner"): equal keys, equal readings. */
  key: string;
}

/**
 * How many posts go to each origin, solved from the counts (see the file's comment), or null when
 * they cannot reconcile: a count that is not a whole number, or any origin count below 0.
 * @example originCounts({ posts: [4 posts], plainSeats: 3, before: {outer: 28, inner: 7}, after: {outer: 32, inner: 10} })
 *   // { newcomer: 1, outer: 2, inner: 1 }
 */
export function originCounts(input: ReadingInput): OriginCounts | null {
  const numbers = [input.plainSeats, input.before.outer, input.before.inner, input.after.outer, input.after.inner];
  if (!numbers.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const newcomer = input.after.outer - input.before.outer - input.plainSeats;
  const outer = input.after.inner - input.before.inner - newcomer;
  const inner = input.posts.length - newcomer - outer;
  if (newcomer < 0 || outer < 0 || inner < 0) return null;
  return { newcomer, outer, inner };
}

/**
 * Every distinct reading of `input`: each assignment post → origin that gives exactly the counts of
 * `originCounts` and gives every post an origin its `eligible` allows. Order: lexicographic over
 * the posts in their given order, origins ranked newcomer < outer < inner (so the first reading
 * gives the first posts to newcomers). Two posts with the same id are one post filled twice: their
 * holders are interchangeable, so readings that only swap them are one (the first in that order
 * is kept). [] when the counts cannot reconcile or no assignment respects eligibility.
 * The number of readings grows fast with the posts (20 posts split 7/7/6 have 133,024,320), so at
 * most `max` are returned: the first ones in that order.
 * Cost: O(readings · posts) without eligibility (every branch the counts allow ends in a reading);
 * eligibility can add dead branches, at most 3^posts nodes in all.
 * @param max the most readings returned (default 10,000); a whole number ≥ 0
 */
export function deriveReadings(input: ReadingInput, max = 10_000): DerivedReading[] {
  const counts = originCounts(input);
  if (!counts) return [];
  const posts = input.posts;
  const left: OriginCounts = { ...counts };
  const chosen: Origin[] = [];
  const out: DerivedReading[] = [];
  const seen = new Set<string>();
  const walk = (i: number): void => {
    if (out.length >= max) return;
    if (i === posts.length) {
      const canonical = canonicalKey(posts, chosen);
      if (seen.has(canonical)) return;
      seen.add(canonical);
      out.push({ origins: [...chosen], key: chosen.join(',') });
      return;
    }
    const allowed = posts[i]!.eligible;
    for (const origin of ORIGINS) {
      if (left[origin] === 0 || (allowed && !allowed.includes(origin))) continue;
      left[origin]--;
      chosen.push(origin);
      walk(i + 1);
      chosen.pop();
      left[origin]++;
    }
  };
  walk(0);
  return out;
}

/** The reading as a set: each post id with its origins sorted (holders of one post are interchangeable). */
function canonicalKey(posts: readonly FilledPost[], origins: readonly Origin[]): string {
  const byPost = new Map<string, Origin[]>();
  posts.forEach((p, i) => {
    const list = byPost.get(p.id) ?? [];
    list.push(origins[i]!);
    byPost.set(p.id, list);
  });
  return [...byPost]
    .map(([id, list]) => `${id}=${list.sort((a, b) => ORIGINS.indexOf(a) - ORIGINS.indexOf(b)).join('+')}`)
    .sort()
    .join(';');
}
