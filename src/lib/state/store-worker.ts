/**
 * The store worker's entry (a module Web Worker, started by `store-worker-client.ts`): it reads
 * every record of the dataset store (IndexedDB is there in a worker too) and checks each one
 * (`DatasetStore.list`, `checkStoredRecord`: the JSON import's checks, about a second for a dataset
 * of 10,000 people), off the page's thread, and answers with progress, then the entries
 * (`StoreReply`).
 */
import '../i18n/en-static.ts';
import { DatasetStore } from './dataset-store.ts';
import { answerList } from './store-answer.ts';
import type { StoreReply, StoreRequest } from './store-messages.ts';

/** The parts of the worker's global scope used here (the app's TypeScript settings describe a page). */
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<StoreRequest>) => void) | null;
  postMessage(message: StoreReply): void;
};

scope.onmessage = () => {
  void answerList(new DatasetStore(), (m) => scope.postMessage(m));
};
