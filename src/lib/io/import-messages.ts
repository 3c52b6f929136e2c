/** The messages between the page and the import worker (`import-worker.ts`); plain data both ways. */
import type { ImportOptions } from './import.ts';
import type { ImportResult } from './problems.ts';

/** One file to import: its name, its bytes (transferred, not copied) and the import options. */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  options: ImportOptions;
}

/** The worker's answer: the import's result, or the message of an error the import threw (a bug). */
export type ImportReply = { ok: true; result: ImportResult } | { ok: false; message: string };
