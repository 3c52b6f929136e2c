/**
 * The strip under the timeline slider, ready to render: the step stops and the year axis
 * (`layout/step-axis.ts`), each stop's label, and the dataset's context annotations placed on the
 * same years (`layout/axis-annotations.ts`) with their texts in one language. Pure.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { stepAxis, type StepAxis } from '../layout/step-axis.ts';
import { annotationAxis, type AnnotationItem } from '../layout/axis-annotations.ts';
import { annotationsOnAxis } from '../model/axis-range.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { formatDateText } from '../i18n/dates.ts';
import { BODY_WORDS } from '../i18n/body-words.ts';

/** The range input's thumb width, in px: the stops sit at the thumb's centres. */
const THUMB = 18;
/** Height of one lane of annotations, in px. */
const LANE_HEIGHT = 14;
/** Every stop is labelled when each step has at least this many px; else only the current one. */
const LABEL_ALL_FROM = 170;

/** An annotation on the strip, with its texts. */
export interface StripNote extends AnnotationItem {
  /** Its date in `lang` ("6/1999", "1999"). */
  dateText: string;
  /** What follows the date when the date is set apart: ": <label>". */
  rest: string;
  /** "<date>: <label>": its accessible name and tooltip. */
  text: string;
}

/** What the strip draws, in px for its width. */
export interface StepStripView {
  axis: StepAxis;
  /** Each step's short label (`steps[i].label` in `lang`), by step index. */
  stopLabels: string[];
  /** Whether every stop is labelled (wide enough), or only the current step's. */
  labelAll: boolean;
  /** The annotations, in lanes under the axis. */
  notes: StripNote[];
  /** y just below the last lane of annotations, in px (the axis's height when there are none). */
  notesHeight: number;
}

/**
 * Lays out the strip for a width. An inferred annotation (e.g. the built-in dataset's
 * identification of the member whose removal paragraph 40 explains) is marked "(suy luận)" /
 * "(inferred)" after its label; with `statedOnly` it is left out, so "stated facts only" hides it.
 * @param width the strip's (and the range input's) width, in CSS px
 * @param statedOnly leave out the annotations marked `certainty: "inferred"` (default false)
 */
export function stepStrip(timeline: Timeline, width: number, lang: Lang, statedOnly = false): StepStripView {
  const t = STRINGS[lang];
  const steps = timeline.steps;
  const shown = statedOnly ? timeline.dataset.annotations.filter((a) => a.certainty !== 'inferred') : timeline.dataset.annotations;
  const annotations = annotationsOnAxis(shown, steps);
  // The year axis spans the steps' dates, and the annotations' too when there are any (e.g. resolutions
  // of 2000; not those that end before the first step); the annotations are then placed on exactly that axis.
  const first = annotationAxis(annotations);
  const axis = stepAxis(steps, width, { thumb: THUMB, domain: first.items.length > 0 ? first.domain : undefined });
  const notes = annotationAxis(annotations, {
    domain: axis.domain,
    x0: axis.x0,
    x1: axis.x1,
    top: axis.height,
    laneHeight: LANE_HEIGHT,
  });
  return {
    axis,
    stopLabels: steps.map((s) => pick(s.label, lang)),
    labelAll: width / Math.max(1, steps.length) >= LABEL_ALL_FROM,
    notes: notes.items.map((n) => {
      const dateText = formatDateText(n.date, lang);
      const label = n.inferred ? BODY_WORDS[lang].inferredLabel(pick(n.label, lang)) : pick(n.label, lang);
      return { ...n, dateText, rest: t.captionRest(label), text: t.caption(dateText, label) };
    }),
    notesHeight: notes.height,
  };
}
