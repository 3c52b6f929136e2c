/**
 * The importers behind `AppState.importFiles`: reading a file reports bytes read of its size, in
 * order; the worker importer (here with a stand-in Worker that runs the worker's import on a
 * structured clone, as a real worker does) gives the same result as the in-thread one, and that
 * result is plain data (its structured clone is equal to it); Cancel terminates the worker and the
 * next import starts a new one; a worker that fails rejects and is replaced. The app state: an
 * import runs as `app.task` with its label; Cancel leaves the dataset, its findings and the last
 * report as they were.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { TaskCancelled, TaskState, type TaskContext } from '../../src/lib/state/task.svelte.ts';
import { inThreadImporter, readFileBytes, workerImporter, type Importer } from '../../src/lib/state/importers.ts';
import { importForApp } from '../../src/lib/io/import-drawable.ts';
import type { ImportReply, ImportRequest } from '../../src/lib/io/import-messages.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { DatasetStore } from '../../src/lib/state/dataset-store.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';

const fixture = (name: string) => readFileSync(`${process.cwd()}/tests/fixtures/${name}`);
const FILES = ['ep-legislature.json', 'popolo-house.json', 'board-small.csv', 'one-step.json', 'every-end-cause.json'];

/** A task context that records progress; `abort` cancels it. */
function context(): TaskContext & { seen: [number, number][]; abort(): void; last: number } {
  const controller = new AbortController();
  let total = 0;
  const ctx = {
    seen: [] as [number, number][],
    last: 0,
    signal: controller.signal,
    progress(done: number, t?: number) {
      if (t !== undefined) total = t;
      ctx.seen.push([done, total]);
    },
    abort: () => controller.abort(new TaskCancelled()),
  };
  return ctx;
}

/** A stand-in for the import worker: runs the worker's import on a structured clone of the request, answers on a later task. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  terminated = false;
  requests = 0;
  constructor(readonly mode: 'answer' | 'silent' | 'crash' = 'answer') {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: ImportRequest, transfer: Transferable[]) {
    this.requests++;
    const req = structuredClone(message, { transfer });
    setTimeout(() => {
      if (this.terminated || this.mode === 'silent') return;
      if (this.mode === 'crash') return this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
      const reply: ImportReply = { ok: true, result: importForApp(req.name, req.bytes, req.options) };
      this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}
const asWorker = (w: FakeWorker) => w as unknown as Worker;

afterEach(() => {
  FakeWorker.made = [];
});

describe('readFileBytes', () => {
  it('reads every byte and reports bytes read of the size, in order, ending at the size', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    const ctx = context();
    const out = await readFileBytes(new File([bytes.slice(0, 100_000), bytes.slice(100_000)], 'x.bin'), ctx);
    expect(out.length).toBe(bytes.length);
    expect(Buffer.from(out).equals(Buffer.from(bytes))).toBe(true);
    expect(ctx.seen[0]).toEqual([0, 300_000]);
    expect(ctx.seen[ctx.seen.length - 1]).toEqual([300_000, 300_000]);
    for (let i = 1; i < ctx.seen.length; i++) expect(ctx.seen[i]![0]).toBeGreaterThan(ctx.seen[i - 1]![0]);
  });

  it('stops with the abort reason when cancelled', async () => {
    const ctx = context();
    ctx.abort();
    await expect(readFileBytes(new File(['abc'], 'a.csv'), ctx)).rejects.toBeInstanceOf(TaskCancelled);
  });
});

describe('the worker importer', () => {
  it.each(FILES)('%s: the same result as in this thread, plain data (a structured clone equals it)', async (name) => {
    const file = () => new File([fixture(name)], name);
    const inThread = await inThreadImporter(file(), { csv: {} }, context());
    expect(structuredClone(inThread)).toStrictEqual(inThread);
    const ctx = context();
    const viaWorker = await workerImporter(() => asWorker(new FakeWorker()))(file(), { csv: {} }, ctx);
    expect(viaWorker).toStrictEqual(inThread);
    // bytes read, then the import itself: an indeterminate bar (0 of 0)
    expect(ctx.seen[ctx.seen.length - 1]).toEqual([0, 0]);
    expect(ctx.seen).toContainEqual([fixture(name).length, fixture(name).length]);
  });

  it('one worker serves one import after another; Cancel terminates it and the next import starts a new one', async () => {
    let mode: 'answer' | 'silent' = 'answer';
    const importer = workerImporter(() => asWorker(new FakeWorker(mode)));
    const file = new File([fixture('board-small.csv')], 'board-small.csv');
    expect((await importer(file, {}, context())).ok).toBe(true);
    expect((await importer(file, {}, context())).ok).toBe(true);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.requests).toBe(2);
    // A worker that never answers, cancelled: rejected with the cancellation, terminated.
    FakeWorker.made[0]!.terminate();
    mode = 'silent';
    const fresh = workerImporter(() => asWorker(new FakeWorker(mode)));
    const ctx = context();
    const pending = fresh(file, {}, ctx);
    await new Promise((r) => setTimeout(r, 5));
    ctx.abort();
    await expect(pending).rejects.toBeInstanceOf(TaskCancelled);
    expect(FakeWorker.made[1]!.terminated).toBe(true);
    mode = 'answer';
    expect((await fresh(file, {}, context())).ok).toBe(true);
    expect(FakeWorker.made).toHaveLength(3);
    expect(FakeWorker.made[2]!.terminated).toBe(false);
  });

  it('a worker that fails rejects with its message and is replaced by the next import', async () => {
    let mode: 'crash' | 'answer' = 'crash';
    const importer = workerImporter(() => asWorker(new FakeWorker(mode)));
    const file = new File([fixture('board-small.csv')], 'board-small.csv');
    await expect(importer(file, {}, context())).rejects.toThrow('boom');
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    mode = 'answer';
    expect((await importer(file, {}, context())).ok).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
  });
});

describe('AppState.importFiles through an importer', () => {
  const builtin = builtinDataset(builtinJson);
  let apps: AppState[] = [];
  afterEach(() => {
    for (const a of apps) a.destroy();
    apps = [];
  });

  it('runs each file as the page task, labelled in the UI language; Cancel changes nothing and skips the files after it', async () => {
    const started: string[] = [];
    let release: (() => void) | null = null;
    // An importer that waits until released or cancelled.
    const importer: Importer = (file, options, ctx) =>
      new Promise((resolve, reject) => {
        started.push(file.name);
        ctx.progress(0, 0);
        ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason));
        release = () => void inThreadImporter(file, options, ctx).then(resolve, reject);
      });
    const app = new AppState(builtin, '?lang=en', { store: new DatasetStore(new IDBFactory()), reducedMotion: () => true, importer });
    apps.push(app);
    await app.init('?lang=en');
    const ep = () => new File([fixture('ep-legislature.json')], 'ep-legislature.json');
    // First import goes through.
    const first = app.importFiles([ep()]);
    await new Promise((r) => setTimeout(r, 0));
    expect(app.task.running).toBe(true);
    expect(app.task.label).toBe('Reading and checking “ep-legislature.json”');
    release!();
    await first;
    flushSync();
    expect(app.importReport?.ok).toBe(true);
    const key = app.datasetKey;
    const findings = app.findings.map((g) => g.code);
    expect(findings.length).toBeGreaterThan(0);
    // Second: two files, the first cancelled: nothing changes, the second never starts.
    const second = app.importFiles([new File([fixture('board-small.csv')], 'board-small.csv'), ep()]);
    await new Promise((r) => setTimeout(r, 0));
    expect(app.task.running).toBe(true);
    app.task.cancel();
    await second;
    flushSync();
    expect(started).toEqual(['ep-legislature.json', 'board-small.csv']);
    expect(app.task.running).toBe(false);
    expect(app.datasetKey).toBe(key);
    expect(app.importReport?.fileName).toBe('ep-legislature.json');
    expect(app.findings.map((g) => g.code)).toEqual(findings);
    expect(app.kept).toHaveLength(1);
  });

  it('an importer that fails (the file could not be read) refuses the file and says why, as before', async () => {
    const fail: Importer = () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
    const app = new AppState(builtin, '?lang=en', { store: new DatasetStore(new IDBFactory()), reducedMotion: () => true, importer: fail });
    apps.push(app);
    await app.importFiles([new File(['x'], 'gone.csv')]);
    expect(app.importReport).toEqual({ fileName: 'gone.csv', ok: false, problems: [] });
    expect(app.storeError).toContain('The file could not be read');
    expect(app.dataset).toBe(builtin);
  });
});
