/** The "source" section as text: the dataset's sources, its notes and its context annotations in date order. */
import type { Dataset, Lang } from '../model/types.ts';
import { compareDates, tryParseDate } from '../model/dates.ts';
import { formatLocator } from '../i18n/citations.ts';
import { formatDateText } from '../i18n/dates.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { BODY_WORDS } from '../i18n/body-words.ts';

export interface SourceInfoView {
  /** Each source: its title, then ", author (kind). Report date: …. Web page date: …." and the reasoning of an inferred report date ('' for none). */
  sources: { id: string; title: string; rest: string; basis: string }[];
  /** Dataset notes with their citation locators ("đoạn 4"). */
  notes: { id: string; text: string; cites: string[] }[];
  /**
   * Annotations in date order (dates that do not parse last, as listed), date as text; an inferred
   * one has its label marked "(suy luận)" / "(inferred)" and its reasoning in `basis` ("Căn cứ: …"
   * / "Basis: …", '' for a stated one).
   */
  annotations: { id: string; date: string; label: string; cites: string[]; inferred: boolean; basis: string }[];
}

/**
 * The source section of `dataset` in `lang`.
 * @param opts `statedOnly`: leave out the annotations marked `certainty: "inferred"` ("stated facts
 *   only" hides them, e.g. the built-in dataset's identification of the member removed from the roll)
 */
export function sourceInfoView(dataset: Dataset, lang: Lang, opts: { statedOnly?: boolean } = {}): SourceInfoView {
  const t = STRINGS[lang];
  const cites = (cs: readonly { locator: string }[] | undefined) => (cs ?? []).map((c) => formatLocator(c.locator, lang));
  const sources = dataset.sources.map((s) => {
    let rest = '';
    if (s.author) rest += `, ${pick(s.author, lang)}`;
    if (s.kind) rest += ` (${pick(s.kind, lang)})`;
    rest += '.';
    if (s.report_date) {
      rest += ` ${t.reportDate}: ${formatDateText(s.report_date, lang)}`;
      if (s.report_date_certainty === 'inferred') rest += ` (${t.inferred})`;
      rest += '.';
    }
    if (s.page_date) rest += ` ${t.pageDate}: ${formatDateText(s.page_date, lang)}.`;
    return { id: s.id, title: pick(s.title, lang), rest, basis: s.report_date_basis ? pick(s.report_date_basis, lang) : '' };
  });
  const words = BODY_WORDS[lang];
  const annotations = dataset.annotations
    .filter((a) => !(opts.statedOnly && a.certainty === 'inferred'))
    .sort((a, b) => {
      const ra = tryParseDate(a.date.split('/')[0]);
      const rb = tryParseDate(b.date.split('/')[0]);
      if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
      return compareDates(ra, rb);
    })
    .map((a) => {
      const inferred = a.certainty === 'inferred';
      const label = inferred ? words.inferredLabel(pick(a.label, lang)) : pick(a.label, lang);
      const basis = inferred && pick(a.basis, lang) !== '' ? words.annotationBasis(pick(a.basis, lang)) : '';
      return { id: a.id, date: formatDateText(a.date, lang), label, cites: cites(a.citations), inferred, basis };
    });
  const notes = (dataset.notes ?? []).map((n) => ({ id: n.id, text: pick(n.text, lang), cites: cites(n.citations) }));
  return { sources, notes, annotations };
}
