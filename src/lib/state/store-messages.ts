/**
 * The messages between the page and the store worker (`store-worker.ts`): the page asks for the
 * kept datasets once (`StoreRequest`); the worker answers with progress (records checked of
 * records found), then the checked entries or the failure (`StoreReply`). Plain data, sent as
 * structured clones.
 */
import type { KeptEntry } from './stored-record.ts';

/** Read and check every record of the store (`DatasetStore.list`). */
export interface StoreRequest {
  op: 'list';
}

/** What the worker says: how far it is, the entries, or why it failed (a `StoreError`'s code, or the browser's error). */
export type StoreReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; entries: KeptEntry[] }
  | { kind: 'failed'; name: string; message: string; code: string | null };
