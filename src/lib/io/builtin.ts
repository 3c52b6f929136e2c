/**
 * TEMPORARY (refactor-state branch): the model/io engineer's `builtinDataset` replaces this file at
 * merge. The built-in dataset goes through the same import checks as a user's file.
 */
import type { Dataset } from '../model/types.ts';
import { importFile } from './index.ts';

/**
 * The built-in dataset, read through `importFile` like a user's JSON file.
 * @param json the parsed contents of `data/quan6-1996-2000.json`
 * @throws Error when the file does not pass the import checks (a broken build, never a user error)
 */
export function builtinDataset(json: unknown): Dataset {
  const r = importFile('quan6-1996-2000.json', new TextEncoder().encode(JSON.stringify(json)));
  if (!r.ok) throw new Error(`The built-in dataset does not pass the import checks: ${r.problems.map((p) => p.code).join(', ')}`);
  return r.dataset;
}
