/**
 * Opening a share link: the text of its fragment (`#data=`) decoded (`io/share-link.ts`, fflate)
 * into the dataset file's bytes and imported as a file named `SHARED_FILE_NAME` through the app's
 * importer (`AppState.importFiles`: the same checks, findings and keeping as any import); then the
 * link's view is applied (`AppState.endShared`). When the link does not decode or the import refuses
 * the file, the built-in dataset stays with a notice (`SHARE_WORDS.sharedFailed`). Loaded with
 * `import()` only when the page opens with such a fragment.
 */
import { decodeShared, ShareLinkError } from '../io/share-link.ts';
import { SHARE_WORDS, type SharedFailure } from '../i18n/share-words.ts';
import type { AppState } from './app-state.svelte.ts';

/** The name the shared dataset's file is imported under (the kept dataset's file name). */
export const SHARED_FILE_NAME = 'shared-link.json';

/**
 * Decode `text` (what follows `#data=`) and open it in `app`.
 * @returns whether the shared dataset is on screen (else the built-in one, with a notice; the
 *   refused file's problems are the import's, listed as for a file)
 */
export async function openSharedLink(app: AppState, text: string): Promise<boolean> {
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
  return shown;
}
