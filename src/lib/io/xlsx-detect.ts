/**
 * Whether a file is an Excel workbook, from its name and first bytes, without loading the XLSX
 * reader (`xlsx-import.ts` is loaded only when this says yes).
 */

/**
 * True when `bytes` start with a zip archive's local-file signature (`PK\x03\x04`: an .xlsx
 * workbook is a zip archive) or an Office compound file's (`D0 CF 11 E0`: an old .xls, or a
 * workbook protected by a password), or `name` ends in `.xlsx`, `.xlsm`, `.xls` or `.ods` (any
 * case). Blank or short input is no workbook unless its name says so; the XLSX importer then says
 * in our words what the file is and how to save it as .xlsx.
 */
export function isXlsxFile(name: string, bytes: Uint8Array): boolean {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const cfb = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || cfb || /\.(xlsx|xlsm|xls|ods)$/i.test(name);
}
