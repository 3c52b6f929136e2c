/**
 * The dataset's story in one sentence, the page's headline: how its top bodies changed from the
 * first step to the last ("1996–2000: the District 6 Party Executive Committee went from 35 to 32
 * members, its Standing Committee from 11 to 10"). Built from the data of any dataset: a
 * committee, a board, a parliament; one body or several. Pure; words from `i18n/story-words.ts`.
 */
import type { Timeline } from '../model/steps.ts';
import type { ClaimCheck } from '../model/claims.ts';
import type { Lang, Organization } from '../model/types.ts';
import { pick } from '../i18n/strings.ts';
import { STORY_WORDS, type StoryBody } from '../i18n/story-words.ts';

/** At most this many bodies are named in the headline. */
export const STORY_BODIES = 3;

/** One body's start and end, with the years they are of. */
export interface StoryCount {
  /** The body's id. */
  org: string;
  /** Members at the first step: the stated count checked at step 0 when there is one, else the computed count. */
  from: number;
  /** Members at the end: the stated count checked at the last step when there is one (the latest by date), else the computed count. */
  to: number;
  /** Whether `to` is a stated count (a claim) rather than computed. */
  toStated: boolean;
  /** The year `to` is of: the claim's (an interval's end year), else the last step's. */
  toYear: number;
  /** Whether the body is a direct child of the first body named (the headline says "its …"). */
  child: boolean;
}

/**
 * The bodies the headline names, in dataset order: the top bodies (no parent, or a parent that is
 * no body); when there is one, it and its direct child bodies. Groups (parties) are never bodies.
 * At most `STORY_BODIES`.
 */
export function storyBodies(timeline: Timeline): { org: Organization; child: boolean }[] {
  const bodies = timeline.dataset.organizations.filter((o) => !timeline.groupIds.has(o.id));
  const ids = new Set(bodies.map((o) => o.id));
  const roots = bodies.filter((o) => !o.parent_id || !ids.has(o.parent_id));
  if (roots.length !== 1) return roots.slice(0, STORY_BODIES).map((org) => ({ org, child: false }));
  const root = roots[0]!;
  const children = bodies.filter((o) => o.parent_id === root.id);
  return [{ org: root, child: false }, ...children.map((org) => ({ org, child: true }))].slice(0, STORY_BODIES);
}

/** The latest year a claim's date reaches (an interval's end), null when it did not parse. */
function claimYear(c: ClaimCheck): number | null {
  return (c.end ?? c.date)?.year ?? null;
}

/**
 * The start and end counts of the headline's bodies (`storyBodies`). Stated counts win over
 * computed ones: a claim checked against the first step gives `from`, a claim checked against the
 * last step gives `to` (when several, the one dated latest), as the source says them.
 * @param claims `checkClaims(timeline)` (the app state has them)
 */
export function storyCounts(timeline: Timeline, claims: readonly ClaimCheck[]): StoryCount[] {
  const steps = timeline.steps;
  if (steps.length === 0) return [];
  const last = steps.length - 1;
  const lastYear = steps[last]!.date.year;
  return storyBodies(timeline).map(({ org, child }) => {
    const series = timeline.countSeries.get(org.id);
    const own = claims.filter((c) => c.claim.organization_id === org.id);
    const atFirst = own.find((c) => c.step === 0);
    const atLast = own
      .filter((c) => c.step === last)
      .reduce<ClaimCheck | null>((best, c) => (best === null || (claimYear(c) ?? 0) >= (claimYear(best) ?? 0) ? c : best), null);
    const toYear = atLast ? Math.max(lastYear, claimYear(atLast) ?? lastYear) : lastYear;
    return {
      org: org.id,
      from: atFirst ? atFirst.stated : (series?.[0] ?? 0),
      to: atLast ? atLast.stated : (series?.[last] ?? 0),
      toStated: atLast !== null,
      toYear,
      child,
    };
  });
}

/**
 * The headline: "<first year>–<last year>: <first body> went from A to B members, <next> from C to
 * D." A body that did not change "kept its N members" / "stayed at N"; a timeline of one step says
 * what each body had. With no body to count, the period and the dataset's title.
 * @param claims `checkClaims(timeline)`
 * @returns one sentence in `lang` ('' for a timeline with no step)
 */
export function storyHeadline(timeline: Timeline, claims: readonly ClaimCheck[], lang: Lang): string {
  const w = STORY_WORDS[lang];
  const steps = timeline.steps;
  if (steps.length === 0) return '';
  const counts = storyCounts(timeline, claims);
  const fromYear = steps[0]!.date.year;
  const toYear = Math.max(steps[steps.length - 1]!.date.year, ...counts.map((c) => c.toYear));
  const period = w.period(fromYear, toYear);
  if (counts.length === 0) return w.bare(period, pick(timeline.dataset.title, lang));
  const bodies: StoryBody[] = counts.map((c) => ({
    name: pick(timeline.organizationById.get(c.org)?.name, lang) || c.org,
    from: c.from,
    to: c.to,
    child: c.child,
    kind: bodyKind(timeline.organizationById.get(c.org)),
  }));
  const clauses =
    steps.length === 1
      ? bodies.map((b, i) => w.had(b, i === 0))
      : bodies.map((b, i) => (i === 0 ? w.first(b) : w.next(b)));
  return w.sentence(period, clauses);
}

/** The dataset's description in the language, on one line (white space folded), '' when it has none. */
export function storyDescription(timeline: Timeline, lang: Lang): string {
  return pick(timeline.dataset.description, lang).replace(/\s+/g, ' ').trim();
}

/**
 * What a body is, for the word its members go by (`StoryBody.kind`): a committee (its classification
 * or name says committee, *ủy ban*, *ban chấp hành*, *ban thường vụ*, or a party committee's
 * *…ủy*: *Quận ủy*, *Tỉnh ủy*), an assembly (legislature, parliament, assembly, chamber, house,
 * senate, council, *quốc hội*, *hội đồng nhân dân*), else other (a board, a company's council…).
 */
export function bodyKind(org: Organization | undefined): StoryBody['kind'] {
  if (!org) return 'other';
  const text = [org.classification ?? '', ...Object.values(org.name ?? {})].join(' ').toLowerCase();
  if (/committee|ủy ban|ban chấp hành|ban thường vụ|thường trực|đảng ủy|(quận|huyện|tỉnh|thành|thị|xã|phường) ủy/.test(text)) return 'committee';
  if (/legislat|parliament|assembly|chamber|house|senate|council|quốc hội|hội đồng nhân dân|nghị viện/.test(text)) return 'assembly';
  return 'other';
}
