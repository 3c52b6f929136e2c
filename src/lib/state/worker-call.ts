/**
 * One request at a time to a module Web Worker that is kept for the next request: the page's
 * importer (`importers.ts`) and drafter (`draft-drafters.ts`) share it. The worker answers each
 * request with one message, `{ ok: true, … }` or `{ ok: false, message }`. Cancelling the task
 * (its signal) or an error of the worker itself terminates the worker; the next request starts a
 * new one.
 */
import { TaskCancelled, type TaskContext } from './task.svelte.ts';

/** A worker's answer: its payload, or the message of its failure. */
export type WorkerReply<T> = ({ ok: true } & T) | { ok: false; message: string };

/**
 * A caller of the worker `makeWorker` starts (on the first request, then kept).
 * @param failed the message of an error event that has none (e.g. "the import worker failed")
 * @returns `(request, ctx, transfer?)` → the worker's `ok` reply
 * @throws (from the call) the abort reason (or `TaskCancelled`) when `ctx.signal` aborts; an Error
 *   with the worker's message when it answers `ok: false` or fails
 */
export function keptWorker<Req, T>(makeWorker: () => Worker, failed: string): (request: Req, ctx: TaskContext, transfer?: Transferable[]) => Promise<{ ok: true } & T> {
  let worker: Worker | null = null;
  return (request, ctx, transfer = []) => {
    ctx.signal.throwIfAborted();
    const w = (worker ??= makeWorker());
    const drop = () => {
      w.terminate();
      if (worker === w) worker = null;
    };
    return new Promise((resolve, reject) => {
      const settle = () => {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        ctx.signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (e: MessageEvent<WorkerReply<T>>) => {
        settle();
        const reply = e.data;
        if (reply.ok) resolve(reply);
        else reject(new Error(reply.message));
      };
      const onError = (e: ErrorEvent) => {
        settle();
        drop();
        reject(new Error(e.message || failed));
      };
      const onAbort = () => {
        settle();
        drop();
        reject(ctx.signal.reason ?? new TaskCancelled());
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      ctx.signal.addEventListener('abort', onAbort);
      w.postMessage(request, transfer);
    });
  };
}
