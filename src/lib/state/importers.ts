/**
 * How `AppState.importFiles` turns a file into an import result (`Importer`): in a Web Worker in the
 * page (`import-worker-client.ts`), so that a large file never blocks the page, or in this thread
 * (`inThreadImporter`: the tests in Node, which has no `Worker`, and the single-file build, whose
 * page may start no worker). Both read the file here, reporting bytes read of its size, then run the
 * same import (`importForApp`), showing an indeterminate bar, and stop when the task is cancelled.
 */
import type { ImportRequest } from '../io/import-messages.ts';
import { keptWorker } from './worker-call.ts';
import type { ImportOptions } from '../io/import.ts';
import type { ImportResult } from '../io/problems.ts';
import { yieldToPage, type TaskContext } from './task.svelte.ts';

/**
 * Imports one file. Reports progress through `ctx` (bytes read of the file's size, then 0 of 0
 * while the import runs: indeterminate) and rejects with the abort reason when `ctx.signal` aborts.
 * @throws the browser's error when the file cannot be read; an Error when the import itself fails
 */
export type Importer = (file: File, options: ImportOptions, ctx: TaskContext) => Promise<ImportResult>;

/**
 * The bytes of a file, read in chunks, reporting bytes read of `file.size` after each chunk.
 * @throws the abort reason when `ctx.signal` aborts; the browser's error when the file cannot be read
 */
export async function readFileBytes(file: File, ctx: TaskContext): Promise<Uint8Array> {
  ctx.signal.throwIfAborted();
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let done = 0;
  ctx.progress(0, file.size);
  const reader = file.stream().getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    chunks.push(next.value);
    done += next.value.length;
    ctx.progress(done, file.size);
    if (ctx.signal.aborted) {
      await reader.cancel();
      ctx.signal.throwIfAborted();
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(done);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Imports in this thread: reads the file, loads the importer (`import()`, once), lets the bar paint, then imports. */
export const inThreadImporter: Importer = async (file, options, ctx) => {
  const bytes = await readFileBytes(file, ctx);
  ctx.progress(0, 0);
  const { importForAppAsync } = await import('../io/import-drawable.ts');
  await yieldToPage(ctx.signal);
  return importForAppAsync(file.name, bytes, options);
};

/**
 * An importer that runs each import in a worker made by `makeWorker` (one at a time; the worker is
 * kept for the next file). Cancelling terminates the worker (the next import starts a new one); so
 * does an error of the worker itself. Where no worker can be started (`makeWorker` throws: a page of
 * an opaque origin, such as an iframe sandboxed without `allow-same-origin`, where `new Worker`
 * throws a SecurityError), that import and every later one run in this thread instead.
 * @param makeWorker starts the import worker (`io/import-worker.ts`)
 */
export function workerImporter(makeWorker: () => Worker): Importer {
  let noWorker = false;
  const start = (): Worker => {
    try {
      return makeWorker();
    } catch (e) {
      noWorker = true;
      throw e;
    }
  };
  const call = keptWorker<ImportRequest, { result: ImportResult }>(start, 'the import worker failed');
  return async (file, options, ctx) => {
    if (noWorker) return inThreadImporter(file, options, ctx);
    const bytes = await readFileBytes(file, ctx);
    ctx.progress(0, 0);
    try {
      return (await call({ name: file.name, bytes, options }, ctx, [bytes.buffer])).result;
    } catch (e) {
      if (!noWorker) throw e;
      // The worker could not be started: the bytes were not sent, import them here.
      const { importForAppAsync } = await import('../io/import-drawable.ts');
      await yieldToPage(ctx.signal);
      return importForAppAsync(file.name, bytes, options);
    }
  };
}
