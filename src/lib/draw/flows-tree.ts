/**
 * The drawing of the flows view (`SvgEl` elements in a `ChartTree`, with no member nodes): the
 * same drawing for the screen (rendered element by element, text as text) and the files
 * (`export/flows-export.ts` serialises it with `treeToSvg`). Colours are the chart's palette:
 * bodies in their body colours (`orgColor` by tree position, as the chart's and the member
 * timeline's legends), departures in their cause colours (`causeColor`), arrivals in a neutral
 * grey. A band takes the colour of the cause when it goes out, of the body it joins when it comes in,
 * and of the body it leaves otherwise.
 */
import type { FlowState } from '../layout/flows.ts';
import type { FlowsGeometry } from '../layout/flows-geometry.ts';
import { num } from '../layout/round.ts';
import { FONT_STACK } from './chart-css.ts';
import { causeColor, orgColor, shade } from './palette.ts';
import { SvgBuilder } from './svg-builder.ts';
import type { ChartTree } from './svg-el.ts';

/** The colour of arrivals (entry nodes): a dark neutral grey. */
export const ENTRY_COLOR = '#5A6270';

/** The view's stylesheet (simple class selectors, prefixed `cmv-flows`). */
export const FLOWS_CSS = [
  '.cmv-flows-bg{fill:#FFFFFF}',
  '.cmv-flows-text{fill:#1F2328}',
  '.cmv-flows-title{font-size:17px;font-weight:700}',
  '.cmv-flows-subtitle{font-size:13px;fill:#3D434A}',
  '.cmv-flows-header{font-size:12px;fill:#3D434A}',
  '.cmv-flows-label{font-size:12px;paint-order:stroke;stroke:#FFFFFF;stroke-width:3px;stroke-linejoin:round;pointer-events:none}',
  '.cmv-flows-note{font-size:11.5px;fill:#3D434A}',
  '.cmv-flows-header{pointer-events:none}',
  '.cmv-flows-band{fill:none;stroke-opacity:0.42}',
  '.cmv-flows-band.cmv-flows-active,.cmv-flows-band:hover,.cmv-flows-band:focus{stroke-opacity:0.8}',
  '.cmv-flows-band:focus{outline:none}',
  '.cmv-flows-band.cmv-flows-inferred{stroke:#AEB4BB;stroke-opacity:0.3}',
  '.cmv-flows-node{stroke-width:1}',
].join('\n');

/** What the drawing needs besides the geometry. */
export interface FlowsDrawInput {
  geometry: FlowsGeometry;
  /** Bodies in tree order (their colours). */
  orgIds: readonly string[];
  /** Language of the texts (the root's `lang`). */
  lang: string;
  /** Each band's title (its ends and count) and its people, by band id: a `<title>` in the band. */
  bandText: (id: string) => { title: string; people: string };
  /** The drawing's name (`<title>`): the view's title and the dataset's. */
  name: string;
  /** The description (`<desc>`): the notes and the source. */
  description: string;
  /**
   * On screen: each band is focusable (`tabindex="0"`) with its title as `aria-label`; files have
   * neither.
   */
  interactive?: boolean;
  /** The band shown as active (highlighted), or null. */
  active?: string | null;
  /**
   * "Stated facts only": the part of each band whose people's places rest on inference is drawn
   * apart, at its lower edge, greyed out (as the chart greys them).
   */
  statedOnly?: boolean;
}

/** The colour of a node's state. */
export function stateColor(state: FlowState, orgIds: readonly string[]): string {
  if (state.kind === 'exit') return causeColor(state.cause);
  if (state.kind === 'entry') return ENTRY_COLOR;
  const i = orgIds.indexOf(state.org);
  return orgColor(i < 0 ? 0 : i);
}

/**
 * The drawing of the flows view.
 * @returns a `ChartTree` whose `nodes` is empty; `treeToSvg` serialises it
 */
export function flowsTree(input: FlowsDrawInput): ChartTree {
  const g = input.geometry;
  const b = new SvgBuilder();
  const root: Record<string, string> = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(g.width)} ${num(g.height)}`,
    width: num(g.width),
    height: num(g.height),
    class: 'cmv-flows',
    lang: input.lang,
    // On screen the bands inside are focusable: the drawing is a group named by its title.
    role: input.interactive ? 'group' : 'img',
    'aria-labelledby': 'cmv-flows-title cmv-flows-desc',
    'font-family': FONT_STACK,
  };
  b.text('title', { id: 'cmv-flows-title' }, input.name);
  b.text('desc', { id: 'cmv-flows-desc' }, input.description);
  b.text('style', {}, FLOWS_CSS);
  const head = b.take();

  b.empty('rect', { class: 'cmv-flows-bg', x: 0, y: 0, width: g.width, height: g.height });
  if (g.title.text) b.text('text', { class: 'cmv-flows-text cmv-flows-title', x: g.title.x, y: g.title.y }, g.title.text);
  if (g.subtitle) {
    const lh = g.sizes.subtitle * 1.3;
    b.lines({ class: 'cmv-flows-text cmv-flows-subtitle' }, g.subtitle.x, g.subtitle.lines.map((_, i) => g.subtitle!.y + i * lh), g.subtitle.lines);
  }
  b.open('g', { class: 'cmv-flows-headers' });
  for (const h of g.headers) {
    const lh = g.sizes.header * 1.3;
    b.lines({ class: 'cmv-flows-text cmv-flows-header', 'data-column': String(h.column) }, h.x, h.lines.map((_, i) => h.y + i * lh), h.lines);
  }
  b.close('g');

  b.open('g', { class: 'cmv-flows-bands' });
  for (const band of g.bands) {
    const color = band.toState.kind === 'exit' ? stateColor(band.toState, input.orgIds) : band.fromState.kind === 'entry' ? stateColor(band.toState, input.orgIds) : stateColor(band.fromState, input.orgIds);
    const mid = (band.x0 + band.x1) / 2;
    const path = (dy: number) =>
      `M${num(band.x0)},${num(band.y0 + dy)}C${num(mid)},${num(band.y0 + dy)} ${num(mid)},${num(band.y1 + dy)} ${num(band.x1)},${num(band.y1 + dy)}`;
    // Stated facts only: the inferred people's share of the band, at its lower edge, greyed out.
    const inferredW = input.statedOnly && band.inferred > 0 ? (band.width * band.inferred) / band.count : 0;
    const statedW = band.width - inferredW;
    const text = input.bandText(band.id);
    const allInferred = inferredW > 0 && band.width - inferredW <= 0;
    if (inferredW > 0 && !allInferred) {
      b.empty('path', {
        class: 'cmv-flows-band cmv-flows-inferred',
        d: path(band.width / 2 - inferredW / 2),
        'stroke-width': num(inferredW),
        // The band's id too: a pointer over this part names the band's people, as over the rest.
        'data-band': band.id,
        'data-inferred-part': 'true',
        'data-count': String(band.inferred),
        'aria-hidden': 'true',
      });
    }
    // The band itself (focusable on screen): its stated part, or the whole band, greyed, when every person in it is inferred.
    b.open('path', {
      class: `cmv-flows-band${allInferred ? ' cmv-flows-inferred' : ''}${input.active === band.id ? ' cmv-flows-active' : ''}`,
      d: path(allInferred ? 0 : -inferredW / 2),
      stroke: color,
      'stroke-width': inferredW > 0 && !allInferred ? num(statedW) : band.width,
      'data-band': band.id,
      'data-count': String(band.count),
      tabindex: input.interactive ? '0' : null,
      role: input.interactive ? 'img' : null,
      'aria-label': input.interactive ? text.title : null,
    });
    if (!input.interactive) b.text('title', {}, `${text.title}\n${text.people}`);
    b.close('path');
  }
  b.close('g');

  b.open('g', { class: 'cmv-flows-nodes' });
  for (const n of g.nodes) {
    const color = stateColor(n.state, input.orgIds);
    b.empty('rect', {
      class: 'cmv-flows-node',
      x: n.x0,
      y: n.y0,
      width: n.x1 - n.x0,
      height: n.y1 - n.y0,
      fill: color,
      stroke: shade(color, 0.25),
      'data-node': n.id,
      'data-count': String(n.count),
    });
  }
  b.close('g');
  const under = b.take();

  b.open('g', { class: 'cmv-flows-labels' });
  for (const n of g.nodes) {
    const lh = g.sizes.label * 1.3;
    b.lines({ class: 'cmv-flows-text cmv-flows-label', 'data-node': n.id }, n.labelX, n.lines.map((_, i) => n.labelY + i * lh), n.lines);
  }
  b.close('g');
  const nlh = g.sizes.note * 1.3;
  b.lines({ class: 'cmv-flows-text cmv-flows-note' }, g.notes.x, g.notes.lines.map((_, i) => g.notes.y + i * nlh), g.notes.lines);
  return { root, head, under, nodes: [], over: b.take() };
}
