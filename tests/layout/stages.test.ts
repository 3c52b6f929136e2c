/**
 * The stages of `layoutScene` on their own: rounding, geometry sizes, box titles, node shapes and
 * labels, reading order, tray counts, vacant seats and the legend, and the words it is given.
 */
import { describe, expect, test } from 'vitest';
import { num, r1 } from '../../src/lib/layout/round.ts';
import { buildGeometry, geometryFor, trayColsFor, trayHeight } from '../../src/lib/layout/geometry.ts';
import { boxTitle } from '../../src/lib/layout/boxes.ts';
import { nodeLabel, shapeFor, sortReadingOrder } from '../../src/lib/layout/nodes.ts';
import { entrantsByCause } from '../../src/lib/layout/trays.ts';
import { vacantSeats } from '../../src/lib/layout/vacancies.ts';
import { legendEntries, planHasNewcomers } from '../../src/lib/layout/legend.ts';
import { byId } from '../../src/lib/layout/input.ts';
import { BOX_PAD, DEFAULT_WIDTH, GAP_Y, PITCH_Y, TRAY_HEADER, type SceneNode } from '../../src/lib/layout/scene.ts';
import { textWidth } from '../../src/lib/layout/text.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import type { Person, Post } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { dataset, timeline, plan } = loadBuiltIn();

describe('round', () => {
  test('r1 rounds to 0.1 and never gives -0; num writes it', () => {
    expect(r1(12.345)).toBe(12.3);
    expect(r1(12.35)).toBe(12.4);
    expect(Object.is(r1(-0.04), 0)).toBe(true);
    expect(num(-0.04)).toBe('0');
    expect(num(3)).toBe('3');
    expect(num(-2.26)).toBe('-2.3');
  });
});

describe('geometry', () => {
  test('tray columns and heights', () => {
    expect([1, 6, 7, 12, 13, 24, 100].map(trayColsFor)).toEqual([1, 1, 2, 2, 3, 4, 4]);
    expect(trayHeight(1, 1)).toBe(TRAY_HEADER + PITCH_Y - GAP_Y + BOX_PAD);
    expect(trayHeight(7, 2)).toBe(TRAY_HEADER + 4 * PITCH_Y - GAP_Y + BOX_PAD);
  });

  test('is memoised per plan and width, and depends on nothing else', () => {
    const g = geometryFor(plan, DEFAULT_WIDTH);
    expect(geometryFor(plan, DEFAULT_WIDTH)).toBe(g);
    expect(buildGeometry(plan, DEFAULT_WIDTH)).toEqual(g);
    expect(g.order.map((r) => r.org)).toEqual(['bch', 'btv', 'tt']);
    // Nested: BTV inside BCH, the Standing Office inside BTV.
    const [bch, btv, tt] = g.order;
    expect(btv!.x).toBeGreaterThan(bch!.x);
    expect(btv!.x + btv!.w).toBeLessThanOrEqual(bch!.x + bch!.w);
    expect(tt!.y).toBeGreaterThan(btv!.y);
    expect(g.trays.map((t) => `${t.plan.kind}:${t.plan.cause}`)).toEqual([
      'entry:by_election',
      'exit:removed_from_roll',
      'exit:transfer',
      'exit:retirement',
    ]);
  });
});

describe('boxes', () => {
  test('box title: full name, else short name, else the short name cut', () => {
    expect(boxTitle('Ban Chấp hành', 'BCH', '35/35', 400)).toBe('Ban Chấp hành · 35/35');
    const room = textWidth('BCH · 35/35', 12.5, 'bold') + 2;
    expect(boxTitle('Ban Chấp hành Đảng bộ Quận 6', 'BCH', '35/35', room)).toBe('BCH · 35/35');
    expect(boxTitle('A very long name', 'A long short name', '3', 60)).toMatch(/…? · 3$/);
  });
});

describe('nodes', () => {
  const persons = byId<Person>([
    { id: 'a', name: { vi: 'Nguyễn Văn A', en: 'Nguyen Van A' } },
    { id: 'x', name: { vi: 'Bí thư (đến 1999)', en: 'Secretary (until 1999)' }, anonymous: true },
  ]);
  const posts = byId<Post>([{ id: 'bt', organization_id: 'o', label: { vi: 'Bí thư Quận ủy', en: 'District Party Secretary' }, short_label: { vi: 'Bí thư', en: 'Secretary' } }]);
  const en = layoutWords('en').label;

  test('shapes by cause', () => {
    expect(shapeFor('seated', 'retirement')).toBe('circle');
    expect(['removed_from_roll', 'transfer', 'retirement', 'death', 'unknown'].map((c) => shapeFor('departed', c))).toEqual([
      'cross',
      'triangle',
      'square',
      'diamond',
      'diamond',
    ]);
  });

  test('labels: name and post for a named seated person; the post for an anonymous one; the name once departed', () => {
    expect(nodeLabel('seated', 'a', ['bt'], persons, posts, en).title).toBe('Nguyen Van A · District Party Secretary');
    expect(nodeLabel('seated', 'x', ['bt'], persons, posts, en).title).toBe('District Party Secretary');
    expect(nodeLabel('departed', 'x', ['bt'], persons, posts, en).title).toBe('Secretary (until 1999)');
    expect(nodeLabel('seated', 'nobody', [], persons, posts, en).title).toBe('nobody');
  });

  test('reading order: seated by y then x, then departed tray by tray', () => {
    const geo = geometryFor(plan, DEFAULT_WIDTH);
    const n = (key: string, kind: 'seated' | 'departed', x: number, y: number, cause: string | null = null) =>
      ({ key, kind, x, y, cause }) as SceneNode;
    const sorted = sortReadingOrder(
      [n('d1', 'departed', 1, 1, 'retirement'), n('d2', 'departed', 1, 1, 'transfer'), n('s2', 'seated', 5, 10), n('s1', 'seated', 9, 5), n('s3', 'seated', 1, 10)],
      geo,
    );
    expect(sorted.map((q) => q.key)).toEqual(['s1', 's3', 's2', 'd2', 'd1']);
  });

  test('newcomers counted by start cause', () => {
    const nodes = [
      { isNew: true, entry_cause: 'by_election' },
      { isNew: true, entry_cause: 'by_election' },
      { isNew: false, entry_cause: 'by_election' },
      { isNew: true, entry_cause: null },
    ] as SceneNode[];
    expect([...entrantsByCause(nodes)]).toEqual([['by_election', 2]]);
  });
});

describe('vacancies and legend', () => {
  test('vacant seats equal the vacancies of each body, drawn in its own area', () => {
    const geo = geometryFor(plan, DEFAULT_WIDTH);
    const snap = timeline.snapshotAt(4);
    const v = vacantSeats(plan, snap, geo, new Map());
    // Nothing occupied: every own cell of each body with seats is free; the count is the vacancies.
    expect(v.filter((q) => q.org === 'bch').length + v.filter((q) => q.org === 'btv').length).toBe(snap.vacancies.bch);
    expect(v.filter((q) => q.org === 'btv').length).toBe(snap.vacancies.btv);
    expect(v.every((q) => q.region === q.org)).toBe(true);
  });

  test('legend entries in order, in the words given', () => {
    const geo = geometryFor(plan, DEFAULT_WIDTH);
    const items = legendEntries(geo, plan, byId(dataset.organizations), layoutWords('en'));
    expect(planHasNewcomers(plan)).toBe(true);
    expect(items.map((i) => `${i.key}=${i.label}`)).toEqual([
      'org:bch=EC (BCH) member',
      'org:btv=SC (BTV) member',
      'org:tt=Standing Office member',
      'vacant=Vacant seat',
      'new=New at this step',
      'cause:removed_from_roll=Removed from the party roll',
      'cause:transfer=Transferred',
      'cause:retirement=Retired',
      'inferred=Rests on inference',
    ]);
  });
});
