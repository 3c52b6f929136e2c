/**
 * The draft of a dataset made from a report's text: records with their places in the text, the
 * sentences no rule understood, the dataset, the findings and the claims check. Types only.
 */
import type { Alternative, Annotation, Certainty, Claim, Dataset, LangString, Membership, Organization, Person, Post, TimelineEvent } from '../model/types.ts';
import type { Paragraph } from './paragraphs.ts';
import type { SourceSpan } from './facts.ts';

export type { SourceSpan } from './facts.ts';

/** What a draft record is about. */
export type DraftKind = 'body' | 'membership' | 'event' | 'claim' | 'annotation' | 'person';

/** The dataset records one draft record yields. */
export interface DraftYield {
  organizations?: Organization[];
  posts?: Post[];
  persons?: Person[];
  memberships?: Membership[];
  events?: TimelineEvent[];
  claims?: Claim[];
  annotations?: Annotation[];
  /** A by-election's readings (on its event's record). */
  alternatives?: Alternative[];
}

/** One thing the draft read or inferred, with the dataset records it yields and where the text says it. */
export interface DraftRecord {
  /** Unique in the draft (`body:bch`, `person:bi-thu-1996`, `event:e2`…), the key of a decision. */
  id: string;
  kind: DraftKind;
  yields: DraftYield;
  /** Where the text says it (original offsets); empty for a record that rests on a count alone. */
  spans: SourceSpan[];
  /** `stated` where the text says it, `inferred` where the draft filled a gap (the yields carry the reasoning). */
  certainty: Certainty;
  /** A short label of the record, for lists (the person's name, the event's label…). */
  label: LangString;
}

/** A finding about the text or the draft: a code, the paragraph it concerns (when one), its values. */
export interface DraftFinding {
  code: DraftFindingCode;
  paragraph: number | null;
  params: Record<string, string | number>;
}

/** Every finding code; sentences and fixes in `src/lib/i18n/draft-words.ts`. */
export type DraftFindingCode =
  | 'no-start-count'
  | 'no-term'
  | 'term-number-differs'
  | 'undated-change'
  | 'restated-change'
  | 'more-named-than-stated'
  | 'list-count-differs'
  | 'by-election-origins-unknown'
  | 'by-election-readings'
  | 'by-election-does-not-reconcile'
  | 'claim-does-not-hold'
  | 'report-date-inferred'
  | 'count-sentence-change'
  | 'nothing-found'
  | 'dataset-problem'
  | 'date-not-a-date'
  | 'change-outside-term'
  // Said by the review and the command line, not by `draftFromText`: the file's encoding when not plain UTF-8.
  | 'text-encoding'
  // Said by the review and the command line: the text looks like tab-separated rows (`table-like.ts`).
  | 'looks-like-table';

/** A sentence about people that no rule understood. */
export interface NotUnderstood {
  paragraph: number;
  start: number;
  end: number;
  sentence: string;
  /** Why a sentence that names a cause tells no change (`rules/mood.ts`); absent when no rule read it. */
  reason?: 'negated' | 'proposed' | 'future';
}

/** The counts at every step and whether each stated count holds. */
export interface DraftCheck {
  steps: { index: number; label: LangString; date: string; counts: Record<string, number> }[];
  claims: { id: string; organization_id: string; date: string; stated: number; computed: number; step: number; holds: boolean }[];
  /** True when every stated count holds at its step. */
  reconciled: boolean;
}

/** A draft dataset made from a text. */
export interface Draft {
  paragraphs: Paragraph[];
  records: DraftRecord[];
  notUnderstood: NotUnderstood[];
  dataset: Dataset;
  findings: DraftFinding[];
  check: DraftCheck;
}

/** The review's decision on one record: keep it, drop it, or keep it edited. */
export type DraftDecision = 'accept' | 'reject' | DraftRecord;
