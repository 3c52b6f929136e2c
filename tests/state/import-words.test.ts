/**
 * The page's import words alone (as the page has them when the import ran in a worker): every
 * problem code of every importer is said in both languages, not left in the importer's English.
 */
import { describe, expect, it } from 'vitest';
import { formatImportProblem } from '../../src/lib/state/import-words.ts';
import { registeredCodes } from '../../src/lib/io/problems.ts';
import type { ImportProblem } from '../../src/lib/io/problems.ts';

describe('import words without the importer', () => {
  it('say a CSV problem in Vietnamese, with its place once', () => {
    // A problem as the worker sends it (a structured clone: plain data).
    const p = {
      severity: 'warning', code: 'csv-unknown-column', file: 'au-people.csv', line: 1, field: 'person count',
      params: { column: 'person count' },
      message: 'File “au-people.csv”, line 1, field “person count”: the column “person count” is not read',
    } as ImportProblem;
    const vi = formatImportProblem(p, 'vi');
    expect(vi.startsWith('Tệp “au-people.csv”, dòng 1, trường “person count”: cột “person count” không được đọc')).toBe(true);
    expect(vi).not.toContain('File “');
    expect(registeredCodes().filter((c) => c.startsWith('csv-')).length).toBeGreaterThan(10);
  });
});
