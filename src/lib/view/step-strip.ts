/**
 * The strip under the timeline slider, ready to render: the step stops and the year axis
 * (`layout/step-axis.ts`), each stop's label, and the dataset's context annotations placed on the
 * same years (`layout/axis-annotations.ts`) with their texts in one language. Pure.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { stepAxis, type AxisStop, type StepAxis } from '../layout/step-axis.ts';
import { r1 } from '../layout/round.ts';
import { annotationAxis, type AnnotationItem } from '../layout/axis-annotations.ts';
import { annotationsOnAxis, axisEndDate } from '../model/axis-range.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { formatDateText } from '../i18n/dates.ts';
import { BODY_WORDS } from '../i18n/body-words.ts';

/** The range input's thumb width, in px: the stops sit at the thumb's centres. */
const THUMB = 18;
/** Height of one lane of annotations, in px. */
const LANE_HEIGHT = 14;
/** Font size of the annotations' labels, in px. */
const NOTE_FONT = 11;
/** Most lanes of annotations before they collapse into one labelled row. */
const MAX_LANES = 4;
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
  /** Its label without the date, drawn beside it when `labelled`. */
  labelText: string;
}

/** What the strip draws, in px for its width. */
export interface StepStripView {
  axis: StepAxis;
  /** Each step's short label (`steps[i].label` in `lang`), by step index. */
  stopLabels: string[];
  /** Whether every stop is labelled (wide enough), or only the current step's. */
  labelAll: boolean;
  /**
   * Every stop's connector (slider stop to its date) as one path's `d`, and every date's span as
   * another's: one element each, not two per step (1,500 steps made 3,000 elements to update at a
   * step change). The current step's are drawn again on top (`axis.stops[step]`).
   */
  connectorsPath: string;
  spansPath: string;
  /** The annotations, in lanes under the axis. */
  notes: StripNote[];
  /** y just below the last lane of annotations, in px (the axis's height when there are none). */
  notesHeight: number;
  /** Font size of those labels, in px. */
  noteFont: number;
  /**
   * When the notes need more lanes than the strip gives them (a narrow screen), they stand in one
   * row under this line ("Bối cảnh: 10 mốc…"); else null.
   */
  rowLabel: string | null;
}

/** y of the slider stops' end of their connectors, in px. */
export const STOP_Y = 24;

/** A date span's drawn width in px: at least 2, so a day is seen. */
export function spanWidth(s: AxisStop): number {
  return Math.max(2, r1(s.dateX1 - s.dateX0));
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
  // The year axis runs from the first step's year to the last step or the report's date, whichever is
  // later (`axisEndDate`), never a whole year more; the annotations up to its end are placed on exactly that axis.
  const end = axisEndDate(steps, timeline.dataset.sources ?? []);
  const annotations = annotationsOnAxis(shown, steps, end);
  const axis = stepAxis(steps, width, { thumb: THUMB, end });
  const labelOf = (a: (typeof annotations)[number]) => (a.certainty === 'inferred' ? BODY_WORDS[lang].inferredLabel(pick(a.label ?? {}, lang)) : pick(a.label ?? {}, lang));
  const notes = annotationAxis(annotations, {
    domain: axis.domain,
    x0: axis.x0,
    x1: axis.x1,
    top: axis.height,
    laneHeight: LANE_HEIGHT,
    labels: annotations.map(labelOf),
    labelFont: NOTE_FONT,
    maxLanes: MAX_LANES,
  });
  const items: StripNote[] = notes.items.map((n) => {
    const dateText = formatDateText(n.date, lang);
    const labelText = n.inferred ? BODY_WORDS[lang].inferredLabel(pick(n.label, lang)) : pick(n.label, lang);
    return { ...n, dateText, labelText, rest: t.captionRest(labelText), text: t.caption(dateText, labelText) };
  });
  return {
    axis,
    stopLabels: steps.map((s) => pick(s.label, lang)),
    labelAll: width / Math.max(1, steps.length) >= LABEL_ALL_FROM,
    connectorsPath: axis.stops.map((s) => `M${s.x} ${STOP_Y}L${s.dateX} ${axis.yearY - 8}`).join(''),
    spansPath: axis.stops.map((s) => `M${s.dateX0} ${axis.yearY - 8}h${spanWidth(s)}v4h${-spanWidth(s)}z`).join(''),
    notes: items,
    noteFont: NOTE_FONT,
    rowLabel: notes.collapsed ? t.annotationsRow(items.length) : null,
    notesHeight: notes.height,
  };
}
