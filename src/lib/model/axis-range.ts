/**
 * Which annotations the time axes show (the strip under the slider, the member timeline): those
 * that do not end before the first step. An imported parliament lists every general election
 * since 1918 while its members cover two terms; those elections stay in the dataset (and in the
 * "source" section) but would otherwise stretch both axes back a century. The slider's axis ends
 * at the last step or the report's date (`axisEndDate`), not at a whole year after it: annotations
 * up to that date stay (the built-in dataset's resolutions of January and April 2000 follow its
 * last step, 1999, and precede its report), those after it are left off that axis. Pure.
 */
import type { Annotation, Source } from './types.ts';
import type { Step } from './timeline-types.ts';
import { lowerBound, parseDateRange, upperBound, type PartialDate } from './dates.ts';

/**
 * The date the slider's time axis ends at: the later of the last step's date and the report's date
 * (the latest `report_date` of the sources; of an interval such as "2000-04/2000-12", a report
 * written some time in it, its start: the earliest date the report can bear, which is the last
 * date it reports on). Null without steps. A `report_date` that does not parse is left out (the
 * validator reports it). Built-in dataset: last step 1999, report "2000-04/2000-12" → 2000-04
 * (source `bckd-q6-vii`, `report_date_basis`: the latest resolution it names is of April 2000).
 */
export function axisEndDate(steps: readonly Pick<Step, 'date'>[], sources: readonly Pick<Source, 'report_date'>[] = []): PartialDate | null {
  const last = steps[steps.length - 1];
  if (!last) return null;
  let end = last.date;
  for (const s of sources) {
    if (s.report_date === undefined) continue;
    let d: PartialDate;
    try {
      d = parseDateRange(s.report_date).start;
    } catch {
      continue;
    }
    if (upperBound(d) > upperBound(end)) end = d;
  }
  return end;
}

/**
 * The annotations that end on or after the first step's date (an interval by its end; a partial
 * date by its last possible day) and, given the axis's `end` (`axisEndDate`), start on or before
 * it (those after the axis stay in the source section), in their order; all of them when there are no steps. An
 * annotation whose date does not parse is kept (the axes leave it out, the validator reports it).
 * O(annotations).
 */
export function annotationsOnAxis(annotations: readonly Annotation[], steps: readonly Pick<Step, 'date'>[], end: PartialDate | null = null): Annotation[] {
  const first = steps[0];
  if (!first) return [...annotations];
  const from = lowerBound(first.date);
  const to = end === null ? Infinity : upperBound(end);
  return annotations.filter((a) => {
    try {
      const r = parseDateRange(a.date);
      return upperBound(r.end ?? r.start) >= from && lowerBound(r.start) <= to;
    } catch {
      return true;
    }
  });
}
