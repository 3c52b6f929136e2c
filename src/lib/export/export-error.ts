/**
 * A failure of a file export, with a code instead of words: the UI says it in its language
 * (`view/errors.ts`). `message` is the English sentence, for logs and the console.
 */
import { CodedError, type ErrorParams, type ExportErrorCode } from '../i18n/errors.ts';

export class ExportError extends CodedError<ExportErrorCode> {
  /**
   * @param code what failed (`svg-not-loaded`: the SVG could not be decoded as an image;
   *   `png-too-large`: no canvas could be made even at 0.25×; `fonts-unavailable`: the font files
   *   to embed could not be fetched; `busy`: another long task is running)
   * @param params values for the sentence (none needed today)
   */
  constructor(code: ExportErrorCode, params: ErrorParams = {}) {
    super(code, params);
    this.name = 'ExportError';
  }
}
