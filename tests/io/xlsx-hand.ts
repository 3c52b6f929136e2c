/**
 * Hand-made .xlsx workbooks for the XLSX importer's tests: the zip's XML parts written here and
 * zipped with fflate, so a test can hold what a writer library would never write (a formula with
 * no saved value, a cell of an unknown type, merged ranges, a sheet with no rows).
 */
import { strToU8, zipSync } from 'fflate';

/** One sheet: its name, its `<sheetData>` inner XML, and the `ref`s of its merged ranges. */
export interface HandSheet {
  name: string;
  /** `<row>` elements, e.g. `<row r="1"><c r="A1" t="inlineStr"><is><t>person</t></is></c></row>`. */
  rows: string;
  merges?: string[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A text cell at `ref` (an inline string). */
export const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;

/** A row `n` of text cells from column A on (`null` leaves a cell out, as a blank one). */
export function textRow(n: number, values: (string | null)[]): string {
  const cells = values.map((v, i) => (v === null ? '' : text(`${String.fromCharCode(65 + i)}${n}`, v))).join('');
  return `<row r="${n}">${cells}</row>`;
}

/** The bytes of a workbook of `sheets` (in order). */
export function handXlsx(sheets: HandSheet[]): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${s.rows}</sheetData>${merges}</worksheet>`);
  });
  return zipSync(files);
}
