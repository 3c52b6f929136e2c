/**
 * Page-side probe of `npm run bench:browser`, installed in the app's page before its own scripts
 * (Playwright `addInitScript`). Plain JavaScript on purpose: it is sent to the page as text.
 * It reads the page only through the test hooks (`[data-testid=org-chart]` with `data-step` and
 * `data-animating`, `[data-testid=progress]`), never the app's internals. All times are
 * `performance.now()` milliseconds of the page.
 *
 * window.__bench:
 * - inputs: every key press, pointer press and dragging pointer move, as
 *   { type, key, t0, tPaint }: t0 is the event's own timeStamp (for coalesced pointer moves the
 *   earliest of them), so time spent waiting in the input queue counts; tPaint is the end of the
 *   first frame painted after the event was handled (see afterPaint).
 * - events: Event Timing entries (duration = input to next paint, 8 ms steps, ≥ 16 ms only).
 * - longtasks: { startTime, duration } of every long task (≥ 50 ms).
 * - armStep(n) / stepPromise: after armStep(n), stepPromise resolves with { tSeen, tPaint } when
 *   the chart's data-step first reads n and that frame has been painted.
 * - startFrames() / stopFrames(): rAF timestamps and the chart's data-animating at each frame.
 * - progress: { seen, first, last }: whether [data-testid=progress] was present at a frame.
 */
(() => {
  const CHART = '[data-testid="org-chart"]';
  const B = {
    inputs: [],
    events: [],
    longtasks: [],
    progress: { seen: false, first: null, last: null },
    frames: null,
    stepPromise: null,
  };
  /** True from our rAF callback (the first of the frame) until the message posted there runs, after the paint. */
  let inFrame = false;
  /** Runs cb(now) once the frame that will show the current DOM has been painted. */
  function afterPaint(cb) {
    const post = () => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    };
    if (inFrame) post();
    else requestAnimationFrame(post);
  }

  let batch = [];
  let batchScheduled = false;
  function track(type, key, t0) {
    const rec = { type, key, t0, tPaint: null };
    B.inputs.push(rec);
    batch.push(rec);
    if (batchScheduled) return;
    batchScheduled = true;
    requestAnimationFrame(() => {
      const mine = batch;
      batch = [];
      batchScheduled = false;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const t = performance.now();
        for (const r of mine) r.tPaint = t;
      };
      ch.port2.postMessage(0);
    });
  }
  addEventListener('keydown', (e) => track('keydown', e.key, e.timeStamp), { capture: true });
  addEventListener('pointerdown', (e) => track('pointerdown', '', e.timeStamp), { capture: true });
  addEventListener('pointermove', (e) => {
    if (!e.buttons) return;
    const all = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    const t0 = all.reduce((m, c) => Math.min(m, c.timeStamp), e.timeStamp);
    track('pointermove', '', t0);
  }, { capture: true });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  } catch { /* no Event Timing */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long tasks */ }

  let stepWatch = null;
  function checkStep() {
    if (!stepWatch) return;
    const el = document.querySelector(CHART);
    if (!el || el.getAttribute('data-step') !== String(stepWatch.target)) return;
    const w = stepWatch;
    stepWatch = null;
    const tSeen = performance.now();
    afterPaint((tPaint) => w.resolve({ tSeen, tPaint }));
  }
  const observer = new MutationObserver(checkStep);
  function observeChart() {
    const el = document.querySelector(CHART);
    if (el) observer.observe(el, { attributes: true, attributeFilter: ['data-step'] });
  }
  B.armStep = (target) => {
    observer.disconnect();
    observeChart();
    B.stepPromise = new Promise((resolve) => { stepWatch = { target, resolve }; });
    return true;
  };

  B.startFrames = () => { B.frames = []; return true; };
  B.stopFrames = () => { const f = B.frames ?? []; B.frames = null; return f; };

  function loop(ts) {
    inFrame = true;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { inFrame = false; };
    ch.port2.postMessage(0);
    checkStep();
    if (B.frames) {
      const el = document.querySelector(CHART);
      B.frames.push({ ts, step: el ? el.getAttribute('data-step') : null, animating: el ? el.getAttribute('data-animating') : null });
    }
    if (document.querySelector('[data-testid="progress"]')) {
      const now = performance.now();
      if (!B.progress.seen) B.progress.first = now;
      B.progress.seen = true;
      B.progress.last = now;
    }
    requestAnimationFrame(loop);
  }
  requestAnimationFrame(loop);
  window.__bench = B;
})();
