/**
 * Every exported file's name, for the app's downloads and the command line (`scripts/export-cli.ts`):
 *
 *   step SVG/PNG  `<dataset id>_s<step index>-<step label slug>_<lang>.<ext>`,
 *                 e.g. `quan6-1996-2000_s3-1999-nghi-huu_vi.svg` (unique per step even when two
 *                 steps share a year)
 *   PNG scale     `…@2x.png` when the scale is not 1
 *   outlined SVG  `…-outlined.svg` (command line `--outlined`; the app's "outlined SVG")
 *   figure        `<dataset id>_s<step>-<label>_<lang>_figure.svg` / `.png` / `.pdf` (the print preset, 170 mm)
 *   PDF           the step, figure and poster names with `.pdf` (`export/pdf-export.ts`); the poster's
 *                 PDF is one file whatever the term's length, a page per sheet
 *   stated only   `_stated-only` before the extension (and before `@2x`/`-outlined`) of any picture
 *                 made with "stated facts only": `…_vi_stated-only.svg`
 *   poster        `<dataset id>_poster_<lang>.svg` (`.png` from the command line); a long term's
 *                 poster is a ZIP `<dataset id>_poster_<lang>.zip` of sheets
 *                 `<dataset id>_poster_<sheet>-of-<sheets>_<lang>.svg` (sheet numbers padded: `03-of-13`)
 *   ZIP           `<dataset id>_all-steps_<lang>.zip`
 *   dataset       `<dataset id>.json` (our JSON), `<dataset id>.popolo.json`, `<dataset id>_<lang>.csv`
 *   role table    `<dataset id>_roles_<lang>.csv`
 *   raw record    `<store key>_raw.json` (a damaged kept dataset, exactly as it was kept)
 *   CSV template  `template_<lang>.csv`
 *
 * Names are ASCII (`slug`): safe on every file system and in a URL. A view of one term goes by
 * `termFileId` (`<dataset id>_<term id>`) instead of the dataset id.
 */

export { readingFileId, slug, termFileId } from './file-ids.ts';
import { slug } from './file-ids.ts';

/** The dataset part of every name: the slugged id ("dataset" when nothing is left of it). */
function datasetPart(datasetId: string): string {
  return slug(datasetId) || 'dataset';
}

/**
 * The file of one step.
 * @param datasetId the dataset's id (slugged again for safety: ids come from user files)
 * @param stepIndex 0-based step
 * @param stepText the step's unique value text ("6/1996", "1999 · nghỉ hưu")
 * @param lang language code
 * @param ext extension without dot
 */
export function exportFileName(datasetId: string, stepIndex: number, stepText: string, lang: string, ext: string): string {
  const s = slug(stepText);
  return `${datasetPart(datasetId)}_s${stepIndex}${s ? `-${s}` : ''}_${slug(lang)}.${ext}`;
}

/** `name` with `@<scale>x` before a `.png` extension when the scale is not 1. */
export function scaledName(name: string, scale: number): string {
  return scale === 1 ? name : name.replace(/\.png$/, `@${scale}x.png`);
}

/** `name` with `-outlined` before a `.svg` extension (text drawn as paths). */
export function outlinedName(name: string): string {
  return name.replace(/\.svg$/, '-outlined.svg');
}

/**
 * `name` with `_stated-only` before its extension (before `@<scale>x` and `-outlined` too), when
 * `statedOnly`: a file drawn with only the stated facts never takes the name of the full one.
 */
export function statedOnlyName(name: string, statedOnly: boolean): string {
  if (!statedOnly) return name;
  return name.replace(/(@\d+x)?(-outlined)?\.[a-z]+$/, '_stated-only$&');
}

/** The figure preset's file of a step: `exportFileName` with `_figure` before the extension. */
export function figureFileName(datasetId: string, stepIndex: number, stepText: string, lang: string, ext: 'svg' | 'png' | 'pdf'): string {
  return exportFileName(datasetId, stepIndex, stepText, lang, ext).replace(/\.[a-z]+$/, '_figure$&');
}

/** `exportFileName(…, 'png')`, with `@<scale>x` before the extension when the scale is not 1. */
export function pngFileName(datasetId: string, stepIndex: number, stepText: string, lang: string, scale: number): string {
  return scaledName(exportFileName(datasetId, stepIndex, stepText, lang, 'png'), scale);
}

/** Name of the poster: `<dataset id>_poster_<lang>.<ext>` (ext default `svg`). */
export function posterFileName(datasetId: string, lang: string, ext = 'svg'): string {
  return `${datasetPart(datasetId)}_poster_${slug(lang)}.${ext}`;
}

/**
 * Name of one sheet of a long poster: `<dataset id>_poster_<sheet>-of-<sheets>_<lang>.svg`, the
 * sheet number padded to the width of `sheets` so the names sort in order.
 * @param sheet 1-based sheet number
 * @param sheets how many sheets the poster has
 */
export function posterSheetFileName(datasetId: string, lang: string, sheet: number, sheets: number, ext = 'svg'): string {
  const w = String(sheets).length;
  return `${datasetPart(datasetId)}_poster_${String(sheet).padStart(w, '0')}-of-${sheets}_${slug(lang)}.${ext}`;
}

/** Name of the ZIP of every step: `<dataset id>_all-steps_<lang>.zip`. */
export function zipFileName(datasetId: string, lang: string): string {
  return `${datasetPart(datasetId)}_all-steps_${slug(lang)}.zip`;
}

/** The data file formats the app writes a dataset in (the dataset list's export buttons). */
export type DatasetFileFormat = 'json' | 'popolo' | 'csv';

/**
 * Name of a dataset written as data: `<dataset id>.json`, `<dataset id>.popolo.json`, or
 * `<dataset id>_<lang>.csv` (a CSV's column heads and labels are in one language).
 * @param datasetId the dataset's id (slugged; "dataset" when nothing is left of it)
 * @param format which writer made the file
 * @param lang language code, used by the CSV only
 */
export function datasetFileName(datasetId: string, format: DatasetFileFormat, lang: string): string {
  const base = datasetPart(datasetId);
  if (format === 'json') return `${base}.json`;
  if (format === 'popolo') return `${base}.popolo.json`;
  return `${base}_${slug(lang)}.csv`;
}

/** Name of the "who held which post" table as CSV: `<dataset id>_roles_<lang>.csv`. */
export function roleTableFileName(datasetId: string, lang: string): string {
  return `${datasetPart(datasetId)}_roles_${slug(lang)}.csv`;
}

/** Name of the CSV template offered in the import panel: `template_<lang>.csv`. */
export function csvTemplateFileName(lang: string): string {
  return `template_${slug(lang)}.csv`;
}

/**
 * Name of a kept record exported as it is (a damaged dataset, for the user to rescue):
 * `<store key>_raw.json`.
 * @param key the record's store key as text (slugged; "dataset" when nothing is left of it)
 */
export function rawRecordFileName(key: string): string {
  return `${datasetPart(key)}_raw.json`;
}

/**
 * Name of the flows view (the whole term as an alluvial diagram): `<dataset id>_flows_<lang>.<ext>`,
 * with `@<scale>x` before a `.png` extension when the scale is not 1.
 */
export function flowsFileName(datasetId: string, lang: string, ext: 'svg' | 'png', scale = 1): string {
  const name = `${datasetPart(datasetId)}_flows_${slug(lang)}.${ext}`;
  return ext === 'png' ? scaledName(name, scale) : name;
}
