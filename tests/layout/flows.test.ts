/**
 * The flows model on the built-in dataset (actual values: the counts of DESIGN §2, the people of
 * F2–F5), its columns on long terms, its bookkeeping on the 10,000-people scale dataset, and the
 * geometry's labels.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { scaleDataset } from '../fixtures/scale.ts';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { flowsModel, flowsModelPaced, type FlowsModel } from '../../src/lib/layout/flows.ts';
import { flowColumns, MAX_PERIODS } from '../../src/lib/layout/flows-periods.ts';
import { flowsGeometry } from '../../src/lib/layout/flows-geometry.ts';
import { flowsWords } from '../../src/lib/view/flows.ts';
import type { PartialDate } from '../../src/lib/model/dates.ts';
import { importFile } from '../../src/lib/io/index.ts';
import { readFileSync } from 'node:fs';

/** Members of `org` in column `c` of the model: its own body node and its descendants'. */
function columnCount(timeline: Timeline, model: FlowsModel, c: number, org: string): number {
  const inside = (o: string): boolean => {
    const parent = timeline.orgTree.parent.get(o);
    return o === org || (typeof parent === 'string' && inside(parent));
  };
  let n = 0;
  for (const node of model.nodes) if (node.column === c && node.state.kind === 'body' && inside(node.state.org)) n += node.people.length;
  return n;
}

const band = (model: FlowsModel, id: string) => model.bands.find((b) => b.id === id)?.people;

describe('flowsModel on the built-in dataset', () => {
  const { timeline } = loadBuiltIn();
  const model = flowsModel(timeline);

  it('has one column per step (five), none grouped', () => {
    expect(model.columns.map((c) => [c.period.kind, c.lastStep])).toEqual([
      ['start', 0],
      ['step', 1],
      ['step', 2],
      ['step', 3],
      ['step', 4],
    ]);
    expect(model.grouped).toBe(false);
  });

  it('adds up, column by column, to the counts of each step: 35/11 → 34/10 → 30/9 → 28/7 → 32/10', () => {
    const bch = model.columns.map((c) => columnCount(timeline, model, c.index, 'bch'));
    const btv = model.columns.map((c) => columnCount(timeline, model, c.index, 'btv'));
    expect(bch).toEqual([35, 34, 30, 28, 32]);
    expect(btv).toEqual([11, 10, 9, 7, 10]);
    for (const org of timeline.orgIdsInTreeOrder) {
      expect(model.columns.map((c) => columnCount(timeline, model, c.index, org))).toEqual(model.columns.map((c) => timeline.countSeries.get(org)![c.lastStep]));
    }
  });

  it('puts each member in the innermost body: 24 BCH only, 9 BTV only, 2 in the Standing Office at the start', () => {
    const start = model.nodes.filter((n) => n.column === 0).map((n) => [n.id, n.people.length]);
    expect(start).toEqual([
      ['body:0:bch', 24],
      ['body:0:btv', 9],
      ['body:0:tt', 2],
    ]);
  });

  it('sends the leavers out by cause, at the step they left (F2, F3, F4)', () => {
    const exits = model.nodes.filter((n) => n.state.kind === 'exit').map((n) => [n.id, [...n.people].sort()]);
    expect(exits).toEqual([
      ['exit:1:removed_from_roll', ['uvtv-tuyen-giao']],
      ['exit:2:transfer', ['bi-thu-quan-doan', 'ct-hoi-phu-nu', 'gd-cty-xd', 'uvtv-quan-su-1996']],
      ['exit:3:retirement', ['bi-thu-1996', 'uvtv-pct-hdnd']],
    ]);
    expect(band(model, 'body:0:btv>exit:1:removed_from_roll')).toEqual(['uvtv-tuyen-giao']);
    expect(band(model, 'body:1:bch>exit:2:transfer')).toEqual(['ct-hoi-phu-nu', 'bi-thu-quan-doan', 'gd-cty-xd']);
    expect(band(model, 'body:1:btv>exit:2:transfer')).toEqual(['uvtv-quan-su-1996']);
    expect(band(model, 'body:2:tt>exit:3:retirement')).toEqual(['bi-thu-1996']);
    expect(band(model, 'body:2:btv>exit:3:retirement')).toEqual(['uvtv-pct-hdnd']);
  });

  it('brings the by-election in (F5): three new BCH members, a new Standing Deputy Secretary; two BCH members raised to the BTV', () => {
    const entries = model.nodes.filter((n) => n.state.kind === 'entry').map((n) => [n.id, n.people.length]);
    expect(entries).toEqual([['entry:3:by_election', 4]]);
    expect(band(model, 'entry:3:by_election>body:4:bch')).toEqual(['pho-chu-nhiem-ubkt', 'truong-ban-bvctnb', 'pct-ubnd']);
    expect(band(model, 'entry:3:by_election>body:4:tt')).toEqual(['pbt-tt-1999']);
    expect(band(model, 'body:3:bch>body:4:btv')).toEqual(['bch-20', 'bch-21']);
    expect(band(model, 'body:3:tt>body:4:tt')).toEqual(['pbt-tt-1996']);
  });

  it('is made the same a column at a time, pausing after each column and each pair (9 pauses for 5 columns)', async () => {
    let pauses = 0;
    const paced = await flowsModelPaced(timeline, async () => {
      pauses++;
    });
    expect(paced).toEqual(model);
    expect(pauses).toBe(5 + 4);
    await expect(flowsModelPaced(timeline, () => Promise.reject(new Error('stop')))).rejects.toThrow('stop');
  });

  it('sends every member of a column somewhere in the next, once', () => {
    for (const n of model.nodes) {
      if (n.state.kind !== 'body' || n.column === model.columns.length - 1) continue;
      const out = model.bands.filter((b) => b.from === n.id).flatMap((b) => b.people);
      expect(out.sort()).toEqual([...n.people].sort());
    }
  });
});

/** Steps dated by year: `years[i]` is step i's year (null: undated). */
function steps(years: (number | null)[]): { index: number; date: PartialDate }[] {
  return years.map((y, index) => ({
    index,
    date: (y === null ? null : { text: String(y), year: y, month: null, day: null, precision: 'year', uncertain: false }) as PartialDate,
  }));
}

describe('flowColumns', () => {
  it('gives one column per step up to 12 periods after the start', () => {
    expect(flowColumns(steps([2000, 2001, 2002])).map((c) => c.period)).toEqual([
      { kind: 'start', step: 0 },
      { kind: 'step', step: 1 },
      { kind: 'step', step: 2 },
    ]);
    expect(flowColumns(steps(Array.from({ length: 13 }, (_, i) => 2000 + i)))).toHaveLength(13);
    expect(flowColumns([])).toEqual([]);
  });

  it('groups a long term by year, one period per year when they are at most 12', () => {
    // 40 steps over 1990–1999, four a year (step 0 is the start).
    const cols = flowColumns(steps(Array.from({ length: 41 }, (_, i) => 1990 + Math.floor(Math.max(0, i - 1) / 4))));
    expect(cols).toHaveLength(11);
    expect(cols[1]).toEqual({ period: { kind: 'years', from: 1990, to: 1990 }, firstStep: 1, lastStep: 4 });
    expect(cols[10]).toEqual({ period: { kind: 'years', from: 1999, to: 1999 }, firstStep: 37, lastStep: 40 });
  });

  it('groups runs of years when there are more than 12 years, every step in exactly one period', () => {
    const years = Array.from({ length: 1500 }, (_, i) => 1000 + i);
    const cols = flowColumns(steps(years));
    expect(cols.length).toBeLessThanOrEqual(MAX_PERIODS + 1);
    expect(cols[1]!.period).toEqual({ kind: 'years', from: 1001, to: 1125 });
    for (let i = 1; i < cols.length; i++) expect(cols[i]!.firstStep).toBe(cols[i - 1]!.lastStep + 1);
    expect(cols[cols.length - 1]!.lastStep).toBe(1499);
  });

  it('cuts into runs of steps when the years cannot (all in one year, or undated)', () => {
    const one = flowColumns(steps(Array.from({ length: 30 }, () => 2020)));
    expect(one.slice(1).map((c) => c.period)).toEqual([
      { kind: 'steps', from: 1, to: 3 },
      ...Array.from({ length: 9 }, (_, k) => ({ kind: 'steps', from: 4 + 3 * k, to: Math.min(29, 6 + 3 * k) })),
    ]);
    const undated = flowColumns(steps([2000, ...Array.from({ length: 20 }, () => null)]));
    expect(undated.every((c, i) => i === 0 || c.period.kind === 'steps')).toBe(true);
    expect(undated[undated.length - 1]!.lastStep).toBe(20);
  });

  it('refuses a bound below 1', () => {
    expect(() => flowColumns(steps([2000]), 0)).toThrow(RangeError);
  });
});

describe('flowsModel at scale (10,000 people, 1,500 steps)', () => {
  const timeline = buildTimeline(scaleDataset(10_000, 1_500));
  const t0 = performance.now();
  const model = flowsModel(timeline);
  const ms = performance.now() - t0;

  it('has at most 13 columns, grouped by runs of years, and says it is grouped', () => {
    expect(model.columns.length).toBeLessThanOrEqual(MAX_PERIODS + 1);
    expect(model.columns.length).toBeGreaterThan(2);
    expect(model.grouped).toBe(true);
    expect(model.columns.slice(1).every((c) => c.period.kind === 'years')).toBe(true);
  });

  it('adds up to the counts at the end of each period', () => {
    for (const org of ['a', 'b']) {
      expect(model.columns.map((c) => columnCount(timeline, model, c.index, org))).toEqual(model.columns.map((c) => timeline.countSeries.get(org)![c.lastStep]));
    }
  });

  it('keeps everyone: out of each column = its members; people who came and went inside a period go from an entry to an exit', () => {
    for (let c = 0; c + 1 < model.columns.length; c++) {
      const seated = model.nodes.filter((n) => n.column === c && n.state.kind === 'body').reduce((s, n) => s + n.people.length, 0);
      const fromBodies = model.bands.filter((b) => b.column === c && b.from.startsWith('body:')).reduce((s, b) => s + b.people.length, 0);
      expect(fromBodies).toBe(seated);
    }
    const transit = model.bands.filter((b) => b.from.startsWith('entry:') && b.to.startsWith('exit:'));
    expect(transit.length).toBeGreaterThan(0);
    expect(transit.every((b) => b.people.length > 0)).toBe(true);
  });

  it('is computed in a bounded time and lays out a bounded number of nodes and bands', () => {
    expect(ms).toBeLessThan(5_000);
    expect(model.nodes.length).toBeLessThan(13 * 8);
    const g = flowsGeometry(model, flowsWords(timeline, model, 'en'), 1100);
    expect(g.bands.length).toBe(model.bands.length);
  });
});

describe('flowsGeometry', () => {
  const { timeline } = loadBuiltIn();
  const model = flowsModel(timeline);

  for (const lang of ['vi', 'en'] as const) {
    for (const width of [720, 1100, 1400]) {
      it(`sets no two labels of a column over each other, ${lang}, ${width} units`, () => {
        const g = flowsGeometry(model, flowsWords(timeline, model, lang), width);
        expect(g.nodes).toHaveLength(model.nodes.length);
        const lh = g.sizes.label * 1.3;
        for (let c = 0; c < model.columns.length; c++) {
          const labels = g.nodes.filter((n) => n.column === c).map((n) => ({ top: n.labelY - g.sizes.label, bottom: n.labelY - g.sizes.label + n.lines.length * lh }));
          labels.sort((a, b) => a.top - b.top);
          for (let i = 1; i < labels.length; i++) expect(labels[i]!.top).toBeGreaterThanOrEqual(labels[i - 1]!.bottom - 0.2);
        }
        // Each column's header starts at its bars, left to right; the drawing is as wide as asked.
        expect(g.headers.map((h) => h.x)).toEqual([...g.headers.map((h) => h.x)].sort((a, b) => a - b));
        expect(g.width).toBe(width);
        expect(g.nodes.every((n) => n.labelX > n.x1 && n.labelX < g.width)).toBe(true);
      });
    }
  }

  it('draws a one-step dataset (one column, no band) with finite numbers', () => {
    const r = importFile('one-step.json', new Uint8Array(readFileSync(new URL('../fixtures/one-step.json', import.meta.url))));
    if (!r.ok) throw new Error('fixture refused');
    const one = buildTimeline(r.dataset);
    const m = flowsModel(one);
    expect(m.columns).toHaveLength(1);
    expect(m.bands).toEqual([]);
    const g = flowsGeometry(m, flowsWords(one, m, 'vi'), 720);
    expect(g.nodes.length).toBeGreaterThan(0);
    for (const n of g.nodes) for (const v of [n.x0, n.x1, n.y0, n.y1, n.labelX, n.labelY]) expect(Number.isFinite(v)).toBe(true);
    expect(g.nodes[0]!.x0).toBe(16);
  });

  it('makes bars as tall as their people: the BCH-only node at the start is 24/9 of the BTV-only one', () => {
    const g = flowsGeometry(model, flowsWords(timeline, model, 'en'), 1100);
    const h = (id: string) => {
      const n = g.nodes.find((x) => x.id === id)!;
      return n.y1 - n.y0;
    };
    expect(h('body:0:bch') / h('body:0:btv')).toBeCloseTo(24 / 9, 1);
  });
});
