/**
 * Certainty of a membership, read in one place. A membership may be stated as a seat while the post
 * it holds is inferred (`post_certainty`, `post_basis`: e.g. the 1999 by-election, where the stated
 * counts force two BCH members into the BTV but not which Standing post each took; `data/README.md`,
 * "Citations and certainty"). Every view, the "stated facts only" switch and every export read
 * these two functions, never `certainty` alone. Pure.
 */
import type { LangString, Membership } from './types.ts';

/**
 * True when membership `m` rests on inference anywhere: its `certainty` is `inferred`, or it holds a
 * post (`post_id`) whose `post_certainty` is `inferred`.
 */
export function isInferred(m: Pick<Membership, 'certainty' | 'post_certainty' | 'post_id'>): boolean {
  return m.certainty === 'inferred' || (postInferred(m) && typeof m.post_id === 'string' && m.post_id !== '');
}

/** True when the post that `m` holds is inferred: `post_certainty` when given, else `certainty`. */
export function postInferred(m: Pick<Membership, 'certainty' | 'post_certainty'>): boolean {
  return (m.post_certainty ?? m.certainty) === 'inferred';
}

/**
 * The reasoning behind what is inferred in `m`: `basis` when the membership itself is inferred,
 * else `post_basis` when only its post is, else null. With both inferred, `basis` (which covers the post).
 */
export function inferenceBasis(m: Pick<Membership, 'certainty' | 'basis' | 'post_certainty' | 'post_basis' | 'post_id'>): LangString | null {
  if (m.certainty === 'inferred') return m.basis ?? null;
  if (isInferred(m)) return m.post_basis ?? null;
  return null;
}
