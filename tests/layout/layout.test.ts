import { stepDiff } from '../../src/lib/model/diff.ts';
import { vacantPostIds } from '../../src/lib/layout/vacant-posts.ts';
import { roleTable } from '../../src/lib/model/history.ts';
import { postSlots } from '../../src/lib/layout/seat-plan-input.ts';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  BOX_HEADER,
  CELL_H,
  CELL_W,
  LABEL_LINES,
  SHAPE_DX,
  TRAY_HEADER,
  entryPoint,
  layoutScene,
  type Rect,
  type Scene,
} from '../../src/lib/layout/layout.ts';
import { planSeats, type SeatPlan } from '../../src/lib/layout/seat-plan.ts';
import type { Snapshot } from '../../src/lib/model/timeline-types.ts';
import type { Organization, Person, Post } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { expectGolden } from '../fixtures/golden.ts';
import { handTimeline, org, quan6ByHand } from '../fixtures/hand-timeline.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

const { dataset, timeline, plan } = loadBuiltIn();
const STEPS = timeline.steps.length;
const sceneAt = (step: number, lang: 'vi' | 'en' = 'vi') => layoutScene({ timeline, plan, step, lang, words: layoutWords(lang) });

/** Cell rectangle of an item whose (x, y) is the shape centre. */
const cellOf = (p: { x: number; y: number }): Rect => ({ x: p.x - SHAPE_DX, y: p.y - CELL_H / 2, w: CELL_W, h: CELL_H });
const inside = (a: Rect, b: Rect) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.w <= b.x + b.w + 1e-6 && a.y + a.h <= b.y + b.h + 1e-6;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;

/** Checks every geometric invariant of a scene against its snapshot and plan. */
function checkScene(scene: Scene, snapshot: Snapshot, p: SeatPlan): void {
  const box = new Map(scene.boxes.map((b) => [b.org, b]));
  // Nested boxes inside their parents; siblings apart.
  for (const r of p.regions) {
    const b = box.get(r.org)!;
    if (r.parent) expect(inside(b, box.get(r.parent)!), `${r.org} inside ${r.parent}`).toBe(true);
    const kids = r.children.map((c) => box.get(c)!);
    for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) expect(overlap(kids[i]!, kids[j]!)).toBe(false);
  }
  // Cells: inside their region's box below its header, outside child boxes, never overlapping.
  const cells: { key: string; region: string; rect: Rect }[] = [
    ...scene.nodes.filter((n) => n.kind === 'seated').map((n) => ({ key: n.key, region: n.org!, rect: cellOf(n) })),
    ...scene.vacant.map((v) => ({ key: v.key, region: v.region, rect: cellOf(v) })),
  ];
  for (const c of cells) {
    const b = box.get(c.region)!;
    expect(inside(c.rect, { x: b.x, y: b.y + BOX_HEADER, w: b.w, h: b.h - BOX_HEADER }), `${c.key} in ${c.region}`).toBe(true);
    for (const k of p.region.get(c.region)!.children) expect(overlap(c.rect, box.get(k)!), `${c.key} vs box ${k}`).toBe(false);
  }
  const departedCells = scene.nodes.filter((n) => n.kind === 'departed').map((n) => ({ key: n.key, rect: cellOf(n) }));
  const all = [...cells, ...departedCells];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(overlap(all[i]!.rect, all[j]!.rect), `${all[i]!.key} overlaps ${all[j]!.key}`).toBe(false);
    }
  }
  // One node per seated person, one per departed person.
  const seated = scene.nodes.filter((n) => n.kind === 'seated');
  expect(seated.map((n) => n.person_id).sort()).toEqual([...snapshot.seats.keys()].sort());
  for (const n of seated) expect(n.org).toBe(snapshot.seats.get(n.person_id)!.innermost);
  const departed = scene.nodes.filter((n) => n.kind === 'departed');
  expect(departed.map((n) => n.person_id).sort()).toEqual([...snapshot.departed.keys()].sort());
  expect(new Set(scene.nodes.map((n) => n.key)).size).toBe(scene.nodes.length);
  // Trays: every departed node lies in the tray of its cause, below its header; counts agree.
  for (const n of departed) {
    const t = scene.trays.find((q) => q.kind === 'exit' && q.cause === n.cause)!;
    expect(t, `tray for ${n.cause}`).toBeDefined();
    expect(inside(cellOf(n), { x: t.x, y: t.y + TRAY_HEADER, w: t.w, h: t.h - TRAY_HEADER }), `${n.key} in tray`).toBe(true);
  }
  for (const t of scene.trays) {
    for (const b of scene.boxes) expect(overlap(t, b)).toBe(false);
    if (t.kind === 'exit') expect(t.count).toBe(departed.filter((n) => n.cause === t.cause).length);
  }
  // Vacant seats: inside each body with seats, as many as its vacancies.
  for (const r of p.regions) {
    if (r.seats === null) continue;
    const b = box.get(r.org)!;
    // A vacant post's placeholder that stands for a vacancy counts as one of the vacant seats.
    const named = (scene.vacantPosts ?? []).filter((v) => v.seatOrg !== undefined);
    const within = [...scene.vacant, ...named].filter((v) => inside(cellOf(v), b)).length;
    expect(within, `vacancies of ${r.org} at ${snapshot.step}`).toBe(Math.max(0, snapshot.vacancies[r.org] ?? 0));
    for (const v of scene.vacant.filter((q) => q.org === r.org)) {
      expect(inside(cellOf(v), b)).toBe(true);
      // Drawn in the body itself or in a seatless body inside it.
      const reg = p.region.get(v.region)!;
      expect(reg.seatOrg).toBe(r.org);
    }
  }
  // Everything inside the scene; all numbers rounded to 0.1.
  const json = JSON.stringify(scene);
  for (const m of json.matchAll(/-?\d+\.\d+/g)) expect(m[0]).toMatch(/^-?\d+\.\d$/);
  for (const n of scene.nodes) {
    expect(n.x).toBeGreaterThan(0);
    expect(n.x).toBeLessThan(scene.width);
    expect(n.y).toBeLessThan(scene.chart.y + scene.chart.h);
    expect(n.label.length).toBeGreaterThanOrEqual(1);
    expect(n.label.length).toBeLessThanOrEqual(LABEL_LINES);
    if (n.isNew) expect(n.kind).toBe('seated');
  }
  // Reading order: seated by y then x, then the departed tray by tray.
  const seatedFirst = scene.nodes.findIndex((n) => n.kind === 'departed');
  if (seatedFirst >= 0) expect(scene.nodes.slice(seatedFirst).every((n) => n.kind === 'departed')).toBe(true);
  const trayIndex = (n: Scene['nodes'][number]) => scene.trays.findIndex((t) => t.kind === 'exit' && t.cause === n.cause);
  for (let i = 1; i < scene.nodes.length; i++) {
    const a = scene.nodes[i - 1]!;
    const b = scene.nodes[i]!;
    if (a.kind !== b.kind) continue;
    const key = (n: typeof a) => [n.kind === 'departed' ? trayIndex(n) : 0, n.y, n.x];
    const [ka, kb] = [key(a), key(b)];
    const cmp = ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
    expect(cmp, `${a.key} before ${b.key}`).toBeLessThan(0);
  }
  // No vacant seat in a body without seats (when the snapshot agrees with the plan).
  for (const v of scene.vacant) expect(p.region.get(v.region)!.seats, `${v.key}`).not.toBeNull();
}

describe('layoutScene on the built-in dataset', () => {
  test.each(Array.from({ length: STEPS }, (_, i) => i))('golden layout, step %i (vi)', (i) => {
    expectGolden(golden(`quan6-step-${i}.vi.json`), JSON.stringify(sceneAt(i, 'vi'), null, 1) + '\n');
  });

  test('golden layout, last step (en)', () => {
    expectGolden(golden(`quan6-step-${STEPS - 1}.en.json`), JSON.stringify(sceneAt(STEPS - 1, 'en'), null, 1) + '\n');
  });

  test('every invariant holds at every step', () => {
    for (let i = 0; i < STEPS; i++) checkScene(sceneAt(i), timeline.snapshotAt(i), plan);
  });

  test('deterministic: same input, same output', () => {
    const again = planSeats(loadBuiltIn().timeline);
    for (let i = 0; i < STEPS; i++) {
      expect(layoutScene({ timeline, plan: again, step: i, lang: 'vi', words: layoutWords('vi') })).toEqual(sceneAt(i));
      expect(JSON.stringify(sceneAt(i))).toBe(JSON.stringify(sceneAt(i)));
    }
  });

  test('the three nested bodies: BCH holds the BTV at its top, the BTV holds the Standing Office at its top-left', () => {
    const s = sceneAt(STEPS - 1);
    const [bch, btv, tt] = ['bch', 'btv', 'tt'].map((o) => s.boxes.find((b) => b.org === o)!);
    expect(bch!.depth).toBe(0);
    expect(btv!.y).toBe(bch!.y + BOX_HEADER);
    expect(btv!.w).toBe(bch!.w - 20);
    expect(tt!.x).toBe(btv!.x + 10);
    expect(tt!.y).toBe(btv!.y + BOX_HEADER);
    expect(s.boxes.map((b) => b.title)).toEqual(['Ban Chấp hành Đảng bộ Quận 6 · 32/35', 'Ban Thường vụ Quận ủy · 10/11', 'Thường trực Quận ủy · 2']);
    expect(sceneAt(0, 'en').boxes.map((b) => b.title)).toEqual([
      'District 6 Party Executive Committee · 35/35',
      'Standing Committee · 11/11',
      'Standing Office · 2',
    ]);
  });

  test('vacant seats by body: none at the start; 3 at the end, 1 of the BTV and 2 of the BCH', () => {
    // A vacant post's placeholder stands for one of the vacancies of its body with seats.
    const byOrg = (s: Scene) =>
      [...s.vacant, ...(s.vacantPosts ?? []).map((v) => ({ org: v.seatOrg! }))].reduce<Record<string, number>>((a, v) => ({ ...a, [v.org]: (a[v.org] ?? 0) + 1 }), {});
    expect(sceneAt(0).vacant).toEqual([]);
    expect(sceneAt(0).vacantPosts).toBeUndefined();
    expect(byOrg(sceneAt(1))).toEqual({ btv: 1 });
    expect(byOrg(sceneAt(2))).toEqual({ bch: 3, btv: 2 });
    expect(byOrg(sceneAt(3))).toEqual({ bch: 3, btv: 4 });
    expect(byOrg(sceneAt(4))).toEqual({ bch: 2, btv: 1 });
    // The posts vacant, each in its place, as the role table says (a holder left, a successor comes
    // later): the Secretary's (the Standing Office's first cell) and the military post's at step 3,
    // between the retirements and the by-election. The propaganda post (struck off in 1996) and the
    // People's Council one (retired in 1999) are never taken again: the source does not say they
    // were left empty, so they are plain vacant seats of the BTV ("not stated" in the role table).
    const posts = (i: number) => (sceneAt(i).vacantPosts ?? []).map((v) => [v.post_id, v.org, v.title]);
    expect(posts(1)).toEqual([]);
    expect(posts(2)).toEqual([['uvtv-quan-su', 'btv', 'UVTV quân sự — khuyết']]);
    expect(posts(3)).toEqual([
      ['bi-thu', 'tt', 'Bí thư — khuyết'],
      ['uvtv-quan-su', 'btv', 'UVTV quân sự — khuyết'],
    ]);
    expect(posts(4)).toEqual([]);
    // The same cells as the role table's "vacant".
    const table = roleTable(timeline);
    for (let i = 0; i < STEPS; i++) {
      const vacant = table.filter((r) => r.cells[i]!.kind === 'vacant').map((r) => r.post.id).sort();
      expect(posts(i).map((p) => p[0]).sort(), `step ${i}`).toEqual(vacant);
    }
    const sec = sceneAt(3, 'en').vacantPosts!.find((v) => v.post_id === 'bi-thu')!;
    expect([sec.title, sec.seatOrg]).toEqual(['Secretary — vacant', 'btv']);
    const was = sceneAt(0).nodes.find((n) => n.person_id === 'bi-thu-1996')!;
    expect([sec.x, sec.y]).toEqual([was.x, was.y]);
    // The Standing Office has no seats, so no vacancies: at step 3 its empty cell holds the Secretary's
    // placeholder (one of the BTV's 4 vacancies), and the other 3 vacant BTV seats are drawn in the
    // BTV's own area, inside the BTV frame and outside the tt frame.
    for (const lang of ['vi', 'en'] as const) {
      for (let i = 0; i < STEPS; i++) {
        const s = sceneAt(i, lang);
        const box = (o: string) => s.boxes.find((b) => b.org === o)!;
        expect(s.vacant.filter((v) => v.region === 'tt'), `step ${i}`).toEqual([]);
        for (const v of s.vacant.filter((q) => q.org === 'btv')) {
          expect(v.region).toBe('btv');
          expect(inside(cellOf(v), box('btv'))).toBe(true);
          expect(overlap(cellOf(v), box('tt'))).toBe(false);
        }
      }
    }
    expect(sceneAt(3).vacant.map((v) => v.key)).toEqual(['vacant:bch:21', 'vacant:bch:22', 'vacant:bch:23', 'vacant:btv:0', 'vacant:btv:3']);
  });

  test('vacant seats are stable: the lowest free cells of the body, a key keeps its x, y at every step', () => {
    const at = new Map<string, string>();
    for (let i = 0; i < STEPS; i++) {
      const s = sceneAt(i);
      const taken = new Set(s.nodes.filter((n) => n.kind === 'seated').map((n) => `${n.x},${n.y}`));
      for (const v of s.vacant) {
        const xy = `${v.x},${v.y}`;
        expect(at.get(v.key) ?? xy, v.key).toBe(xy);
        at.set(v.key, xy);
        expect(taken.has(xy)).toBe(false);
      }
      // Lowest free: in each body, every free own cell below a vacant one is vacant too.
      for (const r of plan.regions) {
        if (r.seats === null) continue;
        const used = new Set<number>();
        for (const n of s.nodes) {
          const pl = n.kind === 'seated' ? plan.placeAt(n.person_id, i) : null;
          if (pl?.kind === 'seat' && pl.region === r.org) used.add(pl.index);
        }
        // A vacant post's placeholder holds its post's own cell.
        for (const v of s.vacantPosts ?? []) {
          const slot = postSlots(timeline.dataset.posts ?? []).get(v.post_id);
          if (slot && slot.org === r.org) used.add(slot.slot);
        }
        const vac = s.vacant.filter((v) => v.region === r.org).map((v) => Number(v.key.split(':')[2]));
        const max = Math.max(-1, ...vac);
        for (let k = 0; k <= max; k++) expect(used.has(k) || vac.includes(k), `${r.org}:${k} at ${i}`).toBe(true);
      }
    }
  });

  test('nodes in reading order: seated by y then x, then the departed tray by tray', () => {
    const s = sceneAt(STEPS - 1);
    const seated = s.nodes.filter((n) => n.kind === 'seated');
    expect(s.nodes.slice(0, seated.length)).toEqual(seated);
    // The top row of the BTV (beside the Standing Office) comes before the Standing Office's people.
    expect(s.nodes[0]!.org).toBe('btv');
    expect(s.nodes.filter((n) => n.kind === 'departed').map((n) => n.cause)).toEqual([
      'removed_from_roll',
      'transfer',
      'transfer',
      'transfer',
      'transfer',
      'retirement',
      'retirement',
    ]);
  });

  test('newcomers at this step: marked, counted by their entry tray (not in its title), explained in the legend', () => {
    const newIds = (s: Scene) => s.nodes.filter((n) => n.isNew).map((n) => n.person_id).sort();
    for (let i = 0; i < STEPS - 1; i++) {
      const s = sceneAt(i);
      expect(newIds(s), `step ${i}`).toEqual([]);
      expect(s.trays.find((t) => t.id === 'entry:by_election')!.title).toBe('Bầu bổ sung');
    }
    const last = sceneAt(STEPS - 1);
    expect(newIds(last)).toEqual(['pbt-tt-1999', 'pct-ubnd', 'pho-chu-nhiem-ubkt', 'truong-ban-bvctnb']);
    const entry = last.trays.find((t) => t.id === 'entry:by_election')!;
    // The tray is empty at rest (the newcomers passed through it): its title has no count.
    expect([entry.title, entry.count]).toEqual(['Bầu bổ sung', 4]);
    expect(sceneAt(STEPS - 1, 'en').trays.find((t) => t.id === 'entry:by_election')!.title).toBe('By-election');
    // Raised to the BTV from the BCH at the same step: not new.
    expect(last.nodes.filter((n) => n.org === 'btv' && n.isNew)).toEqual([]);
    // The legend explains the mark at every step (its items never change with the step).
    for (let i = 0; i < STEPS; i++) {
      expect(sceneAt(i).legend.items.find((it) => it.key === 'new')!.label).toBe('Mới vào ở bước này');
    }
    expect(sceneAt(0, 'en').legend.items.find((it) => it.key === 'new')!.label).toBe('New at this step');
  });

  test('no label of the built-in dataset is cut, in either language, at the default width', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (let i = 0; i < STEPS; i++) {
        const s = sceneAt(i, lang);
        for (const n of s.nodes) expect(n.label.join(' '), `${n.key} at ${i} (${lang})`).not.toContain('…');
        for (const t of s.trays) expect(t.titleLines.join(' ')).not.toContain('…');
        for (const b of s.boxes) expect(b.title).not.toContain('…');
      }
    }
  });

  test('departed people are labelled by name; seated post holders by the post', () => {
    const vi = sceneAt(STEPS - 1, 'vi');
    const en = sceneAt(STEPS - 1, 'en');
    const node = (s: Scene, pid: string) => s.nodes.find((n) => n.person_id === pid)!;
    expect(node(vi, 'bi-thu-1996').kind).toBe('departed');
    expect(node(vi, 'bi-thu-1996').label.join(' ')).toBe('Bí thư Quận ủy (đến 1999)');
    expect(node(en, 'bi-thu-1996').label.join(' ')).toBe('District Party Secretary (until 1999)');
    expect(node(vi, 'bi-thu-1996').title).toBe('Bí thư Quận ủy (đến 1999)');
    // The new Secretary is the only node that reads "Bí thư Quận ủy".
    expect(vi.nodes.filter((n) => n.label.join(' ') === 'Bí thư Quận ủy').map((n) => n.person_id)).toEqual(['pbt-tt-1996']);
    expect(node(en, 'gd-cty-xd').label).toEqual(['Director of the District', 'construction and economic-', 'development company']);
    // Seated without a post: the person's name.
    expect(node(vi, 'pct-ubnd').label.join(' ')).toBe('Phó Chủ tịch Ủy ban nhân dân Quận');
  });

  test('a person who stays in the same body keeps the same x, y at every step, unless promoted into a post\'s place', () => {
    const scenes = Array.from({ length: STEPS }, (_, i) => sceneAt(i));
    const seen = new Map<string, { org: string; x: number; y: number }>();
    let checked = 0;
    for (const s of scenes) {
      for (const n of s.nodes.filter((q) => q.kind === 'seated')) {
        const before = seen.get(n.person_id);
        if (before && before.org === n.org && n.change?.kind !== 'post') {
          expect({ x: n.x, y: n.y }, n.person_id).toEqual({ x: before.x, y: before.y });
          checked++;
        }
        seen.set(n.person_id, { org: n.org!, x: n.x, y: n.y });
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The Standing Deputy Secretary who becomes Secretary at the by-election moves into the Secretary's
    // place, the first of the Standing Office; the newcomer Standing Deputy Secretary takes the second.
    const at = (i: number, id: string) => scenes[i]!.nodes.find((n) => n.person_id === id)!;
    expect([at(4, 'pbt-tt-1996').x, at(4, 'pbt-tt-1996').y]).toEqual([at(0, 'bi-thu-1996').x, at(0, 'bi-thu-1996').y]);
    expect([at(4, 'pbt-tt-1999').x, at(4, 'pbt-tt-1999').y]).toEqual([at(0, 'pbt-tt-1996').x, at(0, 'pbt-tt-1996').y]);
    // Boxes and trays never move.
    for (const s of scenes) {
      expect(s.boxes.map(({ x, y, w, h }) => [x, y, w, h])).toEqual(scenes[0]!.boxes.map(({ x, y, w, h }) => [x, y, w, h]));
      expect(s.trays.map(({ id, x, y, w, h }) => [id, x, y, w, h])).toEqual(scenes[0]!.trays.map(({ id, x, y, w, h }) => [id, x, y, w, h]));
    }
  });

  test('trays exist at every step, by cause, departed people in departure order', () => {
    const first = sceneAt(0);
    expect(first.trays.map((t) => [t.id, t.title])).toEqual([
      ['entry:by_election', 'Bầu bổ sung'],
      ['exit:removed_from_roll', 'Xóa tên khỏi danh sách đảng viên · 0'],
      ['exit:transfer', 'Chuyển công tác · 0'],
      ['exit:retirement', 'Nghỉ hưu · 0'],
    ]);
    const last = sceneAt(STEPS - 1);
    const inTray = (cause: string) =>
      last.nodes
        .filter((n) => n.kind === 'departed' && n.cause === cause)
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((n) => n.person_id);
    expect(inTray('removed_from_roll')).toEqual(['uvtv-tuyen-giao']);
    expect(inTray('transfer')).toHaveLength(4);
    expect(inTray('transfer')[0]).toBe('uvtv-quan-su-1996'); // holds a post: first
    expect(inTray('retirement')).toHaveLength(2);
    for (const n of last.nodes.filter((q) => q.kind === 'departed')) {
      expect(n.shape).toBe({ removed_from_roll: 'cross', transfer: 'triangle', retirement: 'square' }[n.cause!]);
    }
    expect(last.nodes.filter((q) => q.kind === 'seated').every((q) => q.shape === 'circle')).toBe(true);
  });

  test('inferred marks and labels', () => {
    const last = sceneAt(STEPS - 1);
    const node = (pid: string) => last.nodes.find((n) => n.person_id === pid)!;
    expect(node('pbt-tt-1999').inferred).toBe(true);
    expect(node('bch-01').inferred).toBe(false);
    expect(node('bch-01').label).toEqual(['Ủy viên BCH 1']);
    expect(node('pbt-tt-1996').label.join(' ')).toBe('Bí thư Quận ủy');
    expect(node('pbt-tt-1996').post_ids).toEqual(['bi-thu']);
    expect(node('bi-thu-1996').kind).toBe('departed');
  });

  test('language changes only text', () => {
    const strip = (s: Scene) =>
      JSON.parse(
        JSON.stringify({ ...s, lang: '' }, (k, v) => (['title', 'label', 'titleLines', 'tag'].includes(k) ? undefined : v)),
      ) as unknown;
    for (let i = 0; i < STEPS; i++) expect(strip(sceneAt(i, 'en'))).toEqual(strip(sceneAt(i, 'vi')));
  });

  test('entry points: newcomers come from the by-election tray; leavers go to their tray', () => {
    const s = sceneAt(STEPS - 1);
    const entry = s.trays.find((t) => t.id === 'entry:by_election')!;
    const p = entryPoint(s, 'by_election');
    expect(inside(cellOf(p), entry)).toBe(true);
    const newcomer = s.nodes.find((n) => n.person_id === 'pct-ubnd')!;
    expect(newcomer.entry_cause).toBe('by_election');
    expect(entryPoint(s, newcomer)).toEqual(p);
    const retired = s.nodes.find((n) => n.person_id === 'bi-thu-1996')!;
    const tray = s.trays.find((t) => t.id === 'exit:retirement')!;
    expect(inside(cellOf(entryPoint(s, retired)), tray)).toBe(true);
    expect(entryPoint(s, 'retirement', 'exit')).toEqual(entryPoint(s, retired));
    // No tray for the cause: the chart's edge.
    expect(entryPoint(s, 'elected')).toEqual({ x: s.chart.x, y: s.chart.y + s.chart.h / 2 });
    expect(entryPoint(s, 'death', 'exit')).toEqual({ x: s.chart.x + s.chart.w, y: s.chart.y + s.chart.h / 2 });
  });

  test('the explicit input form gives the same scene as the timeline form', () => {
    const d = timeline.dataset;
    const explicit = layoutScene({
      organizations: d.organizations,
      posts: d.posts,
      persons: d.persons,
      snapshot: timeline.snapshotAt(2),
      plan,
      lang: 'vi',
      words: layoutWords('vi'),
      changes: stepDiff(timeline, 2),
      vacantPosts: vacantPostIds(timeline.spans, d.posts, 2),
    });
    expect(explicit).toEqual(sceneAt(2));
    expect(dataset.id).toBe(d.id);
  });

  test('width option: narrower and wider scenes keep every invariant', () => {
    for (const width of [500, 900, 1600]) {
      for (let i = 0; i < STEPS; i++) {
        const s = layoutScene({ timeline, plan, step: i, lang: 'vi', words: layoutWords('vi'), options: { width } });
        expect(s.width).toBeGreaterThanOrEqual(width);
        checkScene(s, timeline.snapshotAt(i), plan);
      }
    }
  });

  test('a plan from another timeline is refused with a clear message', () => {
    const other = quan6ByHand();
    const otherPlan = planSeats({ organizations: other.organizations, snapshots: other.snapshots, steps: other.steps });
    expect(() => layoutScene({ timeline, plan: otherPlan, step: 0, lang: 'vi', words: layoutWords('vi') })).toThrow(/seat plan/);
  });
});

describe('layoutScene with hand-built snapshots', () => {
  const posts: Post[] = [
    { id: 'bi-thu', organization_id: 'tt', label: { vi: 'Bí thư Quận ủy', en: 'Secretary' }, short_label: { vi: 'Bí thư' } },
    { id: 'pbt-tt', organization_id: 'tt', label: { vi: 'Phó Bí thư Thường trực', en: 'Standing Deputy Secretary' } },
  ];

  test('the term by hand: counts, vacancies and invariants', () => {
    const t = quan6ByHand();
    const p = planSeats({ organizations: t.organizations, posts, snapshots: t.snapshots, steps: t.steps });
    const counts = t.snapshots.map((s) => `${s.counts.bch}/${s.counts.btv}`);
    expect(counts).toEqual(['35/11', '34/10', '30/9', '28/7', '32/10']);
    t.snapshots.forEach((snap, i) => {
      const s = layoutScene({ organizations: t.organizations, posts, persons: [], snapshot: snap, plan: p, lang: 'vi', words: layoutWords('vi') });
      checkScene(s, snap, p);
      expect(s.step).toBe(i);
    });
    const last = layoutScene({ organizations: t.organizations, posts, persons: [], snapshot: t.snapshots[4]!, plan: p, lang: 'vi', words: layoutWords('vi') });
    expect(last.vacant.map((v) => v.org).sort()).toEqual(['bch', 'bch', 'btv']);
    expect(last.nodes.find((n) => n.person_id === 'pbt-tt')!.label).toEqual(['Bí thư Quận ủy']);
    // No person record: the label falls back to the person id.
    expect(last.nodes.find((n) => n.person_id === 'ubkt')!.label).toEqual(['ubkt']);
  });

  test('a general tree (depth 5, siblings, seatless bodies between seated ones) keeps every invariant', () => {
    const orgs: Organization[] = [
      org('root', null, 40),
      org('left', 'root', 10),
      org('right', 'root', 8),
      org('desk', 'left'),
      org('sub', 'desk', 3),
      org('tip', 'sub'),
      org('other', null),
    ];
    const seated: Record<string, { orgs: string[]; inferred?: boolean }> = {};
    const chain: Record<string, string[]> = {
      root: ['root'],
      left: ['root', 'left'],
      right: ['root', 'right'],
      desk: ['root', 'left', 'desk'],
      sub: ['root', 'left', 'desk', 'sub'],
      tip: ['root', 'left', 'desk', 'sub', 'tip'],
      other: ['other'],
    };
    const put = (s: Record<string, { orgs: string[] }>, pid: string, o: string) => (s[pid] = { orgs: chain[o]! });
    for (let i = 0; i < 14; i++) put(seated, `r${i}`, 'root');
    for (let i = 0; i < 4; i++) put(seated, `l${i}`, 'left');
    for (let i = 0; i < 6; i++) put(seated, `g${i}`, 'right');
    put(seated, 'd0', 'desk');
    put(seated, 'd1', 'desk');
    put(seated, 's0', 'sub');
    put(seated, 't0', 'tip');
    put(seated, 'o0', 'other');
    const step1 = { ...seated };
    delete step1['g0'];
    delete step1['d1'];
    put(step1, 'r0', 'right'); // moves body
    put(step1, 'n1', 'tip');
    const persons: Person[] = [{ id: 'r1', name: { vi: '<b>Nguyễn Văn A</b>' } }];
    const t = handTimeline(orgs, [{ seated }, { seated: step1, departed: { g0: { cause: 'death' }, d1: { cause: 'expelled' } } }]);
    const p = planSeats({ organizations: orgs, snapshots: t.snapshots, steps: t.steps });
    const scenes = t.snapshots.map((snap) => layoutScene({ organizations: orgs, posts: [], persons, snapshot: snap, plan: p, lang: 'en', words: layoutWords('en') }));
    scenes.forEach((s, i) => checkScene(s, t.snapshots[i]!, p));
    // Vacancies attributed to the nearest body with seats: sub's seats cover tip; left's cover desk.
    const s1 = scenes[1]!;
    for (const v of s1.vacant) expect(['root', 'left', 'right', 'sub']).toContain(v.org);
    expect(s1.vacant.filter((v) => v.region === 'desk').every((v) => v.org === 'left')).toBe(true);
    // A seatless root body has no vacancies.
    expect(s1.vacant.some((v) => v.region === 'other')).toBe(false);
    // Death and expulsion share the diamond; their trays are distinct.
    expect(s1.trays.filter((x) => x.kind === 'exit').map((x) => x.cause)).toEqual(['expelled', 'death']);
    expect(s1.nodes.filter((n) => n.kind === 'departed').map((n) => n.shape)).toEqual(['diamond', 'diamond']);
    expect(s1.nodes.find((n) => n.person_id === 'r1')!.label.join(' ')).toBe('<b>Nguyễn Văn A</b>');
    // r0 moved from root to right: new place; others stay.
    const at = (s: Scene, pid: string) => s.nodes.find((n) => n.person_id === pid)!;
    expect(at(s1, 'r0').org).toBe('right');
    expect([at(s1, 'r5').x, at(s1, 'r5').y]).toEqual([at(scenes[0]!, 'r5').x, at(scenes[0]!, 'r5').y]);
  });

  test('layout of a large snapshot stays fast', async () => {
    const { scaleTimeline } = await import('../fixtures/scale.ts');
    const t = scaleTimeline(10_000, 200);
    const p = planSeats({ organizations: t.organizations, steps: t.steps, stepCount: t.stepCount, snapshotAt: t.snapshotAt });
    const snap = t.snapshotAt(199);
    const start = performance.now();
    const s = layoutScene({ organizations: t.organizations, posts: [], persons: [], snapshot: snap, plan: p, lang: 'en', words: layoutWords('en') });
    const ms = performance.now() - start;
    expect(s.nodes.filter((n) => n.kind === 'seated')).toHaveLength(snap.seats.size);
    expect(ms).toBeLessThan(5000); // generous for a loaded CI machine; quadratic layouts take far longer
  });
});
