/**
 * The files the dataset list and the import panel offer (the dataset as our JSON, Popolo JSON or
 * CSV, the role table as CSV, the CSV template), with their writers loaded by `import()` when one
 * is first asked for: the page's first load does not carry them.
 */
import type { Dataset, Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';

/** A dataset file's format: our JSON, Popolo JSON or CSV. */
export type DatasetFileFormat = 'json' | 'popolo' | 'csv';

/**
 * The dataset as a file's text: `exportJson`, `exportPopolo` or `exportCsv` (labels in `lang`).
 * @param lang the CSV's language (the JSON formats keep every language)
 */
export async function datasetFileText(dataset: Dataset, format: DatasetFileFormat, lang: Lang): Promise<string> {
  if (format === 'json') return (await import('./json-format.ts')).exportJson(dataset);
  if (format === 'popolo') return (await import('./popolo-export.ts')).exportPopolo(dataset);
  return (await import('./csv-export.ts')).exportCsv(dataset, { lang });
}

/** The role table of a timeline as CSV text in `lang` (`roleTableCsv`). */
export async function roleTableText(timeline: Timeline, lang: Lang): Promise<string> {
  return (await import('./csv-export.ts')).roleTableCsv(timeline, { lang });
}

/** The CSV template in `lang` (`csvTemplate`). */
export async function csvTemplateText(lang: Lang): Promise<string> {
  return (await import('./csv-template.ts')).csvTemplate(lang);
}
