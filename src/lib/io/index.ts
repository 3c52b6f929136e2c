/**
 * Public API of data import and export (our JSON, Popolo JSON, CSV), for the app state, the
 * components and the command line. The modules behind it are imported directly by their tests.
 *
 * - `importFile(name, bytes)` → `ImportResult`: any supported file to a validated dataset, or the
 *   problems that refuse it; `formatImportProblem(p, lang)` renders a problem in vi or en, its
 *   sentence (`importProblemSentence`) then how to fix the file.
 * - `exportJson(dataset)`, `exportPopolo(dataset)`, `exportCsv(dataset)`: the dataset as text.
 * - `csvTemplate(lang)`: the CSV template offered in the import panel; `CSV_ENCODINGS`: the
 *   encodings a user may choose for a CSV file.
 * - `builtinDataset(json)`: the built-in dataset through the same checks as an imported JSON file.
 * - `groupFindings(problems, lang)`: the findings (warnings) of an import, one group per kind.
 */
export { importFile, type ImportOptions, type ImportResult } from './import.ts';
export { formatImportProblem, importProblemSentence, type ImportProblem } from './problems.ts';
export { exportJson } from './json-format.ts';
export { exportPopolo } from './popolo.ts';
export { exportCsv, csvTemplate, type CsvOptions } from './csv.ts';
export { CSV_ENCODINGS, type CsvEncoding } from './csv-decode.ts';
export { builtinDataset } from './builtin.ts';
export { nothingToDraw } from './drawable.ts';
export { findingsOf, groupFindings, FINDING_ORDER, type FindingGroup } from './findings.ts';
