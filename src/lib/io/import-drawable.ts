/**
 * The import the app runs on a file the user loads: `importFile`, and a dataset with nothing to
 * draw (no step) refused with `nothingToDraw`'s problem first. Pure and synchronous
 * (`importForApp`), or asynchronous for any file an Excel workbook included (`importForAppAsync`,
 * which loads the XLSX reader on first use): it runs in the import worker (`import-worker.ts`)
 * or, where there is no worker, in the page's own thread.
 */
import { importFile, MAX_FILE_BYTES, type ImportOptions, type ImportResult } from './import.ts';
import { isXlsxFile } from './xlsx-detect.ts';
import { nothingToDraw } from './drawable.ts';

/**
 * Imports a file as the app does: `importFile(name, bytes, opts)`; when it loads but has nothing
 * to draw, `ok: false` with that problem, then the import's own problems (its warnings).
 * @param name the file's name (problems name it; its extension helps detect the format)
 * @param bytes the file's content
 * @returns plain data only (a structured clone of it is equal to it: it crosses from the worker)
 */
export function importForApp(name: string, bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  const result = importFile(name, bytes, opts);
  if (!result.ok) return result;
  const empty = nothingToDraw(result.dataset, name);
  return empty ? { ok: false, problems: [empty, ...result.problems] } : result;
}

/**
 * `importForApp` for every format the app reads, an Excel workbook (.xlsx, `isXlsxFile`) included:
 * a workbook goes to `importXlsx` (`xlsx-import.ts`, loaded with `import()` on the first one),
 * then through the same "nothing to draw" check; any other file to `importForApp`. A workbook
 * over `MAX_FILE_BYTES` is refused by `importFile` as any file is. Never rejects for any bytes.
 */
export async function importForAppAsync(name: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length > MAX_FILE_BYTES || !isXlsxFile(name, bytes)) return importForApp(name, bytes, opts);
  const result = await (await import('./xlsx-import.ts')).importXlsx(name, bytes, opts.csv ?? {});
  if (!result.ok) return result;
  const empty = nothingToDraw(result.dataset, name);
  return empty ? { ok: false, problems: [empty, ...result.problems] } : result;
}
