/**
 * The built-in dataset (`data/quan6-1996-2000.json`) read through the same checks as any file a
 * user loads in our JSON format, so that it cannot silently drift from the format.
 */
import type { Dataset } from '../model/types.ts';
import { importJsonValue } from './json-format.ts';
import { formatImportProblem } from './problems.ts';

/** The file name used in problems about the built-in dataset. */
const BUILTIN_FILE = 'quan6-1996-2000.json';

/**
 * Runs the parsed built-in JSON through `importJsonValue` (normalisation, schema check,
 * `validateDataset`), exactly as importing a JSON file of our format, and returns the dataset.
 * Warnings are dropped (the built-in file has none today).
 *
 * @param json the parsed content of `data/quan6-1996-2000.json` (e.g. a Vite JSON import)
 * @param file the name used in problem messages
 * @returns the normalised, validated `Dataset`
 * @throws {Error} when the import reports any error; the message lists every problem, one English
 *   sentence per line (as `formatImportProblem(p, 'en')`).
 */
export function builtinDataset(json: unknown, file: string = BUILTIN_FILE): Dataset {
  const result = importJsonValue(json, file);
  if (!result.ok) {
    const lines = result.problems.map((p) => `- ${formatImportProblem(p, 'en')}`);
    throw new Error(`The built-in dataset ${file} does not pass the import checks:\n${lines.join('\n')}`);
  }
  return result.dataset;
}
