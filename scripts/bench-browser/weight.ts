/**
 * Bundle weight of `dist/` for `npm run bench:browser` (reads files, no browser): which JavaScript
 * the first load takes (the entry script and the modulepreloads of index.html, plus every other
 * script the page requested on an untouched load, as the caller observed it), what each feature
 * fetches on its first use (when the caller observed that too), every other chunk, and whether a
 * `.woff` (not `.woff2`) ships. Sizes in bytes; gzip at zlib's default level, as Vite prints it (`node:zlib`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file. */
export interface FileWeight {
  file: string;
  bytes: number;
  gzip: number;
}

/** What one feature fetched on its first use (after the first load and the features before it). */
export interface FeatureWeight {
  /** What was done: "zoom", "member timeline", "import"… */
  feature: string;
  files: FileWeight[];
  gzip: number;
}

/** The weight of a build. */
export interface Weight {
  /** JavaScript of the first load (index.html's, and every script the page requested on an untouched load, within the caller's wait), and its total gzip. */
  initial: FileWeight[];
  initialGzip: number;
  /** Of it, what index.html loads itself (its script and modulepreloads): what the first paint waits for. */
  criticalGzip: number;
  /** CSS of the first load (not counted in initialGzip). */
  css: FileWeight[];
  /** What each feature fetched on first use, in the order they were used (scripts under dist/assets only). */
  features: FeatureWeight[];
  /** Every other JavaScript file (neither in the first load nor fetched by a feature measured). */
  lazy: FileWeight[];
  /** `.woff` files in the build (the app needs only `.woff2`). */
  woff: string[];
  woff2: number;
}

/** The files index.html loads at start: `<script src>` and `<link rel=modulepreload|stylesheet href>`, as paths under dist/. */
export function startFiles(indexHtml: string): string[] {
  const out: string[] = [];
  for (const m of indexHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.push(m[1]!);
  for (const m of indexHtml.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="(modulepreload|stylesheet)"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag);
    if (href) out.push(href[1]!);
  }
  return out.map((p) => p.replace(/^\.?\//, ''));
}

function weigh(dist: string, file: string): FileWeight {
  const body = readFileSync(join(dist, file));
  return { file, bytes: body.length, gzip: gzipSync(body).length };
}

/**
 * Weighs `dist`. `requested`: paths under dist/ of the scripts the page requested on an untouched
 * load (from the browser), added to index.html's own. `used`: for each feature, in the order they
 * were used, the paths the page requested on its first use (a file already counted earlier is not
 * counted again).
 */
export function measureWeight(dist: string, requested: readonly string[] = [], used: readonly { feature: string; requested: readonly string[] }[] = []): Weight {
  const own = new Set(startFiles(readFileSync(join(dist, 'index.html'), 'utf8')));
  const start = new Set([...own, ...requested]);
  const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const js = assets.filter((f) => f.endsWith('.js'));
  const initial = js.filter((f) => start.has(f)).map((f) => weigh(dist, f));
  const seen = new Set(initial.map((f) => f.file));
  const features = used.map(({ feature, requested: r }) => {
    const files = js.filter((f) => r.includes(f) && !seen.has(f)).map((f) => weigh(dist, f));
    for (const f of files) seen.add(f.file);
    return { feature, files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
  });
  return {
    initial,
    initialGzip: initial.reduce((s, f) => s + f.gzip, 0),
    criticalGzip: initial.filter((f) => own.has(f.file)).reduce((s, f) => s + f.gzip, 0),
    css: assets.filter((f) => f.endsWith('.css') && start.has(f)).map((f) => weigh(dist, f)),
    features,
    lazy: js.filter((f) => !seen.has(f)).map((f) => weigh(dist, f)),
    woff: assets.filter((f) => f.endsWith('.woff')).map((f) => basename(f)),
    woff2: assets.filter((f) => f.endsWith('.woff2')).length,
  };
}
