/**
 * The drafters of the "From text" review (`draft-drafters.ts`): the worker drafter sends the text
 * and resolves with the worker's draft, rejects on the worker's error message, and terminates the
 * worker when the task is cancelled (the next draft starts a new one); the in-thread drafter drafts
 * with the app's words.
 */
import { describe, expect, it } from 'vitest';
import { inThreadDrafter, workerDrafter } from '../../src/lib/state/draft-drafters.ts';
import { draftReport } from '../../src/lib/state/draft-tools.ts';
import { TaskCancelled, type TaskContext } from '../../src/lib/state/task.svelte.ts';

const TEXT = 'Báo cáo nhiệm kỳ 2010-2015\nBan Chấp hành có 25 ủy viên, Ban Thường vụ có 7 ủy viên.\nNăm 2012, hai ủy viên BCH nghỉ hưu.\nĐến nay BCH còn 23 đồng chí, BTV còn 7 đồng chí.';

/** A stand-in for a Web Worker: answers each message with `answer(data)` on the next turn, unless told to hang. */
class FakeWorker extends EventTarget {
  static made = 0;
  terminated = false;
  sent: unknown[] = [];
  constructor(private answer: (d: { text: string; lang: 'vi' | 'en' }) => unknown, private hang = false) {
    super();
    FakeWorker.made++;
  }
  postMessage(d: { text: string; lang: 'vi' | 'en' }) {
    this.sent.push(d);
    if (this.hang) return;
    setTimeout(() => this.dispatchEvent(Object.assign(new Event('message'), { data: this.answer(d) })), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function ctx(signal = new AbortController().signal): TaskContext & { seen: number[][] } {
  const seen: number[][] = [];
  return { signal, seen, progress: (done, total) => seen.push([done, total ?? -1]) };
}

describe('drafters', () => {
  it('the worker drafter resolves with the worker\'s draft and keeps the worker for the next text', async () => {
    const workers: FakeWorker[] = [];
    const drafter = workerDrafter(() => {
      const w = new FakeWorker((d) => ({ ok: true, draft: draftReport(d.text, d.lang) }));
      workers.push(w);
      return w as unknown as Worker;
    });
    const c = ctx();
    const draft = await drafter(TEXT, 'vi', c);
    expect(draft.check.steps.map((s) => [s.counts.bch, s.counts.btv])).toEqual([[25, 7], [23, 7]]);
    expect(c.seen).toEqual([[0, 0]]);
    await drafter(TEXT, 'en', ctx());
    expect(workers.length).toBe(1);
    expect(workers[0]!.sent).toEqual([{ text: TEXT, lang: 'vi' }, { text: TEXT, lang: 'en' }]);
  });

  it('rejects with the worker\'s message; a cancel terminates the worker and the next draft starts another', async () => {
    const workers: FakeWorker[] = [];
    let mode: 'fail' | 'hang' = 'fail';
    const drafter = workerDrafter(() => {
      const w = new FakeWorker(() => ({ ok: false, message: 'boom' }), mode === 'hang');
      workers.push(w);
      return w as unknown as Worker;
    });
    await expect(drafter(TEXT, 'vi', ctx())).rejects.toThrow('boom');
    expect(workers[0]!.terminated).toBe(false);
    mode = 'hang';
    // A fresh worker for the hanging case: drop the first by cancelling a draft on it.
    const ac = new AbortController();
    const p = drafter(TEXT, 'vi', ctx(ac.signal));
    ac.abort(new TaskCancelled());
    await expect(p).rejects.toBeInstanceOf(TaskCancelled);
    expect(workers[0]!.terminated).toBe(true);
    const ac2 = new AbortController();
    const p2 = drafter(TEXT, 'vi', ctx(ac2.signal));
    expect(workers.length).toBe(2);
    ac2.abort(new TaskCancelled());
    await expect(p2).rejects.toBeInstanceOf(TaskCancelled);
    expect(workers[1]!.terminated).toBe(true);
  });

  it('the in-thread drafter drafts with the app\'s words, and stops when cancelled', async () => {
    const draft = await inThreadDrafter(TEXT, 'vi', ctx());
    expect(draft.dataset.organizations.find((o) => o.id === 'bch')?.short_name).toEqual({ vi: 'BCH', en: 'EC' });
    const ac = new AbortController();
    ac.abort(new TaskCancelled());
    await expect(inThreadDrafter(TEXT, 'vi', ctx(ac.signal))).rejects.toBeInstanceOf(TaskCancelled);
  });
});
