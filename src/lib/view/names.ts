/**
 * Names of the dataset's things in the UI language, shared by the views: bodies, people, posts and
 * causes. Pure functions over a `Timeline`; every one falls back to the id when there is no label.
 */
import type { Timeline } from '../model/steps.ts';
import type { EndCause, Lang, StartCause } from '../model/types.ts';
import { END_CAUSE_LABELS, START_CAUSE_LABELS, pick } from '../i18n/strings.ts';

/** A body's short name ("BCH"), else its name, else its id. */
export function orgShortName(timeline: Timeline, id: string, lang: Lang): string {
  const o = timeline.organizationById.get(id);
  return pick(o?.short_name, lang) || pick(o?.name, lang) || id;
}

/** A person's name, else their id. */
export function personName(timeline: Timeline, id: string, lang: Lang): string {
  return pick(timeline.personById.get(id)?.name, lang) || id;
}

/** A post's label ("Bí thư Quận ủy"), else its id. */
export function postLabel(timeline: Timeline, id: string, lang: Lang): string {
  return pick(timeline.postById.get(id)?.label, lang) || id;
}

/** A post's short label, else its label, else its id. */
export function postShortLabel(timeline: Timeline, id: string, lang: Lang): string {
  const p = timeline.postById.get(id);
  return pick(p?.short_label, lang) || pick(p?.label, lang) || id;
}

/** "Nghỉ hưu" for `retirement`; an unknown cause as written; '' for none. */
export function endCauseLabel(cause: string | null | undefined, lang: Lang): string {
  if (!cause) return '';
  return END_CAUSE_LABELS[cause as EndCause]?.[lang] ?? cause;
}

/** "Bầu bổ sung" for `by_election`; an unknown cause as written; '' for none. */
export function startCauseLabel(cause: string | null | undefined, lang: Lang): string {
  if (!cause) return '';
  return START_CAUSE_LABELS[cause as StartCause]?.[lang] ?? cause;
}
