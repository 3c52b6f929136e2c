import { describe, expect, it } from 'vitest';
import { TaskCancelled, TaskState, isCancelled, yieldToPage } from '../../src/lib/state/task.svelte.ts';

describe('TaskState', () => {
  it('reports progress while running and is idle after', async () => {
    const task = new TaskState();
    const seen: [number, number, boolean][] = [];
    const out = await task.run('work', async ({ progress }) => {
      progress(0, 3);
      for (let i = 1; i <= 3; i++) {
        await yieldToPage();
        progress(i);
        seen.push([task.done, task.total, task.running]);
      }
      return 'made';
    });
    expect(out).toBe('made');
    expect(seen).toEqual([[1, 3, true], [2, 3, true], [3, 3, true]]);
    expect(task.running).toBe(false);
    expect(task.label).toBe('');
  });

  it('returns undefined when cancelled, and the work stops at its next yield', async () => {
    const task = new TaskState();
    let chunks = 0;
    const p = task.run('long', async ({ signal }) => {
      for (let i = 0; i < 1000; i++) {
        await yieldToPage(signal);
        chunks++;
      }
      return 'finished';
    });
    await yieldToPage();
    await yieldToPage();
    task.cancel();
    expect(await p).toBeUndefined();
    expect(chunks).toBeLessThan(5);
    expect(task.running).toBe(false);
  });

  it('drops the result of work cancelled after its last check', async () => {
    const task = new TaskState();
    let finish: (v: string) => void = () => {};
    const p = task.run('png', () => new Promise<string>((r) => (finish = r)));
    task.cancel();
    finish('made');
    expect(await p).toBeUndefined();
    expect(task.running).toBe(false);
  });

  it('passes other errors through', async () => {
    const task = new TaskState();
    await expect(task.run('bad', async () => { throw new RangeError('too big'); })).rejects.toThrow('too big');
    expect(task.running).toBe(false);
  });

  it('a new task cancels the running one', async () => {
    const task = new TaskState();
    const first = task.run('a', async ({ signal }) => {
      for (;;) await yieldToPage(signal);
    });
    const second = task.run('b', async () => 2);
    expect(await first).toBeUndefined();
    expect(await second).toBe(2);
  });

  it('isCancelled knows our reason and DOM AbortError', () => {
    expect(isCancelled(new TaskCancelled())).toBe(true);
    expect(isCancelled(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isCancelled(new Error('x'))).toBe(false);
  });
});
