/**
 * `chartTree`: a laid-out scene and the texts around it → the drawing of one step as an element
 * tree (`ChartTree`), the one drawing behind the on-screen chart and every exported file.
 *
 * What it draws: a background, the caption at the top (dataset title; step label and what
 * happened), the bodies' boxes, the trays, the vacant seats, one group per member, the legend and the
 * source line at the bottom. Styles are the chart's stylesheet (`CHART_CSS`); the root carries
 * `class="cmv-chart"` (plus `cmv-stated-only` when only stated facts are shown, which greys out
 * whatever rests on inference), `lang`, `role="img"`, and `aria-labelledby` pointing at `<title>`
 * and `<desc>` (dataset, step, caption, source).
 *
 * Node elements carry the same data attributes on screen and in files: seated
 * `<g data-member-id data-org>`, vacant `<g data-vacant-seat="" data-org>`, departed
 * `<g data-departed-id data-cause>`; a seated member who sits for a group (party) also
 * `data-group`, filled with the group's colour (`palette.ts`'s `groupColor`). A member's group starts with a `<title>` holding the full label
 * (shown on hover; the visible label may be shortened), and a newcomer at the step carries the
 * "new" badge (`<g class="cmv-new">`).
 *
 * Wrapped text (labels, tray titles, caption, source line) is one `<text>` with a `<tspan>` per line;
 * every line but the last ends with a space, so the text content reads as the whole text.
 *
 * Pure: no DOM.
 */
import {
  BOX_PAD,
  CAPTION_FONT,
  CAPTION_LINE,
  CAPTION_LINES,
  CAPTION_TEXT_Y,
  CAPTION_TITLE_Y,
  LABEL_DX,
  LEGEND_FONT,
  labelBaselines,
  SHAPE_R,
  SOURCE_FONT,
  TRAY_HEADER,
  type LegendItem,
  type Scene,
  type SceneNode,
  type SceneTray,
} from '../layout/scene.ts';
import { shapeFor } from '../layout/nodes.ts';
import { fitText, textWidth, wrapText } from '../layout/text.ts';
import { num, scaleNum } from '../layout/round.ts';
import type { SvgMeta } from '../view/caption.ts';
import { CHART_CSS, FONT_STACK, SHAPE_STROKE, boxClasses, causeClass, labelClass, nodeClass, orgClass, shapeClass, trayFrameClass } from './chart-css.ts';
import { CHANGE_RING_R, CHANGE_RING_R_OVER, CHANGE_RING_WIDTH, INFERRED_BADGE, NEW_BADGE, OVER_RING_COLOR, OVER_RING_R, SHAPE_PATHS, VACANT_R, shapePath } from './shapes.ts';
import { changeColor, groupColor, shade } from './palette.ts';
import type { SceneGroup } from '../layout/groups.ts';
import { SvgBuilder, withSeparator, type AttrValue } from './svg-builder.ts';
import type { ChartTree, SvgEl } from './svg-el.ts';

export type { SvgMeta } from '../view/caption.ts';
export type { ChartTree, SvgEl } from './svg-el.ts';

/** Options of the drawing. */
export interface DrawOptions {
  /**
   * "Stated facts only": the root gets the class `cmv-stated-only`, so that everything resting on
   * inference is greyed out (`.cmv-stated-only .cmv-is-inferred` in `CHART_CSS`). Default false.
   */
  statedOnly?: boolean;
  /**
   * The layout (`auto`, the default: a hemicycle for a body of more than 60 seats; `hemicycle`;
   * `nested`). Read by `viewTree` when it lays the step out; `chartTree` draws whatever scene it gets.
   */
  layout?: 'auto' | 'hemicycle' | 'nested';
  /**
   * The reading shown (a `Reading.id` of the dataset's `alternatives`; null or absent: the default
   * readings). Read by `viewTree`: when the dataset has readings, the line under the chart (after the
   * source) and the description name the one shown (`svgMeta`).
   */
  reading?: string | null;
  /**
   * The width to lay the step out at, in units (`layoutScene`'s `options.width`): the screen's
   * `fitChartWidth` of its container. Absent: the layout's own default (`DEFAULT_WIDTH`), which
   * every export keeps. Read by `viewTree`.
   */
  width?: number;
}

/** The root's class list: `base`, plus `cmv-stated-only` when only stated facts are shown. */
export function rootClass(base: string, opts: DrawOptions = {}): string {
  return opts.statedOnly ? `${base} cmv-stated-only` : base;
}

function legendLabel(meta: SvgMeta, item: LegendItem): string {
  const li = meta.legendItems;
  if (!li) return item.label;
  if (Array.isArray(li)) return (li as readonly { key: string; label: string }[]).find((x) => x.key === item.key)?.label ?? item.label;
  return (li as Readonly<Record<string, string>>)[item.key] ?? item.label;
}

/**
 * A legend item's text fitted to its width: a group's label keeps its count and shortens its name
 * ("Muttahida Qaumi Mo…: 21 members"), any other label is shortened at its end.
 */
function legendText(meta: SvgMeta, it: LegendItem): string {
  const label = legendLabel(meta, it);
  const room = it.w - 20;
  if (!it.parts || label !== it.label || textWidth(label, LEGEND_FONT) <= room) return fitText(label, room, LEGEND_FONT);
  const tailWidth = textWidth(it.parts.tail, LEGEND_FONT);
  if (tailWidth >= room) return fitText(label, room, LEGEND_FONT);
  return `${fitText(it.parts.name, room - tailWidth, LEGEND_FONT)}${it.parts.tail}`;
}

/** The "inferred" badge: a small white disc with an asterisk, at the shape's top-right. */
function inferredBadge(b: SvgBuilder, dim = false): void {
  b.open('g', { class: dim ? 'cmv-inferred cmv-dim' : 'cmv-inferred', transform: `translate(${num(INFERRED_BADGE.dx)},${num(INFERRED_BADGE.dy)})` });
  b.empty('circle', { class: 'cmv-inferred-bg', r: INFERRED_BADGE.r });
  b.empty('path', { class: 'cmv-inferred-mark', d: INFERRED_BADGE.asterisk });
  b.close('g');
}

/** The "new at this step" badge: a small dark disc with a white plus, at the shape's top-left. */
function newBadge(b: SvgBuilder): void {
  b.open('g', { class: 'cmv-new', transform: `translate(${num(NEW_BADGE.dx)},${num(NEW_BADGE.dy)})` });
  b.empty('circle', { class: 'cmv-new-bg', r: NEW_BADGE.r });
  b.empty('path', { class: 'cmv-new-mark', d: NEW_BADGE.plus });
  b.close('g');
}

/**
 * The over-capacity mark: a red ring around the shape (a seat beyond the body's seat count). Its
 * colours are presentation attributes, not a rule of the chart's CSS, so that charts without it keep
 * their CSS byte for byte.
 */
function overRing(b: SvgBuilder): void {
  b.empty('circle', { class: 'cmv-over-ring', r: OVER_RING_R, fill: 'none', stroke: OVER_RING_COLOR, 'stroke-width': 2.2 });
}

/**
 * The ring of a member the step touched, in the change's colour (`changeColor`), outside the
 * over-capacity ring when there is one; hidden on screen while the chart moves (`cmv-mark`).
 */
function changeRing(b: SvgBuilder, c: NonNullable<SceneNode['change']>, over: boolean): void {
  b.empty('circle', {
    class: 'cmv-change-ring cmv-mark',
    r: over ? CHANGE_RING_R_OVER : CHANGE_RING_R,
    fill: 'none',
    stroke: changeColor(c),
    'stroke-width': CHANGE_RING_WIDTH,
  });
}

/** Fill and stroke of each group's members, by group id. */
type GroupPaint = ReadonlyMap<string, { fill: string; stroke: string }>;

/** The paint of every group of the scene (`groupColor`; the outline a darker shade). */
function groupPaint(groups: readonly SceneGroup[] | undefined): GroupPaint {
  return new Map((groups ?? []).map((g) => {
    const fill = groupColor(g);
    return [g.id, { fill, stroke: shade(fill, 0.4) }] as const;
  }));
}

/** The shape of a node: a seated member of a group is filled with the group's colour (`cmv-grouped`). */
/**
 * A node's shape (`scale` < 1: drawn at that size, its stroke scaled with it by an inline style, which
 * the stylesheet's width for shapes does not override).
 */
function drawShape(b: SvgBuilder, n: SceneNode, paint: GroupPaint, scale = 1): void {
  const p = n.kind === 'seated' && n.group !== undefined ? paint.get(n.group) : undefined;
  const attrs: Record<string, AttrValue> = p ? { class: 'cmv-shape cmv-grouped', fill: p.fill, stroke: p.stroke } : { class: shapeClass(n) };
  if (n.dim) attrs.class = `${String(attrs.class)} cmv-dim`;
  attrs.d = shapePath(n.shape, scale);
  if (scale !== 1) attrs.style = `stroke-width:${scaleNum(SHAPE_STROKE * scale)}`;
  b.empty('path', attrs);
}

/**
 * One member's group: full label as `<title>`, the over-capacity ring, shape, badges, wrapped label.
 * A seated member of a group carries `data-group` and the group's colour.
 */
function drawNode(b: SvgBuilder, n: SceneNode, paint: GroupPaint): void {
  const seated = n.kind === 'seated';
  const cls = nodeClass(n);
  const attrs: Record<string, AttrValue> = seated
    ? { class: cls, 'data-member-id': n.person_id, 'data-org': n.org ?? '' }
    : { class: cls, 'data-departed-id': n.person_id, 'data-cause': n.cause ?? '' };
  if (seated && n.group !== undefined) attrs['data-group'] = n.group;
  attrs['data-inferred'] = n.inferred ? 'true' : 'false';
  if (n.isNew) attrs['data-new'] = 'true';
  if (n.overCapacity) attrs['data-over-capacity'] = 'true';
  if (n.change) attrs['data-changed'] = 'true';
  attrs.transform = `translate(${num(n.x)},${num(n.y)})`;
  b.open('g', attrs);
  // The full label first: browsers show it on hover, and it keeps the whole text in the file.
  b.text('title', {}, n.title);
  // A smaller node (hemicycle seat, tray dot): a bare shape is drawn at its size; with a ring or a
  // badge, the shape, ring and badges are scaled down together.
  const scaled = n.r !== undefined && n.r !== SHAPE_R;
  const marked = n.overCapacity === true || n.inferred || n.isNew || n.change !== undefined;
  if (scaled && !marked) drawShape(b, n, paint, n.r! / SHAPE_R);
  else {
    if (scaled) b.open('g', { class: 'cmv-scaled', transform: `scale(${scaleNum(n.r! / SHAPE_R)})` });
    if (n.change) changeRing(b, n.change, n.overCapacity);
    if (n.overCapacity) overRing(b);
    drawShape(b, n, paint);
    if (n.inferred) inferredBadge(b, n.dim === true);
    if (n.isNew) newBadge(b);
    if (scaled) b.close('g');
  }
  if (n.label.length > 0) {
    // A member the step touched: the label, then its tag on the line under it, in the change's colour.
    // One text, so that it reads "<label> <tag>" as a whole (every line but the last ends with a space).
    if (n.change) {
      const all = [...n.label, n.change.tag];
      const ys = labelBaselines(all.length);
      const fill = shade(changeColor(n.change), 0.45);
      b.spans(
        { class: labelClass(n) },
        all.map((l, i): [Record<string, AttrValue>, string] => [
          i < n.label.length ? { x: LABEL_DX, y: ys[i]! } : { class: 'cmv-change-tag cmv-mark', x: LABEL_DX, y: ys[i]!, fill },
          withSeparator(all, i),
        ]),
      );
    } else b.lines({ class: n.dim ? `${labelClass(n)} cmv-dim` : labelClass(n) }, LABEL_DX, labelBaselines(n.label.length), n.label);
  }
  b.close('g');
}

/** What a node's drawing reads (`drawNode`), as drawn last for its key, and the element drawn. */
interface DrawnNode {
  kind: SceneNode['kind'];
  person_id: string;
  org: string | null;
  cause: string | null;
  colorIndex: number;
  x: number;
  y: number;
  shape: SceneNode['shape'];
  title: string;
  inferred: boolean;
  isNew: boolean;
  overCapacity: boolean;
  r: number | undefined;
  group: string | undefined;
  fill: string;
  stroke: string;
  label: readonly string[];
  /** The change's kind, cause and tag joined ('' for none), and the dimming. */
  change: string;
  dim: boolean;
  el: SvgEl;
}

/** A node's change as one string, for `sameNode` ('' when the step did not touch it). */
function changeKey(n: SceneNode): string {
  return n.change ? `${n.change.kind}\u0000${n.change.cause ?? ''}\u0000${n.change.tag}` : '';
}

/**
 * The last drawing of each node key. A member who keeps their seat, label and marks from one step
 * to another (most of them) is drawn once: the step after reuses the element, so elements are
 * shared between the trees of several steps and must be treated as read-only.
 */
const drawnNodes = new Map<string, DrawnNode>();
/** Keys kept at most (the last drawing of each); all are dropped past it. */
const DRAWN_NODES_MAX = 50_000;

/** Whether `d` was drawn from the same values as `n` would be, with the group paint `p`, but for the position. */
function sameNode(d: DrawnNode, n: SceneNode, p: { fill: string; stroke: string } | undefined): boolean {
  if (
    d.kind !== n.kind || d.person_id !== n.person_id || d.org !== n.org || d.cause !== n.cause || d.colorIndex !== n.colorIndex ||
    d.shape !== n.shape || d.title !== n.title || d.inferred !== n.inferred || d.isNew !== n.isNew ||
    d.overCapacity !== n.overCapacity || d.r !== n.r || d.group !== n.group || d.fill !== (p?.fill ?? '') || d.stroke !== (p?.stroke ?? '') ||
    d.label.length !== n.label.length || d.change !== changeKey(n) || d.dim !== (n.dim === true)
  ) {
    return false;
  }
  for (let i = 0; i < d.label.length; i++) if (d.label[i] !== n.label[i]) return false;
  return true;
}

/**
 * The element of one member's node (`drawNode`): the one drawn before for the same values; for the
 * same values at another place, a copy of its root with the new `transform` around the same
 * children; else a new one.
 */
function nodeEl(b: SvgBuilder, n: SceneNode, paint: GroupPaint): SvgEl {
  const p = n.kind === 'seated' && n.group !== undefined ? paint.get(n.group) : undefined;
  const kept = drawnNodes.get(n.key);
  if (kept && sameNode(kept, n, p)) {
    if (kept.x === n.x && kept.y === n.y) return kept.el;
    // `transform` is the root's last attribute (drawNode): replacing its value keeps the order.
    const el: SvgEl = { tag: kept.el.tag, attrs: { ...kept.el.attrs, transform: `translate(${num(n.x)},${num(n.y)})` }, children: kept.el.children };
    kept.x = n.x;
    kept.y = n.y;
    kept.el = el;
    return el;
  }
  drawNode(b, n, paint);
  const el = b.take()[0]!;
  if (drawnNodes.size >= DRAWN_NODES_MAX) drawnNodes.clear();
  drawnNodes.set(n.key, {
    kind: n.kind,
    person_id: n.person_id,
    org: n.org,
    cause: n.cause,
    colorIndex: n.colorIndex,
    x: n.x,
    y: n.y,
    shape: n.shape,
    title: n.title,
    inferred: n.inferred,
    isNew: n.isNew,
    overCapacity: n.overCapacity,
    r: n.r,
    group: n.group,
    fill: p?.fill ?? '',
    stroke: p?.stroke ?? '',
    label: [...n.label],
    change: changeKey(n),
    dim: n.dim === true,
    el,
  });
  return el;
}

/**
 * Splits `text` into a first line of width `first` and at most `more` further lines of width `rest`
 * (the first line may be empty when its first word does not fit there).
 */
function wrapTwoWidths(text: string, first: number, rest: number, size: number, more: number): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const cand = line === '' ? words[i]! : `${line} ${words[i]!}`;
    if (textWidth(cand, size) > first) break;
    line = cand;
  }
  const remaining = words.slice(i).join(' ');
  const out = [line];
  if (remaining !== '') {
    if (more <= 0) out[0] = fitText(`${line} ${remaining}`, first, size);
    else out.push(...wrapText(remaining, rest, size, more).lines);
  }
  return out;
}

/**
 * The caption: the dataset title, then the step label and what happened in up to CAPTION_LINES
 * lines, as one `<text>` that reads "<step> <caption>" as a whole (every tspan but the last ends
 * with a space).
 */
function drawCaption(b: SvgBuilder, scene: Scene, meta: SvgMeta): void {
  const c = scene.caption;
  b.open('g', { class: 'cmv-caption' });
  b.text('text', { class: 'cmv-text cmv-caption-title', x: c.x, y: c.y + CAPTION_TITLE_Y }, fitText(meta.datasetTitle, c.w, 16, 'bold'));
  const step = fitText(meta.stepLabel, c.w * 0.5, 13, 'bold');
  const stepW = textWidth(step, 13, 'bold');
  const capLines = meta.caption.trim() === '' ? [] : wrapTwoWidths(meta.caption, c.w - stepW - 12, c.w, CAPTION_FONT, CAPTION_LINES - 1);
  const firstY = c.y + CAPTION_TEXT_Y;
  const capParts: [Record<string, AttrValue>, string][] = [];
  capLines.forEach((l, i) => {
    if (l === '') return;
    capParts.push([
      i === 0 ? { class: 'cmv-caption-text', x: c.x + stepW + 12 } : { class: 'cmv-caption-text', x: c.x, y: firstY + i * CAPTION_LINE },
      l,
    ]);
  });
  const stepPart: [Record<string, AttrValue>, string] = [{ class: 'cmv-caption-step' }, capParts.length > 0 ? `${step} ` : step];
  const texts = capParts.map((p) => p[1]);
  b.spans({ class: 'cmv-text', x: c.x, y: firstY }, [
    stepPart,
    ...capParts.map(([a, l], i): [Record<string, AttrValue>, string] => [a, withSeparator(texts, i)]),
  ]);
  b.close('g');
}

/** The bodies' boxes (parents first, so children are drawn on top) with their titles. */
function drawBoxes(b: SvgBuilder, scene: Scene): void {
  b.open('g', { class: 'cmv-boxes' });
  for (const box of scene.boxes) {
    const bc = boxClasses(box.colorIndex);
    b.open('g', { class: 'cmv-box', 'data-box': box.org });
    b.empty('rect', { class: bc.frame, x: box.x, y: box.y, width: box.w, height: box.h, rx: 10 - Math.min(box.depth, 3) * 2 });
    b.text('text', { class: bc.title, x: box.x + BOX_PAD, y: box.y + 19 }, box.title);
    b.close('g');
  }
  b.close('g');
}

/** A compact tray's block: the cause's shape and the number of people in the tray. */
function compactBlock(b: SvgBuilder, t: SceneTray): void {
  const x = t.x + BOX_PAD + SHAPE_R + 2;
  const y = t.y + TRAY_HEADER + 12;
  b.open('g', { class: 'cmv-tray-count', 'data-cause': t.cause, 'data-count': String(t.count), transform: `translate(${num(x)},${num(y)})` });
  b.empty('path', { class: `cmv-shape cmv-departed-shape ${causeClass(t.cause)}`, d: SHAPE_PATHS[shapeFor('departed', t.cause)] });
  b.text('text', { class: 'cmv-text cmv-tray-count-text', x: SHAPE_R + 8, y: 6, 'font-size': 17, 'font-weight': 700, fill: '#3D434A' }, String(t.count));
  b.close('g');
}

/** The entry and exit trays with their (wrapped) titles. */
function drawTrays(b: SvgBuilder, scene: Scene): void {
  b.open('g', { class: 'cmv-trays' });
  for (const t of scene.trays) {
    b.open('g', { class: `cmv-tray cmv-tray-${t.kind}`, 'data-tray': t.id, 'data-tray-cause': t.cause });
    b.empty('rect', { class: trayFrameClass(t.kind), x: t.x, y: t.y, width: t.w, height: t.h, rx: 6 });
    const ys = t.titleLines.length > 1 ? [t.y + 15, t.y + 28] : [t.y + 20];
    b.lines({ class: 'cmv-text cmv-tray-title' }, t.x + BOX_PAD, ys, t.titleLines);
    if (t.compact) compactBlock(b, t);
    b.close('g');
  }
  b.close('g');
}

/**
 * The vacant seats: hollow circles; then the vacant posts' placeholders: a hollow circle and the
 * label "<post> — khuyết" (`data-vacant-post`; also `data-vacant-seat` with the body whose vacancy it
 * is, when it stands for one).
 */
function drawVacancies(b: SvgBuilder, scene: Scene): void {
  b.open('g', { class: 'cmv-vacancies' });
  for (const v of scene.vacant) {
    b.open('g', { class: 'cmv-vacant', 'data-vacant-seat': '', 'data-org': v.org, 'data-key': v.key, transform: `translate(${num(v.x)},${num(v.y)})` });
    b.empty('circle', { class: 'cmv-vacant-seat', r: v.r ?? VACANT_R });
    b.close('g');
  }
  for (const v of scene.vacantPosts ?? []) {
    const attrs: Record<string, AttrValue> = { class: 'cmv-vacant cmv-vacant-post', 'data-vacant-post': v.post_id };
    if (v.seatOrg !== undefined) {
      attrs['data-vacant-seat'] = '';
      attrs['data-org'] = v.seatOrg;
    }
    attrs['data-key'] = v.key;
    attrs.transform = `translate(${num(v.x)},${num(v.y)})`;
    b.open('g', attrs);
    b.text('title', {}, v.title);
    b.empty('circle', { class: 'cmv-vacant-seat', r: VACANT_R });
    b.lines({ class: 'cmv-text cmv-vacant-post-label' }, LABEL_DX, labelBaselines(v.label.length), v.label);
    b.close('g');
  }
  b.close('g');
}

/**
 * The legend: frame, heading, one symbol and label per item; the groups' items together in one
 * `<g data-testid="group-legend">`, each with `data-group`.
 */
function drawLegend(b: SvgBuilder, scene: Scene, meta: SvgMeta, paint: GroupPaint, statedOnly: boolean): void {
  const L = scene.legend;
  b.open('g', { class: 'cmv-legend' });
  b.empty('rect', { class: 'cmv-legend-frame', x: L.x, y: L.y, width: L.w, height: L.h, rx: 6 });
  const title = meta.legendTitle ?? L.title;
  b.text('text', { class: 'cmv-text cmv-legend-title', x: L.x + 12, y: L.y + 17 }, title);
  // A stated-only drawing says what it greys out, beside the heading.
  if (statedOnly && meta.statedOnlyNote) {
    const x = L.x + 12 + textWidth(title, 12, 'bold') + 14;
    const note = fitText(meta.statedOnlyNote, L.x + L.w - 12 - x, LEGEND_FONT);
    if (note) b.text('text', { class: 'cmv-text cmv-legend-label cmv-stated-only-note', x, y: L.y + 17 }, note);
  }
  let inGroups = false;
  for (const it of L.items) {
    const isGroup = it.kind === 'group';
    if (isGroup !== inGroups) {
      if (isGroup) b.open('g', { class: 'cmv-legend-groups', 'data-testid': 'group-legend' });
      else b.close('g');
      inGroups = isGroup;
    }
    const itemAttrs: Record<string, AttrValue> = { class: 'cmv-legend-item', 'data-legend': it.key };
    if (isGroup) itemAttrs['data-group'] = it.group ?? '';
    itemAttrs.transform = `translate(${num(it.x)},${num(it.y)})`;
    b.open('g', itemAttrs);
    const p = isGroup ? paint.get(it.group ?? '') : undefined;
    if (p) b.empty('path', { class: 'cmv-shape cmv-grouped', fill: p.fill, stroke: p.stroke, d: SHAPE_PATHS[it.shape] });
    else if (it.kind === 'vacant') b.empty('circle', { class: 'cmv-vacant-seat', r: VACANT_R });
    else if (it.kind === 'new') {
      b.empty('path', { class: 'cmv-shape cmv-legend-neutral', d: SHAPE_PATHS.circle });
      newBadge(b);
    } else if (it.kind === 'over') {
      overRing(b);
      b.empty('path', { class: 'cmv-shape cmv-legend-neutral', d: SHAPE_PATHS.circle });
    } else if (it.kind === 'inferred') {
      b.empty('path', { class: 'cmv-shape cmv-legend-neutral', d: SHAPE_PATHS.circle });
      inferredBadge(b);
    } else if (it.kind === 'org') b.empty('path', { class: `cmv-shape ${orgClass(it.colorIndex)}`, d: SHAPE_PATHS[it.shape] });
    else b.empty('path', { class: `cmv-shape cmv-departed-shape ${causeClass(it.cause ?? 'unknown')}`, d: SHAPE_PATHS[it.shape] });
    b.text('text', { class: 'cmv-text cmv-legend-label', x: 16, y: LEGEND_FONT * 0.35 }, legendText(meta, it));
    b.close('g');
  }
  if (inGroups) b.close('g');
  b.close('g');
}

/**
 * The drawing of a scene as an element tree, in layers (see `ChartTree`). Pure; the one code path
 * behind both the export (`sceneToSvg`, `svgForView` of `export/svg.ts`) and the on-screen chart.
 * @param scene from `layoutScene`
 * @param meta the texts around the chart, in the scene's language (`svgMeta` of `view/caption.ts`)
 * @param opts `statedOnly`: mark the root so that inferred parts are greyed out
 */
export function chartTree(scene: Scene, meta: SvgMeta, opts: DrawOptions = {}): ChartTree {
  const b = new SvgBuilder();
  const W = scene.width;
  const H = scene.height;
  const root: Record<string, string> = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(W)} ${num(H)}`,
    width: num(W),
    height: num(H),
    class: rootClass('cmv-chart', opts),
    lang: meta.lang,
    role: 'img',
    'aria-labelledby': 'cmv-title cmv-desc',
    'font-family': FONT_STACK,
    'data-step': String(meta.stepIndex),
  };
  b.text('title', { id: 'cmv-title' }, `${meta.datasetTitle} — ${meta.stepLabel}`);
  b.text('desc', { id: 'cmv-desc' }, [meta.datasetTitle, `${meta.stepLabel}: ${meta.caption}`, ...(meta.readingLines ?? []), meta.sourceText].filter((s) => s.trim() !== '').join('\n'));
  b.text('style', {}, CHART_CSS);
  const head = b.take();

  b.empty('rect', { class: 'cmv-bg', x: 0, y: 0, width: W, height: H });
  drawCaption(b, scene, meta);
  drawBoxes(b, scene);
  drawTrays(b, scene);
  drawVacancies(b, scene);
  const under = b.take();

  // Members, seated and departed: one group each, keyed (a node drawn as before is the same element).
  const paint = groupPaint(scene.groups);
  const nodes = scene.nodes.map((n) => ({ key: n.key, el: nodeEl(b, n, paint) }));

  drawLegend(b, scene, meta, paint, opts.statedOnly === true);
  const s = scene.source;
  // The source line, then the reading shown when the dataset has readings (in the same two lines).
  const bottom = [meta.sourceText, meta.readingText ?? ''].filter((t) => t.trim() !== '').join(' ');
  b.lines({ class: 'cmv-text cmv-source' }, s.x, [s.y + 11, s.y + 24], wrapText(bottom, s.w, SOURCE_FONT, 2).lines);

  return { root, head, under, nodes, over: b.take() };
}

/**
 * The layer under the members while they move (`ChartTree.under`): the background and the caption of
 * the step shown (`now`), with the boxes (their counts), the trays (their totals) and the vacant seats
 * and posts of the step the members last reached (`settled`): those change once the members arrive.
 * The same elements as the trees' own (read-only), in the same order.
 */
export function stagedUnder(now: ChartTree, settled: ChartTree): SvgEl[] {
  if (now === settled) return now.under;
  const ofStep = (el: SvgEl) => el.attrs.class === 'cmv-bg' || el.attrs.class === 'cmv-caption';
  return now.under.map((el, i) => (ofStep(el) ? el : (settled.under[i] ?? el)));
}
