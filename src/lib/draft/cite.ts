/** The draft's citations: one source, cited by paragraph. Pure. */
import type { Citation } from '../model/types.ts';

/** The source id every citation of a draft names. */
export const DRAFT_SOURCE_ID = 'report';

/** Citations of the draft's source, one per paragraph, in order. */
export const cite = (...paras: number[]): Citation[] => [...new Set(paras)].sort((a, b) => a - b).map((p) => ({ source_id: DRAFT_SOURCE_ID, locator: `para ${p}` }));
