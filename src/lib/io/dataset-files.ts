/**
 * The files the dataset list and the import panel offer (the dataset as our JSON, Popolo JSON,
 * CSV or an Excel workbook, the role table as CSV, the CSV template), with their writers loaded by `import()` when one
 * is first asked for: the page's first load does not carry them.
 */
import type { Dataset, Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';

/** A dataset file's format: our JSON, Popolo JSON or CSV. */
export type DatasetFileFormat = 'json' | 'popolo' | 'csv';

/** The CSV separators offered for a download: comma, or semicolon (the list separator of Vietnamese and most decimal-comma locales). */
export type CsvSeparator = ',' | ';';

/**
 * The separator a CSV download takes unless the user chooses: `;` in Vietnamese (Excel set to
 * Vietnamese opens a double-clicked `;` file in columns, a `,` file in one column), `,` in English.
 */
export function defaultCsvSeparator(lang: Lang): CsvSeparator {
  return lang === 'vi' ? ';' : ',';
}

/**
 * The dataset as a file's text: `exportJson`, `exportPopolo` or `exportCsv` (labels in `lang`,
 * cells separated by `separator`, default `defaultCsvSeparator(lang)`).
 * @param lang the CSV's language (the JSON formats keep every language)
 */
export async function datasetFileText(dataset: Dataset, format: DatasetFileFormat, lang: Lang, separator: CsvSeparator = defaultCsvSeparator(lang)): Promise<string> {
  if (format === 'json') return (await import('./json-format.ts')).exportJson(dataset);
  if (format === 'popolo') return (await import('./popolo-export.ts')).exportPopolo(dataset);
  return (await import('./csv-export.ts')).exportCsv(dataset, { lang, delimiter: separator });
}

/** The dataset as an Excel workbook's bytes (`exportXlsx`: the memberships sheet, then a sheet per kind of record, every field), the memberships sheet's texts in `lang`; the writer loads on first use. */
export async function datasetXlsxBytes(dataset: Dataset, lang: Lang): Promise<Uint8Array> {
  return (await import('./xlsx-export.ts')).exportXlsx(dataset, { lang });
}

/**
 * The role table of a timeline as CSV text in `lang` (`roleTableCsv`), cells separated by
 * `separator` (default `defaultCsvSeparator(lang)`: the same as the dataset's CSV).
 */
export async function roleTableText(timeline: Timeline, lang: Lang, separator: CsvSeparator = defaultCsvSeparator(lang)): Promise<string> {
  return (await import('./csv-export.ts')).roleTableCsv(timeline, { lang, delimiter: separator });
}

/**
 * The CSV template in `lang` (`csvTemplate`), cells separated by `chosen` when it is `,` or `;`
 * (the import panel's delimiter choice), else by `defaultCsvSeparator(lang)`.
 */
export async function csvTemplateText(lang: Lang, chosen?: string): Promise<string> {
  const separator: CsvSeparator = chosen === ',' || chosen === ';' ? chosen : defaultCsvSeparator(lang);
  return (await import('./csv-template.ts')).csvTemplate(lang, { delimiter: separator });
}
