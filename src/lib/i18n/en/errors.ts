/** The English of `errors.ts` (see `ERROR_SENTENCES` there). */
import type { ErrorSentences } from '../errors.ts';

export const en: ErrorSentences = {
  'no-indexeddb': () => 'This browser has no IndexedDB: imported datasets cannot be kept.',
  'empty-name': () => 'A dataset name cannot be empty.',
  'unknown-dataset': (p) => `No kept dataset “${p.key ?? ''}”.`,
  'damaged-dataset': (p) => `The kept dataset “${p.key ?? ''}” is damaged.`,
  'builtin-undeletable': () => 'The built-in dataset cannot be deleted.',
  'svg-not-loaded': () => 'The SVG could not be loaded as an image.',
  'png-too-large': () => 'The browser could not make the PNG image.',
  'fonts-unavailable': () => 'the chart’s font files could not be loaded to embed in the file (offline, or missing on the server). Reload the page and try again.',
  'busy': () => 'another task is running (see the progress bar). Wait for it to finish, or press Cancel, then try again.',
};
