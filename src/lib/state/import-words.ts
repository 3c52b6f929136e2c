/**
 * The words of imports: problems as sentences (`formatImportProblem`), findings grouped by kind
 * with their words (`groupFindings`, `FINDING_WORDS`) and what is wrong with a damaged kept record.
 * They are not on the page's first load: `AppState` loads this module with `import()` when a file
 * is imported or the store holds a kept dataset (a dataset that has findings or problems comes
 * from one of the two), and until then shows no findings.
 */
// The CSV importer's problem templates register themselves (`registerTemplates`) when their module
// loads; the import itself runs in a worker, so the page loads them here, with the other words.
import '../io/csv-messages.ts';
import '../io/xlsx-messages.ts';
export { groupFindings } from '../io/findings.ts';
export { formatImportProblem } from '../io/problems.ts';
export { FINDING_WORDS } from '../i18n/findings.ts';
export { damagedNoticeText, damagedProblemTexts, recordProblemText } from './stored-record-words.ts';

/** This module, as `import()` gives it. */
export type ImportWords = typeof import('./import-words.ts');
