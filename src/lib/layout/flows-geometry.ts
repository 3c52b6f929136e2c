/**
 * The geometry of the flows view (an alluvial diagram laid out by d3-sankey): the title, a header
 * per column, a bar per node, a band per pair of nodes, labels that never overlap, and the notes,
 * in abstract units (1 unit = 1 CSS px at 100 %), for a given width. The same geometry serves the
 * screen and the exported files (`draw/flows-tree.ts`).
 *
 * Labels: every node's label is set to the right of its bar, wrapped to the room before the next
 * column (the last column's labels get a right margin of their own), and pushed apart vertically
 * within a column so that no two overlap.
 *
 * Pure: its words come in as input (`FlowsWords`), no DOM. Cost O(nodes · bands) (the sankey's
 * relaxation), independent of the number of people.
 */
import { sankey, type SankeyGraph } from 'd3-sankey';
import type { FlowBand, FlowNode, FlowsModel, FlowState } from './flows.ts';
import { r1 } from './round.ts';
import { textWidth, wrapText } from './text.ts';

/** The texts of the view, in one language (`view/flows-words.ts` makes them). */
export interface FlowsWords {
  /** The drawing's title; '' for none (the screen names the view in its own heading). */
  title: string;
  /** A line under the title (the dataset's title), '' for none. */
  subtitle: string;
  /** Each column's header lines (its period, then its counts). */
  columnLabel: (column: number) => string[];
  /** A node's name ("BCH (ngoài BTV)"). */
  nodeName: (node: FlowNode) => string;
  /** A node's count as written ("24", "1,143"). */
  nodeCount: (node: FlowNode) => string;
  /** Name and count on one line ("BCH (ngoài BTV): 24"). */
  nodeLabel: (name: string, count: string) => string;
  /** Lines under the diagram (how to read it; how steps were grouped). */
  notes: string[];
}

/** Type sizes and spacing, in units. */
export const FLOWS_SIZES = {
  margin: 16,
  title: 17,
  subtitle: 13,
  header: 12,
  label: 12,
  note: 11.5,
  nodeWidth: 14,
  nodePadding: 12,
  /** Gap between a bar and its label. */
  labelGap: 5,
  /** The diagram's height per column total… */
  minPlot: 300,
  maxPlot: 620,
} as const;

const LINE = 1.3;

export interface FlowsNodeBox {
  id: string;
  column: number;
  state: FlowState;
  count: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The label's lines, left edge and first baseline. */
  lines: string[];
  labelX: number;
  labelY: number;
}

export interface FlowsBandPath {
  id: string;
  from: string;
  to: string;
  /** State of the nodes it joins (for its colour). */
  fromState: FlowState;
  toState: FlowState;
  count: number;
  /** How many of them rest on inference (`FlowBand.inferred`). */
  inferred: number;
  /** Centre line: from (x0, y0) at the source bar to (x1, y1) at the target bar. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Thickness (the number of people, scaled). */
  width: number;
}

export interface FlowsGeometry {
  width: number;
  height: number;
  title: { x: number; y: number; text: string };
  subtitle: { x: number; y: number; lines: string[] } | null;
  headers: { column: number; x: number; y: number; lines: string[] }[];
  nodes: FlowsNodeBox[];
  bands: FlowsBandPath[];
  notes: { x: number; y: number; lines: string[] };
  sizes: typeof FLOWS_SIZES;
}

interface SNode {
  id: string;
  column: number;
  fixedValue: number;
  order: number;
}
interface SLink {
  source: string;
  target: string;
  value: number;
  id: string;
}

/** Width per column under which labels get cramped: drawings are at least this many units per column. */
export const FLOWS_COLUMN_WIDTH = 110;

/**
 * The width to draw `model` at when `available` units are available: at least 720, and at least
 * `FLOWS_COLUMN_WIDTH` per column (wider than the room: the screen scrolls it sideways).
 */
export function flowsWidth(model: FlowsModel, available: number): number {
  return Math.max(720, FLOWS_COLUMN_WIDTH * model.columns.length, available);
}

/**
 * Lays out the flows for a drawing `width` units wide (at least 320; the height follows).
 * @throws RangeError when `width` is not a finite number
 */
export function flowsGeometry(model: FlowsModel, words: FlowsWords, width: number): FlowsGeometry {
  if (!Number.isFinite(width)) throw new RangeError(`flowsGeometry: width must be a finite number, not ${width}.`);
  const S = FLOWS_SIZES;
  const W = Math.max(320, width);
  const m = S.margin;
  const cols = Math.max(1, model.columns.length);

  // Title and subtitle (none on screen, where the section's heading names the view).
  let y = words.title ? m + S.title : m - 12;
  const title = { x: m, y, text: words.title };
  let subtitle: FlowsGeometry['subtitle'] = null;
  if (words.subtitle && words.title) {
    const lines = wrapText(words.subtitle, W - 2 * m, S.subtitle, 2).lines;
    subtitle = { x: m, y: y + S.subtitle * LINE + 2, lines };
    y = subtitle.y + (lines.length - 1) * S.subtitle * LINE;
  }

  // Room for the last column's labels, then the distance between columns.
  const labelOf = new Map(model.nodes.map((n) => [n.id, words.nodeLabel(words.nodeName(n), words.nodeCount(n))]));
  const lastCol = cols - 1;
  const widest = Math.max(0, ...model.nodes.filter((n) => n.column === lastCol).map((n) => textWidth(labelOf.get(n.id)!, S.label)));
  const right = Math.min(Math.max(80, (W - 2 * m) * 0.3), widest + S.labelGap + 4);
  const plotX0 = m;
  const plotX1 = W - m - right;
  const kx = cols > 1 ? (plotX1 - plotX0 - S.nodeWidth) / (cols - 1) : plotX1 - plotX0;
  const labelRoom = (c: number) => (c === lastCol ? right - S.labelGap : kx - S.nodeWidth - 2 * S.labelGap);
  const headerRoom = (c: number) => (c === lastCol ? right + S.nodeWidth : kx - 6);

  // Headers: the period, then the counts; as many lines as the longest needs.
  const headers = model.columns.map((c) => {
    const lines = words.columnLabel(c.index).flatMap((t, i) => wrapText(t, Math.max(40, headerRoom(c.index)), S.header, i === 0 ? 2 : 3).lines);
    return { column: c.index, x: r1(plotX0 + c.index * kx), y: 0, lines };
  });
  const headerLines = Math.max(1, ...headers.map((h) => h.lines.length));
  const headerY = y + 12 + S.header * 1.4;
  for (const h of headers) h.y = r1(headerY);
  const plotY0 = headerY + (headerLines - 1) * S.header * LINE + 14;

  // Height of the bars: enough for the fullest column, within bounds.
  const perColumn = new Array<number>(cols).fill(0);
  const nodesIn = new Array<number>(cols).fill(0);
  for (const n of model.nodes) {
    perColumn[n.column]! += n.people.length;
    nodesIn[n.column]!++;
  }
  const most = Math.max(1, ...nodesIn);
  const plotH = Math.min(S.maxPlot, Math.max(S.minPlot, most * (S.nodePadding + 2 * S.label * LINE)));

  // The sankey: one layer per column, nodes in the model's order, a hidden chain of empty nodes
  // so that every column exists whatever the links (d3-sankey numbers layers by depth).
  const order = new Map(model.nodes.map((n, i) => [n.id, i]));
  const snodes: SNode[] = model.nodes.map((n, i) => ({ id: n.id, column: n.column, fixedValue: n.people.length, order: i }));
  const slinks: SLink[] = model.bands.map((b) => ({ source: b.from, target: b.to, value: b.people.length, id: b.id }));
  for (let c = 0; c < cols; c++) {
    snodes.push({ id: `~${c}`, column: c, fixedValue: 0, order: model.nodes.length + c });
    if (c > 0) slinks.push({ source: `~${c - 1}`, target: `~${c}`, value: 0, id: `~${c}` });
  }
  const layout = sankey<SNode, SLink>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => d.column)
    .nodeWidth(S.nodeWidth)
    .nodePadding(S.nodePadding)
    .nodeSort((a, b) => a.order - b.order)
    .linkSort((a, b) => order.get(bandEnd(a.target))! - order.get(bandEnd(b.target))! || order.get(bandEnd(a.source))! - order.get(bandEnd(b.source))!)
    .extent([
      [plotX0, plotY0],
      [cols > 1 ? plotX1 : plotX0 + S.nodeWidth, plotY0 + plotH],
    ]);
  const graph: SankeyGraph<SNode, SLink> = layout({ nodes: snodes.map((d) => ({ ...d })), links: slinks.map((d) => ({ ...d })) });

  // One column: d3-sankey spreads layers over (layers − 1) gaps, none here; the bars stand at the left.
  if (cols === 1) {
    for (const g of graph.nodes) {
      g.x0 = plotX0;
      g.x1 = plotX0 + S.nodeWidth;
    }
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const boxes: FlowsNodeBox[] = [];
  for (const g of graph.nodes) {
    const n = byId.get(g.id);
    if (!n) continue;
    const room = Math.max(40, labelRoom(n.column));
    // Name and count on one line when they fit; else the name on up to two lines, the count under it.
    const whole = labelOf.get(n.id)!;
    const lines = textWidth(whole, S.label) <= room ? [whole] : [...wrapText(words.nodeName(n), room, S.label, 2).lines, words.nodeCount(n)];
    boxes.push({
      id: n.id,
      column: n.column,
      state: n.state,
      count: n.people.length,
      x0: r1(g.x0!),
      y0: r1(g.y0!),
      x1: r1(g.x1!),
      y1: r1(Math.max(g.y1!, g.y0! + 1)),
      lines,
      labelX: r1(g.x1! + S.labelGap),
      labelY: 0,
    });
  }
  const bottom = placeLabels(boxes, plotY0);

  const bandById = new Map<string, FlowBand>(model.bands.map((b) => [b.id, b]));
  const bands: FlowsBandPath[] = [];
  for (const l of graph.links) {
    const b = bandById.get(l.id);
    if (!b) continue;
    const s = l.source as unknown as { x1: number; id: string };
    const t = l.target as unknown as { x0: number; id: string };
    bands.push({
      id: b.id,
      from: b.from,
      to: b.to,
      fromState: byId.get(b.from)!.state,
      toState: byId.get(b.to)!.state,
      count: b.people.length,
      inferred: b.inferred.length,
      x0: r1(s.x1),
      y0: r1(l.y0!),
      x1: r1(t.x0),
      y1: r1(l.y1!),
      width: r1(Math.max(1, l.width!)),
    });
  }
  bands.sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);

  const noteY = Math.max(plotY0 + plotH, bottom) + 22;
  const noteLines = words.notes.flatMap((t) => wrapText(t, W - 2 * m, S.note, 8).lines);
  const height = noteY + Math.max(0, noteLines.length - 1) * S.note * LINE + m;
  return {
    width: r1(W),
    height: r1(height),
    title,
    subtitle,
    headers,
    nodes: boxes,
    bands,
    notes: { x: m, y: r1(noteY), lines: noteLines },
    sizes: S,
  };
}

/** A link end's node id (d3-sankey replaces the id by the node object). */
function bandEnd(end: unknown): string {
  return typeof end === 'object' && end !== null ? (end as { id: string }).id : String(end);
}

/**
 * Sets each box's label baseline: centred on its bar, then pushed down within its column so that no
 * two labels overlap (in the boxes' order, top to bottom), never above `top`.
 * @returns the lowest label bottom
 */
function placeLabels(boxes: FlowsNodeBox[], top: number): number {
  const lh = FLOWS_SIZES.label * LINE;
  const byColumn = new Map<number, FlowsNodeBox[]>();
  for (const b of boxes) {
    const list = byColumn.get(b.column);
    if (list) list.push(b);
    else byColumn.set(b.column, [b]);
  }
  let bottom = top;
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.y0 - b.y0);
    let floor = top;
    for (const b of list) {
      const h = b.lines.length * lh;
      const start = Math.max(floor, (b.y0 + b.y1) / 2 - h / 2);
      b.labelY = r1(start + FLOWS_SIZES.label);
      floor = start + h + 2;
      bottom = Math.max(bottom, floor);
    }
  }
  return bottom;
}
