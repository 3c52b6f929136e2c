/**
 * The page's draft worker: each report's text drafted in a module Web Worker (`draft-worker.ts`, its
 * own chunk of the build, which carries the draft layer). Loaded by `pageDrafter` of
 * `draft-drafters.ts` only where the page may start a worker.
 */
import { workerDrafter, type Drafter } from './draft-drafters.ts';

/** Drafts in the draft worker (started on the first draft, kept for the next). */
export const workerDraft: Drafter = workerDrafter(() => new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' }));
