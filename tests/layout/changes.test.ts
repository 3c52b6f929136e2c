import { describe, expect, test } from 'vitest';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { stepDiff } from '../../src/lib/model/diff.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { treeToSvg } from '../../src/lib/export/svg.ts';
import { CAUSE_COLORS, ENTRY_COLOR, POST_CHANGE_COLOR } from '../../src/lib/draw/palette.ts';
import { Allocator } from '../../src/lib/layout/seat-plan-allocator.ts';
import type { Lang } from '../../src/lib/model/types.ts';

const { timeline, plan } = loadBuiltIn();
const STEPS = timeline.steps.length;
const sceneAt = (i: number, lang: Lang = 'vi') => layoutScene({ timeline, plan, step: i, lang, words: layoutWords(lang) });

describe('the members a step touched (changes.ts)', () => {
  test('at every step, exactly the people of the step\'s diff are marked, the others dimmed', () => {
    expect(sceneAt(0).nodes.filter((n) => n.change || n.dim)).toEqual([]);
    for (let i = 1; i < STEPS; i++) {
      const s = sceneAt(i);
      const expected = stepDiff(timeline, i).map((t) => t.person_id).sort();
      const marked = s.nodes.filter((n) => n.change).map((n) => n.person_id).sort();
      expect(marked, `step ${i}`).toEqual(expected);
      expect(marked.length).toBeGreaterThan(0);
      for (const n of s.nodes) expect(n.dim === true, `${n.person_id} at ${i}`).toBe(!n.change);
      // An exit is marked in the tray, anything else on the seat.
      for (const t of stepDiff(timeline, i)) {
        const n = s.nodes.find((q) => q.person_id === t.person_id && q.change)!;
        expect(n.kind).toBe(t.kind === 'exit' ? 'departed' : 'seated');
      }
    }
  });

  test('tags in both languages: the cause of an exit or an entry, the post taken', () => {
    const tags = (i: number, lang: Lang) => Object.fromEntries(sceneAt(i, lang).nodes.filter((n) => n.change).map((n) => [n.person_id, n.change!.tag]));
    expect(tags(1, 'vi')).toEqual({ 'uvtv-tuyen-giao': 'bị xóa tên' });
    expect(tags(1, 'en')).toEqual({ 'uvtv-tuyen-giao': 'struck off' });
    expect(tags(3, 'vi')).toEqual({ 'bi-thu-1996': 'nghỉ hưu', 'uvtv-pct-hdnd': 'nghỉ hưu' });
    expect(tags(3, 'en')).toEqual({ 'bi-thu-1996': 'retired', 'uvtv-pct-hdnd': 'retired' });
    expect(tags(4, 'vi')).toEqual({
      'bch-20': '→ UVTV tổ chức',
      'bch-21': '→ UVTV quân sự',
      'pbt-tt-1996': '→ Bí thư',
      'pbt-tt-1999': 'bầu bổ sung',
      'pct-ubnd': 'bầu bổ sung',
      'pho-chu-nhiem-ubkt': 'bầu bổ sung',
      'truong-ban-bvctnb': 'bầu bổ sung',
    });
    expect(tags(4, 'en')['pbt-tt-1996']).toBe('→ Secretary');
    expect(tags(4, 'en')['pct-ubnd']).toBe('elected');
    expect(new Set(Object.values(tags(2, 'en')))).toEqual(new Set(['transferred']));
  });

  test('drawn: data-changed on exactly the marked nodes, a ring in the cause\'s colour, the tag under the label', () => {
    for (let i = 0; i < STEPS; i++) {
      const { scene, tree } = viewTree(timeline, plan, i, 'en');
      const svg = treeToSvg(tree);
      const changed = [...svg.matchAll(/data-(?:member|departed)-id="([^"]+)"[^>]*data-changed="true"/g)].map((m) => m[1]).sort();
      expect(changed, `step ${i}`).toEqual(scene.nodes.filter((n) => n.change).map((n) => n.person_id).sort());
    }
    const svg3 = treeToSvg(viewTree(timeline, plan, 3, 'en').tree);
    const retired = svg3.slice(svg3.indexOf('data-departed-id="bi-thu-1996"'));
    const node = retired.slice(0, retired.indexOf('</g>'));
    expect(node).toContain(`class="cmv-change-ring cmv-mark"`);
    expect(node).toContain(`stroke="${CAUSE_COLORS.retirement}"`);
    expect(node).toMatch(/Bí thư Quận ủy|District Party Secretary/);
    expect(node).toMatch(/\(until 1999\) <\/tspan><tspan class="cmv-change-tag cmv-mark" x="15" y="[\d.]+" fill="#[0-9A-F]{6}">retired<\/tspan><\/text>/);
    const svg4 = treeToSvg(viewTree(timeline, plan, 4, 'en').tree);
    const ring = (id: string) => {
      const rest = svg4.slice(svg4.indexOf(`data-member-id="${id}"`));
      return /cmv-change-ring[^>]*stroke="([^"]+)"/.exec(rest.slice(0, rest.indexOf('</g>')))![1];
    };
    expect(ring('pct-ubnd')).toBe(ENTRY_COLOR);
    expect(ring('pbt-tt-1996')).toBe(POST_CHANGE_COLOR);
    // The others are dimmed, shape and label.
    const other = svg4.slice(svg4.indexOf('data-member-id="bch-01"'));
    expect(other.slice(0, other.indexOf('</g>'))).toMatch(/cmv-shape cmv-c0 cmv-dim[\s\S]*cmv-label cmv-dim/);
  });

  test('the vacant Secretary: a labelled placeholder with data-vacant-post, on screen and in files', () => {
    const svg3 = treeToSvg(viewTree(timeline, plan, 3, 'vi').tree);
    expect(svg3).toMatch(/data-vacant-post="bi-thu" data-vacant-seat="" data-org="btv"/);
    expect(svg3).toContain('Bí thư — khuyết</tspan>');
    expect(treeToSvg(viewTree(timeline, plan, 3, 'en').tree)).toContain('Secretary — vacant</tspan>');
    for (const i of [0, 1, 2, 4]) expect(treeToSvg(viewTree(timeline, plan, i, 'vi').tree)).not.toContain('data-vacant-post="bi-thu"');
  });
});

describe('Allocator.takeAt (a post\'s place)', () => {
  test('takes a given free index; the ones skipped below it stay free for take()', () => {
    const a = new Allocator();
    expect(a.isFree(2)).toBe(true);
    expect(a.takeAt(2)).toBe(2);
    expect(a.isFree(2)).toBe(false);
    expect(a.maxOccupancy).toBe(3);
    expect([a.take(), a.take(), a.take()]).toEqual([0, 1, 3]);
    a.free(1);
    expect(a.isFree(1)).toBe(true);
    expect(a.takeAt(1)).toBe(1);
    expect(a.take()).toBe(4);
    expect(a.maxOccupancy).toBe(5);
  });
});

describe('stagedUnder: while members move, the caption is the new step\'s, the counts the old one\'s', () => {
  test('background and caption from the step shown; boxes, trays and vacancies from the step reached', async () => {
    const { stagedUnder } = await import('../../src/lib/draw/chart-tree.ts');
    const t3 = viewTree(timeline, plan, 3, 'vi').tree;
    const t4 = viewTree(timeline, plan, 4, 'vi').tree;
    const mixed = stagedUnder(t4, t3);
    expect(mixed.map((e) => e.attrs.class)).toEqual(t4.under.map((e) => e.attrs.class));
    expect(mixed.map((e) => e.attrs.class)).toEqual(['cmv-bg', 'cmv-caption', 'cmv-boxes', 'cmv-trays', 'cmv-vacancies']);
    expect(mixed[1]).toBe(t4.under[1]);
    for (const i of [2, 3, 4]) expect(mixed[i]).toBe(t3.under[i]);
    expect(treeToSvg({ ...t4, under: mixed })).toContain('7/11');
    expect(stagedUnder(t4, t4)).toBe(t4.under);
  });
});

describe('on a phone, the marks fit the narrower cells', () => {
  test('every change tag and vacant-post line fits the cells\' line (360 px: 324 units), in both languages, at every step', async () => {
    const { fitChartWidth } = await import('../../src/lib/layout/fit.ts');
    const { geometryFor } = await import('../../src/lib/layout/geometry.ts');
    const { textWidth } = await import('../../src/lib/layout/text.ts');
    const { LABEL_FONT } = await import('../../src/lib/layout/scene.ts');
    const width = fitChartWidth(360).width;
    const labelW = geometryFor(plan, width).cells.labelW;
    expect(labelW).toBeLessThan(100);
    let tags = 0;
    let cut = 0;
    let posts = 0;
    for (const lang of ['vi', 'en'] as const) {
      for (let i = 1; i < STEPS; i++) {
        const s = layoutScene({ timeline, plan, step: i, lang, words: layoutWords(lang), options: { width } });
        for (const n of s.nodes) {
          if (!n.change) continue;
          tags++;
          expect(textWidth(n.change.tag, LABEL_FONT, 'bold'), `${n.person_id} at ${i} (${lang}): ${n.change.tag}`).toBeLessThanOrEqual(labelW);
          if (n.change.tag.endsWith('…')) cut++;
        }
        for (const v of s.vacantPosts ?? []) {
          posts++;
          for (const line of v.label) expect(textWidth(line, LABEL_FONT), `${v.post_id} at ${i} (${lang}): ${line}`).toBeLessThanOrEqual(labelW);
        }
      }
    }
    expect(tags).toBeGreaterThan(10);
    expect(posts).toBeGreaterThan(3);
    // "→ SC, military affairs" is longer than a phone's line: it ends with an ellipsis there.
    expect(cut).toBeGreaterThan(0);
  });
});
