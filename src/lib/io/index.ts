/**
 * Public API of data import and export (JSON, Popolo JSON, CSV).
 *
 * - `importFile(name, bytes)` → `ImportResult`: any supported file to a validated dataset, or the
 *   problems that refuse it; `formatImportProblem(p, lang)` renders a problem in vi or en.
 * - `exportJson(dataset)`, `exportPopolo(dataset)`: the dataset as text; importing it gives it back.
 * - `normalizeText`, `normalizeDataset`, `nameKey`, `isVietnameseText`: the import normalisation.
 * - `builtinDataset(json)`: the built-in dataset through the same checks as an imported JSON file.
 * - `datasetSchema`: the valibot schema of our format (source of `data/schema.json`).
 */
export { importFile, sniffFormat, MAX_FILE_BYTES, MAX_MEMBERSHIPS, type ImportOptions, type ImportResult } from './import.ts';
export {
  formatImportProblem,
  describeLocation,
  fromModelProblem,
  makeProblem,
  hasErrors,
  registerTemplates,
  registeredCodes,
  type ImportProblem,
  type ImportTemplate,
  type ImportTemplates,
} from './problems.ts';
export { normalizeText, normalizeDataset, normalizeValue, nameKey, isVietnameseText, isVietnameseLanguage } from './normalize.ts';
export { datasetSchema, checkShape, canonicalOrder, DATE_PATTERN, DATE_OR_INTERVAL_PATTERN } from './schema.ts';
export { exportJson, importJsonValue, parseJsonText, locateJsonError, lineColumn, type JsonSyntaxError } from './json-format.ts';
export { importPopolo, exportPopolo, popoloExtras, jsonEqual, NS as POPOLO_NS, TERM as POPOLO_TERM, type PopoloExtras } from './popolo.ts';
export { importCsv, exportCsv, csvTemplate, type CsvOptions } from './csv.ts';
export { CSV_ENCODINGS, type CsvEncoding } from './csv-decode.ts';
export { builtinDataset } from './builtin.ts';
