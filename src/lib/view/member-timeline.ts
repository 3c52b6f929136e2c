/**
 * The member timeline's words and choices, as pure functions over its layout rows
 * (`layout/member-timeline.ts`): each row's accessible sentence, each bar's text, whom a row selects,
 * the reasoning behind a row, the legend of end causes, and which row holds the roving tab stop.
 */
import type { Timeline } from '../model/steps.ts';
import type { Lang } from '../model/types.ts';
import type { ShapeName } from '../layout/scene.ts';
import type { TimelineRow, TimelineSegment } from '../layout/member-timeline.ts';
import { shapeFor } from '../layout/nodes.ts';
import { END_CAUSES } from '../model/types.ts';
import { formatDate } from '../model/dates.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';
import { endCauseLabel, orgShortName, personName, postLabel, postShortLabel, startCauseLabel } from './names.ts';

/** A step's date in `lang` ("6/1996"), '' for a step that does not exist. */
function stepDate(timeline: Timeline, k: number, lang: Lang): string {
  const s = timeline.steps[k];
  return s ? formatDate(s.date, lang) : '';
}

const lowerFirst = (s: string, lang: Lang) => (s ? s.charAt(0).toLocaleLowerCase(lang) + s.slice(1) : s);

/** A row's title: the person's name (member rows) or the post's label (seat rows). */
export function rowTitle(timeline: Timeline, row: TimelineRow, lang: Lang): string {
  return row.kind === 'member' ? personName(timeline, row.id, lang) : postLabel(timeline, row.id, lang);
}

/**
 * One bar's text: its bodies (member rows; with the posts when another bar of the row has the same
 * bodies) or its holder (seat rows), then its dates, then "(suy luận)" when inferred.
 * "BCH, BTV 1996–1999", "BCH member 21 from 1999 (inferred)".
 * @param i the segment's index in `row.segments`
 */
export function segmentText(timeline: Timeline, row: TimelineRow, g: TimelineSegment, i: number, lang: Lang): string {
  let what: string;
  if (row.kind === 'member') {
    what = g.orgs.map((o) => orgShortName(timeline, o, lang)).join(', ');
    // Posts only where they tell segments apart (same bodies, different posts).
    const twin = row.segments.some((o, j) => j !== i && o.orgs.join() === g.orgs.join());
    if (twin && g.post_ids.length) what += ` · ${g.post_ids.map((p) => postShortLabel(timeline, p, lang)).join(', ')}`;
  } else {
    what = personName(timeline, g.person_id, lang);
  }
  const start = g.openStart ? '' : stepDate(timeline, g.startStep, lang);
  const dates = g.endStep === null ? (start ? UI_WORDS[lang].memberTimeline.from(start) : '') : `${start}–${stepDate(timeline, g.endStep, lang)}`;
  return `${what}${dates ? ` ${dates}` : ''}${g.inferred ? ` (${STRINGS[lang].inferred})` : ''}`;
}

/**
 * A bar's tooltip: `segmentText`, then one "Lý do suy luận: …" line per reasoning of the bar
 * (lines joined by "\n").
 * @param i the segment's index in `row.segments`
 */
export function segmentTitle(timeline: Timeline, row: TimelineRow, g: TimelineSegment, i: number, lang: Lang): string {
  const t = STRINGS[lang];
  return [segmentText(timeline, row, g, i, lang), ...g.basis.map((b) => t.basisLine(pick(b, lang)))].join('\n');
}

/** One body in the member timeline's legend, in tree order; its bars use `orgColor(colorIndex)`. */
export interface OrgLegendItem {
  id: string;
  /** The body's short name in `lang` ("BCH"). */
  label: string;
  /** Its index in tree order: the palette's colour and the hatch pattern's number. */
  colorIndex: number;
}

/** The bodies of the dataset in tree order, for the legend and the hatch patterns of inferred bars. */
export function orgLegend(timeline: Timeline, lang: Lang): OrgLegendItem[] {
  return timeline.orgIdsInTreeOrder.map((id, colorIndex) => ({ id, label: orgShortName(timeline, id, lang), colorIndex }));
}

/**
 * A row's accessible sentence: its title, its bars, then its ends and by-election arrivals in step
 * order (ends first at one step), then "(khớp tìm kiếm)" when it matches the search.
 * "Bí thư Quận ủy (đến 1999): BCH, BTV, Thường trực 1996–1999; nghỉ hưu 1999".
 */
export function rowSentence(timeline: Timeline, row: TimelineRow, lang: Lang, matched: boolean): string {
  const parts = row.segments.map((g, i) => segmentText(timeline, row, g, i, lang));
  const events = [...row.markers].sort((a, b) => a.step - b.step || (a.kind === 'end' ? -1 : 1));
  for (const m of events) {
    const who = row.kind === 'seat' ? `${personName(timeline, m.person_id, lang)}: ` : '';
    if (m.kind === 'end') {
      const label = endCauseLabel(m.cause, lang);
      const dest = m.destination ? ` (${pick(m.destination, lang)})` : '';
      if (label) parts.push(`${who}${lowerFirst(label, lang)} ${stepDate(timeline, m.step, lang)}${dest}`);
    } else {
      const label = startCauseLabel(m.cause, lang) || String(m.cause);
      parts.push(`${who}${lowerFirst(label, lang)} ${stepDate(timeline, m.step, lang)}`);
    }
  }
  const match = matched ? ` (${UI_WORDS[lang].memberTimeline.matched})` : '';
  return `${rowTitle(timeline, row, lang)}: ${parts.join('; ')}${match}`;
}

/**
 * Whom a row selects: the person (member rows), or the post's holder at `step`, else the latest
 * holder before it, else the first; null for a seat row without holders.
 */
export function rowTarget(row: TimelineRow, step: number): string | null {
  if (row.kind === 'member') return row.id;
  const now = row.segments.find((g) => g.startStep <= step && (g.endStep === null || step < g.endStep));
  if (now) return now.person_id;
  const before = row.segments.filter((g) => g.startStep <= step).pop();
  return (before ?? row.segments[0])?.person_id ?? null;
}

/** The distinct reasoning texts of a row's bars, in order. */
export function rowBases(row: TimelineRow, lang: Lang): string[] {
  const out: string[] = [];
  for (const g of row.segments) {
    for (const b of g.basis) {
      const t = pick(b, lang);
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/**
 * Shortens a row title to whole words (and drops an unclosed parenthesis), so that the visible words
 * stay a contiguous part of the row's accessible name (WCAG 2.5.3 "label in name").
 * @param n the longest result, in UTF-16 code units, ellipsis included
 */
export function truncateTitle(s: string, n: number): string {
  if (s.length <= n) return s;
  let t = s.slice(0, n - 1);
  const space = t.lastIndexOf(' ');
  if (space > n / 3) t = t.slice(0, space);
  const open = t.lastIndexOf('(');
  if (open > 0 && open > t.lastIndexOf(')')) t = t.slice(0, open);
  return `${t.trimEnd().replace(/[\s,;:–—-]+$/, '')}…`;
}

/** One entry of the legend of end markers. */
export interface CauseLegendItem {
  /** The end cause, or 'other' for causes drawn alike (neutral diamond) grouped together. */
  cause: string;
  shape: ShapeName;
  /** Fill colour (hex). */
  color: string;
  label: string;
}

/**
 * The legend of end markers for the causes with which memberships of this dataset end (a missing
 * cause counts as `unknown`), in the format's order of causes. Causes drawn the same way (same shape
 * and colour, e.g. `unknown` and `term_end`) share one entry: named by the cause when it is the only
 * one, "Lý do khác"/"Other cause" when there are several or the cause is unknown.
 * @param colorOf the fill colour of a cause's marker (the chart's palette: `causeColor` of
 *   `draw/palette.ts`, passed in so that view logic stays below the drawing)
 */
export function causeLegend(timeline: Timeline, lang: Lang, colorOf: (cause: string) => string): CauseLegendItem[] {
  const present = new Set<string>();
  for (const sp of timeline.spans) if (sp.endStep !== null) present.add(sp.membership.end_cause ?? 'unknown');
  const order = [...END_CAUSES, ...[...present].filter((c) => !(END_CAUSES as readonly string[]).includes(c)).sort()];
  const byLook = new Map<string, { causes: string[]; shape: ShapeName; color: string }>();
  for (const cause of order) {
    if (!present.has(cause)) continue;
    const shape = shapeFor('departed', cause);
    const color = colorOf(cause);
    const look = `${shape}|${color}`;
    const entry = byLook.get(look);
    if (entry) entry.causes.push(cause);
    else byLook.set(look, { causes: [cause], shape, color });
  }
  const other = UI_WORDS[lang].memberTimeline.otherCause;
  return [...byLook.values()].map(({ causes, shape, color }) => {
    const single = causes.length === 1 && causes[0] !== 'unknown';
    return { cause: single ? causes[0]! : 'other', shape, color, label: single ? endCauseLabel(causes[0], lang) : other };
  });
}

/**
 * Which row holds the roving tab stop: the focused row while one is focused; else the row of the
 * selected member (first row that draws them); else `previous`. Clamped to the rows (0 when none).
 */
export function rovingRow(rows: readonly TimelineRow[], member: string | null, focused: number | null, previous: number): number {
  let i = focused ?? -1;
  if (i < 0 && member !== null) i = rows.findIndex((r) => r.person_ids.includes(member));
  if (i < 0) i = previous;
  return Math.max(0, Math.min(rows.length - 1, i));
}

/**
 * The steps' tick marks of the timeline's head as one SVG path (one node, not one line per step:
 * 1,500 steps made 1,500 nodes to update at each new layout): a vertical stroke from `y0` to `y1`
 * at each step's x, in the layout's x units (the component scales them to its width).
 */
export function stepTicksPath(steps: readonly { x: number }[], y0: number, y1: number): string {
  return steps.map((s) => `M${s.x},${y0}V${y1}`).join('');
}
