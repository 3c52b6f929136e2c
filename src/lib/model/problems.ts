/**
 * The problems `validateDataset` reports, as data: a stable code, a severity, the place (a JSON
 * pointer, RFC 6901) and the parameters a sentence about it names. The model holds no sentences;
 * `src/lib/i18n/problems.ts` turns a problem into Vietnamese or English.
 */

/** Every problem code `validateDataset` can report. */
export type ProblemCode =
  | 'missing-field'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'unknown-value'
  | 'bad-number'
  | 'bad-date'
  | 'post-organization-mismatch'
  | 'parent-cycle'
  | 'end-before-start'
  | 'empty-membership'
  | 'event-date-mismatch'
  | 'events-out-of-order'
  | 'ambiguous-date'
  | 'not-in-parent'
  | 'post-overlap'
  | 'post-held-twice'
  | 'over-seats'
  | 'claim-mismatch'
  | 'claim-before-steps'
  | 'inferred-without-basis'
  | 'membership-overlap'
  | 'person-without-membership'
  | 'undated-membership'
  | 'default-reading-count'
  | 'default-reading-records'
  | 'reading-claim-mismatch'
  | 'same-reading'
  | 'reading-label'
  | 'alternative-event';

/** All codes, for completeness checks (e.g. every code has vi and en templates). */
export const PROBLEM_CODES: readonly ProblemCode[] = [
  'missing-field',
  'duplicate-id',
  'unknown-reference',
  'unknown-value',
  'bad-number',
  'bad-date',
  'post-organization-mismatch',
  'parent-cycle',
  'end-before-start',
  'empty-membership',
  'event-date-mismatch',
  'events-out-of-order',
  'ambiguous-date',
  'not-in-parent',
  'post-overlap',
  'post-held-twice',
  'over-seats',
  'claim-mismatch',
  'claim-before-steps',
  'inferred-without-basis',
  'membership-overlap',
  'person-without-membership',
  'undated-membership',
  'default-reading-count',
  'default-reading-records',
  'reading-claim-mismatch',
  'same-reading',
  'reading-label',
  'alternative-event',
];

/**
 * The codes that are always errors: no dataset can be built from a file that has one (a record
 * without its id or required fields, a repeated id, a reference to a record that does not exist,
 * a value outside its list, a bad number or date, a post of another body, a loop of parents,
 * events out of date order), and the readings' own rules (`validate-readings.ts`): an alternative
 * with no default reading or several, a default reading with records of its own, and a reading that
 * breaks a stated count the dataset's records keep (a reading is offered as one the source allows;
 * one the counts refute is not, issue 12). Every other code is a finding (severity `warning`): a
 * fact about the data that loads and is listed, never a reason to refuse the file.
 */
export const STRUCTURAL_CODES: readonly ProblemCode[] = [
  'missing-field',
  'duplicate-id',
  'unknown-reference',
  'unknown-value',
  'bad-number',
  'bad-date',
  'post-organization-mismatch',
  'parent-cycle',
  'events-out-of-order',
  'default-reading-count',
  'default-reading-records',
  'reading-claim-mismatch',
];

/**
 * One thing wrong with a dataset, as data: no sentence. `formatProblem(problem, lang)` in
 * `src/lib/i18n/problems.ts` renders it in Vietnamese or English.
 */
export interface Problem {
  /**
   * `error`: the dataset cannot be built (a `STRUCTURAL_CODES` code); the file is refused.
   * `warning`: a finding, a fact about the data (more members than seats, two holders of a
   * one-seat post, a membership that ends before it starts…); the file loads and it is listed.
   */
  severity: 'error' | 'warning';
  code: ProblemCode;
  /** JSON pointer to the place, e.g. "/memberships/3/person_id". */
  pointer: string;
  /**
   * What a sentence about it names (ids, dates, counts, step labels), by name; the names each code
   * uses are those read by its templates in `src/lib/i18n/problems.ts`.
   */
  params: Record<string, string | number>;
}
