/**
 * The built-in dataset as the page reads it: the file as it is, without running the import checks
 * in the browser (they, with the schema and the validation, would weigh on the first load for a
 * file that never changes between builds), and not inside the page's JS: the build ships it as a
 * JSON file of its own (`data/quan6-1996-2000.json?url`, fetched when the page starts; in the
 * single-file build a `data:` URL, read without a fetch).
 *
 * The checks still hold, at build time rather than at run time: `tests/io/builtin.test.ts` runs the
 * same file through `builtinDataset` (normalisation, schema, `validateDataset`) and requires that it
 * passes with no problem at all, not even a warning, and that the checked dataset equals the file:
 * so reading it unchecked gives the same dataset.
 */
import type { Dataset } from '../model/types.ts';

/**
 * The built-in dataset from its parsed JSON, unchecked (see the file comment for why that is safe).
 * @param json the parsed content of `data/quan6-1996-2000.json`
 * @returns the same value, typed as a `Dataset`; it is the app's to keep and is never mutated
 */
export function shippedBuiltin(json: unknown): Dataset {
  return json as Dataset;
}

/** The text of a `data:` URL (`;base64` or percent-encoded), as UTF-8. */
function dataUrlText(url: string): string {
  const comma = url.indexOf(',');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  if (!/;base64$/i.test(head)) return decodeURIComponent(body);
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/**
 * Reads the built-in dataset from the URL the build gave its file: fetched (same origin), or
 * decoded when it is a `data:` URL (the single-file build, whose page may fetch nothing).
 * @param url the `?url` import of `data/quan6-1996-2000.json`
 * @param fetchFile the fetch to use (default the global `fetch`)
 * @throws Error when the file cannot be fetched (HTTP error, offline) or is not JSON
 */
export async function loadShippedBuiltin(url: string, fetchFile: typeof fetch = (...a) => fetch(...a)): Promise<Dataset> {
  if (url.startsWith('data:')) return shippedBuiltin(JSON.parse(dataUrlText(url)));
  const res = await fetchFile(url);
  if (!res.ok) throw new Error(`the built-in dataset ${url}: HTTP ${res.status}`);
  return shippedBuiltin(await res.json());
}
