/**
 * What the draft review uses of the draft layer, in one module that the page loads on first use
 * (`import()` from `draft-review.svelte.ts` and the drafters of `draft-drafters.ts`): drafting
 * (`draftFromText` with the dataset's words), the decisions' dataset (`datasetFromDraft`), its
 * claims check (`checkDraft`), its validation (`validateDataset`) and its problems in words
 * (`formatProblem`, with the names of `problemNamer`).
 */
import { checkDraft, checkStatus, datasetFromDraft, draftFromText, loadBlockOf, type Draft } from '../draft/index.ts';
import { draftDatasetWords } from '../i18n/draft-words.ts';
import { validateDataset } from '../model/validate.ts';
import { formatProblem } from '../i18n/problems.ts';
import { problemNamer } from '../io/problem-names.ts';

export { checkDraft, checkStatus, datasetFromDraft, loadBlockOf, validateDataset, draftDatasetWords, formatProblem, problemNamer };

/**
 * Drafts a dataset from a report's text with the app's dataset words (`draftFromText`).
 * @param lang the report's language (`reportLang` of `draft-review.svelte.ts` guesses it)
 */
export function draftReport(text: string, lang: 'vi' | 'en'): Draft {
  return draftFromText(text, { lang, words: draftDatasetWords });
}
