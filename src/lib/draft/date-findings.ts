/**
 * Findings about the dates of a draft: a written date that names no real day, month or quarter
 * (`rules/bad-dates.ts`; skipped when reading, so the change gets no part of it), and a change dated
 * outside the term (before its first year, or after the report's date or the term's last year).
 * Each with its paragraph; the sentences and how to fix them are in `i18n/draft-more-words.ts`. Pure.
 */
import type { DraftFinding, DraftRecord } from './types.ts';
import { splitParagraphs } from './paragraphs.ts';
import { normalizeForMatch, originalSpan } from './normalize.ts';
import { findBadDates } from './rules/bad-dates.ts';

/** The first year of an EDTF date or interval (`1997-02`, `2005/2005-12`), or NaN. */
const firstYear = (d: string): number => Number(/^\d{4}/.exec(d)?.[0] ?? NaN);
/** The last year of an EDTF date or interval. */
const lastYear = (d: string): number => Number(/(\d{4})(?:-\d\d){0,2}$/.exec(d)?.[1] ?? NaN);

/**
 * Every `date-not-a-date` of `text` (params: `written`, the date as written) and every
 * `change-outside-term` of `records` (params: `date`, `side` before/after, `from`, `to`: the term's
 * first year and the report's date or the term's last year).
 * @param term the term's years, when the text gives them
 * @param reportDate the report's date (EDTF, an interval when inferred), or null
 */
export function dateFindings(text: string, records: readonly DraftRecord[], term: { startYear: string; endYear: string } | null, reportDate: string | null): DraftFinding[] {
  const out: DraftFinding[] = [];
  for (const p of splitParagraphs(text)) {
    const norm = normalizeForMatch(p.text);
    for (const b of findBadDates(norm.text)) {
      const o = originalSpan(norm, b.start, b.end);
      out.push({ code: 'date-not-a-date', paragraph: p.n, params: { written: p.text.slice(o.start, o.end).trim() } });
    }
  }
  if (!term) return out;
  const from = Number(term.startYear);
  const to = reportDate ? lastYear(reportDate) : Number(term.endYear);
  for (const r of records) {
    if (r.kind !== 'event') continue;
    for (const e of r.yields.events ?? []) {
      if (e.id === 'start' || !e.date) continue;
      const side = firstYear(e.date) < from ? 'before' : lastYear(e.date) > to ? 'after' : null;
      if (side) out.push({ code: 'change-outside-term', paragraph: r.spans[0]?.paragraph ?? null, params: { date: e.date, side, from: term.startYear, to: String(to) } });
    }
  }
  return out;
}
