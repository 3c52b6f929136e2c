/**
 * What the page loads first, from a build's manifest (`build.manifest: true`, `dist/.vite/manifest.json`):
 * the entry chunk and every chunk it imports statically (what `index.html` loads or modulepreloads),
 * with their sizes, and the source modules in them. Used by `npm run size` (a table) and by
 * `tests/architecture/first-load.test.ts` (the budget and what must stay out).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's manifest (the fields used here). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Vite's manifest: chunk key (a source path, or `_name` for a shared chunk) → chunk. */
export type Manifest = Record<string, ManifestChunk>;

/** Reads `<outDir>/.vite/manifest.json`. @throws when the build wrote none */
export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The keys of the entry chunk and every chunk it imports statically, transitively (entry first). */
export function firstLoadKeys(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const seen = new Set<string>();
  const walk = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k]!.imports ?? []) walk(i);
  };
  walk(entry);
  return [...seen];
}

/** A JS file's size in bytes, raw and gzip (zlib's default level, as Vite's report). */
export function fileSize(outDir: string, file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(outDir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The JS files of the first load with their sizes, and the total. */
export function firstLoadJs(outDir: string, manifest = readManifest(outDir)): { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number } {
  const files = firstLoadKeys(manifest).map((k) => ({ file: manifest[k]!.file, ...fileSize(outDir, manifest[k]!.file) }));
  return { files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}

/**
 * The source modules bundled into the given files, from their source maps (`build.sourcemap`):
 * paths relative to the project (`src/lib/io/import.ts`, `node_modules/fflate/...`).
 */
export function modulesIn(outDir: string, files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    // The bundler's own runtime chunk has no source map and no module of ours.
    if (!existsSync(join(outDir, `${f}.map`))) continue;
    const map = JSON.parse(readFileSync(join(outDir, `${f}.map`), 'utf8')) as { sources: string[] };
    for (const s of map.sources) {
      const i = s.search(/(?:^|\/)(src|node_modules|data)\//);
      out.add(i < 0 ? s : s.slice(s[i] === '/' ? i + 1 : i));
    }
  }
  return out;
}
