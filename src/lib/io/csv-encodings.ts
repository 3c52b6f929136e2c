/**
 * The encodings a user may choose for a CSV file (the import panel's list), on their own so that the
 * page can list them without loading the CSV reader (`csv-decode.ts`, loaded with the importer).
 */

/** The encodings a user may choose. */
export type CsvEncoding = 'utf-8' | 'windows-1258' | 'windows-1252';

/** The encodings a user may choose for a CSV file, with their usual names (the same in every language). */
export const CSV_ENCODINGS: readonly { value: CsvEncoding; name: string }[] = [
  { value: 'utf-8', name: 'UTF-8' },
  { value: 'windows-1258', name: 'Windows-1258' },
  { value: 'windows-1252', name: 'Windows-1252' },
];
