/**
 * `sceneToSvg`: a laid-out scene → a standalone SVG document (a string), built with a string builder.
 *
 * The file carries `xmlns`, a `viewBox`, `width`/`height`, its styles inside (`CHART_CSS`), a
 * `<title>` and `<desc>` (dataset, step, source), a visible caption at the top, the legend and a
 * source line at the bottom. Text is `<text>`/`<tspan>` only. Every text and attribute value is
 * XML-escaped (`& < > " '`, and characters XML 1.0 forbids are dropped). No script, no event
 * handler, no `foreignObject`, no link, no external reference.
 *
 * Node elements carry the same data attributes as the on-screen chart: seated
 * `<g data-member-id data-org>`, vacant `<g data-vacant-seat="" data-org>`, departed
 * `<g data-departed-id data-cause>`. A member's group starts with a `<title>` holding the full label
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
  SOURCE_FONT,
  type LegendItem,
  type Scene,
  type SceneNode,
} from '../layout/scene.ts';
import { fitText, lineSeparator, textWidth, wrapText } from '../layout/text.ts';
import {
  CHART_CSS,
  FONT_STACK,
  boxClasses,
  causeClass,
  labelClass,
  nodeClass,
  orgClass,
  shapeClass,
  trayFrameClass,
} from './chart-css.ts';

export { CHART_CSS } from './chart-css.ts';
import { INFERRED_BADGE, NEW_BADGE, SHAPE_PATHS, VACANT_R } from './shapes.ts';

/** What the export says around the chart; the caller translates every text. */
export interface SvgMeta {
  datasetTitle: string;
  /** "1999 · bầu bổ sung" */
  stepLabel: string;
  stepIndex: number;
  /** Language of the texts ("vi", "en"), written as the root's `lang`. */
  lang: string;
  /** The source line, e.g. "Nguồn: Báo cáo kiểm điểm … (đoạn 3–6)". */
  sourceText: string;
  /** What happened at the step, with the counts ("BCH 35 → 34, BTV 11 → 10"). */
  caption: string;
  /** Legend labels by legend key (`org:<id>`, `vacant`, `cause:<cause>`, `new`, `inferred`); missing keys use the scene's default. */
  legendItems?: Readonly<Record<string, string>> | readonly { key: string; label: string }[];
  /** Legend heading; default the scene's. */
  legendTitle?: string;
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number rounded to 0.1, without "-0". */
export function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}

type AttrValue = string | number | null | undefined | false;

/**
 * An SVG element as data: the one drawing that both the export (serialised to a string here) and
 * the on-screen chart (rendered by Svelte, element by element, text as text) are made from.
 * Attribute values are plain strings; numbers are already rounded with `num`.
 */
export interface SvgEl {
  tag: string;
  attrs: Record<string, string>;
  children: (SvgEl | string)[];
}

/** The drawing of one step, in layers, so the screen can animate the member nodes by key. */
export interface ChartTree {
  /** Attributes of the root `<svg>`. */
  root: Record<string, string>;
  /** `<title>`, `<desc>`, `<style>`. */
  head: SvgEl[];
  /** Background, caption, bodies, trays, vacant seats: drawn under the members. */
  under: SvgEl[];
  /** One `<g>` per member (seated or departed), keyed by `SceneNode.key`, in scene order. */
  nodes: { key: string; el: SvgEl }[];
  /** Legend and source line. */
  over: SvgEl[];
}

/** Collects elements into a tree. Text children are kept raw; escaping happens on serialisation. */
class SvgBuilder {
  private stack: SvgEl[];
  readonly top: SvgEl;

  constructor() {
    this.top = { tag: '#fragment', attrs: {}, children: [] };
    this.stack = [this.top];
  }

  private static attrs(a: Readonly<Record<string, AttrValue>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(a)) {
      if (v === null || v === undefined || v === false) continue;
      out[k] = typeof v === 'number' ? num(v) : v;
    }
    return out;
  }

  private get cur(): SvgEl {
    return this.stack[this.stack.length - 1]!;
  }

  open(tag: string, a: Readonly<Record<string, AttrValue>> = {}): this {
    const el: SvgEl = { tag, attrs: SvgBuilder.attrs(a), children: [] };
    this.cur.children.push(el);
    this.stack.push(el);
    return this;
  }

  close(_tag: string): this {
    this.stack.pop();
    return this;
  }

  empty(tag: string, a: Readonly<Record<string, AttrValue>> = {}): this {
    this.cur.children.push({ tag, attrs: SvgBuilder.attrs(a), children: [] });
    return this;
  }

  /** An element holding only text. */
  text(tag: string, a: Readonly<Record<string, AttrValue>>, content: string): this {
    this.cur.children.push({ tag, attrs: SvgBuilder.attrs(a), children: [content] });
    return this;
  }

  /**
   * A `<text>` with one `<tspan>` per line (absolute x/y per line). Every line but the last ends with
   * the separator of `lineSeparator` (a space), so the text content reads as the whole text.
   */
  lines(a: Readonly<Record<string, AttrValue>>, x: number, ys: readonly number[], lines: readonly string[]): this {
    if (lines.length === 0) return this;
    const spans: SvgEl[] = lines.map((l, i) => ({
      tag: 'tspan',
      attrs: SvgBuilder.attrs({ x, y: ys[i] ?? ys[ys.length - 1]! }),
      children: [withSeparator(lines, i)],
    }));
    this.cur.children.push({ tag: 'text', attrs: SvgBuilder.attrs(a), children: spans });
    return this;
  }

  /** A `<text>` holding `<tspan>`s (no white space added between them). */
  spans(a: Readonly<Record<string, AttrValue>>, parts: readonly (readonly [Readonly<Record<string, AttrValue>>, string])[]): this {
    const kids: SvgEl[] = parts.map(([pa, t]) => ({ tag: 'tspan', attrs: SvgBuilder.attrs(pa), children: [t] }));
    this.cur.children.push({ tag: 'text', attrs: SvgBuilder.attrs(a), children: kids });
    return this;
  }

  /** Takes the elements collected so far (and starts a new collection). */
  take(): SvgEl[] {
    const out = this.top.children as SvgEl[];
    this.top.children = [];
    this.stack = [this.top];
    return out;
  }
}

/** Serialises elements as indented XML; every attribute value and text is escaped. */
export function serializeEls(els: readonly SvgEl[], depth = 0): string[] {
  const out: string[] = [];
  for (const el of els) {
    const pad = '  '.repeat(depth);
    const attrs = Object.entries(el.attrs)
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('');
    if (el.children.length === 0) out.push(`${pad}<${el.tag}${attrs}/>`);
    else if (el.tag === 'style') {
      // Raw CSS: `<` and `&` are escaped so it cannot close the element; quotes stay readable.
      const css = el.children.filter((c): c is string => typeof c === 'string').join('');
      out.push(`${pad}<style>${escapeXml(css).replace(/&apos;/g, "'").replace(/&quot;/g, '"')}</style>`);
    } else if (el.tag === 'text' || el.children.every((c) => typeof c === 'string')) {
      // Text elements stay on one line (no white space between tspans).
      out.push(`${pad}<${el.tag}${attrs}>${inline(el.children)}</${el.tag}>`);
    } else {
      out.push(`${pad}<${el.tag}${attrs}>`, ...serializeEls(el.children as SvgEl[], depth + 1), `${pad}</${el.tag}>`);
    }
  }
  return out;
}

function inline(children: readonly (SvgEl | string)[]): string {
  return children
    .map((c) => {
      if (typeof c === 'string') return escapeXml(c);
      const attrs = Object.entries(c.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join('');
      return c.children.length === 0 ? `<${c.tag}${attrs}/>` : `<${c.tag}${attrs}>${inline(c.children)}</${c.tag}>`;
    })
    .join('');
}

/** Line `i` of `lines`, followed by the separator from the next line (nothing after the last). */
function withSeparator(lines: readonly string[], i: number): string {
  const l = lines[i]!;
  return i + 1 < lines.length ? l + lineSeparator(l, lines[i + 1]!) : l;
}

function legendLabel(meta: SvgMeta, item: LegendItem): string {
  const li = meta.legendItems;
  if (!li) return item.label;
  if (Array.isArray(li)) return (li as readonly { key: string; label: string }[]).find((x) => x.key === item.key)?.label ?? item.label;
  return (li as Readonly<Record<string, string>>)[item.key] ?? item.label;
}

function inferredBadge(b: SvgBuilder): void {
  b.open('g', { class: 'cmv-inferred', transform: `translate(${num(INFERRED_BADGE.dx)},${num(INFERRED_BADGE.dy)})` });
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

function node(b: SvgBuilder, n: SceneNode): void {
  const seated = n.kind === 'seated';
  const cls = nodeClass(n);
  const attrs: Record<string, AttrValue> = seated
    ? { class: cls, 'data-member-id': n.person_id, 'data-org': n.org ?? '' }
    : { class: cls, 'data-departed-id': n.person_id, 'data-cause': n.cause ?? '' };
  attrs['data-inferred'] = n.inferred ? 'true' : 'false';
  if (n.isNew) attrs['data-new'] = 'true';
  attrs.transform = `translate(${num(n.x)},${num(n.y)})`;
  b.open('g', attrs);
  // The full label first: browsers show it on hover, and it keeps the whole text in the file.
  b.text('title', {}, n.title);
  b.empty('path', { class: shapeClass(n), d: SHAPE_PATHS[n.shape] });
  if (n.inferred) inferredBadge(b);
  if (n.isNew) newBadge(b);
  b.lines({ class: labelClass(n) }, LABEL_DX, labelBaselines(n.label.length), n.label);
  b.close('g');
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
 * The drawing of a scene as an element tree, in layers (see `ChartTree`). Pure; the one code path
 * behind both the export (`sceneToSvg`) and the on-screen chart.
 * @param scene from `layoutScene`
 * @param meta the texts around the chart, in the scene's language
 */
export function chartTree(scene: Scene, meta: SvgMeta): ChartTree {
  const b = new SvgBuilder();
  const W = scene.width;
  const H = scene.height;
  const root: Record<string, string> = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(W)} ${num(H)}`,
    width: num(W),
    height: num(H),
    class: 'cmv-chart',
    lang: meta.lang,
    role: 'img',
    'aria-labelledby': 'cmv-title cmv-desc',
    'font-family': FONT_STACK,
    'data-step': String(meta.stepIndex),
  };
  b.text('title', { id: 'cmv-title' }, `${meta.datasetTitle} — ${meta.stepLabel}`);
  b.text('desc', { id: 'cmv-desc' }, [meta.datasetTitle, `${meta.stepLabel}: ${meta.caption}`, meta.sourceText].filter((s) => s.trim() !== '').join('\n'));
  b.text('style', {}, CHART_CSS);
  const head = b.take();
  b.empty('rect', { class: 'cmv-bg', x: 0, y: 0, width: W, height: H });

  // Caption.
  const c = scene.caption;
  b.open('g', { class: 'cmv-caption' });
  b.text('text', { class: 'cmv-text cmv-caption-title', x: c.x, y: c.y + CAPTION_TITLE_Y }, fitText(meta.datasetTitle, c.w, 16, 'bold'));
  // The step label, then what happened, in up to CAPTION_LINES lines: one <text>, so that it reads
  // "<step> <caption>" as a whole (every tspan but the last ends with a space).
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

  // Bodies (parents first, so children are drawn on top).
  b.open('g', { class: 'cmv-boxes' });
  for (const box of scene.boxes) {
    const bc = boxClasses(box.colorIndex);
    b.open('g', { class: 'cmv-box', 'data-box': box.org });
    b.empty('rect', { class: bc.frame, x: box.x, y: box.y, width: box.w, height: box.h, rx: 10 - Math.min(box.depth, 3) * 2 });
    b.text('text', { class: bc.title, x: box.x + BOX_PAD, y: box.y + 19 }, box.title);
    b.close('g');
  }
  b.close('g');

  // Trays.
  b.open('g', { class: 'cmv-trays' });
  for (const t of scene.trays) {
    b.open('g', { class: `cmv-tray cmv-tray-${t.kind}`, 'data-tray': t.id, 'data-tray-cause': t.cause });
    b.empty('rect', { class: trayFrameClass(t.kind), x: t.x, y: t.y, width: t.w, height: t.h, rx: 6 });
    const ys = t.titleLines.length > 1 ? [t.y + 15, t.y + 28] : [t.y + 20];
    b.lines({ class: 'cmv-text cmv-tray-title' }, t.x + BOX_PAD, ys, t.titleLines);
    b.close('g');
  }
  b.close('g');

  // Vacant seats.
  b.open('g', { class: 'cmv-vacancies' });
  for (const v of scene.vacant) {
    b.open('g', { class: 'cmv-vacant', 'data-vacant-seat': '', 'data-org': v.org, 'data-key': v.key, transform: `translate(${num(v.x)},${num(v.y)})` });
    b.empty('circle', { class: 'cmv-vacant-seat', r: VACANT_R });
    b.close('g');
  }
  b.close('g');

  const under = b.take();

  // Members, seated and departed: one group each, keyed.
  const nodes = scene.nodes.map((n) => {
    node(b, n);
    return { key: n.key, el: b.take()[0]! };
  });

  // Legend.
  const L = scene.legend;
  b.open('g', { class: 'cmv-legend' });
  b.empty('rect', { class: 'cmv-legend-frame', x: L.x, y: L.y, width: L.w, height: L.h, rx: 6 });
  b.text('text', { class: 'cmv-text cmv-legend-title', x: L.x + 12, y: L.y + 17 }, meta.legendTitle ?? L.title);
  for (const it of L.items) {
    b.open('g', { class: 'cmv-legend-item', 'data-legend': it.key, transform: `translate(${num(it.x)},${num(it.y)})` });
    if (it.kind === 'vacant') b.empty('circle', { class: 'cmv-vacant-seat', r: VACANT_R });
    else if (it.kind === 'new') {
      b.empty('path', { class: 'cmv-shape cmv-legend-neutral', d: SHAPE_PATHS.circle });
      newBadge(b);
    } else if (it.kind === 'inferred') {
      b.empty('path', { class: 'cmv-shape cmv-legend-neutral', d: SHAPE_PATHS.circle });
      inferredBadge(b);
    } else if (it.kind === 'org') b.empty('path', { class: `cmv-shape ${orgClass(it.colorIndex)}`, d: SHAPE_PATHS[it.shape] });
    else b.empty('path', { class: `cmv-shape cmv-departed-shape ${causeClass(it.cause ?? 'unknown')}`, d: SHAPE_PATHS[it.shape] });
    b.text('text', { class: 'cmv-text cmv-legend-label', x: 16, y: LEGEND_FONT * 0.35 }, fitText(legendLabel(meta, it), it.w - 20, LEGEND_FONT));
    b.close('g');
  }
  b.close('g');

  // Source line.
  const s = scene.source;
  const srcLines = wrapText(meta.sourceText, s.w, SOURCE_FONT, 2).lines;
  b.lines({ class: 'cmv-text cmv-source' }, s.x, [s.y + 11, s.y + 24], srcLines);

  return { root, head, under, nodes, over: b.take() };
}

/**
 * Serialises a scene as a standalone SVG document (a string with the XML declaration).
 * @param scene from `layoutScene`
 * @param meta the texts around the chart, in the scene's language
 */
export function sceneToSvg(scene: Scene, meta: SvgMeta): string {
  return treeToSvg(chartTree(scene, meta));
}

/**
 * Serialises a chart tree as a standalone SVG document. Fonts are embedded afterwards, on the text
 * (`embedFont` of `fonts-node.ts` / `fonts-browser.ts`); the outlined variant is `outlineSvg(tree, fonts)`
 * of `outline.ts`, serialised here too.
 */
export function treeToSvg(tree: ChartTree): string {
  const nodes: SvgEl = { tag: 'g', attrs: { class: 'cmv-nodes' }, children: tree.nodes.map((n) => n.el) };
  return svgDocument(tree.root, [...tree.head, ...tree.under, nodes, ...tree.over]);
}

/** A standalone SVG document: the XML declaration, `<svg>` with `root`'s attributes, the elements indented. */
export function svgDocument(root: Readonly<Record<string, string>>, els: readonly SvgEl[]): string {
  const rootAttrs = Object.entries(root)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<svg${rootAttrs}>`, ...serializeEls(els, 1), '</svg>', ''].join('\n');
}
