/**
 * The texts around the chart, built once for the screen and for every exported file (SVG, PNG,
 * ZIP, poster), in one language: the counts ("BCH 35 → 34, BTV 11 → 10"), what happened at the
 * step (the event's own description, else a summary of the changes), the source line, and the
 * title/step/caption/source block the drawing writes (`SvgMeta`).
 *
 * Pure: reads the model's timeline, words come from `i18n/`.
 */
import type { EndCause, Lang, StartCause } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { changesCaption, stepDiff } from '../model/diff.ts';
import { END_CAUSE_LABELS, START_CAUSE_LABELS, STRINGS } from '../i18n/strings.ts';
import { FIGURE_WORDS, SUMMARY_WORDS } from '../i18n/export-words.ts';
import { formatDateText } from '../i18n/dates.ts';
import { pick } from '../i18n/strings.ts';
import { GROUP_WORDS } from '../i18n/group-words.ts';
import { groupChanges } from '../model/group-changes.ts';
import { readingCaption, readingLines } from './readings.ts';

/** What the drawing writes around the chart; every text already in `lang`. */
export interface SvgMeta {
  datasetTitle: string;
  /** "1999 · bầu bổ sung" */
  stepLabel: string;
  stepIndex: number;
  /** Language of the texts ("vi", "en"), written as the root's `lang`. */
  lang: string;
  /** The source line, e.g. "Nguồn: Báo cáo kiểm điểm … (đoạn 3–6)". */
  sourceText: string;
  /** What happened at the step, with the counts ("BCH 35 → 34, BTV 11 → 10 · …"). */
  caption: string;
  /**
   * The reading shown, one line per alternative ("Cách hiểu: <label> (<what is read several ways>)"),
   * written in the description; absent for a dataset without readings.
   */
  readingLines?: string[];
  /**
   * The reading shown as the drawing writes it, after the source line ("Cách hiểu: <label>"; one per
   * alternative, joined by "; "); absent for a dataset without readings.
   */
  readingText?: string;
  /** Legend labels by legend key (`org:<id>`, `vacant`, `cause:<cause>`, `new`, `inferred`); missing keys use the scene's own. */
  legendItems?: Readonly<Record<string, string>> | readonly { key: string; label: string }[];
  /** Legend heading; default the scene's. */
  legendTitle?: string;
  /** What a stated-only drawing greys out, said beside the legend's heading when only stated facts are shown. */
  statedOnlyNote?: string;
}

/** One step's caption in parts (the poster and the ZIP's README lay them out themselves). */
export interface StepCaption {
  /** The step's unique label ("6/1996", "1999 · nghỉ hưu"), from `timeline.valueText`. */
  step: string;
  /** `countsText` of the step. */
  counts: string;
  /** `stepDescription`: the event's description in `lang`, else the summary of the changes. */
  description: string;
}

/**
 * The step caption as the screen shows it, in parts: "<lead> <counts> · <description>", e.g.
 * "6/1996:" "BCH 34, BTV 10" " · " "Ủy viên Thường vụ … bị xóa tên". The counts, the joint and the
 * description are those of the exported drawing's caption (`svgMeta`), in the same order.
 */
export interface ScreenCaption {
  /** The step's unique label ("6/1996", "1999 · nghỉ hưu"). */
  step: string;
  /** The step's label as the caption's lead ("6/1996:"). */
  lead: string;
  /** `countsText` of the step (first, as in the exported caption). */
  counts: string;
  /** Between the counts and the description (`captionParts`): ' · ', or '' without a description. */
  separator: string;
  /** `stepDescription`: the event's description, else the summary of the changes. */
  description: string;
}

/** At most this many names per group in `stepSummary`; the rest are counted. */
const MAX_NAMES = 6;

/** The dataset's title in `lang`, else its id. */
export function datasetTitle(timeline: Timeline, lang: Lang): string {
  return pick(timeline.dataset.title, lang) || timeline.dataset.id;
}

/**
 * "BCH 35 → 34, BTV 11 → 10" (at the first step: "BCH 35, BTV 11"): the organizations with seats
 * (all of them when none has seats), in tree order, as `changesCaption` of the model counts them.
 * @throws RangeError when `step` is not a step of the timeline (from `changesCaption`)
 */
export function countsText(timeline: Timeline, step: number, lang: Lang): string {
  const cap = changesCaption(timeline, step, lang);
  return cap.counts.map((c) => (step === 0 ? `${c.label} ${c.after}` : `${c.label} ${c.before} → ${c.after}`)).join(', ');
}

/** The source line: "Nguồn: <title> (<author>, <kind>, <report date>)." for each source; '' without sources. */
export function sourceText(timeline: Timeline, lang: Lang): string {
  const t = STRINGS[lang];
  const parts = timeline.dataset.sources.map((s) => {
    const extra = [pick(s.author, lang), pick(s.kind, lang), s.report_date ? formatDateText(s.report_date, lang) : '']
      .filter((x) => x !== '')
      .join(', ');
    return `${pick(s.title, lang)}${extra ? ` (${extra})` : ''}`;
  });
  return parts.length ? `${t.source}: ${parts.join('; ')}.` : '';
}

/**
 * What happened at a step, in words, for datasets whose events carry no description (CSV and
 * Popolo imports): "Vào: A, B (Bầu bổ sung). Rời: C (Nghỉ hưu)." Built from the model's diff between
 * the previous step and this one, and its changes of group (`groupChanges`: "Changed group: A (Red
 * → Blue)."); names are the dataset's person names.
 * @param step 0-based step index (at 0: the initial membership count)
 * @returns one sentence per kind of change, joined by spaces; '' when nothing changed
 */
export function stepSummary(timeline: Timeline, step: number, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const name = (id: string) => pick(timeline.personById.get(id)?.name, lang) || id;
  const org = (id: string) => {
    const o = timeline.organizationById.get(id);
    return pick(o?.short_name, lang) || pick(o?.name, lang) || id;
  };
  if (step === 0) {
    const s = timeline.snapshotAt(0);
    return `${w.start}: ${timeline.orgIdsInTreeOrder.map((o) => `${org(o)} ${s.counts[o] ?? 0}`).join(', ')}.`;
  }
  const t = stepDiff(timeline, step);
  const list = (items: string[]) =>
    items.length > MAX_NAMES ? `${items.slice(0, MAX_NAMES).join(', ')} ${w.more(items.length - MAX_NAMES)}` : items.join(', ');
  const parts: string[] = [];
  // A cause inside the sentence, after a name: "(bầu bổ sung)", "(retired)", not the tray title's capital.
  const cause = (label: string | undefined, code: string) => (label === undefined ? code : inSentence(label, lang));
  const enters = t.flatMap((x) => (x.kind === 'enter' ? [`${name(x.person_id)}${x.cause ? ` (${cause(START_CAUSE_LABELS[x.cause as StartCause]?.[lang], x.cause)})` : ''}`] : []));
  const exits = t.flatMap((x) => (x.kind === 'exit' ? [`${name(x.person_id)}${x.cause ? ` (${cause(END_CAUSE_LABELS[x.cause as EndCause]?.[lang], x.cause)})` : ''}`] : []));
  const moves = t.flatMap((x) => (x.kind === 'move' ? [`${name(x.person_id)} (${org(x.from)} → ${org(x.to)})`] : []));
  const roles = t.flatMap((x) => (x.kind === 'role' ? [name(x.person_id)] : []));
  const gw = GROUP_WORDS[lang];
  const groupName = (id: string | null) => (id === null ? '–' : org(id));
  const regrouped = groupChanges(timeline, step).map((c) => gw.changedGroupOne(name(c.person_id), groupName(c.from), groupName(c.to)));
  if (enters.length) parts.push(`${w.enter}: ${list(enters)}.`);
  if (exits.length) parts.push(`${w.exit}: ${list(exits)}.`);
  if (moves.length) parts.push(`${w.move}: ${list(moves)}.`);
  if (roles.length) parts.push(`${w.role}: ${list(roles)}.`);
  if (regrouped.length) parts.push(`${gw.summaryChanged}: ${list(regrouped)}.`);
  return parts.join(' ');
}

/** What happened at a step: the event's description in `lang`, else `stepSummary` (the screen's and the SVG's text). */
export function stepDescription(timeline: Timeline, step: number, lang: Lang): string {
  return pick(timeline.steps[step]?.event.description, lang) || stepSummary(timeline, step, lang);
}

/** A step's caption in parts: label, counts, and what happened (`stepDescription`: the event's description, else the summary of the changes). */
export function stepCaption(timeline: Timeline, step: number, lang: Lang): StepCaption {
  return {
    step: timeline.valueText(step, lang),
    counts: countsText(timeline, step, lang),
    description: stepDescription(timeline, step, lang),
  };
}

/**
 * The step caption on screen (`ScreenCaption`), from the same functions as the exported caption.
 * @param step 0-based step index
 * @throws RangeError when `step` is not a step of the timeline (from `countsText`)
 */
export function screenCaption(timeline: Timeline, step: number, lang: Lang): ScreenCaption {
  const label = timeline.valueText(step, lang);
  return {
    step: label,
    lead: STRINGS[lang].captionLead(label),
    ...captionParts(countsText(timeline, step, lang), stepDescription(timeline, step, lang)),
  };
}

/**
 * The caption's order and joint, the one rule for the screen and every file: the counts, then
 * " · " and the description (no joint when there is no description).
 */
export function captionParts(counts: string, description: string): { counts: string; separator: string; description: string } {
  return { counts, separator: description ? ' · ' : '', description };
}

/** "<counts> · <description>", or the counts alone without a description (`captionParts` as one string). */
export function captionText(counts: string, description: string): string {
  const p = captionParts(counts, description);
  return `${p.counts}${p.separator}${p.description}`;
}

/** What a stated-only drawing greys out, in a sentence (said beside the legend's heading). */
export function statedOnlyNote(lang: Lang): string {
  return FIGURE_WORDS[lang].statedOnly;
}

/**
 * The texts around the chart at a step (what `chartTree` writes as title, caption and source). When
 * the dataset has readings, the drawing names the reading shown after the source line (`readingText`;
 * the step's caption keeps its room for what happened) and the description says it whole
 * (`readingLines`).
 * @param reading the reading shown (a `Reading.id`), null for the default readings
 */
export function svgMeta(timeline: Timeline, step: number, lang: Lang, reading: string | null = null): SvgMeta {
  const lines = readingLines(timeline.dataset, reading, lang);
  return {
    datasetTitle: datasetTitle(timeline, lang),
    stepLabel: timeline.valueText(step, lang),
    stepIndex: step,
    lang,
    sourceText: sourceText(timeline, lang),
    caption: captionText(countsText(timeline, step, lang), stepDescription(timeline, step, lang)),
    ...(lines.length ? { readingLines: lines, readingText: readingCaption(timeline.dataset, reading, lang) } : {}),
  };
}

/**
 * A label written to start a line ("Bầu bổ sung", "Retired"), as it reads inside a sentence: its
 * first letter in lower case, unless its second letter is a capital too (an abbreviation: "HĐND").
 */
export function inSentence(label: string, lang: string): string {
  const [first, second] = [...label];
  if (first === undefined || (second !== undefined && second !== second.toLocaleLowerCase(lang))) return label;
  return first.toLocaleLowerCase(lang) + label.slice(first.length);
}
