/**
 * The page's side of the store worker (`store-worker.ts`, its own chunk of the build): the kept
 * datasets are read and checked there, so that a large one never blocks the page at start or after
 * an import (`DatasetStore`'s `lister`).
 */
import type { KeptLister } from './dataset-store.ts';
import { StoreError } from './dataset-store.ts';
import type { StoreErrorCode } from '../i18n/errors.ts';
import type { StoreReply, StoreRequest } from './store-messages.ts';

/**
 * A lister that runs each listing in a worker made by `makeWorker` (started for the listing,
 * terminated after it). A failure comes back as the error it was: a `StoreError` with its code, else
 * an Error with the browser's name and message.
 */
export function workerLister(makeWorker: () => Worker): KeptLister {
  return (progress) =>
    new Promise((resolve, reject) => {
      const w = makeWorker();
      const end = () => w.terminate();
      w.onmessage = (e: MessageEvent<StoreReply>) => {
        const m = e.data;
        if (m.kind === 'progress') return progress(m.done, m.total);
        end();
        if (m.kind === 'done') return resolve(m.entries);
        if (m.name === 'StoreError' && m.code !== null) return reject(new StoreError(m.code as StoreErrorCode));
        const err = new Error(m.message);
        err.name = m.name;
        reject(err);
      };
      w.onerror = (e) => {
        end();
        reject(new Error(e.message || 'the store worker failed'));
      };
      const request: StoreRequest = { op: 'list' };
      w.postMessage(request);
    });
}

/** The page's lister: `store-worker.ts` in a module worker. */
export const pageLister: KeptLister = workerLister(() => new Worker(new URL('./store-worker.ts', import.meta.url), { type: 'module' }));
