/** A large synthetic dataset for the scale tests. */
import type { Dataset, Membership, TimelineEvent } from '../../src/lib/model/types.ts';

/** Deterministic pseudo-random numbers (a 32-bit LCG, Numerical Recipes constants). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function bigDataset(nPersons: number, nSteps: number, seed = 42): Dataset {
  const rnd = lcg(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const events: TimelineEvent[] = Array.from({ length: nSteps }, (_, i) => ({
    id: `e${i}`,
    date: `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    label: { en: `step ${i}` },
  }));
  const memberships: Membership[] = [];
  for (let p = 0; p < nPersons; p++) {
    const s = int(nSteps);
    const e = s + 1 + int(nSteps - s);
    const m: Membership = { id: `m${p}`, person_id: `p${p}`, organization_id: 'big', start_cause: 'elected', end_cause: 'retirement' };
    if (s > 0 || rnd() < 0.5) m.start_event_id = `e${s}`;
    if (e < nSteps) m.end_event_id = `e${e}`;
    memberships.push(m);
    if (rnd() < 0.2 && e - s > 1) {
      const is = s + int(e - s - 1);
      const ie = is + 1 + int(e - is - 1);
      memberships.push({
        id: `m${p}-in`, person_id: `p${p}`, organization_id: 'inner', start_event_id: `e${is}`,
        ...(ie < e ? { end_event_id: `e${ie}` } : m.end_event_id ? { end_event_id: m.end_event_id } : {}),
      });
    }
  }
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'big',
    title: { en: 'Big' },
    sources: [],
    organizations: [
      { id: 'big', name: { en: 'Big' } },
      { id: 'inner', name: { en: 'Inner' }, parent_id: 'big' },
    ],
    persons: Array.from({ length: nPersons }, (_, p) => ({ id: `p${p}`, name: { en: `Person ${p}` } })),
    posts: [],
    memberships,
    events,
    claims: [],
    annotations: [],
  };
}

