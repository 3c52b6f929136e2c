/**
 * Figures that print (issue 13, section 6), from the app's export list: the figure preset as SVG
 * (170 mm, fonts embedded) and PNG (300 dpi), the outlined SVG (no text left), and a stated-only
 * file named apart with the note on what is greyed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openDownloads, settled } from './helpers.ts';

async function take(page: Page, testId: string): Promise<{ name: string; data: Buffer }> {
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), data: await readFile((await download.path())!) };
}

test('the figure (SVG, PNG), the outlined SVG and a stated-only file, from the app', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?step=4&lang=en');
  await settled(page, 4);

  const fig = await take(page, 'export-figure-svg');
  expect(fig.name).toBe('quan6-1996-2000_s4-1999-by-election_en_figure.svg');
  const figText = fig.data.toString('utf8');
  expect(figText).toContain('width="170mm"');
  expect(figText).toContain('@font-face');
  expect(figText).toContain('went from 35 to 32 members');

  const png = await take(page, 'export-figure-png');
  expect(png.name).toBe('quan6-1996-2000_s4-1999-by-election_en_figure.png');
  expect(png.data.readUInt32BE(16)).toBe(2008);

  const outlined = await take(page, 'export-outlined');
  expect(outlined.name).toBe('quan6-1996-2000_s4-1999-by-election_en-outlined.svg');
  const outText = outlined.data.toString('utf8');
  expect(outText).not.toMatch(/<text[\s>]/);
  expect((outText.match(/<path /g) ?? []).length).toBeGreaterThan(100);
  // Every text is still said: the outlined groups carry it as aria-label.
  expect(outText).toMatch(/aria-label="[^"]*Executive Committee/);
  if (process.env.PRINT_SHOTS) await (await import("node:fs/promises")).writeFile(process.env.PRINT_SHOTS, outText);

  await page.getByTestId('stated-only').check();
  const so = await take(page, 'export-svg');
  expect(so.name).toBe('quan6-1996-2000_s4-1999-by-election_en_stated-only.svg');
  expect(so.data.toString('utf8')).toContain('cmv-stated-only-note');
  const soFig = await take(page, 'export-figure-svg');
  expect(soFig.name).toBe('quan6-1996-2000_s4-1999-by-election_en_figure_stated-only.svg');
});
