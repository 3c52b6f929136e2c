import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseLayout, layoutScene, type Scene } from '../../src/lib/layout/layout.ts';
import { seatingOrder, seatingPlan, seatGroup } from '../../src/lib/layout/hemicycle-order.ts';
import { COMPACT_AT } from '../../src/lib/layout/hemicycle-geometry.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { treeToSvg } from '../../src/lib/export/svg.ts';
import { compactTrayLists } from '../../src/lib/view/tray-lists.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { houseWithDeaths, loadHouse650 } from '../fixtures/house.ts';
import { expectGolden } from '../fixtures/golden.ts';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
const house = loadHouse650();
const builtin = loadBuiltIn();
type Loaded = { timeline: typeof house.timeline; plan: typeof house.plan };
const sceneOf = (d: Loaded, step: number, layout?: 'auto' | 'hemicycle' | 'nested', lang: 'vi' | 'en' = 'en'): Scene =>
  layoutScene({ timeline: d.timeline, plan: d.plan, step, lang, words: layoutWords(lang), ...(layout ? { options: { layout } } : {}) });

/** Smallest distance between two of the points. */
function minDistance(ps: readonly { x: number; y: number }[]): number {
  let d = Infinity;
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) d = Math.min(d, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
  return d;
}

describe('layout mode', () => {
  it('auto: the 650-seat house gets the hemicycle, District 6 stays nested', () => {
    expect(chooseLayout(house.plan, house.dataset.organizations)).toBe('hemicycle');
    expect(chooseLayout(builtin.plan, builtin.dataset.organizations)).toBe('nested');
    expect(sceneOf(house, 0).layout).toBe('hemicycle');
    expect(sceneOf(builtin, 0).layout).toBeUndefined();
  });
  it('the threshold is more than 60 seats', () => {
    const at = (n: number) => houseWithDeaths(n, 0);
    const h60 = at(60);
    const h61 = at(61);
    expect(chooseLayout(h60.plan, h60.dataset.organizations)).toBe('nested');
    expect(chooseLayout(h61.plan, h61.dataset.organizations)).toBe('hemicycle');
  });
  it('forced layouts win over auto; District 6 under auto is exactly the scene without the option', () => {
    expect(sceneOf(house, 3, 'nested').layout).toBeUndefined();
    expect(sceneOf(builtin, 2, 'hemicycle').layout).toBe('hemicycle');
    for (let i = 0; i < builtin.timeline.steps.length; i++) expect(sceneOf(builtin, i, 'auto')).toEqual(sceneOf(builtin, i));
  });
  it('District 6 as a forced hemicycle: every seated member once, vacancies for the empty seats', () => {
    const s = sceneOf(builtin, 2, 'hemicycle', 'vi');
    const snap = builtin.timeline.snapshotAt(2);
    expect(s.nodes.filter((n) => n.kind === 'seated').map((n) => n.person_id).sort()).toEqual([...snap.seats.keys()].sort());
    expect(s.boxes).toHaveLength(1);
    expect(s.boxes[0]!.org).toBe('bch');
    expect(s.vacant).toHaveLength(Math.max(0, s.boxes[0]!.seats! - snap.seats.size));
  });
});

describe('hemicycle scene of the 650-seat house', () => {
  const steps = house.timeline.steps.length;
  it('every seated member gets one seat, the rest are vacant, and no two seats overlap', () => {
    for (const step of [0, 20, 60, steps - 1]) {
      const s = sceneOf(house, step);
      const snap = house.timeline.snapshotAt(step);
      const seated = s.nodes.filter((n) => n.kind === 'seated');
      expect(seated).toHaveLength(snap.seats.size);
      expect(new Set(seated.map((n) => n.person_id)).size).toBe(snap.seats.size);
      expect(s.vacant).toHaveLength(650 - snap.seats.size);
      expect(s.boxes[0]!.title).toBe(`House of Representatives · ${snap.seats.size}/650`);
      const r = seated[0]!.r!;
      expect(r).toBeGreaterThan(5);
      expect(minDistance([...seated, ...s.vacant]) + 0.11).toBeGreaterThanOrEqual(2 * r);
      for (const n of seated) expect(n.label).toEqual([]);
      for (const n of seated) expect(n.title).toMatch(/ · Constituency \d+$/);
    }
  });
  it('fits a 1400 × 900 window at 100 % at every step (width and height of the scene)', () => {
    for (let step = 0; step < steps; step++) {
      const s = sceneOf(house, step);
      expect(s.width).toBeLessThanOrEqual(1400);
      expect(s.height).toBeLessThanOrEqual(900);
    }
  });
  it('the trays take a narrow column each, not half the width', () => {
    const s = sceneOf(house, steps - 1);
    const trayW = s.trays.filter((t) => t.kind === 'exit').reduce((m, t) => Math.max(m, t.w), 0);
    expect(trayW).toBeLessThanOrEqual(s.width / 6);
    expect(s.trays.find((t) => t.cause === 'death')!.count).toBe(24);
  });
  it('nobody moves over the whole term: a vacancy stands where its member sat, and the by-election winner sits there again', () => {
    // The house has no groups: every seat keeps its person (or its vacancy) from step to step.
    const seatOf = new Map<string, string>();
    for (let step = 0; step < steps; step++) {
      const s = sceneOf(house, step);
      const byPos = new Map<string, string>();
      for (const n of s.nodes.filter((x) => x.kind === 'seated')) {
        const pos = `${n.x},${n.y}`;
        byPos.set(pos, n.key);
        if (seatOf.has(n.key)) expect(pos, `${n.key} at step ${step}`).toBe(seatOf.get(n.key));
        seatOf.set(n.key, pos);
      }
      for (const v of s.vacant) byPos.set(`${v.x},${v.y}`, 'vacant');
      expect(byPos.size).toBe(650);
    }
    // Each by-election winner sits in the seat of the member they replaced.
    const snap = house.timeline.snapshotAt(steps - 1);
    for (const [pid, dep] of snap.departed) {
      const successor = house.dataset.memberships.find((m) => m.post_id === dep.last_post_ids[0] && m.person_id !== pid)!;
      expect(seatOf.get(successor.person_id), `${successor.person_id} replaces ${pid}`).toBe(seatOf.get(pid));
    }
  });
  it('golden scene (step 60, English)', () => {
    // One line per node and per vacant seat, so that a change reads as the lines of the seats it moves.
    const { nodes, vacant, ...rest } = sceneOf(house, 60);
    const text = [JSON.stringify(rest, null, 1), 'nodes:', ...nodes.map((n) => JSON.stringify(n)), 'vacant:', ...vacant.map((v) => JSON.stringify(v))].join('\n');
    expectGolden(golden('house-650-step-60.en.txt'), `${text}\n`);
  });
});

describe('seating order by group', () => {
  it('groups sit in contiguous blocks, the largest group over the term first, ties by id, no group last', () => {
    const ds: Dataset = structuredClone(house.dataset);
    // Parties by seat number: 1-300 "b", 301-600 "a", 601-640 "c", 641-650 none.
    const seatNo = (postId: string | null | undefined) => Number(/\d+$/.exec(postId ?? '')?.[0] ?? 0);
    ds.memberships.forEach((m) => {
      const n = seatNo(m.post_id);
      if (n <= 640) m.on_behalf_of_id = n <= 300 ? 'b' : n <= 600 ? 'a' : 'c';
    });
    const people = (g: string) => new Set(ds.memberships.filter((m) => m.on_behalf_of_id === g).map((m) => m.person_id)).size;
    const expected = ['a', 'b', 'c'].sort((x, y) => people(y) - people(x) || (x < y ? -1 : 1));
    const timeline = buildTimeline(ds);
    const plan = planSeats(timeline);
    for (const step of [0, 50]) {
      const snap = timeline.snapshotAt(step);
      const groups = seatingOrder(snap, plan, step).map((pid) => seatGroup(snap, pid) ?? '-');
      const blocks = groups.filter((g, i) => i === 0 || groups[i - 1] !== g);
      expect(blocks).toEqual([...expected, '-']);
    }
    // Within a group: the seat plan's order (stable cell indexes), so the first seats keep their people.
    const first = (step: number) => seatingOrder(timeline.snapshotAt(step), plan, step)[0];
    expect(first(0)).toBe(first(1));
  });
});

describe('vacant seats stay with their group', () => {
  it('when members only leave at a step, everyone of the other groups keeps their seat, and the vacancies end their group\'s block', () => {
    const ds: Dataset = structuredClone(house.dataset);
    const seatNo = (postId: string | null | undefined) => Number(/\d+$/.exec(postId ?? '')?.[0] ?? 0);
    ds.memberships.forEach((m) => {
      const n = seatNo(m.post_id);
      m.on_behalf_of_id = n <= 300 ? 'b' : n <= 600 ? 'a' : 'c';
    });
    const timeline = buildTimeline(ds);
    const plan = planSeats(timeline);
    const d = { timeline, plan };
    const groupOf = (pid: string) => ds.memberships.find((m) => m.person_id === pid)!.on_behalf_of_id!;
    let checked = 0;
    for (let step = 1; step < timeline.steps.length; step++) {
      const changes = timeline.steps[step]!.changes;
      if (changes.length === 0 || changes.some((c) => c.kind === 'start')) continue;
      const left = new Set(changes.map((c) => groupOf(c.person_id)));
      const before = new Map(sceneOf(d, step - 1, 'hemicycle').nodes.map((n) => [n.key, [n.x, n.y]] as const));
      const after = sceneOf(d, step, 'hemicycle');
      for (const n of after.nodes) {
        if (n.kind === 'seated' && !left.has(groupOf(n.person_id))) expect([n.x, n.y], `${n.person_id} at step ${step}`).toEqual(before.get(n.key));
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    // Every vacancy sits right after a member of its group's block (or after another vacancy).
    const last = timeline.steps.length - 1;
    const snap = timeline.snapshotAt(last);
    const houseOrgs = new Set(ds.organizations.map((o) => o.id));
    const seating = seatingPlan(snap, plan, last, 650, houseOrgs);
    expect(seating).toHaveLength(650);
    expect(seating.filter((x) => x === null)).toHaveLength(650 - snap.seats.size);
    const blocks = seating.map((x) => (x === null ? '∅' : groupOf(x))).filter((g, i, a) => i === 0 || a[i - 1] !== g);
    expect(blocks.filter((g) => g !== '∅')).toEqual([...new Set(blocks.filter((g) => g !== '∅'))]);
  });
});

describe('over capacity', () => {
  it('members beyond the seat count sit in an extra outer row, marked, without overlap (data the import would refuse)', () => {
    const ds: Dataset = structuredClone(houseWithDeaths(100, 0).dataset);
    ds.organizations[0]!.seats = 90;
    const timeline = buildTimeline(ds);
    const plan = planSeats(timeline);
    const s = sceneOf({ timeline, plan }, 0, 'auto');
    expect(s.layout).toBe('hemicycle');
    const seated = s.nodes.filter((n) => n.kind === 'seated');
    expect(seated).toHaveLength(100);
    expect(s.vacant).toHaveLength(0);
    const over = seated.filter((n) => n.overCapacity === true);
    expect(over).toHaveLength(10);
    // Farther from the hemicycle's centre (the middle of the box's base) than any seat within the count.
    const box = s.boxes[0]!;
    const cx = box.x + box.w / 2;
    const dist = (n: { x: number; y: number }) => Math.hypot(n.x - cx, n.y - (box.y + box.h));
    const inner = Math.max(...seated.filter((n) => !n.overCapacity).map(dist));
    for (const n of over) expect(dist(n)).toBeGreaterThan(inner);
    expect(minDistance(seated) + 0.11).toBeGreaterThanOrEqual(2 * seated[0]!.r!);
    for (const n of seated) expect(n.y).toBeGreaterThan(box.y);
    const svg = treeToSvg(viewTree(timeline, plan, 0, 'en').tree);
    expect(svg.match(/data-over-capacity="true"/g)).toHaveLength(10);
  });
});

describe('compact trays', () => {
  it(`a tray of more than ${COMPACT_AT} people is one block with the count; its people are listed by name`, () => {
    const d = houseWithDeaths(100, 45);
    const s = sceneOf(d, 1);
    const tray = s.trays.find((t) => t.kind === 'exit' && t.cause === 'death')!;
    expect(tray.compact).toBe(true);
    expect(tray.count).toBe(45);
    expect(s.nodes.filter((n) => n.kind === 'departed')).toHaveLength(0);
    const svg = treeToSvg(viewTree(d.timeline, d.plan, 1, 'en').tree);
    expect(svg).toMatch(/<g class="cmv-tray-count" data-cause="death" data-count="45"/);
    expect(svg).not.toContain('data-departed-id');
    const lists = compactTrayLists(s, d.timeline, 'en');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.people).toHaveLength(45);
    expect(lists[0]!.people.slice(0, 3).map((p) => p.name)).toEqual(['Member 1', 'Member 2', 'Member 3']);
  });
  it(`a tray of ${COMPACT_AT} people still shows one node each, with data-departed-id`, () => {
    const d = houseWithDeaths(100, COMPACT_AT);
    const s = sceneOf(d, 1);
    expect(s.trays.find((t) => t.cause === 'death')!.compact).toBeUndefined();
    const dep = s.nodes.filter((n) => n.kind === 'departed');
    expect(dep).toHaveLength(COMPACT_AT);
    expect(minDistance(dep) + 0.11).toBeGreaterThanOrEqual(2 * dep[0]!.r!);
    const svg = treeToSvg(viewTree(d.timeline, d.plan, 1, 'en').tree);
    expect(svg.match(/data-departed-id=/g)).toHaveLength(COMPACT_AT);
    expect(svg).not.toContain('data-count=');
    expect(compactTrayLists(s, d.timeline, 'en')).toEqual([]);
  });
});
