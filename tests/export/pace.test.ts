import { describe, expect, test } from 'vitest';
import { pacer } from '../../src/lib/export/pace.ts';

describe('pacer: the checkpoint between pieces of a long export', () => {
  test('with no pause it never waits, but still stops when the signal is aborted', async () => {
    const controller = new AbortController();
    const step = pacer({ signal: controller.signal });
    await step();
    await step();
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(step()).rejects.toBe(reason);
  });

  test('pauses only once the budget is spent', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    const lazy = pacer({ pause, budgetMs: 60_000 });
    for (let i = 0; i < 5; i++) await lazy();
    expect(pauses).toBe(0);
    const eager = pacer({ pause, budgetMs: 0 });
    for (let i = 0; i < 5; i++) await eager();
    expect(pauses).toBe(5);
  });

  test('a busy piece makes the next checkpoint pause; the budget starts again after it', async () => {
    let pauses = 0;
    const step = pacer({ pause: async () => void pauses++, budgetMs: 20 });
    const t0 = performance.now();
    while (performance.now() - t0 < 25) {
      // busy
    }
    await step();
    expect(pauses).toBe(1);
    await step();
    expect(pauses).toBe(1);
  });

  test('an abort during the pause is seen when the pause ends', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled while paused');
    const step = pacer({ signal: controller.signal, budgetMs: 0, pause: async () => controller.abort(reason) });
    await expect(step()).rejects.toBe(reason);
  });
});
