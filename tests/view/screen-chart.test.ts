/** The chart's viewBox on screen (`view/screen-chart.ts`): the built-in drawing without its caption head. */
import { describe, expect, test } from 'vitest';
import { readingStepsOf, screenViewBox } from '../../src/lib/view/screen-chart.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

describe('screenViewBox', () => {
  test('the built-in dataset: from the caption area’s bottom (y 100) to the drawing’s bottom, every step', () => {
    const { timeline, plan } = loadBuiltIn();
    for (let i = 0; i < timeline.steps.length; i++) {
      const { scene } = viewTree(timeline, plan, i, 'en', {});
      expect(scene.caption.y + scene.caption.h).toBe(100);
      expect(screenViewBox(scene)).toBe(`0 100 ${scene.width} ${scene.height - 100}`);
    }
  });

  test('a caption area past the drawing is cut at its bottom', () => {
    expect(screenViewBox({ width: 300, height: 50, caption: { x: 0, y: 20, w: 300, h: 80 } })).toBe('0 50 300 0');
  });
});

describe('readingStepsOf', () => {
  test('the built-in dataset: its readings differ at the by-election, step 4', () => {
    const { timeline } = loadBuiltIn();
    expect(readingStepsOf(timeline)).toEqual([4]);
  });

  test('an alternative without a known event gives no step', () => {
    const { timeline } = loadBuiltIn();
    const alternatives = (timeline.dataset.alternatives ?? []).map((a) => ({ ...a, event_id: 'no-such-event' }));
    expect(readingStepsOf({ dataset: { ...timeline.dataset, alternatives }, stepIndexByEvent: timeline.stepIndexByEvent })).toEqual([]);
  });
});
