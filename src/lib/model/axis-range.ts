/**
 * Which annotations the time axes show (the strip under the slider, the member timeline): those
 * that do not end before the first step. An imported parliament lists every general election
 * since 1918 while its members cover two terms; those elections stay in the dataset (and in the
 * "source" section) but would otherwise stretch both axes back a century. Annotations after the
 * last step stay (the built-in dataset's resolutions of 2000 follow its last step, 1999). Pure.
 */
import type { Annotation } from './types.ts';
import type { Step } from './timeline-types.ts';
import { lowerBound, parseDateRange, upperBound } from './dates.ts';

/**
 * The annotations that end on or after the first step's date (an interval by its end; a partial
 * date by its last possible day), in their order; all of them when there are no steps. An
 * annotation whose date does not parse is kept (the axes leave it out, the validator reports it).
 * O(annotations).
 */
export function annotationsOnAxis(annotations: readonly Annotation[], steps: readonly Pick<Step, 'date'>[]): Annotation[] {
  const first = steps[0];
  if (!first) return [...annotations];
  const from = lowerBound(first.date);
  return annotations.filter((a) => {
    try {
      const r = parseDateRange(a.date);
      return upperBound(r.end ?? r.start) >= from;
    } catch {
      return true;
    }
  });
}
