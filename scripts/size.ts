/**
 * `npm run size`: builds the app (unless `--no-build`) with a manifest and prints the JS the page
 * loads first (the entry and the chunks it imports statically) and every other chunk, raw and gzip.
 */
import { build } from 'vite';
import { readdirSync } from 'node:fs';
import { fileSize, firstLoadJs, readManifest } from './weight/first-load.ts';

const outDir = 'dist';
if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn', build: { manifest: true } });
const manifest = readManifest(outDir);
const first = firstLoadJs(outDir, manifest);
const kb = (n: number) => (n / 1000).toFixed(2);
console.log('| chunk | loaded | raw kB | gzip kB |\n|---|---|---|---|');
for (const f of first.files) console.log(`| ${f.file} | first load | ${kb(f.raw)} | ${kb(f.gzip)} |`);
console.log(`| **first load, JS** | | **${kb(first.raw)}** | **${kb(first.gzip)}** |`);
const firstFiles = new Set(first.files.map((f) => f.file));
const rest = readdirSync(`${outDir}/assets`)
  .filter((f) => f.endsWith('.js') && !firstFiles.has(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, ...fileSize(outDir, `assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);
for (const f of rest) console.log(`| ${f.file} | when used | ${kb(f.raw)} | ${kb(f.gzip)} |`);
