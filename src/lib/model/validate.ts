/**
 * Checks a dataset: errors for what leaves no dataset to build (broken ids, bad dates, loops of
 * parents, malformed readings and readings that break a stated count), findings (`warning`) for facts about the data that load and are listed (over-full
 * bodies, two holders of a one-seat post, memberships that end before they start or overlap,
 * persons without a membership, undated memberships, stated counts that the memberships
 * contradict).
 * Each problem is data (`model/problems.ts`): a stable code, a JSON pointer to the place (RFC 6901)
 * and the parameters a sentence names; `formatProblem` in `src/lib/i18n/problems.ts` renders it as
 * a sentence naming what was found and what is expected, in vi or en.
 */
import type { Dataset } from './types.ts';
import { buildTimeline } from './steps.ts';
import type { Problem } from './problems.ts';
import {
  checkDates,
  checkEventOrder,
  checkIds,
  checkPersonsWithoutMembership,
  checkPostOrganizations,
  checkProvenance,
  checkReferences,
  checkValues,
  readCollections,
} from './validate-records.ts';
import { checkClaimCounts, checkCycles } from './validate-timeline.ts';
import { checkAlternatives, checkReadingTimelines, timelineFindings } from './validate-readings.ts';

export { PROBLEM_CODES, STRUCTURAL_CODES, type Problem, type ProblemCode } from './problems.ts';

/**
 * Validates `dataset` and returns its problems as data (code, severity, pointer, params; render
 * them with `formatProblem` in `src/lib/i18n/problems.ts`): structural ones first (collections,
 * fields, ids, references, values, dates, posts, event order, then the readings' records of
 * `validate-readings.ts`), then those found on the timeline (cycles, membership spans, nesting per
 * step, posts, one person's overlaps, seats, claims, then, when no error was found so far, every
 * reading's broken claims and the findings it adds), then persons without a membership and warnings about provenance (the dataset's,
 * then its readings'). Errors are exactly the codes of
 * `STRUCTURAL_CODES`. An empty array means the dataset is sound; the built-in dataset gives `[]`. Never
 * throws for a value shaped like `Dataset`; a missing collection is reported (`missing-field`) and
 * treated as empty. Each stage is a function of `validate-records.ts` / `validate-timeline.ts` / `validate-readings.ts`.
 * Cost: O((records + steps · organizations) · log), and one timeline more per reading.
 */
export function validateDataset(dataset: Dataset): Problem[] {
  const { lists, safe, problems: collections } = readCollections(dataset);
  const { ids, problems: idProblems } = checkIds(lists);
  const { eventDates, problems: order } = checkEventOrder(lists.events);
  const alternatives = checkAlternatives(dataset, lists, ids);
  const records = [
    ...collections,
    ...idProblems,
    ...checkReferences(lists, ids),
    ...checkValues(lists),
    ...checkDates(lists),
    ...checkPostOrganizations(lists),
    ...order,
    ...alternatives.problems.filter((p) => p.severity === 'error'),
  ];
  const timeline = buildTimeline(safe);
  const sound = !records.some((p) => p.severity === 'error');
  const findings = timelineFindings(timeline, lists.events, eventDates);
  return [
    ...records,
    ...checkCycles(timeline),
    ...findings,
    ...checkClaimCounts(timeline),
    ...(sound ? checkReadingTimelines(safe, timeline, findings, alternatives.applicable, lists.events, eventDates) : []),
    ...checkPersonsWithoutMembership(lists),
    ...checkProvenance(lists),
    ...alternatives.problems.filter((p) => p.severity !== 'error'),
  ];
}
