/**
 * Dates and intervals as text for the UI: "6/1996", "1996–2000", or the text itself when it does
 * not parse (data is shown as it is, never dropped).
 */
import { formatDateRange, parseDateRange } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';

/** Format a date or interval string from a dataset. Never throws. */
export function formatDateText(text: string, lang: Lang): string {
  try {
    return formatDateRange(parseDateRange(text), lang);
  } catch {
    return text;
  }
}
