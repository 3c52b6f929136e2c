/**
 * Words about what a dataset leaves unstated, in Vietnamese and English: a body whose size the
 * source does not give (the counts panel), a body's note beside its members (the member panel),
 * and the mark on an inferred context annotation (the strip under the slider, the source section).
 */
import type { Lang } from '../model/types.ts';

/** These words in one language. */
export interface BodyWords {
  /** After the member word of a body without seats: "size not stated" (then no vacancies are counted). */
  sizeNotStated: string;
  /** The member panel's line of a body's note: "<body>: <note>". */
  bodyNote: (body: string, note: string) => string;
  /** An inferred annotation's label followed by its mark: "<label> (inferred)". */
  inferredLabel: (label: string) => string;
  /** The reasoning of an inferred annotation, as shown under it: "Basis: <basis>". */
  annotationBasis: (basis: string) => string;
}

/** The words by language. */
export const BODY_WORDS: Readonly<Record<Lang, BodyWords>> = {
  vi: {
    sizeNotStated: 'nguồn không nêu số lượng',
    bodyNote: (body, note) => `${body}: ${note}`,
    inferredLabel: (label) => `${label} (suy luận)`,
    annotationBasis: (basis) => `Căn cứ: ${basis}`,
  },
  en: {
    sizeNotStated: 'size not stated',
    bodyNote: (body, note) => `${body}: ${note}`,
    inferredLabel: (label) => `${label} (inferred)`,
    annotationBasis: (basis) => `Basis: ${basis}`,
  },
};
