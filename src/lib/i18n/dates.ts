/**
 * Dates and intervals as text for the UI: "6/1996", "1996–2000", or the text itself when it does
 * not parse (data is shown as it is, never dropped).
 */
import { formatDate, formatDateRange, parseDateRange, type PartialDate } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';

/** Format a date or interval string from a dataset. Never throws. */
export function formatDateText(text: string, lang: Lang): string {
  try {
    return formatDateRange(parseDateRange(text), lang);
  } catch {
    return text;
  }
}

/**
 * The date of something that happened at one moment known only to its precision, as a phrase: a
 * single date as `formatDate` writes it ("4/2000", "1999"); an interval, for a moment somewhere
 * within it ("2000-04/2000-12", a stated count whose date is known only as far as the report's),
 * vi "trong khoảng 4/2000–12/2000", en "between 4/2000 and 12/2000"; text that does not parse,
 * as it is. Never throws.
 */
export function formatMomentText(text: string, lang: Lang): string {
  try {
    const r = parseDateRange(text);
    if (r.end === null) return formatDate(r.start, lang);
    const a = formatDate(r.start, lang);
    const b = formatDate(r.end, lang);
    return lang === 'vi' ? `trong khoảng ${a}–${b}` : `between ${a} and ${b}`;
  } catch {
    return text;
  }
}

/**
 * A date as a phrase that can follow a verb, as each language writes it: vi "năm 1999",
 * "tháng 6/1996", "ngày 15/6/1996"; en "in 1999", "in June 1996", "on 15 June 1996".
 */
export function formatDateWord(d: PartialDate, lang: Lang): string {
  const text = formatDate(d, lang);
  if (lang === 'vi') return d.month === null ? `năm ${text}` : d.day === null ? `tháng ${text}` : `ngày ${text}`;
  return d.day === null ? `in ${text}` : `on ${text}`;
}
