/**
 * What the store worker does with a request (`store-worker.ts`), apart from the worker itself, so
 * that it runs in the tests too: list the store and post progress, then the entries or the failure.
 */
import type { DatasetStore } from './dataset-store.ts';
import type { StoreReply } from './store-messages.ts';

/**
 * Lists `store` (`DatasetStore.list`) and posts its progress, then `done` with the entries, or
 * `failed` with the error's name, message and code (a `StoreError`'s, else null). Never throws.
 */
export async function answerList(store: Pick<DatasetStore, 'list'>, post: (m: StoreReply) => void): Promise<void> {
  try {
    const entries = await store.list((done, total) => post({ kind: 'progress', done, total }));
    post({ kind: 'done', entries });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = 'code' in err && typeof err.code === 'string' ? err.code : null;
    post({ kind: 'failed', name: err.name, message: err.message, code });
  }
}
