/**
 * The drawing keeps each member's node element and the SVG text keeps each element's text, so that
 * a member drawn as before costs nothing. Whatever order steps are drawn in, and whatever changes
 * on a node, the SVG is the one a fresh drawing writes.
 */
import { expect, test, vi } from 'vitest';
import type { Scene, SceneNode } from '../../src/lib/layout/scene.ts';
import type { SvgMeta } from '../../src/lib/view/caption.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { svgMeta } from '../../src/lib/view/caption.ts';

type Draw = (scene: Scene, meta: SvgMeta) => string;

/** `treeToSvg(chartTree(...))` of freshly loaded modules: nothing kept from earlier drawings. */
async function freshDraw(): Promise<Draw> {
  vi.resetModules();
  const { chartTree } = await import('../../src/lib/draw/chart-tree.ts');
  const { treeToSvg } = await import('../../src/lib/export/svg.ts');
  return (scene, meta) => treeToSvg(chartTree(scene, meta));
}

const { timeline, plan } = loadBuiltIn();
const scenes = (['vi', 'en'] as const).flatMap((lang) =>
  timeline.steps.map((s) => ({ scene: layoutScene({ timeline, plan, step: s.index, lang, words: layoutWords(lang) }), meta: svgMeta(timeline, s.index, lang) })),
);

test('every step drawn after any other is drawn as on its own', async () => {
  const draw = await freshDraw();
  const alone = await Promise.all(scenes.map(async ({ scene, meta }) => (await freshDraw())(scene, meta)));
  // In order, backwards, and each step right after every other.
  scenes.forEach(({ scene, meta }, i) => expect(draw(scene, meta)).toBe(alone[i]));
  [...scenes].reverse().forEach(({ scene, meta }, j) => expect(draw(scene, meta)).toBe(alone[scenes.length - 1 - j]));
  for (let a = 0; a < scenes.length; a += 3) {
    for (let b = 0; b < scenes.length; b += 2) {
      draw(scenes[a]!.scene, scenes[a]!.meta);
      expect(draw(scenes[b]!.scene, scenes[b]!.meta)).toBe(alone[b]);
    }
  }
});

/** Every change of a node the drawing reads. */
const changes: [string, (n: SceneNode) => SceneNode][] = [
  ['x', (n) => ({ ...n, x: n.x + 1 })],
  ['y', (n) => ({ ...n, y: n.y - 1 })],
  ['title', (n) => ({ ...n, title: `${n.title}!` })],
  ['label line', (n) => ({ ...n, label: [...n.label.slice(0, -1), `${n.label[n.label.length - 1] ?? ''}?`] })],
  ['one label line more', (n) => ({ ...n, label: [...n.label, 'more'] })],
  ['inferred', (n) => ({ ...n, inferred: !n.inferred })],
  ['new', (n) => ({ ...n, isNew: !n.isNew })],
  ['over capacity', (n) => ({ ...n, overCapacity: !n.overCapacity })],
  ['radius', (n) => ({ ...n, r: 4 })],
  ['colour', (n) => ({ ...n, colorIndex: n.colorIndex + 1 })],
  ['body', (n) => ({ ...n, org: 'other' })],
  ['shape', (n) => ({ ...n, shape: 'diamond' })],
  ['departed', (n) => ({ ...n, kind: 'departed', cause: 'death', shape: 'diamond' })],
  ['group', (n) => ({ ...n, group: 'g1' })],
  ['person', (n) => ({ ...n, person_id: `${n.person_id}x` })],
];

test.each(changes)('a node whose %s changed is drawn anew', async (_what, change) => {
  const { scene, meta } = scenes[3]!;
  const changed: Scene = {
    ...scene,
    nodes: scene.nodes.map((n, i) => (i === 0 ? change(n) : n)),
    groups: [{ id: 'g1', label: 'G1', count: 1, color: '#112233', colorIndex: -1 }],
  };
  const draw = await freshDraw();
  const before = draw(changed, meta);
  expect(draw(scene, meta)).not.toBe(before);
  expect(draw(changed, meta)).toBe(before);
  expect(draw(changed, meta)).toBe((await freshDraw())(changed, meta));
});

test('a group that changes colour repaints its members', async () => {
  const { scene, meta } = scenes[3]!;
  const grouped = (color: string): Scene => ({
    ...scene,
    nodes: scene.nodes.map((n, i) => (i === 0 ? { ...n, group: 'g1' } : n)),
    groups: [{ id: 'g1', label: 'G1', count: 1, color, colorIndex: -1 }],
  });
  const draw = await freshDraw();
  const red = draw(grouped('#aa0000'), meta);
  const blue = draw(grouped('#0000aa'), meta);
  expect(blue).not.toBe(red);
  expect(blue).toBe((await freshDraw())(grouped('#0000aa'), meta));
  expect(red).toContain('fill="#AA0000"');
  expect(blue).toContain('fill="#0000AA"');
});
