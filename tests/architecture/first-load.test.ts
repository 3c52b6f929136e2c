/**
 * What the page loads first stays small and holds neither the importer nor the exporters: the app
 * is built (Vite, this project's config, into a temporary folder, with a manifest and source maps),
 * the entry chunk and every chunk it imports statically (what `index.html` loads or modulepreloads;
 * `scripts/weight/first-load.ts`) are read, and:
 * - no module of the importer, its checks and words, the English words (`i18n/english.ts`), the dataset-file writers, the exporters, the
 *   export fonts, the store, d3-zoom, or the sections below the first screen (member timeline,
 *   role table, data tools) and the readings table is in them (they load with `import()` when used:
 *   `Deferred.svelte`, `ZoomPane.svelte`; nothing else is imported on an untouched load, which
 *   `npm run bench:browser -- --only=weight` checks in a browser);
 * - their JS is at most `FIRST_LOAD_BUDGET` bytes gzip (issue 10, target 5);
 * - only WOFF2 fonts ship, and the import worker is its own file.
 * The walk over the manifest is also run on a made-up manifest, to show the check can fail.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { firstLoadJs, firstLoadKeys, modulesIn, readManifest, type Manifest } from '../../scripts/weight/first-load.ts';

/** Bytes of gzip of the JS of the first load (issue 10, target 5: 90 KB). */
const FIRST_LOAD_BUDGET = 90_000;

/** Modules that must load only when used (a path prefix each). */
const LAZY = [
  'src/lib/io/import.ts',
  'src/lib/io/import-drawable.ts',
  'src/lib/io/csv.ts',
  'src/lib/io/csv-rows.ts',
  'src/lib/io/csv-messages.ts',
  'src/lib/io/popolo-import.ts',
  'src/lib/io/json-format.ts',
  'src/lib/io/schema.ts',
  'src/lib/io/bounds.ts',
  'src/lib/io/normalize.ts',
  'src/lib/io/problems.ts',
  'src/lib/io/findings.ts',
  'src/lib/io/csv-export.ts',
  'src/lib/io/popolo-export.ts',
  'src/lib/io/csv-template.ts',
  'src/lib/model/validate.ts',
  'src/lib/i18n/problems.ts',
  'src/lib/i18n/problem-fixes.ts',
  'src/lib/i18n/findings.ts',
  'src/lib/state/stored-record.ts',
  'src/lib/state/import-words.ts',
  'src/lib/state/importers.ts',
  'src/lib/export/fonts-browser.ts',
  'src/lib/export/font-data.ts',
  'src/lib/export/zip.ts',
  'src/lib/export/poster.ts',
  'src/lib/export/png-raster.ts',
  'src/components/ReadingTable.svelte',
  'src/components/DownloadPanel.svelte',
  'src/lib/state/exports.svelte.ts',
  'src/components/MemberTimeline.svelte',
  'src/components/RoleTable.svelte',
  'src/components/SourceInfo.svelte',
  'src/components/MemberPanel.svelte',
  'src/lib/i18n/english.ts',
  'src/lib/i18n/en/',
  'src/lib/i18n/file-words.ts',
  'src/lib/view/source-info.ts',
  'src/lib/view/member-panel.ts',
  'src/components/DataTools.svelte',
  // The "From text" import (issue 15): the draft layer, its words, the review's state and component.
  'src/lib/draft/',
  'src/lib/i18n/draft-words.ts',
  'src/lib/i18n/draft-ui-words.ts',
  'src/lib/state/draft-',
  'src/components/DraftReview.svelte',
  'src/components/DatasetList.svelte',
  'src/components/ImportPanel.svelte',
  'src/lib/view/member-timeline.ts',
  'src/lib/layout/member-timeline.ts',
  'src/lib/state/dataset-store.ts',
  'src/lib/i18n/store-words.ts',
  'src/lib/view/reading-table.ts',
  'src/lib/model/readings-origins',
  'src/components/Flows.svelte',
  'src/lib/layout/flows',
  'src/lib/draw/flows',
  'src/lib/view/flows.ts',
  'node_modules/d3-sankey/',
  'node_modules/valibot/',
  'node_modules/fflate/',
  'node_modules/d3-dsv/',
  'node_modules/d3-zoom/',
  'node_modules/d3-transition/',
  'node_modules/idb/',
  // Issue 14: share links and embedding, the shortcut sheet; a member's history, the failure sentences.
  'src/lib/io/share-link.ts',
  'src/lib/state/share.ts',
  'src/lib/state/share-open.ts',
  'src/lib/state/embed-link.ts',
  'src/lib/i18n/share-words.ts',
  'src/lib/i18n/shortcut-words.ts',
  'src/components/ShortcutSheet.svelte',
  'src/components/EmbedBar.svelte',
  'src/lib/model/history.ts',
  'src/lib/view/errors.ts',
  'src/lib/i18n/errors.ts',
];

let outDir = '';
let manifest: Manifest;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'cmv-first-load-'));
  // As `npm run build` builds it: production mode (Vitest's NODE_ENV is `test`, which would compile Svelte for development).
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true, sourcemap: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  manifest = readManifest(outDir);
}, 120_000);
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the first load', () => {
  it('holds the app (its state, the chart) but none of the importer, the exporters, the export fonts, the store checks, d3-zoom', () => {
    const modules = modulesIn(outDir, firstLoadJs(outDir, manifest).files.map((f) => f.file));
    expect(modules.has('src/lib/state/app-state.svelte.ts')).toBe(true);
    expect(modules.has('src/lib/draw/chart-tree.ts')).toBe(true);
    expect([...modules].filter((m) => LAZY.some((l) => m.startsWith(l))).sort()).toEqual([]);
  });

  it(`is at most ${FIRST_LOAD_BUDGET} bytes of JS, gzip`, () => {
    const first = firstLoadJs(outDir, manifest);
    expect(first.gzip, first.files.map((f) => `${f.file} ${f.gzip}`).join('\n')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it('the lazy modules are in the build (in chunks loaded when used), the import worker is its own file, and only WOFF2 fonts ship', () => {
    const all = readdirSync(join(outDir, 'assets'));
    const first = new Set(firstLoadKeys(manifest));
    const lazyChunks = Object.entries(manifest).filter(([k, c]) => !first.has(k) && c.file.endsWith('.js')).map(([, c]) => c.file);
    const lazyModules = modulesIn(outDir, lazyChunks);
    for (const m of ['src/lib/io/import-drawable.ts', 'src/lib/export/fonts-browser.ts', 'src/lib/export/zip.ts', 'src/lib/io/findings.ts', 'src/lib/i18n/problem-fixes.ts', 'src/components/MemberTimeline.svelte', 'src/components/RoleTable.svelte', 'src/components/DataTools.svelte', 'src/lib/state/dataset-store.ts']) expect(lazyModules.has(m), m).toBe(true);
    expect(all.some((f) => /^import-worker-.*\.js$/.test(f))).toBe(true);
    expect(all.filter((f) => f.endsWith('.woff2'))).toHaveLength(6);
    expect(all.filter((f) => /\.woff$/.test(f))).toEqual([]);
  });
});

describe('firstLoadKeys (the walk the checks rest on)', () => {
  it('follows static imports from the entry, transitively, and not dynamic ones', () => {
    const made: Manifest = {
      'src/main.ts': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/lazy.ts'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_deep.js'] },
      '_deep.js': { file: 'assets/deep.js' },
      'src/lazy.ts': { file: 'assets/lazy.js', isDynamicEntry: true, imports: ['_shared.js'] },
    };
    expect(firstLoadKeys(made)).toEqual(['src/main.ts', '_shared.js', '_deep.js']);
    // A lazy module pulled in statically is caught.
    made['_deep.js']!.imports = ['src/lazy.ts'];
    expect(firstLoadKeys(made)).toContain('src/lazy.ts');
    expect(() => firstLoadKeys({ 'a.ts': { file: 'a.js' } })).toThrow('no entry chunk');
  });
});
