/**
 * The built-in dataset as the page reads it on first load: the file as it is, without running the
 * import checks in the browser (they, with the schema and the validation, would weigh on the first
 * load for a file that never changes between builds).
 *
 * The checks still hold, at build time rather than at run time: `tests/io/builtin.test.ts` runs the
 * same module import (`data/quan6-1996-2000.json`) through `builtinDataset` (normalisation, schema,
 * `validateDataset`) and requires that it passes with no problem at all, not even a warning, and
 * that the checked dataset equals the file: so reading it unchecked gives the same dataset.
 */
import type { Dataset } from '../model/types.ts';

/**
 * The built-in dataset from its parsed JSON, unchecked (see the file comment for why that is safe).
 * @param json the parsed content of `data/quan6-1996-2000.json` (the Vite JSON import)
 * @returns the same value, typed as a `Dataset`; it is the app's to keep and is never mutated
 */
export function shippedBuiltin(json: unknown): Dataset {
  return json as Dataset;
}
