/**
 * The chart of one step as the user sees it: scene + the texts around it (title, caption, source)
 * in one language. Used by the on-screen chart and by the SVG export, so both are the same drawing.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { changesCaption } from '../model/diff.ts';
import { layoutScene } from '../layout/layout.ts';
import type { SeatPlan } from '../layout/seat-plan.ts';
import type { Scene } from '../layout/scene.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { formatDateText } from '../i18n/dates.ts';
import { stepSummary } from '../i18n/step-summary.ts';
import { chartTree, treeToSvg, type ChartTree, type SvgMeta } from './svg.ts';

/**
 * "BCH 35 → 34, BTV 11 → 10" (at the first step: "BCH 35, BTV 11"), for organizations with seats.
 */
export function countsText(timeline: Timeline, step: number, lang: Lang): string {
  const cap = changesCaption(timeline, step, lang);
  return cap.counts.map((c) => (step === 0 ? `${c.label} ${c.after}` : `${c.label} ${c.before} → ${c.after}`)).join(', ');
}

/** The source line: "Nguồn: <title> (<author>, <kind>, <report date>)." for each source. */
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

/** The texts around the chart at a step. */
export function svgMeta(timeline: Timeline, step: number, lang: Lang): SvgMeta {
  const s = timeline.steps[step];
  const description = pick(s?.event.description, lang) || stepSummary(timeline, step, lang);
  const counts = countsText(timeline, step, lang);
  return {
    datasetTitle: pick(timeline.dataset.title, lang) || timeline.dataset.id,
    stepLabel: timeline.valueText(step, lang),
    stepIndex: step,
    lang,
    sourceText: sourceText(timeline, lang),
    caption: description ? `${counts} · ${description}` : counts,
  };
}

/** Scene and drawing of a step, ready to render or serialise. */
export function viewTree(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang): { scene: Scene; tree: ChartTree } {
  const scene = layoutScene({ timeline, plan, step, lang });
  return { scene, tree: chartTree(scene, svgMeta(timeline, step, lang)) };
}

/**
 * The standalone SVG file of a step (see `sceneToSvg` for what it carries and excludes).
 * @param timeline the model's timeline
 * @param plan `planSeats(timeline)`
 * @param step 0-based step index
 * @param lang language of every text
 */
export function svgForView(timeline: Timeline, plan: SeatPlan, step: number, lang: Lang): string {
  return treeToSvg(viewTree(timeline, plan, step, lang).tree);
}

/**
 * "Stated facts only": mark a standalone SVG (a step, the poster) so that everything resting on
 * inference is greyed out (`.cmv-stated-only .cmv-is-inferred` in the chart's stylesheet).
 * Adds the class to the root `<svg>` only; the rest of the file is unchanged.
 */
export function markStatedOnly(svg: string): string {
  return svg.replace(/<svg\b([^>]*?)\sclass="([^"]*)"/, (m, before: string, cls: string) =>
    cls.split(/\s+/).includes('cmv-stated-only') ? m : `<svg${before} class="${cls} cmv-stated-only"`,
  );
}
