/**
 * What the claims check of a draft says, and whether the kept records can be loaded: the counts
 * hold, fail, or there is nothing to check (no stated count: a garbage text, a single line, every
 * count rejected), and a draft that has nothing to draw (no membership kept) or does not pass the
 * dataset's checks cannot be loaded. Pure: the review and the command line say it in words.
 */
import type { Dataset } from '../model/types.ts';
import type { DraftCheck } from './types.ts';

/** `holds`: every stated count holds; `fails`: one does not; `nothing`: no stated count was checked. */
export type CheckStatus = 'holds' | 'fails' | 'nothing';

/** The status of a claims check (`nothing` when it checked no stated count, even if `reconciled`). */
export function checkStatus(check: DraftCheck): CheckStatus {
  if (check.claims.length === 0) return 'nothing';
  return check.reconciled ? 'holds' : 'fails';
}

/** Why the kept records cannot be loaded: nothing to draw, or `count` problems that refuse a dataset. */
export type LoadBlock = { reason: 'no-members' } | { reason: 'problems'; count: number };

/**
 * Why `dataset` cannot be loaded, or null when it can.
 * @param problems the dataset's problems (`validateDataset` of `model/validate.ts`); those of severity `error` refuse it
 */
export function loadBlockOf(dataset: Dataset, problems: readonly { severity: string }[]): LoadBlock | null {
  if (dataset.memberships.length === 0) return { reason: 'no-members' };
  const count = problems.filter((p) => p.severity === 'error').length;
  return count > 0 ? { reason: 'problems', count } : null;
}
