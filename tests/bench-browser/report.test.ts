import { describe, expect, it } from 'vitest';
import { parseArgs, PARTS } from '../../scripts/bench-browser/args.ts';
import { median, ms, p95, quantile } from '../../scripts/bench-browser/stats.ts';
import { measureWeight, startFiles } from '../../scripts/bench-browser/weight.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { motionOf } from '../../scripts/bench-browser/measure.ts';
import { motionVerdict, ratioTarget, reportMarkdown, type Machine } from '../../scripts/bench-browser/report.ts';
import type { StepResult } from '../../scripts/bench-browser/part-step.ts';
import { fileFor } from '../../scripts/bench-browser/server.ts';

const machine: Machine = { date: '2026-12-07T00:00:00Z', commit: 'abc1234', cpus: 2, cpuModel: 'CPU', memoryGb: 8, chromium: '1.0', node: 'v20', loadStart: 1, loadEnd: 2 };
const step = (over: Partial<StepResult>): StepResult => ({
  n: 500, rounds: 3, importMs: 100, ours: [40, 50, 60], oursEventTiming: [], d3: [200, 210, 220], oursMedian: 50, d3Median: 210, ratio: 50 / 210,
  frameP95: 16.8, animated: true, d3FrameP95: 20, ratios: [0.2, 0.24, 0.3], ...over,
});

describe('bench:browser statistics', () => {
  it('nearest-rank quantiles', () => {
    const v = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(p95(v)).toBe(19);
    expect(median(v)).toBe(10);
    expect(quantile([7], 0.95)).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(p95([])).toBeNull();
    expect(ms(12.345)).toBe('12.3 ms');
    expect(ms(1234.4)).toBe('1,234 ms');
    expect(ms(null)).toBe('—');
  });
});

describe('bench:browser arguments', () => {
  it('defaults, flags and refusals', () => {
    const d = parseArgs([]);
    expect([...d.parts]).toEqual([...PARTS]);
    expect(d.sizes).toEqual([35, 500, 2000, 10_000]);
    expect(d.build).toBe(true);
    const a = parseArgs(['--no-build', '--only=step,heap', '--sizes=35,500', '--rounds=5', '--port=4401']);
    expect(a.build).toBe(false);
    expect([...a.parts]).toEqual(['step', 'heap']);
    expect(a.sizes).toEqual([35, 500]);
    expect(a.rounds).toBe(5);
    expect(a.port).toBe(4401);
    expect(() => parseArgs(['--only=steps'])).toThrow('--only');
    expect(() => parseArgs(['--sizes=5'])).toThrow('--sizes');
    expect(() => parseArgs(['--fast'])).toThrow('unknown argument');
  });
});

describe('bench:browser weight and server', () => {
  it('reads the files index.html loads at start', () => {
    const html = '<script type="module" crossorigin src="./assets/index-A.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/vendor-B.js">\n<link rel="stylesheet" href="./assets/index-C.css">\n<link rel="icon" href="data:,">';
    expect(startFiles(html)).toEqual(['assets/index-A.js', 'assets/vendor-B.js', 'assets/index-C.css']);
  });

  it('weighs what index.html loads apart from what the page requested after it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cmv-weight-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/index-A.js"></script><link rel="modulepreload" href="./assets/shared-B.js">');
    const files = { 'index-A.js': 'a'.repeat(5000) + 'x', 'shared-B.js': 'shared();', 'late-C.js': 'late(1,2,3);', 'lazy-D.js': 'lazy();' };
    for (const [f, body] of Object.entries(files)) writeFileSync(join(dist, 'assets', f), body);
    const gz = (f: keyof typeof files) => gzipSync(files[f]).length;
    const w = measureWeight(dist, ['assets/late-C.js']);
    expect(w.criticalGzip).toBe(gz('index-A.js') + gz('shared-B.js'));
    expect(w.initialGzip).toBe(gz('index-A.js') + gz('shared-B.js') + gz('late-C.js'));
    expect(w.lazy.map((f) => f.file)).toEqual(['assets/lazy-D.js']);
    expect(w.features).toEqual([]);
  });

  it('counts what each feature fetched on first use once, in the order used, and not what the first load had', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cmv-weight-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/index-A.js"></script>');
    const files = { 'index-A.js': 'main();', 'zoom-B.js': 'zoom(1);', 'shared-C.js': 'shared(2, 3);', 'import-D.js': 'importer();', 'never-E.js': 'never();' };
    for (const [f, body] of Object.entries(files)) writeFileSync(join(dist, 'assets', f), body);
    const gz = (f: keyof typeof files) => gzipSync(files[f]).length;
    const w = measureWeight(dist, [], [
      { feature: 'zoom', requested: ['assets/zoom-B.js', 'assets/shared-C.js', 'assets/index-A.js'] },
      { feature: 'import', requested: ['assets/shared-C.js', 'assets/import-D.js', 'assets/import-worker.css'] },
    ]);
    expect(w.initialGzip).toBe(gz('index-A.js'));
    expect(w.features.map((f) => [f.feature, f.files.map((x) => x.file), f.gzip])).toEqual([
      ['zoom', ['assets/shared-C.js', 'assets/zoom-B.js'], gz('shared-C.js') + gz('zoom-B.js')],
      ['import', ['assets/import-D.js'], gz('import-D.js')],
    ]);
    expect(w.lazy.map((f) => f.file)).toEqual(['assets/never-E.js']);
    const md = reportMarkdown({ machine, weight: w });
    expect(md).toContain(`| First load: all JS an untouched page fetches (no click, scroll or key; 5 s after the chart is drawn; gzip) | ${(gz('index-A.js') / 1000).toFixed(1)} kB (index-A.js`);
    expect(md).toContain('| Loaded on first use: zoom (gzip) |');
    expect(md).toContain('| Loaded on first use: import (gzip) |');
  });

  it('serves dist/, the d3-org-chart page and its vendor scripts, nothing outside', () => {
    expect(fileFor('/', '/r')).toBe('/r/dist/index.html');
    expect(fileFor('/assets/a.js?x=1', '/r')).toBe('/r/dist/assets/a.js');
    expect(fileFor('/d3/', '/r')).toBe('/r/scripts/bench-browser/d3-page.html');
    expect(fileFor('/vendor/d3-org-chart.min.js', '/r')).toBe('/r/node_modules/d3-org-chart/build/d3-org-chart.min.js');
    expect(fileFor('/vendor/other.js', '/r')).toBeNull();
    expect(fileFor('/../package.json', '/r')).toBeNull();
    expect(fileFor('/%2e%2e/package.json', '/r')).toBeNull();
  });
});

describe('bench:browser motion and report', () => {
  it('motion: frame deltas from the new step until data-animating is false', () => {
    const f = (ts: number, step: string, animating: string) => ({ ts, step, animating });
    const frames = [f(0, '0', 'false'), f(100, '1', 'true'), f(116, '1', 'true'), f(150, '1', 'true'), f(166, '1', 'false'), f(183, '1', 'false')];
    expect(motionOf(frames, '1')).toEqual({ animated: true, deltas: [16, 34, 16] });
    expect(motionOf([f(0, '0', 'false'), f(50, '1', 'false'), f(66, '1', 'false')], '1')).toEqual({ animated: false, deltas: [] });
    expect(motionOf([f(0, '0', 'false')], '1')).toEqual({ animated: false, deltas: [] });
  });

  it('targets: ratio by size, motion up to 2,000, responsiveness above', () => {
    expect(ratioTarget(35)).toBe(0.5);
    expect(ratioTarget(500)).toBe(0.25);
    expect(motionVerdict(step({ frameP95: 16.8 })).ok).toBe(true);
    expect(motionVerdict(step({ frameP95: 33.3 })).ok).toBe(false);
    expect(motionVerdict(step({ n: 2000, animated: false, frameP95: null })).ok).toBe(false);
    // above 2,000: the input's own paint (Event Timing; null = under 16 ms), not the new step's
    expect(motionVerdict(step({ n: 10_000, animated: false, frameP95: null, oursMedian: 900, oursEventTiming: [24, null] })).ok).toBe(true);
    expect(motionVerdict(step({ n: 10_000, animated: false, frameP95: null, oursMedian: 90, oursEventTiming: [416] })).ok).toBe(false);
    expect(motionVerdict(step({ n: 10_000, animated: false, frameP95: null, oursEventTiming: [416] })).text).toBe('no motion; input → its paint 416 ms');
  });

  it('the report has one row per size with pass or fail', () => {
    const md = reportMarkdown({ machine, steps: [step({ n: 35, ratio: 0.3 }), step({ ratio: 0.5 })] });
    const rows = md.split('\n').filter((l) => /^\| (35|500) /.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| 0.30 | ≤ 0.5 | pass |');
    expect(rows[1]).toContain('| 0.50 | ≤ 0.25 | **fail** |');
    expect(md).toContain('Chromium 1.0');
  });

  it('scrub rows judge p95 and the end step, the heap row adds the workers', () => {
    const scrub = (p95: number, exact: boolean) => ({ inputs: 10, painted: 10, p95, max: p95, expected: 200, dataStep: exact ? 200 : 150, slider: 200, exact, settleMs: 10 });
    const md = reportMarkdown({
      machine,
      scrub: {
        persons: 10_000, steps: 1_500, importMs: 900, hold: scrub(80, true), drag: scrub(80, false),
        heapOpen: { pageMb: 30, workersMb: 0, workers: 0, totalMb: 30 },
        heapScrubbed: { pageMb: 400, workersMb: 120, workers: 1, totalMb: 520 },
      },
    });
    const row = (start: string) => md.split('\n').find((l) => l.startsWith(start)) ?? '';
    expect(row('| Scrub 10,000 × 1,500: held arrow key')).toMatch(/ends on step 200 exactly .*\| pass \|$/);
    expect(row('| Scrub 10,000 × 1,500: drag')).toMatch(/ends on data-step 150, slider 200, not 200 .*\| \*\*fail\*\* \|$/);
    expect(row('| JS heap')).toContain('| 520 MB (page 400 MB, 1 worker 120 MB) | ≤ 500 MB | **fail** |');
    expect(row('| JS heap')).toContain('open 30 MB, scrubbed end to end');
  });
});
