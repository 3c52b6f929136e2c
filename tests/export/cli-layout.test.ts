import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { main, parseArgs, type CliIo } from '../../scripts/export-cli.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { loadHouse650 } from '../fixtures/house.ts';

const HOUSE = fileURLToPath(new URL('../fixtures/house-650.csv', import.meta.url));
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cmv-cli-layout-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('--layout', () => {
  test('parses auto, hemicycle and nested (default auto); refuses anything else', () => {
    expect(parseArgs(['--out', 'o']).layout).toBe('auto');
    expect(parseArgs(['--out', 'o', '--layout', 'nested']).layout).toBe('nested');
    expect(parseArgs(['--out', 'o', '--layout=hemicycle']).layout).toBe('hemicycle');
    expect(() => parseArgs(['--out', 'o', '--layout', 'circle'])).toThrow('--layout must be auto, hemicycle or nested (got "circle")');
  });
  test('the 650-seat house: a hemicycle by default, nested boxes on request, each as the app draws it', async () => {
    const { timeline, plan } = loadHouse650();
    for (const layout of ['auto', 'nested'] as const) {
      const out = tmp();
      const r = await run('--data', HOUSE, '--out', out, '--step', '5', '--lang', 'en', '--layout', layout);
      expect(r.code, r.err).toBe(0);
      const [file] = readdirSync(out);
      const svg = readFileSync(join(out, file!), 'utf8');
      const plain = svgForView(timeline, plan, 5, 'en', { layout });
      // The file is the app's drawing with the fonts embedded.
      expect(svg.replace(/<style>[\s\S]*?<\/style>/, '')).toBe(plain.replace(/<style>[\s\S]*?<\/style>/, ''));
      const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
      if (layout === 'auto') expect(height).toBeLessThanOrEqual(900);
      else expect(height).toBeGreaterThan(5000);
      expect(svg.match(/data-member-id=/g)!.length).toBe(timeline.snapshotAt(5).seats.size);
    }
  }, 30_000);
});
