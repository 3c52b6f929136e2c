/**
 * The import panel's drafter (`pageDrafter`): a worker (`draft-worker-client.ts`, loaded on first
 * use) where the page can start one; in this thread (`inThreadDrafter`) in Node and in the
 * single-file build (whose page starts no worker, and which then carries no worker file).
 */
import { inThreadDrafter, type Drafter } from './draft-drafters.ts';

/** The page's drafter (see the module comment). */
export function pageDrafter(): Drafter {
  if (import.meta.env.VITE_SINGLE_FILE || typeof Worker !== 'function') return inThreadDrafter;
  return async (text, lang, ctx) => (await import('./draft-worker-client.ts')).workerDraft(text, lang, ctx);
}
