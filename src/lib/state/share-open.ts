/**
 * Opening a share link: the text of its fragment (`#data=`) decoded (`io/share-link.ts`, fflate)
 * into the dataset file's bytes and imported as a file named `SHARED_FILE_NAME` through the app's
 * importer (`AppState.importFiles`: the same checks, findings and keeping as any import); then the
 * link's view is applied (`AppState.endShared`). When the link does not decode or the import refuses
 * the file, the built-in dataset stays with a notice (`SHARE_WORDS.sharedFailed`). Where the page
 * can keep nothing (an iframe sandboxed without `allow-same-origin`, whose IndexedDB throws a
 * SecurityError), the dataset is shown from memory, with a notice that says it cannot be kept here
 * (`SHARE_WORDS.sharedNotKept`). Loaded with `import()` only when the page opens with such a fragment.
 */
import { decodeShared, ShareLinkError } from '../io/share-link.ts';
import { SHARE_WORDS, type SharedFailure } from '../i18n/share-words.ts';
import type { AppState } from './app-state.svelte.ts';

/** The name the shared dataset's file is imported under (the kept dataset's file name). */
export const SHARED_FILE_NAME = 'shared-link.json';

/**
 * How a share link opened: its dataset kept in the browser's store (the address then names it),
 * shown from memory only (the page keeps the fragment: a reload opens it again), or not shown.
 */
export type SharedOpened = 'kept' | 'in-memory' | 'not-shown';

/**
 * Decode `text` (what follows `#data=`) and open it in `app`. Never throws.
 * @returns how it opened (not shown: the built-in dataset, with a notice; the refused file's
 *   problems are the import's, listed as for a file)
 */
export async function openSharedLink(app: AppState, text: string): Promise<SharedOpened> {
  let why: SharedFailure | null = null;
  let shown = false;
  try {
    const bytes = decodeShared(text);
    const before = app.datasetKey;
    await app.importFiles([new File([bytes as Uint8Array<ArrayBuffer>], SHARED_FILE_NAME, { type: 'application/json' })]);
    shown = app.datasetKey !== before;
    // Not shown: refused, or cancelled by the reader (no notice then).
    if (!shown && app.importReport?.ok === false) why = 'refused';
  } catch (e) {
    why = e instanceof ShareLinkError ? e.code : 'damaged';
  } finally {
    app.endShared(shown);
  }
  if (why !== null) {
    const failure = why;
    app.otherNotices = [...app.otherNotices, (l) => SHARE_WORDS[l].sharedFailed[failure]];
  }
  if (!shown) return 'not-shown';
  if (app.kept.some((k) => !k.damaged && k.key === app.datasetKey)) return 'kept';
  app.otherNotices = [...app.otherNotices, (l) => SHARE_WORDS[l].sharedNotKept];
  return 'in-memory';
}
