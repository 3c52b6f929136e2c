/**
 * The chart's stylesheet, shared by the SVG export (inside its `<style>`) and the on-screen chart
 * (the component puts the same string in a `<style>` of its `<svg class="cmv-chart">`), so both look
 * the same. Only simple class selectors, all prefixed `cmv-`: they work in browsers, Inkscape,
 * Illustrator and Word, and they cannot clash with the page's own classes.
 *
 * Markup the classes expect (what `sceneToSvg` writes; the helpers below give the class strings):
 *   body:    <rect class={boxClasses(i).frame}> <text class={boxClasses(i).title}>
 *   tray:    <rect class={trayFrameClass(kind)}> <text class="cmv-text cmv-tray-title">
 *   node:    <g class={nodeClass(n)}> <title>full label</title> <path class={shapeClass(n)} d={SHAPE_PATHS[n.shape]}>
 *            [inferred: <g class="cmv-inferred"><circle class="cmv-inferred-bg"><path class="cmv-inferred-mark"></g>]
 *            [new at this step: <g class="cmv-new"><circle class="cmv-new-bg"><path class="cmv-new-mark"></g>]
 *            <text class={labelClass(n)}><tspan>…
 *   vacant:  <circle class="cmv-vacant-seat" r={VACANT_R}>
 */
import { CAUSE_COLORS, NEUTRAL, ORG_COLORS, shade, tint } from './palette.ts';
import { BOX_TITLE_FONT, LABEL_FONT, LEGEND_FONT, SOURCE_FONT, TRAY_TITLE_FONT } from '../layout/scene.ts';

/**
 * The chart's font: Be Vietnam Pro (OFL; Latin and Vietnamese), whose metrics the layout measures
 * with (`layout/text.ts`). Exports embed it (`fonts.ts`); the app should load it too
 * (`@fontsource/be-vietnam-pro`, 400 and 700) so that the screen matches the measurements.
 */

/** Stroke width of a node's shape at its full size (scene units); a smaller seat's scales with it. */
export const SHAPE_STROKE = 1.2;
export const FONT_FAMILY = 'Be Vietnam Pro';
/** The arrows Be Vietnam Pro lacks ("→"): a subset of Noto Sans Math that exports embed under this name. */
export const SYMBOL_FAMILY = 'CMV Symbols';
/**
 * The font stack: the chart's font and the embedded symbols first, then fonts that cover Vietnamese
 * (most likely first; Arial maps to Liberation Sans on Linux) and the generic family, for viewers
 * that do not load embedded fonts and for characters the embedded fonts lack.
 */
export const FONT_STACK = `'${FONT_FAMILY}', '${SYMBOL_FAMILY}', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif`;

/** Class name for an end cause (anything outside [a-z0-9_] becomes "-"). */
export function causeClass(cause: string): string {
  return `cmv-cause-${cause.toLowerCase().replace(/[^a-z0-9_]/g, '-')}`;
}

/** Class names for a body's palette index. */
export function orgClass(colorIndex: number): string {
  const n = ORG_COLORS.length;
  return `cmv-c${((colorIndex % n) + n) % n}`;
}

/** Classes of a node's `<g>`: `cmv-node cmv-seated|cmv-departed [cmv-is-inferred]`. */
export function nodeClass(n: { kind: 'seated' | 'departed'; inferred: boolean }): string {
  return `cmv-node ${n.kind === 'seated' ? 'cmv-seated' : 'cmv-departed'}${n.inferred ? ' cmv-is-inferred' : ''}`;
}

/** Classes of a node's shape `<path>`: body colour (seated) or cause colour (departed). */
export function shapeClass(n: { kind: 'seated' | 'departed'; colorIndex: number; cause: string | null }): string {
  return n.kind === 'seated'
    ? `cmv-shape ${orgClass(n.colorIndex)}`
    : `cmv-shape cmv-departed-shape ${causeClass(n.cause ?? 'unknown')}`;
}

/** Classes of a node's label `<text>`. */
export function labelClass(n: { kind: 'seated' | 'departed' }): string {
  return `cmv-text ${n.kind === 'seated' ? 'cmv-label' : 'cmv-label-departed'}`;
}

/** Classes of a body's frame `<rect>` and title `<text>`. */
export function boxClasses(colorIndex: number): { frame: string; title: string } {
  const c = orgClass(colorIndex).slice('cmv-'.length);
  return { frame: `cmv-box-frame cmv-box-${c}`, title: `cmv-text cmv-box-title cmv-box-title-${c}` };
}

/** Class of a tray's frame `<rect>`. */
export function trayFrameClass(kind: 'exit' | 'entry'): string {
  return kind === 'exit' ? 'cmv-tray-frame' : 'cmv-tray-frame-entry';
}

const INK = '#1F2328';

function build(): string {
  const rules: string[] = [
    `.cmv-chart{font-family:${FONT_STACK}}`,
    `.cmv-bg{fill:#FFFFFF}`,
    `.cmv-text{font-family:${FONT_STACK};fill:${INK}}`,
    `.cmv-caption-title{font-size:16px;font-weight:700}`,
    `.cmv-caption-step{font-size:13px;font-weight:700}`,
    `.cmv-caption-text{font-size:12.5px;fill:#333A40}`,
    `.cmv-box-frame{stroke-width:1.6}`,
    `.cmv-box-title{font-size:${BOX_TITLE_FONT}px;font-weight:700}`,
    `.cmv-label{font-size:${LABEL_FONT}px;fill:${INK}}`,
    `.cmv-label-departed{font-size:${LABEL_FONT}px;fill:#4A4F55}`,
    `.cmv-shape{stroke-width:${SHAPE_STROKE}}`,
    `.cmv-vacant-seat{fill:#FFFFFF;stroke:#6E7781;stroke-width:1.3;stroke-dasharray:3 2.2}`,
    `.cmv-inferred-bg{fill:#FFFFFF;stroke:${INK};stroke-width:0.9}`,
    // "Stated facts only": what rests on inference is greyed out, on screen and in exports.
    `.cmv-stated-only .cmv-is-inferred{opacity:0.22}`,
    `.cmv-inferred-mark{fill:none;stroke:${INK};stroke-width:1.1;stroke-linecap:round}`,
    `.cmv-new-bg{fill:${INK};stroke:#FFFFFF;stroke-width:0.9}`,
    `.cmv-new-mark{fill:none;stroke:#FFFFFF;stroke-width:1.5;stroke-linecap:round}`,
    `.cmv-tray-frame{fill:#F6F6F3;stroke:#8C8C8C;stroke-width:1.2;stroke-dasharray:6 3}`,
    `.cmv-tray-frame-entry{fill:#FBFBF8;stroke:#8C8C8C;stroke-width:1.2;stroke-dasharray:2 3}`,
    `.cmv-tray-title{font-size:${TRAY_TITLE_FONT}px;font-weight:700;fill:#3D434A}`,
    `.cmv-legend-frame{fill:none;stroke:#D0D7DE;stroke-width:1}`,
    `.cmv-legend-title{font-size:12px;font-weight:700}`,
    `.cmv-legend-label{font-size:${LEGEND_FONT}px}`,
    `.cmv-legend-neutral{fill:#C9CED3;stroke:#6E7781;stroke-width:1.2}`,
    `.cmv-source{font-size:${SOURCE_FONT}px;fill:#57606A}`,
    `.cmv-departed-shape{fill:${NEUTRAL};stroke:${shade(NEUTRAL, 0.45)};stroke-width:1.2}`,
    // The step's marks: the members it did not touch are dimmed; its tags; a vacant post's placeholder.
    `.cmv-dim{opacity:0.38}`,
    `.cmv-change-tag{font-size:${LABEL_FONT}px;font-weight:700}`,
    `.cmv-vacant-post-label{font-size:${LABEL_FONT}px;font-style:italic;fill:#57606A}`,
  ];
  ORG_COLORS.forEach((c, i) => {
    rules.push(`.cmv-c${i}{fill:${c};stroke:${shade(c, 0.4)}}`);
    rules.push(`.cmv-box-c${i}{fill:${tint(c, i === 0 ? 0.05 : 0.09)};stroke:${c}}`);
    rules.push(`.cmv-box-title-c${i}{fill:${shade(c, 0.45)}}`);
  });
  for (const [cause, c] of Object.entries(CAUSE_COLORS)) {
    rules.push(`.${causeClass(cause)}{fill:${c};stroke:${shade(c, 0.45)}}`);
  }
  return rules.join('\n');
}

/** The stylesheet (a constant string). */
export const CHART_CSS: string = build();
