/**
 * The import worker's entry (a module Web Worker, started by `state/import-worker-client.ts`): it
 * takes one file at a time (`ImportRequest`: its name, its bytes, the import options), runs the
 * app's import on it (`importForApp`: format detection, bounds, normalisation, schema, validation)
 * and answers with the result (`ImportReply`), plain data that the page receives as a structured
 * clone. The page stops a running import by terminating the worker.
 */
import '../i18n/en-static.ts';
import { importForApp } from './import-drawable.ts';
import type { ImportReply, ImportRequest } from './import-messages.ts';

/** The parts of the worker's global scope used here (the app's TypeScript settings describe a page). */
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
};

scope.onmessage = (e) => {
  const { name, bytes, options } = e.data;
  let reply: ImportReply;
  try {
    reply = { ok: true, result: importForApp(name, bytes, options) };
  } catch (err) {
    // importFile never throws for any bytes; this is for a bug, said as the page would say an error.
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
