/**
 * Terms (Popolo's legislative periods) of a dataset, and the dataset restricted to one term.
 *
 * A term is an annotation classified `legislative period` whose date is its interval
 * (`"2011-03-09/2016-03-02"`, or `"2016-03-10"` for a term still running). A membership belongs
 * to a term when its `legislative_period_id` names it, or, when it names none, when its dates
 * overlap the term's interval (see `inTerm`). Pure: no words, no DOM.
 */
import { endsBeforeStart } from './timeline-stages.ts';
import type { Annotation, Dataset, LangString, Membership } from './types.ts';
import { compareDates, lowerBound, parseDateRange, upperBound, tryParseDate, type PartialDate } from './dates.ts';

/** The classification of an annotation that is a term (Popolo/EveryPolitician's). */
export const TERM_CLASSIFICATION = 'legislative period';

/** A term of a dataset, from `termsOf`. */
export interface Term {
  /** The annotation's id (what `Membership.legislative_period_id` names). */
  id: string;
  label: LangString;
  /** The annotation's date as written: `"start/end"`, or `"start"` when the term is still running. */
  date: string;
  /** The first day it can mean; null when the date does not parse (the validator reports it). */
  start: PartialDate | null;
  /** Its end; null when still running or unparseable. */
  end: PartialDate | null;
  /** How many memberships belong to it (those `datasetForTerm` keeps). */
  memberships: number;
  /** How many of them can be drawn: not set aside for ending before they start (`endsBeforeStart`). */
  drawable: number;
}

/** The interval of a term in day numbers (`dayNumber`), [from, to] inclusive; `to` is Infinity when still running. */
export interface DayInterval {
  from: number;
  to: number;
}

const isTerm = (a: Annotation): boolean => a.classification === TERM_CLASSIFICATION;

/** Start and end of an annotation's date, or null when it does not parse. */
function termDates(date: string): { start: PartialDate; end: PartialDate | null } | null {
  try {
    const r = parseDateRange(date);
    return { start: r.start, end: r.end };
  } catch {
    return null;
  }
}

function intervalOf(t: Pick<Term, 'start' | 'end'>): DayInterval | null {
  if (!t.start) return null;
  return { from: lowerBound(t.start), to: t.end ? upperBound(t.end) : Infinity };
}

/**
 * Whether membership `m` belongs to the term `termId` with interval `iv`: its
 * `legislative_period_id` names the term; or it names none and its dates overlap the interval
 * (no start = from ever, no end = for ever; a membership that ends on the term's first day, or
 * starts on its last, does not overlap: it belongs to the neighbouring term). A membership of
 * another term never belongs, whatever its dates.
 */
export function inTerm(m: Membership, termId: string, iv: DayInterval | null): boolean {
  if (m.legislative_period_id !== undefined) return m.legislative_period_id === termId;
  if (!iv) return false;
  const s = tryParseDate(m.start_date);
  const e = tryParseDate(m.end_date);
  const startsBeforeEnd = !s || lowerBound(s) < iv.to;
  const endsAfterStart = !e || upperBound(e) > iv.from;
  return startsBeforeEnd && endsAfterStart;
}

/**
 * The terms of `dataset`: its annotations classified `legislative period`, in date order (by
 * start; unparseable dates last; equal starts keep the dataset's order), each with the number of
 * memberships that belong to it (`inTerm`). [] when there are none.
 * Cost: O(terms × memberships).
 */
export function termsOf(dataset: Dataset): Term[] {
  const terms = (dataset.annotations ?? []).filter(isTerm).map((a, order) => {
    const d = termDates(a.date);
    const t: Term = { id: a.id, label: a.label ?? {}, date: a.date, start: d?.start ?? null, end: d?.end ?? null, memberships: 0, drawable: 0 };
    const iv = intervalOf(t);
    const own = (dataset.memberships ?? []).filter((m) => inTerm(m, a.id, iv));
    t.memberships = own.length;
    t.drawable = own.filter((m) => !endsBeforeStart(m)).length;
    return { t, order };
  });
  terms.sort((x, y) => {
    if (x.t.start && y.t.start) return compareDates(x.t.start, y.t.start) || x.order - y.order;
    return (x.t.start ? 0 : 1) - (y.t.start ? 0 : 1) || x.order - y.order;
  });
  return terms.map((x) => x.t);
}

/**
 * The term shown when none is chosen: the latest (in `termsOf`'s order) that has memberships it can
 * draw (a term whose memberships are all set aside has nothing to show);
 * null when no term has any. A parliament's file lists its current term last, and the current
 * term is what a reader opens the file for; a term without members would show an empty chart.
 */
export function defaultTerm(terms: readonly Term[]): Term | null {
  for (let i = terms.length - 1; i >= 0; i--) if (terms[i]!.drawable > 0) return terms[i]!;
  return null;
}

/**
 * `dataset` restricted to the term `termId`: the memberships that belong to it (`inTerm`); the
 * events whose date may fall within the term's interval (from its first day to its last,
 * inclusive), and any other event a kept membership names as its start or end event; the claims
 * of the term (dated within it, or naming a kept event), so that a count stated for another term
 * is not checked against this one; everything else (persons, organizations, posts, annotations,
 * sources, notes) kept as it is, so the term's own annotation and its neighbours stay on the time axis. The result
 * shares records with `dataset` (treat both as read-only).
 * @throws {RangeError} when no annotation classified `legislative period` has the id `termId`.
 */
export function datasetForTerm(dataset: Dataset, termId: string): Dataset {
  const a = (dataset.annotations ?? []).find((x) => isTerm(x) && x.id === termId);
  if (!a) throw new RangeError(`No term (annotation classified "${TERM_CLASSIFICATION}") has the id "${termId}".`);
  const d = termDates(a.date);
  const iv = d ? intervalOf(d) : null;
  const memberships = (dataset.memberships ?? []).filter((m) => inTerm(m, termId, iv));
  const named = new Set<string>();
  for (const m of memberships) {
    if (m.start_event_id) named.add(m.start_event_id);
    if (m.end_event_id) named.add(m.end_event_id);
  }
  const within = (date: string): boolean => {
    const d = tryParseDate(date);
    return !!iv && !!d && upperBound(d) >= iv.from && lowerBound(d) <= iv.to;
  };
  const events = (dataset.events ?? []).filter((e) => named.has(e.id) || within(e.date));
  const kept = new Set(events.map((e) => e.id));
  // A count stated for another term would be checked against this term's steps: only the term's claims stay.
  const claims = (dataset.claims ?? []).filter((c) => (c.event_id !== undefined ? kept.has(c.event_id) : within(c.date)));
  return { ...dataset, memberships, events, claims };
}
