/**
 * Whether a file is an Excel workbook, from its name and first bytes, without loading the XLSX
 * reader (`xlsx-import.ts` is loaded only when this says yes).
 */

/**
 * True when `bytes` start with a zip archive's local-file signature (`PK\x03\x04`: an .xlsx
 * workbook is a zip archive) or `name` ends in `.xlsx` (any case). Blank or short input is no
 * workbook unless its name says so (then the reader reports why it cannot read it).
 */
export function isXlsxFile(name: string, bytes: Uint8Array): boolean {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip || /\.xlsx$/i.test(name);
}
