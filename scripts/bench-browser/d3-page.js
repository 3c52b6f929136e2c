/**
 * window.benchD3 for `npm run bench:browser` (plain JavaScript, runs in the d3-org-chart page).
 *
 * - init(rows): draws the first tree with d3-org-chart's defaults (node size 250 × 150, compact
 *   layout), each node a card with the member's name (the default content is a placeholder text),
 *   every node expanded (`_expanded`, so no paging hides any), 400 ms transitions (`duration(400)`).
 * - update(rows, recordMs): `chart.data(rows).render()`; resolves with { ms, frames }: ms is the
 *   time from just before the call to the end of the first frame painted after it (rAF, then a
 *   MessageChannel message, which runs after that frame's paint); frames are the rAF timestamps
 *   for recordMs after the call (the transition's frames).
 * - onKey(rows, recordMs): the same update, made by the next keydown on the page, as the app's step
 *   is (so both pages are timed from a key press: ms runs from the keydown's own timeStamp, input
 *   queueing included); `keyResult` is then a promise of { ms, frames }.
 * rows: [{ id, parentId, name }], parentId '' for the root.
 */
(() => {
  let chart = null;
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const card = (d) => `<div style="box-sizing:border-box;height:150px;padding:12px;border:1px solid #9aa3ad;border-radius:6px;background:#fff;font:14px sans-serif">${esc(d.data.name)}</div>`;
  const prepare = (rows) => rows.map((r) => ({ id: r.id, parentId: r.parentId || null, name: r.name, _expanded: true }));
  function afterPaint() {
    return new Promise((resolve) => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }));
  }
  function frames(forMs) {
    return new Promise((resolve) => {
      const out = [];
      const t0 = performance.now();
      const tick = (ts) => {
        out.push(ts);
        if (performance.now() - t0 < forMs) requestAnimationFrame(tick);
        else resolve(out);
      };
      requestAnimationFrame(tick);
    });
  }
  window.benchD3 = {
    init(rows) {
      chart = new window.d3.OrgChart()
        .container('#chart')
        .data(prepare(rows))
        .duration(400)
        .nodeContent(card)
        .render();
      return afterPaint().then(() => true);
    },
    async update(rows, recordMs, t0 = performance.now()) {
      const data = prepare(rows);
      chart.data(data).render();
      const f = frames(recordMs);
      const t1 = await afterPaint();
      return { ms: t1 - t0, frames: await f };
    },
    keyResult: null,
    onKey(rows, recordMs) {
      const api = window.benchD3;
      api.keyResult = new Promise((resolve) => {
        addEventListener('keydown', (e) => { resolve(api.update(rows, recordMs, e.timeStamp)); }, { once: true, capture: true });
      });
      return true;
    },
  };
})();
