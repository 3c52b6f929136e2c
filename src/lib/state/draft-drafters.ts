/**
 * How the draft review turns a report's text into a draft (`Drafter`): in a Web Worker
 * (`workerDrafter`, the page: a long report never freezes it; about 1 s for 60 kB of text), or in
 * this thread after letting the page paint (`inThreadDrafter`: Node's tests, and a page that cannot
 * start a worker; `pageDrafter` of `draft-page-drafter.ts` picks one). Both stop when the task is
 * cancelled.
 */
import type { Draft } from '../draft/index.ts';
import { yieldToPage, type TaskContext } from './task.svelte.ts';
import { keptWorker } from './worker-call.ts';

/**
 * Drafts `text` (in `lang`, the report's language).
 * @throws the abort reason when `ctx.signal` aborts; an Error when the drafting itself fails
 */
export type Drafter = (text: string, lang: 'vi' | 'en', ctx: TaskContext) => Promise<Draft>;

/** Drafts in this thread: loads the draft layer (`import()`, once), lets the bar paint, then drafts. */
export const inThreadDrafter: Drafter = async (text, lang, ctx) => {
  ctx.progress(0, 0);
  const { draftReport } = await import('./draft-tools.ts');
  await yieldToPage(ctx.signal);
  return draftReport(text, lang);
};

/**
 * Drafts in a worker made by `makeWorker` (kept for the next text); cancelling or an error of the
 * worker terminates it (the next draft starts a new one).
 */
export function workerDrafter(makeWorker: () => Worker): Drafter {
  const call = keptWorker<{ text: string; lang: 'vi' | 'en' }, { draft: Draft }>(makeWorker, 'draft worker failed');
  return async (text, lang, ctx) => {
    ctx.progress(0, 0);
    return (await call({ text, lang }, ctx)).draft;
  };
}
