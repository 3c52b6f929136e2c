/**
 * Partial dates (EDTF level 0 and the `?` of level 1), kept as year/month/day integers.
 * Never converted to a JS `Date`: a year is the same year in every time zone.
 * (Interface fixed here; implementation below.)
 */

export type Precision = 'year' | 'month' | 'day';

/** A parsed partial date. `month`/`day` are 1-based, null when below the precision. */
export interface PartialDate {
  /** The text it was parsed from, normalised: "1996", "1996-06", "1996-06-15", "1999?". */
  text: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
  uncertain: boolean;
}

/** A parsed date or interval ("1996/2000"); for a single date `end` is null. */
export interface DateRange {
  start: PartialDate;
  end: PartialDate | null;
}
