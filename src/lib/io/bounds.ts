/**
 * Bounds every imported file must keep, checked before any other work (normalisation, shape,
 * timeline, layout), so that no file can make the import throw or hang:
 *
 * - at most `MAX_RECORDS[c]` records in each top-level list `c` (`too-many-memberships`,
 *   `too-many-records`), at most `MAX_READINGS` readings (`too-many-records`) and
 *   `MAX_READING_CHECKS` readings × memberships (`too-many-reading-checks`), checked first, before
 *   the values are walked;
 * - lists and objects nested at most `MAX_DEPTH` deep (`too-deep`);
 * - every text (value or field name) at most `MAX_TEXT_LENGTH` characters (`text-too-long`);
 * - `seats` a whole number from 0 to `MAX_SEATS` (`seats-out-of-range`; a value of the wrong type is
 *   left to the shape check, which names it);
 * - ids (`id` and every `…_id` field) free of control characters, bidirectional controls and lone
 *   surrogates (`bad-id-character`);
 * - at most `MAX_STEPS` distinct dates of memberships and events (`too-many-steps`);
 * - every year of a date (`date`, `…_date`, each end of an interval) within `MIN_YEAR`–`MAX_YEAR`
 *   (`date-out-of-range`), and a warning for a date more than `FAR_YEARS` years from the median of
 *   the file's dates (`date-far-from-rest`).
 *
 * The walk is iterative (an explicit stack), so any nesting is safe to check. The problems are data
 * (code, severity, JSON pointer, params), like the model's, so the JSON and Popolo importers locate
 * them by pointer and the CSV importer maps them to its rows. Sentences: `problems.ts`.
 */
import { makeProblem, type ImportProblem } from './problems.ts';

/** The largest number of seats a body may have. */
export const MAX_SEATS = 10_000;
/** The deepest nesting of lists and objects (the top-level object is level 1). */
export const MAX_DEPTH = 64;
/** The longest text, in characters (Unicode code points), of any value or field name. */
export const MAX_TEXT_LENGTH = 10_000;
/** The earliest year a date may have. */
export const MIN_YEAR = 1000;
/** The latest year a date may have. */
export const MAX_YEAR = 2999;
/** A date further than this many years from the median of the file's dates gets a warning. */
export const FAR_YEARS = 200;
/** The most records accepted in each top-level list (memberships: `MAX_MEMBERSHIPS` of import.ts). */
export const MAX_RECORDS: Readonly<Record<string, number>> = {
  memberships: 50_000,
  persons: 50_000,
  posts: 50_000,
  organizations: 10_000,
  events: 10_000,
  claims: 10_000,
  annotations: 10_000,
  sources: 10_000,
  notes: 10_000,
  alternatives: 1_000,
};
/**
 * The most readings in all the dataset's alternatives (`alternatives[].readings`, in our JSON or
 * under Popolo's `committee_history`): the validator applies each and builds its timeline, so the
 * import's cost grows with readings × memberships. The memberships of all the readings together are
 * bounded like the dataset's own (`MAX_RECORDS.memberships`).
 */
export const MAX_READINGS = 200;
/**
 * The most readings × dataset memberships: each reading is checked on a timeline of the whole
 * dataset (about 5 µs per membership), so 2,000,000 is about ten seconds of checks at most (e.g. 40
 * readings of a 50,000-membership house, or the 200 readings of a 10,000-membership one).
 */
export const MAX_READING_CHECKS = 2_000_000;
/**
 * The most distinct dates of memberships and events (each may be a step of the timeline): every
 * step is computed, checked and laid out, and 50,000 of them take tens of seconds.
 */
export const MAX_STEPS = 10_000;
/** At most this many problems of one code are listed (a file with a million bad dates gets 20). */
const MAX_PER_CODE = 20;

/** One bound a file does not keep, as data: `formatImportProblem` renders it once located. */
export interface BoundProblem {
  severity: 'error' | 'warning';
  code: 'too-many-memberships' | 'too-many-records' | 'too-many-reading-checks' | 'too-many-steps' | 'too-deep' | 'text-too-long' | 'seats-out-of-range' | 'bad-id-character' | 'date-out-of-range' | 'date-far-from-rest';
  /** JSON pointer (RFC 6901) of the value, e.g. "/organizations/0/seats"; "" is the whole document. */
  pointer: string;
  params: Record<string, string | number>;
}

/** The codes `checkBounds` reports (for completeness tests). */
export const BOUND_CODES: readonly BoundProblem['code'][] = [
  'too-many-memberships',
  'too-many-records',
  'too-many-reading-checks',
  'too-many-steps',
  'too-deep',
  'text-too-long',
  'seats-out-of-range',
  'bad-id-character',
  'date-out-of-range',
  'date-far-from-rest',
];

const BAD_ID_CHAR = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The pointers of the dates that make steps: memberships' start and end, events' date (ours) or start_date (Popolo). */
const STEP_DATE = /^\/(memberships|events)\/\d+\/(start_date|end_date|date)$/;
const escapePointer = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const isIdKey = (k: string): boolean => k === 'id' || k.endsWith('_id');
const isDateKey = (k: string): boolean => k === 'date' || k.endsWith('_date');
const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Length in code points, counted only when the UTF-16 length could exceed the bound. */
function textLength(s: string): number {
  if (s.length <= MAX_TEXT_LENGTH) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The years of a date or interval text ("1996", "1996-06?", "1996/2000"): each part that starts
 * with a year of four or more digits. Other parts ("15" of "15/06/1996", "..") are skipped: the
 * date check of the shape and the model names them.
 */
function yearsOf(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split('/')) {
    const m = /^\s*(-?\d{4,})/.exec(part);
    if (m) out.push(Number(m[1]));
  }
  return out;
}

/**
 * Checks the bounds above on a parsed JSON value (our dataset, a Popolo file, or a dataset the
 * CSV importer built). Never throws, whatever the value; linear in its size.
 * @param value any JSON value
 * @returns the problems found, in document order by code: errors refuse the import, the
 *   `date-far-from-rest` warnings let it through. At most 20 of each code; the record counts alone
 *   when a list is too long (nothing else is walked then).
 */
export function checkBounds(value: unknown): BoundProblem[] {
  const out: BoundProblem[] = [];
  if (isObj(value)) {
    for (const [collection, limit] of Object.entries(MAX_RECORDS)) {
      const list = value[collection];
      if (!Array.isArray(list) || list.length <= limit) continue;
      const code = collection === 'memberships' ? 'too-many-memberships' : 'too-many-records';
      out.push({ severity: 'error', code, pointer: `/${collection}`, params: code === 'too-many-records' ? { collection, count: list.length, limit } : { count: list.length, limit } });
    }
    out.push(...readingCounts(value));
    if (out.length > 0) return out;
  }
  const counts = new Map<string, number>();
  const add = (p: BoundProblem): void => {
    const n = counts.get(p.code) ?? 0;
    counts.set(p.code, n + 1);
    if (n < MAX_PER_CODE) out.push(p);
  };
  const dates: { pointer: string; value: string; year: number }[] = [];
  const stepDates = new Set<string>();
  const text = (s: string, pointer: string): void => {
    const length = textLength(s);
    if (length > MAX_TEXT_LENGTH) add({ severity: 'error', code: 'text-too-long', pointer, params: { length, limit: MAX_TEXT_LENGTH, start: s.slice(0, 40) } });
  };
  type Item = { v: unknown; pointer: string; key: string | null; depth: number };
  const stack: Item[] = [{ v: value, pointer: '', key: null, depth: 0 }];
  while (stack.length > 0) {
    const { v, pointer, key, depth } = stack.pop()!;
    if (typeof v === 'string') {
      text(v, pointer);
      if (key !== null && isIdKey(key)) {
        const m = BAD_ID_CHAR.exec(v);
        if (m) add({ severity: 'error', code: 'bad-id-character', pointer, params: { id: v, char: hex(m[0].charCodeAt(0)) } });
      }
      if (key !== null && isDateKey(key)) {
        for (const year of yearsOf(v)) {
          if (year < MIN_YEAR || year > MAX_YEAR) {
            add({ severity: 'error', code: 'date-out-of-range', pointer, params: { value: v, min: MIN_YEAR, max: MAX_YEAR } });
            break;
          }
          dates.push({ pointer, value: v, year });
        }
        if (STEP_DATE.test(pointer)) stepDates.add(v);
      }
      continue;
    }
    if (typeof v === 'number') {
      if (key === 'seats' && (v > MAX_SEATS || !Number.isFinite(v))) add({ severity: 'error', code: 'seats-out-of-range', pointer, params: { value: String(v), limit: MAX_SEATS } });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > MAX_DEPTH) {
      add({ severity: 'error', code: 'too-deep', pointer, params: { limit: MAX_DEPTH } });
      continue;
    }
    const children: Item[] = [];
    if (Array.isArray(v)) v.forEach((x, i) => children.push({ v: x, pointer: `${pointer}/${i}`, key: null, depth: depth + 1 }));
    else {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const at = `${pointer}/${escapePointer(k)}`;
        text(k, at);
        children.push({ v: x, pointer: at, key: k, depth: depth + 1 });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (stepDates.size > MAX_STEPS) add({ severity: 'error', code: 'too-many-steps', pointer: '', params: { count: stepDates.size, limit: MAX_STEPS } });
  if (dates.length > 0 && !out.some((p) => p.severity === 'error')) {
    const years = dates.map((d) => d.year).sort((a, b) => a - b);
    const median = years[Math.floor((years.length - 1) / 2)]!;
    const seen = new Set<string>();
    for (const d of dates) {
      if (Math.abs(d.year - median) <= FAR_YEARS || seen.has(d.pointer)) continue;
      seen.add(d.pointer);
      add({ severity: 'warning', code: 'date-far-from-rest', pointer: d.pointer, params: { value: d.value, median, limit: FAR_YEARS } });
    }
  }
  return out;
}

/**
 * `too-many-records` for more than `MAX_READINGS` readings, or more reading memberships than
 * `MAX_RECORDS.memberships`; else `too-many-reading-checks` when readings × the dataset's memberships
 * pass `MAX_READING_CHECKS`.
 */
function readingCounts(value: Record<string, unknown>): BoundProblem[] {
  const ns = value.committee_history;
  const at = Array.isArray(value.alternatives) ? '/alternatives' : isObj(ns) && Array.isArray(ns.alternatives) ? '/committee_history/alternatives' : null;
  if (at === null) return [];
  const alternatives = (at === '/alternatives' ? value.alternatives : (ns as Record<string, unknown>).alternatives) as unknown[];
  let readings = 0;
  let memberships = 0;
  for (const a of alternatives) {
    if (!isObj(a) || !Array.isArray(a.readings)) continue;
    readings += a.readings.length;
    for (const r of a.readings) if (isObj(r) && Array.isArray(r.memberships)) memberships += r.memberships.length;
  }
  const out: BoundProblem[] = [];
  if (readings > MAX_READINGS) out.push({ severity: 'error', code: 'too-many-records', pointer: at, params: { collection: 'readings', count: readings, limit: MAX_READINGS } });
  const limit = MAX_RECORDS.memberships!;
  if (memberships > limit) out.push({ severity: 'error', code: 'too-many-records', pointer: at, params: { collection: 'readings/memberships', count: memberships, limit } });
  const own = Array.isArray(value.memberships) ? value.memberships.length : 0;
  if (out.length === 0 && readings * own > MAX_READING_CHECKS) {
    out.push({ severity: 'error', code: 'too-many-reading-checks', pointer: at, params: { readings, memberships: own, product: readings * own, limit: MAX_READING_CHECKS } });
  }
  return out;
}

/**
 * `checkBounds` of a parsed JSON file as import problems of `file`, each located by its JSON
 * pointer (for our format and Popolo, the pointer into the file itself). Never throws.
 */
export function fileBoundsProblems(value: unknown, file: string): ImportProblem[] {
  return checkBounds(value).map((p) => makeProblem(p.severity, p.code, file, { pointer: p.pointer }, p.params));
}
