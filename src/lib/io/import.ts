/**
 * One entry point for every file the user loads: `importFile(name, bytes)` detects the format
 * (our JSON, Popolo JSON or CSV), enforces the size limits, and returns the dataset with its
 * warnings, or the problems that refuse it. The caller keeps its current dataset on `ok: false`.
 */
import type { Lang } from '../model/types.ts';
import { importCsv, type CsvOptions } from './csv.ts';
import { importJsonValue, parseJsonText } from './json-format.ts';
import { importPopolo } from './popolo.ts';
import { makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import { kindOf } from './schema.ts';
import { MAX_RECORDS } from './bounds.ts';

export type { ImportResult } from './problems.ts';

/** Files larger than this many bytes (25 MB) are refused (`file-too-large`). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Datasets with more memberships than this are refused (`too-many-memberships`); the other record limits are `MAX_RECORDS` of bounds.ts. */
export const MAX_MEMBERSHIPS = MAX_RECORDS.memberships!;

/**
 * Options of `importFile`. `lang` is the UI language; it does not change the result (messages are
 * rendered by `formatImportProblem(p, lang)`). `csv` is passed to `importCsv`.
 */
export interface ImportOptions {
  lang?: Lang;
  csv?: CsvOptions;
}

const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Which format a file is, from its name and first bytes: JSON when it starts with `{` or `[` (after a BOM and white space) or is named .json, CSV otherwise. */
export function sniffFormat(name: string, bytes: Uint8Array): 'json' | 'csv' {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'json' || ext === 'geojson') return 'json';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b ? 'json' : 'csv';
}

/**
 * Imports a file. Steps: refuse files over `MAX_FILE_BYTES` (`file-too-large`); detect the format
 * (`sniffFormat`; a JSON object with `format: "committee-history"` is ours, one with Popolo's
 * `persons`, `organizations` or `memberships` lists is Popolo; anything else `unknown-format`); for
 * JSON decode UTF-8 (a BOM is skipped; invalid bytes → `bad-encoding`), parse (`bad-json` with line
 * and column), then `importJsonValue` or `importPopolo`, which check the bounds of `bounds.ts`
 * first (record counts such as `MAX_MEMBERSHIPS`, nesting depth, text length, seats, id characters,
 * years) and then normalise, check the shape and `validateDataset`; CSV goes to `importCsv` with
 * `opts.csv`, which checks the same bounds on the rows and the dataset it builds. Any error gives `ok: false` with every problem found; otherwise the dataset and
 * its warnings. Never throws for any bytes.
 */
export function importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problems: [makeProblem('error', 'file-too-large', name, {}, { size: bytes.length, limit: MAX_FILE_BYTES })] };
  }
  if (isBlank(bytes)) return { ok: false, problems: [makeProblem('error', 'empty-file', name, {}, {})] };
  let result: ImportResult;
  if (sniffFormat(name, bytes) === 'csv') {
    result = importCsv(name, bytes, opts.csv ?? {});
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, problems: [makeProblem('error', 'bad-encoding', name, {}, {})] };
    }
    const parsed = parseJsonText(text, name);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    const value = parsed.value;
    if (isObj(value) && value.format === 'committee-history') result = importJsonValue(value, name);
    else if (isObj(value) && ['persons', 'organizations', 'memberships'].some((k) => Array.isArray(value[k]))) result = importPopolo(value, name);
    else if (isObj(value) && 'format' in value) result = importJsonValue(value, name);
    else {
      const keys = isObj(value) ? Object.keys(value).slice(0, 5).map((k) => `“${k}”`).join(', ') : '';
      return { ok: false, problems: [makeProblem('error', 'unknown-format', name, { pointer: '' }, keys ? { found_kind: kindOf(value), keys } : { found_kind: kindOf(value) })] };
    }
  }
  if (result.ok && result.dataset.memberships.length > MAX_MEMBERSHIPS) {
    return { ok: false, problems: [tooManyProblem(result.dataset.memberships.length, name, '/memberships')] };
  }
  return result;
}

/** True when the bytes hold no text but blank space (spaces, tabs, line ends) and a UTF-8 byte-order mark. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

function tooManyProblem(count: number, file: string, pointer?: string): ImportProblem {
  return makeProblem('error', 'too-many-memberships', file, pointer === undefined ? {} : { pointer }, { count, limit: MAX_MEMBERSHIPS });
}
