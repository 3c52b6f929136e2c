/**
 * Long work the user waits for (importing a large file, every step as a ZIP, the poster, a PNG),
 * owned by the state: what is being done, how far it is, and a way to cancel it. One task runs at
 * a time; `Progress.svelte` shows it (`data-testid="progress"`) with a Cancel button.
 *
 * The work itself runs in a Web Worker or in chunks that yield to the page (`yieldToPage`), reports
 * progress through the callback it is given, and stops when its `AbortSignal` is aborted (by
 * throwing `signal.reason`, or a `TaskCancelled`).
 */

/** Thrown (or used as an abort reason) when the user cancelled a task. */
export class TaskCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'TaskCancelled';
  }
}

/** True when `e` means "the task was cancelled" (our `TaskCancelled`, or a DOM `AbortError`). */
export function isCancelled(e: unknown): boolean {
  return e instanceof TaskCancelled || (e instanceof Error && e.name === 'AbortError');
}

/** What a task's work is given: the cancel signal and a progress callback. */
export interface TaskContext {
  /** Aborted when the user presses Cancel; the work stops and throws (`signal.throwIfAborted()`). */
  signal: AbortSignal;
  /**
   * Say how far the work is: `done` of `total` units (steps, rows, bytes...). `total` may change
   * (omit it to keep the last one); 0 means "not known yet" (an indeterminate bar).
   */
  progress(done: number, total?: number): void;
}

/**
 * Let the page paint and take input, then go on (between chunks of long work on the main thread).
 * Rejects with the abort reason when `signal` is aborted meanwhile.
 */
export function yieldToPage(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const go = () => (signal?.aborted ? reject(signal.reason ?? new TaskCancelled()) : resolve());
    // A macrotask (not a microtask): rendering and input get their turn first.
    if (typeof MessageChannel === 'function') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        go();
      };
      ch.port2.postMessage(null);
    } else setTimeout(go, 0);
  });
}

/** The state of the one long task the page may be running. */
export class TaskState {
  /** What is being done, in the UI language (set by the caller); '' when idle. */
  label = $state('');
  /** Units done so far (see `TaskContext.progress`). */
  done = $state(0);
  /** Units in all; 0 while not known. */
  total = $state(0);
  /** True from `run` until its work settles. */
  running = $state(false);
  /** Whether the running task can be cancelled (the bar then shows Cancel); true unless `run` was told otherwise. */
  cancellable = $state(true);
  #controller: AbortController | null = null;

  /**
   * Run `work` as the page's task (a task already running is cancelled first). Progress goes to
   * `done`/`total`; Cancel aborts the signal. With `options.cancellable` false, the bar offers no
   * Cancel (work that must finish, such as reading the kept datasets).
   * @returns the work's result, or `undefined` when it was cancelled
   * @throws whatever the work throws, except a cancellation
   */
  async run<T>(label: string, work: (ctx: TaskContext) => Promise<T>, options: { cancellable?: boolean } = {}): Promise<T | undefined> {
    this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.label = label;
    this.done = 0;
    this.total = 0;
    this.cancellable = options.cancellable ?? true;
    this.running = true;
    try {
      const result = await work({
        signal: controller.signal,
        progress: (done, total) => {
          if (this.#controller !== controller) return;
          this.done = done;
          if (total !== undefined) this.total = total;
        },
      });
      // Cancelled after the work's last check: the result is dropped, as the user asked.
      return controller.signal.aborted ? undefined : result;
    } catch (e) {
      if (controller.signal.aborted || isCancelled(e)) return undefined;
      throw e;
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.running = false;
        this.label = '';
      }
    }
  }

  /** Cancel the running task (nothing when idle). */
  cancel(): void {
    this.#controller?.abort(new TaskCancelled());
  }
}
