/**
 * How the draft review turns a report's text into a draft (`Drafter`): in a Web Worker
 * (`workerDrafter`, the page: a long report never freezes it; about 1 s for 60 kB of text), or in
 * this thread after letting the page paint (`inThreadDrafter`: Node's tests, and a page that cannot
 * start a worker; `pageDrafter` of `draft-page-drafter.ts` picks one). Both stop when the task is
 * cancelled.
 */
import type { Draft } from '../draft/index.ts';
import { yieldToPage, type TaskContext } from './task.svelte.ts';
import type { DraftReply } from './draft-worker.ts';

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
  let worker: Worker | null = null;
  return (text, lang, ctx) => {
    ctx.progress(0, 0);
    ctx.signal.throwIfAborted();
    const w = (worker ??= makeWorker());
    const drop = () => {
      w.terminate();
      if (worker === w) worker = null;
    };
    return new Promise<Draft>((resolve, reject) => {
      const settle = () => {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        ctx.signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (e: MessageEvent<DraftReply>) => {
        settle();
        if (e.data.ok) resolve(e.data.draft);
        else reject(new Error(e.data.message));
      };
      const onError = (e: ErrorEvent) => {
        settle();
        drop();
        reject(new Error(e.message || 'draft worker failed'));
      };
      const onAbort = () => {
        settle();
        drop();
        reject(ctx.signal.reason);
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      ctx.signal.addEventListener('abort', onAbort);
      w.postMessage({ text, lang });
    });
  };
}
