/**
 * The static server of `npm run bench:browser`: the built app from `dist/` at `/`, the d3-org-chart
 * page at `/d3/` (from `scripts/bench-browser/`) and its scripts at `/vendor/` (from
 * `node_modules`), on 127.0.0.1. The d3-org-chart page is never part of the app's build.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** The d3-org-chart page's scripts, by the name they are served under /vendor/ (paths in node_modules). */
const VENDOR: Record<string, string> = {
  'd3.min.js': 'd3/dist/d3.min.js',
  'd3-flextree.min.js': 'd3-flextree/build/d3-flextree.min.js',
  'd3-org-chart.min.js': 'd3-org-chart/build/d3-org-chart.min.js',
};

/** A running server: its base URL (ends in `/`) and how to stop it. */
export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or null when it is outside the served folders. */
export function fileFor(path: string, root: string): string | null {
  const clean = decodeURIComponent(path.split('?')[0]!.split('#')[0]!);
  if (clean.startsWith('/vendor/')) {
    const rel = VENDOR[clean.slice('/vendor/'.length)];
    return rel ? join(root, 'node_modules', rel) : null;
  }
  if (clean === '/d3/' || clean === '/d3/index.html') return join(root, 'scripts/bench-browser/d3-page.html');
  if (clean === '/d3/d3-page.js') return join(root, 'scripts/bench-browser/d3-page.js');
  const dist = resolve(root, 'dist');
  const file = normalize(join(dist, clean === '/' ? 'index.html' : clean));
  return file === dist || file.startsWith(dist + sep) ? file : null;
}

/**
 * Serves the repository at `root` (see the module's comment) on 127.0.0.1:`port` (0: any free port).
 * Resolves once it listens.
 */
export function startServer(root: string, port = 0): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(req.url ?? '/', root);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      ok({ url: `http://127.0.0.1:${p}/`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
