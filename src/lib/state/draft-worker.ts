/**
 * The draft worker's entry (a module Web Worker, started by `draft-drafters.ts`): it takes one
 * report text at a time (`{ text, lang }`), drafts it (`draftReport` of `draft-tools.ts`) and
 * answers with the draft (plain data, received by the page as a structured clone) or an error's
 * message. The page stops a running draft by terminating the worker.
 */
import { draftReport } from './draft-tools.ts';
import type { Draft } from '../draft/index.ts';

/** What the worker answers. */
export type DraftReply = { ok: true; draft: Draft } | { ok: false; message: string };

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<{ text: string; lang: 'vi' | 'en' }>) => void) | null;
  postMessage(message: DraftReply): void;
};

scope.onmessage = (e) => {
  let reply: DraftReply;
  try {
    reply = { ok: true, draft: draftReport(e.data.text, e.data.lang) };
  } catch (err) {
    // draftFromText never throws for any string; this is for a bug.
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
