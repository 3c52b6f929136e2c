import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settled, openDownloads } from './helpers.ts';

/** The drawing without its embedded fonts (the browser embeds @fontsource files, the CLI subsets). */
const withoutFonts = (svg: string) => svg.replace(/@font-face\s*\{[^}]*\}\n?/g, '');

test('the browser and the command line give the same SVG for the same step and language', async ({ page }) => {
  test.setTimeout(120_000); // the command line starts a TypeScript runner
  await page.goto('./?step=3&lang=en');
  await settled(page, 3);
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const browser = readFileSync((await download.path())!, 'utf8');

  const out = mkdtempSync(join(tmpdir(), 'cli-'));
  execFileSync('npx', ['tsx', 'scripts/export-cli.ts', '--out', out, '--step', '3', '--lang', 'en'], { stdio: 'pipe' });
  const [file] = readdirSync(out);
  expect(file).toBe('quan6-1996-2000_s3-1999-retirements_en.svg');
  expect(download.suggestedFilename()).toBe(file);
  const cli = readFileSync(join(out, file!), 'utf8');
  expect(withoutFonts(browser)).toBe(withoutFonts(cli));
  expect(cli).toContain('District Party Secretary');
  expect(cli.match(/@font-face/g)?.length).toBeGreaterThan(0);
});
